"""Polling mode: SIGTERM while updates already fetched (and so confirmed to Telegram) are
being handled lets every one of them finish before the database closes."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from tests.fake_api import FakeBotApi, bot_env, start_bot, start_update


async def test_sigterm_in_polling_mode_finishes_fetched_updates(tmp_path: Path) -> None:
    chats = 60
    api = FakeBotApi([start_update(n, 8000 + n) for n in range(1, chats + 1)], send_delay=0.3)
    url = await api.start()
    env = bot_env(tmp_path / "bot.sqlite3", url, SHUTDOWN_TIMEOUT="60")
    process = await start_bot("run", tmp_path, env)
    try:
        await asyncio.wait_for(api.greeted.wait(), timeout=60)  # handlers are mid-way
        assert len(api.sent()) < 2 * chats
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=90)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await api.close()
    assert process.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr
    greeted = {int(p["chat_id"]) for p in api.sent("Здравствуйте")}
    assert greeted == {8000 + n for n in range(1, chats + 1)}
    assert len(api.sent()) == 2 * chats  # greeting and menu: every handler ran to its end
