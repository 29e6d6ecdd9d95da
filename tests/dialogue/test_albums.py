"""An album of ten photos gets one answer; one chat flooding the bot is throttled with one
polite message while other chats go on as usual."""

from __future__ import annotations

import asyncio
import io

from aiogram.types import PhotoSize

from bot.app import create_dispatcher
from bot.db import Database
from bot.storage import SQLiteStorage
from flows.problems import ProblemId
from tests.factories import message, user
from tests.helpers import Talk, VirtualPacer, current, walk


class Gate:
    """An injected sleep the test opens: album answers wait for it, not for the wall clock."""

    def __init__(self) -> None:
        self.opened = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        await self.opened.wait()


def _photo(n: int, group: str, sender=None):
    size = PhotoSize(file_id=f"ph{n}", file_unique_id=f"ph{n}", width=1, height=1, file_size=10)
    return message(None, photo=[size], media_group_id=group, sender=sender)


async def test_ten_photos_in_one_album_get_one_answer(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DAMAGED, "evidence")
    gate = Gate()
    me.dp["albums"].sleep = gate
    said = len(me.said)
    for n in range(10):
        await me.dp.feed_update(me.bot, _photo(n, "album-1"))
    assert me.said[said:] == []  # nothing yet: more parts may come
    assert me.dp["albums"].waiting == 1
    (answering,) = me.dp["albums"]._timers.values()
    gate.opened.set()
    await answering  # the album's one answer, however long it takes
    answers = me.said[said:]
    assert len(answers) == 1
    assert "Принято: 10 файлов" in answers[0]
    case_files = await db.fetchall("SELECT id FROM evidence")
    assert len(case_files) == 10


async def test_an_album_where_text_is_asked_gets_one_hint(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DAMAGED, "order_number")
    said = len(me.said)
    for n in range(10):
        await me.dp.feed_update(me.bot, _photo(n, "album-2"))
    answers = me.said[said:]
    assert len(answers) == 2  # the hint and the question again, once
    assert await current(me) == "order_number"


async def test_a_flooding_chat_is_throttled_others_are_not(settings, clock) -> None:
    dp = await create_dispatcher(
        settings, storage=SQLiteStorage(await Database.open(settings.database_path)), clock=clock
    )
    pacer = VirtualPacer()
    dp["throttle"].pacer = pacer
    flooder = Talk(
        dp, settings, clock, settings.database_path.parent / "o1", 1001, "ru", io.StringIO()
    )
    calm = Talk(
        dp, settings, clock, settings.database_path.parent / "o2", 2002, "ru", io.StringIO()
    )
    for _ in range(40):  # forty messages within the same instant
        await dp.feed_update(flooder.bot, message("привет"))
    await dp.feed_update(calm.bot, message("/start", sender=user(2002)))
    flood_said = [t for t in flooder.said if "слишком часто" in t]
    assert len(flood_said) == 1  # one polite message, not one per dropped update
    handled = [t for t in flooder.said if "слишком часто" not in t]
    assert len(handled) < 40  # the extra updates were dropped
    assert calm.said[0].startswith("Здравствуйте")  # the other chat is not slowed
    pacer.t += 60  # a minute later the chat is heard again
    before = len(flooder.said)
    await dp.feed_update(flooder.bot, message("/start"))
    assert flooder.said[before].startswith("Здравствуйте")
    await dp["db"].close()
