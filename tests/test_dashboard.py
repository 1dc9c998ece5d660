"""The staff dashboard through HTTP against the real Datasette app, on a seeded `bot.db`."""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from datasette.app import Datasette
from datasette_dashboards import replace_opts_in_query
from pydantic import SecretStr

from bot.cli import main
from bot.dashboard.app import build, ensure_knowledge, missing_tables, table_names
from bot.dashboard.charts import CHARTS, DASHBOARD, FILTERS
from bot.dashboard.metadata import PASSWORD_HASH_ENV
from bot.dashboard.queries import CANNED
from tests.dashboard_support import LUCIA, WEI, seed

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct-horse-battery-42"
USER = "staff"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("dashboard")
    seed(data / "bot.db")
    knowledge, _note = ensure_knowledge(ROOT / "knowledge", data / "knowledge.db")
    assert knowledge is not None
    return data


@pytest.fixture(scope="module")
def app(data_dir: Path) -> Iterator[tuple[Datasette, str]]:
    """The app and the password hash `build` put in the environment, built once for the
    module: building hashes the password (PBKDF2, ~0.3 s of CPU), and the app only reads."""
    built = build(data_dir / "bot.db", data_dir / "knowledge.db", user=USER,
                  password=SecretStr(PASSWORD))
    yield built, os.environ[PASSWORD_HASH_ENV]
    for db in built.databases.values():
        db.close()


@pytest.fixture(scope="module")
def staff_session(app: tuple[Datasette, str]) -> dict[str, str]:
    """Logged in once through the real form (verifying the password is PBKDF2 too); the tests
    of the login itself log in on their own."""
    built, password_hash = app
    os.environ[PASSWORD_HASH_ENV] = password_hash
    try:
        cookies = asyncio.run(login(built))
    finally:
        os.environ.pop(PASSWORD_HASH_ENV, None)
    assert cookies, "the staff login failed"
    return cookies


@pytest.fixture
def cookies(ds: Datasette, staff_session: dict[str, str]) -> dict[str, str]:
    """A logged-in staff member's cookies (a copy: a test may not change the next one's)."""
    return dict(staff_session)


@pytest.fixture
def ds(app: tuple[Datasette, str]) -> Iterator[Datasette]:
    """The module's app, with the environment as `build` leaves it during each test."""
    built, password_hash = app
    os.environ[PASSWORD_HASH_ENV] = password_hash
    yield built
    os.environ.pop(PASSWORD_HASH_ENV, None)


async def login(ds: Datasette, password: str = PASSWORD) -> dict[str, str]:
    """Log in through the real form (CSRF token and all); returns the cookies."""
    page = await ds.client.get("/-/login")
    assert page.status_code == 200
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    cookies = {"ds_csrftoken": page.cookies["ds_csrftoken"]}
    response = await ds.client.post("/-/login", data={"username": USER, "password": password,
                                                      "csrftoken": token}, cookies=cookies)
    if "ds_actor" not in response.cookies:
        return {}
    return {"ds_actor": response.cookies["ds_actor"]}


async def rows(ds: Datasette, path: str, cookies: dict[str, str], **params: Any) -> list[dict]:
    query = urlencode({**params, "_shape": "array"})
    response = await ds.client.get(f"{path}.json?{query}", cookies=cookies)
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


PRIVATE_PAGES = [
    "/", "/bot", "/bot/questions", "/bot/questions.json", "/bot/profiles",
    "/bot/unanswered", "/bot/unanswered.csv", "/bot/inquiries.json",
    "/bot.json?sql=select+*+from+profiles", "/knowledge", "/knowledge/locations",
    "/knowledge/standing_sets", "/-/dashboards", f"/-/dashboards/{DASHBOARD}",
    f"/-/dashboards/{DASHBOARD}/questions-per-day", "/-/metadata", "/-/metadata.json",
    "/-/databases.json", "/-/actor.json", "/-/password-tool",
]


@pytest.mark.parametrize("path", PRIVATE_PAGES)
async def test_anonymous_is_sent_to_login(ds: Datasette, path: str) -> None:
    response = await ds.client.get(path)
    if response.status_code == 302:
        assert response.headers["location"].endswith("/-/login")
    else:
        assert response.status_code in (403, 404), (path, response.status_code)
    assert "Lucía" not in response.text and "Cine Azteca" not in response.text


async def test_login_page_is_open_and_wrong_password_refused(ds: Datasette) -> None:
    assert (await ds.client.get("/-/login")).status_code == 200
    assert await login(ds, password="wrong password!") == {}
    cookies = await login(ds)
    assert (await ds.client.get("/bot/questions", cookies=cookies)).status_code == 200


async def test_unanswered_groups_recent_questions(ds: Datasette, cookies: dict[str, str]) -> None:
    found = {r["question"]: r for r in await rows(ds, "/bot/unanswered", cookies, days="")}
    ming = found["how much does it cost to rent the ming palace set"]
    assert (ming["times_asked"], ming["partners"]) == (2, 2)
    assert ming["example_wording"] == "how much does it cost to rent the ming palace set"
    assert ming["routed_to"] == "gap:locations_desk"
    drones = found["你们有没有无人机拍摄许可"]
    assert (drones["times_asked"], drones["languages"], drones["outcomes"]) == (2, "zh", "fallback")
    assert "can you dub our series into portuguese" not in found  # 20 days old, default 7
    assert all(q not in found for q in ("hello", "ming palace"))  # answered or smalltalk
    month = await rows(ds, "/bot/unanswered", cookies, days="30")
    assert "can you dub our series into portuguese" in {r["question"] for r in month}


async def test_unanswered_exports_csv(ds: Datasette, cookies: dict[str, str]) -> None:
    response = await ds.client.get("/bot/unanswered.csv?days=7", cookies=cookies)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain") or \
        response.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["question"] for r in table} >= {"你们有没有无人机拍摄许可",
                                              "how much does it cost to rent the ming palace set"}
    assert list(table[0])[:3] == ["question", "times_asked", "partners"]


async def test_questions_by_day_splits_outcomes(ds: Datasette, cookies: dict[str, str]) -> None:
    result = await rows(ds, "/bot/questions_by_day", cookies, days="")
    totals = {k: sum(r[k] for r in result) for k in
              ("questions", "answered", "honest_gap", "fallback", "other")}
    assert totals == {"questions": 12, "answered": 5, "honest_gap": 2, "fallback": 4,
                      "other": 1}
    assert {r["language"] for r in result} == {"en", "es", "ko", "zh"}


async def test_top_subjects_without_smalltalk(ds: Datasette, cookies: dict[str, str]) -> None:
    result = await rows(ds, "/bot/top_subjects", cookies, days="")
    by_subject = {r["subject"]: r for r in result}
    assert by_subject["location:ming_qing_palace"]["questions"] == 2  # #address folded in
    assert by_subject["gap:locations_desk"]["questions"] == 2
    assert result[0]["questions"] == 2
    assert not any(s.startswith(("smalltalk", "fallback")) for s in by_subject)


async def test_handoffs_open_first_with_reply_time(ds: Datasette, cookies: dict[str, str]) -> None:
    result = await rows(ds, "/bot/handoffs", cookies, status="")
    assert [r["status"] for r in result] == ["open", "claimed", "closed"]
    open_, claimed, closed = result
    assert claimed["minutes_to_first_reply"] == 30.0 and claimed["minutes_waiting"] is None
    assert open_["partner_chat_id"] == WEI and open_["minutes_to_first_reply"] is None
    assert 24 <= open_["minutes_waiting"] <= 27
    assert closed["minutes_to_first_reply"] == 12.0 and closed["messages"] == 2
    assert closed["partner_name"] == "Lucía"
    only_closed = await rows(ds, "/bot/handoffs", cookies, status="closed")
    assert [r["id"] for r in only_closed] == [1]


async def test_inquiries_newest_first_and_filtered(ds: Datasette, cookies: dict[str, str]) -> None:
    result = await rows(ds, "/bot/inquiries", cookies, kind="", country="")
    assert [r["kind"] for r in result] == ["event_signup", "film", "coproduce"]
    mexico = await rows(ds, "/bot/inquiries", cookies, kind="", country="mx")
    assert [(r["company"], r["contact"], r["partner_chat_id"]) for r in mexico] == [
        ("Cine Azteca", "lucia@cineazteca.mx", LUCIA)]
    films = await rows(ds, "/bot/inquiries", cookies, kind="film", country="")
    assert len(films) == 1


async def test_subscribers_by_topic_counts_active_partners(ds: Datasette,
                                                           cookies: dict[str, str]) -> None:
    result = await rows(ds, "/bot/subscribers_by_topic", cookies)
    counts = {(r["topic"], r["language"]): r["subscribers"] for r in result}
    assert counts == {("catalog", "en"): 1, ("catalog", "es"): 1, ("events", "es"): 1,
                      ("events", "ko"): 1, ("events", "zh"): 1, ("incentives", "zh"): 1}


async def test_broadcasts_delivered_failed_remaining(ds: Datasette,
                                                     cookies: dict[str, str]) -> None:
    (row,) = await rows(ds, "/bot/broadcasts", cookies)
    assert row["announcement"] == "ann_film_night"
    assert (row["delivered"], row["failed"], row["remaining"], row["recipients"]) == (2, 1, 1, 4)
    assert row["status"] == "running" and row["duration_seconds"] is not None


def test_every_canned_query_is_tested() -> None:
    assert set(CANNED) == {"unanswered", "questions_by_day", "top_subjects", "handoffs",
                           "inquiries", "subscribers_by_topic", "broadcasts"}


@pytest.mark.parametrize("filters", [{}, {"date_start": "2000-01-01", "date_end": "2999-12-31",
                                          "lang": "zh"}], ids=["unfiltered", "filtered"])
@pytest.mark.parametrize("slug", list(CHARTS))
async def test_each_chart_query_runs(ds: Datasette, slug: str, filters: dict[str, str],
                                     cookies: dict[str, str]) -> None:
    """As the dashboard's JavaScript does: fill the filter blocks, run through the JSON API."""
    chart = CHARTS[slug]
    assert set(filters) <= set(FILTERS)
    sql = replace_opts_in_query(chart["query"], filters)
    result = await rows(ds, f"/{chart['db']}", cookies, sql=sql, **filters)
    assert result, f"{slug} returned no rows on the seeded database"
    if chart["library"] == "vega-lite":
        fields = {e["field"] for e in chart["display"]["encoding"].values()}
        assert fields <= set(result[0]), (slug, fields, result[0])
    if slug == "questions-per-day" and filters:
        assert {r["language"] for r in result} == {"zh"}
    if slug == "inquiries" and filters:  # no language column: the partner's language
        assert {r["country"] for r in result} == {"CN"}


async def test_dashboard_and_chart_pages_render(ds: Datasette, cookies: dict[str, str]) -> None:
    page = await ds.client.get(f"/-/dashboards/{DASHBOARD}", cookies=cookies)
    assert page.status_code == 200
    for slug in CHARTS:
        assert slug in page.text
    chart = await ds.client.get(f"/-/dashboards/{DASHBOARD}/deliveries", cookies=cookies)
    assert chart.status_code == 200


async def test_knowledge_is_described_read_only_and_mapped(ds: Datasette,
                                                           cookies: dict[str, str]) -> None:
    page = await ds.client.get("/knowledge/locations", cookies=cookies)
    assert page.status_code == 200
    assert "knowledge/locations.yaml" in page.text and "edit the file" in page.text
    assert "datasette-cluster-map" in page.text  # the map script is on the page
    sets = await rows(ds, "/knowledge/standing_sets", cookies)
    assert sets and all(-90 <= r["latitude"] <= 90 and -180 <= r["longitude"] <= 180
                        for r in sets)


async def test_partner_columns_are_labelled(ds: Datasette, cookies: dict[str, str]) -> None:
    page = await ds.client.get("/bot/profiles", cookies=cookies)
    assert "<dt>first_name</dt><dd>🔒 Partner: first name" in page.text
    query = await ds.client.get("/bot/inquiries", cookies=cookies)
    assert "Leads and inquiries" in query.text and "Cine Azteca" in query.text


async def test_never_writes_to_bot_db(ds: Datasette, data_dir: Path,
                                      cookies: dict[str, str]) -> None:
    bot_db = data_dir / "bot.db"
    conn = sqlite3.connect(bot_db)
    before = conn.execute("PRAGMA data_version").fetchone(), _digest(conn)
    response = await ds.client.get(
        "/bot.json?" + urlencode({"sql": "DELETE FROM questions"}), cookies=cookies)
    assert response.status_code == 400  # Datasette refuses anything but SELECT
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await ds.get_database("bot").execute_write("DELETE FROM questions")
    for path in ("/bot/unanswered", "/bot/questions", f"/-/dashboards/{DASHBOARD}"):
        assert (await ds.client.get(path, cookies=cookies)).status_code == 200
    assert _digest(conn) == before[1]
    conn.execute("INSERT INTO audit (at, user_id, action) VALUES ('now', 1, 'bot writes')")
    conn.commit()  # the running bot is not blocked while the dashboard is open
    conn.execute("DELETE FROM audit WHERE action = 'bot writes'")
    conn.commit()
    conn.close()


def _digest(conn: sqlite3.Connection) -> str:
    dump = "\n".join(conn.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


async def test_password_never_shown(ds: Datasette, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cookies = await login(ds)
    secret_hash = os.environ[PASSWORD_HASH_ENV]
    for path in ("/", "/-/metadata.json", "/-/settings.json", "/-/plugins.json",
                 "/-/actor.json", f"/-/dashboards/{DASHBOARD}", "/bot", "/-/login"):
        text = (await ds.client.get(path, cookies=cookies)).text
        assert PASSWORD not in text and secret_hash not in text, path
    assert PASSWORD not in caplog.text


# ------------------------------------------------------------------ the command
def _cli(data_dir: Path, *args: str, **env: str) -> Any:
    base = {"BOT_DATA_DIR": str(data_dir), "BOT_KNOWLEDGE_DIR": str(ROOT / "knowledge"),
            "BOT_DASHBOARD_PASSWORD": "", "BOT_TOKEN": ""}
    return CliRunner().invoke(main, ["dashboard", *args], env={**base, **env})


def test_cli_refuses_without_password(data_dir: Path) -> None:
    result = _cli(data_dir, "--check")
    assert result.exit_code == 1 and "BOT_DASHBOARD_PASSWORD is not set" in result.output


def test_cli_checks_and_never_prints_the_password(data_dir: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = _cli(data_dir, "--check", BOT_DASHBOARD_PASSWORD=PASSWORD)
    assert result.exit_code == 0, result.output
    assert "Dashboard ready" in result.output and "up to date" in result.output
    assert PASSWORD not in result.output and PASSWORD not in caplog.text


def test_cli_short_password_refused_without_echo(data_dir: Path) -> None:
    result = _cli(data_dir, "--check", BOT_DASHBOARD_PASSWORD="hunter2")
    assert result.exit_code == 1 and "BOT_DASHBOARD_PASSWORD" in result.output
    assert "hunter2" not in result.output


def test_cli_no_auth_is_loud_and_loopback_only(data_dir: Path) -> None:
    result = _cli(data_dir, "--check", "--no-auth")
    assert result.exit_code == 0 and "NO LOGIN" in result.output
    refused = _cli(data_dir, "--check", "--no-auth", "--listen", "0.0.0.0")
    assert refused.exit_code == 1 and "loopback" in refused.output


def test_cli_explains_missing_database_and_tables(tmp_path: Path) -> None:
    result = _cli(tmp_path, "--check", BOT_DASHBOARD_PASSWORD=PASSWORD)
    assert result.exit_code == 1 and "No bot database" in result.output
    assert not (tmp_path / "bot.db").exists()  # never created
    from core.store import Store
    from jobs.ledger import Ledger
    from jobs.subscription_store import SubscriptionStore

    store = Store.open(tmp_path / "bot.db")  # a bot from before the question log
    Ledger(store.db)
    SubscriptionStore(store)
    store.db.close()
    assert {m.table for m in missing_tables(tmp_path / "bot.db")} == {
        "questions", "handoffs", "relay", "inquiries"}
    result = _cli(tmp_path, "--check", BOT_DASHBOARD_PASSWORD=PASSWORD)
    assert result.exit_code == 0, result.output
    assert "`questions` (made by the question log): the unanswered, questions_by_day, " \
           "top_subjects queries" in result.output


def test_knowledge_compiled_when_missing_or_stale_and_kept_on_errors(tmp_path: Path) -> None:
    import shutil

    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    target = tmp_path / "knowledge.db"
    path, note = ensure_knowledge(knowledge, target)
    assert path == target and note.startswith("Knowledge compiled")
    assert ensure_knowledge(knowledge, target)[1].endswith("is up to date.")
    faq = knowledge / "faq.yaml"
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert ensure_knowledge(knowledge, target)[1].startswith("Knowledge compiled")
    faq.write_text("faq: [oops\n", encoding="utf-8")
    path, note = ensure_knowledge(knowledge, target)
    assert path == target and "error" in note and "compiled before" in note
    assert "locations" in table_names(target)


def test_every_column_is_described(data_dir: Path) -> None:
    """Staff read a description for every column of every table the dashboard shows."""
    from bot.dashboard.metadata import metadata

    meta = metadata(USER)["databases"]
    for name, path in (("bot", data_dir / "bot.db"), ("knowledge", data_dir / "knowledge.db")):
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' "
            "AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            described = meta[name]["tables"].get(table, {})
            assert described.get("description"), f"{name}.{table} has no description"
            if table == "kb_meta":
                continue
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            undescribed = [c for c in columns if c not in described.get("columns", {})
                           and c != "id"]
            assert not undescribed, f"{name}.{table}: {undescribed}"
        conn.close()
