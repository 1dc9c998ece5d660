"""How long the tests wait for the bot process: seconds on a quiet machine, over a minute on a
loaded one (2 cores shared by many jobs: a start took over 60 s at load 18). A generous wait costs
nothing when the bot is fine, since the tests stop waiting as soon as it is ready or has exited;
it only delays the failure of a bot that hangs. How FAST the bot starts is a benchmark's figure
(`bench/scale.py`), not a test's."""

BOT_START = 180.0
"""`python -m bot run` until it polls the Bot API (about 2 s on a quiet machine)."""

BOT_WORK = 120.0
"""The bot finishing a piece of background work: a broadcast's remaining deliveries and the
staff summary after a restart."""

REPLY = 60.0
"""A running bot answering one message or relaying one staff reply (well under a second on a
quiet machine; 15 s was seen to run out in a loaded fresh-clone `make test`)."""
