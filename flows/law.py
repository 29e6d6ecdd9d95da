"""The law the bot relies on, as data and arithmetic: the articles it may cite, every deadline
computed from a case, and the penalties to a given day.

Sources: `shared/reference/law-facts.md`. Days are calendar days (ЗоЗПП), counted from the day
after the start event (ГК ст. 191); a last day that is a non-working day moves to the next
working day (ГК ст. 193). Working days follow Russia's production calendar, public holidays
and the government's weekend transfers included, from the maintained `holidays` package.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache

import holidays

# -- articles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """A provision the bot may cite. `sheet` is how the fact sheet writes it, so a test can
    check that every citation stands in the sheet; the words printed come from locales."""

    id: str
    law: str  # zozpp | gk | gpk | fz59 | reklama | upk | nk
    sheet: str


def text_key(article_id: str) -> str:
    """Locale key suffix of an article: "zozpp-23.1" -> "zozpp-23_1" (Fluent ids have no dots)."""
    return article_id.replace(".", "_")


ARTICLES: dict[str, Article] = {
    a.id: a
    for a in (
        Article("zozpp-12", "zozpp", "ст. 12"),
        Article("zozpp-13", "zozpp", "ст. 13"),
        Article("zozpp-15", "zozpp", "ст. 15"),
        Article("zozpp-17", "zozpp", "ст. 17"),
        Article("zozpp-18", "zozpp", "ст. 18"),
        Article("zozpp-19", "zozpp", "ст. 19"),
        Article("zozpp-20", "zozpp", "ст. 20"),
        Article("zozpp-21", "zozpp", "ст. 21"),
        Article("zozpp-22", "zozpp", "ст. 22"),
        Article("zozpp-23", "zozpp", "ст. 23"),
        Article("zozpp-23.1", "zozpp", "ст. 23.1"),
        Article("zozpp-26.1", "zozpp", "ст. 26.1"),
        Article("gk-165.1", "gk", "ст. 165.1"),
        Article("gk-191", "gk", "ст. 191"),
        Article("gk-193", "gk", "ст. 193"),
        Article("gpk-23", "gpk", "ст. 23"),
        Article("gpk-131", "gpk", "ст. 131"),
        Article("gpk-132", "gpk", "ст. 132"),
        Article("fz59-12", "fz59", "ст. 12"),
        Article("reklama-33", "reklama", "ст. 33"),
        Article("upk-144", "upk", "ст. 144"),
        Article("nk-333.36", "nk", "333.36"),
    )
}

# -- calendar --------------------------------------------------------------------------------


@cache
def _ru_calendar() -> holidays.HolidayBase:
    return holidays.country_holidays("RU")


def is_working_day(day: date) -> bool:
    """Weekdays that are not holidays, plus Saturdays the government made working days."""
    return bool(_ru_calendar().is_working_day(day))


def next_working_day(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The same date `months` later; the month's last day when it has no such date (ГК ст. 192)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- deadlines -------------------------------------------------------------------------------


class Unit(StrEnum):
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"


class DeadlineKind(StrEnum):
    """Every period the bot counts. Value = locale key suffix (`deadline-<value>`)."""

    ANSWER_MONEY = "answer-money"  # ст. 22: refund, price cut, compensation: 10 days
    ANSWER_REPLACEMENT = "answer-replacement"  # ст. 21: 7 days
    ANSWER_REPLACEMENT_CHECK = "answer-replacement-check"  # ст. 21: 20 days with a check
    ANSWER_REPLACEMENT_NO_STOCK = "answer-replacement-no-stock"  # ст. 21: a month
    ANSWER_REPAIR = "answer-repair"  # ст. 20: 45 days at most
    PREPAID_REFUND = "prepaid-refund"  # ст. 23.1: 10 days
    DISTANCE_REFUND = "distance-refund"  # ст. 26.1: 10 days from the demand
    NEW_DELIVERY = "new-delivery"  # ст. 23.1: the new date the buyer set
    RETURN_WINDOW = "return-window"  # ст. 26.1: 7 days after receipt
    RETURN_WINDOW_NO_INFO = "return-window-no-info"  # ст. 26.1: 3 months without written terms
    TECH_COMPLEX = "tech-complex"  # ст. 18: 15 days for technically complex goods
    DEFECT_NO_WARRANTY = "defect-no-warranty"  # ст. 19: 2 years when there is no warranty
    STATE_BODY = "state-body"  # 59-ФЗ ст. 12: 30 days
    POLICE = "police"  # УПК ст. 144: 3 days


@dataclass(frozen=True)
class Rule:
    amount: int
    unit: Unit
    article: str


RULES: dict[DeadlineKind, Rule] = {
    DeadlineKind.ANSWER_MONEY: Rule(10, Unit.DAYS, "zozpp-22"),
    DeadlineKind.ANSWER_REPLACEMENT: Rule(7, Unit.DAYS, "zozpp-21"),
    DeadlineKind.ANSWER_REPLACEMENT_CHECK: Rule(20, Unit.DAYS, "zozpp-21"),
    DeadlineKind.ANSWER_REPLACEMENT_NO_STOCK: Rule(1, Unit.MONTHS, "zozpp-21"),
    DeadlineKind.ANSWER_REPAIR: Rule(45, Unit.DAYS, "zozpp-20"),
    DeadlineKind.PREPAID_REFUND: Rule(10, Unit.DAYS, "zozpp-23.1"),
    DeadlineKind.DISTANCE_REFUND: Rule(10, Unit.DAYS, "zozpp-26.1"),
    DeadlineKind.NEW_DELIVERY: Rule(0, Unit.DAYS, "zozpp-23.1"),
    DeadlineKind.RETURN_WINDOW: Rule(7, Unit.DAYS, "zozpp-26.1"),
    DeadlineKind.RETURN_WINDOW_NO_INFO: Rule(3, Unit.MONTHS, "zozpp-26.1"),
    DeadlineKind.TECH_COMPLEX: Rule(15, Unit.DAYS, "zozpp-18"),
    DeadlineKind.DEFECT_NO_WARRANTY: Rule(2, Unit.YEARS, "zozpp-19"),
    DeadlineKind.STATE_BODY: Rule(30, Unit.DAYS, "fz59-12"),
    DeadlineKind.POLICE: Rule(3, Unit.DAYS, "upk-144"),
}


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    start: date  # the event that starts the period (delivery of the claim, receipt, ...)
    amount: int
    unit: Unit
    article: str
    nominal: date  # start + period, before moving off a non-working day
    due: date  # the last day to act

    @property
    def moved(self) -> bool:
        return self.due != self.nominal

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def passed(self, today: date) -> bool:
        return today > self.due


def deadline(kind: DeadlineKind, start: date, *, until: date | None = None) -> Deadline:
    """The period `kind` starting on `start`. `until` is for NEW_DELIVERY, whose end the buyer
    sets (ст. 23.1)."""
    rule = RULES[kind]
    if kind is DeadlineKind.NEW_DELIVERY:
        if until is None:
            raise ValueError("NEW_DELIVERY needs the date the buyer set")
        nominal = until
        amount = (until - start).days
    elif rule.unit is Unit.DAYS:
        nominal, amount = start + timedelta(days=rule.amount), rule.amount
    elif rule.unit is Unit.MONTHS:
        nominal, amount = add_months(start, rule.amount), rule.amount
    else:
        nominal, amount = add_months(start, 12 * rule.amount), rule.amount
    return Deadline(
        kind=kind,
        start=start,
        amount=amount,
        unit=rule.unit,
        article=rule.article,
        nominal=nominal,
        due=next_working_day(nominal),
    )


# -- money -----------------------------------------------------------------------------------

KOPECK = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(KOPECK, rounding=ROUND_HALF_UP)


class PenaltyKind(StrEnum):
    DELAY = "delay"  # ст. 23: 1 % of the price a day
    PREPAID = "prepaid"  # ст. 23.1: 0.5 % of the prepayment a day, at most the prepayment


@dataclass(frozen=True)
class Penalty:
    kind: PenaltyKind
    base: Decimal
    rate: Decimal  # percent a day
    start: date  # first day of delay
    end: date  # the day it is counted to (inclusive)
    days: int
    amount: Decimal
    capped: bool
    article: str


def penalty(kind: PenaltyKind, base: Decimal, due: date, on: date) -> Penalty:
    """The penalty for a deadline `due` not met, counted to `on` inclusive.

    Delay starts the day after `due`; on or before `due` it is zero.
    """
    base = money(base)
    rate = Decimal("1") if kind is PenaltyKind.DELAY else Decimal("0.5")
    start = due + timedelta(days=1)
    days = max(0, (on - due).days)
    raw = money(base * rate / 100 * days)
    capped = kind is PenaltyKind.PREPAID and raw > base
    return Penalty(
        kind=kind,
        base=base,
        rate=rate,
        start=start,
        end=on if days else start,
        days=days,
        amount=base if capped else raw,
        capped=capped,
        article="zozpp-23" if kind is PenaltyKind.DELAY else "zozpp-23.1",
    )


# -- court -----------------------------------------------------------------------------------

MAGISTRATE_LIMIT = Decimal(100_000)  # ГПК ст. 23 ч. 1 п. 5, consumer property disputes
STATE_DUTY_FREE_LIMIT = Decimal(1_000_000)  # ЗоЗПП ст. 17, НК ст. 333.36


class Court(StrEnum):
    MAGISTRATE = "magistrate"
    DISTRICT = "district"


def court_for(claim_price: Decimal) -> Court:
    return Court.MAGISTRATE if claim_price <= MAGISTRATE_LIMIT else Court.DISTRICT


def state_duty_free(claim_price: Decimal) -> bool:
    return claim_price <= STATE_DUTY_FREE_LIMIT
