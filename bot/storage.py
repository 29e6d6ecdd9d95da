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


def _key(key: StorageKey) -> tuple[Any, ...]:
    return (
        key.bot_id,
        key.chat_id,
        key.user_id,
        key.thread_id or 0,
        key.business_connection_id or "",
        key.destiny,
    )


def _state_name(state: StateType) -> str | None:
    if isinstance(state, State):
        return state.state
    return state


def _check_dict_like(data: object) -> None:
    """aiogram's storage contract: anything but a mapping is `DataNotDictLikeError`."""
    if not isinstance(data, Mapping):
        raise DataNotDictLikeError(
            f"Data must be a dict or dict-like object, got {type(data).__name__}"
        )


class SQLiteStorage(BaseStorage):
    def __init__(self, db: Database, *, close_db: bool = False) -> None:
        self.db = db
        self._close_db = close_db

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO fsm (bot_id, chat_id, user_id, thread_id, business_connection_id,"
                " destiny, state) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO UPDATE SET state = excluded.state,"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (*_key(key), _state_name(state)),
            )

    async def get_state(self, key: StorageKey) -> str | None:
        row = await self.db.fetchone(f"SELECT state FROM fsm WHERE {_KEY_WHERE}", _key(key))
        return row["state"] if row else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        _check_dict_like(data)
        payload = json.dumps(dict(data), ensure_ascii=False, separators=(",", ":"))
        async with self.db.transaction() as conn:
            await self._write_data(conn, key, payload)

    @staticmethod
    async def _write_data(conn: Any, key: StorageKey, payload: str) -> None:
        await conn.execute(
            "INSERT INTO fsm (bot_id, chat_id, user_id, thread_id, business_connection_id,"
            " destiny, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET data = excluded.data,"
            " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (*_key(key), payload),
        )

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        row = await self.db.fetchone(f"SELECT data FROM fsm WHERE {_KEY_WHERE}", _key(key))
        return json.loads(row["data"]) if row else {}

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Read, merge and write in one transaction, so concurrent updates never lose a field."""
        _check_dict_like(data)
        async with self.db.transaction() as conn:
            async with conn.execute(f"SELECT data FROM fsm WHERE {_KEY_WHERE}", _key(key)) as cur:
                row = await cur.fetchone()
            current: dict[str, Any] = json.loads(row["data"]) if row else {}
            current.update(data)
            payload = json.dumps(current, ensure_ascii=False, separators=(",", ":"))
            await self._write_data(conn, key, payload)
        return dict(current)

    async def close(self) -> None:
        if self._close_db:
            await self.db.close()
