"""The core stays fast by construction: a typed answer reaches the database thread twice
(not 27: one read, and one commit of the whole step before the bot speaks), one FSM
operation is one trip outside an update, what a turn read is not read again, and no filter
sends work to a thread. These count trips and hops; the speed itself is measured by
`python -m benchmarks.core`."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey

from bot.cases import CaseRepo
from bot.db import Database
from bot.prefetch import TurnState, read_person
from bot.storage import SQLiteStorage
from flows.problems import ProblemId
from tests.helpers import START, current, walk

KEY = StorageKey(bot_id=1, chat_id=5, user_id=5)


async def test_each_storage_operation_is_one_trip(db: Database) -> None:
    storage = SQLiteStorage(db)
    for operation in (
        storage.set_state(KEY, "q:item"),
        storage.set_data(KEY, {"case_id": 1}),
        storage.get_state(KEY),
        storage.get_data(KEY),
    ):
        async with db.watching() as seen:
            await operation
        assert len(seen) == 1, seen
    async with db.watching() as seen:
        assert await storage.update_data(KEY, {"x": 2}) == {"case_id": 1, "x": 2}
    assert len(seen) == 2  # read and write, nothing between them


async def test_a_typed_answer_costs_a_handful_of_trips(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    async with db.watching() as seen:
        await me.say("Смартфон Xiaomi Redmi Note 13")
    assert await current(me) != "item"  # the answer was taken
    # one read (state, data, the person, the case: `SQLiteStorage.get_state`); one commit of
    # the step (the edit bookmark, the case, the state) before the next question is put
    assert len(seen) <= 2, seen
    assert [s for s in seen if s.startswith("commit")] == ["commit 3"], seen


async def test_the_turn_reads_its_data_once_and_writes_through(db: Database) -> None:
    storage = SQLiteStorage(db)
    await storage.set_data(KEY, {"case_id": 7})
    state = TurnState(FSMContext(storage, KEY), "q:item")
    async with db.watching() as seen:
        assert await state.get_state() == "q:item"  # from aiogram's own read: no trip
        assert await state.get_value("case_id") == 7
        assert await state.get_data() == {"case_id": 7}
        assert await state.update_data(last=[1, "item"]) == {"case_id": 7, "last": [1, "item"]}
    assert len(seen) == 2  # one read, one write
    assert await storage.get_data(KEY) == {"case_id": 7, "last": [1, "item"]}


async def test_after_the_update_the_turn_state_reads_afresh(db: Database) -> None:
    """A task outliving its update (an album's answer) must not act on what the update saw."""
    storage = SQLiteStorage(db)
    await storage.set_data(KEY, {"case_id": 7})
    state = TurnState(FSMContext(storage, KEY), "q:item")
    assert await state.get_value("case_id") == 7
    state.release()
    await storage.set_data(KEY, {"case_id": 8})  # a later update of the same chat
    await storage.set_state(KEY, "q:price")
    assert await state.get_value("case_id") == 8
    assert await state.get_state() == "q:price"


async def test_the_persons_row_in_one_read(db: Database) -> None:
    nobody = await read_person(db, 42, 42)
    assert (nobody.locale, nobody.timezone, nobody.owes_documents) == (None, None, False)
    await db.execute("INSERT INTO users (user_id, locale, timezone) VALUES (42, 'en', 'Asia/Omsk')")
    async with db.watching() as seen:
        person = await read_person(db, 42, 42)
    assert len(seen) == 1
    assert (person.locale, person.timezone, person.owes_documents) == ("en", "Asia/Omsk", False)
    case = await CaseRepo(db).create(42, START)
    await db.execute(
        "INSERT INTO outbox (case_id, chat_id, kind, version, made_on, locale, created_at)"
        " VALUES (?, 42, 'claim', 1, '2026-11-21', 'en', '2026-11-21')",
        (case.id,),
    )
    assert (await read_person(db, 42, 42)).owes_documents
    assert not (await read_person(db, 43, 43)).owes_documents  # somebody else's chat


async def test_no_filter_hands_work_to_a_thread(talk, monkeypatch: pytest.MonkeyPatch) -> None:
    """aiogram runs a synchronous filter in a thread; every filter of ours is async."""
    hops: list[Any] = []
    original = asyncio.to_thread

    async def watched(fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        hops.append(fn)
        return await original(fn, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", watched)
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.say("Смартфон")
    await me.say("/help")
    assert hops == []
