"""A Russian Post number is checked as it is typed: the check digit is computed here from the
rule as the post publishes it (not taken from `flows.tracking`, not copied from examples), and
every number with the right digit is taken, every other last digit refused as a typo; the
separators, other scripts' digits and Cyrillic look-alike letters people type are accepted.
And the post's history is never read as a delivery once the letter was returned."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.case import InputError, parse_tracking
from flows.tracking import (
    HANDED,
    RETURN,
    LetterState,
    Operation,
    domestic_check_digit,
    fault,
    normalize,
    read,
    s10_check_digit,
)
from tests.depth import examples

DIGITS = "0123456789"
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Latin capitals and the Cyrillic letters drawn the same on a Russian keyboard
LOOKALIKE = dict(zip("ABEKMHOPCTYX", "АВЕКМНОРСТУХ", strict=True))
ARABIC_INDIC = str.maketrans(DIGITS, "٠١٢٣٤٥٦٧٨٩")
FULLWIDTH = str.maketrans(DIGITS, "０１２３４５６７８９")


def domestic_digit(first13: str) -> int:
    """The digit that makes «3 × (1st + 3rd + … + 13th) + (2nd + … + 12th) + check» a whole
    number of tens (found by trying each, as a person checking by hand would)."""
    weighted = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(first13))
    [check] = [c for c in range(10) if (weighted + c) % 10 == 0]
    return check


def s10_digit(serial: str) -> int:
    """UPU S10: weights 8 6 4 2 3 5 9 7; 11 minus the sum modulo 11; 10 is 0 and 11 is 5."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    return 0 if check == 10 else 5 if check == 11 else check


def refused(text: str) -> str:
    with pytest.raises(InputError) as caught:
        parse_tracking(text)
    return caught.value.key


first13 = st.text(DIGITS, min_size=13, max_size=13)
serial8 = st.text(DIGITS, min_size=8, max_size=8)
letters2 = st.text(LATIN, min_size=2, max_size=2)


@settings(max_examples=examples(300), deadline=None)
@given(first13)
def test_every_domestic_number_with_its_check_digit_is_taken_and_no_other(head: str) -> None:
    right = domestic_digit(head)
    assert domestic_check_digit(head) == right
    assert parse_tracking(f"{head}{right}") == f"{head}{right}"
    for wrong in set(range(10)) - {right}:
        assert refused(f"{head}{wrong}") == "err-tracking-check-digit"


@settings(max_examples=examples(300), deadline=None)
@given(letters2, serial8, letters2)
def test_every_s10_number_with_its_check_digit_is_taken_and_no_other(
    kind: str, serial: str, country: str
) -> None:
    right = s10_digit(serial)
    assert s10_check_digit(serial) == right
    assert parse_tracking(f"{kind}{serial}{right}{country}") == f"{kind}{serial}{right}{country}"
    for wrong in set(range(10)) - {right}:
        assert refused(f"{kind}{serial}{wrong}{country}") == "err-tracking-check-digit"


def test_the_s10_rule_maps_ten_to_zero_and_eleven_to_five() -> None:
    """Serials found by search whose sum leaves 1 and 0 modulo 11: the two special cases."""
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    by_rest: dict[int, str] = {}
    for n in range(100_000):
        serial = f"{n:08d}"
        rest = sum(int(d) * w for d, w in zip(serial, weights, strict=True)) % 11
        by_rest.setdefault(rest, serial)
        if 0 in by_rest and 1 in by_rest:
            break
    assert s10_check_digit(by_rest[1]) == 0  # 11 − 1 = 10 → 0
    assert s10_check_digit(by_rest[0]) == 5  # 11 − 0 = 11 → 5


separators = st.lists(st.sampled_from([" ", "  ", "-", "‑", "–", "—", ".", "·", "\u00a0", "\t"]))


def spread(number: str, seps: list[str]) -> str:
    """The number with the separators between its characters, as people copy it."""
    out = []
    for i, ch in enumerate(number):
        out.append(ch)
        if i < len(number) - 1 and i < len(seps):
            out.append(seps[i])
    return "".join(out)


@settings(max_examples=examples(200), deadline=None)
@given(first13, separators, st.sampled_from([None, ARABIC_INDIC, FULLWIDTH]))
def test_domestic_numbers_are_taken_as_people_type_them(head, seps, script) -> None:
    number = f"{head}{domestic_digit(head)}"
    typed = spread(number, seps)
    if script is not None:
        typed = typed.translate(script)
    assert parse_tracking(f"  {typed} ") == number


@settings(max_examples=examples(200), deadline=None)
@given(
    letters2,
    serial8,
    letters2,
    separators,
    st.sampled_from([None, ARABIC_INDIC, FULLWIDTH]),
    st.booleans(),
    st.booleans(),
)
def test_s10_numbers_are_taken_as_people_type_them(
    kind, serial, country, seps, script, cyrillic, lower
) -> None:
    number = f"{kind}{serial}{s10_digit(serial)}{country}"
    typed = spread(number, seps)
    if script is not None:
        typed = typed.translate(script)
    if cyrillic:
        typed = "".join(LOOKALIKE.get(ch, ch) for ch in typed)
    if lower:
        typed = typed.lower()
    assert parse_tracking(typed) == number


def test_full_width_letters_are_taken_too() -> None:
    serial = "12345678"
    number = f"RA{serial}{s10_digit(serial)}RU"
    typed = "".join(chr(ord(ch) + 0xFEE0) for ch in number)  # Ｒ Ａ １ ２ …
    assert parse_tracking(typed) == number


@settings(max_examples=examples(300), deadline=None)
@given(st.text(DIGITS + LATIN + "ДЖЯ#/_", max_size=20))
def test_anything_of_another_shape_is_refused_as_a_shape(text: str) -> None:
    plain = normalize(text)
    is_domestic = len(plain) == 14 and plain.isdigit()
    is_s10 = (
        len(plain) == 13
        and plain[:2].isalpha()
        and plain[:2].isascii()
        and plain[2:11].isdigit()
        and plain[11:].isalpha()
        and plain[11:].isascii()
    )
    if is_domestic or is_s10:
        assert fault(plain) in {None, "check-digit"}
    else:
        assert refused(text) == "err-tracking-shape"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1234567890123",  # 13 digits
        "123456789012345",  # 15 digits
        "RA12345678RU",  # S10 with 8 digits
        "RA1234567890RU",  # S10 with 10 digits
        "R123456789RU",  # one letter first
        "RA123456789R",  # one letter last
        "12A45678901234",  # a letter among 14
        "RA123456789ДУ",  # Cyrillic letters with no Latin twin
        "RA 123456789 RU #",
    ],
)
def test_wrong_shapes(text: str) -> None:
    assert refused(text) == "err-tracking-shape"


# -- the history: a return is never followed by a delivery ---------------------------------

# operations that may come before the return: acceptance, processing, anything but «Вручение»
before = st.tuples(st.integers(0, 20).filter(lambda t: t != HANDED), st.none() | st.integers(0, 20))
after = st.tuples(st.integers(0, 20), st.none() | st.integers(0, 20))


@settings(max_examples=examples(400), deadline=None)
@given(
    st.lists(before, max_size=6),
    st.none() | st.integers(0, 20),
    st.lists(after, max_size=6),
    st.lists(st.integers(0, 3), min_size=13, max_size=13),
    st.integers(0, 20),
)
def test_a_return_before_the_handing_over_is_never_a_delivery(
    head, return_attr, tail, gaps, handed_attr
) -> None:
    """Whatever the return's reason and whatever follows it (the sender getting the letter
    back, with any attribute; on the same day or later), the letter was not delivered to the
    addressee."""
    kinds = [*head, (RETURN, return_attr), *tail, (HANDED, handed_attr)]
    day = date(2026, 1, 1)
    history = []
    for i, (kind, attr) in enumerate(kinds):
        day += timedelta(days=gaps[i % len(gaps)])
        history.append(Operation(kind, attr, day))
    assert read(history).state is not LetterState.DELIVERED
