"""The partner assistant: understand a message, route it to its answer, remember the answer.

Three steps, three modules (STYLE.md §14): `intents.understand` turns text into a typed
`Understanding` (language, intent, names, fact asked, filters, references); `intents.router`
picks the answer from it and the chat's `Memory`; the subject handlers (`intents.events`,
`intents.catalog`, `intents.facts`...) answer. The same `Brain` serves Telegram, the console chat
and the tests. Every request takes one knowledge snapshot (`knowledge.current`) and uses it
throughout, so a reload in the middle of a request can never mix two versions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Protocol
from zoneinfo import ZoneInfo

from core.i18n import LANGS, Lang, partner_locale, t
from core.store import Profile, Store
from core.text import (
    fold,
    han_years,
    hanja_in_korean,
    korean_spacing,
    mixed_words,
    standard_words,
    to_simplified,
    warm_korean_spacing,
    warm_variants,
)
from intents import (
    catalog,
    contact,
    coverage,
    events,
    facts,
    ics,
    incentives,
    lexicon,
    locations,
    preferences,
    programs,
    router,
    timezones,
)
from intents.callbacks import Callback, decode, encode
from intents.entities import EntityIndex
from intents.exemplars import SecondOpinion
from intents.memory import Memory, MemoryStore
from intents.menu import gone, topic_menu
from intents.nlu.language import detect, english_goodbye, other_language
from intents.reply import Reply, esc, without_repeats
from intents.router import Router, faq_reply, from_key, remember

# A list named as what to send again ("that sci-fi list", "esa lista", "那个片单", "그 목록")
LIST_NAMED = re.compile(r"\b(list|lineup|line-up|titles|ones)\b|\b(lista|listado|titulos|series|obras)\b|片单|片單|列表|清单|清單|那些|목록|리스트|작품들")
from intents.semantic import Embedder
from intents.turn import Turn
from intents.understand import Readings, Understander, Understanding

log = logging.getLogger(__name__)

MAX_TEXT = 2000  # longer messages are read up to here; nobody's question needs more
# One ordinary question per language, read at start-up (`Brain.warm`), never answered.
WARM_UP = ("hi, anything on next month and what does it cost?",
           "hola, ¿qué hay el mes que viene y cuánto cuesta?",
           "你好，下个月有什么活动？费用多少？",
           "안녕하세요, 다음 달에 행사 있어요? 비용은요?")
Answer = Callable[[Turn], Reply]
ButtonAnswer = Callable[[Turn, Callback], Reply]


class Classifier(Protocol):
    def predict(self, text: str): ...  # -> Prediction(intent, confidence, fallback)


class HasSnapshot(Protocol):
    @property
    def current(self): ...  # -> KnowledgeBase


def small_talk(key: str) -> Answer:
    return lambda turn: Reply(text=t(key, turn.lang), lang=turn.lang,
                              buttons=topic_menu(turn.lang) if key == "help" else [])


INTENTS: dict[str, Answer] = {
    "greet": small_talk("greet"),
    "goodbye": small_talk("goodbye"),
    "thanks": small_talk("thanks"),
    "help": small_talk("help"),
    "ask_locations": locations.answer,
    "ask_incentives": incentives.answer,
    "ask_catalog": catalog.answer,
    "ask_events": events.answer,
    "ask_programs": programs.programs,
    "ask_partners": programs.partners,
    "ask_contact": contact.answer,
    "set_language": preferences.language,
    "set_timezone": preferences.timezone,
}

BUTTONS: dict[str, ButtonAnswer] = {
    "loc": locations.on_button, "map": locations.on_button, "locs": locations.on_button,
    "inc": incentives.on_button,
    "cat": catalog.on_button, "work": catalog.on_button, "int": catalog.on_button,
    "ev": events.on_button, "evs": events.on_button, "ics": events.on_button,
    "prog": programs.on_button, "prt": programs.on_button,
    "lang": preferences.on_button, "tz": preferences.on_button,
    "ask": contact.ask_person,
    "faq": lambda turn, cb: faq_reply(turn, cb.arg(0), whole=True) if cb.arg(0) in turn.kb.faq else gone(turn.lang),
}

MENU_SECTIONS: dict[str, Answer] = {"locations": locations.answer, "programs": programs.programs,
                                    "partners": programs.partners, "events": events.answer,
                                    "catalog": catalog.answer, "incentives": incentives.answer,
                                    "contact": contact.answer}


def read_as_standard(text: str) -> tuple[str, bool | None]:
    """The message as everything after it reads it, and whether it was written in Traditional
    Chinese: Simplified characters, then the standard words for slang, chat spelling and
    dialect (`core.text.standard_words`: "我哋系" → "我们是", "q onda pa" → "que onda para"),
    once per message."""
    simplified, traditional = to_simplified(text)
    simplified = han_years(simplified)  # "二〇二七年的…": the year in digits ("2027年")
    simplified = hanja_in_korean(simplified)  # "撮影 支援 申請할 때": Korean, its 한자 in Hangul
    simplified = korean_spacing(simplified)  # "다음행사뭐있음": Korean, its words spaced ("다음 행사 뭐 있음")
    lang = detect(simplified)
    return standard_words(mixed_words(simplified, lang), lang), traditional


def script_beside_names(written: str, read: str, u: Understanding, traditional: bool | None) -> bool | None:
    """Whether a message was written in Traditional characters, not counting the names it
    copies as our files print them: "祠堂迷踪" pasted from a list (its 踪 only Simplified writes)
    from a partner who writes Traditional tells no script, so the one they write stands; the
    words around a name still tell ("祠堂迷踪有几集" is Simplified). (fixY26, play35)"""
    if traditional is not False or not u.entities:
        return traditional
    rest = written
    for entity in u.entities:
        rest = rest.replace(read[entity.start:entity.end], " ")
    return to_simplified(rest)[1]


class Brain:
    def __init__(self, knowledge: HasSnapshot, classifier: Classifier, store: Store,
                 home_tz: ZoneInfo, clock: Callable[[], datetime] | None = None,
                 memory_minutes: float = 30, staff_lang: Lang = "en",
                 embedder: Embedder | None = None, cache_dir: Path | None = None) -> None:
        self.knowledge = knowledge
        self.classifier = classifier
        self.store = store
        self.home_tz = home_tz
        self.clock = clock or (lambda: datetime.now(UTC))
        self.staff_lang = staff_lang  # BOT_STAFF_LANG: the language of every note for staff
        self.intents = dict(INTENTS)
        self.buttons = dict(BUTTONS)
        self.understander = Understander(classifier, embedder, cache_dir)
        self.router = Router(self.intents, self.buttons)
        # partners' labelled questions, consulted where the router's answer is weak
        self.second_opinion = SecondOpinion(embedder)
        self.memory = MemoryStore(store, timedelta(minutes=memory_minutes))
        self.commands: dict[str, Answer] = {}

    def extend(self, intents: dict[str, Answer] | None = None,
               buttons: dict[str, ButtonAnswer] | None = None,
               commands: dict[str, Answer] | None = None) -> None:
        """Let the application plug in answers that live outside `intents` (subscriptions,
        data rights): free-text intents, button actions and `/commands` (the command's
        argument is `turn.text`)."""
        self.intents.update(intents or {})
        self.buttons.update(buttons or {})
        self.commands.update(commands or {})

    def note_language(self, chat_id: int, text: str, profile: Profile | None) -> Profile | None:
        """Remember the language a message is clearly written in (as `reply_to_text` does),
        for flows that read text without answering it here; returns the updated profile."""
        written = detect(text)
        changed = False
        if written and (profile is None or profile.chat_lang != written):
            self.store.set_chat_lang(chat_id, written)
            changed = True
        # and the script, as `reply_to_text` keeps it: "我想报名选角日" after a question in
        # Traditional characters gets the form in Simplified
        traditional = to_simplified(text)[1]
        script = None if traditional is None else ("hans", "hant")[traditional]
        if written == "zh" and script and (profile is None or (profile.zh_script != script and not profile.zh_script_chosen)):
            self.store.set_zh_script(chat_id, script)
            changed = True
        return self.store.profile(chat_id) if changed else profile

    def note_event(self, chat_id: int, event_id: str) -> None:
        """Put an event in focus as if it had just been answered: a form started by "sign us up
        for the open day" lets "is it online?", asked in the middle of it, refer to that event."""
        now = self.clock()
        memory = self.memory.load(chat_id, now)
        self.memory.save(chat_id, memory.after(focus=f"event:{event_id}", subject="events"), now)

    def note_work(self, chat_id: int, work_id: str) -> None:
        """Put a catalogue title in focus as if its card had just been answered: a form started by
        "we'd like to distribute Die Another Take in Peru" lets "who handles that title?", asked
        in it or after leaving it, refer to that title."""
        now = self.clock()
        memory = self.memory.load(chat_id, now)
        self.memory.save(chat_id, memory.after(focus=f"work:{work_id}", subject="catalog"), now)

    def note_unstaffed(self, chat_id: int, subject: str) -> None:
        """A request for a person was noted with no staff chat to post it to (the partner was given
        the team's address instead): later "when will they get back to me?" says so again."""
        now = self.clock()
        memory = self.memory.load(chat_id, now)
        self.memory.save(chat_id, memory.after(unstaffed=subject), now)

    def turn(self, chat_id: int, profile: Profile | None, text: str = "") -> Turn:
        """A turn for a transport's own flows (the inquiry form): the current knowledge
        snapshot, the partner's language, the injected clock, and the entities named in
        `text` (sets, eras, events...)."""
        kb = self.knowledge.current
        now = self.clock()
        simplified = to_simplified(text)[0]  # the index and the classifier read Simplified
        entities = tuple(self.entity_index(kb).find(simplified)) if text else ()
        # The intent the classifier reads in it: a form tells an answer to its question from
        # a question of the partner's own ("what's the A.R.C system?", "좋은 하루 보내세요").
        prediction = self.classifier.predict(simplified) if text else None
        intent = None if prediction is None or prediction.fallback else prediction.intent
        return Turn(kb=kb, lang=self.profile_lang(profile), chat_id=chat_id, store=self.store,
                    now=now, home_tz=self.home_tz, profile=profile, text=text,
                    intent=intent, confidence=float(prediction.confidence) if prediction else None,
                    entities=entities, staff_lang=self.staff_lang,
                    focus=self.memory.load(chat_id, now).focus)

    def entity_index(self, kb) -> EntityIndex:
        """One entity index (and FAQ selector) per knowledge version, rebuilt lazily after a reload."""
        return self.understander.indexes(kb)[0]

    def _turn(self, chat_id: int, profile: Profile | None, lang: Lang, **kw) -> Turn:
        return Turn(kb=self.knowledge.current, lang=lang, chat_id=chat_id, store=self.store,
                    now=self.clock(), home_tz=self.home_tz, profile=profile,
                    staff_lang=self.staff_lang, **kw)

    @staticmethod
    def profile_lang(profile: Profile | None) -> Lang:
        return partner_locale(profile).lang

    def warm(self) -> None:
        """Build now what reading the first messages would otherwise build on first use (call it
        in a worker thread once the bot is ready, and after a reload): the reading vocabulary of
        the knowledge (~0.5 s), the tables of fact, gap and action patterns, and each language's
        slang pattern (~70 ms each). Read-only: `understand` writes nothing and embeds nothing,
        so no answer can differ; it only moves those costs off partners' first messages."""
        kb = self.knowledge.current
        coverage.vocabulary(kb)
        # The knowledge version's tables of every title's plot words and every event's name
        # terms (~0.5 s and ~0.3 s of CPU at 100x the knowledge, a few ms at the shipped size):
        # built by the first message that needs them otherwise, which was a slow reply (perf9).
        known = SimpleNamespace(kb=kb)
        catalog.plot_index(known)
        router.event_terms(known)
        locations.era_words(known)  # each era's words, as a genre's words are read for one (perf19)
        router.warm_patterns()
        import core.spanish_articles  # noqa: F401 (Spanish articles of names: imported by the first one written)
        ics.warm(next(iter(kb.events.values()), None))  # icalendar, imported by the first calendar file (perf20)
        for text in WARM_UP:
            self.understander.understand(read_as_standard(text)[0], kb)
        warm_variants()  # Latin text in no language told apart (WARM_UP's are each in one)
        warm_korean_spacing()  # the word vocabulary unspaced Korean is cut with
        timezones.warm()  # the tzdata and CLDR tables of places and clocks
        lexicon.other_language_named("")  # the CLDR names of languages we do not work in (~50 ms)
        self.second_opinion.index(self._turn(0, None, "en"))  # the exemplars' keys checked (~1 s)

    def understand(self, text: str) -> Understanding:
        """The typed reading of one message against the current knowledge."""
        return self.understander.understand(text, self.knowledge.current)

    def reply_to_text(self, chat_id: int, text: str, profile: Profile | None) -> Reply:
        said = (text or "").strip()[:MAX_TEXT]
        # a long message is read for the question it closes with (cut there, not at MAX_TEXT)
        written = lexicon.closing_question((text or "").strip())[-MAX_TEXT:]
        text, traditional = read_as_standard(written)
        if (cut := lexicon.someone_there_dropped(text)) is not None and (
                timezones.city_alone(cut) is not None or timezones.cities_alone(cut)):
            text = cut  # "那洛杉磯呢？我同事在那邊": the city's follow-up, who is there being why it is asked
        kb = self.knowledge.current
        now = self.clock()
        # each text (the message, its rest, its parts) read once this turn (`Readings`)
        read = Readings(self.understander, kb)
        u = read(text)
        traditional = script_beside_names(written, text, u, traditional)
        switched = u.switch_lang is not None  # a language asked in words, even where the rest is then read alone
        memory = self.memory.load(chat_id, now)
        if u.records() and not u.switch_lang and (later := lexicon.past_context_dropped(text)) is not None:
            # "We shot at the Ming-Qing palace in 2025. Now 1930s gangsters: which set?": the partner's
            # past is context, the question after it names what is asked (fixO18)
            asked = read(later)
            if asked.filters or asked.records():
                text, u = later, asked
        if not u.switch_lang and memory.answer and not u.records() and u.ordinal is None and lexicon.for_someone_else(said) \
                and (wanted := lexicon.version_language(text)) in LANGS and lexicon.VERSION_WORDS.search(fold(text)) \
                and not (memory.focus or "").startswith("work:") and not (memory.answer or "").startswith(("list:works", "work:")):
            # "能给我一个英文版吗？发给我荷兰同事看" after a team's card: that answer's English version
            # for the colleague (a title's versions are asked only of a title)
            u = replace(u, switch_lang=wanted, rest="")
        # "¿y en inglés?" after a title's languages: whether that version exists, no switch
        version_again = bool(u.switch_lang) and lexicon.version_asked_again(text, memory.answer)
        # "그거 한국어로도 나와?", "does it come in Korean too?" with a title in focus: whether that
        # version exists (its languages, yes or no first), no switch of the reply's language
        version_of = memory.focus if (u.switch_lang and not version_again and (memory.focus or "").startswith("work:")
                                      and lexicon.version_language(text) and lexicon.yes_no(text)
                                      and lexicon.VERSION_WORDS.search(fold(text)) and not lexicon.RESEND_WORDS.search(fold(text))
                                      and not lexicon.for_someone_else(said)
                                      # ("sigo en español: ¿tiene versión en portugués?": the version asked
                                      # is Portuguese, Spanish is the reply's language)
                                      and not lexicon.other_language_named(text)) else None
        if u.switch_lang and not version_again and version_of is None and (memory.answer or "").startswith("work:") \
                and lexicon.language_named_alone(said):
            # "Spanish?", "韩语", "스페인어" right after a title's card: whether the title comes in it
            # (its languages), no switch; "in Spanish please" says more and still switches
            version_of = memory.answer.partition("#")[0]
        version_again = version_again or version_of is not None
        served = False
        # "is it in English?", "영어로 설명해 주나요?" right after an event: its language (`_event_language`)
        held_in = bool(u.switch_lang) and lexicon.event_language_of_focus(text, memory.focus)
        # "¿ella habla español?" after Mary Lynn's card: whether she does, no switch (fixI17)
        held_in = held_in or (bool(u.switch_lang) and lexicon.person_language_asked(text, memory.focus, u.records()))
        # "does she need to speak Mandarin?" after the casting day: the actors' language, no switch (fixN18)
        held_in = held_in or (bool(u.switch_lang) and lexicon.actor_language_asked(text, memory.focus, memory.answer, u.records()))
        # "just the ones in Spanish please", "solamente los que vienen en inglés" right after a list
        # of titles: that list narrowed to the language, no switch (fixI17)
        held_in = held_in or (bool(u.switch_lang) and (memory.answer or "").startswith("list:works")
                              and lexicon.ONLY_THOSE.search(fold(to_simplified(text)[0])) is not None)
        if version_again or held_in:
            u = replace(u, switch_lang=None, rest="")
        elif u.switch_lang and u.switch_lang == u.written == partner_locale(profile, written=u.written).lang \
                and u.switch_lang == (memory.lang or partner_locale(profile).lang) \
                and u.rest and any(ch.isalnum() for ch in u.rest):
            # (answered in it before this message too: "OK thanks, can you also tell me what HISDA is
            # in English?" in a Spanish conversation asks for English, whatever it is written in)
            # "说明会是几号？用中文说一下日期", "한국어로 상담 가능한가요?" written in the language they are
            # answered in already: nothing to switch; the rest is what is asked (how they can be
            # served in their language is the languages FAQ)
            rest = read(u.rest)
            served = (rest.intent in ("set_language", "help") or rest.fallback) and "languages" in kb.faq
            if rest.intent == "thanks" and not rest.records():
                # "please send in English only, thank you": the request alone, confirmed
                pass
            else:
                u, text = (rest, u.rest) if not served else (replace(u, switch_lang=None, rest=""), text)
        # Answered in the language the partner chose (/language, or asked for in words: it holds
        # until they ask otherwise), else the one this message is written in; a message too short
        # to tell ("recuérdamelo", "👍") in the one they have been writing in, else Telegram's.
        lang = partner_locale(profile, written=u.written, asked=u.switch_lang,
                              written_traditional=traditional).lang
        if u.written is None and not u.switch_lang and not (profile and profile.language) and english_goodbye(said):
            lang = "en"  # "thanks, bye!" from a partner who wrote Korean: answered in English, the chat's language kept
        # "Hallo, welche Drehorte habt ihr?": a language we do not answer in, said so in English
        # (the chat's language is not moved to the English or Spanish the model half read in it)
        foreign = other_language(said) if not u.switch_lang else None
        if u.written and not u.switch_lang and foreign is None and (profile is None or profile.chat_lang != u.written):
            self.store.set_chat_lang(chat_id, u.written)
        # Only a message whose characters tell the script changes the remembered one.
        script = None if traditional is None else ("hans", "hant")[traditional]
        if u.written == "zh" and script and (profile is None or (profile.zh_script != script and not profile.zh_script_chosen)):
            self.store.set_zh_script(chat_id, script)
        turn = Turn(kb=kb, lang=lang, chat_id=chat_id, store=self.store, now=now,
                    home_tz=self.home_tz, profile=profile, text=u.rest if u.switch_lang else text,
                    intent=u.intent, confidence=u.confidence, entities=u.entities,
                    staff_lang=self.staff_lang, said=said, written=u.written, said_zone=memory.zone,
                    said_city=memory.city, city_zone=memory.zone, focus=memory.focus, last_answer=memory.answer)
        if log.isEnabledFor(logging.INFO):  # the entity list is built only when it is logged
            log.info("chat=%s lang=%s intent=%s conf=%.2f fallback=%s fact=%s faq=%s entities=%s",
                     chat_id, lang, u.intent, u.confidence, u.fallback, u.fact, u.faq,
                     [(e.kind, e.id) for e in u.entities])
        kind, _, rid = (version_of or memory.answer or "").partition("#")[0].partition(":")
        version = facts.answer(turn, kind, rid, "languages") if version_again else None
        script_asked = preferences.script_asked(said) if not version_again and not held_in else None
        if version is not None:
            reply = version
        elif foreign is not None:
            reply = Reply(text=t("other_language", "en"), lang="en", buttons=topic_menu("en"),
                          answer="lang:unsupported", outcome="answered")
        elif script_asked is not None:
            # "請問之後可以用繁體字回覆我嗎", "改回简体": yes, in that script from now on
            reply = preferences.set_script(turn, script_asked)
        elif served:
            reply = faq_reply(turn, "languages")
        elif u.switch_lang:
            reply = self.switch_language(turn, u, memory, read)
        else:
            understand = read
            reply = self.router.route(turn, u, memory, understand)
            reply = self.router.each_ask(turn, u, memory, reply, understand)
            reply = self.router.detail_read_as_a_list(turn, u, memory, reply)
            reply = router.alliance_running_told(turn, u, reply)  # ("HISDA는 누가 운영해요?": who runs it too)
            reply = catalog.back_to_list(reply, memory.answer, memory.items)
            reply = catalog.coproduce_of_focus(turn, reply, memory.focus)
            reply = catalog.interest_in_words(turn, reply, memory.focus, unseen=u.ordinal is not None)
            reply = router.ordinal_of_older_list(turn, u, memory, reply)  # ("the first one", turns after the list)
            reply = self.pending_asked(turn, u, memory, reply, read)  # (a name answering "which one?")
            if not switched:  # "…when the festival is, in English?": the router's reading of the rest stands
                reply = self.second_opinion.review(turn, u, reply, memory)
                reply = self.second_opinion.fact_of_card(turn, u, reply)
                reply = self.second_opinion.clear_vote(turn, u, reply, memory)
        reply.intent, reply.confidence = u.intent, u.confidence
        reply.text = without_repeats(reply.text)  # each thing once, however the parts were joined
        reply.answer = reply.answer or "fallback"
        reply.outcome = reply.outcome or "answered"
        self.memory.save(chat_id, remember(memory, reply, text, events.names_said(kb, u.entities)
                                                   + events.venues_answered(kb, reply.answer),
                                                   resent=switched or version is not None), now)
        return reply

    def pending_asked(self, turn: Turn, u: Understanding, memory: Memory, reply: Reply,
                      understand: Callable[[str], Understanding]) -> Reply:
        """The partner answers "which one do you mean?" with one of the items' names ("Ancestral",
        "灶王爷辞职了"): the question still owed ("who's the contact for that one?") answered of that
        one, not its card (fixK18). Any other reply stands."""
        if not memory.clarified or not memory.unanswered or u.fact or u.facts or u.wants_person or u.action \
                or u.switch_lang or u.ordinal is not None:
            return reply
        named = [f"{kind}:{rid}" for kind, rid in u.records() if f"{kind}:{rid}" in memory.items]
        head = (reply.answer or "").partition("#")[0]
        picked = named[0] if len(set(named)) == 1 else head if reply.answer == head and head in memory.items else None
        if picked is None:
            return reply
        again = understand(memory.unanswered)
        asked = replace(turn, text=memory.unanswered, intent=again.intent, entities=again.entities)
        before = memory.after(focus=picked, items=(), clarified=False, answer=picked, item_fact=None, unanswered=None)
        told = self.router.route(asked, replace(again, refers=True), before, understand)
        if (told.answer or "fallback").startswith(("clarify", "fallback", "out_of_scope", "list:", "smalltalk")):
            return reply
        return told

    def switch_language(self, turn: Turn, u: Understanding, memory: Memory,
                        understand: Callable[[str], Understanding] | None = None) -> Reply:
        """"In English please": answer in that language from now on and say so in one line (only
        this answer when it is for someone else: "send that in English for my partner"); answer
        the rest of the message if it asks something ("in English please, and when is it?"),
        else re-send the last answer in that language. The reason given ("it's for my colleague",
        "我转给海外同事") is no question (see `lexicon.FORWARD`)."""
        lang = u.switch_lang
        assert lang is not None
        # A copy for someone else ("...for my partner") leaves the partner's language as it was:
        # their next message, in their own language, is answered in it.
        once = lexicon.for_someone_else(turn.said or "")
        # "from now on in English", or a choice already made that way (/language): it holds
        # whatever they write in. A plain "in English please" only changes the language they are
        # taken to write in: short messages and buttons follow it, and their next clear sentence
        # in another language is answered in that one (the rule of `partner_locale`).
        explicit = lexicon.asked_for_good(turn.said or "") or bool(turn.profile and turn.profile.language)
        if once:
            done = t("language_once", lang)
        elif explicit:
            self.store.set_language(turn.chat_id, lang)
            done = t("language_set", lang)
        else:
            self.store.set_chat_lang(turn.chat_id, lang)
            done = t("language_follow", lang)
        understand = understand or Readings(self.understander, turn.kb)
        # (an order for good in the language the last answer was in already, "앞으로 한국어로만 답해
        # 주세요" in Korean, changes no answer: nothing is re-sent; "English version please" is a re-send)
        same = memory.lang == lang and lexicon.asked_for_good(turn.said or "")
        named = self.list_named(turn, memory) or self.named_again(turn, memory)
        spoken = self.record_requested(turn, u)
        again = None if same else (spoken or named or self.resend(turn, memory, understand))
        reply = None
        kind, _, rid = (memory.focus or "").partition(":")
        # ("back to English. the third one, what scenes?": the third of the list, not the focus)
        focus_fact = facts.first_fact(kind, u.facts) if memory.focus and not u.records() and u.refers \
            and u.ordinal is None else None
        if u.rest and any(ch.isalnum() for ch in u.rest) and focus_fact:
            # "which eras does that one cover, in English please?": that fact of the record in focus
            reply = facts.answer(turn, kind, rid, focus_fact)
        if reply is None and u.rest and any(ch.isalnum() for ch in u.rest):
            # "vale, volvemos al español. ¿tenéis algo de vampiros?", "請用中文回答。有恐怖片嗎？": the rest
            # read as if written alone (the request's words are gone from it), as a fresh message is;
            # what that reading cannot place is read again as the rest of a request
            reply = self.router.route(turn, replace(u, switch_lang=None, rest=""), memory, understand)
            if reply.outcome in ("smalltalk", "fallback", "out_of_scope") or reply.answer in ("fallback", "out_of_scope") \
                    or (reply.outcome == "gap" and _only_for_whom(u.rest)):
                # ("Put that in Korean for my colleague, would ya?": "for my colleague, would ya?" alone
                # asks nothing; a gap found for it is the record in focus, not a question)
                reply = self.router.route(turn, u, memory, understand)
            if again is not None and (reply.outcome in ("smalltalk", "fallback") or again.answer and (
                    again.answer == reply.answer or again.answer.startswith(f"{reply.answer}#"))):
                reply = None  # "in English please, thanks!", "...it": nothing beyond the re-sent answer
        if reply is not None:
            # "ok back to English pls. how much per day for the palace set?": the question is what
            # the partner wants now; the last answer is re-sent only when nothing else is asked
            return reply.model_copy(update={"text": f"<i>{esc(done)}</i>\n\n{reply.text}", "lang": lang})
        if again is None:
            return Reply(text=done, lang=lang, answer="pref:language", outcome="action")
        return again.model_copy(update={"text": f"{again.text}\n\n<i>{esc(done)}</i>", "lang": lang})

    def record_requested(self, turn: Turn, u: Understanding) -> Reply | None:
        """The one record the language request itself names, in `turn.lang`: "could you send me
        the Ten Days in October details in Spanish?", "mándame la ficha de Eclipse over Qin en
        inglés", "把《十月十日》的介绍用西班牙语发我", "Eclipse over Qin 작품 소개 영어로 보내 주세요":
        that record's card, whatever was answered last (the request's words leave no question
        in `rest`). None when it names no record, or more than one."""
        if u.rest and any(ch.isalnum() for ch in u.rest):
            return None  # a question beside the request is routed as such
        found = self.entity_index(turn.kb).find(turn.said or "")
        records = list(dict.fromkeys((e.kind, e.id) for e in found if e.kind in ("work", "event", "location", "partner",
                                                                                 "program", "incentive")
                                     and (e.kind, e.id) != ("partner", "hengdian_world_studios")))
        if len(records) != 1:
            return None
        kind, rid = records[0]
        return from_key(replace(turn, last_answer=None, text=""), f"{kind}:{rid}")

    @staticmethod
    def named_again(turn: Turn, memory: Memory) -> Reply | None:
        """The record the request names, sent again in `turn.lang`, when the last answer was about
        something else ("把刚才的景区介绍用英文发一份" after a price gap about the set in focus: that
        set's card, not the gap; "이 작품 소개를 영어로" after the title's contact: the title's card).
        The record is the one talked about (`focus`), the one whose contact is open (`owner`) or
        the one before (`earlier`), the first of them of the kind named; a description named
        alone ("the description", "介绍", "소개") is of the first of them that is a record. None when
        the last answer already is that record, or nothing is named."""
        kinds, described = lexicon.resent_kinds(turn.said or "")
        if not kinds and not described:
            return None
        answer = memory.answer or ""
        # ("send the list of events in Spanish", "이 작품들 영어로": the list shown, sent again as it was)
        listed = answer.removeprefix("list:").partition("?")[0].rstrip("s")
        for held in (memory.focus, memory.owner, memory.earlier):
            key = (held or "").partition("#")[0]
            kind = key.partition(":")[0]
            if not key or kind not in lexicon.RESENT_KIND or (kinds and kind not in kinds):
                continue
            if answer == key or answer.startswith(f"{key}#") and not described \
                    or answer.startswith("list:") and listed == kind and not described:
                return None  # the last answer is of it already: sent again as it was
            return from_key(replace(turn, last_answer=None, text=""), key)
        return None

    def list_named(self, turn: Turn, memory: Memory) -> Reply | None:
        """"Could you send that sci-fi list in Spanish?", "mándame esa lista de misterio en inglés",
        "把那个悬疑片单发英文版", "미스터리 목록 영어로 보내 줘" when the last answer was something
        else (a weather gap after the list): the list named, by the genre it says, sent again,
        not the last answer. None when no list and genre are named or the last answer is a list."""
        said = turn.said or ""
        if (memory.answer or "").startswith("list:") or not LIST_NAMED.search(fold(said)):
            return None
        genres = list(dict.fromkeys(e.id for e in self.entity_index(turn.kb).find(to_simplified(said)[0]) if e.kind == "genre"))
        if len(genres) != 1:
            return None
        shown = (memory.items or memory.before or ("work:",))[0].partition(":")[0]
        if shown != "work" or not catalog.works_for(turn, genres[0]):
            return None  # (the titles' lists are the ones a genre names)
        return catalog.page(replace(turn, last_answer=None, text=""), genres[0], 1)

    def resend(self, turn: Turn, memory: Memory,
               understand: Callable[[str], Understanding] | None = None) -> Reply | None:
        """The chat's last answer again, in `turn.lang`: from its key, else by answering the
        message that produced it once more; None if there was none."""
        # the same answer again, all of it, as it was given to the message that asked it (the
        # request to re-send, "could you put that in Spanish?", is no yes/no question it answers)
        turn = replace(turn, last_answer=None, text=memory.asked or "")
        reply = from_key(turn, memory.answer or "") if memory.answer else None
        if reply is None and memory.asked:
            understand = understand or Readings(self.understander, turn.kb)
            again = understand(memory.asked)
            # answered as it was: without the list it produced to pick from ("who are your
            # partners?" again is the list, not "which of them?")
            asked = replace(turn, text=memory.asked, intent=again.intent, entities=again.entities)
            reply = self.router.route(asked, again, memory.after(items=()), understand)
            if reply.outcome == "fallback" and memory.items:
                # a question about the list itself ("墨西哥城时间是几点？" after a list of events:
                # that list in Mexico City's time) is asked again of that list
                reply = self.router.route(asked, again, memory, understand)
        return reply

    def reply_to_button(self, chat_id: int, data: str | None, profile: Profile | None) -> Reply:
        lang = self.profile_lang(profile)
        cb = decode(data)
        # (with the city named in the conversation: "Remind me" under an answer that showed times
        # in Bogotá confirms them in Bogotá too)
        memory = self.memory.load(chat_id, self.clock())
        turn = self._turn(chat_id, profile, lang, said_zone=memory.zone, said_city=memory.city,
                          city_zone=memory.zone)
        if cb is None:
            return Reply(text=t("stale_button", lang), lang=lang, buttons=topic_menu(lang),
                         toast=t("stale_button", lang))
        if cb.action == "menu":
            section = MENU_SECTIONS.get(cb.arg(0))
            if section is None:
                return Reply(text=t("menu_title", lang), lang=lang, buttons=topic_menu(lang))
            reply = section(turn)  # remembered as any list is: "the second one" picks from it
        else:
            handler = self.buttons.get(cb.action)
            if handler is None:
                return Reply(text=t("stale_button", lang), lang=lang, buttons=topic_menu(lang))
            reply = handler(turn, cb)
        acted = reply.outcome == "action" or not reply.answer  # a toggle, a reminder, a file, /forget
        if not acted:
            memory = self.memory.load(chat_id, turn.now)
            self.memory.save(chat_id, remember(memory, reply, ""), turn.now)
        elif cb.arg(0) in turn.kb.events:
            # "Remind me" or "Add to calendar" on an event: the partner is now talking about it
            # ("이거 영어로도 보내 줄 수 있어요?" re-sends that event, not the list it was on)
            memory = self.memory.load(chat_id, turn.now)
            event = f"event:{cb.arg(0)}"
            # (a reminder set by its button keeps its Cancel button's data, as one asked in words does:
            # "mejor ponme el festival entero en vez de la noche" next moves it; fixO18)
            undo = next((b.data for row in reply.buttons for b in row if b.data and b.data.startswith(encode("rem", "-"))), None)
            self.memory.save(chat_id, memory.after(focus=event, subject="events", answer=event,
                                                   pending=(undo,) if undo else memory.pending), turn.now)
        return reply

    def said_zone(self, chat_id: int) -> str | None:
        """The zone of the city the partner named in the conversation ("somos de Bogotá"), if any."""
        return self.memory.load(chat_id, self.clock()).zone

    def said_city(self, chat_id: int) -> str | None:
        """That city as the partner wrote it ("Rosario" in Buenos Aires' zone), if any."""
        return self.memory.load(chat_id, self.clock()).city

    def reply_to_command(self, chat_id: int, command: str, arg: str,
                         profile: Profile | None) -> Reply:
        """`/start [section]`, `/help` and the subject commands."""
        lang = self.profile_lang(profile)
        turn = self._turn(chat_id, profile, lang, text=arg)
        if command == "start":
            section = MENU_SECTIONS.get(arg.strip().lower())
            if section:
                return section(turn)
            sep = "，" if lang == "zh" else ", "
            name = f"{sep}{esc(profile.first_name)}" if profile and profile.first_name else ""
            if name and lang == "ko":
                name += " 님"  # "안녕하세요, 김민준 님!": a Korean greeting never says a bare name
            return Reply(text=t("welcome", lang, name=name), lang=lang, buttons=topic_menu(lang))
        if command == "help":
            return self.intents["help"](turn)
        if command == "language":
            named = preferences.named_language(arg) or (arg.strip().lower() if arg.strip().lower() in ("en", "es", "zh", "ko") else None)
            return preferences.set_language(turn, named) if named else preferences.language_menu(turn)  # type: ignore[arg-type]
        if command == "timezone":
            return preferences.timezone(turn, arg)
        if command in MENU_SECTIONS:
            return MENU_SECTIONS[command](turn)
        if command in self.commands:
            return self.commands[command](turn)
        # "/stop", "/unsub": a command of no menu that says an action in its word (stop: the news
        # turned off) does it, in the chat's language; any other unknown command, a staff command
        # of someone who is not staff among them, gets the one "didn't catch that" menu
        worded = self.reply_to_text(chat_id, " ".join(filter(None, (command, arg))), profile) \
            if command.isalpha() else None
        if worded is not None and worded.outcome == "action":
            return worded
        return Reply(text=t("fallback", lang), lang=lang, buttons=topic_menu(lang))


# Whom the re-sent answer is for and a polite tag, nothing asked ("for my colleague, would ya?",
# "para mi socio, porfa", "发给我荷兰同事看", "동료한테 보여 주게요"): the rest of a language switch that
# asks no question of its own
_FOR_WHOM = re.compile(
    r"\b(for|to) (my|our|the) (\w+ ){0,2}(colleagues?|partners?|boss|team|client|producers?|director|friend|coworkers?|mates?)\b"
    r"|\b(would|will|could|can) (ya|you|u)\b|\b(please|pls|plz|thanks|thx|cheers|mate)\b"
    r"|\bpara (mi|mis|nuestro|nuestra|nuestros|el|la) (\w+ )?(socio|socia|socios|colega|colegas|jefe|jefa|equipo|cliente|productor|productora|director|directora)\b"
    r"|\b(porfa|porfis|por favor|gracias|plis)\b"
    # friends and family ("for my roomate", "pa' mi pana que ta' aprendiendo", "给我室友看", "룸메한테"),
    # and that they are learning the language (the reason, no question)
    r"|\b(for|to) (my|our|the) (\w+ ){0,2}(room ?mates?|roomates?|roomies?|buddy|buddies|pals?|cousins?|wife|husband|girlfriend|boyfriend"
    r"|sisters?|brothers?|mum|mom|dad|son|daughter|classmates?|teammates?|kids?|flatmates?|housemates?|neighbou?rs?)\b"
    r"|\b(who'?s|who is|that'?s|since (he|she|they)'?s|(he|she)'?s|they'?re) (learning|studying)( it| the language| \w+)?\b"
    r"|\b(pa'?|para) (mi|mis|el|la) (\w+ )?(panas?|amig[oa]s?|compas?|companer[oa]s?|prim[oa]s?|herman[oa]s?|novi[oa]|espos[oa]|hij[oa]s?|vecin[oa]s?|parceros?|cuates?|chamos?)\b"
    r"|\bque (esta|ta'?|anda|estan|andan|tan) (aprendiendo|estudiando)( \w+)?\b"
    r"|(发|發|转|轉)?给(我|我们)?(的)?(朋友|同学|同學|室友|表弟|表妹|表哥|表姐|弟弟|妹妹|哥哥|姐姐|老婆|老公|女朋友|男朋友)(看)?|(他|她)在学(中文|英语|西语|韩语)"
    r"|(친구|룸메|룸메이트|동생|형|누나|언니|오빠|사촌|남친|여친|와이프|남편)(한테|에게)( 보여)?( 주게요| 줄게요| 보내게요)?|(배우는|공부하는) 중이(라서|라|에요)"
    r"|(发|發|转|轉)?给(我|我们)?(的)?[\u4e00-\u9fff]{0,4}(同事|伙伴|夥伴|老板|老闆|团队|團隊|客户|客戶|导演|導演)(看)?|谢谢|謝謝|麻烦了|麻煩了"
    r"|(동료|파트너|상사|팀|팀원|대표님|감독님|고객)(한테|에게|분께|께)( 보여)?( 주게요| 줄게요| 드리게요| 보내게요)?|부탁(해요|드려요|합니다)|감사(해요|합니다)")


def _only_for_whom(rest: str) -> bool:
    """Is the rest of a language switch only whom it is for and a polite tag (`_FOR_WHOM`)?"""
    left = _FOR_WHOM.sub(" ", fold(rest))
    return bool(_FOR_WHOM.search(fold(rest))) and not any(ch.isalnum() for ch in left)
