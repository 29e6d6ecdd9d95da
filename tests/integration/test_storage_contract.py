"""aiogram's own storage contract (its `tests/test_fsm/storage` cases for every storage,
written again here) against `SQLiteStorage` and `PgStorage`, next to aiogram's
`MemoryStorage` as the reference: whatever passes for aiogram's storage must pass for ours."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TypedDict

import pytest
from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from bot.db import Database
from bot.isolation import ChatEventIsolation
from bot.pg.db import PgDatabase
from bot.pg.storage import PgStorage
from bot.storage import SQLiteStorage

KEY = StorageKey(chat_id=-42, user_id=42, bot_id=42)


@pytest.fixture(params=["sqlite", "postgresql", "memory"])
async def storage(request, settings) -> AsyncIterator[BaseStorage]:
    made: BaseStorage
    if request.param == "sqlite":
        made = SQLiteStorage(await Database.open(settings.database_path), close_db=True)
    elif request.param == "postgresql":
        made = PgStorage(await PgDatabase.open(request.getfixturevalue("pg_url")), close_db=True)
    else:
        made = MemoryStorage()
    yield made
    await made.close()


class CustomTypedDict(TypedDict, total=False):
    foo: str
    bar: str


async def test_set_state(storage: BaseStorage) -> None:
    assert await storage.get_state(key=KEY) is None
    await storage.set_state(key=KEY, state="state")
    assert await storage.get_state(key=KEY) == "state"
    await storage.set_state(key=KEY, state=None)
    assert await storage.get_state(key=KEY) is None


async def test_set_data(storage: BaseStorage) -> None:
    assert await storage.get_data(key=KEY) == {}
    assert await storage.get_value(storage_key=KEY, dict_key="foo") is None
    assert await storage.get_value(storage_key=KEY, dict_key="foo", default="baz") == "baz"

    await storage.set_data(key=KEY, data={"foo": "bar"})
    assert await storage.get_data(key=KEY) == {"foo": "bar"}
    assert await storage.get_value(storage_key=KEY, dict_key="foo") == "bar"
    assert await storage.get_value(storage_key=KEY, dict_key="foo", default="baz") == "bar"

    await storage.set_data(key=KEY, data={})
    assert await storage.get_data(key=KEY) == {}
    assert await storage.get_value(storage_key=KEY, dict_key="foo") is None
    assert await storage.get_value(storage_key=KEY, dict_key="foo", default="baz") == "baz"

    await storage.set_data(key=KEY, data=CustomTypedDict(foo="bar", bar="baz"))
    assert await storage.get_data(key=KEY) == {"foo": "bar", "bar": "baz"}
    assert await storage.get_value(storage_key=KEY, dict_key="foo") == "bar"
    assert await storage.get_value(storage_key=KEY, dict_key="foo", default="baz") == "bar"

    with pytest.raises(DataNotDictLikeError):
        await storage.set_data(key=KEY, data=())


@pytest.mark.parametrize("bad", [(), [], "text", 5, None, [("a", 1)]])
async def test_anything_but_a_mapping_is_not_dict_like(storage: BaseStorage, bad) -> None:
    with pytest.raises(DataNotDictLikeError):
        await storage.set_data(key=KEY, data=bad)
    assert await storage.get_data(key=KEY) == {}


async def test_update_data(storage: BaseStorage) -> None:
    assert await storage.get_data(key=KEY) == {}
    assert await storage.update_data(key=KEY, data={"foo": "bar"}) == {"foo": "bar"}
    assert await storage.update_data(key=KEY, data={}) == {"foo": "bar"}
    assert await storage.get_data(key=KEY) == {"foo": "bar"}
    assert await storage.update_data(key=KEY, data={"baz": "spam"}) == {
        "foo": "bar",
        "baz": "spam",
    }
    assert await storage.get_data(key=KEY) == {"foo": "bar", "baz": "spam"}
    assert await storage.update_data(key=KEY, data={"baz": "test"}) == {
        "foo": "bar",
        "baz": "test",
    }
    assert await storage.get_data(key=KEY) == {"foo": "bar", "baz": "test"}


@pytest.fixture(params=["chat", "aiogram-lock"])
def isolation(request) -> BaseEventIsolation:
    from aiogram.fsm.storage.memory import SimpleEventIsolation

    return ChatEventIsolation() if request.param == "chat" else SimpleEventIsolation()


async def test_isolation_lock(isolation: BaseEventIsolation) -> None:
    order: list[str] = []

    async def hold(name: str) -> None:
        async with isolation.lock(key=KEY):
            order.append(f"{name} in")
            await asyncio.sleep(0)  # a turn of the loop for the other to try its luck
            order.append(f"{name} out")

    await asyncio.gather(hold("a"), hold("b"))
    assert order == ["a in", "a out", "b in", "b out"]  # one chat's events, one at a time
    await isolation.close()
