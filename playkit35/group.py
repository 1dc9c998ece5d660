"""Two partners of one company in the same group chat with the bot (round 35).

Why: the driver plays private chats only; in a group the bot answers what is put to it
(@mention or a reply to its message), and memory is per chat or per user — this shows which.
Usage: .venv/bin/python -m playkit35.group > /tmp/play35_group.log
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from playkit35.driver import changes, settle, show, snapshot, plain
from tests.botapi_stub import running_stub
from tests.conftest import ROOT, BotProcess
from tests.warm_cache import warm_data_dir

# (member, how, text): how = "m" (@mention) or "r" (reply to the bot's latest message)
TURNS = [
    ("Valentina", "m", "hola, somos Andes Films de Bogotá, ¿qué series románticas tienen?"),
    ("Tomás", "r", "¿y cuál de esas tiene español?"),
    ("Valentina", "m", "la primera de esas, ¿cuántos episodios?"),
    ("Tomás", "m", "¿quién lleva las licencias? necesito un contacto"),
    ("Valentina", "m", "gracias. ¿Cuándo es el festival de Hengdian?"),
]


def main(turns: list[tuple[str, str, str]] = TURNS, company: str = "Andes Films", lang: str = "es",
         tag: str = "p35") -> None:
    """Play `turns` (member, how, text) in one group chat of `company`'s members (Telegram
    language `lang`; stub usernames start with `tag`). Round 36's group (playkit36/group.py) is
    this with its own turns."""
    members = list(dict.fromkeys(who for who, _, _ in turns))
    with running_stub() as stub, tempfile.TemporaryDirectory(prefix=f"{tag}g-") as root:
        staff = stub.add_group("HISDA staff", chat_type="supergroup")
        leo = staff.add_member(stub.add_user(first_name="Leo"), "administrator")
        team = stub.add_group(f"{company} × HISDA", chat_type="supergroup")
        people = {n: team.add_member(stub.add_user(first_name=n, language_code=lang,
                                                   username=f"{tag}_{n.lower()[:5]}", started=False))
                  for n in members}
        data = Path(root) / "data"
        data.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
        env.update(BOT_TOKEN=stub.token, BOT_API_URL=stub.url, BOT_DATA_DIR=str(data),
                   BOT_KNOWLEDGE_DIR=str(ROOT / "knowledge"), BOT_LOG_LEVEL="INFO",
                   PYTHONUNBUFFERED="1", BOT_STAFF_CHAT_ID=str(staff.id), BOT_ADMIN_IDS=str(leo.id))
        warm_data_dir(data, env["BOT_KNOWLEDGE_DIR"])
        bot = BotProcess(stub, data, env).start(ready_timeout=180)
        try:
            warm = stub.add_user(first_name="Warm", language_code="en", username=f"{tag}_warmg")
            before = [snapshot(warm.messages())]
            warm.send_text("/start")
            settle(stub, [warm], before)
            print(f"=== {lang}-group ({company}, {len(members)} members) ===")
            for n, (who, how, text) in enumerate(turns, 1):
                mine = snapshot(team.messages())
                print(f"\n[{n}] {who} ({'reply' if how == 'r' else '@mention'})> {text}")
                if how == "r":
                    bots = [m for m in team.messages() if m.get("from", {}).get("is_bot")]
                    team.send_text(people[who], text, reply_to=bots[-1] if bots else None)
                else:
                    team.mention_bot(people[who], text)
                settle(stub, [team], [mine])
                got = [(m, e) for m, e in changes(mine, team.messages()) if m.get("from", {}).get("is_bot")]
                if not got:
                    print("  (no reply in the group)")
                for message, edited in got:
                    show("  bot", message, edited)
        finally:
            bot.stop()


if __name__ == "__main__":
    main()
