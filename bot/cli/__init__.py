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


class LazyGroup(click.Group):
    """Subcommands named here are imported when invoked (or listed by `--help`), not at start.
    Before, `python -m bot` imported every command group whatever it ran: `python -m bot run
    --help` took ~1.0 s of CPU, now ~0.3 s. A real `run` saves little (the bot itself needs
    telegram, pydantic, the knowledge and the NLU: only the other groups' own modules are left
    out), but `chat`, `kb`, `nlu`... no longer import the announcer's delivery and ledger."""

    def __init__(self, *args: object, lazy: dict[str, str] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = dict(lazy or {})  # name -> "module:attribute", in the order `--help` lists

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.lazy, *(name for name in super().list_commands(ctx) if name not in self.lazy)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy and cmd_name not in self.commands:
            import importlib

            module, attribute = self.lazy[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)


# Command groups, in the order `--help` lists them; each module is imported only when needed.
COMMANDS = {
    "chat": "bot.cli.runtime:chat",
    "run": "bot.cli.runtime:run",
    "kb": "bot.cli.kb:kb",
    "nlu": "bot.cli.nlu:nlu",
    "announce": "bot.cli.announce:announce",
    "dashboard": "bot.cli.dashboard:dashboard",
}


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.pass_context
def main(ctx: click.Context) -> None:
    """HISDA partner bot: Telegram assistant for Hengdian's international partners.

    Example: python -m bot chat
    """
    ctx.ensure_object(Context)
    if ctx.invoked_subcommand != "run":
        gc.enable()  # `python -m bot` starts with it off (see bot/__main__.py); `run` turns it on
