"""How similar cases went (issue 22 p. 3): the sentence appears once, when the claim is ready
or when the person chooses to wait instead of escalating, only where the person's own cell
(marketplace × problem) is shown in the public table — from 11 closed cases — and never
otherwise. The rows are written as closes write them (`OutcomeRepo.record`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from aiogram import Dispatcher

from bot.db import Database
from bot.outcomes import OutcomeRepo
from flows.problems import ProblemId
from flows.statistics import Figure, OutcomeRow, new_key
from tests.helpers import stored, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


def _row(marketplace: str = "ozon", problem: str = "defective", days: int = 9) -> OutcomeRow:
    return OutcomeRow(
        key=new_key(),
        month="2026-10",
        status="solved",
        marketplace=marketplace,
        problem=problem,
        seller_kind="company",
        demand="refund",
        band="5k-20k",
        reached="claim",
        outcome="paid_full",
        days=days,
        answered_in_time=True,
        source=None,
    )


async def _closed(db: Database, n: int, **kw: object) -> None:
    book = OutcomeRepo(db)
    for _ in range(n):
        await book.record(_row(**kw))  # type: ignore[arg-type]


async def _make_claim(me) -> None:
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    await me.tap("Составить претензию")


async def test_a_large_cell_is_told_once_when_the_claim_is_ready(talk, db: Database) -> None:
    await _closed(db, 11)
    me = talk()
    await _make_claim(me)
    told = [s for s in me.said if "Как это было у других" in s]
    assert len(told) == 1
    assert "закрыли 11 обращений с той же проблемой на Ozon" in told[0]
    assert "В 100 % из них продавец выполнил требование после претензии" in told[0]
    assert "обычно (медиана) за 9 дней" in told[0]
    assert "только пользователи этого бота" in told[0]
    assert (await stored(db)).stats_told


async def test_ten_cases_are_not_enough(talk, db: Database) -> None:
    await _closed(db, 10)
    me = talk()
    await _make_claim(me)
    assert not [s for s in me.said if "Как это было у других" in s]
    assert not (await stored(db)).stats_told


async def test_another_marketplaces_cell_says_nothing_of_this_one(talk, db: Database) -> None:
    await _closed(db, 30, marketplace="wildberries")
    me = talk()
    await _make_claim(me)
    assert not [s for s in me.said if "Как это было у других" in s]


async def test_english_and_the_words_for_a_shown_figure(talk, dp: Dispatcher) -> None:
    """The sentence's variants (no median; 0 %; plurals), with a book that answers a figure."""

    class Book:
        def __init__(self, figure: Figure | None) -> None:
            self.value = figure

        async def figure(self, marketplace: str, problem: str) -> Figure | None:
            return self.value

    services = dp["services"]
    dp["services"] = replace(services, outcomes=Book(Figure(21, 0, None)))
    me = talk(user_id=1002, language="en")
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    await me.tap("Draw up the claim")
    told = [s for s in me.said if "How it went for others" in s]
    assert len(told) == 1
    assert "closed 21 cases with the same problem on Ozon" in told[0]
    assert "In none of them did the seller meet the demand" in told[0]
    assert "this bot's users only" in told[0]
    dp["services"] = replace(services, outcomes=Book(Figure(21, 57, 1)))
    ru = talk(user_id=1003)
    await walk(ru, ProblemId.DEFECTIVE, "claim_review")
    await ru.tap("Составить претензию")
    told = [s for s in ru.said if "Как это было у других" in s]
    assert "закрыли 21 обращение" in told[0]
    assert "В 57 % из них" in told[0]
    assert "за 1 день" in told[0]


async def test_told_when_putting_off_escalation(talk, db: Database, dp: Dispatcher) -> None:
    """«Remind me later» on the seller's missed deadline is the hesitation the issue means."""
    dp["services"] = replace(dp["services"], outcomes=OutcomeRepo(db, cache_seconds=0))
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "route")
    assert not [s for s in me.said if "Как это было у других" in s]
    await _closed(db, 12)  # the cell grew while the case went on
    await me.say("/clock +20d")
    await me.tap("Напомнить через")
    told = [s for s in me.said if "Как это было у других" in s]
    assert len(told) == 1
    assert "закрыли 12 обращений" in told[0]
    assert (await stored(db)).stats_told
