"""aiogram FSM storage in SQLite: a restart, or a kill -9, resumes every chat at its question.

Data is JSON, readable and safe to load; every `StorageKey` field is part of the primary key, so two
threads of one chat, two bots, or two destinies never see each other's state.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.exceptions import DataNotDictLikeError
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.db import Database

_KEY_WHERE = (
    "bot_id = ? AND chat_id = ? AND user_id = ? AND thread_id = ? "
    "AND business_connection_id = ? AND destiny = ?"
)


_SET_STATE = (
    "INSERT INTO fsm (bot_id, chat_id, user_id, thread_id, business_connection_id,"
    " destiny, state) VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT DO UPDATE SET state = excluded.state,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
)
_SET_DATA = (
    "INSERT INTO fsm (bot_id, chat_id, user_id, thread_id, business_connection_id,"
    " destiny, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT DO UPDATE SET data = excluded.data,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
)


def dump_data(data: Mapping[str, Any]) -> str:
    """FSM data as stored by both databases: compact JSON, Cyrillic kept readable."""
    return json.dumps(dict(data), ensure_ascii=False, separators=(",", ":"))


def key_values(key: StorageKey) -> tuple[Any, ...]:
    """Every `StorageKey` field, in the primary key's order (shared with `bot.pg.storage`)."""
    return (
        key.bot_id,
        key.chat_id,
        key.user_id,
        key.thread_id or 0,
        key.business_connection_id or "",
        key.destiny,
    )


def state_name(state: StateType) -> str | None:
    if isinstance(state, State):
        return state.state
    return state


def check_dict_like(data: object) -> None:
    """aiogram's storage contract: anything but a mapping is `DataNotDictLikeError`."""
    if not isinstance(data, Mapping):
        raise DataNotDictLikeError(
            f"Data must be a dict or dict-like object, got {type(data).__name__}"
        )


class SQLiteStorage(BaseStorage):
    def __init__(self, db: Database, *, close_db: bool = False) -> None:
        self.db = db
        self._close_db = close_db

    # Every operation is one statement and one trip to the database thread: a write is an
    # upsert that commits on its own, a read fetches in the same trip.

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self.db.execute(_SET_STATE, (*key_values(key), state_name(state)))

    async def get_state(self, key: StorageKey) -> str | None:
        row = await self.db.fetchone(f"SELECT state FROM fsm WHERE {_KEY_WHERE}", key_values(key))
        return row["state"] if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        check_dict_like(data)
        await self.db.execute(_SET_DATA, (*key_values(key), dump_data(data)))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        row = await self.db.fetchone(f"SELECT data FROM fsm WHERE {_KEY_WHERE}", key_values(key))
        return json.loads(row["data"]) if row else {}

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Read, merge and write with no other statement in between, so concurrent updates
        never lose a field (two trips; the write commits on its own)."""
        check_dict_like(data)
        async with self.db.exclusive() as conn:
            rows = list(
                await conn.execute_fetchall(
                    f"SELECT data FROM fsm WHERE {_KEY_WHERE}", key_values(key)
                )
            )
            current: dict[str, Any] = json.loads(rows[0]["data"]) if rows else {}
            current.update(data)
            await conn.execute_fetchall(_SET_DATA, (*key_values(key), dump_data(current)))
        return dict(current)

    async def close(self) -> None:
        if self._close_db:
            await self.db.close()
