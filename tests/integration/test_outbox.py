"""A step that makes documents is stored before they are sent. A crash in between is finished
at the next start: the files arrive, each once, and the person is not asked the same
question again. A new case and the chat's pointer to it are one commit."""

from __future__ import annotations

import io

import pytest
from aiogram import Dispatcher

from bot.app import create_dispatcher
from bot.db import Database
from bot.storage import SQLiteStorage
from flows.problems import ProblemId
from tests.helpers import Talk, current, sent_documents, stored, walk


class Killed(Exception):
    """Stands for the process dying at this exact request: nothing after it runs."""


async def _restart(settings, db: Database, clock, tmp_path) -> Talk:
    """A new process on the same database: a fresh dispatcher, started as polling starts it."""
    dp: Dispatcher = await create_dispatcher(
        settings, storage=SQLiteStorage(db), clock=clock, throttle=False
    )
    me = Talk(dp, settings, clock, tmp_path / "out2", 1001, "ru", io.StringIO())
    await dp.emit_startup(bot=me.bot, dispatcher=dp, **dp.workflow_data)
    return me


@pytest.mark.parametrize("sent_before_kill", [0, 1])
async def test_kill_while_sending_documents_is_finished_after_restart(
    talk, db: Database, settings, clock, tmp_path, sent_before_kill: int
) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    original = me.session.make_request
    calls = {"n": 0}

    async def dying(bot, method, timeout=None):
        if type(method).__name__ == "SendDocument":
            if calls["n"] == sent_before_kill:
                raise Killed
            calls["n"] += 1
        return await original(bot, method, timeout)

    me.session.make_request = dying
    await me.choose("make")  # the error handler takes Killed, as a restart would
    # the step was stored before anything was sent
    assert await current(me) == "delivery_method"
    assert len(sent_documents(me)) == sent_before_kill

    again = await _restart(settings, db, clock, tmp_path)
    sent_after = sent_documents(again)
    assert len(sent_after) == 2 - sent_before_kill  # the rest, nothing twice
    assert sorted(sent_documents(me) + sent_after) == sorted(
        f"pretenziya-ozon-12345678-0001.{ext}" for ext in ("docx", "pdf")
    )
    case = await stored(db)
    rows = await db.fetchall("SELECT * FROM documents WHERE case_id = ?", (case.id,))
    assert [(r["kind"], r["version"]) for r in rows] == [("claim", 1)]
    assert rows[0]["docx_file_id"]
    assert rows[0]["pdf_file_id"]
    assert (await db.fetchone("SELECT COUNT(*) FROM outbox"))[0] == 0
    # not asked again: the person answers the next question
    assert await current(again) == "delivery_method"
    assert not any("Составить претензию" in t for t in again.said)


async def test_a_normal_step_keeps_the_order_the_person_reads(talk, db) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    me.session.clear()
    await me.choose("make")
    seen = [
        "DOCX"
        if s.name == "SendDocument" and s.method.caption.startswith("Файл Word")
        else "PDF"
        if s.name == "SendDocument"
        else s.method.text[:20]
        if s.name == "SendMessage"
        else None
        for s in me.session.log
    ]
    seen = [x for x in seen if x]
    assert seen[0] == "Готовлю документ…"
    assert seen[1:3] == ["DOCX", "PDF"]
    # what was said after the files comes after them (a word on the refund details, the chat
    # version of the claim)
    assert any(x.startswith("Короткая версия") for x in seen[3:-1])
    assert "Шаг 4 из 5" in seen[-1]  # the next question last
    assert await current(me) == "delivery_method"
    assert (await db.fetchone("SELECT COUNT(*) FROM outbox"))[0] == 0


async def test_new_case_and_its_pointer_are_one_commit(talk, db: Database) -> None:
    me = talk()
    await me.say("/start")
    storage = me.dp.storage
    original = storage.set_data

    async def dying(key, data):
        raise Killed

    storage.set_data = dying
    await me.tap_key("menu-new")
    storage.set_data = original
    assert (await db.fetchone("SELECT COUNT(*) FROM cases"))[0] == 0  # no empty case left


async def test_a_nested_transaction_joins_only_its_own_task(db: Database) -> None:
    import asyncio

    other: asyncio.Task[None] | None = None
    with pytest.raises(Killed):
        async with db.transaction():
            await db.execute("INSERT INTO users (user_id) VALUES (1)")  # joins, no deadlock
            other = asyncio.create_task(db.execute("INSERT INTO users (user_id) VALUES (2)"))
            await asyncio.sleep(0.05)
            assert not other.done()  # another task waits for the lock instead of joining
            raise Killed
    await other
    rows = await db.fetchall("SELECT user_id FROM users")
    assert [r["user_id"] for r in rows] == [2]  # the killed step left nothing behind


async def test_a_send_that_failed_while_running_is_finished_on_the_next_turn(talk, db) -> None:
    from aiogram.exceptions import TelegramNetworkError
    from aiogram.methods import SendDocument

    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    failure = TelegramNetworkError(SendDocument(chat_id=1001, document="x"), "timeout")
    me.session.method_failures["SendDocument"] = [failure]
    await me.choose("make")
    assert sent_documents(me) == []  # Telegram failed; the row stays owed
    assert (await db.fetchone("SELECT COUNT(*) FROM outbox"))[0] == 1
    await me.say("/help")  # the person comes back, the bot has not restarted
    assert sorted(sent_documents(me)) == [
        "pretenziya-ozon-12345678-0001.docx",
        "pretenziya-ozon-12345678-0001.pdf",
    ]
    assert (await db.fetchone("SELECT COUNT(*) FROM outbox"))[0] == 0
