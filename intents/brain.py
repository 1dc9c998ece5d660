"""Understand a message or a button press and route it to the handler that answers it.

The same `Brain` serves Telegram, the console chat and the tests. Every request takes one
knowledge snapshot (`knowledge.current`) and uses it throughout, so a reload in the middle
of a request can never mix two versions.
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import datetime, timezone
from typing import Callable, Protocol
from zoneinfo import ZoneInfo

from core.i18n import Lang, pick_lang
from core.store import Profile, Store
from intents import catalog, contact, events, incentives, locations, preferences, programs
from intents.callbacks import Callback, decode
from intents.entities import EntityIndex
from intents.menu import topic_menu
from intents.nlu.language import detect
from intents.reply import Reply, esc
from intents.texts import t
from intents.turn import Turn

log = logging.getLogger(__name__)

MAX_TEXT = 2000  # longer messages are read up to here; nobody's question needs more
SMALL_TALK = {"greet", "thanks", "goodbye"}
# Where a greeting ends and the request begins: "Hello! We are a Mexican producer and ...".
CLAUSES = re.compile(r"[.!?。！？\n]+|[,，、]")
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
    "loc": locations.on_button, "map": locations.on_button,
    "inc": incentives.on_button,
    "cat": catalog.on_button, "work": catalog.on_button, "int": catalog.on_button,
    "ev": events.on_button, "evs": events.on_button, "ics": events.on_button,
    "prog": programs.on_button, "prt": programs.on_button,
    "lang": preferences.on_button, "tz": preferences.on_button,
    "ask": contact.ask_person,
}

# A message the classifier is unsure about, but that names something from the knowledge
# base, goes to that thing's subject.
ENTITY_SUBJECT = {"location": "ask_locations", "era": "ask_locations", "scene_type": "ask_locations",
                  "work": "ask_catalog", "genre": "ask_catalog", "event": "ask_events",
                  "program": "ask_programs", "partner": "ask_partners", "incentive": "ask_incentives"}

MENU_SECTIONS: dict[str, Answer] = {"locations": locations.answer, "programs": programs.programs,
                                    "partners": programs.partners, "events": events.answer,
                                    "catalog": catalog.answer, "incentives": incentives.answer,
                                    "contact": contact.answer}


class Brain:
    def __init__(self, knowledge: HasSnapshot, classifier: Classifier, store: Store,
                 home_tz: ZoneInfo, clock: Callable[[], datetime] | None = None) -> None:
        self.knowledge = knowledge
        self.classifier = classifier
        self.store = store
        self.home_tz = home_tz
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.intents = dict(INTENTS)
        self.buttons = dict(BUTTONS)
        self.commands: dict[str, Answer] = {}
        self._entities: tuple[str, EntityIndex] | None = None
        self._lock = threading.Lock()

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
        if written and (profile is None or profile.chat_lang != written):
            self.store.set_chat_lang(chat_id, written)
            return self.store.profile(chat_id)
        return profile

    def turn(self, chat_id: int, profile: Profile | None, text: str = "") -> Turn:
        """A turn for a transport's own flows (the inquiry form): the current knowledge
        snapshot, the partner's language, the injected clock, and the entities named in
        `text` (sets, eras, events...)."""
        kb = self.knowledge.current
        entities = tuple(self.entity_index(kb).find(text)) if text else ()
        return Turn(kb=kb, lang=self.profile_lang(profile), chat_id=chat_id, store=self.store,
                    now=self.clock(), home_tz=self.home_tz, profile=profile, text=text,
                    entities=entities)

    def entity_index(self, kb) -> EntityIndex:
        """One entity index per knowledge version, rebuilt lazily after a reload."""
        with self._lock:
            if self._entities is None or self._entities[0] != kb.version:
                self._entities = (kb.version, EntityIndex.build(kb.terms()))
            return self._entities[1]

    def _turn(self, chat_id: int, profile: Profile | None, lang: Lang, **kw) -> Turn:
        return Turn(kb=self.knowledge.current, lang=lang, chat_id=chat_id, store=self.store,
                    now=self.clock(), home_tz=self.home_tz, profile=profile, **kw)

    @staticmethod
    def profile_lang(profile: Profile | None) -> Lang:
        return profile.conversation_lang if profile else pick_lang()

    def reply_to_text(self, chat_id: int, text: str, profile: Profile | None) -> Reply:
        text = (text or "").strip()[:MAX_TEXT]
        written = detect(text)
        lang = pick_lang(written, profile.language if profile else None,
                         profile.language_code if profile else None)
        if written and (profile is None or profile.chat_lang != written):
            self.store.set_chat_lang(chat_id, written)
        kb = self.knowledge.current
        prediction = self.understand(text)
        entities = tuple(self.entity_index(kb).find(text))
        intent, rescued = prediction.intent, False
        if prediction.fallback or intent == "out_of_scope":
            # An unsure (or off-topic) reading that names a set, an era, a work... is about
            # that subject: the names corroborate or correct the classifier.
            subject = next((ENTITY_SUBJECT[e.kind] for e in entities if e.kind in ENTITY_SUBJECT),
                           None)
            if subject:
                intent, rescued = subject, True
        turn = Turn(kb=kb, lang=lang, chat_id=chat_id, store=self.store, now=self.clock(),
                    home_tz=self.home_tz, profile=profile, text=text, intent=intent,
                    confidence=prediction.confidence, entities=entities)
        log.info("chat=%s lang=%s intent=%s conf=%.2f fallback=%s entities=%s", chat_id, lang,
                 prediction.intent, prediction.confidence, prediction.fallback,
                 [(e.kind, e.id) for e in entities])
        handler = self.intents.get(intent) if rescued or not prediction.fallback else None
        reply = handler(turn) if handler else self.from_search(turn)
        reply.intent, reply.confidence = intent, prediction.confidence
        return reply

    def understand(self, text: str):
        """Classify; if the message opens with small talk, let the request after it decide.

        Partners often write "Hi! We are a production company from Mexico and we'd like to
        shoot a Ming palace drama" — the greeting is not what they want answered.
        """
        prediction = self.classifier.predict(text)
        if prediction.intent not in SMALL_TALK:
            return prediction
        parts = [p.strip() for p in CLAUSES.split(text) if p.strip()]
        if len(parts) < 2:
            return prediction
        candidates = [self.classifier.predict(p) for p in (" ".join(parts[1:]), *parts[1:])]
        requests = [c for c in candidates
                    if not c.fallback and c.intent not in SMALL_TALK and c.intent != "out_of_scope"]
        return max(requests, key=lambda c: c.confidence) if requests else prediction

    def from_search(self, turn: Turn) -> Reply:
        """Unclear or off-topic: answer from the best-matching knowledge records, else fall back."""
        hits = turn.kb.search(turn.text, lang=turn.lang, limit=3) if len(turn.text) >= 2 else []
        for hit in hits:
            reply = self.record_reply(turn, hit.kind, hit.id)
            if reply is not None:
                reply.text = t("found_in_knowledge", turn.lang) + "\n\n" + reply.text
                return reply
        key = "out_of_scope" if turn.intent == "out_of_scope" else "fallback"
        return Reply(text=t(key, turn.lang), lang=turn.lang, buttons=topic_menu(turn.lang))

    def record_reply(self, turn: Turn, kind: str, record_id: str) -> Reply | None:
        kb = turn.kb
        if kind == "faq" and record_id in kb.faq:
            item = kb.faq[record_id]
            return Reply(text=f"<b>{esc(item.question.get(turn.lang))}</b>\n\n"
                              f"{esc(item.answer.get(turn.lang))}",
                         lang=turn.lang, buttons=topic_menu(turn.lang))
        details = {"location": (kb.locations, locations.detail),
                   "incentive": (kb.incentives, incentives.detail),
                   "event": (kb.events, events.detail),
                   "program": (kb.programs, programs.program_detail),
                   "partner": (kb.partners, programs.partner_detail)}
        if kind in details and record_id in details[kind][0]:
            records, render = details[kind]
            return render(turn, records[record_id])
        if kind == "work" and record_id in kb.works:
            return catalog.detail(turn, kb.works[record_id], catalog.ALL, 1)
        return None

    def reply_to_button(self, chat_id: int, data: str | None, profile: Profile | None) -> Reply:
        lang = self.profile_lang(profile)
        cb = decode(data)
        turn = self._turn(chat_id, profile, lang)
        if cb is None:
            return Reply(text=t("stale_button", lang), lang=lang, buttons=topic_menu(lang),
                         toast=t("stale_button", lang))
        if cb.action == "menu":
            section = MENU_SECTIONS.get(cb.arg(0))
            return section(turn) if section else Reply(text=t("menu_title", lang), lang=lang,
                                                       buttons=topic_menu(lang))
        handler = self.buttons.get(cb.action)
        if handler is None:
            return Reply(text=t("stale_button", lang), lang=lang, buttons=topic_menu(lang))
        return handler(turn, cb)

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
        return Reply(text=t("fallback", lang), lang=lang, buttons=topic_menu(lang))
