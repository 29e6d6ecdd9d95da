"""The claim stage's letters: the claim to the seller (or the notice refusing the contract or
the goods), the marketplace's refund demand, and their short chat versions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims
from flows.case import Case
from flows.claims import Addressee, DocKind, Letter, LetterForm
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    attach,
    evidence_items,
    facts,
    offers_quality_check,
    return_timeliness,
    sign,
    support_sentence,
    unclaimed_args,
)
from flows.documents.parties import (
    marketplace_lines,
    one_line,
    recipient,
    sender,
    where_bought,
)
from flows.documents.writer import Writer, filename, phone_display
from flows.law import DeadlineKind, PenaltyKind, deadline, penalty
from flows.names import genitive
from flows.problems import MONEY_DEMANDS, Demand, ProblemId
from flows.schedule import repair_penalty
from flows.texts import Texts

# -- the claim stage's letters ---------------------------------------------------------------


def _days(letter: Letter, today: date, case: Case) -> int:
    if letter.deadline is None:
        return 0
    return deadline(letter.deadline, today, until=case.new_date or today).amount


def title_keys(letter: Letter) -> tuple[str, str]:
    """The letter's title and subtitle, by its form (`claims.LetterForm`)."""
    if letter.form is LetterForm.MARKETPLACE:
        return "claim-title-marketplace", "claim-subtitle-marketplace"
    if letter.form is LetterForm.REFUSE:
        return "claim-title-refuse", "claim-subtitle-refuse"
    if letter.form is LetterForm.NOTICE:
        # the seller's notice that the buyer refuses the contract (ст. 23.1; ст. 12 needs it)
        return "claim-title-refuse", "claim-subtitle-prepaid-refund"
    return "claim-title", f"claim-subtitle-{letter.demand.value}{_variant(letter)}"


def _variant(letter: Letter) -> str:
    """A demand's wording that depends on the letter's ground: another item delivered (ГК ст.
    468), goods never paid for (ГК ст. 456, 457), a refund long overdue (ст. 22, 23)."""
    if letter.form is LetterForm.WRONG:
        return "-wrong"
    if letter.demand is Demand.NEW_DATE and "zozpp-23.1" not in letter.basis:
        return "-unpaid"
    if letter.form is LetterForm.REFUND and letter.penalty is PenaltyKind.DELAY:
        return "-overdue"
    return ""


def _demand_paragraph(case: Case, letter: Letter, w: Writer, today: date) -> str:
    if _variant(letter) == "-overdue":
        return _overdue_paragraph(case, letter, w, today)
    args: dict[str, object] = {
        "articles": w.articles(letter.basis),
        "amount": w.amount(case.price or Decimal(0)),
        "days": _days(letter, today, case),
        "newdate": w.day(case.new_date) if case.new_date else "",
        "cut": w.amount(case.price_cut or Decimal(0)),
    }
    form_key = {
        LetterForm.MARKETPLACE: "claim-demand-marketplace",
        LetterForm.NOTICE: "claim-demand-prepaid-refund",
        LetterForm.RETURN: "claim-demand-return",
        LetterForm.REFUND: "claim-demand-refund-back",
    }
    key = form_key.get(letter.form, f"claim-demand-{letter.demand.value}")
    if _variant(letter):
        key = f"claim-demand-{letter.demand.value}{_variant(letter)}"
    return w(key, **args)


def _overdue_paragraph(case: Case, letter: Letter, w: Writer, today: date) -> str:
    """A refund after a defective return (law-facts §1 Deadlines): the original demand, the
    day its 10 days ended, 1 % a day from the next — or, still running, the day they end."""
    period = claims.overdue_since(case)
    price = case.price or Decimal(0)
    if period is None:
        return w(
            "claim-demand-refund-back",
            articles=w.articles(letter.basis),
            amount=w.amount(price),
            days=10,
        )
    line = penalty(PenaltyKind.DELAY, price, period.due, today, paid=price)
    return w(
        "claim-demand-refund-overdue",
        articles=w.articles(letter.basis),
        amount=w.amount(price),
        demanded=w.day(period.start),
        due=w.day(period.due),
        start=w.day(line.start),
        passed="yes" if period.passed(today) else "no",
        perday=w.amount(line.per_day),
        cap=w.amount(line.cap),
        sum=w.amount(line.amount),
        today=w.day(today),
    )


def letter_document(
    case: Case, letter: Letter, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    """One claim-stage letter: the claim to the seller, or the refund demand to the marketplace."""
    w = Writer(texts, case)
    doc = Document(letter.kind, filename(letter.kind, case))
    to = list(recipient(case, letter.to, w))
    if letter.kind is DocKind.CLAIM and claims.aggregator_cosigned(case):
        # law-facts §1 ст. 12 «Refund missing after a return the marketplace accepted»
        to += ["", w("to-aggregator"), *marketplace_lines(case, w)]
    doc.add("addressee", lines=(w("to-label"), *to, "", *sender(case, w)))
    title, subtitle = title_keys(letter)
    doc.add("title", w(title))
    doc.add("subtitle", w(subtitle))
    for paragraph in _letter_paragraphs(case, letter, w, today):
        doc.add("paragraph", paragraph)
    # a notice returned unclaimed: no «документ о его вручении» exists (issue 21)
    unclaimed = "yes" if unclaimed_args(case.delivery) else "no"
    items = (
        [w("att-notice-copy", unclaimed=unclaimed)]
        if letter.kind is DocKind.MARKETPLACE_CLAIM
        else []
    )
    items += evidence_items(evidence, w)
    if items:
        attach(doc, items, w)
    sign(doc, case, today, w)
    return doc


def _letter_paragraphs(case: Case, letter: Letter, w: Writer, today: date) -> list[str]:
    """The letter's body, in order: what happened, what is demanded and on which ground,
    how the money comes back, and what follows if the seller does not answer."""
    paragraphs = [facts(case, w), support_sentence(case, w)]
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        seller = one_line(recipient(case, Addressee.SELLER, w)[:2], w)
        paragraphs.append(
            w(
                "claim-marketplace-body",
                where=where_bought(case, w),
                seller=seller,
                articles=w.articles(letter.basis),
            )
        )
    paragraphs.append(_demand_paragraph(case, letter, w, today))
    if letter.kind is DocKind.CLAIM and claims.marketplace_refunds(case):
        paragraphs.append(w("claim-marketplace-also"))
    if letter.kind is DocKind.CLAIM and claims.aggregator_cosigned(case):
        paragraphs.append(w("claim-aggregator-holds"))
    if letter.form is LetterForm.WRONG:
        paragraphs.append(w("claim-wrong-return"))
    ground = claims.tech_statement(case, letter.demand)
    if ground is not None:
        paragraphs.append(w(f"tech-{ground.value}"))
    paragraphs += repair_paragraphs(case, letter, w, today)
    if case.problem is ProblemId.RETURN:
        paragraphs += [return_timeliness(case, w, today), *return_how(case, w)]
    if letter.demand in MONEY_DEMANDS:
        paragraphs += refund_details(case, w)
    return [p for p in paragraphs if p] + _consequences(case, letter, w)


def repair_paragraphs(case: Case, letter: Letter, w: Writer, today: date) -> list[str]:
    """A repair that ran late and its penalty (ст. 20, 23 п. 1); a repair demanded now: the
    carriage of heavy goods (ст. 18 п. 7) and a substitute item (ст. 20 п. 2)."""
    out = []
    line = repair_penalty(case, today)
    if claims.repair_late(case) and case.repair_handed_on is not None:
        out.append(
            w(
                "claim-repair-late",
                handed=w.day(case.repair_handed_on),
                returned=w.day(case.repair_returned_on) if case.repair_returned_on else "none",
                due=w.day(deadline(DeadlineKind.ANSWER_REPAIR, case.repair_handed_on).due),
                penalty="yes" if line else "no",
                start=w.day(line.start) if line else "",
                end=w.day(line.end) if line else "",
                days=line.days if line else 0,
                sum=w.amount(line.amount) if line else "",
            )
        )
    if letter.demand is Demand.REPAIR:
        if case.heavy:
            out.append(w("claim-repair-heavy"))
        if case.substitute:
            out.append(w("claim-repair-substitute"))
    return out


def return_how(case: Case, w: Writer) -> list[str]:
    """How a proper-quality item goes back (КС РФ 7-П): the shop's "only in our store"
    answer and how and when the item was sent, or a request for the return address."""
    if not claims.only_in_store(case):
        return [w("claim-return-how")]
    answered = case.support.written_on
    out = [w("claim-return-refused", date=w.day(answered) if answered else "none")]
    if claims.return_sent(case) and case.return_sent_on is not None:
        out.append(
            w(
                "claim-return-sent",
                by=case.return_sent_by or "post",
                date=w.day(case.return_sent_on),
                tracking=case.return_tracking or "none",
            )
        )
    else:
        out.append(w("claim-return-how"))
    return out


def refund_details(case: Case, w: Writer) -> list[str]:
    """What a refund demand states (law-facts §1 «Правила продажи», §5 items 2 and 7): the
    order, the account's phone or e-mail, and how the money is to come back."""
    out = []
    contact = case.account_contact
    if contact:
        out.append(
            w(
                "claim-account",
                order=case.order_number or "",
                kind="email" if "@" in contact else "phone",
                contact=contact if "@" in contact else phone_display(contact),
            )
        )
    if case.bank_details:
        out.append(w("claim-bank", details=case.bank_details))
    elif case.card_last4:
        out.append(w("claim-bank-card", last4=case.card_last4))
    else:
        out.append(w("claim-bank-same"))
    return out


def _consequences(case: Case, letter: Letter, w: Writer) -> list[str]:
    """The check offered, the penalty that runs, the court that follows."""
    paragraphs = []
    if offers_quality_check(case, letter):
        paragraphs.append(w("claim-quality-check"))
    if _variant(letter) == "-overdue" and claims.overdue_since(case) is not None:
        pass  # the demand itself states the penalty running since the original demand
    elif letter.penalty is PenaltyKind.DELAY:
        paragraphs.append(w("claim-warning-delay", cap=w.amount(case.price or Decimal(0))))
    elif letter.penalty is PenaltyKind.PREPAID:
        paragraphs.append(w("claim-warning-prepaid"))
    if letter.demand is not Demand.REFUSE:
        paragraphs.append(w("claim-court"))
    return paragraphs


def claim_letters(
    case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> list[Document]:
    """Every letter of the claim stage, in the order they are sent."""
    return [
        letter_document(case, letter, evidence, texts, today) for letter in claims.letters(case)
    ]


def claim(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The main letter (the claim to the seller)."""
    return claim_letters(case, evidence, texts, today)[0]


def claim_chat(case: Case, texts: Texts, today: date, letter: Letter | None = None) -> str:
    """A letter, short, for the marketplace's support chat (under Telegram's 4096)."""
    w = Writer(texts, case)
    letter = letter or claims.main_letter(case)
    title, _ = title_keys(letter)
    if letter.kind is DocKind.MARKETPLACE_CLAIM:
        demand_key = "claim-chat-demand-marketplace"
    else:
        variant = "" if _variant(letter) == "-overdue" else _variant(letter)
        demand_key = f"claim-chat-demand-{letter.demand.value}{variant}"
    term, newdate = _term(letter), w.day(case.new_date) if case.new_date else ""
    overdue = claims.overdue_since(case)
    if overdue is not None:  # the original demand's period: passed, or the day it ends
        term, newdate = ("now", "") if overdue.passed(today) else ("date", w.day(overdue.due))
    text = w(
        "claim-chat",
        title=w(title),
        name=genitive(case.person.full_name or "", case.person.surname),
        facts=facts(case, w),
        demand=w(
            demand_key,
            amount=w.amount(case.price or Decimal(0)),
            newdate=w.day(case.new_date) if case.new_date else "",
            cut=w.amount(case.price_cut or Decimal(0)),
        ),
        articles=w.articles(letter.basis),
        days=_days(letter, today, case),
        newdate=newdate,
        term=term,
    )
    ground = claims.tech_statement(case, letter.demand)
    if ground is not None:
        text += "\n" + w(f"tech-{ground.value}")
    return text[:4000]


def _term(letter: Letter) -> str:
    """How the chat version states the deadline: a date (a new delivery date), days, or none."""
    if letter.deadline is None:
        return "none"
    if letter.deadline is DeadlineKind.NEW_DELIVERY:
        return "date"
    return "limit" if letter.deadline is DeadlineKind.ANSWER_REPAIR else "days"
