"""The law the bot relies on, as data and arithmetic: the articles it may cite, every deadline
computed from a case, and the penalties to a given day.

Sources: `shared/reference/law-facts.md`. Days are calendar days (ЗоЗПП), counted from the day
after the start event (ГК ст. 191); a civil period's last day that is a non-working day moves to
the next working day (ГК ст. 193) — a state body's answer term does not (law-facts §3).
Working days follow Russia's production calendar, public holidays and the government's weekend
transfers included, from the maintained `holidays` package.
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
    """A provision the bot may cite. `sheet` is a phrase quoted from the fact sheet
    (`shared/reference/law-facts.md`) that states the rule, so a test can check that every
    citation still stands there; None only for the few provisions the sheet lacks, which the
    legal review (issue 9) asked for and the test lists by name. Printed words live in locales.
    """

    id: str
    law: str  # zozpp | gk | gpk | apk | fz59 | fz248 | reklama | pp1922 | upk | uk | koap | nk
    sheet: str | None


def text_key(article_id: str) -> str:
    """Locale key suffix of an article: "zozpp-23.1" -> "zozpp-23_1" (Fluent ids have no dots)."""
    return article_id.replace(".", "_")


ARTICLES: dict[str, Article] = {
    a.id: a
    for a in (
        Article("zozpp-10", "zozpp", "consumer-law issue (Роспотребнадзор, ЗоЗПП ст. 10, 12)"),
        Article("zozpp-12", "zozpp", "**ст. 12 п.2.1–2.6 (владелец агрегатора = marketplace)**"),
        Article("zozpp-13", "zozpp", "ст. 13 п.6: the court adds a fine of 50%"),
        Article("zozpp-15", "zozpp", "ст. 15: moral damage is paid in money"),
        Article("zozpp-17", "zozpp", "No state duty for claims ≤1,000,000 ₽"),
        Article("zozpp-18", "zozpp", "**ст. 18 (defects)**"),
        Article("zozpp-19", "zozpp", "**ст. 19 (time to claim)**"),
        Article("zozpp-20", "zozpp", "ст. 20 repair:"),
        Article("zozpp-21", "zozpp", "ст. 21 replacement: 7 days from the demand"),
        Article("zozpp-22", "zozpp", "ст. 22: price cut, repair-cost refund, refund, damages"),
        Article("zozpp-23", "zozpp", "ст. 23 п.1: 1% of the goods price per day"),
        Article("zozpp-23.1", "zozpp", "ст. 23.1 prepaid goods"),
        Article("zozpp-26.1", "zozpp", "**ст. 26.1 distance selling (all marketplace orders)**"),
        Article("gk-152", "gk", "a sole trader (ИП) is a citizen → «п. 1 ст. 152 ГК РФ»"),
        Article("gk-165.1", "gk", "ГК ст. 165.1, Пленум № 25 п.67"),
        Article("gk-191", "gk", "(ГК ст. 191, 193)"),
        Article("gk-193", "gk", "(ГК ст. 191, 193)"),
        Article("gk-333", "gk", "the ГК ст. 333 test, now written into ЗоЗПП"),
        Article("gk-395", "gk", "interest for the use of another's money under ГК ст. 395"),
        Article("gk-456", "gk", "cite ГК ст. 456, 468 п. 1 and ЗоЗПП ст. 23.1"),
        Article("gk-457", "gk", "demand delivery by a new date (ГК ст. 456, 457)"),
        Article("gk-468", "gk", "ГК ст. 468 п. 1: goods delivered in an assortment"),
        Article("gk-480", "gk", "Incomplete set: ГК ст. 480"),
        Article("gpk-23", "gpk", "ГПК ст. 23 ч.1 п.5"),
        Article("gpk-29", "gpk", "(ГПК ст. 29 ч.7)"),
        Article("gpk-131", "gpk", "ГПК ст. 131 contents"),
        Article("gpk-132", "gpk", "ГПК ст. 132 (ред. 31.07.2025) attachments"),
        Article("fz59-12", "fz59", "59-ФЗ: reply within 30 days of registration (ст. 12)"),
        Article("fz248-49", "fz248", "предостережение (warning) under 248-ФЗ ст. 49"),
        Article("reklama-3", "reklama", "**Who is who (38-ФЗ ст. 3):**"),
        Article("reklama-5", "reklama", "(38-ФЗ ст. 5 ч. 3 [S122]"),
        Article("reklama-38", "reklama", "the advertiser answers (ст. 38 ч. 6)"),
        Article("koap-14.3", "koap", "liable under КоАП ст. 14.3 ч. 1"),
        Article("apk-33", "apk", "АПК ст. 33 ч. 1 п. 5"),
        Article("pp1922-rules", "pp1922", "ПП № 1922 of 24.11.2020"),
        Article("reklama-33", "reklama", "ФЗ «О рекламе» ст. 33"),
        Article("upk-124", "upk", "Under УПК ст. 124 the prosecutor decides within 3 days"),
        Article("upk-141", "upk", "(УПК ст. 141 ч. 6)"),
        Article("upk-144", "upk", "(УПК ст. 144)"),
        Article("uk-159", "uk", "Fraud = УК ст. 159"),
        Article("uk-306", "uk", "(УК ст. 306)"),
        Article("koap-7.27", "koap", "is petty theft under КоАП ст. 7.27"),
        # law-facts §3 «Goods lost before handover», «Counterfeits», «Petty theft» (2026-12-03)
        Article("gk-458", "gk", "(ГК ст. 458 п. 1) [S119]"),
        Article("gk-459", "gk", "the risk passes when that duty is performed (ст. 459 п. 1)"),
        Article("uk-158", "uk", "(кража ст. 158, присвоение ст. 160, мошенничество ст. 159 УК"),
        Article("uk-160", "uk", "(кража ст. 158, присвоение ст. 160, мошенничество ст. 159 УК"),
        Article("uk-180", "uk", "УК ст. 180 ч. 1 when repeated or causing large damage"),
        Article("koap-14.10", "koap", "КоАП ст. 14.10 ч. 1 (fines with confiscation)"),
        Article("koap-28.1", "koap", "(КоАП ст. 28.1 ч. 1 п. 3) [S121]"),
        Article("koap-14.7", "koap", "КоАП 14.7 (deceiving consumers)"),
        Article("koap-14.8", "koap", "14.8 (other consumer-right violations"),
        Article("nk-333.19", "nk", "НК 333.19 п. 1 пп. 1 scale"),
        Article("nk-333.36", "nk", "НК ст. 333.36 пп.4 п.2, п.3"),
    )
}

# Provisions the fact sheet does not (yet) carry; cited because the legal review asked for
# them. A test keeps this list and ARTICLES in step, so nothing slips in unnoticed.
NOT_IN_SHEET: frozenset[str] = frozenset()

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
    MARKETPLACE_REFUND = "marketplace-refund"  # ст. 12: 10 days, prepaid goods not delivered
    STATE_BODY = "state-body"  # 59-ФЗ ст. 12: 30 days from registration (up to 3 days)
    POLICE = "police"  # УПК ст. 144: 3 days
    POLICE_10 = "police-10"  # УПК ст. 144: extended to 10 days (the applicant is told)
    POLICE_30 = "police-30"  # УПК ст. 144: extended to 30 days with checks or expertise
    PROSECUTOR = "prosecutor"  # УПК ст. 124: 3 days (up to 10), a complaint about the police
    FAS = "fas"  # ПП № 1922: an application about an ad, one month from receipt
    FAS_EXTENDED = "fas-extended"  # ... which the FAS may extend by at most one more month


@dataclass(frozen=True)
class Rule:
    amount: int
    unit: Unit
    article: str
    lead: int = 0  # days before the period starts (a state body registers an appeal first)
    at_most: bool = False  # a ceiling for the work itself, not a date to answer by (repair)
    # ГК ст. 193 moves a civil period's last day off a day off; an authority's answer term is
    # not a civil period and is never moved (law-facts §3 Rospotrebnadzor, §5 Counting)
    moves: bool = True


RULES: dict[DeadlineKind, Rule] = {
    DeadlineKind.ANSWER_MONEY: Rule(10, Unit.DAYS, "zozpp-22"),
    DeadlineKind.ANSWER_REPLACEMENT: Rule(7, Unit.DAYS, "zozpp-21"),
    DeadlineKind.ANSWER_REPLACEMENT_CHECK: Rule(20, Unit.DAYS, "zozpp-21"),
    DeadlineKind.ANSWER_REPLACEMENT_NO_STOCK: Rule(1, Unit.MONTHS, "zozpp-21"),
    DeadlineKind.ANSWER_REPAIR: Rule(45, Unit.DAYS, "zozpp-20", at_most=True),
    DeadlineKind.PREPAID_REFUND: Rule(10, Unit.DAYS, "zozpp-23.1"),
    DeadlineKind.DISTANCE_REFUND: Rule(10, Unit.DAYS, "zozpp-26.1"),
    DeadlineKind.NEW_DELIVERY: Rule(0, Unit.DAYS, "zozpp-23.1"),
    DeadlineKind.RETURN_WINDOW: Rule(7, Unit.DAYS, "zozpp-26.1"),
    DeadlineKind.RETURN_WINDOW_NO_INFO: Rule(3, Unit.MONTHS, "zozpp-26.1"),
    DeadlineKind.TECH_COMPLEX: Rule(15, Unit.DAYS, "zozpp-18"),
    DeadlineKind.DEFECT_NO_WARRANTY: Rule(2, Unit.YEARS, "zozpp-19"),
    DeadlineKind.MARKETPLACE_REFUND: Rule(10, Unit.DAYS, "zozpp-12"),  # law-facts §1 ст. 12 [S21]
    # law-facts §3: 30 days from registration (59-ФЗ ст. 12), registration within 3 days [S31]
    DeadlineKind.STATE_BODY: Rule(30, Unit.DAYS, "fz59-12", lead=3, moves=False),
    # law-facts §3 Police: 3 days, extendable to 10, and to 30 with checks or expertise [S42]
    DeadlineKind.POLICE: Rule(3, Unit.DAYS, "upk-144"),
    DeadlineKind.POLICE_10: Rule(10, Unit.DAYS, "upk-144"),
    DeadlineKind.POLICE_30: Rule(30, Unit.DAYS, "upk-144"),
    DeadlineKind.PROSECUTOR: Rule(3, Unit.DAYS, "upk-124"),  # law-facts §3 [S96]
    # law-facts §3 FAS «Term»: one month of receipt, extendable by one; an authority's term, so
    # not moved under ГК ст. 193 (§5 Counting), and no 59-ФЗ registration days
    DeadlineKind.FAS: Rule(1, Unit.MONTHS, "pp1922-rules", moves=False),
    DeadlineKind.FAS_EXTENDED: Rule(2, Unit.MONTHS, "pp1922-rules", moves=False),
}


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    start: date  # the event that starts the period (delivery of the claim, receipt, ...)
    amount: int
    unit: Unit
    article: str
    nominal: date  # start + lead + period, before moving off a non-working day
    due: date  # the last day to act
    lead: int = 0  # days added before the period (registration)
    at_most: bool = False

    @property
    def counted_from(self) -> date:
        """The day the period itself is counted from (after registration, if any)."""
        return self.start + timedelta(days=self.lead)

    @property
    def moved(self) -> bool:
        return self.due != self.nominal

    def passed(self, today: date) -> bool:
        return today > self.due


def deadline(kind: DeadlineKind, start: date, *, until: date | None = None) -> Deadline:
    """The period `kind` starting on `start`. `until` is for NEW_DELIVERY, whose end the buyer
    sets (ст. 23.1)."""
    rule = RULES[kind]
    origin = start + timedelta(days=rule.lead)
    if kind is DeadlineKind.NEW_DELIVERY:
        if until is None:
            raise ValueError("NEW_DELIVERY needs the date the buyer set")
        nominal = until
        amount = (until - start).days
    elif rule.unit is Unit.DAYS:
        nominal, amount = origin + timedelta(days=rule.amount), rule.amount
    elif rule.unit is Unit.MONTHS:
        nominal, amount = add_months(origin, rule.amount), rule.amount
    else:
        nominal, amount = add_months(origin, 12 * rule.amount), rule.amount
    return Deadline(
        kind=kind,
        start=start,
        amount=amount,
        unit=rule.unit,
        article=rule.article,
        nominal=nominal,
        due=next_working_day(nominal) if rule.moves else nominal,
        lead=rule.lead,
        at_most=rule.at_most,
    )


# -- money -----------------------------------------------------------------------------------

KOPECK = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(KOPECK, rounding=ROUND_HALF_UP)


class PenaltyKind(StrEnum):
    DELAY = "delay"  # ст. 23: 1 % of the price a day, at most the amount paid (500-ФЗ)
    PREPAID = "prepaid"  # ст. 23.1: 0.5 % of the prepayment a day, at most the prepayment


PENALTY_RATE = {PenaltyKind.DELAY: Decimal("1"), PenaltyKind.PREPAID: Decimal("0.5")}
PENALTY_ARTICLE = {PenaltyKind.DELAY: "zozpp-23", PenaltyKind.PREPAID: "zozpp-23.1"}


@dataclass(frozen=True)
class Penalty:
    kind: PenaltyKind
    base: Decimal  # the price (ст. 23) or the prepayment (ст. 23.1) the rate applies to
    rate: Decimal  # percent a day
    start: date  # first day of delay
    end: date  # the day it is counted to (inclusive)
    days: int
    raw: Decimal  # rate × base × days, before the cap
    cap: Decimal  # the most the law allows
    amount: Decimal  # min(raw, cap)
    article: str

    @property
    def capped(self) -> bool:
        """The cap is reached: the sum stops growing, whatever the delay."""
        return self.raw >= self.cap

    @property
    def per_day(self) -> Decimal:
        return money(self.base * self.rate / 100)

    @property
    def room(self) -> Decimal:
        """What may still accrue before the cap."""
        return self.cap - self.amount


def penalty(
    kind: PenaltyKind, base: Decimal, due: date, on: date, *, paid: Decimal | None = None
) -> Penalty:
    """The penalty for a deadline `due` not met, counted to `on` inclusive.

    Delay starts the day after `due`; on or before `due` it is zero. Caps (law-facts §1):
    ст. 23.1 — the prepayment; ст. 23 — since 01.02.2026 (500-ФЗ) the sum the consumer paid
    under the contract, `paid` (the price when not given) [S71][S72][S73].
    """
    base = money(base)
    rate = PENALTY_RATE[kind]
    cap = base if kind is PenaltyKind.PREPAID else money(paid if paid is not None else base)
    start = due + timedelta(days=1)
    days = max(0, (on - due).days)
    raw = money(base * rate / 100 * days)
    return Penalty(
        kind=kind,
        base=base,
        rate=rate,
        start=start,
        end=on if days else start,
        days=days,
        raw=raw,
        cap=cap,
        amount=min(raw, cap),
        article=PENALTY_ARTICLE[kind],
    )


# -- court -----------------------------------------------------------------------------------

MAGISTRATE_LIMIT = Decimal(100_000)  # ГПК ст. 23 ч. 1 п. 5, consumer property disputes
STATE_DUTY_FREE_LIMIT = Decimal(1_000_000)  # ЗоЗПП ст. 17 п. 3, НК ст. 333.36 п. 2 пп. 4, п. 3


class Court(StrEnum):
    MAGISTRATE = "magistrate"
    DISTRICT = "district"


def court_for(claim_price: Decimal) -> Court:
    return Court.MAGISTRATE if claim_price <= MAGISTRATE_LIMIT else Court.DISTRICT


def state_duty_free(claim_price: Decimal) -> bool:
    return claim_price <= STATE_DUTY_FREE_LIMIT


# НК ст. 333.19 п. 1 пп. 1 as amended by 259-ФЗ (claims filed from 09.09.2024), law-facts §1
# ст. 17 [S88]: (upper bound of the bracket, fixed part, percent over the lower bound, lower
# bound). Brackets above 8 000 000 ₽ are unconfirmed in the sheet, so the bot does not count
# them.
_DUTY_SCALE: tuple[tuple[int, int, Decimal, int], ...] = (
    (100_000, 4_000, Decimal(0), 0),
    (300_000, 4_000, Decimal(3), 100_000),
    (500_000, 10_000, Decimal("2.5"), 300_000),
    (1_000_000, 15_000, Decimal(2), 500_000),
    (3_000_000, 25_000, Decimal(1), 1_000_000),
    (8_000_000, 45_000, Decimal("0.7"), 3_000_000),
)


def court_duty(claim_price: Decimal) -> Decimal | None:
    """The duty on a property claim under НК ст. 333.19 п. 1 пп. 1; None above 8 000 000 ₽."""
    for upper, fixed, percent, lower in _DUTY_SCALE:
        if claim_price <= upper:
            return money(fixed + (claim_price - lower) * percent / 100)
    return None


def consumer_duty(claim_price: Decimal) -> Decimal | None:
    """What a consumer pays: nothing up to 1 000 000 ₽; above it, the duty on the whole price
    minus the duty on 1 000 000 ₽ (НК ст. 333.36 п. 3; law-facts §1 ст. 17 [S10]).
    1 452 000 ₽ -> 29 520 - 25 000 = 4 520 ₽. None where the scale is not confirmed."""
    if state_duty_free(claim_price):
        return Decimal(0)
    whole, free = court_duty(claim_price), court_duty(STATE_DUTY_FREE_LIMIT)
    if whole is None or free is None:
        return None
    return whole - free
