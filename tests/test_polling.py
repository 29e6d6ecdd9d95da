"""`python -m bot run` against a small fake Bot API on 127.0.0.1: it removes the webhook, sets
the command menu in both languages, answers /start by long polling, and stops cleanly on
SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import sys
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestServer

from bot import PROJECT_ROOT

TOKEN = "123456:FAKE-token-for-a-local-fake-bot-api"
START = {
    "update_id": 1,
    "message": {
        "message_id": 1,
        "date": 1795251600,
        "chat": {"id": 1001, "type": "private"},
        "from": {"id": 1001, "is_bot": False, "first_name": "Анна", "language_code": "ru"},
        "text": "/start",
    },
}


class FakeBotApi:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.updates = [START]
        self.greeted = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        assert request.match_info["token"] == TOKEN
        params = {k: v for k, v in (await request.post()).items()}
        self.calls.append((method, params))
        result: object = True
        if method == "getMe":
            result = {
                "id": 42,
                "is_bot": True,
                "first_name": "claimbot",
                "username": "claimbot_bot",
            }
        elif method == "getUpdates":
            offset = int(params.get("offset") or 0)
            result = [u for u in self.updates if u["update_id"] >= offset]
            if not result:
                await asyncio.sleep(0.2)
        elif method == "sendMessage":
            result = {
                "message_id": len(self.calls),
                "date": 1795251600,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "text": params["text"],
            }
            if "Здравствуйте" in params["text"]:
                self.greeted.set()
        return web.json_response({"ok": True, "result": result})


async def test_polling_end_to_end(tmp_path: Path) -> None:
    api = FakeBotApi()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", api.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    db = tmp_path / "bot.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK", "BOT_"))}
    env.update(
        PYTHONPATH=str(PROJECT_ROOT),
        BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=f"http://127.0.0.1:{server.port}",
        DATABASE_PATH=str(db),
        LOG_LEVEL="WARNING",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await asyncio.wait_for(api.greeted.wait(), timeout=60)
        # Let the update's offset be confirmed, then stop as a service manager would.
        await asyncio.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await server.close()

    assert process.returncode == 0, stderr.decode()
    assert b"Traceback" not in stderr
    methods = [m for m, _ in api.calls]
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    menus = [p for m, p in api.calls if m == "setMyCommands"]
    languages = {p.get("language_code") for p in menus}
    assert {"ru", "en"} <= languages
    english = next(p for p in menus if p.get("language_code") == "en")
    assert "New case" in json.loads(english["commands"])[1]["description"]
    sent = [p for m, p in api.calls if m == "sendMessage"]
    assert sent[0]["chat_id"] == "1001"
    assert sent[0]["text"].startswith("Здравствуйте, Анна!")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
