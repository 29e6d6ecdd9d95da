"""One chat's updates never run at once, across every instance on the database.

A PostgreSQL session advisory lock per chat key, taken after the in-process per-chat lock
(`bot.isolation.ChatEventIsolation`): inside one instance the asyncio lock keeps a chat's
updates in order and lets only one of them wait on the database, so the lock pool holds at
most one connection per busy chat. Advisory locks need nothing but the database the fleet
already shares (no Redis to run, secure and monitor), are released by the server when an
instance dies (its connections close), and cost one round trip to take and one to give back.

The lock is not a transaction: a step may call Telegram while holding it, and its own
transactions use the main pool, so a lock never waits for a connection its holder needs.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from contextvars import ContextVar

from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey

from bot.isolation import ChatEventIsolation
from bot.pg.db import PgDatabase

# True in a task that already holds its chat's lock for the fleet (the inbox's drain,
# `bot/pg/inbox.py`): the in-process lock is enough then, and a second connection is not taken.
CHAT_HELD: ContextVar[bool] = ContextVar("claimbot_chat_held", default=False)


def lock_id(key: StorageKey) -> int:
    """A signed 64-bit advisory lock key for a storage key (a collision only serialises two
    chats; it never lets one chat run twice)."""
    text = "|".join(
        str(part)
        for part in (
            "claimbot-chat",
            key.bot_id,
            key.chat_id,
            key.user_id,
            key.thread_id or 0,
            key.business_connection_id or "",
            key.destiny,
        )
    )
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class FleetEventIsolation(BaseEventIsolation):
    def __init__(self, db: PgDatabase) -> None:
        self.db = db
        self.local = ChatEventIsolation()

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        if CHAT_HELD.get():
            async with self.local.lock(key):
                yield
            return
        number = lock_id(key)
        async with self.local.lock(key), self.db.lock_pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1)", number)
            try:
                yield
            finally:
                # asyncpg's pool also runs pg_advisory_unlock_all() when a connection
                # comes back, so even a cancelled unlock leaves no lock behind.
                if not conn.is_closed():
                    await conn.execute("SELECT pg_advisory_unlock($1)", number)

    @property
    def held(self) -> int:
        return self.local.held

    async def close(self) -> None:
        await self.local.close()
