"""Written replies to the seller's answer (issue 20 p. 2): insisting on the demand chosen, asking
to attend the quality check, accepting part of the money without waiving the rest.

Each answers the latest answer recorded (`case.replies[-1]`): the dialogue builds it right after
appending the answer. It is a letter to the seller as the claim was (the same addressee, the
same sender, the same `Writer`), and states only what is true on its date: the claim's delivery
and demand, what the answer said (a fixed phrase; the seller's words only in quotes, as the
person gave them), the period as `common.standing` counts it, and, per answer, only the rules
the fact sheet gives (law-facts §1 ст. 18, 19, 21, 23, 23.1, 26.1; §5 «Претензия», Counting).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from flows import claims
from flows.answered import demanded_sum, paid, paid_back, paid_parts, parts_known, still_owed
from flows.case import AnswerKind, Case, Offer, Path, RefusalReason, SellerReply, Warranty
from flows.claims import DocKind, Letter, LetterForm
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    answer_sentence,
    attach,
    evidence_items,
    letter_kind,
    offers_quality_check,
    return_timeliness,
    running_penalty,
    sign,
    standing,
    unclaimed_args,
)
from flows.documents.letters import refund_details
from flows.documents.parties import marketplace_lines, recipient, sender, where_bought
from flows.documents.writer import TRAILING, Writer, filename
from flows.law import DeadlineKind, PenaltyKind, deadline, money
from flows.problems import MONEY_DEMANDS, Demand, ProblemId, TechGround
from flows.schedule import DemandStatus, Standing
from flows.texts import Texts

# -- shared parts ----------------------------------------------------------------------------


def latest(case: Case, today: date) -> SellerReply:
    """The answer the document replies to: the latest recorded, dated no later than the
    document (a reply never speaks of an answer still to come)."""
    if case.path is Path.SELLER or case.problem is None:
        raise ValueError("no claim of a buyer's to reply about: a review's answer has no reply")
    if not case.replies:
        raise ValueError("no answer of the seller's is recorded: nothing to reply to")
    reply = case.replies[-1]
    if reply.kind is None:
        raise ValueError("the answer's kind is not recorded yet")
    if reply.received_on is not None and reply.received_on > today:
        raise ValueError("the answer is dated after the document")
    return reply


def demand_word(letter: Letter) -> str:
    """What the claim demanded, as a reply names it (`reply-demand`), by its form and demand."""
    if letter.form is LetterForm.NOTICE:
        return "prepaid_refund"
    if letter.form is LetterForm.RETURN:
        return "return"
    if letter.form is LetterForm.REFUND:
        return "refund_back"
    if letter.form is LetterForm.REFUSE:
        return "refuse"
    if letter.form is LetterForm.WRONG:
        return f"{letter.demand.value}_wrong"
    if letter.demand is Demand.NEW_DATE and "zozpp-23.1" not in letter.basis:
        return "new_date_unpaid"
    return letter.demand.value


def item_state(case: Case) -> str | None:
    """Where the item is for a check the seller asks: with the buyer ("held"), returned to the
    seller already ("returned": a refund after a return), sent back ("sent": КС 7-П, by post or
    courier) — or None where it was never handed over (nothing to check)."""
    if not claims.handed_over(case):
        return None
    if case.problem is ProblemId.REFUND:
        return "returned"
    if claims.return_sent(case) and case.return_sent_on is not None:
        return "sent"
    return "held"


def _paper(letter: Letter) -> str:
    """What the claim-stage paper was, as a reply names it: a notice (refusing the contract or
    the goods) or a claim (`common.letter_kind`)."""
    return "claim" if letter_kind(letter) == "claim" else "notice"


def _sent_by_chat(case: Case) -> bool:
    return (case.delivery.method or "chat") == "chat"


def _head(kind: DocKind, case: Case, reply: SellerReply, w: Writer) -> Document:
    """To the seller as the claim was (and the aggregator's owner where the claim went to it
    too, law-facts §1 ст. 12), from the person; named by the answer's number."""
    letter = claims.main_letter(case)
    doc = Document(kind, filename(kind, case, reply.number or len(case.replies)))
    to = list(recipient(case, letter.to, w))
    if claims.aggregator_cosigned(case):
        to += ["", w("to-aggregator"), *marketplace_lines(case, w)]
    doc.add("addressee", lines=(w("to-label"), *to, "", *sender(case, w)))
    return doc


def _claim_paragraph(case: Case, status: DemandStatus, w: Writer) -> str:
    """The claim the answer was to: delivered when, for which order, demanding what."""
    letter = status.letter
    deemed = unclaimed_args(case.delivery)
    return w(
        "reply-claim",
        date=w.day(status.delivered_on) if status.delivered_on else "none",
        # a letter returned unclaimed: sent, returned, deemed delivered (ГК 165.1, issue 21)
        sent="unclaimed" if deemed else ("yes" if _sent_by_chat(case) else "no"),
        **(deemed or {"reason": "none", "number": "none"}),
        kind=_paper(letter),
        order=case.order_number or "",
        item=case.item or "",
        demand=_demand(case, letter, w),
    )


def _demand(case: Case, letter: Letter, w: Writer) -> str:
    return w(
        "reply-demand",
        demand=demand_word(letter),
        amount=w.amount(case.price or Decimal(0)),
        cut=w.amount(case.price_cut or Decimal(0)),
        newdate=w.day(case.new_date) if case.new_date else "",
    )


def _term(case: Case, status: DemandStatus, w: Writer, today: date) -> list[str]:
    """Where the period stands on the document's date and the penalty it earns: «истекает»
    up to its last day, «истёк» and the penalty from the next day only after it (law-facts §5
    Counting; §1 ст. 23, 23.1; issue 17 p. 1)."""
    letter = status.letter
    if status.standing not in (Standing.RUNNING, Standing.MISSED) or status.due is None:
        return []
    out = [
        w(
            "reply-term",
            state=status.standing.value,
            due=w.day(status.due),
            partial="yes" if paid_parts(case, today) else "no",
            # ст. 20: «незамедлительно», 45 days the most (review finding 20)
            repair="yes" if letter.deadline is DeadlineKind.ANSWER_REPAIR else "no",
        )
    ]
    if _distance_return(letter) and status.standing is Standing.MISSED:
        # law-facts §1 «Late ст. 26.1 refund»: ГК 395 interest, never the 1 % (finding 17)
        out.append(w("reply-interest-return", start=w.day(status.due + timedelta(days=1))))
    line = running_penalty(case, letter, status, today)
    if line is not None and line.kind is PenaltyKind.DELAY:
        out.append(
            w(
                "reply-penalty-delay",
                start=w.day(line.start),
                perday=w.amount(line.per_day),
                cap=w.amount(line.cap),
            )
        )
    elif line is not None:
        out.append(w("reply-penalty-prepaid", start=w.day(line.start)))
    elif letter.penalty is PenaltyKind.DELAY:
        out.append(w("claim-warning-delay", cap=w.amount(case.price or Decimal(0))))
    elif letter.penalty is PenaltyKind.PREPAID:
        out.append(w("claim-warning-prepaid"))
    return out


def _quality(letter: Letter) -> bool:
    """A demand about the goods' defects (ЗоЗПП ст. 18)."""
    return "zozpp-18" in letter.basis


def _distance_return(letter: Letter) -> bool:
    """A refusal of goods bought remotely (ст. 26.1): the return or its refund."""
    return letter.form in (LetterForm.RETURN, LetterForm.REFUND) and "zozpp-26.1" in letter.basis


def _offered_what_was_asked(letter: Letter, offer: Offer | None) -> bool:
    return (offer is Offer.REPAIR and letter.demand is Demand.REPAIR) or (
        offer is Offer.REPLACEMENT and letter.demand is Demand.REPLACEMENT
    )


# -- ОТВЕТ: insisting on the demand ----------------------------------------------------------


def _period_grounds(
    case: Case, reply: SellerReply, status: DemandStatus, w: Writer, today: date
) -> list[str]:
    """ "The period has passed": the dates that show the demand came in time, only where they
    do — within the warranty the person stated, or within two years of handover where none is
    set (ст. 19; nothing where the warranty is not known); the ground of a technically complex
    item (ст. 18); the ст. 26.1 window for a return."""
    letter, out = status.letter, []
    claimed = status.delivered_on
    if _quality(letter) and case.received_on is not None and claimed is not None:
        line = _warranty_line(case, reply, claimed, w, today)
        out += [line] if line else []
        ground = claims.tech_statement(case, letter.demand)
        if ground is not None:
            out.append(w(f"tech-{ground.value}"))
    if case.problem is ProblemId.RETURN and claimed is not None:
        line = return_timeliness(case, w, claimed)
        out += [line] if line else []
    return out


def _warranty_line(
    case: Case, reply: SellerReply, claimed: date, w: Writer, today: date
) -> str | None:
    received = case.received_on
    if received is None:
        return None
    if reply.warranty is Warranty.NONE:
        if claimed > deadline(DeadlineKind.DEFECT_NO_WARRANTY, received).due:
            return None
        return w(
            "reply-period-quality",
            warranty="none",
            received=w.day(received),
            claimed=w.day(claimed),
        )
    until = reply.warranty_until
    if reply.warranty is Warranty.UNTIL and until is not None and claimed <= until:
        return w(
            "reply-period-quality",
            warranty="until",
            until=w.day(until),
            ended="yes" if until < today else "no",
            claimed=w.day(claimed),
        )
    return None


def _offer_grounds(case: Case, reply: SellerReply, letter: Letter, w: Writer) -> list[str]:
    """Something else offered: the remedy is the buyer's choice (ст. 18; ст. 23.1), the offer
    refused by its name; for a technically complex item the ground that gives the choice, as
    the claim stated it (ст. 18); for a return, the money within 10 days (ст. 26.1)."""
    if _offered_what_was_asked(letter, reply.offer):
        return []
    if _quality(letter):
        ground = "quality"
    elif "zozpp-23.1" in letter.basis:
        ground = "prepaid"
    else:
        ground = "other"
    offer = reply.offer.value if reply.offer else "other"
    out = [w("reply-offer", ground=ground, kind=_paper(letter), offer=offer)]
    tech = claims.tech_statement(case, letter.demand) if _quality(letter) else None
    if tech is not None:
        out.append(w(f"tech-{tech.value}"))
    if _distance_return(letter):
        out.append(w("reply-return-refund"))
    return out


def _receipt_grounds(case: Case, letter: Letter, w: Writer) -> list[str]:
    """ "No receipt": ст. 26.1's rule for a distance-sale return only; the proof, for all."""
    out = [w("reply-receipt-return")] if _distance_return(letter) else []  # law-facts §1 [S1]
    out.append(
        w(
            "reply-receipt-proof",
            order=case.order_number or "",
            ordered=w.day(case.ordered_on) if case.ordered_on else "",
            where=where_bought(case, w),
            card=case.card_last4 or "none",
        )
    )
    return out


def _grounds(
    case: Case, reply: SellerReply, status: DemandStatus, w: Writer, today: date
) -> list[str]:
    """What the answer's kind, reason or offer calls for, per the fact sheet and no further."""
    letter = status.letter
    if reply.kind is AnswerKind.OFFER:
        return _offer_grounds(case, reply, letter, w)
    if reply.kind is not AnswerKind.REFUSED:
        return []
    reason = reply.reason or RefusalReason.OTHER
    if _disputes(reply, letter):
        return [w("reply-dispute", reason=reason.value)]
    out = [w("reply-disagree")]
    if letter.form is LetterForm.WRONG:
        # law-facts §1 «Wrong item»: the facts and the item offered back (finding 13)
        out.append(
            w(
                "reply-wrong-item",
                order=case.order_number or "",
                item=case.item or "",
                details=TRAILING.sub("", (case.details or "").strip()) or "none",
            )
        )
    if reason is RefusalReason.PERIOD:
        out += _period_grounds(case, reply, status, w, today)
    elif reason is RefusalReason.MANUFACTURER:
        out.append(w("reply-manufacturer", quality="yes" if _quality(letter) else "no"))
    elif reason is RefusalReason.NO_RECEIPT:
        out += _receipt_grounds(case, letter, w)
    elif reason is RefusalReason.USED and case.problem is ProblemId.RETURN:
        out.append(w("reply-used-return"))
    return out


def _disputes(reply: SellerReply, letter: Letter) -> bool:
    """A refusal that blames the buyer for a defect: the expertise at the seller's cost."""
    return (
        reply.kind is AnswerKind.REFUSED
        and reply.reason in (RefusalReason.FAULT, RefusalReason.NOT_WARRANTY)
        and _quality(letter)
    )


def _period_objection_right(case: Case, reply: SellerReply) -> bool:
    """A refund or replacement of technically complex goods claimed after the 15 days on no
    other ground: the seller's «срок прошёл» is right (law-facts §1 ст. 18), so no reply
    argues against it (review finding 24; the advice says the same)."""
    claimed = case.delivery.delivered_on
    if reply.kind is not AnswerKind.REFUSED or reply.reason is not RefusalReason.PERIOD:
        return False
    letter = claims.main_letter(case)
    if not _quality(letter) or not claims.asks_tech_ground(case):
        return False
    if letter.demand not in (Demand.REFUND, Demand.REPLACEMENT):
        return False
    if case.tech_ground not in (TechGround.WITHIN_15, None):
        return False
    return (
        case.received_on is not None
        and claimed is not None
        and not claims.tech_window_open(case, claimed)
    )


def _check_asked(reply: SellerReply) -> bool:
    """An answer the check letter answers: one asking for the item, or a refusal over its use
    or the buyer's fault, which a check settles (review finding 24)."""
    if reply.kind is AnswerKind.CHECK:
        return True
    return reply.kind is AnswerKind.REFUSED and reply.reason in (
        RefusalReason.USED,
        RefusalReason.FAULT,
    )


def _promise_after_due(reply: SellerReply, status: DemandStatus) -> bool:
    """A promise to answer after the period's last day: the letter says the promise does not
    move the period (review finding 19)."""
    return (
        reply.kind is AnswerKind.LATER
        and reply.until is not None
        and status.due is not None
        and status.standing in (Standing.RUNNING, Standing.MISSED)
        and reply.until > status.due
    )


def _check_offer(case: Case, reply: SellerReply, letter: Letter, w: Writer) -> list[str]:
    """The item for a check, as the claim offered it — or, after a refusal blaming the buyer,
    the expertise asked and the item offered for it where the person holds it (finding 8)."""
    if _disputes(reply, letter):
        reason = reply.reason or RefusalReason.FAULT
        out = [w("reply-expertise-ask", reason=reason.value)]
        if item_state(case) == "held":
            out.append(w("reply-expertise-item"))
        return out
    if offers_quality_check(case, letter) and reply.kind is not AnswerKind.CHECK:
        return [w("reply-quality-check")]
    return []


def insist(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """ОТВЕТ на ответ продавца: the facts, what the answer said, the rule it misses, the
    demand insisted on with the claim's articles, the period as it stands."""
    reply = latest(case, today)
    if reply.kind is AnswerKind.DONE:
        raise ValueError("the demand was met: there is nothing to insist on")
    if _period_objection_right(case, reply):
        raise ValueError("the answer is right about the period: the 15 days had passed")
    w = Writer(texts, case)
    status = standing(case, claims.main_letter(case), today)
    letter = status.letter
    doc = _head(DocKind.REPLY_INSIST, case, reply, w)
    doc.add("title", w("reply-insist-title"))
    doc.add(
        "subtitle",
        w(
            "reply-insist-subtitle",
            answered=w.day(reply.received_on) if reply.received_on else "none",
            kind=_paper(letter),
            # a letter returned unclaimed was not «врученная»: the claim's paragraph tells it
            claimed=w.day(status.delivered_on)
            if status.delivered_on and not unclaimed_args(case.delivery)
            else "none",
            sent="yes" if _sent_by_chat(case) else "no",
        ),
    )
    paragraphs = [
        _claim_paragraph(case, status, w),
        answer_sentence(case, reply, w, today, who="you"),
        *_grounds(case, reply, status, w, today),
        w("reply-insist", articles=w.articles(letter.basis)),
    ]
    paragraphs += _check_offer(case, reply, letter, w)
    paragraphs += _term(case, status, w, today)
    if _promise_after_due(reply, status):
        paragraphs.append(w("reply-later-term"))  # finding 19
    if letter.demand in MONEY_DEMANDS:
        paragraphs += refund_details(case, w)
    if letter.demand is not Demand.REFUSE:
        paragraphs.append(w("claim-court"))
    for paragraph in paragraphs:
        doc.add("paragraph", paragraph)
    no_receipt = reply.kind is AnswerKind.REFUSED and reply.reason is RefusalReason.NO_RECEIPT
    if (no_receipt or reply.kind is AnswerKind.DOCUMENTS) and evidence_items(evidence, w):
        # the proof the person holds, where the receipt or documents were what was asked
        attach(doc, evidence_items(evidence, w), w)
    sign(doc, case, today, w)
    return doc


# -- ЗАЯВЛЕНИЕ об участии в проверке качества ------------------------------------------------


def _check_past(reply: SellerReply, today: date) -> bool:
    """The day the seller set for the check is behind the letter's date: whether the item was
    handed over then is not known, so a letter saying «передам» could be untrue (the lawyer's
    re-check of issue 20, N8)."""
    return reply.kind is AnswerKind.CHECK and reply.until is not None and reply.until < today


def check(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The item ready for the check the seller asked, the request to be told its time and
    place and to attend, a copy of its result; the period runs on (law-facts §1 ст. 18, 21)."""
    reply = latest(case, today)
    if not _check_asked(reply):
        raise ValueError("the answer asked for no check and blamed nothing a check settles")
    item = item_state(case)
    if item is None:
        raise ValueError("the item was never handed over: there is nothing to check")
    if _check_past(reply, today):
        raise ValueError("the check's day has passed: «передам» may no longer be true")
    w = Writer(texts, case)
    status = standing(case, claims.main_letter(case), today)
    letter = status.letter
    quality = "yes" if _quality(letter) and not claims.wrong_item(case) else "no"
    doc = _head(DocKind.REPLY_CHECK, case, reply, w)
    doc.add("title", w("reply-check-title"))
    doc.add("subtitle", w("reply-check-subtitle", quality=quality))
    place = reply.detail if reply.kind is AnswerKind.CHECK and reply.detail else None
    # the day the seller set, while it is still ahead: not asked again (finding 16)
    until = reply.until if reply.kind is AnswerKind.CHECK and reply.until else None
    dated_place = place is not None and until is not None and until >= today
    if item == "held" and case.heavy:
        item = "heavy"  # the seller collects goods over 5 kg (finding 9)
    paragraphs = [
        _claim_paragraph(case, status, w),
        answer_sentence(case, reply, w, today, who="you"),
        w(
            "reply-check-ready",
            item=item,
            sent=w.day(case.return_sent_on) if case.return_sent_on else "",
            place="dated" if dated_place else "given" if place else "none",
            until=w.day(until) if until else "",
            quality=quality,
        ),
        w("reply-check-attend", quality=quality, known="yes" if dated_place else "no"),
        w("reply-check-copy", quality=quality),
    ]
    if letter.deadline is DeadlineKind.ANSWER_REPLACEMENT:
        paragraphs.append(w("reply-check-replacement"))
    paragraphs += _term(case, status, w, today)
    for paragraph in paragraphs:
        doc.add("paragraph", paragraph)
    sign(doc, case, today, w)
    return doc


# -- ЗАЯВЛЕНИЕ: part of the money accepted, the rest demanded --------------------------------


def _covered(case: Case, reply: SellerReply, today: date) -> bool:
    """The parts paid, with this one if only offered, reach the money demanded: not a part."""
    demanded = demanded_sum(case)
    if demanded is None:
        return False
    offered = reply.amount if reply.amount and not paid(reply, today) else Decimal(0)
    return paid_back(case, today) + offered >= demanded


def partial(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The part accepted towards the demand — received, or offered and agreed to — the rest
    still demanded, the penalty still running, and never a waiver (law-facts §1 «Unpaid
    goods»: no «требований не имею»). A sum only offered is never written as received."""
    reply = latest(case, today)
    if reply.kind is not AnswerKind.PARTIAL:
        raise ValueError("the latest answer is not a partial payment")
    if _covered(case, reply, today):
        raise ValueError("the sums paid back cover the demand: it is not a part")
    w = Writer(texts, case)
    status = standing(case, claims.main_letter(case), today)
    letter = status.letter
    arrived = "yes" if paid(reply, today) else "no"
    doc = _head(DocKind.REPLY_PARTIAL, case, reply, w)
    doc.add("title", w("reply-partial-title"))
    doc.add("subtitle", w("reply-partial-subtitle", paid=arrived))
    amount = w.amount(reply.amount) if reply.amount else "none"
    paragraphs = [
        _claim_paragraph(case, status, w),
        answer_sentence(case, reply, w, today, who="you"),
        w(
            "reply-partial-accept",
            amount=amount,
            paid=arrived,
            sanction="interest" if _distance_return(letter) else "penalty",
        ),
    ]
    total = paid_back(case, today)
    known = parts_known(case, today)
    this = money(reply.amount) if reply.amount and arrived == "yes" else Decimal(0)
    if known and total and total != this:
        paragraphs.append(w("reply-partial-total", total=w.amount(total)))
    rest = still_owed(case, today) if known else None
    offered = money(reply.amount) if reply.amount and arrived == "no" else Decimal(0)
    if rest is not None:
        # a sum only offered is not paid yet: the rest is what stays once it is (the lawyer's
        # re-check of issue 20, N1), never the whole claim beside the sum asked for
        paragraphs.append(
            w(
                "reply-partial-rest-offered" if offered else "reply-partial-rest",
                kind=_paper(letter),
                rest=w.amount(max(rest - offered, Decimal(0))),
                state=status.standing.value,
            )
        )
    else:
        part = "yes" if demanded_sum(case) is not None else "no"
        paragraphs.append(w("reply-partial-demand", kind=_paper(letter), part=part))
    paragraphs += _term(case, status, w, today)
    if letter.demand in MONEY_DEMANDS:
        paragraphs += refund_details(case, w)
    paragraphs.append(w("claim-court"))
    for paragraph in paragraphs:
        doc.add("paragraph", paragraph)
    sign(doc, case, today, w)
    return doc


def can_write(kind: DocKind, case: Case, today: date) -> bool:
    """Whether a reply of `kind` to the latest answer can be true on `today` — for the dialogue
    to offer only those; `reply_document` refuses the others with a ValueError."""
    reply = case.replies[-1] if case.replies else None
    if reply is None or reply.kind is None or case.path is Path.SELLER or case.problem is None:
        return False
    if reply.received_on is not None and reply.received_on > today:
        return False
    if kind is DocKind.REPLY_INSIST:
        return reply.kind is not AnswerKind.DONE and not _period_objection_right(case, reply)
    if kind is DocKind.REPLY_CHECK:
        asked = _check_asked(reply) and not _check_past(reply, today)
        return asked and item_state(case) is not None
    return reply.kind is AnswerKind.PARTIAL and not _covered(case, reply, today)


REPLIES = {
    DocKind.REPLY_INSIST: insist,
    DocKind.REPLY_CHECK: check,
    DocKind.REPLY_PARTIAL: partial,
}


def reply_document(
    kind: DocKind, case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    """The written reply of `kind` to the latest answer."""
    return REPLIES[kind](case, evidence, texts, today)
