"""Play scripted partner conversations with the real bot through the loopback Bot API stub.

Why: the answer sets measure one sentence at a time; a partner writes a conversation (follow-ups,
a button between two questions, a hand-off a person answers). This starts the real bot as a
subprocess exactly as the e2e tests do (`tests.conftest.BotProcess`, warm data folder), with a
staff group and a staff admin, plays each script turn by turn and prints every reply with its
buttons and every post that reached the staff chat, so a reader can judge each turn.

Usage:
    .venv/bin/python -m playkit36.driver playkit36/scripts.py [--only NAME] > /tmp/play36.log

A script module defines CONVERSATIONS: a list of (name, language_code, first_name, turns);
a turn is one of
    ("say", text)            the partner writes
    ("press", label_part)    the partner presses the button whose label contains label_part (a|b: either)
                             on the bot's latest message that has it
    ("staff", text)          a staff member replies in the staff chat to the latest handoff post
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.botapi_stub import BotApiStub, SimGroup, SimUser, parse_html, running_stub
from tests.conftest import ROOT, BotProcess
from tests.warm_cache import warm_data_dir

QUIET = 1.5   # seconds without a new or edited message after which a turn's replies are complete
WAIT = 40.0   # longest a turn may take on the loaded machine
FIRST = 30.0  # longest wait for the first reply to a turn


def plain(message: dict[str, Any]) -> str:
    text = message.get("text") or message.get("caption") or ""
    try:
        return parse_html(text)[0] if "<" in text else text
    except Exception:  # noqa: BLE001 - a stub parse error is shown, not fatal to the play
        return text


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [(b["text"], b.get("callback_data") or b.get("url", "")) for row in rows for b in row]


def snapshot(messages: list[dict[str, Any]]) -> dict[int, str]:
    return {m["message_id"]: repr((m.get("text"), m.get("caption"), m.get("reply_markup")))
            for m in messages}


def settle(stub: BotApiStub, chats: list[SimUser | SimGroup],
           before: list[dict[int, str]] | None = None) -> None:
    """Wait until the bot took every update and nothing new was sent or edited for QUIET s.
    With `before` (the chats as they were before the turn), first wait up to FIRST s for the
    bot to change something: the first answers after a start can take longer than QUIET, and
    a turn sent before the last one was answered would be read against the wrong reply."""
    deadline = time.monotonic() + WAIT
    stub.wait_for(lambda _: not stub.pending_updates(), timeout=WAIT)
    if before is not None:
        first = time.monotonic() + FIRST
        while time.monotonic() < first and [snapshot(c.messages()) for c in chats] == before:
            time.sleep(0.1)
    last = [snapshot(c.messages()) for c in chats]
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        now = [snapshot(c.messages()) for c in chats]
        if now != last:
            last, quiet_since = now, time.monotonic()
        elif time.monotonic() - quiet_since >= QUIET:
            return


def show(prefix: str, message: dict[str, Any], edited: bool = False) -> None:
    tag = " (edited)" if edited else ""
    print(f"{prefix}{tag} #{message['message_id']}:")
    for line in plain(message).splitlines():
        print(f"    | {line}")
    if message.get("photo") or message.get("document") or message.get("location"):
        print("    | [attachment]")
    if buttons(message):
        print("    buttons: " + "  ".join(f"[{t} → {d}]" for t, d in buttons(message)))


def changes(before: dict[int, str], messages: list[dict[str, Any]]) -> list[tuple[dict, bool]]:
    return [(m, m["message_id"] in before) for m in messages
            if before.get(m["message_id"]) != snapshot([m])[m["message_id"]]]


def press_label(user: SimUser, part: str) -> str:
    for message in reversed(user.messages()):
        for text, data in buttons(message):
            if any(p.lower() in text.lower() for p in part.split("|")) and data and not data.startswith("http"):
                user.press(message, data)
                return f"{text} → {data}"
    raise LookupError(f"no button with {part!r} in the chat")


def play(stub: BotApiStub, staff: SimGroup, mia: SimUser, name: str, lang: str, first: str,
         turns: list[tuple[str, str]]) -> None:
    user = stub.add_user(first_name=first, language_code=lang,
                         username=f"p36_{name.lower().replace('-', '_')}"[:30])
    print(f"\n=== {name} ({lang}, {first}) ===")
    for n, (kind, arg) in enumerate(turns, 1):
        mine, theirs = snapshot(user.messages()), snapshot(staff.messages())
        if kind == "say":
            print(f"\n[{n}] partner> {arg}")
            user.send_text(arg)
        elif kind == "press":
            try:
                print(f"\n[{n}] partner presses [{press_label(user, arg)}]")
            except LookupError as missing:
                print(f"\n[{n}] partner wants to press {arg!r}: {missing}")
                continue
        elif kind == "staff":
            posts = [m for m in staff.messages() if "Handoff #" in plain(m)]
            if not posts:
                print(f"\n[{n}] staff wants to reply {arg!r} but no handoff post reached them")
                continue
            print(f"\n[{n}] staff (Mia, reply to handoff #{posts[-1]['message_id']})> {arg}")
            staff.send_text(mia, arg, reply_to=posts[-1])
        settle(stub, [user, staff], [mine, theirs])
        got = changes(mine, user.messages())
        if not got:
            print("  (no reply to the partner)")
        for message, edited in got:
            show("  bot", message, edited)
        for message, edited in changes(theirs, staff.messages()):
            if message.get("from", {}).get("is_bot"):
                show("  STAFF CHAT got", message, edited)


def load(script: Path) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    spec = importlib.util.spec_from_file_location("play36_script", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CONVERSATIONS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("script", type=Path)
    parser.add_argument("--only", action="append", help="play only the conversations named")
    args = parser.parse_args()
    conversations = [c for c in load(args.script) if not args.only or c[0] in args.only]
    with running_stub() as stub, tempfile.TemporaryDirectory(prefix="play36-") as root:
        staff = stub.add_group("HISDA staff", chat_type="supergroup")
        mia = staff.add_member(stub.add_user(first_name="Mia", username="mia_hisda"))
        leo = staff.add_member(stub.add_user(first_name="Leo"), "administrator")
        data = Path(root) / "data"
        data.mkdir()
        env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("BOT_")}
        env.update(BOT_TOKEN=stub.token, BOT_API_URL=stub.url, BOT_DATA_DIR=str(data),
                   BOT_KNOWLEDGE_DIR=str(ROOT / "knowledge"), BOT_LOG_LEVEL="INFO",
                   PYTHONUNBUFFERED="1", BOT_STAFF_CHAT_ID=str(staff.id),
                   BOT_ADMIN_IDS=str(leo.id))
        warm_data_dir(data, env["BOT_KNOWLEDGE_DIR"])
        bot = BotProcess(stub, data, env).start(ready_timeout=180)
        print(f"bot started; staff chat {staff.id}, admin {leo.id}", flush=True)
        try:
            warm = stub.add_user(first_name="Warm", language_code="en", username="p36_warmup")
            before = [snapshot(warm.messages())]
            warm.send_text("/start")
            settle(stub, [warm], before)
            print(f"warm-up reply: {len(warm.messages())} message(s)", flush=True)
            for name, lang, first, turns in conversations:
                play(stub, staff, mia, name, lang, first, turns)
                sys.stdout.flush()
        finally:
            bot.stop()


if __name__ == "__main__":
    main()
