"""`python -m bot ...`: see `bot.cli`."""

import gc
import os
import sys

from bot.optimized import again_under_oo

# `run` starts itself again under -OO where its bytecode is there: no docstrings kept, ~5.5 MB
# less peak RSS (see bot/optimized.py). Before the imports below, so the first interpreter
# costs only its own start.
if (command := again_under_oo(sys.argv)) is not None:
    os.execv(sys.executable, command)

# Importing the bot (and, for `run`, building its services) creates about a million objects
# that live as long as the process and next to no garbage, so the collector's passes over that
# growing heap are wasted: ~0.3 s of CPU in a 2.5 s start. `bot.cli.main` turns it back on for
# every command but `run`, which does once the services are built (`bot.app.freeze_heap`).
gc.disable()

from bot.cli import main

if __name__ == "__main__":
    main()
