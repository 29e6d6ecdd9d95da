"""The police statement and the complaint to the prosecutor about the police (law-facts §3
Police, «Goods lost before handover», «Counterfeits», «Petty theft ≤ 2 500 ₽»; §5 «Заявление в
полицию»).

The statement is signed under the ст. 306 УК warning, so it states facts only, each true on
its date: what was ordered, paid and handed over; what was demanded of whom and when, with the
period's last day while it runs (`schedule.demand_status`), and after it at most that the
money was not returned. It never characterises the seller's or the marketplace's civil
obligations, never names the buyer as the injured party where the goods were the seller's, and
leaves the qualification to the police («имеются признаки …»).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims, marketplaces
from flows.answered import paid_back, paid_parts, parts_known
from flows.case import AnswerKind, Case, ClaimDelivery, PoliceAnswer, PoliceExtension
from flows.claims import DocKind, Letter, LetterForm, Offence
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    answer_sentence,
    attach,
    cited,
    claim_attachments,
    evidence_items,
    marketplace_demand_attachment,
    sign,
    standing,
    unclaimed_args,
)
from flows.documents.parties import (
    one_line,
    recipient,
    seller_is_marketplace,
    sender,
    where_bought,
)
from flows.documents.writer import TRAILING, Writer, filename
from flows.problems import Demand, FraudKind, Route
from flows.schedule import Standing, demand_status, police_term_passed
from flows.texts import Texts


def _header(kind: DocKind, case: Case, w: Writer, to: str, subtitle: str) -> Document:
    doc = Document(kind, filename(kind, case))
    doc.add("addressee", lines=(to, "", *sender(case, w)))
    doc.add("title", w(f"{kind.value}-title"))
    doc.add("subtitle", subtitle)
    return doc


def _seller_name(case: Case, w: Writer) -> str:
    """The seller as a request names it: «ООО «Ромашка»», the marketplace's entity where it
    sold the goods itself, or «продавца, указанного в заказе»."""
    if seller_is_marketplace(case):
        return marketplaces.get(case.marketplace or "other").legal.name
    if case.seller and case.seller.name:
        return case.seller.name
    return ""


def _order_facts(case: Case, w: Writer) -> str:
    """Order, payment and what was (not) handed over, in the person's words."""
    kind = case.fraud_kind or FraudKind.SELLER_GONE
    return w(
        "police-facts",
        ordered=w.day(case.ordered_on) if case.ordered_on else "",
        where=where_bought(case, w),
        order=case.order_number or "",
        item=case.item or "",
        price=w.amount(case.price or Decimal(0)),
        prepaid="yes" if case.prepaid else "no",
        kind=kind.value,
        promised=w.day(case.promised_on) if case.promised_on else "none",
        received=w.day(case.received_on) if case.received_on else "none",
        details=TRAILING.sub("", case.details or "") or "none",
    )


def _demand_lines(case: Case, w: Writer, today: date) -> tuple[list[str], bool]:
    """What was demanded of whom and when, true on `today`, and each answer of the seller's
    with its date; and whether every demand's period has ended unmet or was refused (only then
    may a deceived buyer call the money a loss)."""
    lines: list[str] = []
    all_over = True
    answers = cited(case, today)
    refused = any(r.kind is AnswerKind.REFUSED for r in answers)
    part = bool(paid_parts(case, today))
    for letter in claims.letters(case):
        status = demand_status(case, letter, today)
        to_seller = letter.form is not LetterForm.MARKETPLACE
        if answers and to_seller:
            # the seller's answers are told one by one below, with their dates; the period is
            # told as it stands beside them
            status = standing(case, letter, today)
        if status.standing in (Standing.UNSENT, Standing.NOTHING_DUE):
            all_over = False
            continue
        over = status.standing in (Standing.MISSED, Standing.REFUSED) or (refused and to_seller)
        all_over = all_over and over
        # a letter the post returned unclaimed was not handed over: the bare facts of its
        # sending and return, and the day ГК ст. 165.1 counts it delivered (issue 21)
        deemed = unclaimed_args(_delivery(case, letter))
        lines.append(
            w(
                "police-demand",
                to=_addressee(case, letter, w),
                date=w.day(status.delivered_on or today),
                demand=_demand_word(letter),
                # a chat message is sent, a letter or a paper handed over is delivered
                sent="unclaimed" if deemed else ("yes" if _by_chat(case, letter) else "no"),
                **(deemed or {"reason": "none", "number": "none", "tracked": "no"}),
                newdate=w.day(case.new_date) if case.new_date else "",
                state=status.standing.value,
                due=w.day(status.due) if status.due else "",
                today=w.day(today),
                partial="yes" if part and to_seller else "no",
            )
        )
    # issue 20 p. 2: each answer the person recorded, with its date — the bare facts only
    lines += [answer_sentence(case, r, w, today, who="seller", bare=True) for r in answers]
    return lines, all_over and bool(lines)


def _delivery(case: Case, letter: Letter) -> ClaimDelivery:
    return case.marketplace_delivery if letter.form is LetterForm.MARKETPLACE else case.delivery


def _by_chat(case: Case, letter: Letter) -> bool:
    return (_delivery(case, letter).method or "chat") == "chat"


def _addressee(case: Case, letter: Letter, w: Writer) -> str:
    if letter.form is LetterForm.MARKETPLACE:
        legal = marketplaces.get(case.marketplace or "other").legal
        mp = w(f"mp-name-{case.marketplace}")
        return w("police-to-marketplace", marketplace=mp, legal=legal.name)
    name = _seller_name(case, w)
    return w("police-to-seller", seller=name or "none")


def _demand_word(letter: Letter) -> str:
    if letter.form is LetterForm.MARKETPLACE:
        return "prepayment"
    if letter.form is LetterForm.NOTICE:
        return "notice"  # ст. 23.1: the contract refused, the prepayment demanded back
    if letter.form is LetterForm.REFUSE:
        return "refuse"  # an УВЕДОМЛЕНИЕ, as its copy among the attachments names it
    if letter.demand is Demand.NEW_DATE:
        return "delivery"
    if letter.demand is Demand.REFUND:
        return "refund"
    return "other"


def police(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A report of the facts and a request for a check (УПК ст. 144), or for an administrative
    case up to 2 500 ₽ (КоАП ст. 7.27, 28.1) — law-facts §3. Only where the police is a route
    of the case (fraud): a statement signed under the ст. 306 УК warning about a defect would
    assert what the facts do not show (the lawyer's review of issue 20, finding 24)."""
    if Route.POLICE not in claims.routes(case):
        raise ValueError("the police is not a route of this case")
    w = Writer(texts, case)
    petty = claims.petty(case)
    offence = claims.offence(case)
    report = case.police
    to = w("police-to", department=report.department or "none")
    subtitle = w("police-subtitle", petty="yes" if petty else "no", offence=offence.value)
    doc = _header(DocKind.POLICE, case, w, to, subtitle)
    doc.add("paragraph", _order_facts(case, w))
    seller = one_line(recipient(case, claims.Addressee.SELLER, w, caveat=False), w)
    doc.add("paragraph", w("police-seller", seller=seller))
    if offence is Offence.SELLERS_GOODS:
        # §3 «Goods lost before handover»: the goods were the seller's, at its risk
        doc.add("paragraph", w("police-owner"))
    demands, all_over = _demand_lines(case, w, today)
    for line in demands:
        doc.add("paragraph", line)
    unpaid = (case.price or Decimal(0)) - paid_back(case, today)
    known = parts_known(case, today)
    if claims.buyer_injured(case) and all_over and unpaid > 0 and known:
        # §3: «мне причинён ущерб» only where the seller itself deceived the buyer, and only
        # once no demand is still open (issue 17 p. 1); the sum less any part paid back
        doc.add("paragraph", w("police-damage", amount=w.amount(unpaid)))
    doc.add(
        "paragraph",
        w(
            "police-request",
            offence=offence.value,
            petty="yes" if petty else "no",
            item=case.item or "",
            seller=_seller_name(case, w) or "none",
            cause=(case.empty_cause.value if case.empty_cause else "none"),
        ),
    )
    doc.add("paragraph", w("police-warning"))
    items = [*claim_attachments(case, w, today)]
    if case.marketplace_delivery.delivered_on is not None and claims.marketplace_refunds(case):
        items.append(marketplace_demand_attachment(case, w))
    attach(doc, [*items, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc


def prosecutor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A complaint about the police's refusal or silence: under УПК ст. 124 for a crime
    report; for petty theft (КоАП ст. 7.27) a complaint about the police's failure to act,
    answered under 59-ФЗ (law-facts §3 «Petty theft», §5 «Жалоба прокурору»). Silence is
    complained of only once the police's term — 3, 10 or 30 days, as the person said — ran
    out (law-facts §3 Police)."""
    w = Writer(texts, case)
    report = case.police
    petty = "yes" if claims.petty(case) else "no"
    answer = (report.answer or PoliceAnswer.NO_ANSWER).value
    if (
        answer == PoliceAnswer.NO_ANSWER.value
        and petty == "no"
        and not police_term_passed(case, today)
    ):
        raise ValueError("the police's term still runs: nothing to complain of yet")
    decided = w.day(report.decided_on) if report.decided_on else ""
    filed = claims.police_filed_on(case)
    to = w("prosecutor-to", office=report.prosecutor_office or "none")
    doc = _header(DocKind.PROSECUTOR, case, w, to, w("prosecutor-subtitle", petty=petty))
    doc.add(
        "paragraph",
        w(
            "prosecutor-filed",
            date=w.day(filed) if filed else "",
            department=report.department or "none",
            petty=petty,
            kusp=report.kusp or "none",
        ),
    )
    doc.add("paragraph", _order_facts(case, w))
    extension = (report.extension or PoliceExtension.NONE).value
    doc.add(
        "paragraph",
        w(
            "prosecutor-answer",
            answer=answer,
            petty=petty,
            term=extension,
            date=decided,
            omissions=TRAILING.sub("", report.omissions or "") or "none",
        ),
    )
    doc.add("paragraph", w("prosecutor-request", answer=answer, petty=petty, date=decided))
    items = [w("att-police-statement")]
    if report.kusp:
        items.append(w("att-police-ticket", kusp=report.kusp))
    if report.answer is PoliceAnswer.REFUSED_CASE and report.decided_on:
        items.append(w("prosecutor-att-decision", date=decided, petty=petty))
    attach(doc, [*items, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc
