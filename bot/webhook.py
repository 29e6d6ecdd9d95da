"""Webhook mode: an aiohttp server that refuses every update without Telegram's secret header.

`Intake` answers Telegram at once and handles the update in a background task that shutdown
waits for (`bot/inflight.py`): an update answered 200 is never sent again, so it must not be
dropped. Before the bot is ready, and once it is stopping, updates get 503 and Telegram sends
them again later.

`GET /healthz` answers from the moment the server listens: 200 when the bot is ready and the
database answers, 503 otherwise (`"ready": false` during start-up), so an orchestrator can
tell a starting instance from a stuck one.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Any

from aiogram import Bot, Dispatcher
from aiohttp import web
from pydantic import ValidationError

from bot.db import Database
from bot.inflight import InFlight

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class Intake:
    """Telegram's POSTs: secret checked, 200 at once, the update handled as accepted work."""

    def __init__(
        self, dp: Dispatcher, bot: Bot, *, secret: str, inflight: InFlight, background: bool
    ) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret token")
        self.dp = dp
        self.bot = bot
        self._secret = secret
        self.inflight = inflight
        self.background = background
        self.ready = False  # set once start-up with Telegram is done
        self.closing = False  # set when shutdown begins: nothing new is accepted

    async def stop(self) -> None:
        """Shutdown begins: nothing new is accepted. Called before the dispatcher's shutdown,
        which closes the database, so background work that uses it ends here first."""
        self.closing = True

    @property
    def accepting(self) -> bool:
        return self.ready and not self.closing

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not secrets.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(text="Unauthorized", status=401)
        if not self.accepting:
            return web.Response(text="not ready", status=503)
        try:
            update = await request.json(loads=self.bot.session.json_loads)
        except ValueError:
            return web.Response(text="bad request", status=400)
        if not isinstance(update, dict):
            return web.Response(text="bad request", status=400)
        await self.accept(update)
        return web.json_response({})

    async def accept(self, update: dict[str, Any]) -> None:
        """Take the update on before Telegram hears 200 (`bot.pg.inbox` stores it first)."""
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


INTAKE = web.AppKey("intake", Intake)


def create_web_app(
    dp: Dispatcher, bot: Bot, *, secret: str, path: str, background: bool = True
) -> web.Application:
    """`background=True` answers Telegram at once and handles the update afterwards.
    The app's `INTAKE` is not ready until the caller says so (`app[INTAKE].ready = True`)."""
    app = web.Application()
    db: Database = dp["db"]
    if getattr(db, "kind", "sqlite") == "postgresql":
        from bot.pg.inbox import FleetIntake  # several instances: the shared inbox

        fleet = FleetIntake(dp, bot, secret=secret, inflight=dp["inflight"])
        app.on_startup.append(fleet.on_startup)
        app.on_cleanup.append(fleet.on_cleanup)
        intake: Intake = fleet
    else:
        intake = Intake(dp, bot, secret=secret, inflight=dp["inflight"], background=background)
    app[INTAKE] = intake
    app.router.add_post(path, intake.handle)

    async def healthz(request: web.Request) -> web.Response:
        try:
            alive = await db.ping()
        except Exception:
            alive = False
        ok = alive and intake.accepting
        body = {"ok": ok, "ready": intake.accepting, "database": alive}
        return web.json_response(body, status=200 if ok else 503)

    app.router.add_get("/healthz", healthz)
    return app
