"""`python -m bot announce ...`: what is scheduled, what a partner will see, how a broadcast went.

Reads the same SQLite database as the running bot (WAL: safe while it runs) and the knowledge
folder; never sends anything itself.
"""

from __future__ import annotations

import html
import re
import time
from datetime import datetime

import click

from bot.cli import Context, pass_ctx
from core.i18n import LANGS
from core.kb.loader import load_knowledge
from core.store import Store
from jobs.checks import check_announcement
from jobs.delivery import Recipient
from jobs.ledger import OPEN_STATES, Broadcast, Ledger
from jobs.render import Payload, in_audience, recipient, render_announcement
from jobs.subscription_store import SubscriptionStore

_TAG = re.compile(r"<[^>]+>")


def _ledger(ctx: Context) -> tuple[Store, Ledger]:
    path = ctx.settings.db_path
    if not path.exists():
        raise click.ClickException(f"no database at {path} yet (start the bot once, or set "
                                   "BOT_DATA_DIR)")
    store = Store.open(path)
    return store, Ledger(store.db)


def _when(ctx: Context, due: datetime) -> str:
    return due.astimezone(ctx.settings.tz).strftime("%Y-%m-%d %H:%M")


def _latest(ledger: Ledger, ref: str) -> Broadcast:
    rows = ledger.broadcasts(kind="announcement", ref=ref) or ledger.broadcasts(ref=ref)
    if not rows:
        raise click.ClickException(f"no broadcast with id {ref!r} in the database "
                                   "(see `python -m bot announce list`)")
    running = [bc for bc in rows if bc.status == "running"]
    return running[0] if running else rows[-1]


def _audience_size(store: Store, payload: Payload) -> int:
    rows = SubscriptionStore(store).subscribers(payload.audience.topics)
    return sum(1 for row in rows.values() if in_audience(recipient(row), payload.audience))


@click.group()
def announce() -> None:
    """Scheduled announcements: list, preview and delivery status.

    Example: python -m bot announce status ann_latin_film_night_2027_today --watch
    """


@announce.command("list")
@click.option("--all", "show_all", is_flag=True,
              help="Also list finished, missed and cancelled broadcasts")
@pass_ctx
def list_(ctx: Context, show_all: bool) -> None:
    """Pending and running broadcasts (and announcements in the file not yet seen by the bot).

    Example: python -m bot announce list --all
    """
    _store, ledger = _ledger(ctx)
    rows = ledger.broadcasts(status=None if show_all else OPEN_STATES)
    click.echo(f"{'id':<40} {'occurrence':<22} {'due (' + ctx.settings.bot_timezone + ')':<26}"
               f"{'status':<11} {'sent':>6} {'failed':>6} {'todo':>6}")
    for bc in rows:
        c = ledger.counts(bc.id)
        ref = bc.ref if bc.kind == "announcement" else f"reminder:{bc.ref}"
        click.echo(f"{ref[:40]:<40} {bc.occurrence[:22]:<22} {_when(ctx, bc.due):<26}"
                   f"{bc.status:<11} {c.sent:>6} {c.failed + c.blocked:>6} {c.todo:>6}")
    known = {bc.ref for bc in ledger.broadcasts(kind="announcement")}
    result = load_knowledge(ctx.settings.bot_knowledge_dir)
    if result.kb is not None:
        unseen = [a for a in result.kb.announcements.values() if a.id not in known]
        for ann in unseen:
            due = _when(ctx, ann.when) if ann.when else "recurring"
            click.echo(f"{ann.id[:40]:<40} {'(file, not yet read)':<22} {due:<26}")
    if not rows and not (result.kb and result.kb.announcements):
        click.echo("nothing scheduled")


@announce.command()
@click.argument("announcement_id")
@click.option("--lang", type=click.Choice(LANGS), default=None,
              help="Show one language only (default: all four)")
@click.option("--html", "raw", is_flag=True, help="Print the Telegram HTML instead of plain text")
@pass_ctx
def preview(ctx: Context, announcement_id: str, lang: str | None, raw: bool) -> None:
    """Show an announcement as partners will see it, per language, with its audience size.

    Example: python -m bot announce preview ann_korea_matchmaking_2027 --lang ko
    """
    result = load_knowledge(ctx.settings.bot_knowledge_dir)
    kb = result.kb
    ann = kb.announcements.get(announcement_id) if kb else None
    problems: list[str] = []
    if ann is not None:
        payload = Payload.of(ann)
        problems = check_announcement(ann)
    else:
        _store, ledger = _ledger(ctx)
        payload = Payload.model_validate(_latest(ledger, announcement_id).payload)
    for code in ([lang] if lang else LANGS):
        out = render_announcement(payload, Recipient(chat_id=0, lang=code),  # type: ignore[arg-type]
                                  kb.directory if kb else None)
        text = out.text if raw else html.unescape(_TAG.sub("", out.text))
        click.echo(click.style(f"--- {code} ---", bold=True))
        click.echo(text)
        for row in out.buttons:
            click.echo("  " + "  ".join(f"[{b.label}]" for b in row))
        if out.photo:
            click.echo(f"  (photo: {out.photo})")
    if ctx.settings.db_path.exists():
        store, _ = _ledger(ctx)
        click.echo(f"\nAudience right now: {_audience_size(store, payload)} partners "
                   f"(topics: {', '.join(payload.audience.topics)})")
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    if problems:
        raise click.exceptions.Exit(1)


@announce.command()
@click.argument("announcement_id")
@click.option("--watch", is_flag=True, help="Follow a running broadcast until it finishes")
@click.option("--interval", type=float, default=1.0, show_default=True,
              help="Seconds between refreshes with --watch")
@pass_ctx
def status(ctx: Context, announcement_id: str, watch: bool, interval: float) -> None:
    """Delivered / failed / remaining of the latest occurrence, as a progress bar.

    Example: python -m bot announce status ann_latin_film_night_2027_today --watch
    """
    _store, ledger = _ledger(ctx)
    bc = _latest(ledger, announcement_id)
    counts = ledger.counts(bc.id)
    from tqdm import tqdm  # a progress bar for this command alone, not imported by `bot run`

    bar = tqdm(total=max(counts.total, 1), unit="msg", desc=bc.ref[:30], dynamic_ncols=True)
    try:
        while True:
            counts = ledger.counts(bc.id)
            bar.total = max(counts.total, 1)
            bar.n = counts.done
            bar.set_postfix(sent=counts.sent, failed=counts.failed, blocked=counts.blocked,
                            left=counts.todo, refresh=False)
            bar.refresh()
            bc = ledger.get(bc.id) or bc
            if not watch or bc.status not in OPEN_STATES:
                break
            time.sleep(interval)
    finally:
        bar.close()
    click.echo(f"{bc.ref} [{bc.occurrence}] due {_when(ctx, bc.due)}: {bc.status}"
               + (f" ({bc.note})" if bc.note else ""))
    click.echo(f"sent {counts.sent}, failed {counts.failed}, blocked {counts.blocked}, "
               f"skipped {counts.skipped}, remaining {counts.todo}")
    for error, n in ledger.errors(bc.id):
        click.echo(f"  {n} × {error}")
