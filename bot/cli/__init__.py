"""Command line: `python -m bot COMMAND`. One module per command group, registered here in order."""

from __future__ import annotations

import gc

import click

from bot.settings import Settings, SettingsError, load_settings


class Context:
    """Settings are read lazily so `--help` works even with a broken environment."""

    def __init__(self) -> None:
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            try:
                self._settings = load_settings()
            except SettingsError as exc:
                raise click.ClickException(str(exc)) from None
        return self._settings


pass_ctx = click.make_pass_decorator(Context, ensure=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """HISDA partner bot: Telegram assistant for Hengdian's international partners.

    Example: python -m bot chat
    """
    ctx.ensure_object(Context)
    if ctx.invoked_subcommand != "run":
        gc.enable()  # `python -m bot` starts with it off (see bot/__main__.py); `run` turns it on


def _register() -> None:
    """Command groups, in the order `--help` lists them."""
    from bot.cli import announce, dashboard, kb, nlu, runtime

    main.add_command(runtime.chat)
    main.add_command(runtime.run)
    main.add_command(kb.kb)
    main.add_command(nlu.nlu)
    main.add_command(announce.announce)
    main.add_command(dashboard.dashboard)


_register()
