"""The "Work with us" form: a quote, a co-production or licence, distribution, an event sign-up
or an application to the alliance / talent program, as a transport-free state machine.

The form is a plain JSON-able dict (`Form`), so Telegram keeps it in a persisted
`ConversationHandler` (`bot.handlers.inquiry`) and the console chat in memory; both call the
same three functions and render the `Reply` they get:

    begin(turn, kind, text)        -> Step   first question (or the next missing one)
    on_text(turn, form, text)      -> Step   a typed answer, validated
    on_button(turn, form, cb)      -> Step   a button: a choice, Back, Edit, Send, Cancel

Steps: company → country → kind → the details that fit the kind → contact → review (summary
with Edit / Send). Each step is asked once its field is missing, so prefilled answers ("sign
us up for the casting day, 3 people") are skipped, Back clears the previous answer, and an
edit from the review returns to the review. Button data: `inq|start[|kind]`, `inq|<step>|<value>`,
`inq|back`, `inq|cancel`, `inq|edit`, `inq|e|<step>`, `inq|send` (see `intents.callbacks`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from babel import Locale

from core.i18n import LANG_NAMES, LANGS, Lang, t
from core.inquiries import KINDS, Inquiries, inquiry_row
from core.text import fold, to_simplified
from intents.callbacks import Callback, encode
from intents.events import upcoming
from intents.inquiry_words import (
    DAYS,
    HOW_ASKED,
    TITLES_FIRST,
    project_pitched,
    asks_for_information,
    company_named,
    confirms_send,
    courtesy_only,
    prefill,
    quits_form,
    says_goodbye,
    wants_inquiry,
)
from intents.lexicon import AGAIN_SAID, asks_question, for_someone_else, language_request
from intents.reply import Button, Reply, esc, paired
from intents.turn import Turn

Form = dict[str, Any]

EXPIRES_AFTER = timedelta(minutes=30)  # a form untouched this long is over (see `expired`)
DETAILS: dict[str, tuple[str, ...]] = {
    "film": ("sets", "genre", "dates", "crew"),
    "coproduce": ("work", "genre", "episodes"),
    "license": ("work", "territory"),
    "distribute": ("work", "territory"),
    "event_signup": ("event", "people"),
    "join_alliance": ("about",),
    "talent": ("about",),
}
STEPS = ("company", "country", "kind", "sets", "genre", "dates", "crew", "work", "episodes",
         "territory", "event", "people", "about", "contact")
NUMBERS = {"crew": (1, 2000), "episodes": (1, 500), "people": (1, 50)}
TEXT_LENGTH = {"company": (2, 120), "dates": (2, 200), "work": (2, 200), "territory": (2, 200),
               "about": (10, 1500)}
COMMON_COUNTRIES = ("MX", "ES", "CO", "AR", "KR", "US", "BR", "CN")
NOT_SURE = "any"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
# An address inside a sentence, ASCII only, so a Korean particle glued to it ("abc@x.com으로") is not
# read as part of its domain
EMAIL_IN_TEXT = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9.-]*@)")
PHONE_CHARS = re.compile(r"^\+?[\d\s().-]{7,24}$")
DIGITS = re.compile(r"\d")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass
class Step:
    """What a form step produced: the form to keep (None once sent or cancelled), the reply,
    and the stored inquiry row when it was sent."""

    form: Form | None
    reply: Reply
    sent: dict[str, Any] | None = None
    aside: bool = False  # the text was no answer: the transport answers it as a question first


# -- flow ------------------------------------------------------------------------------------
def sequence(form: Form) -> list[str]:
    kind = form["fields"].get("kind")
    return ["company", "country", "kind", *DETAILS.get(kind, ()), "contact"]


def next_step(form: Form) -> str:
    return next((s for s in sequence(form) if s not in form["fields"]), "review")


def expired(form: Form, now: datetime) -> bool:
    """True when the partner has not answered for the form's `ttl` seconds (`EXPIRES_AFTER`
    unless `begin` was given another), also across restarts."""
    touched = form.get("touched")
    ttl = timedelta(seconds=form.get("ttl") or EXPIRES_AFTER.total_seconds())
    return bool(touched) and now - datetime.fromisoformat(touched) > ttl


def begin(turn: Turn, kind: str | None = None, text: str = "", ttl: float | None = None) -> Step:
    """A new form, with what the partner's own words already said (kind, people, days,
    the event or set they named). `ttl`: seconds without an answer before it expires."""
    fields: dict[str, Any] = {}
    days = None
    work_id = None
    focus_kind, _, focus_id = (turn.focus or "").partition(":")
    if kind in KINDS:
        fields["kind"] = kind
        numbers = prefill(text)
        if kind == "event_signup":
            if "people" in numbers and _in_range("people", numbers["people"]):
                fields["people"] = numbers["people"]
            coming = {e.id for e in upcoming(turn)}
            # the event named, else the one the conversation is on ("sign us up" after its card)
            event = _named(turn, text, "event") if turn.ids("event") or focus_kind != "event" else None
            event = event or (focus_id if focus_kind == "event" else None)
            if event and event in coming:
                fields["event"] = event
        if kind == "film":
            named = [x for x in turn.ids("location") if x in turn.kb.locations]
            if not named and focus_kind == "location" and focus_id in turn.kb.locations:
                named = [focus_id]  # "a quote for 10 days there" after the set's card
            if len(named) == 1:  # one set named by name ("the Qin Palace"), not "a palace"
                fields["sets"] = named[0]
            # "10 days" is how long, not yet when: the dates question asks only when
            days = numbers.get("days")
        if "genre" in DETAILS.get(kind, ()):
            # "a quote for a romance microdrama", "合拍一部悬疑短剧": the genre said is not asked again
            genres = {g.id for g in turn.kb.taxonomy.genres}
            named_genres = list(dict.fromkeys(g for g in turn.ids("genre") if g in genres))
            if len(named_genres) == 1:
                fields["genre"] = named_genres[0]
    titled = _work_named(turn, kind, text)
    if titled is not None:
        # "we'd like to co-produce The Twelfth Bronze", "我们想合拍《虚拟棚幽灵》": the title named is
        # not asked again (nor the territory: "license A Face in Clay for Brazil")
        fields["work"] = turn.kb.works[titled].title.get(turn.lang)
        work_id = titled
        if "territory" in DETAILS.get(kind or "", ()) and (where := territory_named(text)):
            fields["territory"] = where
    company = company_named(_without_titles(turn, text))
    if company and _in_length("company", company):
        # (a title's words are no company: "queremos coproducir Media casa de té" names none)
        fields["company"] = company
    if turn.profile and turn.profile.country:
        fields.setdefault("country", turn.profile.country)
    form: Form = {"fields": fields, "step": "", "touched": turn.now.isoformat(),
                  "ttl": ttl or EXPIRES_AFTER.total_seconds()}
    if days:
        form["days"] = days
    if work_id:
        form["work_id"] = work_id  # (the transport puts the title in the conversation's focus)
    form["step"] = next_step(form)
    reply = ask(turn, form)
    taken = [line for s, line in zip((s for s in sequence(form) if s in fields), summary_lines(turn, form, turn.lang))
             if s in ("work", "territory")]
    reply.text = t("inq_intro", turn.lang) + "\n\n" + "".join(f"{line}\n" for line in taken) + (
        "\n" if taken else "") + reply.text
    return Step(form, reply)


def _work_named(turn: Turn, kind: str | None, text: str) -> str | None:
    """The one catalogue title a request for a co-production, licence or distribution names (or,
    named by a pronoun, "queremos licenciarla", the title in focus: fixY16)."""
    if "work" not in DETAILS.get(kind or "", ()):
        return None
    if not text:
        # the form's button under a title's licence or co-production answer (offered when a
        # company or a country alone came next: `router.form_offered_after_terms`): that title
        fk, _, rid = (turn.focus or "").partition(":")
        return rid if fk == "work" and rid in turn.kb.works and kind in ("license", "coproduce", "distribute") else None
    named = list(dict.fromkeys(w for w in turn.ids("work") if w in turn.kb.works))
    return named[0] if len(named) == 1 else None if named else focus_work(turn, text)


# The title in focus pointed at in a request ("we'd like to license it", "queremos licenciarla",
# "这部我们想买版权", "이거 판권 사고 싶어요"): the request is about that title (fixY16)
_IT = re.compile(r"\b(it|this one|that one|this title|that title|this series|that series)\b"
                 r"|\b(licenciar|coproducir|distribuir|comprar|adquirir)(la|lo|las|los)\b|\b(esta|esa|este|ese) (serie|titulo|obra|microdrama)\b"
                 r"|这部|這部|那部|它|这个|這個|那个|那個|이거|그거|이 작품|그 작품|이걸|그걸|이 드라마|그 드라마")


def focus_work(turn: Turn, text: str) -> str | None:
    """The title in the conversation's focus, when `text` names none and points at it."""
    kind, _, rid = (turn.focus or "").partition(":")
    if kind != "work" or rid not in turn.kb.works or turn.ids("work") or not _IT.search(_fold(text)):
        return None
    return rid


def _without_titles(turn: Turn, text: str) -> str:
    """`text` with the titles it names blanked out (the entities' spans)."""
    spans = sorted(((e.start, e.end) for e in turn.entities if e.kind == "work"), reverse=True)
    for start, end in spans:
        if 0 <= start < end <= len(text):
            text = text[:start] + " " * (end - start) + text[end:]
    return text


# The market a licence or distribution is for, said with the request: "for Brazil", "in Peru",
# "para Brasil", "en México", "在巴西发行", "香港地區的版權", "브라질에서 배급", "남미 판권"
_FOR_EN = re.compile(r"\b(?:for|in|into|to|across|throughout)\s+(?:the\s+)?$")
_FOR_ES = re.compile(r"\b(?:para|en|a|hacia|por)\s+(?:el\s+|la\s+|los\s+)?$")
# The short English names of a market (too short for `_country_scan`; "us" only as a market, never "for us")
_SHORT_COUNTRY = re.compile(r"(?<![\w.])(uk|u\.k\.|usa|u\.s\.a\.|u\.s\.|us)(?=\s+(?:market|territory|rights|release|audiences?|viewers)\b)"
                            r"|(?<![\w.])(uk|u\.k\.|usa)(?![\w.])")
_OURS = re.compile(r"\b(?:based|located|we'?re|we are|i'?m|i am|from|somos|estamos|desde|soy)\b[^.,;!?]{0,20}$")
_ZH_BEFORE = re.compile(r"(?:在|到|于|於|面向|针对|針對|给|給)$")
_ZH_AFTER = re.compile(r"^(?:地区|地區|市场|市場)?(?:的)?(?:发行|發行|播出|播放|上线|上線|版权|版權|授权|授權|播映|代理|市场|市場|地区|地區)")
_KO_AFTER = re.compile(r"^(?:에서|에|지역|시장)?\s?(?:배급|방영|판권|라이선스|라이센스|배포|출시|서비스|유통|수입|시장|지역)")


def territory_named(text: str) -> str | None:
    """The country a licence or distribution is asked for in `text`, as written."""
    latin, cjk = _country_scan()
    folded = _fold(text)
    found: list[str] = []
    for m in latin.finditer(folded):
        before = folded[:m.start()]
        if (_FOR_EN.search(before) or _FOR_ES.search(before)) and not _OURS.search(before):
            found.append(text[m.start():m.end()] if len(folded) == len(text) else m.group(1))
    for m in _SHORT_COUNTRY.finditer(folded):
        # "for the UK market", "into the US market": a short name, said as a market (fixA17)
        if _FOR_EN.search(folded[:m.start()]) and not _OURS.search(folded[:m.start()]):
            found.append((m.group(1) or m.group(2)).replace(".", "").upper())
    for m in cjk.finditer(folded):
        before, after = folded[:m.start()], folded[m.end():]
        if _ZH_BEFORE.search(before) or _ZH_AFTER.search(after) or _KO_AFTER.search(after):
            found.append(text[m.start():m.end()] if len(folded) == len(text) else m.group(1))
    if len(set(found)) == 1:
        name = found[0]
        return name[:1].upper() + name[1:] if name.isascii() else name
    return None


def on_text(turn: Turn, form: Form, text: str) -> Step:
    """A typed answer to the current step."""
    if expired(form, turn.now):
        return Step(None, expired_reply(turn, form.get("ttl")))
    form = {**form, "fields": dict(form["fields"]), "touched": turn.now.isoformat()}
    asides = form.pop(ASIDES, 0)  # (an answer to the form starts the count again)
    step = form["step"]
    switch, rest = language_request(text or "")
    if switch and not any(ch.isalnum() for ch in rest) and (
            for_someone_else(text or "") or AGAIN_SAID.search(fold(text or ""))):
        # "可唔可以用英文再發一次？我同事唔識中文", "send that again in English for my boss": the last
        # answer again in that language (once, when it is for someone else), answered as any
        # text is; the form keeps waiting under it
        return Step(form, still_open(turn, form), aside=True)
    if switch and not any(ch.isalnum() for ch in rest):
        # "en español por favor" in the middle of the form: no answer to the step (it would
        # become a company name), but the language from now on; the step asked again in it.
        turn.store.set_language(turn.chat_id, switch)
        turn = replace(turn, lang=switch)
        again = ask(turn, form)
        return Step(form, again.model_copy(update={
            "text": f"{esc(t('language_set', switch))}\n\n{again.text}"}))
    if step == "review" and confirms_send(text or ""):
        # "send it", "ok", "发送", "네 보내 주세요" under the summary: what its ✅ Send button does
        # (before the asides: "ok" alone reads as small talk to the classifier)
        return on_button(turn, form, Callback("inq", ("send",)))
    if quits_form(text or ""):
        # "cancel", "never mind", "算了", "그만할게요" typed: what the ✖ Cancel button does (no
        # company called "Cancel", and no subscription to stop)
        return on_button(turn, form, Callback("inq", ("cancel",)))
    head, _, rest = (text or "").strip().partition(m.group()) if (m := re.search(r"[,，.!。！]", text or "")) else ("", "", "")
    if head and rest.strip() and quits_form(head) and asks_question(rest):
        # "아 마 됐고, 비자는 우째 되노?", "forget it, do we need a visa?", "算了，签证要怎么办？": the form
        # dropped and another question asked: the form closes (nothing sent) with its one line,
        # and the question is answered as any is
        return Step(None, set_aside_reply(turn), aside=True)
    if says_goodbye(text or ""):
        # "bye", "adiós", "再见", "안녕히 계세요" at any step: the partner is leaving, so the form
        # closes (nothing sent) with its one line under the goodbye, as after a second aside
        return Step(None, set_aside_reply(turn), aside=True)
    value, problem = parse(turn, step, (text or "").strip()) if step != "review" else (None, "")
    if aside(turn, step, text or "", problem is not None):
        # "what's the A.R.C system?" while the form asks for the company: the partner's own
        # question, answered as usual by the transport; the form keeps waiting, and says so
        # (once in each language: `still_open` with `ASIDE_NOTE`). A second question in a row
        # (a "thanks", a "hi" or a subscription is no question, and counts for nothing): the
        # partner has moved on to their questions, so the form closes with one line saying so,
        # and no later answer carries a reminder nor takes their next words as the company name
        asked = asks_question(text or "")
        if asked and asides >= 1:
            return Step(None, set_aside_reply(turn), aside=True)
        return Step({**form, ASIDE_NOTE: True, ASIDES: asides + asked}, still_open(turn, form), aside=True)
    if step == "review":
        return Step(form, review(turn, form, t("inq_use_buttons", turn.lang)))
    if problem:
        return Step(form, ask(turn, form, problem))
    return _store(turn, form, step, value)


def on_button(turn: Turn, form: Form, cb: Callback) -> Step:
    """A button of the form: a choice for a step, Back, Edit, a field to edit, Send, Cancel."""
    if expired(form, turn.now):
        return Step(None, expired_reply(turn, form.get("ttl")))
    form = {**form, "fields": dict(form["fields"]), "touched": turn.now.isoformat()}
    form.pop(ASIDES, None)  # (a button of the form: the partner is back on it)
    command, arg = cb.arg(0), cb.arg(1)
    lang = turn.lang
    if command == "cancel":
        return Step(None, Reply(text=t("inq_cancelled", lang), lang=lang, buttons=_menu(lang),
                                outcome="action"))
    if command == "back":
        order = sequence(form)
        current = form["step"]
        index = order.index(current) if current in order else len(order)
        if index > 0:
            previous = order[index - 1]
            form["fields"].pop(previous, None)
            form["step"] = previous
        return Step(form, ask(turn, form))
    if command == "edit":
        rows = [[Button(label=t(f"inq_f_{s}", lang), data=encode("inq", "e", s))]
                for s in sequence(form)]
        rows.append([Button(label=t("inq_back_button", lang), data=encode("inq", "review"))])
        return Step(form, Reply(text=t("inq_edit_which", lang), lang=lang, buttons=rows))
    if command == "review":
        form["step"] = next_step(form)
        return Step(form, ask(turn, form))
    if command == "e" and arg in sequence(form):
        form["fields"].pop(arg, None)
        form["step"] = arg
        return Step(form, ask(turn, form))
    if command == "send":
        if next_step(form) != "review":
            form["step"] = next_step(form)
            return Step(form, ask(turn, form))
        return send(turn, form)
    if command in STEPS:
        if command != form["step"]:
            return Step(form, ask(turn, form, t("inq_wrong_step", lang)))
        value, problem = parse(turn, command, arg, from_button=True)
        if problem:
            return Step(form, ask(turn, form, problem))
        return _store(turn, form, command, value)
    return Step(form, ask(turn, form))


FREE_TEXT = frozenset({"company", "dates", "work", "territory", "about"})
SMALL_TALK = frozenset({"goodbye", "thanks", "greet"})
# Requests of their own, never a field's answer ("订阅韩国新闻" as the company name): answered,
# the form's question asked again under the answer
REQUESTS = frozenset({"subscribe", "unsubscribe", "set_timezone", "ask_person"})
SURE = 0.85  # classifier confidence that a few words are small talk or a subject question


def aside(turn: Turn, step: str, text: str, invalid: bool) -> bool:
    """Is `text` the partner's own question or request rather than the answer to `step`?

    A valid answer to a step with fixed answers (a country, a number, a choice, an e-mail) is
    always the answer ("Mexico?" is Mexico). Otherwise a question (a "?", a question word or
    ending), a request for a person, a goodbye or thanks the classifier is sure of, or a
    subject it is sure of in a message that asks a fact, is no company name or country. A
    description of the company ("about") is free text that may ask something in passing; there
    only a short message that is a question, or small talk, is set aside."""
    from core.text import fold
    from core.text import fold as core_fold
    from intents.handoff_words import asks_for_person
    from intents.lexicon import (
        QUESTION_WORDS,
        SET_CLOCK,
        action_asked,
        asks_question,
        fact_asked,
        ordinal,
    )

    text = text.strip()
    if not text or (not invalid and step not in FREE_TEXT and step != "review"):
        return False
    if step == "work" and titled(turn, text):
        # a catalogue title in any language ("Siesta no incluida" read as a request to stop news), or
        # one written as a title ("Who Killed Her?"), is the answer however it is punctuated
        return False
    if step != "review" and courtesy_only(text):
        # "thanks", "hola", "你好", "감사합니다" alone (in any of the four languages): a courtesy,
        # never a company's name, a title or a description, however unsure the classifier
        return True
    sure = turn.intent is not None and (turn.confidence or 0.0) >= SURE
    # A company name in Latin letters may read as small talk ("Productora Cóndor" as a greeting):
    # at that step a courtesy needs a sentence of its own ("ok, thanks!", "gracias, saludos").
    courtesy = invalid or step == "review" or (step == "company" and (
        not re.search(r"[A-Za-z]", text) or re.search(r"[.!,;。！，~～]", text) or len(text.split()) >= 4))
    if sure and turn.intent in SMALL_TALK and courtesy:
        return True
    # (a company named after its city, "Seoul Shorts", reads as setting a clock: only a clock
    # asked for in words is that request)
    clock = turn.intent != "set_timezone" or SET_CLOCK.search(core_fold(text)) is not None
    if asks_for_person(text) or action_asked(text) or (sure and turn.intent in REQUESTS and step != "about" and clock):
        return True
    if step == "company" and not invalid and not company_named(text) and (
            (sure and turn.intent == "help" and len(text) <= 12)
            or (ordinal(text) is not None and not re.fullmatch(r"(?:[A-Z][\w&'.-]*\s*)+", text))):
        # "메뉴", "menu", "菜单", "두번째꺼 줄거리" while the form asks for the company: the menu or a
        # title of the list asked for, no company's name ("Second Act Films", "First Light" name one)
        return True
    if step == "company" and not invalid and not company_named(text) and any(e.kind == "genre" for e in turn.entities):
        # "코미디 중에 한국어 되는 거", "comedias en español", "有韩语的喜剧": titles of a genre asked
        # for, no company's name ("Comedy Lab Studio" names one) (fixY26, play35)
        return True
    if (step == "company" or invalid) and step != "about" and asks_for_information(text):
        # "想了解下拍摄补贴", "necesito información sobre los incentivos", "인센티브 정보 좀 주세요":
        # information asked for in words, no company's name however it ends
        return True
    if step == "about":
        return len(text) <= 80 and asks_question(text)
    if step in ("dates", "work", "territory") and not invalid:
        if QUESTION_WORDS.search(fold(text)):
            return True
        # "from 3 to 10 May?" is still the dates, "Half a Teahouse?" or "¿México?" the title or
        # the territory; a question of its own in a sentence ("quick q: do you have an LED
        # volume stage?", "¿y el Open Day cuándo es?", "버추얼 스튜디오 있당가?") is the partner's
        return step != "dates" and asks_question(text) and (
            _sentence(text) or (sure and turn.intent not in SMALL_TALK and fact_asked(text) is not None))
    if asks_question(text):
        return True
    return sure and turn.intent not in SMALL_TALK and fact_asked(text) is not None


_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uac00-\ud7af]")
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "de", "del",
                          "la", "el", "los", "las", "en", "y", "un", "una", "with", "con"})


def _sentence(text: str) -> bool:
    """Long enough to be a sentence rather than a name: four words, or six Chinese or Korean
    characters."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) >= 4 or cjk >= 6


def _bare(text: str) -> str:
    return " ".join(_WORD.findall(_fold(to_simplified(text)[0])))


def titled(turn: Turn, text: str) -> bool:
    """Is `text` a title: one of the catalogue's in any language (give or take "?" and a word
    or two), or a few words written in Title Case ("Who Killed Her?", "Bye Bye Seoul")?"""
    bare = _bare(text)
    if not bare:
        return False
    for work in turn.kb.works.values():
        for title in work.title.all():
            name = _bare(title)
            rest = bare.replace(name, " ").strip() if name else bare
            # (a word or two beside it, "the one called …", "이요"; not a question about it,
            # "半间茶馆讲的是什么")
            if name and name in bare and len(rest) <= 8 and not asks_question(rest):
                return True
    words = _WORD.findall(text)
    # ("Thank You!", "Bye Bye" in capitals are courtesy, no title)
    return 2 <= len(words) <= 8 and words[0][:1].isupper() and not courtesy_only(text) and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words)


def not_an_answer(turn: Turn, form: Form, text: str) -> bool:
    """Is `text` plainly no answer to the form's current step (a courtesy, the partner's own
    question, a request for a person), as `on_text` would set it aside? A call-off, a change of
    language and "send it" under the summary are the form's own (False)."""
    step = form.get("step", "")
    if quits_form(text) or (step == "review" and confirms_send(text)):
        return False
    switch, rest = language_request(text)
    if switch and not any(ch.isalnum() for ch in rest):
        return False
    problem = parse(turn, step, text.strip())[1] if step != "review" else ""
    return aside(turn, step, text, problem is not None)


def _store(turn: Turn, form: Form, step: str, value: Any) -> Step:
    if step == "dates" and form.get("days") and not DAYS.search(str(value)):
        value = t("inq_dates_with_days", turn.lang, dates=value, n=form["days"])  # "May 2027 (10 days)"
    form["fields"][step] = value
    if step == "kind":  # details of another kind do not belong to this request
        for other in {s for d in DETAILS.values() for s in d} - set(DETAILS[value]):
            form["fields"].pop(other, None)
    form["step"] = next_step(form)
    return Step(form, ask(turn, form))


def send(turn: Turn, form: Form) -> Step:
    """Store the inquiry; the transport posts `staff_summary` of `Step.sent` to staff."""
    f, lang = form["fields"], turn.lang
    details = {s: f[s] for s in DETAILS[f["kind"]] if s in f and s not in ("people", "event")}
    book = Inquiries(turn.store)
    fields = {"company": f["company"], "country": f["country"], "contact": f["contact"],
              "people": f.get("people"), "event_id": f.get("event"),
              "details": {"lang": lang, **details}}
    inquiry_id = book.add(turn.chat_id, f["kind"], **fields)
    row = book.get(inquiry_id) if inquiry_id is not None else None
    if row is None:  # the store cannot take it now: saved when it can, staff still see it
        row = {"id": None, **inquiry_row(turn.chat_id, f["kind"], **fields)}
    text = t("inq_sent", lang, id=inquiry_id or "—", contact=esc(f["contact"]))
    return Step(None, Reply(text=text, lang=lang, buttons=_menu(lang), outcome="action",
                            answer=f"inquiry:{f['kind']}"), sent=row)


def sent_unstaffed(reply: Reply, row: dict) -> Reply:
    """The thanks for a sent inquiry when no staff chat is configured: it is stored, and the team
    answers at the contact the partner gave, not "here" (nobody reads this chat for them)."""
    lang = reply.lang
    text = t("inq_sent_unstaffed", lang, id=row.get("id") or "—", contact=esc(row.get("contact") or ""))
    return reply.model_copy(update={"text": text})


def start_button(lang: Lang, kind: str | None = None) -> Button:
    """The button that opens the form (pre-set to `kind`): what any answer can add when the
    partner's next step is a request to the team (a quote, a sign-up)."""
    args = ("start", kind) if kind in KINDS else ("start",)
    label = t(f"inq_kind_{kind}", lang) if kind in KINDS else t("menu_inquiry", lang)
    return Button(label=label, data=encode("inq", *args))


# A co-production, licence or distribution asked for together with what kind of titles ("we'd like
# to co-produce a couple of mystery titles", "想找几部悬疑片合拍", "미스터리 작품 몇 개 공동제작하고
# 싶어요", "queremos coproducir algo de época"): the titles of that kind are the answer (which one is
# still to be chosen), the form a button under them; a bare "we want to co-produce" opens it.
TITLE_FILTERS = ("genre", "era")  # what the catalog lists its titles by (`intents.catalog`)


def titles_first(turn: Turn, kind: str | None) -> bool:
    """Is the request for `kind` better answered with the titles of the kind it names (a genre,
    an era, a language version or the market it is for) than with the form? Not when one work
    is named (the form is about that one, unless how it is done is asked), nor for the partner's own titles ("we want to
    distribute our series in Latin America"), nor when it asks how it is done."""
    from intents import lexicon
    from intents.router import OWN_WORK

    text = turn.text or ""
    folded = fold(text)
    if kind in TITLES_FIRST and len(set(turn.ids("work"))) == 1 and HOW_ASKED.search(text) \
            and not OWN_WORK.search(folded):
        # "we'd like to co-produce Half a Teahouse, how do we do it?", "queremos coproducir «Media
        # casa de té», ¿cómo lo hacemos?": how it is done for that title (its status, the team that
        # agrees the terms) said first, the form a button under it
        return True
    if kind not in TITLES_FIRST or turn.ids("work") or focus_work(turn, text):
        return False
    if OWN_WORK.search(folded) or lexicon.HOW.search(folded) or project_pitched(text):
        return False  # ("tengo un guion de terror, ¿me lo producen?": their script's genre, no titles of ours)
    # (a status too: "想买几部已经完结的短剧版权", the finished titles on offer, the form a button; fixP19)
    return any(turn.ids(filter_kind) for filter_kind in TITLE_FILTERS) or bool(
        lexicon.work_language(text) or lexicon.market_named(text) or lexicon.work_status(text))


def with_form_button(reply: Reply, kind: str | None) -> Reply:
    """`reply` with the button that opens the form for `kind` under it (once)."""
    opens = encode("inq", "start")
    if any((b.data or "").startswith(opens) for row in reply.buttons for b in row):
        return reply
    return reply.model_copy(update={"buttons": [*reply.buttons, [start_button(reply.lang, kind)]]})


def offer(turn: Turn) -> Reply:
    """The `start_inquiry` intent: offer the form, for the kind the words ask for if any.
    (In Telegram and the console such words open the form directly; this is the hook for
    answers that decide later, e.g. an honest gap about prices.)"""
    from intents.inquiry_words import wants_inquiry

    kind = wants_inquiry(turn.text)
    return Reply(text=t("inq_offer", turn.lang), lang=turn.lang, intent="start_inquiry",
                 outcome="action", answer="inquiry", buttons=[
                     [start_button(turn.lang, kind)],
                     [Button(label=t("back_menu", turn.lang), data=encode("menu"))]])


# Set on the form by an aside (`on_text`): the transport's next `still_open` is the note under the
# answer to it, said in full once in each language for each question the form waits on, then in
# one short line (the question and /cancel) with its ✖ Cancel button
ASIDE_NOTE = "aside_note"
# How many messages in a row answered no step of the form (asides): at the second, the form closes
ASIDES = "asides"


def set_aside_reply(turn: Turn) -> Reply:
    """The one line under the answer to a second aside in a row: the form is closed (nothing was
    sent) and how to start it again; said once, in the language of that answer."""
    return Reply(text=t("inq_set_aside", turn.lang), lang=turn.lang, outcome="action")


def still_open(turn: Turn, form: Form) -> Reply:
    """The form is still waiting for an answer: which question, and how to leave. Under the
    answer to an aside (the form marked `ASIDE_NOTE`), the full note is said once in each
    language the partner asks in and for each question the form waits on: eight questions in a
    row after a form opened by a statement ("we're looking to license a short drama") would
    otherwise each end with the same paragraph. After that, one short line keeps the question
    and the way out in sight (a "thanks" or a "hello" answered with nothing about the form would
    leave the partner's next plain line to be taken as the company's name unawares). The mark is
    taken off the form itself (the transports keep that very dict)."""
    lang = turn.lang
    question = t(f"inq_ask_{form['step']}", lang) if form["step"] != "review" else t(
        "inq_review", lang)
    key = "inq_still_open"
    if form.pop(ASIDE_NOTE, False):
        said = f"{lang}:{form['step']}"
        if said in form.get("noted", ()):
            key = "inq_still_waiting"
        else:
            form["noted"] = [*form.get("noted", ()), said]
    return Reply(text=t(key, lang, question=question), lang=lang, outcome="action",
                 buttons=[[Button(label=t("inq_cancel_button", lang), data=encode("inq", "cancel"))]])


def typed_so_far(form: Form | None, turn: Turn | None = None) -> dict[str, Any]:
    """The answers a form holds, in the order it asks them; none when the only one is the
    country the partner's profile filled in (nothing told to the form yet)."""
    if not form:
        return {}
    fields = {s: form["fields"][s] for s in sequence(form) if s in form["fields"]}
    profiled = turn is not None and turn.profile is not None and turn.profile.country
    if set(fields) == {"country"} and profiled and fields["country"] == turn.profile.country:  # type: ignore[union-attr]
        return {}
    return fields


def handed_over(turn: Turn, form: Form) -> tuple[str, str | None]:
    """The form left for a person ("talk to a person" or 🙋 while it waits): the line the
    partner's handoff notice gets (what they typed goes to the team with it), and the note for
    the staff thread with those answers (plain text, labelled in `turn.staff_lang`); both empty
    / None when nothing was typed yet, so the partner hears nothing about a form they never
    filled in."""
    fields = typed_so_far(form, turn)
    if not fields:
        return "", None
    staff = turn.staff_lang
    lines = [f"{t(f'inq_f_{s}', staff)}: {value_label(turn, s, v, staff)}" for s, v in fields.items()]
    note = t("staff_form_unsent", staff, fields="\n".join(lines))
    return t("inq_with_person", turn.lang), note


def expired_reply(turn: Turn, ttl: float | None = None) -> Reply:
    """"Your form expired after N minutes", with a button to start again."""
    lang = turn.lang
    minutes = max(1, round((ttl or EXPIRES_AFTER.total_seconds()) / 60))
    return Reply(text=t("inq_expired", lang, minutes=minutes), lang=lang,
                 buttons=[[Button(label=t("inq_restart_button", lang), data=encode("inq", "start"))],
                          [Button(label=t("back_menu", lang), data=encode("menu"))]])


def closed_reply(turn: Turn) -> Reply:
    """A button of a form that is no longer open (sent, cancelled, or ended by time): say so,
    with a button to start a new one; nothing was typed, so not "I haven't read this"."""
    lang = turn.lang
    return Reply(text=t("inq_closed", lang), lang=lang,
                 buttons=[[Button(label=t("inq_restart_button", lang), data=encode("inq", "start"))],
                          [Button(label=t("back_menu", lang), data=encode("menu"))]])


def _menu(lang: Lang) -> list[list[Button]]:
    return [[Button(label=t("back_menu", lang), data=encode("menu"))]]


# -- asking ----------------------------------------------------------------------------------
def ask(turn: Turn, form: Form, problem: str | None = None) -> Reply:
    """The question of the current step, with its choices, Back and Cancel."""
    step, lang = form["step"], turn.lang
    if step == "review":
        return review(turn, form, problem)
    choices = choices_for(turn, step)
    text = t(f"inq_ask_{step}", lang)
    if step == "dates" and form.get("days"):  # how long was said already: only when
        text = t("inq_ask_dates_for", lang, n=form["days"])
    if step == "event" and not choices:
        text = t("inq_no_events", lang)
    rows = paired(choices)
    nav = [Button(label=t("inq_cancel_button", lang), data=encode("inq", "cancel"))]
    if sequence(form).index(step) > 0:
        nav.insert(0, Button(label=t("inq_back_button", lang), data=encode("inq", "back")))
    rows.append(nav)
    if problem:
        text = f"⚠️ {problem}\n\n{text}"
    return Reply(text=text, lang=lang, buttons=rows, outcome="action")


def choices_for(turn: Turn, step: str) -> list[Button]:
    lang = turn.lang

    def b(label: str, value: object) -> Button:
        return Button(label=label, data=encode("inq", step, str(value)))

    if step == "country":
        names = territory_names(lang)
        return [b(names[code], code.lower()) for code in COMMON_COUNTRIES]
    if step == "kind":
        return [b(t(f"inq_kind_{k}", lang), k) for k in KINDS]
    if step == "sets":
        return [b(loc.name.get(lang), lid) for lid, loc in turn.kb.locations.items()] + [
            b(t("inq_not_sure", lang), NOT_SURE)]
    if step == "genre":
        return [b(g.name.get(lang), g.id) for g in turn.kb.taxonomy.genres] + [
            b(t("inq_not_sure", lang), NOT_SURE)]
    if step == "event":
        return [b(e.name.get(lang), e.id) for e in upcoming(turn)[:8]]
    if step == "people":
        return [b(str(n), n) for n in (1, 2, 3, 4, 5, 6)]
    if step == "work":
        return [b(t("inq_new_project", lang), NOT_SURE)]
    return []


# -- validating ------------------------------------------------------------------------------
ENTITY_OF = {"sets": "location", "genre": "genre", "event": "event"}
"""The entity kind (`intents.entities`) a typed answer to a choice step may name."""


def parse(turn: Turn, step: str, raw: str, from_button: bool = False) -> tuple[Any, str | None]:
    """(value, None) for a valid answer, else (None, localised problem)."""
    lang = turn.lang
    if step in ("kind", "sets", "genre", "event"):
        valid = {b.data.split("|")[-1] for b in choices_for(turn, step) if b.data}
        key = _choice_by_name(turn, step, raw) if not from_button else raw
        if key is None and step == "kind":  # "공동 제작하고 싶어요" typed instead of tapped
            key = wants_inquiry(raw)
        if key is None and step in ENTITY_OF and not from_button and not asks_question(raw):
            # "Forbidden City replica", "紫禁城", "casting day": one choice named in other words
            # (a question naming one, "is the Qin Palace big?", stays the partner's own)
            named = [i for i in turn.ids(ENTITY_OF[step]) if i in valid]
            key = named[0] if len(named) == 1 else None
        if key in valid:
            return key, None
        return None, t("inq_bad_choice", lang)
    if step == "country":
        code = country_code(raw)
        return (code, None) if code else (None, t("inq_bad_country", lang))
    if step in NUMBERS:
        lo, hi = NUMBERS[step]
        digits = re.sub(r"[^\d]", "", raw) if len(raw) <= 12 else ""
        if digits and _in_range(step, int(digits)):
            return int(digits), None
        return None, t("inq_bad_number", lang, lo=lo, hi=hi)
    if step == "work" and raw == NOT_SURE:
        return t("inq_new_project", lang), None
    if step == "contact":
        value = raw.strip()
        if EMAIL.match(value) or (PHONE_CHARS.match(value) and len(DIGITS.findall(value)) >= 7):
            return value, None
        if len(found := EMAIL_IN_TEXT.findall(value)) == 1:
            # "abc@x.com으로 연락 주세요", "escríbanme a abc@x.com por favor", "发到abc@x.com就行": the one
            # address said in a sentence, a Korean particle ("(으)로", "에") glued to it included (fixQ16)
            return found[0], None
        return None, t("inq_bad_contact", lang)
    lo, hi = TEXT_LENGTH.get(step, (1, 500))
    if not lo <= len(raw) <= hi:
        return None, t("inq_bad_length", lang, lo=lo, hi=hi)
    if not any(ch.isalnum() for ch in raw):  # "🎬🎬🎬", "!!!": no company, title or dates
        return None, t("inq_no_words", lang)
    if step == "dates" and (not DIGITS.search(raw) or _contact_like(raw)):
        return None, t("inq_bad_dates", lang)
    return raw, None


def _contact_like(text: str) -> bool:
    """An e-mail address or a phone number ("+52 55 1234 5678", "555-123-4567"), not dates:
    "2027-03-15" is written with the same characters, so a year in it keeps it a date."""
    if EMAIL.match(text):
        return True
    phone = PHONE_CHARS.match(text) and len(DIGITS.findall(text)) >= 7
    return bool(phone and (text.startswith("+") or not YEAR.search(text)))


def _in_length(step: str, text: str) -> bool:
    lo, hi = TEXT_LENGTH.get(step, (1, 500))
    return lo <= len(text) <= hi


def _in_range(step: str, n: int) -> bool:
    lo, hi = NUMBERS[step]
    return lo <= n <= hi


def _choice_by_name(turn: Turn, step: str, raw: str) -> str | None:
    """A typed choice: the label of one of the buttons (any case), or its id."""
    wanted = _fold(raw)
    for button in choices_for(turn, step):
        value = (button.data or "").split("|")[-1]
        if wanted in (_fold(button.label), value):
            return value
    return None


def _named(turn: Turn, text: str, kind: str) -> str | None:
    if not text:
        return None
    # The index holds Simplified names: 選角日 is searched as 选角日
    hits = turn.kb.search(to_simplified(text)[0], lang=turn.reading, kinds=[kind], limit=1)
    return hits[0].id if hits else None


def _fold(text: str) -> str:
    """Lower case without accents or spaces at the ends: "México " == "mexico"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    # (recomposed: Hangul stays in syllables, "한국이유" read as written)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


ALIASES = {"usa": "US", "u.s.": "US", "u.s.a.": "US", "uk": "GB", "korea": "KR", "corea": "KR", "한국": "KR",
           "南韩": "KR", "韩国": "KR", "韓國": "KR", "eeuu": "US", "ee.uu.": "US", "ee. uu.": "US", "españa": "ES",
           "中国大陆": "CN", "中國大陸": "CN", "内地": "CN", "hongkong": "HK", "臺灣": "TW", "台湾地区": "TW",
           "中国台湾": "TW", "中國台灣": "TW", "타이완": "TW", "south korea": "KR", "republic of korea": "KR",
           "corea del sur": "KR", "남한": "KR", "중국 본토": "CN", "holland": "NL",
           "turkey": "TR", "macau": "MO", "中国香港": "HK", "中國香港": "HK", "香港": "HK", "hong kong": "HK", "홍콩": "HK", "viet nam": "VN", "england": "GB", "scotland": "GB", "great britain": "GB"}
# Where CLDR's name is the formal one ("Hong Kong SAR China", "RAE de Hong Kong (China)",
# "中国香港特别行政区", "홍콩(중국 특별행정구)"), the name partners write: the place itself
_FORMAL = (re.compile(r"^(.+?) sar china$"), re.compile(r"^rae de (.+?) \(china\)$"),
           re.compile(r"^中[国國](.+?)特[别別]行政[区區]$"), re.compile(r"^(.+?)\s*\(.*\)$"))
# The locales whose names are read besides the four languages': Traditional Chinese ("台灣",
# "南韓") and Latin-American Spanish
_EXTRA_LOCALES = ("zh_Hant", "zh_Hant_HK", "es_419")
# A Korean answer's copula or polite ending after the name ("한국이에요", "미국입니다", "멕시코요",
# Chungcheong "한국이유", "한국이여"; "한국이라예", "한국이야"), or its particle ("한국에서요")
_KO_TAIL = re.compile(r"(?:이에유|이에요|이예요|예요|에요|입니다|입니당|이라예|이라요|이랑께|이여라|이어라|이유|이여|이요|이야|이고요"
                      r"|이죠|이지요|임다|임|에서요|에서|이에|유|여|요|야)$")
# Words around the name in a short answer ("we're based in Brazil", "somos de Perú", "我们在香港",
# "저희는 한국에 있어요"): the one country named in it, when the message asks nothing
_MAX_WORDS = 8


@lru_cache(maxsize=8)
def territory_names(lang: Lang) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> country name in `lang` (CLDR, via Babel)."""
    return {code: name for code, name in Locale.parse(lang).territories.items()
            if len(code) == 2 and code.isalpha()}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, str]:
    index = {_fold(k): v for k, v in ALIASES.items()}
    for lang in (*LANGS, *_EXTRA_LOCALES):
        names = territory_names(lang) if lang in LANGS else {
            code: name for code, name in Locale.parse(lang).territories.items() if len(code) == 2 and code.isalpha()}
        for code, name in names.items():
            folded = _fold(name)
            index.setdefault(folded, code)
            for formal in _FORMAL:
                if (m := formal.match(folded)) and len(m.group(1).strip()) >= 2:
                    index.setdefault(m.group(1).strip(), code)
    return index


@lru_cache(maxsize=1)
def _country_scan() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Names to find inside a short answer: Latin ones as whole words (longest first), CJK and
    Hangul ones anywhere (longest first: "印度尼西亚" before "印度")."""
    names = sorted(_country_index(), key=len, reverse=True)
    latin = [re.escape(n) for n in names if n.isascii() and len(n) >= 4]
    cjk = [re.escape(n) for n in names if not n.isascii() and not re.search(r"[a-z]", n) and len(n) >= 2]
    return (re.compile(r"(?<![\w.])(" + "|".join(latin) + r")(?![\w])"), re.compile("(" + "|".join(cjk) + ")"))


def country_code(text: str) -> str | None:
    """A country typed in any of the four languages (Traditional Chinese, Korean endings and
    dialect included: "香港", "台灣", "한국이유"), or its two-letter code -> the code; the one
    country a short answer names ("we're in Hong Kong", "somos de Perú", "저희는 한국에 있어요")."""
    folded = _fold(text)
    if len(folded) == 2 and folded.isalpha() and folded.upper() in territory_names("en"):
        return folded.upper()
    index = _country_index()
    if folded in index:
        return index[folded]
    bare = re.sub(r"^[\W_]+|[\W_]+$", "", folded)  # "Hong Kong.", "香港！", "(Brasil)"
    if bare in index:
        return index[bare]
    if re.search(r"[\uac00-\ud7af]$", bare) and (ko := _KO_TAIL.sub("", bare).strip()) in index:
        return index[ko]
    from intents.lexicon import asks_question

    if not bare or asks_question(text) or len(bare.split()) > _MAX_WORDS:
        return None
    latin, cjk = _country_scan()
    found = {index[m] for m in latin.findall(bare)} | {index[m] for m in cjk.findall(bare)}
    return found.pop() if len(found) == 1 else None


# -- showing ---------------------------------------------------------------------------------
def value_label(turn: Turn, step: str, value: Any, lang: Lang) -> str:
    """How a stored answer reads in `lang` (ids become names)."""
    kb = turn.kb
    if step == "country":
        return territory_names(lang).get(str(value), str(value))
    if step == "kind":
        return t(f"inq_kind_{value}", lang)
    if value == NOT_SURE:
        return t("inq_not_sure", lang)
    if step == "sets" and value in kb.locations:
        return kb.locations[value].name.get(lang)
    if step == "genre":
        return next((g.name.get(lang) for g in kb.taxonomy.genres if g.id == value), str(value))
    if step == "event" and value in kb.events:
        return kb.events[value].name.get(lang)
    return str(value)


def summary_lines(turn: Turn, form: Form, lang: Lang) -> list[str]:
    return [f"<b>{t(f'inq_f_{s}', lang)}:</b> {esc(value_label(turn, s, form['fields'][s], lang))}"
            for s in sequence(form) if s in form["fields"]]


def review(turn: Turn, form: Form, problem: str | None = None) -> Reply:
    lang = turn.lang
    text = t("inq_review", lang) + "\n\n" + "\n".join(summary_lines(turn, form, lang))
    if problem:
        text = f"⚠️ {problem}\n\n{text}"
    return Reply(text=text, lang=lang, outcome="action", buttons=[
        [Button(label=t("inq_send_button", lang), data=encode("inq", "send")),
         Button(label=t("inq_edit_button", lang), data=encode("inq", "edit"))],
        [Button(label=t("inq_cancel_button", lang), data=encode("inq", "cancel"))]])


def staff_summary(turn: Turn, row: dict[str, Any], who: str) -> str:
    """The post for the staff chat, labelled in `turn.staff_lang` (BOT_STAFF_LANG), the
    partner's answers as given: HTML. Staff answer it by replying (the handoff relay).

    `who` is already-escaped HTML naming the partner (name, @username or a tg://user link)."""
    import json

    details = json.loads(row.get("details") or "{}")
    partner_lang = details.pop("lang", "en")
    staff = turn.staff_lang
    fields = {"company": row["company"], "country": row["country"], "kind": row["kind"],
              **details, "contact": row["contact"]}
    if row.get("event_id"):
        fields["event"] = row["event_id"]
    if row.get("people"):
        fields["people"] = row["people"]
    form: Form = {"fields": fields, "step": "review"}
    # no id yet while the database is locked: numbered when saved, as a handoff's post is
    return t("staff_inquiry", staff, id=row["id"] if row["id"] is not None else "…", kind=esc(t(f"inq_kind_{row['kind']}", staff)),
             who=who, language=esc(LANG_NAMES.get(partner_lang, partner_lang)),
             fields="\n".join(summary_lines(turn, form, staff)))
