"""Webhook mode: an aiohttp server that refuses every update without Telegram's secret header.

The updates go through an `Intake` (`bot/intake.py`): 200 at once, the update accepted
work that shutdown waits for (`bot/inflight.py`) — handled in this process on SQLite, stored
in the fleet's shared inbox first on PostgreSQL (`bot.backend.handoff` chooses).

`GET /healthz` answers from the moment the server listens: 200 when the bot is ready and the
database answers, 503 otherwise (`"ready": false` during start-up), so an orchestrator can
tell a starting instance from a stuck one.
"""

from __future__ import annotations

from aiogram import Bot, Dispatcher
from aiohttp import web

from bot import backend
from bot.db import Database
from bot.intake import Intake

INTAKE = web.AppKey("intake", Intake)


def create_web_app(
    dp: Dispatcher, bot: Bot, *, secret: str, path: str, background: bool = True
) -> web.Application:
    """`background=True` answers Telegram at once and handles the update afterwards.
    The app's `INTAKE` is not ready until the caller says so (`app[INTAKE].ready = True`)."""
    app = web.Application()
    db: Database = dp["db"]
    handoff = backend.handoff(db, dp, bot, dp["inflight"], background=background)
    intake = Intake(handoff, secret=secret, json_loads=bot.session.json_loads)
    app.on_startup.append(intake.on_startup)
    app.on_cleanup.append(intake.on_cleanup)
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
