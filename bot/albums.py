"""Albums and floods: one answer for many updates.

Telegram delivers an album (up to ten photos sent together) as one message per file, each with
the same `media_group_id`. `Albums` lets the dialogue answer the album once: evidence stores
every file and asks for one acknowledgement `later`, which waits a moment after the last part
(each new part restarts the wait); a question that did not expect files answers only the
album's `first` part.

`Throttle` keeps one chat that sends many updates a second from taking the bot's time: past a
burst, its extra updates are dropped with one polite message per flood, and other chats are
never slowed (the limit is per chat; an album counts once).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

from bot.inflight import InFlight
from bot.reminders import Pacer, RealPacer


class Albums:
    def __init__(
        self,
        inflight: InFlight,
        delay: float = 0.8,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        remember: int = 1000,
    ) -> None:
        self.inflight = inflight
        self.delay = delay
        self.sleep = sleep
        self._timers: dict[str, asyncio.Task[None]] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._remember = remember

    def first(self, key: str) -> bool:
        """True for the first part of an album seen (recently), False for the others."""
        if key in self._seen:
            return False
        self._seen[key] = None
        while len(self._seen) > self._remember:
            self._seen.popitem(last=False)
        return True

    def later(self, key: str, action: Callable[[], Awaitable[None]]) -> None:
        """Run `action` once the album `key` has had no new part for `delay` seconds."""
        previous = self._timers.pop(key, None)
        if previous is not None:
            previous.cancel()
        task = asyncio.create_task(self._run(key, action))
        self._timers[key] = task
        self.inflight.add(task)  # shutdown waits for the answer too

    async def _run(self, key: str, action: Callable[[], Awaitable[None]]) -> None:
        await self.sleep(self.delay)
        if self._timers.get(key) is asyncio.current_task():
            del self._timers[key]
        await action()

    @property
    def waiting(self) -> int:
        return len(self._timers)

    async def close(self) -> None:
        for task in list(self._timers.values()):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._timers.clear()


class Throttle(BaseMiddleware):
    """At most `burst` updates per chat at once, refilled at `rate` a second (token bucket)."""

    def __init__(
        self,
        rate: float = 2.0,
        burst: int = 8,
        pacer: Pacer | None = None,
        quiet_for: float = 30.0,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.pacer = pacer or RealPacer()
        self.quiet_for = quiet_for  # one "slow down" per flood, not one per dropped update
        self._buckets: dict[int, tuple[float, float]] = {}  # chat -> (tokens, at)
        self._warned: dict[int, float] = {}
        self._albums: OrderedDict[str, None] = OrderedDict()

    def _take(self, chat_id: int) -> bool:
        now = self.pacer.monotonic()
        tokens, at = self._buckets.get(chat_id, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[chat_id] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > 10_000:  # forget chats whose bucket is full again
            full = self.burst / self.rate
            self._buckets = {c: v for c, v in self._buckets.items() if now - v[1] < full}
            self._warned = {c: t for c, t in self._warned.items() if now - t < self.quiet_for}
        return allowed

    def _album_part(self, event: Update) -> bool:
        """A later part of an album already counted."""
        message = event.message
        if message is None or message.media_group_id is None:
            return False
        key = f"{message.chat.id}:{message.media_group_id}"
        if key in self._albums:
            return True
        self._albums[key] = None
        while len(self._albums) > 1000:
            self._albums.popitem(last=False)
        return False

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        chat = data.get("event_chat")
        if chat is None or chat.type != "private" or not isinstance(event, Update):
            return await handler(event, data)
        if self._album_part(event) or self._take(chat.id):
            return await handler(event, data)
        now = self.pacer.monotonic()
        if now - self._warned.get(chat.id, -1e9) >= self.quiet_for:
            self._warned[chat.id] = now
            i18n = data.get("i18n")
            if i18n is not None:
                with contextlib.suppress(Exception):
                    await data["bot"].send_message(chat.id, i18n.get("flood-slow-down"))
        return None
