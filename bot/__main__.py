"""`python -m bot ...`: see `bot.cli`."""

import gc

# Importing the bot (and, for `run`, building its services) creates about a million objects
# that live as long as the process and next to no garbage, so the collector's passes over that
# growing heap are wasted: ~0.3 s of CPU in a 2.5 s start. `bot.cli.main` turns it back on for
# every command but `run`, which does once the services are built (`bot.app.freeze_heap`).
gc.disable()

from bot.cli import main  # after gc.disable: the imports are what it speeds up

if __name__ == "__main__":
    main()
