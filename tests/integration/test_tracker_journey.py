"""The tracker wired whole: the settings point the real client (`bot/russianpost.py`) at the fake
Russian Post SOAP server on 127.0.0.1, the dialogue's own handler (`flows/steps/tracked.py`)
reads what it says, and the console's `/clock` moves the days. The issue's «done when»: a
number typed, `/clock +3d`, the bot says the letter was delivered on that date and counts the
seller's period from it; a letter returned after storage counts from the return (ГК ст. 165.1);
and the quota is spent once per letter, however many days the clock moves."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from bot.app import create_dispatcher
from bot.config import Settings
from flows.problems import ProblemId
from flows.schedule import seller_deadline
from flows.tracking import domestic_check_digit
from tests.conftest import storage_on
from tests.fakepost import FakePost as FakeServer
from tests.helpers import Talk, current, stored, walk

pytestmark = pytest.mark.backends

NUMBER = "8008001234567" + str(domestic_check_digit("8008001234567"))
WRONG = NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10)


async def _person(db, clock, tmp_path: Path, post: FakeServer, limit: int = 100) -> Talk:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_path=tmp_path / "bot.sqlite3",
        russian_post_login=post.login,
        russian_post_password=post.password,
        russian_post_url=post.url,
        russian_post_daily_limit=limit,
    )
    dp = await create_dispatcher(settings, storage=storage_on(db), clock=clock, throttle=False)
    return Talk(dp, settings, clock, tmp_path / "out", 1001, "ru", io.StringIO())


async def _close(me: Talk) -> None:
    await me.dp.emit_shutdown(bot=me.bot, dispatcher=me.dp, **me.dp.workflow_data)
    await me.session.close()


async def test_a_number_then_three_days_and_the_bot_knows_the_delivery(
    db, clock, tmp_path: Path
) -> None:
    on = date(2026, 11, 23)
    async with FakeServer() as post:
        post.scenario(NUMBER, "delivered", on=on)
        me = await _person(db, clock, tmp_path, post)
        try:
            await walk(me, ProblemId.DEFECTIVE, "tracking")
            await me.say(WRONG)
            assert me.said[-2] == await me.text("err-tracking-check-digit")
            await me.say(NUMBER)
            assert await current(me) == "delivered_on"
            await me.tap_key("btn-letter-not-yet")
            assert post.requests_for(NUMBER) == 0  # asked by the tracker, not in the step
            await me.handle("/clock +3d")
            said = "\n".join(me.said)
            assert "вручено продавцу 23.11.2026" in said
            case = await stored(db)
            assert case.delivery.delivered_on == on
            period = seller_deadline(case)
            assert period is not None
            assert period.due.strftime("%d.%m.%Y") in said
            # asked on 22.11 (the fake, which knows no clock, already tells of 23.11: a day
            # not yet come is not taken) and on 23.11; delivered, it is not asked again
            assert post.requests_for(NUMBER) == 2
            await me.handle("/clock +2d")
            assert post.requests_for(NUMBER) == 2
            row = await db.fetchone("SELECT done, state FROM letters")
            assert tuple(row) == (1, "delivered")
        finally:
            await _close(me)


async def test_a_letter_returned_after_storage_counts_from_the_return(
    db, clock, tmp_path: Path
) -> None:
    back = date(2026, 11, 24)
    async with FakeServer() as post:
        post.scenario(NUMBER, "returned", on=back)
        me = await _person(db, clock, tmp_path, post)
        try:
            await walk(me, ProblemId.DEFECTIVE, "tracking")
            await me.say(NUMBER)
            await me.tap_key("btn-letter-not-yet")
            await me.handle("/clock +3d")
            said = "\n".join(me.said)
            assert "165.1" in said
            case = await stored(db)
            assert case.delivery.delivered_on == back
            assert case.delivery.unclaimed is not None
            period = seller_deadline(case)
            assert period is not None
            assert period.due.strftime("%d.%m.%Y") in said
        finally:
            await _close(me)


async def test_a_letter_on_its_way_is_asked_once_a_day(db, clock, tmp_path: Path) -> None:
    async with FakeServer() as post:
        post.scenario(NUMBER, "moving", on=date(2026, 11, 21))
        me = await _person(db, clock, tmp_path, post)
        try:
            await walk(me, ProblemId.DEFECTIVE, "tracking")
            await me.say(NUMBER)
            await me.tap_key("btn-letter-not-yet")
            await me.handle("/clock +4d")
            assert post.requests_for(NUMBER) == 4
            await me.handle("/clock +2h")  # 13:00 → 15:00 in Moscow: the same day
            assert post.requests_for(NUMBER) == 4
        finally:
            await _close(me)
