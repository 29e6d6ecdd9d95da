"""Webhook mode: an aiohttp server that refuses every update without Telegram's secret header.

`GET /healthz` answers 200 only while the database answers, so an orchestrator restarts a
stuck instance.
"""

from __future__ import annotations

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.db import Database


def create_web_app(
    dp: Dispatcher, bot: Bot, *, secret: str, path: str, background: bool = True
) -> web.Application:
    """`background=True` answers Telegram at once and handles the update afterwards."""
    if not secret:
        raise ValueError("a webhook needs a secret token")
    app = web.Application()
    SimpleRequestHandler(
        dispatcher=dp, bot=bot, secret_token=secret, handle_in_background=background
    ).register(app, path=path)
    setup_application(app, dp, bot=bot)
    db: Database = dp["db"]

    async def healthz(request: web.Request) -> web.Response:
        try:
            alive = await db.ping()
        except Exception:
            alive = False
        return web.json_response({"ok": alive}, status=200 if alive else 503)

    app.router.add_get("/healthz", healthz)
    return app
