"""The 2025 cooperation catalog: filter by genre, page through, open a work, say "I'm interested"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from core.i18n import paren, reader_name, t
from core.i18n_format import format_list, format_number, language_name
from core.kb.schema import Work
from core.text import fold, to_simplified
from intents import lexicon
from intents.callbacks import Callback, CallbackDataError, encode
from intents.contact import contact_card
from intents.labels import in_sentence
from intents.lexicon import WH_WORDS, interest_said
from intents.menu import ask_person_row, gone
from intents.reply import Button, Reply, esc
from intents.turn import Turn

PAGE_SIZE = 5
FILTER_GENRES = ("mystery", "romance", "sci_fi", "comedy")  # the catalog's four headline genres
ALL = "all"
COPRODUCE_FAQ = "coproduce_catalog_title"  # how a catalog title is co-produced: what follows interest


UNION = "+"  # "mystery+thriller": the works of either genre (a callback and list-key value)
BOTH = ":"  # "romance:historical": the works of both, a kind in a setting (a callback value)


# A kind of place named as a kind of title ("有沒有宮廷劇可以授權？", "palace dramas available for
# licensing", "궁중극 중에 판권 계약 가능한 거"): the genre the catalog files such titles under, so a
# list filtered by status keeps the kind asked for instead of dropping it.
SCENE_GENRES = {"palace": "historical", "court_intrigue": "historical"}


def genre_of_scenes(scenes: list[str]) -> str | None:
    """The catalog genre the kinds of place named stand for ("palace" → historical), if one."""
    found = {SCENE_GENRES[s] for s in scenes if s in SCENE_GENRES}
    return found.pop() if len(found) == 1 else None


def genre_ids(genre: str) -> list[str]:
    """The genre ids a list value names: "mystery+thriller" and "romance:historical" alike."""
    return [g for g in re.split(r"[+:]", genre) if g]


def fits_genre(genre: str | None, work: Work) -> bool:
    """Is `work` of `genre`: any genre (None or `ALL`), one of a union, each of an intersection."""
    if not genre or genre == ALL:
        return True
    wanted = set(genre_ids(genre))
    return wanted <= set(work.genres) if BOTH in genre else bool(wanted & set(work.genres))


def _initials(record_id: str) -> str:
    """"seeking_partners" → "sp", "vertical_short_drama_center" → "vsdc": a short, stable token;
    several statuses joined ("completed+available_for_licensing" → "c+afl") each."""
    return "+".join("".join(part[:1] for part in rid.split("_")) for rid in record_id.split(UNION))


def statuses(status: str | None) -> list[str]:
    """The co-production statuses a filter names ("completed+available_for_licensing": either)."""
    return status.split(UNION) if status else []


def fits_status(status: str | None, work: Work) -> bool:
    return status is None or work.coproduction in statuses(status)


def status_label(status: str, lang: str) -> str:
    """"Completed or available for licensing": the statuses a list filters by, in words."""
    return format_list([t(f"coproduction_{s}", lang) for s in statuses(status)], lang, style="or")  # type: ignore[arg-type]


@dataclass(frozen=True)
class ListRef:
    """The list of titles a button belongs to, carried in its callback data so that "More",
    "Back to the list" and a title opened from the list keep its filter and page, the same in
    Telegram and the console: a genre (or `ALL`), the page, and the filters a list of works in a
    language, with a co-production status or of a team states. Packed as "genre.page.lko.ssp.tib"
    (language code; the initials of the status and the team ids, read back against the knowledge)."""

    genre: str = ALL
    page: int = 1
    language: str | None = None
    status: str | None = None
    team: str | None = None

    def filters(self) -> str:
        """The filters alone ("lko.ssp"), "" for none: the third argument of a `cat` button."""
        return ".".join(f"{key}{value}" for key, value in (
            ("l", self.language), ("s", self.status and _initials(self.status)),
            ("t", self.team and _initials(self.team))) if value)

    def pack(self) -> str:
        return ".".join(filter(None, (self.genre, str(self.page), self.filters())))

    def cat(self, page: int | None = None) -> str:
        """The `cat` button data of this list at `page` (its own page when None)."""
        number = self.page if page is None else page
        return encode("cat", self.genre, number, self.filters()) if self.filters() else encode("cat", self.genre, number)

    @classmethod
    def unpack(cls, turn: Turn, genre: str, page: str, filters: str = "") -> ListRef:
        """A list from button data, never trusted: an unknown genre is every genre, a filter that
        names nothing in the knowledge is dropped."""
        known = {g.id for g in turn.kb.taxonomy.genres}
        if genre != ALL and not set(genre_ids(genre)) <= known:
            genre = ALL
        found: dict[str, str | None] = {"l": None, "s": None, "t": None}
        for token in filter(None, filters.split(".")):
            key, value = token[:1], token[1:]
            if key == "l" and value and all(any(code in w.languages for w in turn.kb.works.values())
                                            for code in value.split("+")):
                found["l"] = value
            elif key in ("s", "t"):
                ids = {w.coproduction for w in turn.kb.works.values()} if key == "s" else set(turn.kb.contacts)
                parts = value.split(UNION) if key == "s" else [value]
                named = [[rid for rid in ids if _initials(rid) == part] for part in parts]
                found[key] = UNION.join(n[0] for n in named) if all(len(n) == 1 for n in named) else None
        return cls(genre, int(page) if page.isdigit() else 1, found["l"], found["s"], found["t"])

    @classmethod
    def read(cls, turn: Turn, packed: str) -> ListRef | None:
        """The list packed into a title's button ("wuxia.1", "all.2.lko"), or None."""
        genre, _, rest = packed.partition(".")
        page, _, filters = rest.partition(".")
        return cls.unpack(turn, genre, page, filters) if genre and page.isdigit() else None


def work_button(label: str, work_id: str, ref: ListRef | None) -> Button:
    """A title's button in a list: it opens the card, whose "Back to the list" returns to `ref`
    (its filters dropped, then the list itself, should the data run over Telegram's 64 bytes)."""
    tries = [ref, ListRef(ref.genre, ref.page)] if ref else []
    for candidate in tries:
        try:
            return Button(label=label, data=encode("work", work_id, candidate.pack()))
        except CallbackDataError:
            continue
    return Button(label=label, data=encode("work", work_id))
# Two genres joined as alternatives or both wanted ("thrillers or mystery stuff", "misterio o
# thriller", "悬疑或者惊悚的", "스릴러나 미스터리"): what stands between their two mentions.
_JOINED = re.compile(r"^\W*(?:or|and|y|o|u|e|ni|and/or|y/o|或者?|还是|和|跟|与|及|以及|或是|(?:이)?나|(?:이)?랑|하고|아니면|[와과]|[,/、])\W*"
                     r"(?:(?:de|del|of|the)\s+)?$")

# What offers two genres as alternatives, the works of either wanted ("comedy or family",
# "悬疑或者惊悚", "스릴러나 미스터리"), not both at once.
_EITHER = re.compile(r"\b(?:or|o|u|and/or|y/o)\b|或|还是|아니면|(?:이)?나\s*$|^\s*(?:이)?나\b", re.IGNORECASE)


def works_for(turn: Turn, genre: str) -> list[Work]:
    """The catalog's works of `genre` (a genre id, `ALL`, or ids joined by `UNION`), in
    knowledge-file order. (Worked out once per knowledge snapshot and genre: most messages
    check a genre or two against every work, 2,400 of them at 100x the knowledge.)"""
    works = turn.kb.works
    return list(turn.kb.derived(("works_of_genre", genre),
                                lambda: tuple(w for w in works.values() if fits_genre(genre, w))))


def genre_name(turn: Turn, genre_id: str) -> str:
    """The genre's name in the partner's language; "Mystery or Thriller" for a union."""
    if UNION in genre_id:
        return format_list([genre_name(turn, g) for g in genre_id.split(UNION)], turn.lang, style="or")
    if BOTH in genre_id:  # "Romance · Historical / costume drama": both, as the filters are stated
        return " · ".join(genre_name(turn, g) for g in genre_id.split(BOTH))
    for term in turn.kb.taxonomy.genres:
        if term.id == genre_id:
            return term.name.get(turn.lang)
    return genre_id


# Where what the partner tells of themselves ends and the question begins ("we do sword fights
# mostly, so which of your series are historical?", "观众爱看悬疑，有没有惊悚剧", "tenemos actores de
# acción, ¿qué thrillers tienen?", "저희는 로맨스 위주인데 스릴러도 있어요?"): a clause break, then the ask
_ASK_BREAK = re.compile(r"[.!?;。！？；，,]\s*|\s(?:so|then|but|and so|asi que|entonces|pero|por eso)\s|所以|그래서 |는데 |인데 |한데 ")
# The told part is the partner's own ("we", "our audience", "tengo", "我们", "观众", "저희")
_TOLD_OF_SELF = re.compile(r"\b(we|i|i'?m|we'?re|our|my|us|tengo|tenemos|hacemos|somos|soy|nuestr[oa]s?|mis?|mi publico)\b"
                           r"|我|咱|观众|观影|客人|粉丝|저희|우리|제가|관객|시청자")


def _asked_after_told(turn: Turn, named: list[str]) -> list[str]:
    """The genres named in the question a message closes with, when those before it are only
    told of the partner's own work or audience (fixL15): "we do horse riding and sword fights
    mostly so which of your series are historical ones" asks the historical titles, not wuxia."""
    text = fold(turn.text)
    breaks = [m.end() for m in _ASK_BREAK.finditer(text.rstrip(" ?？!！.。"))]
    if not breaks:
        return named
    cut = breaks[-1]
    told, asked = text[:cut], text[cut:]
    if not _TOLD_OF_SELF.search(told) or not lexicon.asks_question(asked):
        return named
    said = {ent.id for ent in turn.entities if ent.kind == "genre" and fold(ent.text) in asked}
    kept = [g for g in named if g in said]
    return kept if kept and len(kept) < len(named) else named


def asked_genres(turn: Turn) -> str:
    """The genre a message asks the catalog for: the first one named that has works, or two
    named as alternatives joined by `UNION`; `ALL` when none is."""
    named = [g for g in turn.ids("genre") if works_for(turn, g)]
    if len(named) < 2:
        return named[0] if named else ALL
    named = _asked_after_told(turn, named)
    if len(named) < 2:
        return named[0]
    spans = {}
    for ent in turn.entities:
        if ent.kind == "genre" and ent.id in named[:2] and ent.id not in spans:
            at = turn.text.find(ent.text)
            if at >= 0:
                spans[ent.id] = (at, at + len(ent.text))
    if len(spans) == 2 and len(set(spans.values())) == 1:
        # one word of two genres ("suspenso": mystery and thriller): the titles of either
        return UNION.join(named[:2])
    between = None
    if len(spans) == 2:
        (_, end), (start, _) = sorted(spans.values())
        between = turn.text[end:start] if start >= end else None
    kinds = [g for g in named if g in FILTER_GENRES]
    settings = [g for g in named if g not in FILTER_GENRES]
    if kinds and settings and not (between is not None and _EITHER.search(between)):
        # a kind and a setting or tone ("romance with a historical setting", "SF 사극", "comedias
        # urbanas", "romance, preferably wuxia", "comedy and family"): the titles that are both
        return BOTH.join((kinds[0], settings[0]))
    if between is not None and _JOINED.match(between):
        return UNION.join(sorted(named[:2], key=lambda g: spans[g]))
    if between is not None and not between.strip():
        # two kinds said as one ("comedias románticas", "romantic comedy", "浪漫喜剧"): the titles
        # of both, or that there are none and each alone as the nearest (not one word dropped)
        return BOTH.join(named[:2])
    return named[0]


def answer(turn: Turn) -> Reply:
    """Free text: a named work opens it; a named genre opens the filtered list (two named as
    alternatives, "misterio o thriller", the works of either)."""
    named = [w for w in turn.ids("work") if w in turn.kb.works]
    if named:
        return card(turn, turn.kb.works[named[0]])
    genre = asked_genres(turn)
    if BOTH in genre and not works_for(turn, genre):
        return none_of_both(turn, genre)
    reply = page(turn, genre, 1)
    if turn.ids("genre") and genre == ALL:
        reply.text = t("catalog_empty", turn.lang) + "\n\n" + reply.text
    return reply


def none_of_both(turn: Turn, genre: str, status: str | None = None) -> Reply:
    """No title is of every genre asked (and has the co-production `status`, if one): said in
    one line with the filters, each filter alone offered as the nearest."""
    lang = turn.lang
    ids = genre_ids(genre)
    said = [esc(genre_name(turn, genre))] + ([esc(status_label(status, lang))] if status else [])
    text = t("works_none_filtered", lang, filters=" · ".join(said))
    rows = [[Button(label=f"{genre_name(turn, g)} ({len(works_for(turn, g))})", data=encode("cat", g, 1))]
            for g in ids if works_for(turn, g)]
    rows.append(ask_person_row(lang, "catalog"))
    return Reply(text=text, lang=lang, buttons=rows, mode="new",  # type: ignore[arg-type]
                 answer="list:works?" + "&".join(f"genre={g}" for g in ids)
                 + (f"&coproduction={status}" if status else ""), outcome="answered", items=[])


# A cap on the number of episodes said (fixD17): "under 100 episodes", "less than 80 eps", "menos de 100
# capítulos", "不到100集", "100集以下", "100부작 미만", "100화 이하"; Cantonese "少過90集", "唔超過90集",
# Korean "80부 이하" (a count of 부 without 작, play35); (strict, the number)
_CAP_BEFORE = re.compile(r"\b(under|less than|fewer than|below|no more than|at most|up to|max(?:imum)?|menos de|no mas de|como mucho|maximo|hasta)\s+(\d{1,4})\s*(episodes?|eps?|capitulos|episodios|caps?)\b"
                         r"|(不到|少于|少於|少过|少過|低于|低於|最多|不超过|不超過|唔超过|唔超過)\s*(\d{1,4})\s*(集|话|話)")
_CAP_AFTER = re.compile(r"(\d{1,4})\s*(集|话|話|부작|부|화|회|편|episodes?|capitulos|episodios)\s*(以下|以内|以內|之内|之內|미만|이하|이내|or (less|fewer)|o menos)")


def fits_cap(cap: tuple[int, bool] | None, work) -> bool:
    """Whether a work keeps within an episodes cap (strict when the cap's flag says so)."""
    return cap is None or bool(work.episodes) and (work.episodes < cap[0] if cap[1] else work.episodes <= cap[0])


def pack_cap(cap: tuple[int, bool] | None) -> str | None:
    """An episodes cap as a list key keeps it ("lt90": under 90, "le80": 80 or fewer), so a list
    narrowed again ("and which is the shortest of those?") still has it."""
    return None if cap is None else f"{'lt' if cap[1] else 'le'}{cap[0]}"


def unpack_cap(value: str | None) -> tuple[int, bool] | None:
    """The cap a list key's `episodes=` keeps (None for none or a value not packed by `pack_cap`)."""
    if not value or value[:2] not in ("lt", "le") or not value[2:].isdigit():
        return None
    return int(value[2:]), value[:2] == "lt"


def episodes_cap(text: str) -> tuple[int, bool] | None:
    """The cap on episodes a message puts on the titles it asks for, and whether the number itself
    is excluded ("under 100" excludes it, "100集以下" / "up to 100" keep it); None for none said."""
    folded = fold(to_simplified(text or "")[0])
    m = _CAP_BEFORE.search(folded)
    if m:
        word = m.group(1) or m.group(4)
        number = int(m.group(2) or m.group(5))
        return number, word in ("under", "less than", "fewer than", "below", "menos de", "不到", "少于", "少过", "低于")
    m = _CAP_AFTER.search(folded)
    if m:
        return int(m.group(1)), m.group(3) == "미만"
    return None


def page(turn: Turn, genre: str, number: int, mode: str = "new") -> Reply:
    lang = turn.lang
    works = works_for(turn, genre)
    if not works:
        genre, works = ALL, works_for(turn, ALL)
    cap = episodes_cap(turn.text or "") or episodes_cap(turn.said or "") if mode == "new" else None
    capped = [w for w in works if w.episodes and (w.episodes < cap[0] if cap[1] else w.episodes <= cap[0])] if cap else []
    if cap and capped and len(capped) < len(works):
        # "¿qué series de misterio tienen? Looking for something under 100 episodes": only those
        works = capped
    else:
        cap = None
    pages = max(1, math.ceil(len(works) / PAGE_SIZE))
    number = min(max(1, number), pages)
    shown = works[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
    about = turn.kb.catalog_about
    head = f"<b>{esc(about.name.get(lang))}</b>"
    if number == 1 and genre == ALL:
        head += "\n" + esc(about.description.get(lang))
    label = t("all_genres", lang) if genre == ALL else genre_name(turn, genre)
    if genre == ALL:
        text = t("catalog_page", lang, about=head, filter=esc(label), page=number, pages=pages,
                 count=len(works))
    else:  # the genre asked for comes first, the catalog's name after it
        text = t("catalog_genre_page", lang, filter=esc(label), count=len(works), page=number,
                 pages=pages, name=esc(about.name.get(lang)))
    if cap:
        said = t("works_under_episodes", lang, n=cap[0]) if cap[1] else t("works_max_episodes", lang, n=cap[0])
        text = said + "\n" + text
    if genre == ALL and number == 1 and lexicon.CATALOG_COUNT.search(fold(turn.text or "")):
        text = count_line(turn) + "\n\n" + text  # "전체 작품 수는요? 장르는요": the number first, in a sentence
    if UNION in genre and number == 1 and lexicon.EACH_COUNT.search(fold(turn.text)):
        text = per_genre(turn, genre.split(UNION)) + "\n\n" + text  # "悬疑和爱情各有几部": each counted first
    text += "\n\n" + "\n".join(f"{(number - 1) * PAGE_SIZE + i}. {work_line(turn, w)}"
                                for i, w in enumerate(shown, 1))
    ref = ListRef(genre, number)
    buttons = [[work_button(f"{(number - 1) * PAGE_SIZE + i}. {w.title.get(lang)}", w.id, ref)]
               for i, w in enumerate(shown, 1)]
    nav = []
    if number > 1:
        nav.append(Button(label=t("prev", lang), data=encode("cat", genre, number - 1)))
    if number < pages:
        nav.append(Button(label=t("next", lang), data=encode("cat", genre, number + 1)))
    if nav:
        buttons.append(nav)
    filters = [g for g in FILTER_GENRES if g not in genre_ids(genre) and works_for(turn, g)]
    row = [Button(label=genre_name(turn, g), data=encode("cat", g, 1)) for g in filters]
    if genre != ALL:
        row.append(Button(label=t("all_genres", lang), data=encode("cat", ALL, 1)))
    buttons.append(row)
    buttons.append(ask_person_row(lang, "catalog"))
    return Reply(text=text, lang=lang, buttons=buttons, mode=mode,  # type: ignore[arg-type]
                 answer="list:works" + ("?" + "&".join(f"genre={g}" for g in genre_ids(genre)) if genre != ALL else ""),
                 # every work of the list, in its numbering: "la sexta" after page 1 is work no. 6
                 outcome="answered", items=[f"work:{w.id}" for w in works])


def count_line(turn: Turn) -> str:
    """"The catalog has 24 titles, in mystery, romance, sci-fi and comedy.": how many titles
    the catalog holds and its genres, the sentence a count asked opens with."""
    lang = turn.lang
    genres = [g for g in FILTER_GENRES if works_for(turn, g)]
    kinds = format_list([esc(in_sentence(genre_name(turn, g), lang)) for g in genres], lang)
    return t("catalog_count", lang, n=len(turn.kb.works), genres=kinds)


def per_genre(turn: Turn, genres: list[str]) -> str:
    """"悬疑6部和爱情6部。", "6 mystery titles and 6 romance titles.": how many each genre has."""
    lang = turn.lang
    counts = [t("genre_count", lang, count=len(works_for(turn, g)),
                genre=esc(genre_name(turn, g).lower() if lang in ("en", "es") else genre_name(turn, g)))
              for g in genres]
    return t("works_per_genre", lang, counts=format_list(counts, lang))


def work_line(turn: Turn, work: Work) -> str:
    genres = " · ".join(genre_name(turn, g) for g in work.genres)
    return f"<b>{esc(work.title.get(turn.lang))}</b>{esc(paren(genres, turn.lang))}"


def detail(turn: Turn, work: Work, ref: ListRef) -> Reply:
    lang = turn.lang
    facts = [t("episodes", lang, n=work.episodes)]
    if work.episode_minutes:
        facts.append(t("episode_minutes", lang, m=format_number(work.episode_minutes, lang)))
    langs = format_list([language_name(code, lang) for code in work.languages], lang)
    text = "\n".join([
        f"<b>{esc(work.title.get(lang))}</b>",
        esc(" · ".join(genre_name(turn, g) for g in work.genres)),
        "", esc(work.logline.get(lang)), "",
        esc(" · ".join(facts)),
        t("label_value", lang, label=t("languages", lang), value=esc(langs)),
        f"🤝 {esc(t('coproduction_' + work.coproduction, lang))}",
    ])
    buttons = [[Button(label=t("interested", lang), data=encode("int", work.id))],
               [Button(label=t("back_to_list", lang), data=ref.cat())],
               # (the title's own team: the one its terms are agreed with)
               ask_person_row(lang, work.contact if work.contact in turn.kb.contacts else "catalog")]
    return Reply(text=text, lang=lang, buttons=buttons, answer=f"work:{work.id}", outcome="answered")


def story_first(turn: Turn, work: Work) -> Reply:
    """A title's card led by its story ("tell me about Son-in-Law from Seoul", "contadme de la
    segunda"): what it is about is the answer's first line, then its genres, episodes, languages
    and status, as on its card. Answer key `work:<id>#logline`."""
    shown = card(turn, work)
    lang = turn.lang
    head = t("work_logline", lang, title=esc(work.title.get(lang)), logline=esc(work.logline.get(lang)))
    _, _, rest = shown.text.partition("\n")  # (the card's title line: named in the story line)
    lines = [line for line in rest.split("\n") if line and line != esc(work.logline.get(lang))]
    return shown.model_copy(update={"text": "\n\n".join([head, "\n".join(lines)]),
                                    "answer": f"work:{work.id}#logline"})


def interested(turn: Turn, work: Work) -> Reply:
    """Record the interest once; staff get a note the first time."""
    first = turn.store.record_interest(turn.chat_id, work.id)
    title = esc(work.title.get(turn.lang))
    who = turn.profile.first_name if turn.profile and turn.profile.first_name else "A partner"
    note = t("staff_interested", turn.staff_lang, who=who, chat=turn.chat_id, language=reader_name(
             turn.lang, turn.profile is not None and turn.profile.locale.traditional),
             title=work.title.get(turn.staff_lang), id=work.id) if first else None
    key = "interest_recorded" if first else "interest_already"
    return Reply(text=t(key, turn.lang, title=title), lang=turn.lang, staff_note=note, interest=work.id,
                 toast=t(key, turn.lang, title=work.title.get(turn.lang)).replace("<b>", "").replace("</b>", "")[:190])


INTEREST_OFFERED = "interest_offer"
"""The fact of a title's answer that asked whether to note the partner's interest (`interest_offered`)."""


def interest_offered(turn: Turn, work: Work) -> Reply:
    """"Shall our team know you are interested in <title>?", with the ⭐ and the title's team: a
    bare "yes" under a card, which asked nothing, is asked back before staff are told."""
    lang = turn.lang
    buttons = [[Button(label=t("interested", lang), data=encode("int", work.id))],
               ask_person_row(lang, work.contact if work.contact in turn.kb.contacts else "catalog")]
    return Reply(text=t("interest_offer", lang, title=esc(work.title.get(lang))), lang=lang, buttons=buttons,
                 answer=f"work:{work.id}#{INTEREST_OFFERED}", outcome="clarify")


# A wish to co-produce said ("we'd like to co-produce", "nos interesa coproducir", "有合作意向", "공동제작
# 하고 싶어요"), not one to buy its rights ("我想买这部的版权": whether they are open is the answer)
CO_PRODUCE_WISH = re.compile(r"\bco-?produc\w*|\bcoproduc\w*|合拍|合作意向|合作拍|联合制作|聯合製作|공동 ?제작")


def interest_in_words(turn: Turn, reply: Reply, focus: str | None, unseen: bool = False) -> Reply:
    """"me interesa, ¿cómo sigo?", "I'm interested in this one": what the ⭐ button does for
    the work answered (its card, or nothing better than out-of-scope with a work in focus),
    recorded and told to staff; a fact asked in the same breath ("who do I talk to?") follows.
    A work picked from a list by its place and not yet opened ("I'm interested in the second
    one", `unseen`) is shown first: its card, with ⭐ and the team offered, nothing recorded."""
    if not interest_said(turn.said or turn.text):
        return reply
    kind, _, rest = (reply.answer or "").partition(":")
    rid, _, fact = rest.partition("#")
    if unseen and kind == "work" and not fact and focus != f"work:{rid}":
        return reply
    said = turn.said or turn.text
    asked = "?" in said or "？" in said or WH_WORDS.search(fold(said)) is not None \
        or re.search(r"(?<!\w)(qué|cuál|cuáles|cuándo|dónde|quién|cómo|cuánto|cuántos)(?!\w)", said.lower()) is not None
    if kind != "work" or rid not in turn.kb.works:
        fkind, _, fid = (focus or "").partition(":")
        # (with the work in focus: "me interesa, ¿cómo sigo?" read as nothing, or as how a
        # catalog title is co-produced, which follows the interest noted)
        how = reply.answer == f"faq:{COPRODUCE_FAQ}"
        if fkind != "work" or fid not in turn.kb.works or not (how or reply.outcome in ("fallback", "smalltalk", "gap")):
            return reply
        # (a price asked beside the wish, "想买这部的版权，大概多少钱？": the honest gap naming who
        # quotes it is the answer, the interest noted after it)
        rid, fact, asked = fid, "", how or (asked and reply.outcome == "gap")
    noted = interested(turn, turn.kb.works[rid])
    # (a wish to co-produce it said, nothing asked: "we'd like to co-produce X", "X 공동제작 하고
    # 싶어요": the ⭐'s own reply, its co-production status being no question (fixK18))
    wish = fact == "coproduction" and not asked and CO_PRODUCE_WISH.search(fold(to_simplified(said)[0])) is not None
    if (asked and kind in ("faq", "gap")) or (fact not in ("", "interest") and not wish):
        # the fact they asked besides it ("me interesa el segundo, ¿de qué trata?"), or the fact
        # the wish itself reads as ("我想买这部的版权": whether its rights are open), then the
        # interest noted
        return reply.model_copy(update={"text": f"{reply.text}\n\n{noted.text}", "staff_note": noted.staff_note,
                                        "interest": noted.interest})
    star = encode("int", rid)
    buttons = [row for row in reply.buttons if all(b.data != star for b in row)] if kind == "work" else []
    return noted.model_copy(update={"answer": f"work:{rid}#interest", "outcome": "answered", "toast": None,
                                    "buttons": buttons or [ask_person_row(turn.lang, "catalog")]})


def coproduce_of_focus(turn: Turn, reply: Reply, focus: str | None) -> Reply:
    """"How would we co-produce it?", "这部怎么合拍？找谁？", "¿esta se puede coproducir o solo
    licenciar?" right after a title: how a catalog title is co-produced in general (the FAQ) is
    not the answer; that title's own status and its own contact are (`facts._work`). A message
    that names no title and points at none ("how does co-producing a catalog title work?") keeps
    the FAQ."""
    if reply.answer != f"faq:{COPRODUCE_FAQ}":
        return reply
    fkind, _, fid = (focus or "").partition(":")
    if fkind != "work" or fid not in turn.kb.works:
        return reply
    named = {e.id for e in turn.entities if e.kind == "work"}
    if named - {fid} or any(e.kind == "genre" for e in turn.entities):
        return reply  # another title, or a kind of title: not the one in focus
    folded = fold(turn.text or "")
    # ("공동제작 하고 싶은데 누구한테 연락하면 돼요" right after the title's card: whom to see asked,
    # no pronoun, of the title just shown)
    just_shown = _WHOM.search(folded) is not None and (turn.last_answer or "").partition("#")[0] == f"work:{fid}"
    if not named and (not (lexicon.refers_back(turn.text or "") or just_shown) or _IN_GENERAL.search(folded)
                      or lexicon.INDEFINITE_PICK.search(folded)):
        return reply  # ("in general, how do we license one of them?", "그중에 하나 판권…": the procedure)
    from intents import facts  # (facts reads the catalog: imported at use)
    if _WHOM.search(folded) or lexicon.yes_no(turn.text or ""):
        # "这部怎么合拍？找谁？", "is it open for co-production or only licensing?": its status, its team
        told = facts.answer(turn, "work", fid, "coproduction")
        return told if told is not None else reply
    # "how would we go about co-producing it?": the procedure, and where that title stands in it
    return procedure_of_title(turn, reply, turn.kb.works[fid])


def procedure_of_title(turn: Turn, reply: Reply, work: Work) -> Reply:
    """The co-production FAQ (`reply`) asked of one title: the procedure, then where that title
    stands in it (its co-production status)."""
    status_key = "coproduction_" + work.coproduction  # built at run time: test_keys_built_at_run_time_exist
    status = esc(t(status_key, turn.lang))
    line = t("work_coproduction", turn.lang, title=esc(work.title.get(turn.lang)), status=status)
    if line in reply.text:
        return reply  # (already told where it stands: the router answered it of the title picked)
    return reply.model_copy(update={"text": f"{reply.text}\n\n{line}"})


def procedure_asked(text: str) -> bool:
    """Is the way into a title's co-production asked ("how can we come in as co-producers on the
    third?", "¿cómo entramos como coproductores en esa?", "这部怎么合拍", "그 작품 공동제작은 어떻게
    해요?", "go halves on that one? what do we need to do"), rather than whom to see or whether it
    is open (a yes or no: its status)?"""
    folded = fold(to_simplified(text or "")[0])
    # (a how that asks how it is going — "合拍进度怎么样", "공동제작이 어떻게 되어 가는가", "合拍状态如何" —
    # asks its status, no way in: `DEAL_WAY` tells the two apart)
    # (`DEAL_WAY` alone is not enough: it takes any "how", "steps" or "como", and "how much would it cost
    # us to come in as co-producers?" asks a price; `HOW` keeps it to how one does it)
    how = (lexicon.HOW.search(folded) and lexicon.DEAL_WAY.search(folded)) or lexicon.NEXT_STEPS.search(folded) \
        or lexicon.STEPS_ASKED.search(folded)
    return bool(how and lexicon.CO_PRODUCING.search(folded)) and not _WHOM.search(folded) and not lexicon.yes_no(text or "")


# Whom to see asked ("who handles it?", "¿quién lleva eso?", "找谁", "누구한테"), and a procedure asked
# in general, of any title ("in general", "one of them", "整体上", "전반적으로")
_WHOM = re.compile(r"\bwho\b|\bwhom\b|\bquien(es)?\b|找谁|联系谁|谁负责|跟谁|和谁|누구|담당자"
                   # where to send it is whom to write to ("where do I send a co-pro inquiry?",
                   # "¿a dónde mando la propuesta?", "找哪个部门", "문의는 어디로 하면 되나요")
                   r"|\bwhere (do|should|can|would) (i|we) (send|write|go|apply)\b|\ba ?donde (mando|mandamos|envio|enviamos|escribo|escribimos)\b"
                   r"|找谁|找誰|聯繫誰|联系哪|聯繫哪|找哪|哪个部门|哪個部門|어디(로|에|에다) ?(연락|문의|보내|신청|하면)|(문의|연락)(는|은)? ?어디")
_IN_GENERAL = re.compile(r"\bin general\b|\ben general\b|\bgenerally\b|\bany (show|title|series|drama)s?\b"
                         r"|\bone of (them|these|those|your)\b|\bcualquier|\buna de (esas|estas|ellas)\b"
                         r"|一般|整体|总体|總體|전반적|일반적")


def on_button(turn: Turn, cb: Callback) -> Reply:
    if cb.action == "cat":
        ref = ListRef.unpack(turn, cb.arg(0, ALL), cb.arg(1, "1"), cb.arg(2))
        if ref.filters():  # "More" of the titles in Korean, seeking partners...: that list, paged
            return filtered_works(turn, ref.language, None if ref.genre == ALL else ref.genre, ref.status,
                                  ref.team, number=ref.page, mode="edit")
        return page(turn, ref.genre, ref.page, mode="edit")
    work = turn.kb.works.get(cb.arg(0))
    if work is None:
        return gone(turn.lang)
    if cb.action == "int":
        return interested(turn, work)
    return card(turn, work, ListRef.read(turn, cb.arg(1)) if cb.arg(1) else None)


_LIST_KEYS = {"genre": "genre", "language": "language", "coproduction": "status", "contact": "team"}


def back_to_list(reply: Reply, listed: str | None, items: tuple[str, ...] | list[str]) -> Reply:
    """A title's card opened in words from a list of titles ("the second one", "la segunda"
    after those in Korean): its "Back to the list" returns to that list (`listed`, the list's
    answer key, and its `items`), at the page the title is on, as the list's own button would."""
    key = reply.answer or ""
    query = (listed or "").partition("?")[2] if (listed or "").startswith("list:works?") else ""
    pairs = [pair.partition("=") for pair in query.split("&") if pair]
    if not key.startswith("work:") or "#" in key or key not in items or not pairs \
            or any(name not in _LIST_KEYS for name, _, _ in pairs):
        return reply
    said: dict[str, str] = {}
    for name, _, value in pairs:
        field = _LIST_KEYS[name]
        said[field] = f"{said[field]}{UNION}{value}" if field in said else value
    ref = ListRef(said.pop("genre", ALL), list(items).index(key) // PAGE_SIZE + 1, **said)
    try:
        back = ref.cat()
    except CallbackDataError:
        return reply
    reply.buttons = [[Button(label=b.label, data=back) if (b.data or "").startswith("v1|cat|") else b for b in row]
                     for row in reply.buttons]
    return reply


def card(turn: Turn, work: Work, ref: ListRef | None = None) -> Reply:
    """A work's card however it was opened (its button, its name, "the second one", a re-send
    in another language): "↩ Back to the list" opens the list it was opened from (`ref`: the
    wuxia titles, page 2 of those in Korean), else the page of its genre it is on."""
    if ref is None:
        genre = next((g for g in work.genres if g in FILTER_GENRES), ALL)
        works = works_for(turn, genre)
        ref = ListRef(genre, works.index(work) // PAGE_SIZE + 1 if work in works else 1)
    return detail(turn, work, ref)


# -- where a title is filmed ---------------------------------------------------------------------
# The logline's sentence that says where the series films ("The series films on Hengdian's
# Guangzhou–Hong Kong Street set.", "横店广州街·香港街实景拍摄。"): the set named there.
_FILMS_SENTENCE = {"en": re.compile(r"[^.]*\b(films?|filmed|shot|shoots) (on|at|in|among)\b[^.]*"),
                   "zh": re.compile(r"[^。]*(拍摄|取景)[^。]*")}


def filming_set(turn: Turn, work: Work) -> str | None:
    """The set of ours the title's data says it is filmed on (a location id), or None when the
    logline names none (or several)."""
    found: set[str] = set()
    for lang, rx in _FILMS_SENTENCE.items():
        said = fold(" ".join(m.group(0) for m in rx.finditer(work.logline.get(lang) or "")))
        if not said:
            continue
        for loc in turn.kb.locations.values():
            names = [loc.name.get(lang) or "", *getattr(loc.aliases, lang, [])]
            # ("Hengdian's Ming and Qing folk houses" is the set "Ming-Qing Folk Houses")
            if any(n and (fold(n) in said or fold(n).replace("-", " and ") in said) for n in names):
                found.add(loc.id)
    return found.pop() if len(found) == 1 else None


def filmed_where(turn: Turn, work: Work) -> Reply:
    """"Where is Canton Nocturne filmed?", "羊城夜曲是在哪个景区拍的？": the set the title's data
    names, said first, then the title's card; or that where it is shot is not published, with
    the title's contact."""
    lang = turn.lang
    title = esc(work.title.get(lang))
    shown = card(turn, work)
    place = filming_set(turn, work)
    if place is not None:
        head = t("work_filmed_on", lang, title=title, set=esc(turn.kb.locations[place].name.get(lang)))
        return shown.model_copy(update={"text": f"{head}\n\n{shown.text}"})
    head = t("work_filmed_unpublished", lang, title=title)
    person = turn.kb.contacts.get(work.contact) if work.contact else None
    text = f"{head}\n\n{contact_card(person, lang)}" if person else head
    return shown.model_copy(update={"text": text, "outcome": "gap"})


# -- a title about someone or something --------------------------------------------------------
# "any drama about a chef?", "¿tienen algún drama sobre boxeadores?", "有没有讲巴士司机的短剧", "요리사
# 나오는 드라마 있어요?": the story's subject (a person, a trade, a thing), matched on folded text.
_ARTICLE = r"(?:(?:an?|the|some|any|un|una|unos|unas|el|la|los|las)\s+)?"
# (the catalogue named between the ask and its subject: "anything in the catalog about grandmothers?",
# "¿algo en su catálogo sobre abuelas?")
_IN_CATALOG = r"(?:(?:in|on|from) (?:the |your |ur )?(?:catalog(?:ue)?|slate|line-?up|library|list)\s+)?"
_EN_CATALOGO = r"(?:(?:en|de) (?:el |su |tu |vuestro )?(?:catalogo|listado|lista)\s+)?"
STORY_ABOUT = re.compile(
    r"\b(?:dramas?|series|shows?|titles?|shorts?|stor(?:y|ies)|films?|movies?|works?|anything|something)\s+" + _IN_CATALOG +
    r"(?:about|featuring|involving|starring)\s+" + _ARTICLE + r"(?P<en>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\b"
    r"|\b(?:dramas?|series?|microdramas?|titulos?|obras?|historias?|algo)\s+" + _EN_CATALOGO + r"(?:sobre|acerca de|que trate de)\s+"
    + _ARTICLE + r"(?P<es>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\b"
    # ("有没有关于外婆的剧": the 有关 of 没有 is no "about"; "片单里有讲奶奶的吗": the title left unsaid)
    r"|(?:讲|講|关于|關於|(?<![没沒])有关|(?<![没沒])有關|讲述|講述|描写|描寫)(?![的是])(?P<zh>[\u4e00-\u9fff]{1,10}?)的"
    r"(?:短剧|短劇|剧|劇|作品|片子|故事|网剧|網劇|吗|嗎|嘛|么|麼|没|沒|呢)"
    r"|(?P<ko>[가-힣]{1,10}?)(?:이|가)?\s*(?:나오는|등장하는|주인공인|에 관한|에 대한)\s*(?:숏드라마|드라마|작품|시리즈|이야기|얘기|(?<=등장하는 )거|(?<=주인공인 )거)"
    r"|(?P<ko2>[가-힣]{1,10}?)\s*(?:이야기|얘기)(?:가|는)?\s*(?:있|나오)")
# Words that close the subject rather than belong to it ("a chef in Hengdian", "boxeadores en México").
_SUBJECT_END = re.compile(r"\s+(?:in|on|for|from|with|that|en|de|para|con|que)$")
# The partner's own script told about ("our script is a story about a chef, which set?"): theirs, not ours.
OWN_SCRIPT = re.compile(r"\b(script|screenplay|guion|libreto)\b|剧本|劇本|本子|대본|시나리오")
# (an adverb of how it is asked is no subject: "what's that show about exactly?", fixT19)
_VAGUE = {"it", "this", "that", "them", "what", "which", "here", "there", "esto", "eso", "ella", "ellos",
          "exactly", "really", "actually", "exactamente", "realmente", "en realidad"}


# "Anything"/"something" about a subject said after hearing, reading or signing up ("heard something
# about AI tools used there?", "sign me up for anything about Latin American news", "leí algo sobre
# la producción virtual", "apúntame a algo sobre Corea"): news or a thing heard of, not a title's story.
HEARD_OR_SIGNED = re.compile(
    r"\b(heard?|hearing|read|reading|saw|seen|told|tell me|mentioned|rumou?rs?|news|updates?|sign(ed)? (me |us )?up|put (me|us) down|subscribe\w*"
    r"|notify|notifi\w*|alert\w*|keep (me|us) posted|let (me|us) know|send (me|us))\b"
    r"|\b(escuche|oi|lei|vi|me (contaron|dijeron|comentaron)|nos (contaron|dijeron|comentaron)|supe|noticias|novedades"
    r"|suscrib\w*|apunta(me|nos)|anota(me|nos)|avisa(me|nos)|avis(ame|enme|anos)|mantenme|mandame|envia(me|nos))\b")


def story_subject(text: str) -> str | None:
    """The subject a title is asked to be about, as written (folded), or None."""
    m = STORY_ABOUT.search(fold(text))
    if m is None or OWN_SCRIPT.search(fold(text)):
        return None
    if m.group(0).startswith(("anything", "something", "algo")) \
            and HEARD_OR_SIGNED.search(fold(text)[max(0, m.start() - 40):m.start()]):
        return None  # (`HEARD_OR_SIGNED`)
    group = next(name for name, value in m.groupdict().items() if value)
    said = _SUBJECT_END.sub("", text[m.start(group):m.end(group)].strip())  # as written: fold keeps positions
    return None if fold(said) in _VAGUE or len(said) < 2 else said


# Kin said in the words of each language and register ("grandmothers", "a granny", "abuelita",
# "奶奶" / "外婆" / "姥姥", "할머니" / "외할머니"): one family, so a title's logline that says another
# of them ("her Chinese grandmother", "外婆") tells of the same person
KIN = (
    ("grandmother", "grandmothers", "grandma", "grandmas", "granny", "grannies", "nana", "abuela", "abuelas", "abuelita",
     "abuelitas", "奶奶", "外婆", "姥姥", "祖母", "外祖母", "할머니", "외할머니", "친할머니"),
    ("grandfather", "grandfathers", "grandpa", "grandpas", "granddad", "abuelo", "abuelos", "abuelito", "爷爷", "外公",
     "姥爷", "祖父", "외할아버지", "할아버지"),
    ("mother", "mothers", "mom", "moms", "mum", "mums", "madre", "madres", "mama", "mamas", "妈妈", "母亲", "엄마", "어머니"),
    ("father", "fathers", "dad", "dads", "padre", "padres", "papa", "papas", "爸爸", "父亲", "아빠", "아버지"),
    ("daughter", "daughters", "hija", "hijas", "女儿", "딸"),
    ("son", "sons", "hijo", "hijos", "儿子", "아들"),
    ("son-in-law", "sons-in-law", "yerno", "yernos", "女婿", "사위"),
)


def _stems(subject: str) -> list[str]:
    """The subject and its singular ("boxeadores" → "boxeador", "chefs" → "chef"), and the other
    words of its kin family (`KIN`: "grandmothers" → "grandma", "abuela", "奶奶", "외할머니" …)."""
    stems = [subject]
    for tail in ("es", "s"):
        if subject.isascii() and subject.endswith(tail) and len(subject) > len(tail) + 2:
            stems.append(subject[: -len(tail)])
    for family in KIN:
        if any(stem in family for stem in stems):
            stems += [word for word in family if word not in stems]
    return stems


def works_about(turn: Turn, subject: str) -> list[Work]:
    """Works whose title or logline (in the reader's language or English) tells of `subject`."""
    found = []
    for work in turn.kb.works.values():
        told = fold(" ".join(f"{work.title.get(lang)} {work.logline.get(lang)}" for lang in {turn.lang, "en"}))
        if any(re.search(rf"\b{re.escape(stem)}" if stem.isascii() else re.escape(stem), told)
               for stem in _stems(fold(subject))):
            found.append(work)
    return found


# -- a title picked by who is in it ------------------------------------------------------------
# "the one with the Chilean astronomer", "a mystery drama with a Uruguayan lead", "la del mochilero
# colombiano", "la de la astrónoma chilena", "una de misterio con una uruguaya": a title named by a
# character its logline tells of, not by its name. Read on folded text; the words after the
# article are the description (up to three).
_DESC_WORDS = r"(?P<{}>[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){{0,2}})"
DESCRIBED = re.compile(
    r"\bthe (?:one|drama|series|show|title|story)\s+(?:with|about|where|featuring)\s+(?:the\s+|a\s+|an\s+)?"
    + _DESC_WORDS.format("en1")
    + r"|\b(?:dramas?|series|shows?|titles?|ones?|stor(?:y|ies))\s+with\s+(?:a|an|the)\s+" + _DESC_WORDS.format("en2")
    # a genre with whom it is about ("a comedy with Spanish characters", "any thrillers featuring
    # Korean leads", "una comedia con personajes españoles", "misterio con protagonista uruguaya")
    + r"|\b(?:comed(?:y|ies)|myster(?:y|ies)|romances?|romcoms?|thrillers?|sci-?fi|dramas?|fantas(?:y|ies)|period dramas?)"
    r"\s+(?:with|featuring|starring|about)\s+(?:a|an|the|some)?\s*" + _DESC_WORDS.format("en3")
    + r"|\b(?:comedias?|misterios?|romances?|thrillers?|dramas?|fantasias?)"
    r"\s+(?:con|sobre|de)\s+(?:un|una|unos|unas|el|la|los|las)?\s*(?=(?:personajes?|protagonistas?|actor|actores|actriz)\b)"
    + _DESC_WORDS.format("es4")
    + r"|(?:^|[\s,¿¡])(?:la|el|las|los)\s+(?:del|de\s+(?:la|los|las|el|un|una))\s+" + _DESC_WORDS.format("es1")
    + r"|\b(?:la|el)\s+(?:serie|obra|drama|microdrama|novela)\s+(?:del|de\s+(?:la|los|las|el|un|una)|con\s+(?:la|el|un|una))\s+"
    + _DESC_WORDS.format("es2")
    # (a genre's title too: "¿tenéis alguna comedia con un equipo español?": fixI24)
    + r"|\b(?:series?|dramas?|microdramas?|obras?|titulos?|novelas?|comedias?|misterios?|romances?|thrillers?|fantasias?"
    r"|una|uno|alguna|alguno)\s+(?:de\s+\w+\s+)?con\s+(?:un|una)\s+"
    + _DESC_WORDS.format("es3"))
# Words that say a part, not who plays it ("a Uruguayan lead", "una protagonista chilena"), and
# the words that end the description ("the one with the Colombian backpacker, what's it about?").
_ROLE_WORDS = {"lead", "leads", "protagonist", "hero", "heroine", "character", "main", "guy", "girl", "woman",
               "man", "lady", "protagonista", "personaje", "principal", "chica", "chico", "mujer", "hombre",
               "senora", "senor", "tipo", "muchacha", "muchacho",
               # and their plurals ("Spanish characters", "personajes españoles")
               "protagonists", "heroes", "characters", "protagonistas", "personajes", "actores", "actors",
               "cast", "actor", "actriz", "actress", "actresses"}
_DESC_END = {"in", "on", "for", "from", "that", "who", "what", "how", "is", "and", "en", "de", "para", "que", "q",
             "y", "es", "cuantos", "cuantas", "como", "cual", "donde", "esta", "ta", "tiene", "dura", "ok", "pls",
             "please", "por"}


# The same in Chinese and Korean: whom a genre's title has in it ("有没有西班牙人的喜剧", "有韩国角色的悬疑剧吗",
# "스페인 사람 나오는 코미디 있어?", "한국인 주인공이 나오는 스릴러"): the people named, as the logline writes them
_GENRES_CJK = r"(?:喜剧|悬疑|爱情|言情|科幻|惊悚|古装|奇幻|短剧|作品|剧|片|코미디|미스터리|로맨스|SF|sf|스릴러|사극|판타지|드라마|작품)"
DESCRIBED_CJK = re.compile(
    r"(?:有(?:讲|关于)?|关于|讲)(?P<zh>[\u4e00-\u9fff]{2,5}?)(?:人|角色|主角|演员)?(?:出演|参演|主演|出场|登场|当主角)?的" + _GENRES_CJK
    # (up to two words between the people and the verb: "칠레 출신 주인공 나오는 작품" is the Chilean)
    + r"|(?P<ko>[가-힣]{2,5}?)(?:이|가|들이)?(?: [가-힣]{1,4}?){0,2}?(?:이|가|들이)? (?:나오는|등장하는|주인공인) ?" + _GENRES_CJK
    # the one a story tells of, pointed at ("讲西班牙剧组来横店那部", Cantonese "講西班牙劇組嚟橫店嗰部") (fixQ16)
    + r"|(?:讲|講|关于|關於)(?P<zh2>[\u4e00-\u9fff]{2,5}?)(?:人|剧组|劇組|团队|團隊|摄制组|攝製組)[\u4e00-\u9fff]{0,8}?(?:那部|嗰部|呢部|这部|這部|那一部|嗰套|那套)")


def described_subject(text: str) -> list[str] | None:
    """The words a title is picked by ("the one with the Chilean astronomer" → chilean,
    astronomer), without the words for a part ("lead"), or None when no such description is said."""
    m = DESCRIBED.search(fold(text))
    if m is None:
        cjk = DESCRIBED_CJK.search(re.sub(r"有没有|有无|是否有|有木有", "有", text))
        if cjk is None:
            return None
        said = next(v for v in cjk.groupdict().values() if v)
        # (a word for a part or an origin is no people: "출신", "주인공", "角色")
        return [said] if said not in ("什么", "哪些", "没有", "一些", "什么样", "출신", "주인공", "캐릭터", "배우", "사람",
                                      "인물", "角色", "主角", "演员") else None
    words = []
    for word in next(v for v in m.groupdict().values() if v).split():
        if word in _DESC_END:
            break
        if word not in _ROLE_WORDS and word not in _VAGUE:
            words.append(word)
    return words if words and any(len(w) >= 5 for w in words) else None


def _word_stem(word: str) -> str:
    """A word without its gender or plural ending, so "uruguaya" finds "uruguayo" and "Uruguayan",
    "astronome" finds "astronomer"."""
    return re.sub(r"(?:as|os|es|a|o|e|s)$", "", word) if len(word) > 5 else word


# A people named by another word than the logline's ("Spanish characters": "the Spaniards")
_STEM_ALIASES = {"spanish": r"span(?:ish|iards?)\b", "spaniard": r"span(?:ish|iards?)\b"}


def works_described(turn: Turn, words: list[str], genres: list[str] | None = None) -> list[Work]:
    """Works whose logline (in the reader's language or English) has every word of the
    description, of one of `genres` when some are named ("a mystery drama with a Uruguayan lead")."""
    # ("한국인" finds "한국", "西班牙人" "西班牙")
    stems = [_STEM_ALIASES.get(stem, re.escape(stem[:-1]) + f"(?:{stem[-1]})?" if stem[-1:] in ("인", "人") and len(stem) >= 3
                               else re.escape(stem)) for stem in (_word_stem(w) for w in words)]
    found = []
    for work in turn.kb.works.values():
        if genres and not set(genres) & set(work.genres):
            continue
        for lang in dict.fromkeys((turn.lang, "en")):
            told = fold(work.logline.get(lang))
            if all(re.search(rf"\b{stem}" if stem.isascii() else stem, told) for stem in stems):
                found.append(work)
                break
    return found


def _genre_rows(turn: Turn) -> list[list[Button]]:
    """The genres that hold titles, "browse all" and "ask a person": the way on when what was
    asked is not in the catalog (no title of that story, country or name)."""
    genres = [g for g in FILTER_GENRES if works_for(turn, g)]
    return [[Button(label=genre_name(turn, g), data=encode("cat", g, 1)) for g in genres],
            [Button(label=t("catalog_browse", turn.lang), data=encode("cat", ALL, 1))],
            ask_person_row(turn.lang, "catalog")]


def no_story(turn: Turn, subject: str) -> Reply:
    """No title tells of `subject`: said in one sentence, with the catalog's genres to browse."""
    lang = turn.lang
    rows = _genre_rows(turn)
    return Reply(text=t("catalog_no_story", lang, subject=esc(subject)), lang=lang, buttons=rows,
                 answer="catalog:about#no_story", outcome="gap", subject="catalog")


def no_genre(turn: Turn, genre: str) -> Reply:
    """No title of a genre the taxonomy does not hold ("any horror series?"): no, said first, with
    the catalogue's closest genres (`lexicon.UNLISTED_NEAR`, those holding titles) and every genre
    to browse."""
    lang = turn.lang
    asked = next(names[lang] for gid, _, names in lexicon.UNLISTED_GENRES if gid == genre)
    near = [genre_name(turn, g) for g in lexicon.UNLISTED_NEAR.get(genre, ()) if works_for(turn, g)]
    if near:
        text = t("catalog_no_genre_near", lang, asked=esc(asked), near=format_list([esc(n) for n in near], lang, "or"))
    else:
        text = t("catalog_no_genre", lang, asked=esc(asked))
    return Reply(text=text, lang=lang, buttons=_genre_rows(turn), answer="catalog:about#no_genre",
                 outcome="gap", subject="catalog")


def works_naming(turn: Turn, words: re.Pattern[str]) -> list[Work]:
    """Works whose title or logline (in any of the four languages, so that every reader gets the
    same titles) `words` find, folded."""
    return [work for work in turn.kb.works.values()
            if words.search(fold(" ".join(f"{work.title.get(lang)} {work.logline.get(lang)}" for lang in ("en", "es", "zh", "ko"))))]


def country_version(turn: Turn, country: str, told: list[Work]) -> str:
    """"Son-in-Law from Seoul also comes in Korean": which of the titles tied to a country have a
    version in its language (the first official language of the country the catalog has), or
    that none does yet; "" when the catalog has no version in any of its languages."""
    from babel.languages import get_official_languages

    langs = [code for code in get_official_languages(country) if code in ("en", "es", "zh", "ko")]
    if not langs or not told:
        return ""
    code, lang = langs[0], turn.lang
    name = language_name(code, lang)  # type: ignore[arg-type]
    having = [w for w in told if code in w.languages]
    if not having:
        return t("catalog_country_version_none", lang, language=esc(name))
    if len(having) == len(told) and len(told) > 1:
        return t("catalog_country_version_all", lang, language=esc(name))
    titles = format_list([f"<b>{esc(w.title.get(lang))}</b>" for w in having], lang)
    return t("catalog_country_version", lang, language=esc(name), titles=titles)


def no_country(turn: Turn, country: str, told: list[Work], code: str | None = None, characters: bool = False) -> Reply:
    """"有没有韩国的短剧", "한국 배경 작품 있어요?": the catalog records no country of origin or
    setting, said in one sentence; then the titles whose story involves the country (`told`,
    each a button, "the second one" picks), else the genres to browse."""
    lang = turn.lang
    if told:
        shown = told[:PAGE_SIZE]
        # (characters of a country asked, "한국인 주인공 나오는 작품": the stories found are the
        # answer, with no "can't be filtered by country" before them; a title's origin or setting
        # asked keeps that the catalog records neither)
        head = "catalog_country_told" if characters else "catalog_no_country"
        text = t(head, lang, country=esc(country)) + "\n\n" + "\n".join(
            f"{i}. {work_line(turn, w)}" for i, w in enumerate(shown, 1))
        if code and (version := country_version(turn, code, told)):
            text += "\n\n" + version  # "有韩语版的：《首尔女婿过大年》"
        rows = [[Button(label=f"{i}. {w.title.get(lang)}", data=encode("work", w.id))] for i, w in enumerate(shown, 1)]
        return Reply(text=text, lang=lang, buttons=rows + [ask_person_row(lang, "catalog")], answer="list:works",
                     outcome="answered", items=[f"work:{w.id}" for w in told])
    rows = _genre_rows(turn)
    return Reply(text=t("catalog_no_country_none", lang, country=esc(country)), lang=lang, buttons=rows,
                 answer="catalog:about#no_country", outcome="gap", subject="catalog")


# -- a title asked about that may not be ours ---------------------------------------------------
# "三国演义讲的是什么", "what is Squid Game about?", "¿de qué trata La casa de papel?", "오징어 게임은
# 무슨 내용이에요?": the story of something named, matched on folded text (positions kept).
STORY_OF = re.compile(
    r"^\W*(?P<zh>[^，,。？?！!\s]{2,20}?)(?:到底|主要)?(?:讲的是什么|讲的是啥|讲什么|讲啥|讲了什么|讲的什么|是讲什么的|是什么内容|什么内容|的剧情是什么|剧情是什么|的故事是什么|说的是什么)"
    r"|\bwhat(?:'s| is| was)\s+(?P<en>[^?.!]{2,40}?)\s+about\b"
    r"|\bde que (?:se )?trata\s+(?P<es>[^?.!]{2,40}?)\W*$"
    r"|^\W*(?P<ko>[^?.!]{2,20}?)(?:은|는|이|가)?\s*(?:무슨|어떤)\s*(?:내용|이야기|줄거리)")


def story_of(text: str) -> str | None:
    """The name whose story a message asks ("三国演义" of "三国演义讲的是什么"), as written, or None."""
    m = STORY_OF.search(fold(text))
    if m is None:
        return None
    group = next(name for name, value in m.groupdict().items() if value)
    return text[m.start(group):m.end(group)].strip() or None


def not_ours(turn: Turn, title: str) -> Reply:
    """A title the catalog does not hold, asked about: said so in one sentence, with the catalog's
    genres to browse (never another title or a set that shares a word with it)."""
    lang = turn.lang
    shown = f"《{title}》" if lang == "zh" and not title.startswith("《") else title
    rows = _genre_rows(turn)
    return Reply(text=t("catalog_not_ours", lang, title=esc(shown)), lang=lang, buttons=rows,
                 answer="catalog:about#not_ours", outcome="gap", subject="catalog")


def _languages_named(codes: list[str], lang: str) -> str:
    """"Korean and Spanish", "coreano y español", "韩语和西班牙语": the languages a list is in."""
    return format_list([language_name(code, lang) for code in codes], lang)  # type: ignore[arg-type]


def filtered_works(turn: Turn, code: str | None, genre: str | None = None, status: str | None = None,
                   team: str | None = None, widen: bool = False, number: int = 1, mode: str = "new",
                   but: str | None = None, cap: tuple[int, bool] | None = None) -> Reply:
    """Works available in language `code` (or in each of "ko+es"), of `genre`, with
    co-production `status`, handled by the contact `team`, within the episodes `cap` (each
    optional), other than the work `but` ("any other mystery titles?" after one), in catalog
    order, every filter stated; page `number` (its buttons keep the filters: "More", and "Back to
    the list" of a title opened from it)."""
    lang = turn.lang
    codes = code.split("+") if code else []
    works = [w for w in turn.kb.works.values() if all(c in w.languages for c in codes) and w.id != but
             and fits_genre(genre, w) and fits_status(status, w)
             and (team is None or w.contact == team) and fits_cap(cap, w)]
    market = code == "es" and lexicon.market_named(turn.text)
    if market:  # "for a Latin American audience": the stories with Latin or Spanish characters first
        works.sort(key=lambda w: not lexicon.LATIN_ANGLE.search(w.logline.get("en")))
    pages = max(1, math.ceil(len(works) / PAGE_SIZE))
    number = min(max(1, number), pages)
    first = (number - 1) * PAGE_SIZE
    shown = works[first:first + PAGE_SIZE]
    ref = ListRef(genre or ALL, number, code, status, team)
    labels = [esc(genre_name(turn, genre))] if genre else []
    labels += [esc(status_label(status, lang))] if status else []
    if code:
        head = t("works_in_language", lang, count=len(works), language=esc(_languages_named(codes, lang)))
        if team:  # "¿de esas cuáles están en coreano?" after Dalynn's titles: that team's, said
            labels.append(esc(turn.kb.contacts[team].role.get(lang)))
    elif team:
        head = t("works_of_team", lang, count=len(works), team=esc(turn.kb.contacts[team].role.get(lang)))
    else:
        head = t("works_count", lang, count=len(works))
    if labels:  # ("Busca coproductores · 8 obras", not a status in lower case as a heading)
        labels[0] = labels[0][:1].upper() + labels[0][1:]
        head = f"<b>{' · '.join(labels)}</b> · {head}"
    if market and any(lexicon.LATIN_ANGLE.search(w.logline.get("en")) for w in shown):
        head += "\n" + t("works_latin_first", lang)
    if cap:  # ("and fewer than 90 episodes" stacked on the list: the bound said above it)
        head = (t("works_under_episodes", lang, n=cap[0]) if cap[1] else t("works_max_episodes", lang, n=cap[0])) + "\n" + head
    text = head + "\n\n" + "\n".join(f"{i}. {work_line(turn, w)}" for i, w in enumerate(shown, first + 1))
    if number > 1:  # "More" pressed: which page of the list this is
        text += "\n\n" + t("works_page", lang, page=number, pages=pages)
    rows = [[work_button(f"{i}. {w.title.get(lang)}", w.id, ref)] for i, w in enumerate(shown, first + 1)]
    if not works:
        # "which of those are thrillers?" after the finished titles: say that none is, with the
        # filters, never a heading over an empty list
        said = labels + ([esc(_languages_named(codes, lang))] if code else [])
        text = t("works_none_filtered", lang, filters=" · ".join(said))
        if cap:
            text = head.partition("\n")[0] + "\n" + text
        if widen and status and (code or genre or team):
            # "the list of mystery titles available for licensing", asked afresh: none has that
            # status, so the mystery titles themselves follow (each card says its status; "the
            # third" picks there). "Which of those are thrillers?" narrowing a list does not widen.
            wider = filtered_works(turn, code, genre, None, team)
            # the titles that do have the status, named ("no mystery is licensable: the licensable
            # ones are…"); the numbered list stays the genre's, so "the third" picks there
            having = [w for w in turn.kb.works.values() if fits_status(status, w)]
            if having and wider.items:
                titles = [f"《{w.title.get(lang)}》" if lang in ("zh", "ko") else w.title.get(lang) for w in having]
                label = status_label(status, lang)
                text += ("" if lang == "zh" else " ") + t("works_of_status_instead", lang, status=esc(label[:1].upper() + label[1:]),
                                titles=esc(format_list(titles, lang) if lang != "zh" else "、".join(titles)))
            if wider.items:
                return wider.model_copy(update={"text": f"{text}\n\n{wider.text}"})
        elif code and genre and (status or team) and not widen:
            # "¿y cuál de esos tiene coreano?" after the finished sci-fi titles: none has it, and the
            # genre's titles that do are named (play30), the list narrowed staying empty
            having = [w for w in turn.kb.works.values() if all(c in w.languages for c in codes) and fits_genre(genre, w)]
            if having:
                titles = [f"《{w.title.get(lang)}》" if lang in ("zh", "ko") else w.title.get(lang) for w in having]
                kind = genre_name(turn, genre)
                text += ("" if lang == "zh" else " ") + t(
                    "works_of_genre_in_language", lang, genre=esc(kind if lang != "es" else kind[:1].lower() + kind[1:]),
                    language=esc(_languages_named(codes, lang)),
                    titles=esc(format_list(titles, lang) if lang != "zh" else "、".join(titles)))
        rows.append([Button(label=t("catalog_browse", lang), data=encode("cat", ALL, 1))])
    if number == 1 and pages > 1:
        # "More": the next page of this very list (a genre alone pages on through that genre,
        # the catalog's own pages number alike)
        rows.append([Button(label=t("more", lang), data=ref.cat(2))])
    elif number > 1:
        rows.append([Button(label=t("prev", lang), data=ref.cat(number - 1))]
                    + ([Button(label=t("next", lang), data=ref.cat(number + 1))] if number < pages else []))
    rows.append(ask_person_row(lang, "catalog"))
    query = "&".join(f"{k}={v}" for k, v in (*(("genre", g) for g in genre_ids(genre or "")), ("language", code),
                                             ("coproduction", status), ("contact", team), ("episodes", pack_cap(cap))) if v)
    # Every work that fits, in its numbering, not only those shown: "共6部" then "第六个" is no. 6.
    return Reply(text=text, lang=lang, buttons=rows, answer=f"list:works?{query}", mode=mode,  # type: ignore[arg-type]
                 outcome="answered", items=[f"work:{w.id}" for w in works])


# -- a title found by its story ----------------------------------------------------------------
# "a series about a South African chef running a noodle stall??" behind an intro, "serie de un
# mochilero colombiano que hace de extra en Hengdian", "una astrónoma chilena que viaja al tiempo
# de Qin, ¿cómo se llama?", "有个讲南非厨师开面馆的剧叫什么", "칠레 천문학자가 진나라로 가는 작품": the
# one title whose logline shares several rare words with the message. A word's weight is how few
# loglines hold it (a word every title has, "Hengdian", weighs nothing); Chinese is read in
# character pairs, Korean in word heads.
# Words that tell no story, however rare in the loglines ("hace", "with", "every").
_PLOT_STOP = frozenset("""with from that this into when where have has their there every only each after before about
    they them then than what which while your does just like also been being over under more most some
    hace hacen tiene tienen para pero sobre desde donde cuando entre como esta este esto estas estos todo toda
    cada solo hasta tras antes despues porque quien cual cuales tambien muy mas hay ser son fue
    serie series drama dramas title titles show shows story hacer historia historias epoca version catalogo
    proceso tiempo mundo gente year years time world people looking""".split())  # noqa: SIM905 (a word list reads best as words)
_PLOT_STOP_KO = frozenset("작품 제작 같은 어느 어떤 드라마 시리즈 있어 있는 있나 하는 하고 그리 그런 이런 저희 우리 카탈 배경 제목 무슨 없어 정도".split())  # noqa: SIM905


_PLOT_STOP_ZH = frozenset("没有 有没 我们 你们 他们 她们 什么 一部 一个 这个 那个 这部 那部 可以 就是 的剧 的片 短剧 作品".split())  # noqa: SIM905


# Characters that glue a Chinese sentence, no story in them ("代的", "有个", "区拍").
_PLOT_STOP_CHARS = frozenset("的了是在有个不去这那就也都和与被把让给一吗呢吧啊么什哪谁拍能该要会想找还请问你我他她它们到出看")


def _runs(terms: list[str], text: str) -> int:
    """How many separate words the matched terms make: Chinese pairs that overlap in the message
    ("梦幻" and "幻谷" of "梦幻谷") are one name, not two clues."""
    spans = sorted((at, at + len(term)) for term in terms if not term.isascii() and (at := text.find(term)) >= 0)
    runs, end = 0, -1
    for start, stop in spans:
        runs += start >= end
        end = max(end, stop)
    return runs + sum(1 for term in terms if term.isascii() or text.find(term) < 0)


def _plot_terms(text: str, lang: str) -> set[str]:
    """The terms of a text to match loglines by: word stems (Latin, Korean word heads of two
    syllables), Chinese character pairs."""
    folded = fold(text)
    terms = {_word_stem(w) for w in re.findall(r"[a-z][a-z']{3,}", folded) if w not in _PLOT_STOP}
    for run in re.findall(r"[\u4e00-\u9fff]+", folded):
        terms.update(pair for i in range(len(run) - 1) if (pair := run[i:i + 2]) not in _PLOT_STOP_ZH
                     and not _PLOT_STOP_CHARS.intersection(pair))
    terms.update(w[:2] for w in re.findall(r"[가-힣]{2,}", folded) if w[:2] not in _PLOT_STOP_KO)
    return terms


class _PlotIndex(NamedTuple):
    """Per work and language, the terms of its title and logline (`terms`); per term, how many
    works hold it (`df`); per language and term, the works holding it there (`holders`)."""

    terms: dict[str, dict[str, set[str]]]
    df: dict[str, int]
    holders: dict[str, dict[str, list[str]]]


def _plot_index(turn: Turn) -> _PlotIndex:
    """The catalog's `_PlotIndex`, once per knowledge snapshot."""
    works = turn.kb.works

    def build() -> _PlotIndex:
        terms = {wid: {lang: _plot_terms(f"{w.title.get(lang)} {w.logline.get(lang)}", lang)
                       for lang in ("en", "es", "zh", "ko")} for wid, w in works.items()}
        df: dict[str, int] = {}
        holders: dict[str, dict[str, list[str]]] = {}
        for wid, by_lang in terms.items():
            for term in set().union(*by_lang.values()):
                df[term] = df.get(term, 0) + 1
            for lang, held in by_lang.items():
                for term in held:
                    holders.setdefault(lang, {}).setdefault(term, []).append(wid)
        return _PlotIndex(terms, df, holders)

    return turn.kb.derived(("plot_index",), build)


def plot_index(turn: Turn) -> None:
    """Build the knowledge snapshot's `_PlotIndex` now (`Brain.warm`): read-only."""
    _plot_index(turn)


def work_by_plot(turn: Turn, rare: int = 3, least: int = 3) -> Work | None:
    """The one work whose story the message tells (`least` of its rare words at least, each held
    by at most `rare` titles, and clearly more than any other title's), or None. A genre named
    is a filter, no clue to the story ("爱情类的短剧" is every romance)."""
    index, df, holders = _plot_index(turn)
    text = fold(turn.text)
    for ent in turn.entities:
        if ent.kind == "genre" and 0 <= ent.start < ent.end <= len(text):
            text = text[:ent.start] + " " * (ent.end - ent.start) + text[ent.end:]
    text = lexicon.without_own_event(text)  # ("我们影展的观众…": the partner's own festival tells no story of ours)
    said = _plot_terms(text, turn.lang)
    scored, rivals = [], []
    # Only a work holding one of the rare terms said can score; every other one weighs 0 (it is
    # still a rival of weight 0), so the 2,400 works at 100x the knowledge are not each checked.
    rare_said = [term for term in said if df.get(term, 99) <= rare]
    holding = {wid for lang in dict.fromkeys((turn.lang, "en")) for term in rare_said
               for wid in holders.get(lang, {}).get(term, ())}
    rivals = [0.0] * (len(index) - len(holding))
    for wid in holding:
        by_lang = index[wid]
        held = by_lang.get(turn.lang, set()) | by_lang["en"]
        shared = [term for term in said & held if df.get(term, 99) <= rare]
        weight = sum(1.0 / df[term] for term in shared)
        rivals.append(weight)
        clues = _runs(shared, text)
        # two clues only when each is a word of weight ("astrónoma chilena", "南非…面馆"), not "hacer"
        # (a Korean word head is two syllables of a longer word: three of them at least)
        strong = all(len(term) >= 6 if term.isascii() else not re.match(r"[가-힣]", term) for term in shared)
        if clues >= least or (clues >= 2 and weight >= 2.0 and strong):
            scored.append((weight, len(shared), wid))
    if not scored:
        return None
    scored.sort(reverse=True)
    rivals.sort(reverse=True)
    # clearly ahead of every other title, told enough or not ("墨西哥阿根廷…": two stories, none told)
    if len(rivals) > 1 and rivals[1] * 1.5 > scored[0][0]:
        return None
    return turn.kb.works[scored[0][2]]


# -- titles by the period their story is set in ----------------------------------------------------
# The sentence of a logline that says where the series films ("The series films on Hengdian's
# Qingming riverside set", "横店秦王宫实景拍摄"): a set's name there is no period of the story.
_FILMS_AT = re.compile(r"[^.。]*(?:\bfilms?\b|\bfilmed\b|\bse filma\b|\bse rueda\b|拍摄|촬영)[^.。]*[.。]?")
_YEAR = re.compile(r"(?<!\d)(1[0-9]|20)(\d)(\d)(?:'?s\b|년대|年代)?(?!\d)")


def _era_years(name: str) -> tuple[int, int] | None:
    """The years an era's English name spans ("Republican era (1912–1949)" → 1912, 1949;
    "Modern period (1950s–1990s)" → 1950, 1999), or None."""
    m = re.search(r"\((\d{4})s?\s*[–-]\s*(\d{4})(s?)\)", name)
    if m is None:
        return None
    return int(m.group(1)), int(m.group(2)) + (9 if m.group(3) else 0)


def works_of_eras(turn: Turn, eras: list[str]) -> list[Work]:
    """Works whose story (the logline without its filming sentence, in any of the four languages)
    is set in one of `eras`: the era's name or an alias ("Song-dynasty canal town", "清宫宫女",
    "1930년대 광저우"), or a year or decade within its span ("1930s Canton" for the Republican era,
    1912–1949). Single-character Chinese and Korean aliases ("明", "청") are too loose to count."""
    terms = {term.id: term for term in turn.kb.taxonomy.eras}
    words: set[str] = set()
    spans = []
    for era in eras:
        term = terms.get(era)
        if term is None:
            continue
        if (span := _era_years(term.name.get("en"))) is not None:
            spans.append(span)
        for lang in ("en", "es", "zh", "ko"):
            for word in (re.sub(r"\s*[（(].*$", "", term.name.get(lang) or ""), *getattr(term.aliases, lang, ())):
                word = fold(word)
                if len(word) >= 2 and not re.fullmatch(r"\d{4}s?|anos \d+|\d+년대", word):
                    words.add(word)
    said = re.compile("|".join(rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)
                               for w in sorted(words, key=len, reverse=True))) if words else None
    # (a set's name is no period of the story either: "首尔条漫画师在横店明清宫苑采风时晕倒")
    places = sorted({fold(n) for place in turn.kb.locations.values() for lang in ("en", "es", "zh", "ko")
                     for n in (place.name.get(lang), *getattr(place.aliases, lang, ())) if n and len(n) >= 3},
                    key=len, reverse=True)
    found = []
    for work in turn.kb.works.values():
        story = " ".join(_FILMS_AT.sub(" ", fold(work.logline.get(lang) or "")) for lang in ("en", "es", "zh", "ko"))
        for place in places:
            story = story.replace(place, " ")
        if said is not None and said.search(story):
            found.append(work)
            continue
        years = [int(m.group(1) + m.group(2) + m.group(3)) for m in _YEAR.finditer(story)]
        if any(start <= year <= end for year in years for start, end in spans):
            found.append(work)
    return found


CATALOG_LANGUAGE_ORDER = ("zh", "en", "es", "ko")
# A version to be made together, or how that goes ("do a French version together — how does it go?",
# "想跟你们联手做个荷兰语版", "hacer juntos una versión en italiano"): a co-production asked, no
# version held ("do you have…" asks what is held)
VERSION_MADE = re.compile(r"\b(do(?! (you|u|ya|y'?all|they)\b)|make|making|create|produce|co-?produce|develop|adapt|hacer|hagamos|crear|producir"
                          r"|coproducir|adaptar)\b|\bhow (does|would|will) (it|that) (go|work)\b|\bcomo (funciona|seria)\b"
                          r"|做|拍|改编|改編|制作|製作|联手|聯手|合作|流程|만들|제작|리메이크|공동|절차")


def other_language_version(turn: Turn) -> Reply | None:
    """"¿Tienen versión en catalán de sus series?", "any titles in German?", "有葡萄牙语版本的剧吗",
    "포르투갈어 버전 작품 있어요?": a language no title comes in is a no, with the languages the
    catalogue's titles do come in, and who adapts them for other markets (Dalynn Studio). None
    when no such language, or no version or title, is asked."""
    code = lexicon.other_language_named(turn.text)
    if code is None or not lexicon.VERSION_ASKED.search(fold(turn.text)) or not turn.kb.works \
            or not lexicon.language_of_version(turn.text) or VERSION_MADE.search(fold(turn.text)):
        return None
    held = {c for work in turn.kb.works.values() for c in work.languages}
    if code in held:
        return None
    codes = [c for c in CATALOG_LANGUAGE_ORDER if c in held] + sorted(held - set(CATALOG_LANGUAGE_ORDER))
    lang = turn.lang
    text = t("catalog_language_none", lang, language=esc(language_name(code, lang)),
             langs=esc(format_list([language_name(c, lang) for c in codes], lang, style="or")))
    who = turn.kb.contacts.get("dalynn_studio") or turn.kb.contacts.get(lexicon.DEFAULT_CONTACT)
    if who is not None:
        text += "\n" + t("catalog_language_ask", lang) + "\n" + contact_card(who, lang)
    return Reply(text=text, lang=lang, buttons=[ask_person_row(lang, "catalog")],
                 answer=f"gap:{who.id if who else lexicon.DEFAULT_CONTACT}", outcome="answered", subject="catalog")
