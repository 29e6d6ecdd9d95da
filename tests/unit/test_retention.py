"""The retention policy (`flows/retention.py`) as invariants over generated cases and sweep
timelines: nothing erased before its period and three days after the warning actually went,
every closed case erased in the end, a case in court never asked nor closed, the stale
question only after `stale_days` untouched and the close only 30 days after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import retention
from flows.case import Case, Escalation, Path, Status
from flows.problems import Route
from flows.retention import NOTICE, STALE_ANSWER, Action, Policy, Warning
from tests.depth import examples

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
hours = st.integers(min_value=0, max_value=24 * 800).map(lambda h: timedelta(hours=h))
policies = st.builds(
    Policy,
    retention_days=st.integers(min_value=4, max_value=400),
    stale_days=st.integers(min_value=1, max_value=400),
)
closed_statuses = st.sampled_from([s for s in Status if s is not Status.OPEN])


def _case(**fields) -> Case:
    return Case(owner_id=1, id=7, created_at=T0, **fields)


def _simulate(case: Case, policy: Policy, gaps: list[timedelta], delays: list[timedelta]):
    """Sweeps at the given gaps; a warning goes `delays[i]` after it was queued (or never,
    when the list runs out). Returns (erased at, the moment the warning went)."""
    now = case.closed_at or T0
    queued = went = None
    delays = list(delays)
    for gap in gaps:
        now += gap
        if queued is not None and went is None and delays and now >= queued + delays[0]:
            went = queued + delays.pop(0)
        if queued is not None and went is None:
            warning = Warning(waiting=bool(delays))
        else:
            warning = Warning(sent_at=went)
        due = retention.due(case, now, now, policy, warning)
        assert due.next_look >= now
        if due.action is Action.WARN:
            case.warned_at, queued, went = now, now, None
        elif due.action is Action.ERASE:
            return now, went, queued
    return None, went, queued


@settings(max_examples=examples(400), deadline=None)
@given(
    policy=policies,
    status=closed_statuses,
    keep=st.none() | hours,
    gaps=st.lists(hours, min_size=1, max_size=30),
    delays=st.lists(st.integers(0, 72).map(lambda h: timedelta(hours=h)), max_size=3),
)
def test_never_erased_early(policy, status, keep, gaps, delays) -> None:
    case = _case(status=status, closed_at=T0, keep_until=None if keep is None else T0 + keep)
    erased, went, queued = _simulate(case, policy, gaps, delays)
    if erased is None:
        return
    assert queued is not None, "erased without a warning queued"
    assert erased >= T0 + policy.retention
    if case.keep_until is not None:
        assert erased >= case.keep_until
    assert erased >= (went or queued) + NOTICE


@settings(max_examples=examples(200), deadline=None)
@given(policy=policies, status=closed_statuses, delay=st.integers(0, 48))
def test_every_closed_case_is_erased_in_the_end(policy, status, delay) -> None:
    """Hourly sweeps: erased within a day of `retention + notice` past the late warning."""
    case = _case(status=status, closed_at=T0)
    gaps = [timedelta(hours=1)] * (24 * (policy.retention_days + 6))
    erased, _, _ = _simulate(case, policy, gaps, [timedelta(hours=delay)])
    assert erased is not None
    assert erased <= T0 + policy.retention + timedelta(hours=delay + 2)


def test_a_warning_before_a_reopening_does_not_count() -> None:
    policy = Policy()
    case = _case(status=Status.SOLVED, closed_at=T0 + timedelta(days=40), warned_at=T0)
    now = T0 + timedelta(days=80)
    assert retention.due(case, now, now, policy, Warning(sent_at=T0)).action is Action.WARN


def test_keep_moves_a_year_and_forgets_the_warning() -> None:
    policy = Policy()
    case = _case(status=Status.SOLVED, closed_at=T0, warned_at=T0 + timedelta(days=27))
    retention.keep(case, T0 + timedelta(days=28))
    assert not retention.warned(case)
    look = T0 + timedelta(days=100)
    due = retention.due(case, look, look, policy, Warning(sent_at=T0 + timedelta(days=27)))
    assert due.action is Action.NONE
    assert due.next_look == T0 + timedelta(days=28 + 365) - NOTICE


@settings(max_examples=examples(300), deadline=None)
@given(policy=policies, untouched=hours, asked_ago=st.none() | hours, court=st.booleans())
def test_open_cases(policy, untouched, asked_ago, court) -> None:
    now = T0 + timedelta(days=900)
    touched = now - untouched
    asked = None if asked_ago is None else now - asked_ago
    escalations = []
    if court:
        escalations = [Escalation(route=Route.COURT, prepared_on=T0.date(), filed_on=T0.date())]
    path = Path.SELLER if untouched.days % 2 else Path.BUYER  # the seller's path alike
    case = _case(path=path, stale_asked_at=asked, escalations=escalations)
    due = retention.due(case, touched, now, policy, retention.NO_WARNING)
    assert due.action in (Action.NONE, Action.ASK, Action.GIVE_UP)
    assert due.next_look >= now
    if court:
        assert due.action is Action.NONE
        return
    valid = asked is not None and asked >= touched
    if due.action is Action.ASK:
        assert not valid
        assert untouched >= policy.stale
    if due.action is Action.GIVE_UP:
        assert valid
        assert asked is not None
        assert now - asked >= STALE_ANSWER
    if due.action is Action.NONE:
        assert (valid and now - asked < STALE_ANSWER) or (not valid and untouched < policy.stale)


def test_give_up_closes_now() -> None:
    case = _case(stale_asked_at=T0)
    retention.give_up(case, T0 + STALE_ANSWER)
    assert case.status is Status.GIVEN_UP
    assert case.closed_at == T0 + STALE_ANSWER
    assert case.stale_asked_at is None


@pytest.mark.parametrize("days", [0, 3, -1])
def test_a_retention_too_short_for_the_warning_is_refused(days) -> None:
    with pytest.raises(ValueError, match="retention_days"):
        Policy(retention_days=days)


def test_settings_reach_the_policy(monkeypatch) -> None:
    from bot.config import Settings

    monkeypatch.setenv("RETENTION_DAYS", "45")
    monkeypatch.setenv("STALE_DAYS", "90")
    settings_ = Settings(_env_file=None)  # type: ignore[call-arg]
    assert (settings_.retention_days, settings_.stale_days) == (45, 90)
    monkeypatch.delenv("STALE_DAYS")
    assert Settings(_env_file=None, retention_days=30).stale_days == 180  # type: ignore[call-arg]
