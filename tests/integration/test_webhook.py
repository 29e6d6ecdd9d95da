"""Webhook mode refuses updates without Telegram's secret header; /healthz follows the DB."""

from __future__ import annotations

import asyncio

import pytest
from aiogram import Dispatcher
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_bot
from bot.config import Settings
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.webhook import INTAKE, create_web_app
from tests.factories import message
from tests.helpers import until

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
    app[INTAKE].ready = True
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
    assert (await response.json()) == {"ok": True, "ready": True, "database": True}


async def test_healthz_not_ready_until_start_up_is_done(dp: Dispatcher, settings: Settings) -> None:
    bot = create_bot(settings, session=OfflineSession(), token=OFFLINE_TOKEN)
    app = create_web_app(dp, bot, secret=SECRET, path="/telegram")
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/healthz")
        assert response.status == 503
        assert (await response.json()) == {"ok": False, "ready": False, "database": True}
        update = await client.post(
            "/telegram", json=UPDATE, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert update.status == 503  # not accepted, so Telegram sends it again later
        app[INTAKE].ready = True
        assert (await client.get("/healthz")).status == 200


async def test_unreadable_update_is_logged_without_its_values(client, caplog) -> None:
    bad = {"update_id": 9, "message": {"message_id": "Иванова Анна, +79161234567", "chat": 1}}
    with caplog.at_level("DEBUG"):
        response = await client.post(
            "/telegram", json=bad, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    assert response.status == 200
    assert "could not be read" in caplog.text
    assert "Иванова" not in caplog.text
    assert "79161234567" not in caplog.text


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
    order: list[str] = []
    core, db, stop = dp["i18n_core"], dp["db"], scheduler.stop

    async def record(name, call):
        order.append(f"{name} (texts {'loaded' if core.locales else 'gone'})")
        await call()

    scheduler.stop = lambda: record("scheduler", stop)
    db.close = lambda c=db.close: record("database", c)
    await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    assert scheduler._task is None
    assert db._closed
    assert order == ["scheduler (texts loaded)", "database (texts gone)"]


async def test_shutdown_waits_for_updates_in_progress(settings: Settings, clock) -> None:
    """The dispatcher's shutdown lets a handler that is mid-way finish before texts and the
    database go (polling and webhook alike)."""
    from bot.app import create_dispatcher

    dp = await create_dispatcher(settings, clock=clock)
    gate = asyncio.Event()
    session = OfflineSession()
    original = session.make_request

    async def slow(bot, method, timeout=None):
        await gate.wait()
        return await original(bot, method, timeout)

    session.make_request = slow
    bot = create_bot(settings, session=session, token=OFFLINE_TOKEN)
    handling = asyncio.create_task(dp.feed_update(bot, message("/start")))
    await until(lambda: len(dp["inflight"]) == 1)  # the handler is under way
    shutdown = asyncio.create_task(dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data))
    await asyncio.sleep(0.05)
    assert not dp["db"]._closed  # waiting for the update
    gate.set()
    await handling
    await shutdown
    assert dp["db"]._closed
    assert any(s.name == "SendMessage" and "Здравствуйте" in s.method.text for s in session.log)


async def test_shutdown_cuts_off_a_handler_that_outlives_the_cap(
    settings: Settings, clock, caplog
) -> None:
    from bot.app import create_dispatcher

    capped = settings.model_copy(update={"shutdown_timeout": 0.2})
    dp = await create_dispatcher(capped, clock=clock)
    session = OfflineSession()
    never = asyncio.Event()

    async def stuck(bot, method, timeout=None):
        await never.wait()

    session.make_request = stuck
    bot = create_bot(settings, session=session, token=OFFLINE_TOKEN)
    handling = asyncio.create_task(dp.feed_update(bot, message("/start")))
    await until(lambda: len(dp["inflight"]) == 1)  # the handler is under way
    loop = asyncio.get_running_loop()
    started = loop.time()
    await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    assert loop.time() - started < 2  # the cap, not forever
    assert dp["db"]._closed
    assert handling.done()
    assert "were cancelled" in caplog.text
