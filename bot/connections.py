"""The bot's connection pools to the Bot API, verifying TLS with one shared context.

httpx builds an SSL context for every client and loads the whole CA bundle into it, ~35 ms of
CPU each; the bot opens four pools at start-up (replies, long polling, and the broadcasting
bot's two), so that was ~0.15 s of every start. One context, made as httpx makes its own
(`httpx.create_ssl_context`: SSL_CERT_FILE / SSL_CERT_DIR when set, else certifi's bundle),
verifies the same for all of them.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpx
from telegram.request import HTTPXRequest


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The process's one client TLS context, built on first use."""
    return httpx.create_ssl_context()


def bot_api_request(**options: Any) -> HTTPXRequest:
    """PTB's HTTPXRequest with `options` (pool size, time-outs), verifying with `tls_context`."""
    return HTTPXRequest(**options, httpx_kwargs={"verify": tls_context()})
