"""One feature, one place: `bot.features` declares every command (and who may use it), button,
intent and text family, and both transports are built from it. These tests fail when a button
or command is added somewhere without being declared, or declared without being wired.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import permissions
from bot.app import build_services
from bot.commands import COMMANDS
from bot.console import ConsoleSession
from bot.context import Services
from bot.features import FEATURES, commands, feature, menu_commands, pattern, staff_buttons
from bot.settings import Settings
from core.i18n import LANGS, messages, t
from intents import brain
from intents.callbacks import ACTIONS
from tests.warm_cache import warm_data_dir

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, bot_token=None, bot_knowledge_dir=ROOT / "knowledge",  # type: ignore[call-arg]
                        bot_data_dir=warm_data_dir(tmp_path_factory.mktemp("features")), bot_staff_lang="zh")
    yield build_services(settings)


def test_every_button_action_belongs_to_exactly_one_feature() -> None:
    declared = [b.action for f in FEATURES for b in f.buttons]
    assert sorted(declared) == sorted(set(declared)), "an action declared twice"
    assert set(declared) == set(ACTIONS), set(declared) ^ set(ACTIONS)


def test_commands_are_declared_once_with_their_texts_and_documented() -> None:
    names = [c.name for c in commands()]
    assert sorted(names) == sorted(set(names))
    assert COMMANDS == menu_commands() and COMMANDS[:2] == ("start", "help")
    english = messages("en")
    for name in COMMANDS:
        assert f"cmd_{name}" in english, name
    for name in names:
        assert f"/{name}" in README, f"/{name} missing from README.md"
    assert permissions.STAFF_COMMANDS == {c.name for c in commands("admins")}
    assert permissions.STAFF_BUTTONS == staff_buttons() == {"adm", "hox"}


def test_each_feature_has_its_handler_module_and_text_families() -> None:
    english = messages("en")
    for f in FEATURES:
        module = importlib.import_module(f"bot.handlers.{f.handlers}")
        assert callable(module.register), f.name
        for prefix in f.texts:
            assert any(key.startswith(prefix) for key in english), (f.name, prefix)
    # The Brain's own answers are the conversation feature's.
    conversation = feature("conversation")
    assert {b.action for b in conversation.buttons} == set(brain.BUTTONS) | {"menu"}
    assert set(conversation.intents) == set(brain.INTENTS)
    assert pattern("privacy") == r"^v1\|(fgt)(\||$)"


def test_the_brain_answers_what_each_feature_declares(services: Services) -> None:
    """Installed answers never exceed what a feature declares, and every partner button and
    command declared is answered transport-free (so the console has it)."""
    for f in FEATURES:
        if f.answers is None:
            continue
        a = f.answers(services)
        assert set(a.buttons) <= {b.action for b in f.buttons}, f.name
        assert set(a.commands) <= {c.name for c in f.commands}, f.name
        assert set(a.intents) <= set(f.intents), f.name
    everyone = {b.action for f in FEATURES for b in f.buttons if b.who == "everyone"}
    assert everyone - {"menu"} <= set(services.brain.buttons)
    for f in FEATURES:
        assert set(f.intents) <= set(services.brain.intents), f.name


@pytest.mark.parametrize("lang", LANGS)
def test_staff_commands_and_buttons_are_unknown_in_the_console(services: Services, lang: str) -> None:
    chat_id = 71_000 + LANGS.index(lang)
    services.store.touch(chat_id, first_name="Ana")
    services.store.set_language(chat_id, lang)  # type: ignore[arg-type]
    session = ConsoleSession(services, chat_id)
    ordinary = session.say("/xyzzy").text
    for c in commands("admins") + commands("staff_chat"):
        assert session.say(f"/{c.name}").text == ordinary, c.name
    for action in ("adm", "hoc", "hox"):
        assert t("stale_button", lang) in session.press(f"v1|{action}|1").text, action


def test_staff_side_texts_follow_bot_staff_lang(services: Services) -> None:
    """BOT_STAFF_LANG=zh: the handoff post, its buttons and an inquiry summary read in Chinese,
    from the same catalogues; the partner's own reply stays in the partner's language."""
    from intents import handoff, inquiry
    from intents.callbacks import decode

    chat_id = 72_000
    services.store.touch(chat_id, first_name="Mike")
    services.store.set_language(chat_id, "en")
    turn = services.brain.turn(chat_id, services.store.profile(chat_id))
    assert turn.staff_lang == "zh"
    post = handoff.staff_post(5, "events", "Mike", turn.profile, "en", "Can someone call me?", [],
                              turn.staff_lang)
    assert post.startswith("🙋 <b>人工接待 #5</b>") and "English" in post
    assert [b.label for b in handoff.staff_buttons(5, turn.staff_lang)[0]] == [
        t("staff_claim_button", "zh"), t("staff_close_button", "zh")]
    step = inquiry.begin(turn, "join_alliance")
    for answer in ("Sol Films", "MX", "We make vertical dramas for Latin America.", "a@sol.mx"):
        step = inquiry.on_text(turn, step.form, answer)
    assert step.form is not None
    done = inquiry.on_button(turn, step.form, decode("v1|inq|send"))  # type: ignore[arg-type]
    assert done.sent is not None and done.reply.text.startswith("Thank you")
    summary = inquiry.staff_summary(turn, done.sent, "Mike")
    assert f"合作申请 #{done.sent['id']}" in summary and t("inq_kind_join_alliance", "zh") in summary
    assert t("inq_f_company", "zh") in summary and "墨西哥" in summary and "Sol Films" in summary


def test_the_console_runs_every_declared_form_from_the_registry(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """A form declared in `bot.features` runs in the console with no console code of its own:
    its command, its words, its buttons, a reminder while it is open, /cancel, the staff note."""
    from dataclasses import replace

    from bot import console, features
    from intents.callbacks import encode
    from intents.inquiry import Step
    from intents.reply import Button, Reply

    def ask(turn, form) -> Reply:  # type: ignore[no-untyped-def]
        return Reply(text=f"how many? ({form['step']})", lang=turn.lang,
                     buttons=[[Button(label="3", data=encode("pol", "n", "3")),
                               Button(label="stop", data=encode("pol", "cancel"))]])

    def begin(turn, arg=None, text=""):  # type: ignore[no-untyped-def]
        form = {"step": "count", "fields": {"about": arg}}
        return Step(form=form, reply=ask(turn, form))

    def on_text(turn, form, text):  # type: ignore[no-untyped-def]
        if not text.isdigit():
            return Step(form=form, reply=Reply(text="a number, please", lang=turn.lang))
        return Step(form=None, reply=Reply(text="sent", lang=turn.lang),
                    sent={"count": int(text), **form["fields"]})

    def on_button(turn, form, cb):  # type: ignore[no-untyped-def]
        if cb.arg(0) == "cancel":
            return Step(form=None, reply=Reply(text="cancelled", lang=turn.lang))
        return on_text(turn, form, cb.arg(1))

    poll = features.Form(
        command="poll", action="pol", wants=lambda text: "words" if "poll us" in text else None,
        begin=begin, on_text=on_text, on_button=on_button,
        still_open=lambda turn, form: Reply(text="(your poll is still open)", lang=turn.lang),
        staff_summary=lambda turn, row, who: f"<b>Poll</b> from {who}: {row['count']} ({row['about']})")
    extra = replace(feature("inquiry"), name="poll", commands=(), buttons=(), intents=(),
                    texts=(), answers=None, form=lambda: poll)
    monkeypatch.setattr(features, "FEATURES", (*features.FEATURES, extra))
    monkeypatch.setattr(console, "forms", features.forms)
    from intents import callbacks

    monkeypatch.setitem(callbacks.ACTIONS, "pol", (1, 2))  # its wire format, as a form declares

    session = ConsoleSession(services, 72_000)
    assert set(session.forms) == {"inq", "pol"}
    assert session.say("/poll venue").text == "how many? (count)"
    assert "(your poll is still open)" in session.say("/help").text
    assert session.say("many").text == "a number, please"
    done = session.press(encode("pol", "n", "3"))
    assert done.text == "sent" and done.staff_note == "Poll from Console: 3 (venue)"
    assert session.form is None
    assert session.say("please poll us").text == "how many? (count)"  # in words
    assert session.say("/cancel").text == "cancelled" and session.form is None
    # The inquiry form is one of them, run the same way.
    assert session.say("/inquiry").text == ConsoleSession(services, 72_001).say("/inquiry").text
    assert session.form is not None and session.form_action == "inq"
