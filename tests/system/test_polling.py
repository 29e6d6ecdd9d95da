"""`python -m bot run` against a small fake Bot API on 127.0.0.1: it removes the webhook, sets
the command menu in both languages, answers /start by long polling, and stops cleanly on
SIGTERM."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from pathlib import Path

from tests.fake_api import FakeBotApi, bot_env, start_bot, start_update
from tests.helpers import until


async def test_polling_end_to_end(tmp_path: Path) -> None:
    api = FakeBotApi([start_update(1, 1001)])
    url = await api.start()
    db = tmp_path / "bot.sqlite3"
    process = await start_bot("run", tmp_path, bot_env(db, url))
    try:
        await asyncio.wait_for(api.greeted.wait(), timeout=60)
        # Once the update's offset is confirmed (the next getUpdates asks from 2), stop as a
        # service manager would.
        await until(
            lambda: any(m == "getUpdates" and int(p.get("offset") or 0) > 1 for m, p in api.calls)
        )
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await api.close()

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
