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
)
from flows.documents.parties import one_line, recipient, sender, where_bought
from flows.documents.writer import Writer, filename
from flows.law import DeadlineKind, PenaltyKind, deadline
from flows.names import genitive
from flows.problems import MONEY_DEMANDS, Demand, ProblemId
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
    return "claim-title", f"claim-subtitle-{letter.demand.value}"


def _demand_paragraph(case: Case, letter: Letter, w: Writer, today: date) -> str:
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
    return w(form_key.get(letter.form, f"claim-demand-{letter.demand.value}"), **args)


def letter_document(
    case: Case, letter: Letter, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    """One claim-stage letter: the claim to the seller, or the refund demand to the marketplace."""
    w = Writer(texts, case)
    doc = Document(letter.kind, filename(letter.kind, case))
    doc.add(
        "addressee", lines=(w("to-label"), *recipient(case, letter.to, w), "", *sender(case, w))
    )
    title, subtitle = title_keys(letter)
    doc.add("title", w(title))
    doc.add("subtitle", w(subtitle))
    for paragraph in _letter_paragraphs(case, letter, w, today):
        doc.add("paragraph", paragraph)
    items = [w("att-notice-copy")] if letter.kind is DocKind.MARKETPLACE_CLAIM else []
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
    ground = claims.tech_statement(case, letter.demand)
    if ground is not None:
        paragraphs.append(w(f"tech-{ground.value}"))
    if case.problem is ProblemId.RETURN:
        paragraphs += [return_timeliness(case, w, today), w("claim-return-how")]
    if letter.demand in MONEY_DEMANDS:
        bank = case.bank_details
        paragraphs.append(w("claim-bank", details=bank) if bank else w("claim-bank-same"))
    return [p for p in paragraphs if p] + _consequences(case, letter, w)


def _consequences(case: Case, letter: Letter, w: Writer) -> list[str]:
    """The check offered, the penalty that runs, the court that follows."""
    paragraphs = []
    if offers_quality_check(case, letter):
        paragraphs.append(w("claim-quality-check"))
    if letter.penalty is PenaltyKind.DELAY:
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
        demand_key = f"claim-chat-demand-{letter.demand.value}"
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
        newdate=w.day(case.new_date) if case.new_date else "",
        term=_term(letter),
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
