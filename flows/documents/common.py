"""Blocks several documents share: the facts of the order, the support contact, what became
of the claim, attachments, the signature, an authority's header."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims, marketplaces
from flows.answered import dated, paid, paid_parts
from flows.case import AnswerKind, Case, ClaimDelivery, SellerReply, latin_sentence
from flows.claims import DocKind, Letter, LetterForm
from flows.documents.blocks import Document, Evidence
from flows.documents.parties import sender, shop_name, where_bought
from flows.documents.writer import TRAILING, Writer, enumerate_items, filename
from flows.law import Penalty, PenaltyKind, penalty
from flows.names import initials
from flows.problems import Demand
from flows.schedule import DemandStatus, Standing, demand_status, penalty_to


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
        if e.reply is not None:
            continue  # a file of the seller's answer: listed once, as the answer's copy
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


def unclaimed_args(delivery: ClaimDelivery) -> dict[str, str] | None:
    """How a letter the post returned unclaimed is told (ГК ст. 165.1, law-facts §5
    «Counting» [S62]): why it came back and its number; None for a letter delivered. Such a
    letter was never handed over, so no document may say «вручена» of it (issue 21)."""
    if delivery.unclaimed is None or delivery.delivered_on is None:
        return None
    return {
        "reason": delivery.unclaimed.value,
        "number": delivery.tracking or "none",
        # the return read from the post's tracking, or told by the person (review minor 1)
        "tracked": "yes" if delivery.by_post else "no",
    }


def delivery_method(delivery: ClaimDelivery, w: Writer) -> str:
    """How the claim reached the seller, as the history's bracket says it. A registered letter
    is told with its number and no notice of delivery: the bot never asks whether one was
    bought, so it never asserts one (review of issue 21, M3 and its re-check)."""
    if posted(delivery):
        return w("delivery-post-tracked", number=delivery.tracking or "none")
    return w(f"delivery-{delivery.method or 'chat'}")


def posted(delivery: ClaimDelivery) -> bool:
    """A registered letter: its proof is the inventory, the receipt and (with a number) the
    tracking report — a notice of delivery only the person knows whether they have."""
    return delivery.method == "post"


def marketplace_demand_attachment(case: Case, w: Writer) -> str:
    """The aggregator owner's demand among the attachments: a document of its delivery only
    where the person gave the day it reached the owner (review of issue 21, M4)."""
    mp = case.marketplace_delivery
    if mp.delivered_on is None:
        proof = "none"
    elif unclaimed_args(mp) is not None:
        proof = "unclaimed"
    else:
        proof = "delivered"
    return w("att-marketplace-demand", proof=proof)


def claim_history(case: Case, w: Writer, today: date) -> list[str]:
    """What became of the claim-stage letters, true on `today`, the document's date: delivered
    when, and — by `schedule.demand_status`, never by a template's say-so — whether the period
    still runs (its last day), was missed, or the demand was refused."""
    letters = claims.letters(case)
    answers = cited(case, today)
    # the answers are cited one by one below: the period is told as it stands, not hidden
    # behind a bare «Продавец отказал»
    main = standing(case, letters[0], today) if answers else demand_status(case, letters[0], today)
    if main.standing is Standing.UNSENT:
        return [w("history-claim-pending", kind=letter_kind(letters[0]))]
    state = {
        "state": main.standing.value,
        "due": w.day(main.due) if main.due else "",
        "partial": "yes" if paid_parts(case, today) else "no",
    }
    deemed = unclaimed_args(case.delivery)
    if deemed is not None:
        # returned unclaimed: sent, returned on the day, deemed delivered that day (ГК 165.1)
        sent = case.delivery.sent_on  # the post's «Приём», when the letter was followed
        line = w(
            "history-claim-unclaimed",
            date=w.day(main.delivered_on or today),
            kind=letter_kind(letters[0]),
            sent=w.day(sent) if sent is not None and sent <= today else "none",
            **deemed,
        )
        tail = w("history-claim-state", **state) if not answers else ""
        out = [f"{line} {tail}" if tail else line]
    else:
        out = [
            w(
                "history-claim",
                date=w.day(main.delivered_on or today),
                method=delivery_method(case.delivery, w),
                sent="yes" if (case.delivery.method or "chat") == "chat" else "no",
                kind=letter_kind(letters[0]),
                # with answers cited, the period comes after them, in the order of the dates
                **(state if not answers else {"state": "none", "due": "", "partial": "no"}),
            )
        ]
    out += [answer_sentence(case, reply, w, today, who="seller") for reply in answers]
    if answers and w("history-claim-state", **state):
        out.append(w("history-claim-state", **state))
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


def claim_attachments(case: Case, w: Writer, on: date) -> list[str]:
    """The claim as delivered, the proof that fits how it was delivered, and a copy of each
    answer of the seller's the document cites (one it has words or files of)."""
    if case.delivery.delivered_on is None:
        return []
    kind = letter_kind(claims.main_letter(case))
    delivered = w.day(case.delivery.delivered_on)
    deemed = unclaimed_args(case.delivery)
    number = case.delivery.tracking or "none"
    if deemed is not None:
        # no notice of delivery came back: the inventory, the receipt, the tracking report
        items = [
            w("att-claim-unclaimed", date=delivered, kind=kind),
            w("att-claim-proof-tracked", number=number),
        ]
    elif posted(case.delivery):
        # a registered letter: no notice of delivery is asserted (review M3 and re-check)
        items = [
            w("att-claim", date=delivered, kind=kind),
            w("att-claim-proof-tracked", number=number),
        ]
    else:
        items = [
            w("att-claim", date=delivered, kind=kind),
            w(f"att-claim-proof-{case.delivery.method or 'chat'}", kind=kind),
        ]
    answers = cited(case, on)
    items += [
        w("att-reply", date=w.day(r.received_on))
        for r in answers
        if r.received_on is not None and (r.files or r.text)
    ]
    if case.seller_answer == "refused" and not answers:
        items.append(w("att-answer"))  # a refusal told before answers were recorded one by one
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


# -- the seller's answers (issue 20) ---------------------------------------------------------


def cited(case: Case, on: date) -> list[SellerReply]:
    """The answers a document dated `on` may cite, in the order of their dates
    (`answered.dated`): an answer dated after the document is never cited."""
    return dated(case, on)


def standing(case: Case, letter: Letter, on: date) -> DemandStatus:
    """Where `letter`'s demand stands on `on` beside the answers cited: its period as counted
    (`schedule.demand_status`, ст. 21's 20 days where the seller asked for a check), a refusal
    told by the answer itself rather than hiding the period."""
    return demand_status(case, letter, on, refusals=False)


def running_penalty(case: Case, letter: Letter, status: DemandStatus, on: date) -> Penalty | None:
    """The penalty running on `on`: ст. 23 from the day after the period `status` counts
    (only once it ran out), ст. 23.1 from the day after the delivery date the contract set."""
    if case.price is None:
        return None
    if letter.penalty is PenaltyKind.DELAY:
        if status.standing is not Standing.MISSED or status.due is None:
            return None
        return penalty(PenaltyKind.DELAY, case.price, status.due, on, paid=case.price)
    if letter.penalty is PenaltyKind.PREPAID:
        line = penalty_to(case, on, letter)
        return line if line is not None and line.days else None
    return None


def instead_of(letter: Letter) -> str:
    """What an offer came instead of, as the answer's sentence names it."""
    if letter.demand is Demand.REFUND or letter.form in (LetterForm.NOTICE, LetterForm.RETURN):
        return "money"
    if letter.demand is Demand.NEW_DATE:
        return "delivery"
    if letter.demand in (Demand.REPLACEMENT, Demand.REPAIR, Demand.PRICE_CUT):
        return letter.demand.value
    return "other"


def answer_sentence(
    case: Case, reply: SellerReply, w: Writer, on: date, *, who: str, bare: bool = False
) -> str:
    """What one answer said, in a fixed phrase by its kind, reason or offer, with its date;
    the seller's own words only in quotes as the person gave them — and none where `bare`
    (the police statement: facts the person recorded, nothing else)."""
    detail = "none" if bare or not reply.detail else TRAILING.sub("", reply.detail.strip())
    args: dict[str, object] = {
        "opening": w(
            "answer-opening", date=w.day(reply.received_on) if reply.received_on else "none"
        ),
        "who": who,
        "detail": detail or "none",
    }
    kind = reply.kind
    if kind is AnswerKind.REFUSED:
        return w("answer-refused", reason=reply.reason.value if reply.reason else "none", **args)
    if kind is AnswerKind.OFFER:
        instead = instead_of(claims.main_letter(case))
        offer = reply.offer.value if reply.offer else "other"
        return w("answer-offer", instead=instead, offer=offer, **args)
    if kind is AnswerKind.PARTIAL:
        amount = w.amount(reply.amount) if reply.amount else "none"
        # paid only once the money reached the person by the document's date
        arrived = w.day(reply.paid_on) if reply.paid_on and paid(reply, on) else "none"
        return w("answer-partial", amount=amount, paid=arrived, **args)
    if kind is AnswerKind.DOCUMENTS:
        return w("answer-documents", **args)
    if kind is AnswerKind.LATER:
        return w("answer-later", until=w.day(reply.until) if reply.until else "none", **args)
    if kind is AnswerKind.CHECK:
        return w("answer-check", until=w.day(reply.until) if reply.until else "none", **args)
    if kind is AnswerKind.DONE:
        return w("answer-done", **args)
    return w("answer-other", **args)
