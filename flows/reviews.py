"""The seller's path: is a negative review really unfair? The authenticity signals of seed 000
(profile, content, timing, facts) as a short check, and the review rules an appeal can name.

The verdict is deliberately modest: signals make an appeal stronger, none of them proves a
review false, and when few are present the honest advice is to treat the review as criticism.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from flows.case import SellerForm

SIGNALS = ("profile", "content", "timing", "facts")
RULES = (
    "obscene",
    "personal_data",
    "ads",
    "not_about_product",
    "false_statements",
    "crime_accusation",
)
EVIDENCE = ("review_screenshot", "order_data", "delivery_status", "buyer_chat")


class Strength(StrEnum):
    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"


@dataclass(frozen=True)
class Verdict:
    strength: Strength
    present: tuple[str, ...]  # the signals found, in SIGNALS order

    @property
    def legitimate_criticism(self) -> bool:
        return self.strength is Strength.WEAK


def verdict(answers: dict[str, str], rules: list[str] | tuple[str, ...] = ()) -> Verdict:
    """`answers`: signal -> "yes" | "no" | "unknown". A rule the review plainly breaks
    (obscenity, personal data, ads, off-topic) is enough for an appeal on its own."""
    present = tuple(s for s in SIGNALS if answers.get(s) == "yes")
    plain_breach = any(r in rules for r in ("obscene", "personal_data", "ads", "not_about_product"))
    if len(present) >= 3 or (plain_breach and present):
        strength = Strength.STRONG
    elif len(present) == 2 or plain_breach:
        strength = Strength.MODERATE
    else:
        strength = Strength.WEAK
    return Verdict(strength, present)


# -- the seller's legal form and name (law-facts §7; issue 17 p. 11, 21) ----------------------

_SOLE = re.compile(r"^\s*(?:ИП|И\.\s?П\.|индивидуальн\w*\s+предпринимател\w*)(?=[\s«\"]|$)", re.I)
_COMPANY = re.compile(
    r"^\s*(?:ООО|АО|ПАО|НАО|ЗАО|ОАО|общество\s+с\s+ограниченной|акционерное\s+общество)"
    r"(?=[\s«\"]|$)",
    re.I,
)
_QUOTES = re.compile(r"[«»\"“”„]")


def form_from_name(name: str) -> SellerForm | None:
    """«ИП Петренко И. С.» -> SOLE, «ООО «Ромашка»» -> COMPANY; None when the name does not
    tell (then the dialogue asks)."""
    if _SOLE.match(name):
        return SellerForm.SOLE
    if _COMPANY.match(name):
        return SellerForm.COMPANY
    return None


def shop_display(name: str, form: SellerForm | None) -> str:
    """A sole trader without quotation marks and with «ИП» before the name («ИП Петренко И. С.»,
    never «ИП «Петренко…»»); a company's name as the seller gave it."""
    name = " ".join(name.split())
    if form is SellerForm.COMPANY and not _COMPANY.match(name) and not _QUOTES.search(name):
        return f"«{name}»"  # a company's name alone, as documents quote it
    if form is not SellerForm.SOLE:
        return name
    bare = " ".join(_QUOTES.sub(" ", _SOLE.sub("", name)).split())
    return f"ИП {bare}" if bare else name


_STRAIGHT = re.compile(r'"([^"]*)"')


def inner_quotes(text: str) -> str:
    """Text to be put inside «…»: its own quotation marks become „…“ (Russian typography)."""
    text = _STRAIGHT.sub("„\\1“", text)
    return text.replace("«", "„").replace("»", "“")


def find_quote(review: str, quote: str) -> str | None:
    """`quote` as it stands in the review (the seller copies words from it): the review's own
    spelling, or None when the words are not there."""
    want = " ".join(quote.split()).strip(' .,;:!?«»"“”„').casefold()
    if len(want) < 2:
        return None
    words = " ".join(review.split())
    at = words.casefold().find(want)
    return words[at : at + len(want)] if at >= 0 else None
