"""aiogram FSM storage in PostgreSQL: the same table and JSON as `bot.storage.SQLiteStorage`,
its upserts spelled for PostgreSQL (a conflict target, the server's clock)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.pg.db import PgDatabase
from bot.pg.schema import NOW_TEXT
from bot.storage import check_dict_like, dump_data, key_values, state_name

_COLUMNS = "bot_id, chat_id, user_id, thread_id, business_connection_id, destiny"
_KEY_WHERE = (
    "bot_id = $1 AND chat_id = $2 AND user_id = $3 AND thread_id = $4"
    " AND business_connection_id = $5 AND destiny = $6"
)


def _upsert(column: str) -> str:
    return (
        f"INSERT INTO fsm ({_COLUMNS}, {column}) VALUES ($1, $2, $3, $4, $5, $6, $7)"
        f" ON CONFLICT ({_COLUMNS}) DO UPDATE SET {column} = excluded.{column},"
        f" updated_at = {NOW_TEXT}"
    )


_SET_STATE = _upsert("state")
_SET_DATA = _upsert("data")


class PgStorage(BaseStorage):
    def __init__(self, db: PgDatabase, *, close_db: bool = False) -> None:
        self.db = db
        self._close_db = close_db

    # Writes wait for the update's commit when an update is under way (`bot.db.Unit`); a
    # read first commits what this task wrote, so it sees it.

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self.db.write(_SET_STATE, (*key_values(key), state_name(state)), native=True)

    async def get_state(self, key: StorageKey) -> str | None:
        await self.db.flush()
        return await self.db.native().fetchval(
            f"SELECT state FROM fsm WHERE {_KEY_WHERE}", *key_values(key)
        )

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        check_dict_like(data)
        await self.db.write(_SET_DATA, (*key_values(key), dump_data(data)), native=True)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        await self.db.flush()
        raw = await self.db.native().fetchval(
            f"SELECT data FROM fsm WHERE {_KEY_WHERE}", *key_values(key)
        )
        return json.loads(raw) if raw else {}

    async def update_data(self, key: StorageKey, data: Mapping[str, Any]) -> dict[str, Any]:
        """Read (locking the row), merge and write in one transaction."""
        check_dict_like(data)
        async with self.db.transaction() as conn:
            raw = await conn.raw.fetchval(
                f"SELECT data FROM fsm WHERE {_KEY_WHERE} FOR UPDATE", *key_values(key)
            )
            current: dict[str, Any] = json.loads(raw) if raw else {}
            current.update(data)
            await conn.raw.execute(_SET_DATA, *key_values(key), dump_data(current))
        return dict(current)

    async def close(self) -> None:
        if self._close_db:
            await self.db.close()
