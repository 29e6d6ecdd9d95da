"""An update's writes wait in a unit of work and commit together (`bot.db.Unit`): in one
transaction, all or none, seen by the update's own reads before they commit, never by
another task's writes, and not at all outside an update (aiogram's storage contract)."""

from __future__ import annotations

import asyncio

import pytest
from aiogram.fsm.storage.base import StorageKey

from bot.cases import CaseRepo
from bot.db import Database
from tests.conftest import storage_on
from tests.helpers import START

KEY = StorageKey(bot_id=1, chat_id=5, user_id=5)
pytestmark = pytest.mark.backends


async def _count(db, table: str) -> int:
    return (await db.fetchone(f"SELECT COUNT(*) FROM {table}"))[0]


async def test_writes_wait_for_the_end_of_the_unit(db) -> None:
    storage = storage_on(db)
    case = await CaseRepo(db).create(5, START)
    async with db.unit():
        await storage.set_state(KEY, "q:item")
        await storage.set_data(KEY, {"case_id": case.id})
        await CaseRepo(db).log(case.id, START, "answered")
        assert len(db.current_unit().writes) == 3  # nothing stored yet
        seen = await asyncio.create_task(_count(db, "fsm"))  # another task: not yet
        assert seen == 0
    assert await storage.get_state(KEY) == "q:item"
    assert await storage.get_data(KEY) == {"case_id": case.id}
    assert await _count(db, "events") == 2  # created, answered


async def test_a_read_in_the_unit_sees_its_writes(db) -> None:
    storage = storage_on(db)
    async with db.unit():
        await storage.set_data(KEY, {"case_id": 3})
        assert await storage.get_data(KEY) == {"case_id": 3}
        assert db.current_unit().writes == []  # committed first, so the read saw them


async def test_the_unit_commits_all_or_nothing(db) -> None:
    storage = storage_on(db)
    case = await CaseRepo(db).create(5, START)
    with pytest.raises(Exception, match=r"(?i)foreign key|violates"):
        async with db.unit():
            await storage.set_state(KEY, "q:item")
            await CaseRepo(db).log(case.id, START, "answered")
            await db.execute(  # the last statement fails: the unit's commit is undone
                "INSERT INTO events (case_id, at, kind) VALUES (?, ?, 'x')", (999_999, "now")
            )
    assert await storage.get_state(KEY) is None
    assert await _count(db, "events") == 1  # only "created"


async def test_a_task_the_update_starts_writes_on_its_own(db) -> None:
    """An album's answer runs after its update; it must not put its writes in a unit that
    is already committed (they would be lost)."""
    storage = storage_on(db)
    async with db.unit():
        await asyncio.create_task(storage.set_state(KEY, "q:later"))
        assert db.current_unit().writes == []
    assert await storage.get_state(KEY) == "q:later"


async def test_outside_a_unit_each_write_is_stored_at_once(db) -> None:
    storage = storage_on(db)
    assert db.current_unit() is None
    await storage.set_state(KEY, "q:item")
    assert await asyncio.create_task(storage.get_state(KEY)) == "q:item"


async def test_sqlite_commits_a_unit_in_one_trip(tmp_path) -> None:
    db = await Database.open(tmp_path / "one.sqlite3")
    try:
        storage = storage_on(db)
        before = db.batch_trips
        async with db.unit():
            for n in range(5):
                await storage.set_data(KEY, {"n": n})
            await storage.set_state(KEY, "q:item")
        assert db.batch_trips == before + 1
        assert await storage.get_data(KEY) == {"n": 4}
    finally:
        await db.close()


async def test_the_state_read_brings_the_chat_the_person_and_the_case(db) -> None:
    """aiogram reads the state first thing in every update; the same trip brings what the
    update reads next (`bot.prefetch.Prefetch` takes it)."""
    from bot.storage import take_wide_read

    storage = storage_on(db)
    case = await CaseRepo(db).create(5, START)
    await db.execute("INSERT INTO users (user_id, locale, timezone) VALUES (5, 'en', 'Asia/Omsk')")
    await storage.set_state(KEY, "q:item")
    await storage.set_data(KEY, {"case_id": case.id, "last": [1, "item"]})
    assert await storage.get_state(KEY) == "q:item"
    read = take_wide_read(KEY)
    assert read is not None
    assert (read.state, read.data) == ("q:item", {"case_id": case.id, "last": [1, "item"]})
    assert (read.locale, read.timezone, read.owes) == ("en", "Asia/Omsk", False)
    assert read.case_id == case.id
    assert read.case_json is not None
    assert take_wide_read(KEY) is None  # once
    other = StorageKey(bot_id=1, chat_id=6, user_id=6)
    await storage.get_state(other)
    assert take_wide_read(KEY) is None  # not another chat's
    await storage.set_data(other, {"case_id": case.id})  # somebody else's case: not read
    await storage.get_state(other)
    stranger = take_wide_read(other)
    assert stranger is not None
    assert stranger.case_json is None
