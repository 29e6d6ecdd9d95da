"""`flows.tracking.read`: what a Russian Post history means, proved over generated histories.

The rules (law-facts §5 «Counting» [S62], ГК ст. 165.1): a letter is delivered on the day of
the first «Вручение» to the addressee that no return precedes; a letter returned because the
storage period ended or the addressee refused counts as delivered on the day of that return;
any other return, or a loss, is not a delivery; the order the post lists operations in does
not matter."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.tracking import (
    HANDED,
    NOT_HANDED,
    PROCESSING,
    RETURN,
    LetterState,
    Operation,
    Unclaimed,
    read,
)
from tests.depth import examples

DAY0 = date(2026, 11, 1)
TO_SENDER = (2, 4, 7, 9, 14)

operations = st.builds(
    Operation,
    type=st.sampled_from([1, HANDED, RETURN, 4, NOT_HANDED, 6, 7, PROCESSING, 9, 10, 12]),
    attr=st.none() | st.integers(min_value=0, max_value=20),
    on=st.integers(min_value=0, max_value=60).map(lambda n: DAY0 + timedelta(days=n)),
)
histories = st.lists(operations, max_size=12)


def _decisive(history: list[Operation]) -> Operation | None:
    """The first operation (by date, then as listed) that ends the letter's journey."""
    for op in sorted(history, key=lambda o: o.on):
        if op.type == HANDED and op.attr not in TO_SENDER:
            return op
        if op.type in (RETURN, NOT_HANDED):
            return op
    return None


@settings(max_examples=examples(300), deadline=None)
@given(histories)
def test_the_reading_follows_the_first_decisive_operation(history: list[Operation]) -> None:
    reading = read(history)
    first = _decisive(history)
    if not history:
        assert reading.state is LetterState.UNKNOWN
    elif first is None:
        assert reading.state in (LetterState.MOVING, LetterState.ARRIVED)
    elif first.type == HANDED:
        assert reading.state is LetterState.DELIVERED
        assert reading.on == first.on
    elif first.type == RETURN and first.attr in (1, 4):
        assert reading.state is LetterState.UNCLAIMED
        assert reading.on == first.on  # the day of the return, not of the sender's receipt
        assert reading.unclaimed is (Unclaimed.STORAGE if first.attr == 1 else Unclaimed.REFUSED)
    elif first.type == RETURN:
        assert reading.state is LetterState.RETURNED
    else:
        assert reading.state is LetterState.LOST


@settings(max_examples=examples(200), deadline=None)
@given(histories, st.randoms(use_true_random=False))
def test_the_order_of_the_list_does_not_matter_between_days(history, rnd) -> None:
    # operations of one day keep their listed order (the post lists them in time order)
    by_day = sorted(history, key=lambda o: o.on)
    days = sorted({o.on for o in by_day})
    rnd.shuffle(days)
    shuffled = [op for day in days for op in by_day if op.on == day]
    assert read(shuffled) == read(by_day)


@settings(max_examples=examples(200), deadline=None)
@given(histories)
def test_a_return_is_never_read_as_a_delivery_afterwards(history: list[Operation]) -> None:
    """Once returned, «Вручение отправителю» (or any later «Вручение») is the sender's."""
    returned = [op for op in history if op.type == RETURN]
    reading = read(history)
    if returned and reading.state is LetterState.DELIVERED:
        assert reading.on is not None
        assert reading.on <= min(op.on for op in returned)


@settings(max_examples=examples(200), deadline=None)
@given(histories, st.integers(min_value=0, max_value=60))
def test_a_reading_as_of_a_day_knows_nothing_later(history, offset) -> None:
    until = DAY0 + timedelta(days=offset)
    reading = read(history, until=until)
    assert reading == read([op for op in history if op.on <= until])
    assert reading.on is None or reading.on <= until


@settings(max_examples=examples(200), deadline=None)
@given(histories)
def test_the_sending_day_is_the_first_acceptance(history: list[Operation]) -> None:
    """The day the post took the letter in («Приём», type 1): what a document may state as the
    day the claim was sent (re-check of issue 21, M1)."""
    accepted = [op.on for op in history if op.type == 1]
    assert read(history).accepted_on == (min(accepted) if accepted else None)
