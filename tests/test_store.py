"""The store writes a profile only when something changed, and its cache never goes stale."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import core.store as store_module
from core.store import LAST_SEEN_EVERY, Store


def writes(store: Store) -> int:
    """Rows changed so far on every connection (the writer thread has its own)."""
    assert store.flush()
    return sum(conn.total_changes for conn in store.db.connections())


def test_touch_writes_nothing_when_nothing_changed(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "bot.db")
    first = store.touch(7, user_id=7, first_name="Ana", language_code="es")
    before = writes(store)
    for _ in range(20):
        assert store.touch(7, user_id=7, first_name="Ana", language_code="es") == first
    assert writes(store) == before
    renamed = store.touch(7, user_id=7, first_name="Ana María", language_code="es")
    assert renamed.first_name == "Ana María" and writes(store) == before + 1
    reopened = Store.open(tmp_path / "bot.db")  # what another process reads
    assert reopened.profile(7).first_name == "Ana María"  # type: ignore[union-attr]


def test_setters_and_inactivity_update_the_cached_profile(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "bot.db")
    store.touch(7, user_id=7, language_code="es")
    store.set_language(7, "ko")
    store.set_timezone(7, "Asia/Seoul")
    profile = store.touch(7, user_id=7, language_code="es")
    assert (profile.language, profile.timezone) == ("ko", "Asia/Seoul")
    store.mark_inactive(7, "403 blocked")
    assert store.profile(7).active is False  # type: ignore[union-attr]
    assert store.touch(7, user_id=7, language_code="es").active  # writing again reactivates


def test_last_seen_is_refreshed_once_it_is_old(tmp_path: Path, monkeypatch) -> None:
    store = Store.open(tmp_path / "bot.db")
    store.touch(7, user_id=7)
    seen = store.db["profiles"].get(7)["last_seen"]
    later = store_module.utcnow() + LAST_SEEN_EVERY + timedelta(minutes=1)
    monkeypatch.setattr(store_module, "utcnow", lambda: later)
    before = writes(store)
    store.touch(7, user_id=7)
    assert writes(store) == before + 1
    assert store.db["profiles"].get(7)["last_seen"] > seen


def test_a_known_partners_change_is_not_waited_for_and_lands_in_order(tmp_path: Path) -> None:
    """A partner switching language mid-conversation does not wait for the commit: the cached
    profile says it at once, and the write follows the ones queued before it."""
    import threading

    store = Store.open(tmp_path / "bot.db", write_wait=60.0)
    store.touch(7, user_id=7, language_code="es")
    release = threading.Event()
    store.submit(lambda db: release.wait(30))  # the writer is busy with someone else's write
    caller = threading.Thread(target=store.set_chat_lang, args=(7, "ko"))
    caller.start()
    caller.join(10)
    try:
        assert not caller.is_alive(), "set_chat_lang waited for the writer"
        assert store.profile(7).chat_lang == "ko"  # type: ignore[union-attr]
        assert store.db["profiles"].get(7)["chat_lang"] is None  # not written yet
    finally:
        release.set()
    assert store.flush()
    assert Store.open(tmp_path / "bot.db").profile(7).chat_lang == "ko"  # type: ignore[union-attr]
