"""Settings: defaults, parsing, one clear line per wrong value, and a token that never prints."""

from __future__ import annotations

import pytest

from bot.settings import PUBLIC_BOT_API, SettingsError, load_settings

TOKEN = "123456:SECRET-token-value"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    for name in (
        "BOT_TOKEN",
        "BOT_API_URL",
        "BOT_DATA_DIR",
        "BOT_KNOWLEDGE_DIR",
        "BOT_ADMIN_IDS",
        "BOT_STAFF_CHAT_ID",
        "BOT_TIMEZONE",
        "BOT_GRACE_HOURS",
        "BOT_REMINDER_OFFSETS",
        "BOT_STORE_ALERT_SECONDS",
        "BOT_SHUTDOWN_SECONDS",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults() -> None:
    s = load_settings()
    assert s.bot_token is None
    assert s.bot_api_url == PUBLIC_BOT_API
    assert s.bot_timezone == "Asia/Shanghai"
    assert s.bot_admin_ids == frozenset()
    assert s.bot_reminder_offsets == (1440, 60)


def test_the_e2e_tests_shortened_waits_keep_production_defaults() -> None:
    """The e2e tests set BOT_STORE_ALERT_SECONDS and BOT_SHUTDOWN_SECONDS low to wait less; a
    deployment gets the store's 5 s before staff hear of a lock and the 9 s stop deadline
    (under a supervisor's 10)."""
    from bot.serve import SHUTDOWN_DEADLINE
    from core.store import ALERT_AFTER

    s = load_settings()
    assert s.bot_store_alert_seconds == ALERT_AFTER == 5.0
    assert s.bot_shutdown_seconds == SHUTDOWN_DEADLINE == 9.0


def test_environment_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_API_URL", "http://127.0.0.1:8081/")
    monkeypatch.setenv("BOT_ADMIN_IDS", "11, 22,33")
    monkeypatch.setenv("BOT_STAFF_CHAT_ID", "-1001")
    monkeypatch.setenv("BOT_REMINDER_OFFSETS", "60,1440,30")
    s = load_settings()
    assert s.bot_api_url == "http://127.0.0.1:8081"
    assert s.bot_admin_ids == {11, 22, 33}
    assert s.bot_staff_chat_id == -1001
    assert s.bot_reminder_offsets == (1440, 60, 30)


def test_every_wrong_value_is_named_and_token_is_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    monkeypatch.setenv("BOT_TIMEZONE", "Mars/Olympus")
    monkeypatch.setenv("BOT_ADMIN_IDS", "12,abc")
    monkeypatch.setenv("BOT_API_URL", "api.telegram.org")
    with pytest.raises(SettingsError) as err:
        load_settings()
    message = str(err.value)
    for name in ("BOT_TIMEZONE", "BOT_ADMIN_IDS", "BOT_API_URL"):
        assert name in message
    assert TOKEN not in message


def test_token_never_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TOKEN", TOKEN)
    s = load_settings()
    assert TOKEN not in repr(s) and TOKEN not in str(s.model_dump())
    assert s.bot_token.get_secret_value() == TOKEN
