"""aiogram FSM storage in PostgreSQL: the same table and JSON as `bot.storage.SQLiteStorage`,
its upserts spelled for PostgreSQL (a conflict target, the server's clock)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.storage.base import BaseStorage, StateType, StorageKey

from bot.pg.db import PgDatabase
from bot.pg.schema import NOW_TEXT
from bot.storage import check_dict_like, dump_data, key_values, remember_wide_read, state_name

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


# `bot.storage._WIDE_READ` in PostgreSQL's words: the state, and in the same round trip the
# chat's data, the person's row and the chat's current case.
_WIDE_READ = (
    "SELECT f.state, f.data, u.locale, u.timezone,"
    " EXISTS (SELECT 1 FROM outbox WHERE chat_id = me.chat_id) AS owes,"
    " c.id AS case_id, c.data AS case_data"
    " FROM (SELECT $1::bigint AS bot_id, $2::bigint AS chat_id, $3::bigint AS user_id,"
    " $4::bigint AS thread_id, $5::text AS business_connection_id, $6::text AS destiny) AS me"
    " LEFT JOIN fsm f ON f.bot_id = me.bot_id AND f.chat_id = me.chat_id"
    " AND f.user_id = me.user_id AND f.thread_id = me.thread_id"
    " AND f.business_connection_id = me.business_connection_id AND f.destiny = me.destiny"
    " LEFT JOIN users u ON u.user_id = me.user_id"
    " LEFT JOIN cases c ON c.owner_id = me.user_id AND c.id = CASE"
    " WHEN jsonb_typeof(f.data::jsonb -> 'case_id') = 'number'"
    " THEN (f.data::jsonb ->> 'case_id')::bigint END"
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
        """The state, and in the same round trip what the update will ask next
        (`bot.storage.take_wide_read`)."""
        await self.db.flush()
        row = await self.db.native().fetchrow(_WIDE_READ, *key_values(key))
        if row is None:  # pragma: no cover - the LEFT JOINs always give one row
            return None
        remember_wide_read(key, row)
        state: str | None = row["state"]
        return state

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
