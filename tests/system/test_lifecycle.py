"""The process around the bot, as a process manager sees it: `python -m bot webhook|run` in a
subprocess against a fake Bot API on 127.0.0.1 (or none at all).

- SIGTERM in webhook mode finishes every update already answered 200 before closing anything.
- Telegram unreachable at start: capped retries, one line per try, exit code 1, no traceback,
  no hang; /healthz answers "not ready" meanwhile; SIGTERM during the retries exits 0.
"""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from pathlib import Path

import aiohttp

from tests.fake_api import FakeBotApi, bot_env, free_port, start_bot, start_update

SECRET = "lifecycle-secret"
UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


async def _wait_health(port: int, status: int, timeout: float = 60) -> dict:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    async with aiohttp.ClientSession() as http:
        while loop.time() < deadline:
            try:
                async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == status:
                        return await response.json()
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError(f"/healthz never answered {status}")


async def _stop(process: asyncio.subprocess.Process, timeout: float = 60) -> str:
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=timeout)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return stderr.decode()


def _webhook_env(db: Path, api_url: str, port: int, **extra: str) -> dict[str, str]:
    return bot_env(
        db,
        api_url,
        WEBHOOK_URL="https://bot.example.org",
        WEBHOOK_SECRET=SECRET,
        WEBHOOK_HOST="127.0.0.1",
        WEBHOOK_PORT=str(port),
        **extra,
    )


async def test_sigterm_in_webhook_mode_loses_no_accepted_update(tmp_path: Path) -> None:
    chats = 500
    api = FakeBotApi(send_delay=0.2)  # Telegram answering slowly: handlers are mid-way
    url = await api.start()
    port = free_port()
    db = tmp_path / "bot.sqlite3"
    env = _webhook_env(db, url, port, SHUTDOWN_TIMEOUT="60")
    process = await start_bot("webhook", tmp_path, env)
    try:
        await _wait_health(port, 200)
        async with aiohttp.ClientSession() as http:

            async def post(n: int) -> int:
                async with http.post(
                    f"http://127.0.0.1:{port}/telegram",
                    json=start_update(n, 5000 + n),
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                ) as response:
                    return response.status

            statuses = await asyncio.gather(*(post(n) for n in range(1, chats + 1)))
        assert statuses == [200] * chats
        assert len(api.sent()) < 2 * chats  # still in progress when the signal comes
        process.send_signal(signal.SIGTERM)
        stderr = await _stop(process)
    finally:
        await api.close()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    greeted = {int(p["chat_id"]) for p in api.sent("Здравствуйте")}
    assert greeted == {5000 + n for n in range(1, chats + 1)}
    # every greeting was followed by its menu: the handlers ran to the end
    assert len(api.sent()) == 2 * chats
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


async def test_webhook_refuses_updates_after_sigterm_with_503(tmp_path: Path) -> None:
    api = FakeBotApi(send_delay=1.0)
    url = await api.start()
    port = free_port()
    env = _webhook_env(tmp_path / "bot.sqlite3", url, port, SHUTDOWN_TIMEOUT="30")
    process = await start_bot("webhook", tmp_path, env)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    try:
        await _wait_health(port, 200)
        async with aiohttp.ClientSession() as http:
            target = f"http://127.0.0.1:{port}/telegram"
            async with http.post(target, json=start_update(1, 7001), headers=headers) as r:
                assert r.status == 200
            process.send_signal(signal.SIGTERM)
            await _wait_health(port, 503)  # draining: not ready any more
            async with http.post(target, json=start_update(2, 7002), headers=headers) as r:
                assert r.status == 503  # Telegram will send it again to the next instance
        stderr = await _stop(process)
    finally:
        await api.close()
    assert process.returncode == 0, stderr
    assert {int(p["chat_id"]) for p in api.sent("Здравствуйте")} == {7001}


async def test_polling_with_telegram_unreachable_exits_1_after_retries(tmp_path: Path) -> None:
    env = bot_env(tmp_path / "bot.sqlite3", UNREACHABLE, STARTUP_ATTEMPTS="2", LOG_LEVEL="INFO")
    process = await start_bot("run", tmp_path, env)
    stderr = await _stop(process, timeout=30)
    assert process.returncode == 1, stderr
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 2, stderr  # one line for the retry, one for giving up
    assert "try 1 of 2" in lines[0]
    assert "giving up" in lines[1]


async def test_webhook_with_telegram_unreachable_says_not_ready_then_exits_1(
    tmp_path: Path,
) -> None:
    port = free_port()
    env = _webhook_env(tmp_path / "bot.sqlite3", UNREACHABLE, port, STARTUP_ATTEMPTS="3")
    process = await start_bot("webhook", tmp_path, env)
    health = await _wait_health(port, 503, timeout=30)
    assert health == {"ok": False, "ready": False, "database": True}
    stderr = await _stop(process, timeout=30)
    assert process.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert stderr.count("try ") == 2
    assert len(stderr.strip().splitlines()) == 3


async def test_sigterm_while_start_up_retries_exits_0(tmp_path: Path) -> None:
    env = bot_env(tmp_path / "bot.sqlite3", UNREACHABLE, STARTUP_ATTEMPTS="100", LOG_LEVEL="INFO")
    process = await start_bot("run", tmp_path, env)
    lines: list[str] = []
    while not any("try 1 of 100" in line for line in lines):
        raw = await asyncio.wait_for(process.stderr.readline(), timeout=30)
        assert raw, "the bot ended before retrying"
        lines.append(raw.decode())
    process.send_signal(signal.SIGTERM)
    stderr = await _stop(process, timeout=15)
    assert process.returncode == 0, "".join(lines) + stderr
    assert "Traceback" not in stderr
