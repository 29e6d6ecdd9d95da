"""Updates being handled right now, so a shutdown can wait for them before closing anything.

An update Telegram has been told we accepted (a webhook's 200, a confirmed polling offset) is
never sent again; if the process stops under its handler, the person's step is lost. Every
entry point registers its work here, and shutdown waits for it (with a cap) before the
scheduler, the texts and the database go away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject

log = logging.getLogger(__name__)


class InFlight:
    """Tasks doing accepted work; `drain` waits for them, cancelling what outlives the cap."""

    def __init__(self) -> None:
        self._busy: Counter[asyncio.Task[Any]] = Counter()
        self._changed = asyncio.Event()

    def enter(self, task: asyncio.Task[Any]) -> None:
        self._busy[task] += 1

    def leave(self, task: asyncio.Task[Any]) -> None:
        self._busy[task] -= 1
        if self._busy[task] <= 0:
            del self._busy[task]
        self._changed.set()

    def add(self, task: asyncio.Task[Any]) -> None:
        """A whole task is accepted work until it ends (a webhook update handled in background)."""
        self.enter(task)
        task.add_done_callback(self.leave)

    def __len__(self) -> int:
        return len(self._busy)

    def _others(self) -> set[asyncio.Task[Any]]:
        me = asyncio.current_task()
        return {task for task in self._busy if task is not me and not task.done()}

    async def drain(self, timeout: float) -> int:
        """Wait up to `timeout` seconds for the work in progress; returns how many tasks had
        to be cancelled because they took longer."""
        # Tasks created a moment ago have not started yet: let them reach their first await.
        await asyncio.sleep(0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        if self._others():
            log.info("shutdown: waiting for %d update(s) in progress", len(self._others()))
        while self._others():
            self._changed.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        late = self._others()
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)
            log.warning(
                "shutdown: %d update(s) still running after %.1f s were cancelled",
                len(late),
                timeout,
            )
        return len(late)


class InFlightMiddleware(BaseMiddleware):
    """Outermost update middleware: the task handling an update counts as accepted work while
    the update is handled (polling starts a task per update and would not wait for it)."""

    def __init__(self, inflight: InFlight) -> None:
        self.inflight = inflight

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        task = asyncio.current_task()
        if task is None:
            return await handler(event, data)
        self.inflight.enter(task)
        try:
            return await handler(event, data)
        finally:
            self.inflight.leave(task)
