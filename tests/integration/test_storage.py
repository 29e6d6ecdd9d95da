"""The FSM storage contract, persistence across reopen, and the database file's guarantees."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

import pytest
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.base import StorageKey

from bot.db import MIGRATIONS, Database
from bot.storage import SQLiteStorage


class Form(StatesGroup):
    name = State()


KEY = StorageKey(bot_id=42, chat_id=7, user_id=7)


@pytest.fixture
def storage(db: Database) -> SQLiteStorage:
    return SQLiteStorage(db)


async def test_missing_key_gives_none_and_empty(storage: SQLiteStorage) -> None:
    assert await storage.get_state(KEY) is None
    assert await storage.get_data(KEY) == {}
    assert await storage.get_value(KEY, "x") is None
    assert await storage.get_value(KEY, "x", "fallback") == "fallback"


async def test_state_accepts_state_objects_and_strings(storage: SQLiteStorage) -> None:
    await storage.set_state(KEY, Form.name)
    assert await storage.get_state(KEY) == "Form:name"
    await storage.set_state(KEY, "other:state")
    assert await storage.get_state(KEY) == "other:state"
    await storage.set_state(KEY, None)
    assert await storage.get_state(KEY) is None


async def test_set_data_empty_keeps_state(storage: SQLiteStorage) -> None:
    await storage.set_state(KEY, Form.name)
    await storage.set_data(KEY, {"a": 1})
    await storage.set_data(KEY, {})
    assert await storage.get_state(KEY) == "Form:name"
    assert await storage.get_data(KEY) == {}


async def test_data_is_json_roundtrip(storage: SQLiteStorage) -> None:
    data = {"name": "Иванов ] #set <b>", "n": 3, "nested": {"list": [1, None, True]}}
    await storage.set_data(KEY, data)
    assert await storage.get_data(KEY) == data
    assert await storage.get_value(KEY, "n") == 3


async def test_non_json_data_is_refused(storage: SQLiteStorage) -> None:
    with pytest.raises(TypeError):
        await storage.set_data(KEY, {"when": object()})
    assert await storage.get_data(KEY) == {}


async def test_get_data_returns_a_copy(storage: SQLiteStorage) -> None:
    await storage.set_data(KEY, {"a": 1})
    got = await storage.get_data(KEY)
    got["a"] = 2
    assert await storage.get_data(KEY) == {"a": 1}


async def test_update_data_merges(storage: SQLiteStorage) -> None:
    await storage.set_data(KEY, {"a": 1})
    assert await storage.update_data(KEY, {"b": 2}) == {"a": 1, "b": 2}
    assert await storage.get_data(KEY) == {"a": 1, "b": 2}


async def test_concurrent_update_data_loses_nothing(storage: SQLiteStorage) -> None:
    await asyncio.gather(*(storage.update_data(KEY, {f"k{i}": i}) for i in range(100)))
    assert await storage.get_data(KEY) == {f"k{i}": i for i in range(100)}


@pytest.mark.parametrize(
    "other",
    [
        StorageKey(bot_id=43, chat_id=7, user_id=7),
        StorageKey(bot_id=42, chat_id=8, user_id=7),
        StorageKey(bot_id=42, chat_id=7, user_id=8),
        StorageKey(bot_id=42, chat_id=7, user_id=7, thread_id=5),
        StorageKey(bot_id=42, chat_id=7, user_id=7, business_connection_id="biz"),
        StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="other"),
    ],
)
async def test_every_key_field_isolates(storage: SQLiteStorage, other: StorageKey) -> None:
    await storage.set_state(KEY, Form.name)
    await storage.set_data(KEY, {"mine": True})
    assert await storage.get_state(other) is None
    assert await storage.get_data(other) == {}
    await storage.set_data(other, {"theirs": True})
    assert await storage.get_data(KEY) == {"mine": True}


async def test_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite3"
    first = await Database.open(path)
    await SQLiteStorage(first).set_state(KEY, Form.name)
    await SQLiteStorage(first).set_data(KEY, {"case_id": 12})
    await first.close()

    second = await Database.open(path)
    storage = SQLiteStorage(second, close_db=True)
    assert await storage.get_state(KEY) == "Form:name"
    assert await storage.get_data(KEY) == {"case_id": 12}
    await storage.close()


async def test_file_is_private_wal_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "bot.sqlite3"
    db = await Database.open(path)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await db.fetchone("PRAGMA user_version"))[0] == len(MIGRATIONS)
        assert (await db.fetchone("PRAGMA synchronous"))[0] == 1  # NORMAL
        assert (await db.fetchone("PRAGMA busy_timeout"))[0] == 5000
    finally:
        await db.close()
    # reopening does not run migrations twice
    again = await Database.open(path)
    assert (await again.fetchone("PRAGMA user_version"))[0] == len(MIGRATIONS)
    assert (await again.fetchone("PRAGMA integrity_check"))[0] == "ok"
    await again.close()


async def test_failed_transaction_rolls_back(db: Database) -> None:
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO users (user_id, locale) VALUES (1, 'en')")
            raise RuntimeError("boom")
    assert await db.fetchone("SELECT * FROM users WHERE user_id = 1") is None
