"""Serialise the updates of one chat, so a fast double tap is handled in order.

aiogram's `SimpleEventIsolation` keeps a lock per key forever; on a bot with a million chats
that is a million locks. Here a lock lives only while somebody holds or waits for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager

from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey


class _Entry:
    __slots__ = ("lock", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


class ChatEventIsolation(BaseEventIsolation):
    def __init__(self) -> None:
        self._entries: dict[StorageKey, _Entry] = {}

    @asynccontextmanager
    async def lock(self, key: StorageKey) -> AsyncGenerator[None, None]:
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry()
        entry.users += 1
        try:
            async with entry.lock:
                yield
        finally:
            entry.users -= 1
            if entry.users == 0 and self._entries.get(key) is entry:
                del self._entries[key]

    @property
    def held(self) -> int:
        """How many keys have a live lock (for tests and metrics)."""
        return len(self._entries)

    async def close(self) -> None:
        self._entries.clear()
