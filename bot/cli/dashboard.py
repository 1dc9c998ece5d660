"""`python -m bot dashboard`: the staff dashboard (Datasette) on the bot's database, read-only."""

from __future__ import annotations

import ipaddress

import click

from bot.cli import Context, pass_ctx


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--listen", default=None, metavar="ADDRESS",
              help="Address to listen on (default: BOT_DASHBOARD_LISTEN, i.e. 127.0.0.1)")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port to listen on (default: BOT_DASHBOARD_PORT, i.e. 8001)")
@click.option("--no-auth", is_flag=True,
              help="Local demo only: no login, anyone who reaches the port sees partner data. "
                   "Refused unless listening on a loopback address.")
@click.option("--check", is_flag=True,
              help="Prepare and check everything (database, tables, knowledge, password), "
                   "then exit instead of serving")
@pass_ctx
def dashboard(ctx: Context, listen: str | None, port: int | None, no_auth: bool,
              check: bool) -> None:
    """Staff dashboard: charts, saved queries and CSV export over the bot's database.

    Opens BOT_DATA_DIR/bot.db read-only (the running bot is never blocked and nothing is ever
    written to it) and the knowledge compiled from BOT_KNOWLEDGE_DIR (compiled first if
    missing or older than the files). Log in as BOT_DASHBOARD_USER with
    BOT_DASHBOARD_PASSWORD; the dashboard refuses to start without a password.

    Example: BOT_DASHBOARD_PASSWORD='long secret' python -m bot dashboard --port 8001
    """
    from bot.dashboard.app import build, ensure_knowledge, loud, missing_tables, serve

    settings = ctx.settings
    host = listen or settings.bot_dashboard_listen
    port = port or settings.bot_dashboard_port
    password = settings.bot_dashboard_password
    if no_auth and not _loopback(host):
        raise click.ClickException(f"--no-auth only listens on a loopback address such as "
                                   f"127.0.0.1, not {host}: partner data would be open to all.")
    if not no_auth and password is None:
        raise click.ClickException(
            "BOT_DASHBOARD_PASSWORD is not set: the dashboard shows partner data and needs a "
            "login. Set it in .env (see .env.example), or use --no-auth for a local demo.")
    bot_db = settings.db_path
    if not bot_db.is_file():
        raise click.ClickException(
            f"No bot database at {bot_db} yet. Start the bot once (`make run`) so it creates "
            f"it, or set BOT_DATA_DIR; the dashboard only reads, it never creates it.")
    missing = missing_tables(bot_db)
    if missing:
        click.echo(f"{bot_db} has no table yet for:", err=True)
        for item in missing:
            click.echo(f"  - {item}", err=True)
    knowledge_db, note = ensure_knowledge(settings.bot_knowledge_dir,
                                          settings.bot_data_dir / "knowledge.db")
    click.echo(note, err=True)
    user = None if no_auth else settings.bot_dashboard_user
    ds = build(bot_db, knowledge_db, user=user, password=None if no_auth else password)
    if no_auth:
        loud("WARNING: --no-auth: NO LOGIN. Anyone who can reach "
             f"http://{host}:{port}/ sees partner data.\nUse it for a local demo only; "
             "set BOT_DASHBOARD_PASSWORD for real use.")
    if check:
        click.echo("Dashboard ready (--check: not serving).")
        return
    who = "no login (demo)" if no_auth else f"log in as {user!r} with BOT_DASHBOARD_PASSWORD"
    click.echo(f"Staff dashboard on http://{host}:{port}/ ({who}); Ctrl-C to stop.")
    serve(ds, host, port)
