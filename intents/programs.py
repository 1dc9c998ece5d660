"""Alliance programs (Global Talent Program, "Three Ones", A.R.C, supply chain) and partners."""

from __future__ import annotations

from collections.abc import Sequence

from core import lazy_re as re
from core.i18n import t
from core.i18n_format import format_list
from core.kb.schema import Incentive, Partner, Program
from core.text import fold
from intents import lexicon
from intents.callbacks import Callback, encode
from intents.contact import contact_card, contact_heading
from intents.facts import (
    CONTACT_DETAIL,
    FIGURE_ASKED,
    country_name,
    country_words,
    dated_reply,
    figures,
    place_filter,
    split_sentences,
    what_it_is,
)
from intents.labels import proper_words
from intents.menu import ask_person_row, gone
from intents.reply import Button, Reply, esc
from intents.turn import Turn

# The people a programme is asked for ("any programme for foreign directors?", "¿tienen algún
# programa para guionistas extranjeros?", "有没有面向外国编剧的项目？", "외국인 작가를 위한 프로그램
# 있어요?"): each trade, the words a partner says it with, and the English words a programme's text
# names it by (lower case: "the China Internet Writers Village" is a member's name, no audience).
_TRADES: dict[str, tuple[str, str]] = {
    "writer": (r"\b(screen ?writers?|script ?writers?|writers?)\b|\b(guionistas?|escritor(es|as)?)\b|编剧|作家|(시나리오 ?|드라마 ?)?작가",
               r"\b(screen|script)?writers?\b"),
    "director": (r"\bdirectors?\b|\bdirector(es|as|a)?\b|\brealizador(es|as)?\b|导演|감독", r"\bdirectors?\b"),
    "actor": (r"\b(actors?|actress(es)?|performers?)\b|\b(actor(es)?|actriz|actrices)\b|演员|배우|연기자", r"\bactors?\b|\bperformers?\b"),
    "producer": (r"\bproducers?\b|\bproductor(es|as|a)?\b|制片人|制片方|프로듀서|제작자", r"\bproducers?\b"),
    "student": (r"\b(students?|graduates?)\b|\bestudiantes?\b|学生|毕业生|학생|졸업생", r"\b(students?|graduates?)\b"),
}
_FOREIGN = re.compile(r"\b(foreign|international|overseas|non-chinese)\b|\bextranjer[oa]s?\b|\binternacionales\b"
                      r"|外国|外籍|海外|国际|境外|외국|해외|글로벌")
_FOREIGN_TEXT = re.compile(r"\b(foreign|international|overseas|global|bilingual)\b")
_PEOPLE_TEXT = re.compile(r"\b(talents?|professionals?|bilingual)\b")
# "for", "aimed at", "para", "面向", "위한": the people a programme is for, said as its purpose
_FOR = re.compile(r"\b(for|aimed at|open to|targeting)\b|\b(para|dirigid[oa]s? a|enfocad[oa]s? (a|en))\b"
                  r"|面向|针对|给|适合|专门|위한|대상|위해")
# A programme asked for by name of its kind: "algo para productores" asks no programme (a pitch day
# for them is an event), "¿algún programa para guionistas?" does
_PROGRAMME = re.compile(r"\b(programmes?|programs?|schemes?|initiatives?|residenc(y|ies)|fellowships?|labs?|workshops?)\b"
                        r"|\b(programas?|iniciativas?|becas?|residencias?|talleres?|laboratorios?)\b"
                        r"|项目|计划|培训|扶持|工作坊|驻留|프로그램|사업|과정|워크숍|레지던시")


# Training asked for people ("any training for young technicians?", "想让我们的年轻编剧参加培训",
# "¿tienen capacitación para técnicos jóvenes?", "신인 작가들 교육시킬 만한 프로그램"), with a word that
# asks for a programme or whether there is one; a programme offers it when its own text says so.
# (experience on a set asked for a newcomer is training too: "a graduate who wants to learn the
# ropes with a crew", "que quiere formarse allá", "想去跟组学习", "현장 경험 쌓을 수 있는")
_TRAINING = re.compile(r"\btrain(ing|ings|ees?)\b|(?<!\ba )(?<!\bthe )(?<!\bby )(?<!\bon )(?<!\bmoving )(?<!\bnight )(?<!\bhigh-speed )(?<!\bsteam )(?<!\bold )(?<!\bbullet )(?<!\bpassenger )(?<!\bcargo )(?<!\bfreight )\btrain\b(?! (station|stations|car|cars|carriage|carriages|scenes?|set|tracks?|ride|journey|trip|ticket|tickets)\b)|\bworkshops?\b|\bmentor\w*|\bcapacita\w*|\bformacion\b"
                       r"|\b(learn|learning) the ropes\b|\b(hands-on|on-set|on set|work|field|real-world|real|practical|actual|crew|set|production|industry)( crew| set| production)? experience\b|\bapprentice\w*|\bintern(s|ship|ships)?\b"
                       r"|\bforma(rse|rme|rla|rlo|rlos|rlas)\b|\bpasantias?\b|\bpracticas( profesionales)?\b|\bexperiencia (real|practica|de verdad|en (el |los )?(set|sets|rodajes?|terreno))\b"
                       r"|\btalleres?\b|培训|培养|进修|训练|跟组|实习|历练|积累经验|교육(?! ?(방송|채널|청|기관|콘텐츠|전문|업체|회사|기업|재단|법인))|양성|연수|트레이닝|워크숍|인턴|실습|현장 ?경험|경험(을|도)? ?쌓"
                       r"|(촬영 ?)?현장에서 ?(직접 ?)?(일|일해|일하|뛰어|배우)"
                       r"|\b(work|working|get|getting|be) on (a |an )?(real|actual|proper|professional)( \w+)? (productions?|sets?|shoots?|crews?)\b")
# A programme asked by that word ("program", "programa", "项目", "프로그램")
PROGRAMME_WORD = re.compile(r"\bprogram\w*|\bscheme|\binitiative|\bprograma|\biniciativa|项目|计划|计画|프로그램|과정")
_ASKS_PROGRAMME = re.compile(PROGRAMME_WORD.pattern
                             + r"|\bany(thing)?\b|\bhay\b|\btienen\b|有没有|有吗|있나요|있어요|있는지|있을까|있습니까"
                             # asked whether there is one, however said ("is there some kind of trainee thing?",
                             # "do you run any", "¿existe algo así?", "有这种机会吗", "有沒有", "그런 연수 같은 거 있음?")
                             r"|\bis there\b|\b(some|any) (kind|sort) of\b|\bexiste\b|\balgo (asi|de|para|como)\b|(机会|渠道)吗|그런 (거|것|기회)"
                             r"|\bdo (you|u|y'?all) (have|run|offer|do)\b|有沒有|有嗎|有冇|有无|有無"
                             r"|있음|있냐|있니|있나|있남|있는가|없나|없어요|없을까|없습니까|(같은|비슷한|그런) ?(거|것)"
                             # or told as the partner's own wish, a life situation ("I graduate in June and
                             # want real crew experience", "me gradúo en julio y quiero experiencia de verdad",
                             # "毕业想去剧组跟组实习", "졸업하는데 현장에서 일해보고 싶음"): the programme that gives it
                             r"|\b(i|we|i'?d|we'?d|he|she|they) (really )?(want|wanna|would like|like|need|hope|am hoping|are hoping|love)\b"
                             r"|\b(quiero|queremos|quisiera|quisieramos|me gustaria|nos gustaria|necesito|necesitamos|busco|buscamos)\b"
                             r"|想|希望|打算|싶")
_TRAINING_TEXT = re.compile(r"\b(hands-on )?training\b|\bworkshops?\b|\bmentor\w*")


def purpose_asked(text: str) -> tuple[str, bool] | None:
    """The trade a programme is asked for and whether foreign people are ("programa para
    guionistas extranjeros" → ("writer", True)), or None when the message names no one it is for
    or asks no programme ("¿hay algo para productores?": an event for them may be the answer)."""
    said = fold(text or "")
    if not _FOR.search(said) or not _PROGRAMME.search(said):
        return None
    trade = next((name for name, (words, _) in _TRADES.items() if re.search(words, said)), None)
    return (trade, bool(_FOREIGN.search(said))) if trade else None


def _for_purpose(turn: Turn, trade: str, foreign: bool) -> Reply:
    """The programmes whose own text names the people asked for, or, when none does, that none
    is specifically for them and the one closest (the programme about people from abroad that
    names the most of them): never every programme as if each fitted."""
    lang = turn.lang
    items = list(turn.kb.programs.values())

    def text_of(p: Program) -> str:
        return f"{p.name.get('en')} {p.summary.get('en')} {p.details.get('en')}"
    fits = [p for p in items if re.search(_TRADES[trade][1], text_of(p))
            and (not foreign or _FOREIGN_TEXT.search(text_of(p).lower()))]
    audience_key = "audience_" + trade  # built at run time: test_keys_built_at_run_time_exist
    who = t(audience_key, lang)
    who = t("audience_foreign", lang, who=who) if foreign else who
    if fits:
        head = t("programs_for", lang, who=esc(who))
    elif trade == "producer" and (open_to := _open_to_productions(turn, foreign)):
        # a producer is a company: no programme is for them, but the Alliance takes companies as
        # members and the incentives whose terms name international productions are theirs too,
        # said the same in every language (not the talent programme as "the closest") (fixP19)
        return _open_to_producers(turn, who, open_to)
    else:
        def score(p: Program) -> int:
            low = text_of(p).lower()
            return 2 * len(set(_PEOPLE_TEXT.findall(low))) + len(set(_FOREIGN_TEXT.findall(low)))
        best = max(items, key=score, default=None)
        fits = [best] if best is not None and score(best) else []
        head = t("programs_none_for", lang, who=esc(who))
    text = head + ("\n\n" + "\n\n".join(f"<b>{esc(p.name.get(lang))}</b>\n{esc(p.summary.get(lang))}" for p in fits)
                   if fits else "")
    buttons = [[Button(label=f"ℹ️ {p.name.get(lang)}", data=encode("prog", p.id))] for p in fits]
    buttons.append([Button(label=t("menu_programs", lang), data=encode("menu", "programs"))])
    buttons.append(ask_person_row(lang))
    return Reply(text=text, lang=lang, buttons=buttons, answer=f"list:programs?for={trade}",
                 outcome="answered", items=[f"program:{p.id}" for p in fits])


# An incentive's terms open to productions from abroad ("foreign crews included", "Chinese or international")
_OPEN_ABROAD = re.compile(r"\b(foreign|international|overseas)\b")


def _open_to_productions(turn: Turn, foreign: bool) -> list[Program | Incentive]:
    """What a (foreign) producer's company can take part in: the Alliance itself (companies join
    it), then the incentives whose eligibility names foreign or international productions."""
    alliance = [turn.kb.programs["hisda"]] if "hisda" in turn.kb.programs else []
    incentives = [i for i in turn.kb.incentives.values() if _OPEN_ABROAD.search(i.eligibility.get("en").lower())]
    return [*alliance, *incentives] if incentives or not foreign else []


def _open_to_producers(turn: Turn, who: str, open_to: list[Program | Incentive]) -> Reply:
    lang = turn.lang
    lines, buttons, items = [], [], []
    for record in open_to:
        if isinstance(record, Program):
            name, said = record.name.get(lang), split_sentences(record.summary.get(lang), lang)[0]
            buttons.append([Button(label=f"ℹ️ {name}", data=encode("prog", record.id))])
            items.append(f"program:{record.id}")
        else:
            name, said = record.title.get(lang), record.eligibility.get(lang)
            buttons.append([Button(label=f"ℹ️ {name}", data=encode("inc", record.id))])
            items.append(f"incentive:{record.id}")
        lines.append(f"<b>{esc(name)}</b>\n{esc(said)}")
    text = t("programs_none_for_open", lang, who=esc(who)) + "\n\n" + "\n\n".join(lines)
    buttons.append(ask_person_row(lang))
    return Reply(text=text, lang=lang, buttons=buttons, answer="list:programs?for=producer",
                 outcome="answered", items=items)


def for_training(turn: Turn) -> Reply | None:
    """The programme whose own English text offers training, when training is asked for with a
    programme word (`_TRAINING`, `_ASKS_PROGRAMME`) and exactly one programme's text says so
    (today the Global Talent Program's "hands-on training"); None otherwise. Read by the
    programme's text, as `_for_purpose` reads the people a programme is for, not by its name."""
    said = fold(turn.text or "")
    if not (_TRAINING.search(said) and _ASKS_PROGRAMME.search(said)):
        return None
    offering = [p for p in turn.kb.programs.values()
                if _TRAINING_TEXT.search(f"{p.summary.get('en')} {p.details.get('en')}".lower())]
    return program_detail(turn, offering[0]) if len(offering) == 1 else None


def programs(turn: Turn) -> Reply:
    named = [p for p in turn.ids("program") if p in turn.kb.programs]
    if len(named) == 1:
        return program_detail(turn, turn.kb.programs[named[0]])
    if not named and (purpose := purpose_asked(turn.text or "")):
        return _for_purpose(turn, *purpose)
    items = list(turn.kb.programs.values())
    text = t("programs_intro", turn.lang) + "\n\n" + "\n\n".join(
        f"<b>{esc(p.name.get(turn.lang))}</b>\n{esc(p.summary.get(turn.lang))}" for p in items)
    buttons = [[Button(label=f"ℹ️ {p.name.get(turn.lang)}", data=encode("prog", p.id))]
               for p in items]
    buttons.append(ask_person_row(turn.lang))
    return Reply(text=text, lang=turn.lang, buttons=buttons, answer="list:programs",
                 outcome="answered", items=[f"program:{p.id}" for p in items])


def program_detail(turn: Turn, item: Program, asked: bool = True) -> Reply:
    if asked and (figure := _figure_sentence(turn, item)) is not None:
        # "how many short dramas does Hengdian expect this year?": the sentence stating it, the
        # rest of the programme behind the details button
        return Reply(text=f"<b>{esc(item.name.get(turn.lang))}</b>\n{esc(figure)}", lang=turn.lang,
                     buttons=[[Button(label=t("details", turn.lang), data=encode("prog", item.id))],
                              ask_person_row(turn.lang)],
                     answer=f"program:{item.id}", outcome="answered")
    text = (f"<b>{esc(item.name.get(turn.lang))}</b>\n{esc(item.summary.get(turn.lang))}\n\n"
            f"{esc(item.details.get(turn.lang))}")
    return Reply(text=text, lang=turn.lang, buttons=[ask_person_row(turn.lang)],
                 answer=f"program:{item.id}", outcome="answered")


def partners(turn: Turn) -> Reply:
    """"Who are your partners?": the card of the one partner named, else the list (of the ones
    named, or of all), narrowed to the kind of partner the message names (`partners_list`)."""
    named = [p for p in turn.ids("partner") if p in turn.kb.partners]
    if len(named) == 1:
        return partner_detail(turn, turn.kb.partners[named[0]], whole=False)
    return partners_list(turn, only=named)


def works_with(turn: Turn, place: str) -> Reply | None:
    """"HISDA는 한국 회사랑도 협력해요?", "do you work with Korean companies?": yes, and the partners
    based there. None when no partner is based there (a market served from elsewhere, "跟西班牙语
    国家的公司合作吗": Dalynn's FAQ, or the no of `no_partners_from`, answer that)."""
    if not any(_based_in(p, place) for p in turn.kb.partners.values()):
        return None
    reply = partners_from(turn, place)
    return reply.model_copy(update={"text": t("described_yes", turn.lang, sentence=reply.text)})


def partners_from(turn: Turn, place: str) -> Reply:
    """The partners based in a country (ISO code) or a world region (CLDR code: "002" Africa,
    see `lexicon.REGION_CODES`), narrowed to the kind the message names (`partners_list`); none
    based there said in one sentence, with what comes closest (`no_partners_from`)."""
    joined = lexicon.countries_joined(turn.text)
    if place in joined:
        # "¿hay socios de Corea y de España?": each country answered, in the order named
        return _each_place(turn, [place, *(c for c in joined if c != place)])
    if not any(_based_in(p, place) for p in turn.kb.partners.values()):
        return no_partners_from(turn, place)
    return partners_list(turn, place=place)


def _each_place(turn: Turn, places: Sequence[str]) -> Reply:
    """The partners of each place, one paragraph a place ("none based in Spain" said with what
    comes closest); the first place's answer key, as if it alone had been asked."""
    replies = [no_partners_from(turn, place) if not any(_based_in(p, place) for p in turn.kb.partners.values())
               else partners_list(turn, place=place) for place in places]
    person = ask_person_row(turn.lang)
    rows = [row for r in replies for row in r.buttons if row != person]
    rows = [row for i, row in enumerate(rows) if row not in rows[:i]] + [person]
    items = list(dict.fromkeys(item for r in replies for item in r.items))
    return replies[0].model_copy(update={"text": "\n\n".join(r.text for r in replies), "buttons": rows,
                                         "items": items})


def partners_list(turn: Turn, place: str | None = None, only: Sequence[str] = (), members: bool = False) -> Reply:
    """The one place a list of partners is built, with its filters: the place they are based in
    (`partners_from`), the ones named (`only`), and the kind of partner the message names
    ("which partners are platforms?", "Korean platforms", "中国伙伴里哪些是平台": `lexicon.
    partner_kind_asked`, read in `turn.text`). The heading states the filters; each partner is one
    line and one button; its items are what "the second one" picks from and its answer key
    (`list:partners?country=KR&kind=platform`) what the conversation remembers. A kind none of
    them is, said before the list without it. `members`: the members asked, whatever the words
    (who is in the alliance named: `router.alliance_members_in_focus`)."""
    lang = turn.lang
    listed = [turn.kb.partners[p] for p in only if p in turn.kb.partners] or list(turn.kb.partners.values())
    if place:
        listed = [p for p in listed if _based_in(p, place)]
    where = esc(country_name(place, lang)) if place else None
    filters = [place_filter(place)] if place else []
    kind = lexicon.partner_kind_asked(lexicon.asked_beyond_introduction(turn.text))  # ("我们是…制作公司。": who writes)
    chosen = [p for p in listed if lexicon.PARTNER_KINDS[kind][1].search(p.kind.get("en").lower())] if kind else []
    if len(chosen) == 1 and place and _ONE_ASKED.search(fold(turn.text)):
        # "your Korean platform partner?", "¿cuál es la plataforma coreana…?", "哪个是韩国的平台",
        # "어느 회사예요": one partner asked for, and a place and a kind narrow to one: its card
        # answers; "any Korean platforms among your partners?", "有韩国的平台合作伙伴吗" (no number
        # said) keep the list of what was asked, with the one found
        return partner_detail(turn, chosen[0], whole=False)
    members_asked = members or _members_asked(turn.text)
    members = [p for p in listed if p.member] if not kind and members_asked else []
    if kind and members_asked and (kin := [p for p in chosen if p.member]):
        # "HISDA 회원사 중에 플랫폼 회사는 어디예요?", "which members are platforms?": the members of that
        # kind, and the partners of that kind not listed as members a line below (play33)
        others = [p for p in chosen if not p.member]
        text = t("partners_members_kind", lang, kind=t(f"partner_kind_{kind}", lang)) + "\n\n" + "\n".join(
            f"• <b>{esc(p.name.get(lang))}</b> — {esc(p.kind.get(lang))}" for p in kin)
        if others:
            text += "\n\n" + t("partners_members_others", lang, names=format_list([esc(p.name.get(lang)) for p in others], lang))
        buttons = [[Button(label=f"ℹ️ {p.name.get(lang)}", data=encode("prt", p.id))] for p in kin]
        buttons.append(ask_person_row(lang))
        return Reply(text=text, lang=lang, buttons=buttons, answer="list:partners?" + "&".join([*filters, f"kind={kind}", "member=yes"]),
                     outcome="answered", items=[f"partner:{p.id}" for p in kin])
    if members:
        # "which companies are members?", "會員有哪些公司", "회원사 어디예요": the ones whose record says
        # member (`partners.yaml`), not every partner; the others a line below, by name, as
        # unknown (a record without the field says nothing of membership, not "no")
        others = [p for p in listed if not p.member]
        head = t("partners_members", lang, count=len(members))
        listed, filters = members, [*filters, "member=yes"]
        text = head + "\n\n" + "\n".join(f"• <b>{esc(p.name.get(lang))}</b> — {esc(p.kind.get(lang))}" for p in listed)
        if others:
            text += "\n\n" + t("partners_members_others", lang,
                                 names=format_list([esc(p.name.get(lang)) for p in others], lang))
        buttons = [[Button(label=f"ℹ️ {p.name.get(lang)}", data=encode("prt", p.id))] for p in listed]
        buttons.append([Button(label=t("menu_partners", lang), data=encode("menu", "partners"))])
        buttons.append(ask_person_row(lang))
        return Reply(text=text, lang=lang, buttons=buttons, answer="list:partners?" + "&".join(filters),
                     outcome="answered", items=[f"partner:{p.id}" for p in listed])
    if chosen:
        label = t(f"partner_kind_{kind}", lang)
        head = t("partners_kind_from", lang, kind=label, country=where) if where else t("partners_kind", lang, kind=label)
        listed, filters = chosen, [*filters, f"kind={kind}"]
    else:
        head = t("partners_from", lang, country=where) if where else t("partners_intro", lang)
        if kind:  # "which partners are distributors in Korea?": none is, said; then the list without the kind
            head = t("partners_kind_none", lang, kind=t(f"partner_kind_{kind}", lang)) + "\n\n" + head
    text = head + "\n\n" + "\n".join(f"• <b>{esc(p.name.get(lang))}</b> — {esc(p.kind.get(lang))}" for p in listed)
    buttons = [[Button(label=f"ℹ️ {p.name.get(lang)}", data=encode("prt", p.id))] for p in listed]
    buttons.append(ask_person_row(lang))
    key = "list:partners" + ("?" + "&".join(filters) if filters else "")
    return Reply(text=text, lang=lang, buttons=buttons, answer=key,
                 outcome="answered", items=[f"partner:{p.id}" for p in listed])


# Members asked for as such ("which companies are members?", "miembros de la alianza", "會員有哪些",
# "회원사"), the partners not named beside them ("partners and members" is the whole list)
_PARTNERS_TOO = re.compile(r"\b(partners?|socios?) (and|or|y|e|o|&) (members?|miembros?)\b"
                           r"|\b(members?|miembros?) (and|or|y|e|o|&) (partners?|socios?)\b"
                           r"|(合作|伙伴|夥伴)\S{0,4}(和|与|與|及|跟)(会员|成员|會員|成員)"
                           r"|(会员|成员|會員|成員)\S{0,4}(和|与|與|及|跟)(合作|伙伴|夥伴)"
                           r"|회원사?\S{0,2} ?(및|와|과|랑|하고) ?파트너|파트너\S{0,2} ?(및|와|과|랑|하고) ?회원")


# the word member itself (会员, 成员, 成員单位, 회원사), not being in it: "which companies are in the
# alliance?", "¿qué empresas forman parte de la alianza?", "socios de la alianza" ask for all the
# partners; "联盟成员有哪些", "聯盟的成員有哪些公司" ask for the members (a team's 成员, 组员, is
# not asked of partners); `lexicon.MEMBER_ASKED` is whether one is
_MEMBER_WORD = re.compile(r"(?<!cast )(?<!crew )\bmembers?\b(?!ship)|\bmiembros?\b(?! del (elenco|reparto))|会员|會員"
                          r"|(?<!剧组)(?<!劇組)(?<!团队)(?<!團隊)(成员|成員)|회원|(?<!출연 )멤버")

# one partner asked for by the wording (a singular noun after an article, "cuál es", 哪个/哪家,
# 어느 회사/한 곳, the kind as subject of 어디예요), not any or which ones
_ONE_ASKED = re.compile(r"\b(a|an|the|your|one)( [a-z-]+){0,2} (platform|partner|company|firm|studio|producer"
                        r"|distributor|association|streamer)\b"
                        r"|\b(la|una|el|un|su)( [a-z-]+){0,2} (plataforma|socia|socio|empresa|compania|productora"
                        r"|distribuidora|asociacion)\b|\bcual es\b"
                        r"|哪个|哪個|哪一个|哪一個|哪家|哪一家|어느 (회사|곳|업체|파트너)|한 곳"
                        # the kind itself the subject of "where/which is it" ("한국 숏드라마 플랫폼이
                        # 어디예요"; "플랫폼 회사는 어디인가요", "회사들이 어디어디" ask which ones)
                        r"|(플랫폼|회사|업체|기업|파트너사?|협회|제작사|배급사)(이|가) (어디|어느|누구)(?!어디|누구)")


def _members_asked(text: str) -> bool:
    said = fold(text or "")
    return bool(_MEMBER_WORD.search(said)) and not _PARTNERS_TOO.search(said)


def _based_in(partner: Partner, place: str) -> bool:
    """Is the partner based in the country (ISO code) or the world region (CLDR digits)?"""
    return partner.country == place or (place.isdigit() and lexicon.in_region(partner.country, place))


def no_partners_from(turn: Turn, country: str) -> Reply:
    """"Any South African partners?": none is based there, said in one sentence, then what comes
    closest: partners whose description names the country ("a Shanghai-based Spanish film
    company") and the events whose description does (who took part), each in its own words.
    The whole list is a button, never the answer."""
    lang = turn.lang
    where = format_list([esc(country_name(c, lang)) for c in
                         dict.fromkeys(p.country for p in turn.kb.partners.values())], lang)
    lines = [t("partners_none_in", lang, country=esc(country_name(country, lang)), countries=where)]
    words = country_words(country)
    rows: list[list[Button]] = []
    items: list[str] = []
    near = [p for p in turn.kb.partners.values() if words.search(fold(f"{p.kind.get('en')} {p.kind.get(lang)}"))]
    if country == lexicon.LATIN_AMERICA and not near:
        # none based in Latin America: the ones whose profile says they serve its market (Dalynn Studio)
        near = [p for p in turn.kb.partners.values() if lexicon.LATAM_REGION.search(fold(p.description.get("en") or ""))]
    for partner in near[:2]:
        lines.append(what_it_is(partner, lang, proper_words(turn)))
        rows.append([Button(label=f"ℹ️ {partner.name.get(lang)}", data=encode("prt", partner.id))])
        items.append(f"partner:{partner.id}")
    # Events whose description names the country only when no partner does: after "Dalynn Studio,
    # a Spanish film company" an event's sentence about who took part is padding.
    for event in turn.kb.events.values() if not items else ():
        said = [x for x in split_sentences(event.description.get(lang), lang) if words.search(fold(x))]
        if said and len(items) < 2:
            lines.append(t("label_value", lang, label=f"<b>{esc(event.name.get(lang))}</b>", value=esc(said[0])))
            rows.append([Button(label=f"ℹ️ {event.name.get(lang)}", data=encode("ev", event.id))])
            items.append(f"event:{event.id}")
    rows.append([Button(label=t("menu_partners", lang), data=encode("menu", "partners"))])
    rows.append(ask_person_row(lang))
    return Reply(text="\n".join(lines), lang=lang, buttons=rows, answer=f"list:partners?{place_filter(country)}",
                 outcome="answered", items=items)


def _figure_sentence(turn: Turn, item: Program) -> str | None:
    """The sentence of a programme stating the figure a "how many" asks (`facts.FIGURE_ASKED`),
    the one whose figure is not a year, when exactly one does; None otherwise."""
    asked = fold(turn.text or "")
    if not FIGURE_ASKED.search(asked) or CONTACT_DETAIL.search(asked):
        return None
    lang = turn.lang
    stated = [s for s in split_sentences(f"{item.summary.get(lang)} {item.details.get(lang)}", lang) if figures(s)]
    # (a sentence split after a quote's last full stop starts with its closing mark: "”横店影视城预计…")
    return stated[0].lstrip("”’」』\"' ") if len(stated) == 1 else None


def founded(turn: Turn, item: Program) -> Reply | None:
    """"When was it founded?" of a programme or the Alliance, asked alone (`lexicon.FOUNDED_ASKED`,
    not with what it is): the sentence of its summary that dates it, with the dates as its sources
    give them, under its name; None when not asked so or no sentence dates it."""
    asked = fold(turn.text or "")
    if not lexicon.FOUNDED_ASKED.search(asked) or lexicon.FOUNDED_WITH_MORE.search(asked):
        return None
    return dated_reply(turn.lang, item.name.get(turn.lang), item.summary.get(turn.lang), encode("prog", item.id),
                       f"program:{item.id}#founded")


def partner_detail(turn: Turn, item: Partner, whole: bool = True) -> Reply:
    """A company's card: what it is, its description, its website and contact. Asked in words
    (`whole` False), the description leaves out what its people said (`people.unquoted`), with ℹ️
    to open it whole: "who are Dalynn Studio?" is not answered with two long quotations (play31)."""
    from intents.people import unquoted
    lang = turn.lang
    described = item.description.get(lang)
    short = described if whole else unquoted(described, lang)
    text = (f"<b>{esc(item.name.get(lang))}</b> — {esc(item.kind.get(lang))}\n\n"
            f"{esc(short)}")
    if item.website:
        text += f'\n\n🌐 <a href="{esc(str(item.website))}">{esc(str(item.website))}</a>'
    contact = turn.kb.contacts.get(item.contact) if item.contact else None
    if contact:
        text += f"\n\n{contact_heading(lang)}\n{contact_card(contact, lang)}"
    rows = [] if short == described else [[Button(label=t("details", lang), data=encode("prt", item.id))]]
    return Reply(text=text, lang=lang, buttons=[*rows, ask_person_row(lang)], answer=f"partner:{item.id}",
                 outcome="answered")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "prog":
        item = turn.kb.programs.get(cb.arg(0))
        return program_detail(turn, item, asked=False) if item else gone(turn.lang)
    partner = turn.kb.partners.get(cb.arg(0))
    return partner_detail(turn, partner) if partner else gone(turn.lang)
