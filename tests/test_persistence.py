"""PTB persistence in SQLite: a flow's state and data survive a new process; JSON only."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.persistence import StorePersistence


def test_round_trip_through_a_new_instance(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"

    async def write() -> None:
        p = StorePersistence(db)
        await p.update_conversation("inquiry", (42, 42), "country")
        await p.update_conversation("announce", (7, 7), 1)
        await p.update_user_data(42, {"inquiry": {"fields": {"company": "Sol"}, "step": "country"}})
        await p.update_chat_data(42, {"k": [1, 2]})
        await p.update_user_data(9, {"x": object()})  # not JSON: left out, never pickled
        await p.flush()

    async def read() -> tuple:
        p = StorePersistence(db)
        return (await p.get_conversations("inquiry"), await p.get_conversations("announce"),
                await p.get_user_data(), await p.get_chat_data())

    asyncio.run(write())
    inquiry, announce, users, chats = asyncio.run(read())
    assert inquiry == {(42, 42): "country"} and announce == {(7, 7): 1}
    assert users == {42: {"inquiry": {"fields": {"company": "Sol"}, "step": "country"}}, 9: {}}
    assert chats == {42: {"k": [1, 2]}}


def test_ending_a_flow_removes_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"

    async def run() -> tuple:
        p = StorePersistence(db)
        await p.update_conversation("inquiry", (42, 42), "country")
        await p.update_user_data(42, {"inquiry": {}})
        await p.update_conversation("inquiry", (42, 42), None)
        await p.update_user_data(42, {})
        return await p.get_conversations("inquiry"), await p.get_user_data()

    assert asyncio.run(run()) == ({}, {})


def test_data_that_did_not_change_is_not_written_again(tmp_path: Path) -> None:
    """PTB hands over every chat that sent an update; only real changes reach the database."""
    db = tmp_path / "bot.db"

    async def run() -> list[str]:
        p = StorePersistence(db)
        await p.get_user_data(), await p.get_chat_data()  # start-up reads, as PTB does
        await p.update_user_data(42, {"inquiry": {"step": "country"}})
        statements: list[str] = []
        assert p.store.flush()
        connections = p.db.connections()  # the writer thread's too
        for conn in connections:
            conn.set_trace_callback(statements.append)
        await p.update_user_data(42, {"inquiry": {"step": "country"}})  # same data
        await p.update_user_data(7, {})  # a chat without a flow, as before
        await p.update_chat_data(7, {})
        assert p.store.flush()
        unchanged = list(statements)
        await p.update_user_data(42, {"inquiry": {"step": "people"}})
        await p.update_user_data(42, {})
        assert p.store.flush()
        for conn in connections:
            conn.set_trace_callback(None)
        changed = [s for s in statements[len(unchanged):] if "ptb_user_data" in s]
        return [*unchanged, "--", *changed]

    out = asyncio.run(run())
    assert out[0] == "--", out  # nothing ran for the unchanged data
    assert any("INSERT" in s or "UPDATE" in s for s in out[1:]), out
    assert any(s.upper().startswith("DELETE") for s in out[1:]), out
