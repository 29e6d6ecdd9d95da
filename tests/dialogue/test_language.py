"""The language detected at first contact is stored, so reminders (sent without an update
to read the language from) speak it too."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cases import CaseRepo
from flows.schedule import ReminderKind
from tests.factories import group, message, user

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def test_reminder_in_the_language_telegram_reported(talk, db, clock) -> None:
    me = talk(user_id=3003, language="en")
    await me.say("/start")
    assert me.said[0].startswith("Hello")
    row = await db.fetchone("SELECT locale FROM users WHERE user_id = 3003")
    assert row["locale"] == "en"
    repo = CaseRepo(db)
    case = await repo.create(3003, clock.now())
    case.marketplace = "ozon"
    await repo.save(case, clock.now())
    await me.dp["reminder_store"].add(
        case.id, 3003, ReminderKind.SUPPORT_FOLLOW_UP, clock.now() + timedelta(hours=2)
    )
    await me.move_clock("+3h")
    assert "You have been waiting for support" in me.said[-1]


async def test_language_chosen_later_wins(talk, db) -> None:
    me = talk(user_id=3004, language="en")
    await me.say("/start")
    await me.say("/language")
    await me.tap("Русский")
    row = await db.fetchone("SELECT locale FROM users WHERE user_id = 3004")
    assert row["locale"] == "ru"


async def test_people_met_only_in_groups_are_not_recorded(dp, db) -> None:
    from bot.app import create_bot
    from bot.offline import OFFLINE_TOKEN, OfflineSession

    bot = create_bot(dp["settings"], session=OfflineSession(), token=OFFLINE_TOKEN)
    await dp.feed_update(bot, message("/start", chat=group(), sender=user(4004, "en")))
    assert await db.fetchone("SELECT * FROM users WHERE user_id = 4004") is None
