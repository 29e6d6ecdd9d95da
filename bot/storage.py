"""aiogram FSM storage in SQLite: a restart, or a kill -9, resumes every chat at its question.

Data is JSON, readable and safe to load; every `StorageKey` field is part of the primary key, so two
threads of one chat, two bots, or two destinies never see each other's state.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
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


# What `get_state` read besides the state, for the update that asked (aiogram's FSM middleware
# asks first thing, under the chat's lock): the chat's data, the person's row and the chat's
# current case, so the update starts with one trip instead of four (`bot/prefetch.py`).
_WIDE_READ = (
    "SELECT f.state, f.data, u.locale, u.timezone,"
    " EXISTS (SELECT 1 FROM outbox WHERE chat_id = me.chat_id) AS owes,"
    " c.id AS case_id, c.data AS case_data"
    " FROM (SELECT ? AS bot_id, ? AS chat_id, ? AS user_id, ? AS thread_id,"
    " ? AS business_connection_id, ? AS destiny) AS me"
    " LEFT JOIN fsm f ON f.bot_id = me.bot_id AND f.chat_id = me.chat_id"
    " AND f.user_id = me.user_id AND f.thread_id = me.thread_id"
    " AND f.business_connection_id = me.business_connection_id AND f.destiny = me.destiny"
    " LEFT JOIN users u ON u.user_id = me.user_id"
    " LEFT JOIN cases c ON c.id = json_extract(f.data, '$.case_id') AND c.owner_id = me.user_id"
)


@dataclass(frozen=True)
class WideRead:
    """The chat as `get_state` found it: the key's FSM row, the person (`key.user_id`) and
    the chat's current case, if it is theirs."""

    key: StorageKey
    state: str | None
    data: dict[str, Any]
    locale: str | None
    timezone: str | None
    owes: bool
    case_id: int | None
    case_json: str | None


_last_read: ContextVar[WideRead | None] = ContextVar("claimbot_wide_read", default=None)


def remember_wide_read(key: StorageKey, row: Any) -> None:
    """Keep a row of `_WIDE_READ` (or PostgreSQL's spelling of it) for `take_wide_read`."""
    _last_read.set(
        WideRead(
            key,
            row["state"],
            json.loads(row["data"]) if row["data"] is not None else {},
            row["locale"],
            row["timezone"],
            bool(row["owes"]),
            row["case_id"],
            row["case_data"],
        )
    )


def take_wide_read(key: StorageKey) -> WideRead | None:
    """What the last `get_state` of this task read, if it was for `key`; once."""
    read = _last_read.get()
    _last_read.set(None)
    return read if read is not None and read.key == key else None


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
    # upsert that commits on its own (or, in an update, with the update's unit: `bot.db`),
    # a read fetches in the same trip.

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self.db.execute(_SET_STATE, (*key_values(key), state_name(state)))

    async def get_state(self, key: StorageKey) -> str | None:
        """The state, and in the same trip what the update will ask next (`take_wide_read`)."""
        row = await self.db.fetchone(_WIDE_READ, key_values(key))
        if row is None:  # pragma: no cover - the LEFT JOINs always give one row
            return None
        remember_wide_read(key, row)
        return row["state"]

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
