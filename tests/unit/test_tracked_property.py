"""The tracker's readings turned into the case's facts (`flows/steps/tracked.py`), proved over
generated sequences of readings, the person's own word and the days they come on.

Invariants (law-facts §5 «Counting» [S62]; review of issue 21, B2):
- the claim's delivery day comes only from a delivery or a return the addressee caused, never
  from a day not yet come, and only once the post said so;
- a letter the post says came back is never left recorded as handed over (and the reverse):
  what the documents state follows the post when the two disagree on what happened;
- a day the person gave stands when they agree on what happened;
- each state is told once; a letter on its way never; an unknown number only after 5 days;
- one event per change of state, none per poll."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.clock import ManualClock
from flows.case import Case, PostLetter, Unclaimed
from flows.ports import TrackedLetter
from flows.steps.tracked import UNKNOWN_PATIENCE, make_tracking_handler
from flows.tracking import FINAL, LetterState, Purpose, Reading
from tests.depth import examples

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
NUMBER = "80080012345678"


@dataclass
class Cases:
    case: Case
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    async def get(self, case_id: int, owner_id: int) -> Case | None:
        return self.case.model_copy(deep=True) if owner_id == self.case.owner_id else None

    async def save(self, case: Case, now: datetime) -> None:
        self.case = case.model_copy(deep=True)

    async def log(self, case_id: int, at: datetime, kind: str, /, **data: Any) -> None:
        self.events.append((kind, data))


@dataclass
class Reminders:
    news: int = 0
    deadlines: list[date] = field(default_factory=list)

    async def letter_news(self, case: Case, chat_id: int, purpose: Purpose) -> None:
        self.news += 1

    async def seller_deadline(self, case: Case, chat_id: int, period: Any) -> None:
        self.deadlines.append(period.due)


states = st.sampled_from(list(LetterState))
readings = st.builds(
    lambda state, offset, why: Reading(
        state,
        None if state is LetterState.UNKNOWN else date(2026, 11, 15) + timedelta(days=offset),
        None,
        why if state is LetterState.UNCLAIMED else None,
    ),
    states,
    st.integers(min_value=0, max_value=40),
    st.sampled_from(list(Unclaimed)),
)
# the person's own word before the post's: nothing, a delivery day, or a return day
persons = st.none() | st.tuples(
    st.integers(min_value=0, max_value=10).map(lambda n: date(2026, 11, 15) + timedelta(days=n)),
    st.none() | st.sampled_from(list(Unclaimed)),
)


def _case(person: tuple[date, Unclaimed | None] | None) -> Case:
    case = Case(id=1, owner_id=7, created_at=START, received_on=date(2026, 11, 5))
    case.problem = None
    case.delivery.method = "post"  # type: ignore[assignment]
    case.delivery.tracking = NUMBER
    case.letters = [PostLetter(purpose=Purpose.CLAIM, number=NUMBER, added_on=START.date())]
    if person is not None:
        case.delivery.delivered_on, case.delivery.unclaimed = person
    return case


@settings(max_examples=examples(300), deadline=None)
@given(persons, st.lists(st.tuples(readings, st.integers(min_value=0, max_value=3)), max_size=8))
async def test_readings_become_facts_that_stay_true(person, steps) -> None:
    clock = ManualClock(START)
    cases, reminders = Cases(_case(person)), Reminders()
    services = SimpleNamespace(cases=cases, clock=clock, reminders=reminders)
    handle = make_tracking_handler(services)  # type: ignore[arg-type]
    row = TrackedLetter(1, 7, Purpose.CLAIM, NUMBER)
    told: list[LetterState] = []
    for reading, wait in steps:
        clock.advance(timedelta(days=wait))
        today = clock.now().date()  # 09:00 UTC is the same day in Moscow
        before = cases.case.model_copy(deep=True)
        news_before = reminders.news
        finished = await handle(row, reading)
        after = cases.case
        delivery = after.delivery
        if reading.on is not None and reading.on > today:
            assert after == before  # a day not yet come is not taken
            assert finished is False
            continue
        assert finished == (reading.state in FINAL)
        letter = after.letters[0]
        assert letter.state is reading.state
        decisive = reading.state in (LetterState.DELIVERED, LetterState.UNCLAIMED)
        if decisive and reading.on is not None:
            post_unclaimed = reading.unclaimed if reading.state is LetterState.UNCLAIMED else None
            person_day = before.delivery.delivered_on
            # only a delivery the post confirms keeps the person's own day
            agree = (
                person_day is not None
                and before.delivery.unclaimed is None
                and post_unclaimed is None
            )
            if agree:
                assert delivery.delivered_on == person_day  # their day stands
            else:
                assert delivery.delivered_on == reading.on
                assert delivery.unclaimed == post_unclaimed  # what happened, as the post says
        elif before.delivery.delivered_on is None:
            assert delivery.delivered_on is None  # nothing else starts the seller's clock
        if reminders.news > news_before:
            assert reading.state not in told  # told once
            assert reading.state is not LetterState.MOVING
            if reading.state is LetterState.UNKNOWN:
                assert today - letter.added_on >= UNKNOWN_PATIENCE
            told.append(reading.state)
    changes = [data for kind, data in cases.events if kind == "letter"]
    pairs = list(itertools.pairwise(changes))
    assert all(a != b for a, b in pairs)  # one event per change, none per poll
