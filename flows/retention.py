"""How long a case is kept, and what is due for it now (issue 22 p. 5).

Personal data are kept while their purpose lasts (law-facts §6: purpose achieved → destroyed
within 30 days [S66]). A case's purpose is over when it is closed, whatever the reason (solved,
withdrawn, given up, decided by a court), so a closed case is erased `retention_days` after it
closed. The person is told three days before and may keep it a year more («Keep»), after which
they are asked again. An open case nobody touched for `stale_days` is asked about once; no
answer in 30 days closes it as given up, and then the closed case's clock runs. An open case
with a lawsuit filed is never asked nor closed by the clock: a court may take longer than any
period here, and the person closes it when it is decided.

Everything is computed from the case, the moment it was last touched (the stored row's time of
its last save), the warning's fate and `now`: nothing here is stored but the case's own three
fields (`keep_until`, `warned_at`, `stale_asked_at`), so a sweep that dies half-way simply
computes the same answer again. What the anonymised statistics need is not the case: its row
(`flows/statistics.py`) stays after the case is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from flows.case import Case, Status
from flows.problems import Route

NOTICE = timedelta(days=3)  # the warning goes this long before the erasure, at the least
STALE_ANSWER = timedelta(days=30)  # how long "still needed?" waits for an answer
KEEP = timedelta(days=365)  # what «Keep for a year» adds
RECHECK = timedelta(hours=1)  # a warning queued but not sent yet: look again this soon


@dataclass(frozen=True)
class Policy:
    """The operator's settings (`RETENTION_DAYS`, `STALE_DAYS`)."""

    retention_days: int = 30
    stale_days: int = 180

    def __post_init__(self) -> None:
        if self.retention_days < 4:  # the warning needs its three days before
            raise ValueError("retention_days must be at least 4")
        if self.stale_days < 1:
            raise ValueError("stale_days must be at least 1")

    @property
    def retention(self) -> timedelta:
        return timedelta(days=self.retention_days)

    @property
    def stale(self) -> timedelta:
        return timedelta(days=self.stale_days)


DEFAULT_POLICY = Policy()


class Action(StrEnum):
    NONE = "none"  # nothing now; look again at `Due.next_look`
    WARN = "warn"  # queue the warning, mark the case warned
    ERASE = "erase"  # erase the case and everything of it
    ASK = "ask"  # queue "still needed?", mark the case asked
    GIVE_UP = "give_up"  # close it as given up (its outcome row written)


@dataclass(frozen=True)
class Warning:
    """The fate of the latest erasure warning of the case, as the reminder rows tell it:
    `waiting` while queued or being sent; `sent_at` once it went. Neither: it failed, the
    chat blocked the bot, or there is none."""

    waiting: bool = False
    sent_at: datetime | None = None


NO_WARNING = Warning()


@dataclass(frozen=True)
class Due:
    action: Action
    next_look: datetime  # when to look at the case again, once the action is done


def court_pending(case: Case) -> bool:
    """An open case with a lawsuit filed: kept until the person closes it."""
    return case.status is Status.OPEN and any(
        e.route is Route.COURT and e.filed_on is not None for e in case.escalations
    )


def erase_base(case: Case, policy: Policy) -> datetime:
    """When a closed case is erased if the warning went in time: `retention_days` after it
    closed, or the end of the year the person chose to keep it, whichever is later."""
    if case.closed_at is None:
        raise ValueError("an open case has no erasure date")
    base = case.closed_at + policy.retention
    if case.keep_until is not None and case.keep_until > base:
        return case.keep_until
    return base


def warned(case: Case) -> bool:
    """The warning went for this close (one sent before a reopening does not count)."""
    return (
        case.warned_at is not None
        and case.closed_at is not None
        and case.warned_at >= case.closed_at
    )


def erase_at(case: Case, policy: Policy, warning: Warning) -> datetime | None:
    """The moment a warned closed case is erased: never less than `NOTICE` after the warning
    actually went (downtime, a case closed long before this rule); None while it waits to go.
    A warning that could not be delivered (the chat blocked the bot) counts from when it was
    queued: the data are not kept forever for want of a chat."""
    if warning.waiting or case.warned_at is None:
        return None
    went = warning.sent_at or case.warned_at
    return max(erase_base(case, policy), went + NOTICE)


def asked(case: Case, touched: datetime) -> datetime | None:
    """When "still needed?" was asked, if nothing was done on the case since."""
    if case.stale_asked_at is None or case.stale_asked_at < touched:
        return None
    return case.stale_asked_at


def due(case: Case, touched: datetime, now: datetime, policy: Policy, warning: Warning) -> Due:
    """What is due for `case` at `now`. `touched`: when the case was last saved by the
    dialogue (an answer, a button) — retention's own marks do not count as a touch."""
    if case.status is not Status.OPEN:
        return _closed(case, now, policy, warning)
    if court_pending(case):
        return Due(Action.NONE, now + policy.stale)
    since = asked(case, touched)
    if since is not None:
        close = since + STALE_ANSWER
        return Due(Action.GIVE_UP, now) if now >= close else Due(Action.NONE, close)
    stale = touched + policy.stale
    return Due(Action.ASK, now + STALE_ANSWER) if now >= stale else Due(Action.NONE, stale)


def _closed(case: Case, now: datetime, policy: Policy, warning: Warning) -> Due:
    if not warned(case):
        warn = erase_base(case, policy) - NOTICE
        return Due(Action.WARN, now + RECHECK) if now >= warn else Due(Action.NONE, warn)
    erase = erase_at(case, policy, warning)
    if erase is None:
        return Due(Action.NONE, now + RECHECK)
    return Due(Action.ERASE, now) if now >= erase else Due(Action.NONE, erase)


def announced(case: Case, policy: Policy, now: datetime) -> datetime:
    """The erasure moment the warning names when it goes at `now` (the sweep then erases no
    earlier: `erase_at` with the warning's `sent_at` at or after `now`)."""
    return max(erase_base(case, policy), now + NOTICE)


def keep(case: Case, now: datetime) -> None:
    """«Keep for a year»: erased no earlier than a year from now, warned again before."""
    case.keep_until = now + KEEP
    case.warned_at = None


def still_needed(case: Case) -> None:
    """«Still needed»: the question is answered; the clock restarts with the save."""
    case.stale_asked_at = None


def give_up(case: Case, now: datetime) -> None:
    """No answer to "still needed?": closed as given up, now."""
    case.status, case.closed_at = Status.GIVEN_UP, now
    case.stale_asked_at = None
