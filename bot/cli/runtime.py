"""`python -m bot run` (Telegram) and `python -m bot chat` (console)."""

from __future__ import annotations

import gc

import click

from bot.cli import Context, pass_ctx


@click.command()
@click.option("--or-chat", is_flag=True,
              help="Open the console chat instead when BOT_TOKEN is not set (what `make run` does).")
@click.pass_context
@pass_ctx
def run(ctx: Context, click_ctx: click.Context, or_chat: bool) -> None:
    """Run the Telegram bot: long polling, or webhooks when BOT_WEBHOOK_URL is set (with
    GET /healthz on the same port). Needs BOT_TOKEN; honours BOT_API_URL. Stops within 10 s of
    SIGTERM.

    Example: BOT_TOKEN=123:abc python -m bot run
    """
    from bot.memory import fix_mmap_threshold, limit_malloc_arenas

    limit_malloc_arenas()  # before the worker threads exist: memory stays flat across reloads
    fix_mmap_threshold()  # large short-lived blocks (the e5 engine's) returned when freed
    from bot.app import run as run_bot
    from bot.logs import setup_logging

    settings = ctx.settings
    if settings.bot_token is None and or_chat:
        gc.enable()  # off for `run`'s start-up (bot/__main__.py); the console never freezes it
        click_ctx.invoke(chat)
        return
    if settings.bot_token is None:
        raise click.ClickException("BOT_TOKEN is not set. Use `python -m bot chat` to try the bot "
                                   "in the terminal, or set BOT_TOKEN (see .env.example).")
    setup_logging(settings)
    run_bot(settings)


@click.command()
@pass_ctx
def chat(ctx: Context) -> None:
    """Chat with the bot in the terminal: same answers as in Telegram, no token needed.

    Example: python -m bot chat
    """
    import logging

    from bot.app import build_services
    from bot.console import chat as console_chat

    logging.basicConfig(level=logging.WARNING)
    settings = ctx.settings
    click.echo("Loading knowledge and the language model…", err=True)
    console_chat(build_services(settings))
