"""The HISDA partner bot application: settings, storage wiring, Telegram transport, console chat, CLI."""

import importlib.util
import os
import sys

# One thread for numpy's BLAS and OpenMP, set before anything imports numpy: a message is answered
# on one core anyway, and OpenBLAS gives every extra thread its own buffers (resident memory at
# start-up for nothing). An operator's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
# No pydantic plugins (observability hooks; the bot uses none): otherwise the first model class
# makes pydantic read the entry points of every installed package, ~0.16 s of CPU at each start.
# An operator who installs one sets PYDANTIC_DISABLE_PLUGINS= (empty) to load it again.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# httpx's command-line client (`httpx._main`, imported by `import httpx`) needs `rich`, which the
# bot does not install: that import fails after it has loaded click and pygments' lexer tables
# (~1.1 MB of the bot's memory for nothing; issue 10), and httpx then defines a stub `main` that
# says the CLI is not installed. Marked missing up front, the same stub is defined without loading
# them. With rich installed, httpx's CLI is left alone.
if "httpx" not in sys.modules and importlib.util.find_spec("rich") is None:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[assignment]
