"""Which deadlines a case has, and when each is worth a reminder — computed, never stored, so a
corrected answer moves its deadline with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from flows import problems
from flows.case import Case, Status
from flows.law import Deadline, DeadlineKind, deadline
from flows.problems import ROUTE_DEADLINE


class ReminderKind(StrEnum):
    OWN_WINDOW = "own_window"  # two days before the person's own period closes
    SELLER_DEADLINE = "seller_deadline"  # the morning after the seller's period passed
    SUPPORT_FOLLOW_UP = "support_follow_up"  # the person chose "waiting" for support
    STATE_BODY = "state_body"  # the morning after a body's 30 days


OWN_WINDOW_NOTICE = timedelta(days=2)


@dataclass(frozen=True)
class Planned:
    kind: ReminderKind
    day: date  # the local day to remind on (the hour is the scheduler's business)
    deadline: Deadline


def own_windows(case: Case) -> list[Deadline]:
    if case.problem is None or case.received_on is None:
        return []
    return [deadline(kind, case.received_on) for kind in problems.get(case.problem).own_windows]


def seller_deadline(case: Case) -> Deadline | None:
    if case.problem is None or case.delivery.delivered_on is None:
        return None
    problem = problems.get(case.problem)
    demand = case.demand or problem.demands[0]
    kind = problem.deadline_for(demand)
    if kind is DeadlineKind.NEW_DELIVERY and case.new_date is None:
        return None
    return deadline(kind, case.delivery.delivered_on, until=case.new_date)


def state_bodies(case: Case) -> list[Deadline]:
    out = []
    for escalation in case.escalations:
        kind = ROUTE_DEADLINE[escalation.route]
        if kind is not None and escalation.filed_on is not None:
            out.append(deadline(kind, escalation.filed_on))
    return out


def all_deadlines(case: Case) -> list[Deadline]:
    found = own_windows(case)
    seller = seller_deadline(case)
    if seller is not None:
        found.append(seller)
    return found + state_bodies(case)


def next_deadline(case: Case, today: date) -> Deadline | None:
    """The nearest deadline that has not passed, for /cases."""
    if case.status is not Status.OPEN:
        return None
    upcoming = [d for d in all_deadlines(case) if d.due >= today]
    return min(upcoming, key=lambda d: d.due, default=None)


def plan_own_windows(case: Case, today: date) -> list[Planned]:
    out = []
    for period in own_windows(case):
        day = period.due - OWN_WINDOW_NOTICE
        if day >= today:
            out.append(Planned(ReminderKind.OWN_WINDOW, day, period))
    return out


def plan_after(kind: ReminderKind, period: Deadline) -> Planned:
    """A reminder for the morning after `period` ends."""
    return Planned(kind, period.due + timedelta(days=1), period)
