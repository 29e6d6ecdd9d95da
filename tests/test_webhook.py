"""Webhook mode refuses updates without Telegram's secret header; /healthz follows the DB."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Dispatcher
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_bot
from bot.config import Settings
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.webhook import create_web_app

SECRET = "s3cret-token_ok"
UPDATE = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 1763715600,
        "chat": {"id": 1001, "type": "private"},
        "from": {"id": 1001, "is_bot": False, "first_name": "Анна", "language_code": "ru"},
        "text": "/start",
    },
}


@pytest.fixture
async def client(dp: Dispatcher, settings: Settings):
    session = OfflineSession()
    bot = create_bot(settings, session=session, token=OFFLINE_TOKEN)
    app = create_web_app(dp, bot, secret=SECRET, path="/telegram", background=False)
    async with TestClient(TestServer(app)) as client:
        client.session_log = session.log
        yield client


async def test_without_secret_401(client) -> None:
    response = await client.post("/telegram", json=UPDATE)
    assert response.status == 401
    assert client.session_log == []


async def test_wrong_secret_401(client) -> None:
    response = await client.post(
        "/telegram", json=UPDATE, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
    )
    assert response.status == 401


async def test_right_secret_200_and_handled(client) -> None:
    response = await client.post(
        "/telegram", json=UPDATE, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert response.status == 200
    texts = [s.method.text for s in client.session_log if type(s.method).__name__ == "SendMessage"]
    assert texts
    assert texts[0].startswith("Здравствуйте")


async def test_healthz(client, dp: Dispatcher) -> None:
    response = await client.get("/healthz")
    assert response.status == 200
    assert (await response.json()) == {"ok": True}


def test_no_secret_no_app(dp: Dispatcher, settings: Settings) -> None:
    bot = create_bot(settings, session=OfflineSession(), token=OFFLINE_TOKEN)
    with pytest.raises(ValueError, match="secret"):
        create_web_app(dp, bot, secret="", path="/telegram")


async def test_shutdown_stops_reminders_before_closing_the_database(settings: Settings) -> None:
    from bot.app import create_dispatcher, create_scheduler, run_scheduler_with

    dp = await create_dispatcher(settings)  # opens and owns its database
    bot = create_bot(settings, session=OfflineSession(), token=OFFLINE_TOKEN)
    scheduler = create_scheduler(dp, bot)
    run_scheduler_with(dp, scheduler)
    await dp.emit_startup(bot=bot, dispatcher=dp, **dp.workflow_data)
    await asyncio.sleep(0.05)
    assert scheduler._task is not None
    assert not scheduler._task.done()
    await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    assert scheduler._task is None
    assert dp["db"]._closed
