"""Two partners of one company in the same group chat with the bot (round 36).

Why: the driver plays private chats only; in a group the bot answers what is put to it
(@mention or a reply to its message), and memory is per chat or per user — this shows which.
Usage: .venv/bin/python -m playkit36.group > /tmp/play36_group.log
"""

from playkit35.group import main as play_group

# (member, how, text): how = "m" (@mention) or "r" (reply to the bot's latest message)
TURNS = [
    ("Emeka", "m", "hi, we're Lagoon Pictures from Lagos. what wuxia titles do you have?"),
    ("Sade", "r", "which of those has a Korean version?"),
    ("Emeka", "m", "that one, how many episodes and how long each?"),
    ("Sade", "r", "ok and who do we talk to about licensing it?"),
    ("Emeka", "m", "when's the Hengdian Film Festival, in Lagos time?"),
    ("Sade", "r", "thanks, that's all from us"),
]


if __name__ == "__main__":
    play_group(TURNS, company="Lagoon Pictures", lang="en", tag="p36")
