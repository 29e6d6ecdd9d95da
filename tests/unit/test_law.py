"""Deadlines and penalties, table-driven, against hand-computed answers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from flows.law import (
    Court,
    DeadlineKind,
    PenaltyKind,
    add_months,
    consumer_duty,
    court_duty,
    court_for,
    deadline,
    is_working_day,
    penalty,
    state_duty_free,
)

K = DeadlineKind


@pytest.mark.parametrize(
    ("kind", "start", "nominal", "due"),
    [
        # ст. 22: 10 calendar days from the day after delivery; 03.03.2026 + 10 = 13.03 (Friday)
        (K.ANSWER_MONEY, date(2026, 3, 3), date(2026, 3, 13), date(2026, 3, 13)),
        # lands on Saturday 14.03.2026 -> Monday 16.03
        (K.ANSWER_MONEY, date(2026, 3, 4), date(2026, 3, 14), date(2026, 3, 16)),
        # lands on the public holiday 04.11.2026 (Wednesday) -> Thursday 05.11
        (K.ANSWER_MONEY, date(2026, 10, 25), date(2026, 11, 4), date(2026, 11, 5)),
        # lands in the New Year holidays (04.01.2027) -> Monday 11.01.2027
        (K.ANSWER_MONEY, date(2026, 12, 25), date(2027, 1, 4), date(2027, 1, 11)),
        (K.ANSWER_REPLACEMENT, date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 9)),
        (K.ANSWER_REPLACEMENT_CHECK, date(2026, 11, 2), date(2026, 11, 22), date(2026, 11, 23)),
        (K.ANSWER_REPLACEMENT_NO_STOCK, date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 2)),
        (K.ANSWER_REPAIR, date(2026, 9, 1), date(2026, 10, 16), date(2026, 10, 16)),
        (K.PREPAID_REFUND, date(2026, 11, 20), date(2026, 11, 30), date(2026, 11, 30)),
        (K.DISTANCE_REFUND, date(2026, 11, 20), date(2026, 11, 30), date(2026, 11, 30)),
        (K.RETURN_WINDOW, date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 23)),
        (K.RETURN_WINDOW_NO_INFO, date(2026, 11, 30), date(2027, 2, 28), date(2027, 3, 1)),
        (K.TECH_COMPLEX, date(2026, 11, 2), date(2026, 11, 17), date(2026, 11, 17)),
        (K.DEFECT_NO_WARRANTY, date(2024, 2, 29), date(2026, 2, 28), date(2026, 3, 2)),
        # 59-ФЗ: registered within 3 days (05.11), then 30 days: 05.12, a Saturday — a state
        # body's term is not moved under ГК ст. 193 (issue 17 p. 9, law-facts §3)
        (K.STATE_BODY, date(2026, 11, 2), date(2026, 12, 5), date(2026, 12, 5)),
        # УПК ст. 124: 3 days; 20.11 + 3 = 23.11 (Monday)
        (K.PROSECUTOR, date(2026, 11, 20), date(2026, 11, 23), date(2026, 11, 23)),
        # ЗоЗПП ст. 12: the marketplace refunds a prepayment within 10 days
        (K.MARKETPLACE_REFUND, date(2026, 11, 20), date(2026, 11, 30), date(2026, 11, 30)),
        (K.POLICE, date(2026, 11, 19), date(2026, 11, 22), date(2026, 11, 23)),
    ],
)
def test_deadlines(kind: DeadlineKind, start: date, nominal: date, due: date) -> None:
    period = deadline(kind, start)
    assert period.nominal == nominal
    assert period.due == due
    assert period.moved == (nominal != due)


def test_new_delivery_date_is_the_buyers() -> None:
    period = deadline(K.NEW_DELIVERY, date(2026, 11, 21), until=date(2026, 12, 5))
    assert period.due == date(2026, 12, 7)  # 05.12.2026 is a Saturday
    assert period.amount == 14
    with pytest.raises(ValueError, match="NEW_DELIVERY"):
        deadline(K.NEW_DELIVERY, date(2026, 11, 21))


def test_working_days_follow_transfers() -> None:
    assert not is_working_day(date(2026, 1, 9))  # day off moved from 03.01
    assert not is_working_day(date(2026, 12, 31))  # day off moved from 04.01
    assert is_working_day(date(2027, 2, 20))  # a working Saturday in 2027
    assert not is_working_day(date(2026, 11, 21))  # an ordinary Saturday


def test_add_months_clamps() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("kind", "base", "due", "on", "days", "amount", "capped"),
    [
        # a day before the deadline: nothing
        (PenaltyKind.DELAY, "4990", date(2026, 11, 13), date(2026, 11, 12), 0, "0.00", False),
        # on the deadline itself: nothing
        (PenaltyKind.DELAY, "4990", date(2026, 11, 13), date(2026, 11, 13), 0, "0.00", False),
        # ten days late at 1 %: 4990 * 0.01 * 10 = 499.00
        (PenaltyKind.DELAY, "4990", date(2026, 11, 13), date(2026, 11, 23), 10, "499.00", False),
        # 0.5 % of a prepayment: 1000 * 0.005 * 30 = 150.00
        (PenaltyKind.PREPAID, "1000", date(2026, 10, 1), date(2026, 10, 31), 30, "150.00", False),
        # 0.5 % for 250 days would be 1250 > 1000: capped at the prepayment
        (PenaltyKind.PREPAID, "1000", date(2026, 1, 1), date(2026, 9, 8), 250, "1000.00", True),
        # kopecks round half up: 333.33 * 0.01 * 1 = 3.3333 -> 3.33
        (PenaltyKind.DELAY, "333.33", date(2026, 1, 1), date(2026, 1, 2), 1, "3.33", False),
        # 500-ФЗ: 1 % for 150 days would be 7485 > 4990 paid: capped at the amount paid
        (PenaltyKind.DELAY, "4990", date(2026, 6, 1), date(2026, 10, 29), 150, "4990.00", True),
        # exactly 100 days of 1 %: the cap is reached on the last day
        (PenaltyKind.DELAY, "4990", date(2026, 6, 1), date(2026, 9, 9), 100, "4990.00", True),
        # 99 days: 4940.10, one day short of the cap
        (PenaltyKind.DELAY, "4990", date(2026, 6, 1), date(2026, 9, 8), 99, "4940.10", False),
    ],
)
def test_penalties(kind, base, due, on, days, amount, capped) -> None:
    result = penalty(kind, Decimal(base), due, on)
    assert result.days == days
    assert result.amount == Decimal(amount)
    assert result.capped is capped


def test_delay_penalty_is_capped_at_what_was_paid_not_the_price() -> None:
    # price 10 000, a 3 000 discount paid with points: the cap is the 7 000 paid (law-facts §1)
    result = penalty(
        PenaltyKind.DELAY, Decimal(10_000), date(2026, 1, 1), date(2026, 6, 1), paid=Decimal(7000)
    )
    assert result.raw == Decimal("15100.00")  # 151 days * 100
    assert result.amount == Decimal("7000.00")
    assert result.capped
    assert result.room == 0


@pytest.mark.parametrize(
    ("price", "duty"),
    [
        # НК ст. 333.19 scale (259-ФЗ), consumer pays duty(price) - duty(1 000 000) = 25 000
        ("1000000", "0"),
        ("999999.99", "0"),
        ("1000000.01", "0.00"),  # 25 000.0001 -> 25 000.00 - 25 000
        ("1200000", "2000.00"),  # the fact sheet's worked example
        ("1452000", "4520.00"),  # the issue's: 25 000 + 4 520 - 25 000
        ("3000000", "20000.00"),  # 45 000 - 25 000
        ("5000000", "34000.00"),  # 45 000 + 0.7 % * 2 000 000 = 59 000 - 25 000
    ],
)
def test_consumer_duty_above_a_million(price: str, duty: str) -> None:
    assert consumer_duty(Decimal(price)) == Decimal(duty)


def test_duty_above_the_confirmed_scale_is_not_guessed() -> None:
    assert court_duty(Decimal(8_000_000)) == Decimal("80000.00")
    assert court_duty(Decimal("8000000.01")) is None
    assert consumer_duty(Decimal(9_000_000)) is None


def test_court_and_duty() -> None:
    assert court_for(Decimal(100_000)) is Court.MAGISTRATE
    assert court_for(Decimal("100000.01")) is Court.DISTRICT
    assert state_duty_free(Decimal(1_000_000))
    assert not state_duty_free(Decimal("1000000.01"))
