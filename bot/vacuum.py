"""SQLite gives the pages of erased data back to the file system on a schedule.

A file keeps its free pages (zeroed by `secure_delete`) until a VACUUM; the database is in
incremental auto-vacuum mode (`bot/db.py`), so giving them back is cheap: `/delete` does it at
once (`Database.erase_traces`), and this task every `EVERY` seconds for whatever else was
deleted (closed cases' reminders, sent documents' rows). PostgreSQL has its own autovacuum:
there the task does nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

log = logging.getLogger(__name__)

EVERY = 6 * 3600.0  # seconds between two incremental vacuums (the event loop's clock)


class Vacuum:
    def __init__(self, db: Any, every: float = EVERY) -> None:
        self.db = db
        self.every = every
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """With the dispatcher's start-up (a coroutine: aiogram runs plain functions in a
        thread, where there is no event loop)."""
        if self._task is None and callable(getattr(self.db, "vacuum", None)):
            self._task = asyncio.create_task(self._run(), name="vacuum")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.every)
            try:
                freed = await self.db.vacuum()
            except Exception as exc:
                log.warning("vacuum failed: %s", type(exc).__name__)
            else:
                if freed:
                    log.info("vacuum: %d free page(s) given back", freed)

    async def stop(self) -> None:
        """Before the database closes (the dispatcher's shutdown runs this first)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
