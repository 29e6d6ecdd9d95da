"""Blocks several documents share: the facts of the order, the support contact, what became
of the claim, attachments, the signature, an authority's header."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims, marketplaces
from flows.case import Case, latin_sentence
from flows.claims import DocKind, Letter, LetterForm
from flows.documents.blocks import Document, Evidence
from flows.documents.parties import sender, shop_name, where_bought
from flows.documents.writer import TRAILING, Writer, enumerate_items, filename
from flows.law import PenaltyKind
from flows.names import initials
from flows.schedule import Standing, demand_status


def facts_args(case: Case, w: Writer) -> dict[str, object]:
    return {
        "order": case.order_number or "",
        "ordered": w.day(case.ordered_on) if case.ordered_on else "",
        "promised": w.day(case.promised_on) if case.promised_on else "none",
        "received": w.day(case.received_on) if case.received_on else "",
        "item": case.item or "",
        "price": w.amount(case.price or Decimal(0)),
        "where": where_bought(case, w),
        "prepaid": "yes" if case.prepaid else "no",
        "details": TRAILING.sub("", case.details or ""),
        "fraud": case.fraud_kind.value if case.fraud_kind else "seller_gone",
        "wrong": case.wrong_kind.value if case.wrong_kind else "other_item",
        "adwhere": case.ad_where or "",
        "adseen": w.day(case.ad_seen_on) if case.ad_seen_on else "",
    }


def facts(case: Case, w: Writer) -> str:
    return w(f"claim-facts-{case.problem}", **facts_args(case, w))


def support_sentence(case: Case, w: Writer) -> str | None:
    s = case.support
    if s.skipped or s.written_on is None:
        return None
    return w(
        "support-line",
        date=w.day(s.written_on),
        where=w(f"support-of-{case.marketplace or 'other'}", shop=shop_name(case)),
        channel=w(f"channel-{s.channel}") if s.channel and s.channel != "other" else "none",
        ticket=s.ticket or "none",
        outcome=s.outcome or "no_answer",
    )


def evidence_items(evidence: list[Evidence], w: Writer) -> list[str]:
    """One line per file: «Фото: трещина на экране». A caption that already says what it is
    («фото чека») is not prefixed again, and one in English is left out — the document is
    Russian (issue 17 p. 20, 21)."""
    items = []
    for e in evidence:
        label = w(f"att-{e.kind}")
        caption = e.caption if e.caption and not latin_sentence(e.caption) else None
        if caption and caption[:3].lower() == label[:3].lower():
            items.append(caption[:1].upper() + caption[1:])
            continue
        detail = caption or e.name
        items.append(f"{label}: {detail}" if detail else label)
    return items


def attach(doc: Document, items: list[str], w: Writer) -> None:
    doc.add("paragraph", w("attachments-label"))
    doc.add("list", lines=enumerate_items(items or [w("att-none")]))


def sign(doc: Document, case: Case, today: date, w: Writer) -> None:
    name = initials(case.person.full_name or "", case.person.surname)
    doc.add("signature", w("sign-line", date=w.day(today), name=name))


def return_timeliness(case: Case, w: Writer, today: date) -> str | None:
    """The refusal came within the buyer's window (ст. 26.1): when, and which window; nothing
    when it did not (the dialogue warns the person instead)."""
    if not claims.return_in_time(case, today):
        return None
    declared = claims.return_declared_on(case, today)
    return w(
        "return-in-time",
        date=w.day(declared),
        window="months" if case.return_info is False else "days",
        # said where it was said: the support contact's own channel, or this letter
        channel=w(f"channel-{case.support.channel}")
        if declared != today and case.support.channel and case.support.channel != "other"
        else "none",
    )


def offers_quality_check(case: Case, letter: Letter) -> bool:
    """Goods the person holds and says are faulty: offering them for a check (ст. 18) keeps
    the 50 % fine within reach since 01.02.2026 (law-facts §1 Sanctions)."""
    held = claims.handed_over(case) and not claims.defect_refund(case)  # not already returned
    return letter.penalty is PenaltyKind.DELAY and held


# -- escalation ------------------------------------------------------------------------------


def letter_kind(letter: Letter) -> str:
    """What the main letter was, as later documents name it: a claim, a notice refusing the
    contract, or a notice refusing the goods."""
    if letter.form in (LetterForm.NOTICE, LetterForm.REFUSE):
        return letter.form.value
    return "claim"


def claim_history(case: Case, w: Writer, today: date) -> list[str]:
    """What became of the claim-stage letters, true on `today`, the document's date: delivered
    when, and — by `schedule.demand_status`, never by a template's say-so — whether the period
    still runs (its last day), was missed, or the demand was refused."""
    letters = claims.letters(case)
    main = demand_status(case, letters[0], today)
    if main.standing is Standing.UNSENT:
        return [w("history-claim-pending", kind=letter_kind(letters[0]))]
    out = [
        w(
            "history-claim",
            date=w.day(main.delivered_on or today),
            method=w(f"delivery-{case.delivery.method or 'chat'}"),
            sent="yes" if (case.delivery.method or "chat") == "chat" else "no",
            kind=letter_kind(letters[0]),
            state=main.standing.value,
            due=w.day(main.due) if main.due else "",
        )
    ]
    for letter in letters[1:]:
        status = demand_status(case, letter, today)
        legal = marketplaces.get(case.marketplace or "other").legal
        out.append(
            w(
                "history-marketplace",
                marketplace=legal.name,
                date=w.day(status.delivered_on) if status.delivered_on else "",
                state=status.standing.value,
                due=w.day(status.due) if status.due else "",
            )
        )
    return out


def claim_attachments(case: Case, w: Writer) -> list[str]:
    """The claim as delivered, and the proof that fits how it was delivered."""
    if case.delivery.delivered_on is None:
        return []
    kind = letter_kind(claims.main_letter(case))
    items = [
        w("att-claim", date=w.day(case.delivery.delivered_on), kind=kind),
        w(f"att-claim-proof-{case.delivery.method or 'chat'}", kind=kind),
    ]
    if case.seller_answer == "refused":
        items.append(w("att-answer"))
    return items


def complaint(kind: DocKind, prefix: str, case: Case, w: Writer) -> Document:
    """A letter to an authority: its addressee line, the person, the title and subtitle."""
    doc = Document(kind, filename(kind, case))
    doc.add("addressee", lines=(w(f"{prefix}-to"), "", *sender(case, w)))
    doc.add("title", w(f"{prefix}-title"))
    doc.add("subtitle", w(f"{prefix}-subtitle"))
    return doc


def refuse_routes(case: Case) -> None:
    """A refusal of goods never paid for claims nothing: no complaint, no lawsuit is written."""
    if not claims.routes(case):
        raise ValueError("this case has nothing to escalate: the goods were never paid for")
