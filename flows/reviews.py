"""The seller's path: is a negative review really unfair? The authenticity signals of seed 000
(profile, content, timing, facts) as a short check, and the review rules an appeal can name.

The verdict is deliberately modest: signals make an appeal stronger, none of them proves a
review false, and when few are present the honest advice is to treat the review as criticism.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
