"""Docs are tested: every setting and every command is in the README (and settings in .env.example)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from bot.cli import main
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    # `list_commands`/`get_command`, not `group.commands`: `main` imports its groups when asked
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None, name
        path = f"{prefix}{name}"
        found.append((path, cmd))
        if isinstance(cmd, click.Group):
            found += commands(cmd, path + " ")
    return found


@pytest.mark.parametrize("name", [f.upper() for f in Settings.model_fields])
def test_setting_documented(name: str) -> None:
    assert name in README, f"{name} missing from README.md"
    assert f"{name}=" in ENV_EXAMPLE, f"{name} missing from .env.example"


@pytest.mark.parametrize("path,cmd", commands(main), ids=[p for p, _ in commands(main)])
def test_command_documented(path: str, cmd: click.Command) -> None:
    assert f"python -m bot {path}" in README, f"`python -m bot {path}` missing from README.md"
    if not isinstance(cmd, click.Group):
        assert cmd.help and "Example:" in cmd.help, f"{path}: docstring needs an Example: line"
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"{path} {param.opts[0]} has no help="
