"""A Russian Post letter: its number checked as it is typed, its tracking history read as a
legal fact.

Why it is here: the day a claim reached the seller starts every period the bot counts (law-facts
§5 «Counting»: «A notice takes effect on delivery. It also counts as delivered if the addressee
avoids it (e.g. returned after the storage period): ГК ст. 165.1, Пленум № 25 п. 67» [S62]).
People type that date from a tracking page, or do not know it at all for a letter the seller
never collected. So the number is checked at once (a typo would track somebody else's letter),
and the operations the post reports are read here, once, into what they mean: delivered on a
day, returned unclaimed (the deemed delivery of ГК 165.1, on the day it was sent back), waiting
at the post office, or returned for a reason that is not the addressee's (not delivered).

The number's formats are Russian Post's: a domestic 14-digit number (the sending office's
6-digit index, the month, a 5-digit serial, a check digit) and the UPU S10 number for
international items (2 letters, 8 digits, a check digit, 2 letters: «RA123456785RU»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from flows.digits import ascii_digits

# spaces, dashes and dots people type inside a number («140012 93 40215 4»)
_SEPARATORS = re.compile(r"[\s\-‐-―.·]+")
DOMESTIC = re.compile(r"\d{14}")
S10 = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# Latin letters a Russian keyboard gives in their Cyrillic look-alikes («RА…RU» with a Cyrillic А)
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХ", "ABEKMHOPCTYX")


# Russian Post's day: its daily quota counts by it, and a reading is taken as of it
POST_ZONE = ZoneInfo("Europe/Moscow")


def post_day(moment: datetime) -> date:
    """The post's day: the Moscow date of `moment`, wherever the bot runs."""
    return moment.astimezone(POST_ZONE).date()


def domestic_check_digit(first13: str) -> int:
    """Russian Post's check digit of a 14-digit number: the digits in odd places (1st, 3rd …
    13th) count three times, the even ones once; the check digit tops the sum up to a ten."""
    odd = sum(int(d) for d in first13[0::2])
    even = sum(int(d) for d in first13[1::2])
    return (10 - (odd * 3 + even) % 10) % 10


def s10_check_digit(serial8: str) -> int:
    """The UPU S10 check digit: weights 8 6 4 2 3 5 9 7, 11 minus the sum modulo 11; 10 gives 0
    and 11 gives 5."""
    check = 11 - sum(int(d) * w for d, w in zip(serial8, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def normalize(text: str) -> str:
    """The number as the post knows it: ASCII digits, no separators, Latin capitals."""
    plain = _SEPARATORS.sub("", ascii_digits(text.strip())).upper()
    return plain.translate(_LOOKALIKES)


def fault(number: str) -> str | None:
    """What is wrong with a normalized number: None, "shape" (neither 14 digits nor 2 letters,
    9 digits, 2 letters) or "check-digit" (the last digit does not match: a typo)."""
    if DOMESTIC.fullmatch(number):
        return None if int(number[13]) == domestic_check_digit(number[:13]) else "check-digit"
    if S10.fullmatch(number):
        return None if int(number[10]) == s10_check_digit(number[2:10]) else "check-digit"
    return "shape"


class Purpose(StrEnum):
    """Which letter of the case: the claim to the seller, the copy of the lawsuit to the
    defendant (ГПК ст. 132 wants proof it was sent, law-facts §2 [S28]), a complaint to a
    state body sent by post."""

    CLAIM = "claim"
    LAWSUIT_COPY = "lawsuit_copy"
    COMPLAINT = "complaint"


class LetterState(StrEnum):
    """What the post's history means, in the order a letter lives it."""

    UNKNOWN = "unknown"  # the post does not know the number (yet)
    MOVING = "moving"  # accepted, sorted, on its way
    ARRIVED = "arrived"  # waiting at the addressee's post office
    DELIVERED = "delivered"  # handed to the addressee
    UNCLAIMED = "unclaimed"  # returned after the storage period or refused: ГК 165.1
    RETURNED = "returned"  # returned for a reason that is not the addressee's: not delivered
    LOST = "lost"  # the post reports it lost or seized


FINAL = frozenset(
    {LetterState.DELIVERED, LetterState.UNCLAIMED, LetterState.RETURNED, LetterState.LOST}
)


class Unclaimed(StrEnum):
    """Why a returned letter counts as delivered (ГК ст. 165.1, Пленум № 25 п. 67, law-facts
    §5 «Counting» [S62]): the addressee did not collect it in the storage period, or refused it."""

    STORAGE = "storage"
    REFUSED = "refused"


@dataclass(frozen=True)
class Operation:
    """One line of the post's history (`getOperationHistory`'s `OperationParameters`): the
    operation's type and attribute codes, its local date, the office's index."""

    type: int
    attr: int | None
    on: date
    index: str | None = None


@dataclass(frozen=True)
class Reading:
    """The history read: the letter's state, the day that state began (the day of delivery;
    of the return for ГК 165.1), the day it reached the addressee's office, and why a returned
    letter is deemed delivered."""

    state: LetterState
    on: date | None = None
    arrived_on: date | None = None
    unclaimed: Unclaimed | None = None
    accepted_on: date | None = None  # the post took the letter in («Приём»): the sending day


# Russian Post's operation codes (OperType / OperAttr of the tracking API)
ACCEPTED, HANDED, RETURN, NOT_HANDED, PROCESSING = 1, 2, 3, 5, 8
# «Вручение» attributes that hand the letter back to its sender, not to the addressee
_TO_SENDER = frozenset({2, 4, 7, 9, 14})
# «Возврат» attributes: 1 «Истёк срок хранения», 4 «Отказ адресата» — the addressee's doing
_RETURN_UNCLAIMED = {1: Unclaimed.STORAGE, 4: Unclaimed.REFUSED}
# «Обработка» attributes meaning the letter is at the place it is handed over
_AT_OFFICE = frozenset({2, 9, 14, 17})


def read(history: list[Operation], until: date | None = None) -> Reading:
    """What the operations mean, oldest first by their dates. Once the letter was returned,
    a later «Вручение» is the sender getting it back, never a delivery to the addressee.
    `until`: the reading as of that day (Russian Post's, Moscow's) — an office east of Moscow
    may date an operation a day ahead, and it is read on the day it has come."""
    if until is not None:
        history = [op for op in history if op.on <= until]
    if not history:
        return Reading(LetterState.UNKNOWN)
    sent = min((op.on for op in history if op.type == ACCEPTED), default=None)
    arrived: date | None = None
    for op in sorted(history, key=lambda o: o.on):
        if op.type == PROCESSING and op.attr in _AT_OFFICE and arrived is None:
            arrived = op.on
        elif op.type == HANDED and op.attr not in _TO_SENDER:
            return Reading(LetterState.DELIVERED, op.on, arrived, accepted_on=sent)
        elif op.type == RETURN:
            why = _RETURN_UNCLAIMED.get(op.attr or 0)
            if why is not None:
                return Reading(LetterState.UNCLAIMED, op.on, arrived, why, sent)
            return Reading(LetterState.RETURNED, op.on, arrived, accepted_on=sent)
        elif op.type == NOT_HANDED:
            return Reading(LetterState.LOST, op.on, arrived, accepted_on=sent)
    if arrived is not None:
        return Reading(LetterState.ARRIVED, arrived, arrived, accepted_on=sent)
    return Reading(LetterState.MOVING, max(op.on for op in history), None, accepted_on=sent)
