"""Console chat: the same Brain as the Telegram bot, in a terminal, for trying it in a minute.

Type a question in any of the four languages; `/start`, `/help` and the other commands work;
type a button's number to press it; `/quit` or Ctrl-D leaves.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import replace
from typing import TextIO
from zoneinfo import ZoneInfo

from bot.context import Services
from bot.features import Form, forms
from bot.render import to_console
from core.i18n import Lang, Locale, partner_locale, t
from core.questions import questions_of
from intents import handoff
from intents.callbacks import decode, encode
from intents.handoff_words import chases_reply, for_the_team, leaves_handoff
from intents.menu import ask_person_row
from intents.reply import Button, Reply, in_script
from intents.timezones import zone_said

TAG = re.compile(r"<[^>]+>")
TO_STAFF = "→ staff chat: "  # what Telegram would post in BOT_STAFF_CHAT_ID

CONSOLE_CHAT_ID = 1  # the console is one partner, with a profile like any other


def show(reply: Reply, out: TextIO, locale: Locale | None = None) -> list[Button]:
    reply = in_script(reply, locale)
    out.write(to_console(reply) + "\n")
    buttons = [b for row in reply.buttons for b in row]
    out.writelines(f"  [{i}] {button.label}" + (f" → {button.url}" if button.url else "") + "\n" for i, button in enumerate(buttons, 1))
    if reply.staff_note and reply.handoff is None:
        out.write("  " + TO_STAFF + reply.staff_note.replace("\n", "\n  " + " " * len(TO_STAFF))
                  + "\n")
    out.write("\n")
    return buttons


def handoff_preview(services: Services, reply: Reply, text: str, out: TextIO,
                    chat_id: int = CONSOLE_CHAT_ID) -> Reply:
    """What Telegram would do on a handoff: the partner's notice, and the staff post, shown as
    "→ staff chat: …" (the console has no staff chat, so nothing is stored or relayed)."""
    store, brain = services.store, services.brain
    profile = store.profile(chat_id)
    store.flush(2.0)  # the question log is written by the store's writer thread: let it catch up
    history = questions_of(store).recent(chat_id, handoff.HISTORY + 1)
    question = text if not text.startswith("/") and not text.isdigit() else (
        history[-1]["text"] if history else "")
    about = handoff.subject_label(services.knowledge.current, reply.handoff or "",
                                  services.settings.bot_staff_lang)
    said = brain.memory.load(chat_id, brain.clock()).zone  # the city they said they are in
    post = handoff.staff_post(0, about, handoff.who("Console", None, None, None,
                                                                 chat_id),
                              profile, reply.lang, question, history,
                              services.settings.bot_staff_lang, said_zone=said)
    out.write(TO_STAFF + to_console(Reply(text=post)).replace("\n", "\n" + " " * len(TO_STAFF))
              + "\n")
    return handoff.partner_reply(reply, services.knowledge.current, profile, brain.clock(),
                                 services.settings.tz, already_open=False, zone=said)


class ConsoleSession:
    """One console partner: routes a line (text, `/command`, or a pressed button's data) to the
    Brain, or to the form open (the features' `Form`s, `bot.features.forms`) — kept here, in
    memory, as Telegram keeps it in a persisted ConversationHandler. What would go to the staff
    chat comes back as the reply's `staff_note`."""

    def __init__(self, services: Services, chat_id: int = CONSOLE_CHAT_ID) -> None:
        self.services = services
        self.chat_id = chat_id
        self.forms = forms()
        self.form: dict | None = None  # the open form's state (`Step.form`)
        self.form_action: str | None = None  # which form it is (its button action)
        # the subject of the handoff the partner is in (as Telegram's open `Handoff`), and of the
        # one they left: "when will they answer?" after it is that team's reply time, as on
        # Telegram (`bot.handlers.handoff._answer_chase`), not "nobody has your question yet"
        self.handed: str | None = None
        self.left: str | None = None
        # notes for the staff chat besides a handoff's post (a form's answers left for a person)
        self.to_staff: list[str] = []

    def handed_off(self, subject: str) -> None:
        """A handoff was made (the console's preview of it): later chases are about it."""
        self.handed, self.left = subject, None

    def _chase(self, text: str) -> Reply | None:
        """"When will they answer? it's 4pm here in Lima" during (or right after leaving) a
        handoff: when the team replies, as Telegram says it."""
        subject = self.handed if self.handed is not None else self.left
        if subject is None or not chases_reply(text):
            return None
        services = self.services
        profile = services.brain.note_language(self.chat_id, text, services.store.profile(self.chat_id))
        lang = partner_locale(profile).lang
        # the city this message names, else the one named earlier in the conversation ("soy de Lima")
        said = zone_said(text) or services.brain.memory.load(self.chat_id, services.brain.clock()).zone
        line = handoff.chase_line(services.knowledge.current, subject, profile, services.brain.clock(),
                                  services.settings.tz, lang, left=self.handed is None,
                                  zone=ZoneInfo(said) if said else None)
        return Reply(text=line, lang=lang, buttons=handoff.back_buttons(lang) if self.handed is not None
                     else [ask_person_row(lang, subject)])

    def _said_zone(self) -> str | None:
        """The zone of the city the partner said they are in (`Memory.zone`), if any."""
        return self.services.brain.said_zone(self.chat_id)

    def _passed_on(self, text: str) -> Reply:
        """A message said to the team during a handoff ("tell them we shoot in March", "请转告他们…"):
        on Telegram it goes to the staff thread and the partner is told so
        (`bot.handlers.handoff.on_partner_message`); the console says the same."""
        services = self.services
        profile = services.brain.note_language(self.chat_id, text, services.store.profile(self.chat_id))
        lang = partner_locale(profile).lang
        line = handoff.relay_ack(services.knowledge.current, self.handed or "", profile, services.brain.clock(),
                                 services.settings.tz, lang, zone=self._said_zone())
        return Reply(text=line, lang=lang, buttons=handoff.back_buttons(lang))

    def _as_read(self, reply: Reply) -> Reply:
        """The reply as the partner reads it (Traditional Chinese converted): what the question
        log keeps, so a handoff post quotes the bot as it was read."""
        profile = self.services.store.profile(self.chat_id)
        return in_script(reply, profile.locale if profile else None)

    def _turn(self, text: str = ""):  # type: ignore[no-untyped-def]
        return self.services.brain.turn(self.chat_id, self.services.store.touch(self.chat_id), text)

    @property
    def _open(self) -> Form:
        return self.forms[self.form_action or next(iter(self.forms))]

    def _step(self, form: Form, step) -> Reply:  # type: ignore[no-untyped-def]
        self.form, self.form_action = step.form, form.action if step.form is not None else None
        if step.sent is not None:
            step.reply.staff_note = html.unescape(
                TAG.sub("", form.staff_summary(self._turn(), step.sent, "Console")))
        return step.reply

    def press(self, data: str) -> Reply:
        cb = decode(data)
        if cb is not None and cb.action == "hbk" and self.handed is not None:
            self.handed, self.left = None, self.handed  # "back to the assistant"
        form = self.forms.get(cb.action) if cb is not None else None
        if form is not None and cb is not None:
            if cb.arg(0) == "start":
                return self._step(form, form.begin(self._turn(), cb.arg(1) or None))
            if self.form is not None and (self.form_action in (None, form.action)):
                return self._step(form, form.on_button(self._turn(), self.form, cb))
        profile = self.services.store.touch(self.chat_id)
        return self._remind(self.services.brain.reply_to_button(self.chat_id, data, profile))

    def _hand_over(self, reply: Reply) -> Reply:
        """A person asked for ("talk to a person", 🙋) while a form is open: as on Telegram
        (`bot.handlers.inquiry._hand_over`), the form closes, the partner hears that what they
        typed goes along, and the staff thread gets those answers (`to_staff`, shown after the
        handoff's post)."""
        handed = self._open.handed_over if self.form is not None else None
        form, self.form, self.form_action = self.form, None, None
        if form is None or handed is None:
            return reply
        line, note = handed(self._turn(), form)
        if note is None:
            return reply
        self.to_staff.append(note)
        return reply.model_copy(update={"text": f"{reply.text}\n\n{line}"})

    def _remind(self, reply: Reply) -> Reply:
        """Another button or command while a form is open: say once that it still waits."""
        if self.form is not None and reply.handoff is not None:
            return self._hand_over(reply)
        if self.form is not None and not self.form.get("reminded"):
            self.form["reminded"] = True
            reply.text += "\n\n" + self._open.still_open(self._turn(), self.form).text
        return reply

    def say(self, text: str) -> Reply:
        brain, store = self.services.brain, self.services.store
        profile = store.touch(self.chat_id)
        if not text.startswith("/"):
            if self.handed is not None and leaves_handoff(text):
                self.handed, self.left = None, self.handed
            chased = self._chase(text)
            if chased is not None:
                questions_of(store).record(self.chat_id, text, self._as_read(chased))
                return chased
            if self.handed is not None and self.form is None and for_the_team(text):
                passed = self._passed_on(text)
                questions_of(store).record(self.chat_id, text, self._as_read(passed))
                return passed
        if text.startswith("/"):
            command, _, arg = text[1:].partition(" ")
            command = command.lower()
            for form in self.forms.values():
                if command == form.command:
                    return self._step(form, form.begin(self._turn(), arg.strip().lower() or None))
            if command == "cancel" and self.form is not None:
                return self.press(encode(self._open.action, "cancel"))
            return self._remind(brain.reply_to_command(self.chat_id, command, arg, profile))
        if self.form is not None:
            step = self._open.on_text(self._turn(text), self.form, text)
            if not getattr(step, "aside", False):
                return self._step(self._open, step)
            # The partner's own question while the form waits: answered, and the form's note
            form, self.form = self._open, step.form
            reply = brain.reply_to_text(self.chat_id, text, profile)
            questions_of(store).record(self.chat_id, text, self._as_read(reply))
            if reply.handoff is not None:  # a person asked for: the handoff takes over the form
                return self._hand_over(reply)
            if step.form is None:  # a second aside in a row: the form closed, with its one line
                self.form_action = None
                line = (form.set_aside(replace(self._turn(), lang=reply.lang)) if form.set_aside else step.reply).text
                return reply.model_copy(update={"text": f"{reply.text}\n\n{line}"})
            # the note in the language of the answer it is under (this message's), not the last one's
            note = self._open.still_open(replace(self._turn(), lang=reply.lang), step.form)
            return reply.model_copy(update={"text": f"{reply.text}\n\n{note.text}" if note.text else reply.text,
                                            "buttons": [*reply.buttons, *note.buttons]})
        offered = None
        for form in self.forms.values():
            arg = form.wants(text)
            if arg and form.answered_first is not None and form.answered_first(self._turn(text), arg):
                # "we'd like to co-produce a couple of mystery titles": those titles listed, the
                # form a button under them
                offered = (form, arg)
                break
            if arg:
                brain.note_language(self.chat_id, text, profile)
                step = form.begin(self._turn(text), arg, text)
                if step.form is not None and step.form["fields"].get("event"):
                    brain.note_event(self.chat_id, step.form["fields"]["event"])
                if step.form is not None and step.form.get("work_id"):
                    brain.note_work(self.chat_id, step.form["work_id"])
                return self._step(form, step)
        reply = brain.reply_to_text(self.chat_id, text, profile)
        if offered is not None and offered[0].offered is not None:
            reply = offered[0].offered(reply, offered[1])
        questions_of(store).record(self.chat_id, text, self._as_read(reply))
        if self.handed is not None and reply.handoff is None:
            return self._relayed(text, reply, partner_locale(profile).lang)
        return reply

    def _relayed(self, text: str, reply: Reply, lang: Lang) -> Reply:
        """A message during an open handoff goes to the team, as on Telegram
        (`bot.handlers.handoff.on_partner_message`): a question the bot answers confidently
        (`handoff.answers_alone`) is answered with the line that the team has it too; anything
        else ("成都星河映画", a company's name given after "please contact me") gets the line that
        it reached the team, never an out-of-scope answer: in the language the partner had before
        this message (a bare name, "Sunset Pictures, Lima", says no language), as Telegram's."""
        services = self.services
        if handoff.answers_alone(text, reply):
            return reply.model_copy(update={"text": reply.text + "\n\n" + t("handoff_bot_answered", reply.lang)})
        line = handoff.relay_ack(services.knowledge.current, self.handed or "", services.store.profile(self.chat_id),
                                 services.brain.clock(), services.settings.tz, lang, zone=self._said_zone())
        return Reply(text=line, lang=lang, buttons=handoff.back_buttons(lang))


def chat(services: Services, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout,
         chat_id: int = CONSOLE_CHAT_ID) -> None:
    """The console chat (`python -m bot chat`) in chat `chat_id`: lines from `stdin`, replies to
    `out`, until end of input or /quit (the tests talk to it in a chat of their own)."""
    session = ConsoleSession(services, chat_id)
    brain, store = services.brain, services.store
    profile = store.touch(chat_id, first_name="Console")
    buttons = show(brain.reply_to_command(chat_id, "start", "", profile), out)
    while True:
        out.write("you> ")
        out.flush()
        line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            out.write("\n")
            return
        text = line.strip()
        if not text:
            continue
        if text.isdigit() and 1 <= int(text) <= len(buttons) and buttons[int(text) - 1].data:
            reply = session.press(buttons[int(text) - 1].data)  # type: ignore[arg-type]
        else:
            reply = session.say(text)
        if reply.handoff is not None:
            session.handed_off(reply.handoff)
            reply = handoff_preview(services, reply, text, out, chat_id)
        out.writelines(TO_STAFF + note.replace("\n", "\n" + " " * len(TO_STAFF)) + "\n" for note in session.to_staff)
        session.to_staff.clear()
        out.write("bot> ")
        buttons = show(reply, out, store.profile(chat_id).locale) or buttons  # type: ignore[union-attr]
