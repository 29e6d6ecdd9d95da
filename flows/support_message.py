"""The ready-to-paste message to the marketplace's support chat, built from the case."""

from __future__ import annotations

from flows.case import Case
from flows.money import figures
from flows.texts import DOCS, Texts

TELEGRAM_LIMIT = 4096


def support_message(case: Case, texts: Texts) -> str:
    args = {
        "order": case.order_number or "",
        "ordered": case.ordered_on.strftime("%d.%m.%Y") if case.ordered_on else "",
        "promised": case.promised_on.strftime("%d.%m.%Y") if case.promised_on else "",
        "received": case.received_on.strftime("%d.%m.%Y") if case.received_on else "",
        "item": case.item or "",
        "price": figures(case.price) if case.price is not None else "",
        "details": (case.details or "").rstrip(" .;,"),
        "prepaid": "yes" if case.prepaid else "no",
        "fraud": case.fraud_kind.value if case.fraud_kind else "seller_gone",
        "wrong": case.wrong_kind.value if case.wrong_kind else "other_item",
    }
    text = texts.get(f"support-msg-{case.problem}", DOCS, **args)
    # Leave room for the prompt around it; the case's own fields are length-limited.
    return text[: TELEGRAM_LIMIT - 1500]
