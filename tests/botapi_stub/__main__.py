"""Run the Bot API stub as a process: ``python -m tests.botapi_stub --port 8081``.

Prints ``BOTAPI_STUB_READY http://127.0.0.1:PORT`` once serving (``--port 0`` picks a free port),
then serves until SIGINT/SIGTERM. Drive it with the ``/_stub/...`` endpoints (see control.py).

Example:
    python -m tests.botapi_stub --port 8081 --users 1000 --flood
    BOT_API_URL=http://127.0.0.1:8081 python -m bench.broadcast
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from .flood import FloodLimits
from .server import READY_PREFIX, BotApiStub
from .state import DEFAULT_TOKEN


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.botapi_stub", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--port", type=int, default=8081, help="port on 127.0.0.1 (0: any free one)"
    )
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the only token accepted")
    parser.add_argument("--bot-username", default="stub_test_bot", help="username getMe returns")
    parser.add_argument("--users", type=int, default=0, help="create N started users up front")
    parser.add_argument("--language", default="en", help="language_code of those users")
    parser.add_argument(
        "--any-chat",
        action="store_true",
        help="create unknown chat ids on first use instead of 'chat not found'",
    )
    parser.add_argument(
        "--flood", action="store_true", help="enforce Telegram's flood limits (429 retry after N)"
    )
    parser.add_argument(
        "--private-burst",
        type=int,
        default=FloodLimits.private_burst,
        help="messages a private chat may get at once under --flood",
    )
    parser.add_argument(
        "--fail-rate", type=float, default=0.0, help="share of calls answered 502 Bad Gateway"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for --fail-rate")
    return parser.parse_args(argv)


async def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    stub = BotApiStub(
        args.token,
        port=args.port,
        bot_username=args.bot_username,
        known_chats_only=not args.any_chat,
        flood=FloodLimits(private_burst=args.private_burst) if args.flood else None,
        seed=args.seed,
    )
    users = stub.add_users(args.users, language_code=args.language)
    if args.fail_rate:
        stub.faults.fail_rate(args.fail_rate)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stub.stop)

    def ready(url: str) -> None:
        span = f" users {users[0].id}..{users[-1].id}" if users else ""
        print(f"{READY_PREFIX} {url}{span}", flush=True)

    await stub.serve(ready)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
