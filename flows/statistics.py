"""What a closed case leaves behind for statistics (issue 22 p. 1): one anonymised row, and the
rule that decides which counts may be shown (p. 2–3).

The row is made from the case when it closes and kept after the case itself is erased
(retention, `flows/retention.py`; 152-ФЗ: what statistics need is not personal data). It holds
only catalogue values, a month, a band of the price and whole days: no name, chat, order
number, exact date or free text. Its `key` is a random token the case carries while it exists,
so the row can be corrected (the outcome answered later, the case reopened) without naming the
case; once the case is gone nothing links the row to anybody.

The figures' definitions live here, once, so the CLI, `/stats` and the sentence the person
reads all count the same thing.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from flows import outcome as outcomes
from flows import schedule
from flows.case import Case, CaseOutcome, Path, Status
from flows.problems import Route

# A cell with fewer closed cases than this is never shown, nor any figure computed from it
# (issue 22 p. 2: the usual small-cell rule of official statistics).
THRESHOLD = 11


class Reached(StrEnum):
    """How far the case went before it closed: where its outcome came from."""

    SUPPORT = "support"  # closed before a claim reached the seller
    CLAIM = "claim"  # the claim was delivered; nothing filed with a state body or a court
    STATE_BODY = "state_body"  # a complaint filed with Rospotrebnadzor, the FAS, police, prosecutor
    COURT = "court"  # a lawsuit filed, or the case closed as decided by a court


class SellerKind(StrEnum):
    MARKETPLACE = "marketplace"  # the marketplace itself sold the item
    COMPANY = "company"  # an organisation (ИНН of 10 digits)
    ENTREPRENEUR = "entrepreneur"  # an individual entrepreneur (ИНН of 12 digits)


class Band(StrEnum):
    """The price, coarsened so that it identifies no order."""

    UP_TO_1K = "0-1k"
    UP_TO_5K = "1k-5k"
    UP_TO_20K = "5k-20k"
    UP_TO_100K = "20k-100k"
    OVER_100K = "100k+"


_BANDS: tuple[tuple[Decimal, Band], ...] = (
    (Decimal(1_000), Band.UP_TO_1K),
    (Decimal(5_000), Band.UP_TO_5K),
    (Decimal(20_000), Band.UP_TO_20K),
    (Decimal(100_000), Band.UP_TO_100K),
)

# The demand met: what «продавец выполнил требование» counts (a partial payment is not)
MET = frozenset({CaseOutcome.PAID_FULL, CaseOutcome.REPLACED})

_COURT_ROUTES = frozenset({Route.COURT})


@dataclass(frozen=True)
class OutcomeRow:
    """One closed case, anonymised. None: not known (not asked, skipped, not reached)."""

    key: str
    month: str  # "YYYY-MM" of the close
    status: str  # `Status` value
    marketplace: str | None
    problem: str | None
    seller_kind: str | None
    demand: str | None
    band: str | None
    reached: str  # `Reached` value
    outcome: str | None  # `CaseOutcome` value
    days: int | None  # whole days from the claim's delivery to the close
    answered_in_time: bool | None  # the seller answered within its legal period
    source: str | None  # the deep-link tag the person came with (p. 4)


def new_key() -> str:
    """The row's key: random, so it says nothing of the case or the person."""
    return secrets.token_hex(16)


def band(price: Decimal | None) -> Band | None:
    if price is None:
        return None
    for limit, name in _BANDS:
        if price < limit:
            return name
    return Band.OVER_100K


def seller_kind(case: Case) -> SellerKind | None:
    seller = case.seller
    if seller is None:
        return None
    if seller.is_marketplace:
        return SellerKind.MARKETPLACE
    digits = "".join(c for c in seller.inn if c.isdigit())
    if len(digits) == 10:
        return SellerKind.COMPANY
    if len(digits) == 12:
        return SellerKind.ENTREPRENEUR
    return None


def reached(case: Case) -> Reached:
    filed = {e.route for e in case.escalations if e.filed_on is not None}
    if case.status is Status.COURT or filed & _COURT_ROUTES:
        return Reached.COURT
    if filed:
        return Reached.STATE_BODY
    if case.delivery.delivered_on is not None:
        return Reached.CLAIM
    return Reached.SUPPORT


def answered_in_time(case: Case, closed_on: date) -> bool | None:
    """Whether the seller answered the claim within its period (law-facts §1: the seller's
    periods; `schedule.seller_deadline`): the first recorded answer on or before the last day.
    No answer recorded: late once the period ended before the close; unknown otherwise."""
    period = schedule.seller_deadline(case)
    if period is None:
        return None
    answers = [r.received_on for r in case.replies if r.received_on is not None]
    if answers:
        return min(answers) <= period.due
    return False if closed_on > period.due else None


def row_of(case: Case, key: str, source: str | None) -> OutcomeRow | None:
    """The anonymised row of a closed buyer's case; None for an open case or a seller's
    appeal (no claim, no money: nothing these statistics count)."""
    if case.path is not Path.BUYER or case.status is Status.OPEN or case.closed_at is None:
        return None
    closed_on = case.closed_at.date()
    days = outcomes.took(case) if outcomes.counted_from(case) == "claim" else None
    kind = seller_kind(case)
    price_band = band(case.price)
    return OutcomeRow(
        key=key,
        month=f"{closed_on:%Y-%m}",
        status=case.status.value,
        marketplace=case.marketplace,
        problem=None if case.problem is None else case.problem.value,
        seller_kind=None if kind is None else kind.value,
        demand=None if case.demand is None else case.demand.value,
        band=None if price_band is None else price_band.value,
        reached=reached(case).value,
        outcome=None if case.outcome is None else case.outcome.value,
        days=days,
        answered_in_time=answered_in_time(case, closed_on),
        source=source,
    )


@dataclass(frozen=True)
class Figure:
    """What the person is told about their own situation (p. 3), from one shown cell: of
    `cases` closed cases whose claim reached the seller and whose outcome is known, the seller
    met the demand after the claim (`Reached.CLAIM`, an outcome in `MET`) in `met_percent` %
    of them, the median of those taking `median_days` days from the claim's delivery."""

    cases: int
    met_percent: int
    median_days: int | None


__all__ = [
    "MET",
    "THRESHOLD",
    "Band",
    "Figure",
    "OutcomeRow",
    "Reached",
    "SellerKind",
    "answered_in_time",
    "band",
    "new_key",
    "reached",
    "row_of",
    "seller_kind",
]
