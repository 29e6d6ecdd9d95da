"""What every update needs from the database, read once at its start and reused by the turn;
what it writes, committed once at its end.

Before this, one update read the chat's FSM state two or three times, its FSM data twice,
and the person's row three times (language, time zone, documents owed): 27 trips to the
database thread for one typed answer. Now aiogram's own read of the state brings, in the same
trip, the chat's data, the person's row and the chat's current case (`SQLiteStorage.get_state`),
and the update's writes wait in a unit of work (`bot.db.Unit`) that commits them together
when the bot is about to speak and when the update ends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, overload

from aiogram import BaseMiddleware
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.fsm.storage.base import StateType
from aiogram.types import TelegramObject, User

from bot.db import Sql
from bot.storage import WideRead, take_wide_read
from flows.ports import Prefetched


async def read_person(db: Sql, user_id: int, chat_id: int) -> Prefetched:
    # One row whether or not the person has one yet (portable SQL: SQLite and PostgreSQL).
    row = await db.fetchone(
        "SELECT u.locale, u.timezone,"
        " EXISTS (SELECT 1 FROM outbox WHERE chat_id = ?) AS owes"
        " FROM (SELECT CAST(? AS BIGINT) AS user_id) AS me"
        " LEFT JOIN users u ON u.user_id = me.user_id",
        (chat_id, user_id),
    )
    if row is None:  # pragma: no cover - the LEFT JOIN always gives one row
        return Prefetched()
    return Prefetched(row["locale"], row["timezone"], bool(row["owes"]))


class TurnState(FSMContext):
    """The chat's FSM context for one update: what it has read or written, it remembers, so
    the same update never reads the same row twice. Writes go straight to the storage.

    Once the update is over (`release`), it remembers nothing: a task that outlives the
    update (an album's answer, sent after the last file) reads afresh."""

    def __init__(
        self, context: FSMContext, state: str | None, data: dict[str, Any] | None = None
    ) -> None:
        super().__init__(context.storage, context.key)
        self._state = state
        self._data: dict[str, Any] | None = data
        self._live = True

    def release(self) -> None:
        self._live = False
        self._data = None

    async def get_state(self) -> str | None:
        if not self._live:
            return await super().get_state()
        return self._state

    async def set_state(self, state: StateType = None) -> None:
        await super().set_state(state)
        self._state = state.state if isinstance(state, State) else state

    async def get_data(self) -> dict[str, Any]:
        if not self._live:
            return await super().get_data()
        if self._data is None:
            self._data = await super().get_data()
        return dict(self._data)

    async def set_data(self, data: Mapping[str, Any]) -> None:
        await super().set_data(data)
        if self._live:
            self._data = dict(data)

    @overload
    async def get_value(self, key: str) -> Any | None: ...

    @overload
    async def get_value(self, key: str, default: Any) -> Any: ...

    async def get_value(self, key: str, default: Any | None = None) -> Any | None:
        return (await self.get_data()).get(key, default)

    async def update_data(
        self, data: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        if data:
            kwargs.update(data)
        if not self._live or self._data is None:
            merged = await self.storage.update_data(key=self.key, data=kwargs)
        else:
            # Within the update this chat is ours alone (per-chat isolation): merge what we
            # hold and write once.
            merged = {**self._data, **kwargs}
            await super().set_data(merged)
        if self._live:
            self._data = dict(merged)
        return dict(merged)


class Prefetch(BaseMiddleware):
    """Outer middleware, after aiogram's FSM one: puts `prefetched` (the person's row) and a
    remembering `state` into the handler data, and runs the rest of the update in a unit of
    work (`Sql.unit`)."""

    def __init__(self, db: Sql) -> None:
        self.db = db

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        chat = data.get("event_chat")
        context: FSMContext | None = data.get("state")
        read = take_wide_read(context.key) if context is not None else None
        if read is not None and (user is None or read.key.user_id != user.id):
            read = None  # another person's row (a group chat's key): read theirs below
        if user is not None:
            if read is not None:
                data["prefetched"] = Prefetched(read.locale, read.timezone, read.owes)
            else:
                chat_id = chat.id if chat else user.id
                data["prefetched"] = await read_person(self.db, user.id, chat_id)
        async with self.db.unit() as unit:
            if read is not None:
                _remember_case(unit.cases, read)
            if context is None:
                return await handler(event, data)
            state = data["state"] = TurnState(
                context, data.get("raw_state"), read.data if read is not None else None
            )
            try:
                return await handler(event, data)
            finally:
                state.release()


def _remember_case(cases: dict[tuple[int, int], str], read: WideRead) -> None:
    if read.case_id is not None and read.case_json is not None:
        cases[(int(read.case_id), read.key.user_id)] = read.case_json
