"""Every feature in one place: its commands (and who may use them), buttons, intents and texts.

Both transports are built from `FEATURES`:
- Telegram: `bot.app` registers each feature's handler module (`bot/handlers/<handlers>.py`) in
  this order; `bot.commands` publishes the partners' command menu; `bot.permissions` refuses
  admin commands and buttons to everyone else; handler modules take their button patterns
  from `pattern(feature)`.
- The console chat and the Brain: `install` plugs each feature's transport-free answers into
  the Brain, so a button or command answers the same in the console as in Telegram (where the
  feature's handler module claims it first and may do more, e.g. schedule a reminder at once);
  the console runs each feature's `Form` (`forms()`) as Telegram's ConversationHandler does.

Button actions are the versioned wire format of `intents.callbacks` (`v1|action|args`); a test
checks that every action there belongs to exactly one feature and every menu command has its
`cmd_<name>` text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from core.i18n import t
from intents.menu import topic_menu
from intents.reply import Reply

if TYPE_CHECKING:
    from bot.context import Services
    from intents.brain import Answer, ButtonAnswer

Who = Literal["everyone", "admins", "staff_chat"]


@dataclass(frozen=True)
class Command:
    """A /command. `who`: everyone, `admins` (BOT_ADMIN_IDS; for anyone else it does not exist)
    or `staff_chat` (members of BOT_STAFF_CHAT_ID, in it). `menu`: its place in Telegram's
    command menu (partners' commands only), None for no place."""

    name: str
    who: Who = "everyone"
    menu: int | None = None


@dataclass(frozen=True)
class Button:
    """A button action (`intents.callbacks.ACTIONS`) and who may press it."""

    action: str
    who: Who = "everyone"


@dataclass(frozen=True)
class Answers:
    """A feature's transport-free answers, plugged into the Brain (console and Telegram)."""

    intents: dict[str, Answer] = field(default_factory=dict)
    buttons: dict[str, ButtonAnswer] = field(default_factory=dict)
    commands: dict[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class Form:
    """A multi-step form the transport runs and keeps — Telegram: a persisted
    ConversationHandler in the feature's handler module; the console: in memory. Its state is
    the machine's `Step.form` dict. `/command [arg]`, a `<action>|start[|arg]` button, or a
    message `wants(text)` says asks for it (its arg) begin it; its other buttons are steps."""

    command: str
    action: str
    wants: Callable[[str], str | None]
    begin: Callable[..., Any]  # (turn, arg, text) -> Step
    on_text: Callable[..., Any]  # (turn, form, text) -> Step
    on_button: Callable[..., Any]  # (turn, form, callback) -> Step
    still_open: Callable[..., Reply]  # (turn, form): "your form is still waiting"
    staff_summary: Callable[..., str]  # (turn, sent row, partner) -> HTML for the staff chat
    # (turn, form) -> (line for the partner, note for staff | None): the form left for a person
    handed_over: Callable[..., tuple[str, str | None]] | None = None
    # (turn, arg) -> bool: the message that asks for the form is answered first (the titles of
    # the kind it names listed), and `offered(reply, arg)` puts the form's button under that answer
    answered_first: Callable[..., bool] | None = None
    offered: Callable[..., Reply] | None = None
    # (turn) -> the line under the answer to a second aside in a row, which closed the form
    set_aside: Callable[..., Reply] | None = None


@dataclass(frozen=True)
class Feature:
    name: str
    handlers: str  # module in bot/handlers that registers its Telegram handlers
    commands: tuple[Command, ...] = ()
    buttons: tuple[Button, ...] = ()
    intents: tuple[str, ...] = ()  # free-text intents it answers
    texts: tuple[str, ...] = ()  # catalogue key prefixes of its interface texts
    answers: Callable[[Services], Answers] | None = None  # None: answered by the Brain itself
    form: Callable[[], Form] | None = None  # its multi-step form, if it has one


# -- transport-free answers that need the services -----------------------------------------
def _subscriptions(services: Services) -> Answers:
    from jobs import reminders, subscriptions

    offsets = services.settings.bot_reminder_offsets

    def remind(turn, cb):  # type: ignore[no-untyped-def]
        """The running announcer schedules it at once (as Telegram's button does); without one
        (console chat) the wish is stored and picked up when the bot starts."""
        from intents.events import city_written, shown_zone

        announcer = services.features.get("announcer")
        if announcer is not None:
            # (the times in the partner's zone as the answer above showed them: a city they named,
            # by the name they wrote — "Mumbai", "CDMX" — not the zone's own city, Kolkata)
            zone = shown_zone(turn)
            return announcer.remind(turn.chat_id, cb.arg(0), turn.lang, zone.key if zone else None,
                                    city_written(turn, zone))
        return reminders.on_button(turn, cb, offsets)

    return Answers(intents={"subscribe": subscriptions.subscribe_intent,
                            "unsubscribe": subscriptions.unsubscribe_intent},
                   buttons={"sub": subscriptions.on_button, "subs": subscriptions.on_button,
                            "stop": subscriptions.on_button, "rem": remind},
                   commands={"subscribe": lambda turn: subscriptions.subscription_menu(
                                 turn.store, turn.kb, turn.chat_id, turn.lang),
                             "unsubscribe": lambda turn: subscriptions.unsubscribe_all(
                                 turn.store, turn.chat_id, turn.lang)})


def _privacy(services: Services) -> Answers:
    from intents import privacy

    return Answers(buttons={"fgt": privacy.on_button},
                   commands={"mydata": privacy.mydata, "forget": privacy.forget})


def _inquiry(services: Services) -> Answers:
    """Outside a form (which the transport runs), a form button belongs to a closed form."""
    from intents import inquiry

    return Answers(intents={"start_inquiry": inquiry.offer},
                   buttons={"inq": lambda turn, cb: inquiry.closed_reply(turn)})


def _inquiry_form() -> Form:
    from intents import inquiry
    from intents.inquiry_words import wants_inquiry

    return Form(command="inquiry", action="inq", wants=wants_inquiry, begin=inquiry.begin,
                on_text=inquiry.on_text, on_button=inquiry.on_button,
                still_open=inquiry.still_open, staff_summary=inquiry.staff_summary,
                handed_over=inquiry.handed_over, answered_first=inquiry.titles_first,
                offered=inquiry.with_form_button, set_aside=inquiry.set_aside_reply)


def forms() -> dict[str, Form]:
    """Every feature's form, by its button action."""
    found = [f.form() for f in FEATURES if f.form is not None]
    return {form.action: form for form in found}


def _handoff(services: Services) -> Answers:
    """"Back to the assistant" where no handoff is open (the console has no staff chat)."""
    def back(turn, cb):  # type: ignore[no-untyped-def]
        return Reply(text=t("handoff_back_done", turn.lang), lang=turn.lang,
                     buttons=topic_menu(turn.lang), outcome="action")

    return Answers(buttons={"hbk": back})


# -- the registry, in Telegram registration order -----------------------------------------
# errors first; gate (group -1) sees every update; flood and the permission guard run in
# negative groups; inquiry comes before admin, so a partner's /cancel inside the form is
# theirs; handoff relays partner and staff messages (group -1); conversation is the catch-all.
FEATURES: tuple[Feature, ...] = (
    Feature("errors", "errors", texts=("error",)),
    Feature("gate", "gate", texts=("not_your_button", "unsupported")),
    Feature("flood", "flood", texts=("flood",)),
    Feature("subscriptions", "subscriptions",
            commands=(Command("subscribe", menu=7), Command("unsubscribe", menu=8)),
            buttons=(Button("sub"), Button("subs"), Button("stop"), Button("rem")),
            intents=("subscribe", "unsubscribe"), texts=("subs", "unsub", "rem", "reminder"),
            answers=_subscriptions),
    Feature("privacy", "privacy",
            commands=(Command("mydata", menu=13), Command("forget", menu=14)),
            buttons=(Button("fgt"),), texts=("mydata", "forget"), answers=_privacy),
    Feature("inquiry", "inquiry", commands=(Command("inquiry", menu=12),),
            buttons=(Button("inq"),), intents=("start_inquiry",), texts=("inq",),
            answers=_inquiry, form=_inquiry_form),
    Feature("announce", "admin",
            commands=(Command("announce", "admins"), Command("scheduled", "admins"),
                      Command("cancel", "admins"), Command("reload", "admins")),
            buttons=(Button("adm", "admins"),), texts=("adm", "progress")),
    # Claiming is for staff-chat members (who relay too); closing a handoff, like every staff
    # command, for BOT_ADMIN_IDS only.
    Feature("handoff", "handoff", commands=(Command("close", "admins"),),
            buttons=(Button("hoc", "staff_chat"), Button("hox", "admins"), Button("hbk")),
            texts=("handoff", "staff"), answers=_handoff),
    Feature("insights", "insights",
            commands=(Command("stats", "admins"), Command("unanswered", "admins")),
            texts=("stats", "unanswered")),
    Feature("conversation", "conversation",
            commands=(Command("start", menu=1), Command("help", menu=2),
                      Command("locations", menu=3), Command("incentives", menu=4),
                      Command("catalog", menu=5), Command("events", menu=6),
                      Command("language", menu=9), Command("timezone", menu=10),
                      Command("contact", menu=11)),
            buttons=tuple(Button(a) for a in ("menu", "loc", "locs", "map", "inc", "cat", "work", "int",
                                               "ev", "evs", "ics", "lang", "tz", "ask", "prog",
                                               "prt", "faq")),
            intents=("greet", "goodbye", "thanks", "help", "ask_locations", "ask_incentives",
                     "ask_catalog", "ask_events", "ask_programs", "ask_partners",
                     "ask_contact", "set_language", "set_timezone"),
            texts=("menu", "welcome", "help", "fallback", "stale", "cmd")),
)


def feature(name: str) -> Feature:
    return next(f for f in FEATURES if f.name == name)


def handler_modules() -> list[ModuleType]:
    """The Telegram handler modules, in registration order."""
    return [importlib.import_module(f"bot.handlers.{f.handlers}") for f in FEATURES]


def commands(who: Who | None = None) -> list[Command]:
    return [c for f in FEATURES for c in f.commands if who is None or c.who == who]


def menu_commands() -> tuple[str, ...]:
    """Partners' command menu, in its order."""
    return tuple(c.name for c in sorted((c for c in commands("everyone") if c.menu),
                                        key=lambda c: c.menu or 0))


def staff_commands() -> frozenset[str]:
    """Commands for BOT_ADMIN_IDS only."""
    return frozenset(c.name for c in commands("admins"))


def staff_help(lang: str) -> str:
    """What /help shows staff (an admin in their own chat, anyone in the staff chat): how to
    answer and close a handoff, and every staff command with its `staff_cmd_<name>` line."""
    lines = [t("staff_help", lang)]
    lines += [f"/{c.name} — {t(f'staff_cmd_{c.name}', lang)}" for c in commands("admins")]
    return "\n".join(lines)


def staff_buttons() -> frozenset[str]:
    """Button actions for BOT_ADMIN_IDS only."""
    return frozenset(b.action for f in FEATURES for b in f.buttons if b.who == "admins")


def pattern(name: str) -> str:
    """The CallbackQueryHandler pattern of a feature's buttons: `^v1\\|(a|b)(\\||$)`."""
    actions = sorted(b.action for b in feature(name).buttons)
    return r"^v1\|(" + "|".join(actions) + r")(\||$)"


def install(services: Services) -> None:
    """Plug every feature's transport-free answers into the Brain."""
    for f in FEATURES:
        if f.answers is not None:
            a = f.answers(services)
            services.brain.extend(intents=a.intents, buttons=a.buttons, commands=a.commands)
