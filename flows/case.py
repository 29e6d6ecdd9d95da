"""A complaint case and the rules its answers must obey.

Every answer a person types is checked here, not in the dialogue: the parse functions turn
text into values or raise `InputError` with a locale key that says what was wrong. The
dialogue only shows that key and asks again.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from flows.digits import ascii_digits
from flows.law import money
from flows.marketplaces import Marketplace
from flows.problems import Demand, ProblemId, Route


class InputError(ValueError):
    """An answer that cannot be used. `key` is a locale message, `args` its variables."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


class Status(StrEnum):
    OPEN = "open"
    SOLVED = "solved"
    GIVEN_UP = "given_up"


class StageId(StrEnum):
    ORDER = "order"
    SUPPORT = "support"
    EVIDENCE = "evidence"
    CLAIM = "claim"
    ESCALATE = "escalate"
    REVIEW = "review"  # the seller's path
    CHECK = "check"
    APPEAL = "appeal"


class Seller(BaseModel):
    is_marketplace: bool = False
    name: str = ""
    inn: str = ""
    ogrn: str = ""


class Person(BaseModel):
    full_name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    email_skipped: bool = False

    @property
    def complete(self) -> bool:
        return bool(self.full_name and self.address and self.phone) and (
            bool(self.email) or self.email_skipped
        )


class SupportContact(BaseModel):
    channel: str | None = None  # app_chat | email | phone | other
    written_on: date | None = None
    ticket: str | None = None
    outcome: str | None = None  # solved | waiting | refused | no_answer
    skipped: bool = False


class ClaimDelivery(BaseModel):
    method: str | None = None  # chat | post | in_person
    delivered_on: date | None = None


class Escalation(BaseModel):
    route: Route
    prepared_on: date
    filed_on: date | None = None


class Review(BaseModel):
    """The review a seller wants to appeal."""

    sku: str | None = None
    published_on: date | None = None
    rating: int | None = None
    text: str | None = None
    author: str | None = None
    order: str | None = None
    order_skipped: bool = False


class Case(BaseModel):
    """One complaint. Drafting fills the fields one answer at a time, so most are optional.

    `path` is "buyer" (a complaint about an order) or "seller" (an appeal of a review)."""

    id: int | None = None
    owner_id: int
    path: str = "buyer"
    status: Status = Status.OPEN
    stage: StageId = StageId.ORDER
    question: str | None = None  # the open question, to resume exactly there
    created_at: datetime

    marketplace: str | None = None
    problem: ProblemId | None = None
    order_number: str | None = None
    ordered_on: date | None = None
    promised_on: date | None = None
    received_on: date | None = None
    item: str | None = None
    price: Decimal | None = None
    prepaid: bool | None = None
    seller: Seller | None = None
    checks_seen: bool = False

    support: SupportContact = Field(default_factory=SupportContact)
    evidence_done: bool = False

    person: Person = Field(default_factory=Person)
    profile_asked: bool = False
    demand: Demand | None = None
    new_date: date | None = None
    bank_details: str | None = None
    bank_skipped: bool = False
    claim_version: int = 0
    delivery: ClaimDelivery = Field(default_factory=ClaimDelivery)
    seller_answer: str | None = None  # solved | refused

    escalations: list[Escalation] = Field(default_factory=list)
    closed_at: datetime | None = None

    # the seller's path
    review: Review = Field(default_factory=Review)
    signals: dict[str, str] = Field(default_factory=dict)
    rules: list[str] = Field(default_factory=list)
    rules_done: bool = False
    verdict_seen: bool = False
    shop_name: str | None = None
    appeal_version: int = 0
    appeal_ticket: str | None = None
    appeal_outcome: str | None = None


# -- parsing what people type ----------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_DATE = re.compile(r"^(\d{1,2})[./\-\s](\d{1,2})(?:[./\-\s](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(text: str, today: date) -> date:
    """`21.11.2026`, `21.11.26`, `21/11`, `21.11` (this year) or `2026-11-21`."""
    text = _SPACES.sub(" ", text.strip()).rstrip(".")
    if m := _ISO.match(text):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DATE.match(text):
        day, month = int(m.group(1)), int(m.group(2))
        year_text = m.group(3)
        if year_text is None:
            year = today.year
        elif len(year_text) == 2:
            year = 2000 + int(year_text)
        else:
            year = int(year_text)
    else:
        raise InputError("err-date-format")
    try:
        return date(year, month, day)
    except ValueError:
        raise InputError("err-date-invalid") from None


def check_past(day: date, today: date) -> date:
    if day > today:
        raise InputError("err-date-future")
    if day.year < today.year - 10:
        raise InputError("err-date-too-old")
    return day


def check_not_before(day: date, earliest: date | None, key: str) -> date:
    if earliest is not None and day < earliest:
        raise InputError(key, earliest=earliest.strftime("%d.%m.%Y"))
    return day


MAX_PRICE = Decimal(10_000_000)
_PRICE = re.compile(r"^(\d[\d ]*)(?:[.,](\d{1,2}))?\s*[^\d\s]{0,7}$")


def parse_price(text: str) -> Decimal:
    """`4990`, `4 990`, `4990,50`, `4 990 ₽`, `4990 руб.`."""
    text = _SPACES.sub(" ", text.strip())
    if text.startswith("-"):
        raise InputError("err-price-negative")
    m = _PRICE.match(text)
    if not m:
        raise InputError("err-price-format")
    try:
        value = Decimal(m.group(1).replace(" ", "") + "." + (m.group(2) or "0"))
    except InvalidOperation:
        raise InputError("err-price-format") from None
    if value <= 0:
        raise InputError("err-price-zero")
    if value > MAX_PRICE:
        raise InputError("err-price-too-big")
    return money(value)


def parse_order_number(text: str, marketplace: Marketplace) -> str:
    number = _SPACES.sub("", ascii_digits(text).strip()).lstrip("№#").strip()
    if not marketplace.order_number_ok(number):
        raise InputError("err-order-number", example=marketplace.order_number_example)
    return number


def parse_text(text: str, *, limit: int, minimum: int = 2) -> str:
    value = _SPACES.sub(" ", text.strip())
    if len(value) < minimum:
        raise InputError("err-text-short")
    if len(value) > limit:
        raise InputError("err-text-long", limit=limit)
    return value


_NAME_PART = re.compile(r"^[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё'\-]*$")


def parse_full_name(text: str) -> str:
    words = _SPACES.sub(" ", text.strip()).split(" ")
    if len(words) < 2 or len(words) > 5:
        raise InputError("err-name-words")
    if not all(_NAME_PART.match(w) for w in words) or len(text) > 120:
        raise InputError("err-name-letters")
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in words)


_INDEX = re.compile(r"(?<!\d)\d{6}(?!\d)")


def parse_address(text: str) -> str:
    value = parse_text(text, limit=300, minimum=10)
    if not _INDEX.search(value):
        raise InputError("err-address-index")
    return value


_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def parse_email(text: str) -> str:
    value = text.strip()
    if not _EMAIL.match(value) or ".." in value or len(value) > 254:
        raise InputError("err-email")
    return value.lower()


def parse_phone(text: str) -> str:
    """A Russian number in any common form, normalised to +7XXXXXXXXXX."""
    digits = re.sub(r"\D", "", ascii_digits(text))
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] not in "3489":
        raise InputError("err-phone")
    return "+7" + digits


def _inn_ok(inn: str) -> bool:
    def check(digits: str, weights: tuple[int, ...]) -> int:
        return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10

    if len(inn) == 10:
        return check(inn, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(inn[9])
    if len(inn) == 12:
        first = check(inn, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        second = check(inn, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8))
        return first == int(inn[10]) and second == int(inn[11])
    return False


def _ogrn_ok(ogrn: str) -> bool:
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


def parse_company_ids(text: str) -> tuple[str, str]:
    """ИНН (10 or 12 digits) and/or ОГРН/ОГРНИП (13 or 15), checksums verified."""
    inn = ogrn = ""
    for number in re.findall(r"\d+", ascii_digits(text)):
        if len(number) in (10, 12):
            if not _inn_ok(number):
                raise InputError("err-inn")
            inn = number
        elif len(number) in (13, 15):
            if not _ogrn_ok(number):
                raise InputError("err-ogrn")
            ogrn = number
        else:
            raise InputError("err-company-ids")
    if not inn and not ogrn:
        raise InputError("err-company-ids")
    return inn, ogrn
