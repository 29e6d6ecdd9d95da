"""A small fake Telegram Bot API on 127.0.0.1 for tests and benchmarks that run the real
`python -m bot` in a subprocess. It records every call, answers as Telegram would, and can be
told to answer slowly (so updates are still in progress when a signal arrives)."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import time
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestServer

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:FAKE-token-for-a-local-fake-bot-api"


class FakeBotApi:
    def __init__(self, updates: list[dict] | None = None, send_delay: float = 0.0) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.updates = updates or []
        self.send_delay = send_delay
        self.greeted = asyncio.Event()
        self.sent_at: dict[int, float] = {}  # chat id -> monotonic time of its first message
        self.server: TestServer | None = None

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
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
            if self.send_delay:
                await asyncio.sleep(self.send_delay)
            chat = int(params["chat_id"])
            self.sent_at.setdefault(chat, time.monotonic())
            result = {
                "message_id": len(self.calls),
                "date": 1795251600,
                "chat": {"id": chat, "type": "private"},
                "text": params["text"],
            }
            if "Здравствуйте" in params["text"]:
                self.greeted.set()
        return web.json_response({"ok": True, "result": result})

    def sent(self, needle: str = "") -> list[dict]:
        return [p for m, p in self.calls if m == "sendMessage" and needle in p["text"]]

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        self.server = TestServer(app, host="127.0.0.1")
        await self.server.start_server()
        return f"http://127.0.0.1:{self.server.port}"

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bot_env(db: Path, api_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEBHOOK", "BOT_"))}
    env.update(
        PYTHONPATH=str(PROJECT_ROOT),
        BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api_url,
        DATABASE_PATH=str(db),
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


async def start_bot(command: str, cwd: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        command,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def start_update(update_id: int, chat_id: int) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1795251600,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Анна", "language_code": "ru"},
            "text": "/start",
        },
    }
