"""The HISDA partner bot application: settings, storage wiring, Telegram transport, console chat, CLI."""

import os

# One thread for numpy's BLAS and OpenMP, set before anything imports numpy: a message is answered
# on one core anyway, and OpenBLAS gives every extra thread its own buffers (resident memory at
# start-up for nothing). An operator's own setting wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
# No pydantic plugins (observability hooks; the bot uses none): otherwise the first model class
# makes pydantic read the entry points of every installed package, ~0.16 s of CPU at each start.
# An operator who installs one sets PYDANTIC_DISABLE_PLUGINS= (empty) to load it again.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
