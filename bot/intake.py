"""Telegram's webhook POSTs, taken in: the secret checked, 200 once the update is accepted.

`Intake` is the same for every database. What "accepted" means is not: in one process
(`Feed`, SQLite) the update becomes accepted work that shutdown waits for; on a fleet
(`bot.pg.inbox.Inbox`, PostgreSQL) it is first a committed row that any instance may handle.
`bot.backend.handoff` chooses; the intake only hands over (composed, not subclassed, so the
two cannot drift apart in what "ready" or "closing" mean).

An update answered 200 is never sent again, so it must not be dropped. Before the bot is
ready, and once it is stopping, updates get 503 and Telegram sends them again later.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any, Protocol

from aiogram import Bot, Dispatcher
from aiohttp import web
from pydantic import ValidationError

from bot.inflight import InFlight

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class Handoff(Protocol):
    """Where an update goes once Telegram may hear 200 for it."""

    async def accept(self, update: dict[str, Any]) -> object:
        """Take the update on; when this returns, it is no longer lost if the process dies
        (as far as the database allows: `Feed` keeps it in memory until shutdown)."""

    async def start(self) -> None:
        """The web server is up (the fleet's inbox starts taking over abandoned chats)."""

    async def close(self) -> None:
        """Start nothing new; what was accepted is `InFlight` work that shutdown waits for."""


class Feed:
    """One process: the update is handled here, as a background task shutdown waits for
    (`background=False`: before the answer, for tests that look at what was sent)."""

    def __init__(self, dp: Dispatcher, bot: Bot, inflight: InFlight, *, background: bool) -> None:
        self.dp = dp
        self.bot = bot
        self.inflight = inflight
        self.background = background

    async def accept(self, update: dict[str, Any]) -> None:
        if self.background:
            self.inflight.add(asyncio.create_task(self.feed(update)))
        else:
            await self.feed(update)

    async def feed(self, update: dict[str, Any]) -> None:
        try:
            await self.dp.feed_raw_update(self.bot, update)
        except ValidationError as exc:
            # The values would be the person's words: log the shape of the fault only.
            update_id = update.get("update_id")
            log.warning(
                "update %s could not be read (%d field error(s))",
                update_id if isinstance(update_id, int) else "?",
                exc.error_count(),
            )

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass


class Intake:
    """Telegram's POSTs: secret checked, 200 once `handoff` has the update."""

    def __init__(
        self,
        handoff: Handoff,
        *,
        secret: str,
        json_loads: Callable[[str], Any] = json.loads,
    ) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret token")
        self.handoff = handoff
        self._secret = secret
        self._json_loads = json_loads
        self.ready = False  # set once start-up with Telegram is done
        self.closing = False  # set when shutdown begins: nothing new is accepted

    @property
    def accepting(self) -> bool:
        return self.ready and not self.closing

    async def stop(self) -> None:
        """Shutdown begins: nothing new is accepted. Called before the dispatcher's shutdown,
        which closes the database, so background work that uses it ends here first."""
        self.closing = True
        await self.handoff.close()

    async def on_startup(self, app: Any) -> None:
        await self.handoff.start()

    async def on_cleanup(self, app: Any) -> None:
        self.closing = True
        await self.handoff.close()

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(text="Unauthorized", status=401)
        if not self.accepting:
            return web.Response(text="not ready", status=503)
        try:
            update = await request.json(loads=self._json_loads)
        except ValueError:
            return web.Response(text="bad request", status=400)
        if not isinstance(update, dict):
            return web.Response(text="bad request", status=400)
        await self.handoff.accept(update)
        return web.json_response({})
