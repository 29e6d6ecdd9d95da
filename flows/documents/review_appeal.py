"""The seller's appeal of an unfair review (law-facts §7).

The appeal quotes the review's own words (the part the seller disputes), cites ГК ст. 152 by
the seller's legal form — п. 1 for a sole trader, who is protected as a citizen, п. 1 and 11 for
a company — and is signed the way the seller signs: a sole trader by itself, a company by the
person who signs for it."""

from __future__ import annotations

from datetime import date

from flows.case import Case, SellerForm
from flows.claims import DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import attach, evidence_items
from flows.documents.writer import Writer, enumerate_items, filename
from flows.reviews import form_from_name, inner_quotes, shop_display
from flows.texts import Texts

# -- the seller's appeal of a review -----------------------------------------------------------


def seller_form(case: Case) -> SellerForm | None:
    """The form the seller chose, or the one its name tells (cases stored before the question)."""
    return case.seller_form or form_from_name(case.shop_name or "")


def shop(case: Case) -> str:
    """«ИП Петренко И. С.» (no quotation marks), or the company's name as given."""
    return shop_display(case.shop_name or "", seller_form(case))


def _sentence(text: str) -> str:
    """Quoted text inside «…» followed by the sentence's own punctuation: a final full stop
    drops («…у них».), a ! or ? stays."""
    text = text.strip()
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _review_args(case: Case, w: Writer) -> dict[str, object]:
    review = case.review
    return {
        "marketplace": w(f"mp-name-{case.marketplace}"),
        "sku": review.sku or "",
        "date": w.day(review.published_on) if review.published_on else "",
        "rating": str(review.rating or ""),
        "author": inner_quotes(review.author or ""),
        "order": review.order or "none",
        "text": inner_quotes(_sentence(review.text or "")),
    }


def _rule(case: Case, rule: str, w: Writer) -> str:
    """One rule the review breaks; a false statement quotes the words disputed (or points to
    the review quoted above), never an example of the template's."""
    form = seller_form(case)
    quote = inner_quotes(_sentence(case.review_quote)) if case.review_quote else "none"
    if rule == "false_statements" and "crime_accusation" in case.rules:
        quote = "none"  # the words are quoted once, with the accusation
    return w(
        f"appeal-rule-{rule}",
        quote=quote,
        form=form.value if form else "unknown",
        # the order's data refute it only where there is an order (issue 17 review)
        order="yes" if case.review.order else "no",
    )


def appeal(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The letter to the marketplace's seller support about one review."""
    from flows.reviews import verdict

    w = Writer(texts, case)
    doc = Document(DocKind.APPEAL, filename(DocKind.APPEAL, case))
    doc.add(
        "addressee",
        lines=(
            w("appeal-to", marketplace=w(f"mp-name-{case.marketplace}")),
            "",
            w("appeal-from", shop=shop(case)),
        ),
    )
    doc.add("title", w("appeal-title"))
    doc.add("paragraph", w("appeal-facts", **_review_args(case, w)))
    doc.add("paragraph", w("appeal-rules-label"))
    doc.add("list", lines=enumerate_items(_rule(case, r, w) for r in case.rules))
    found = verdict(case.signals, case.rules).present
    if found:
        doc.add("paragraph", w("appeal-signals-label"))
        doc.add("list", lines=enumerate_items(w(f"appeal-signal-{s}") for s in found))
    attachments = evidence_items(evidence, w)
    doc.add("paragraph", w("appeal-request", attached="yes" if attachments else "no"))
    if attachments:
        attach(doc, attachments, w)
    form = seller_form(case)
    doc.add(
        "signature",
        w(
            "appeal-sign",
            date=w.day(today),
            shop=shop(case),
            form=form.value if form else "unknown",
            signatory=case.signatory or "none",
        ),
    )
    return doc


def appeal_short(case: Case, texts: Texts) -> str:
    """The text for the review's own "Пожаловаться" form: short, names the rules."""
    w = Writer(texts, case)
    rules = "; ".join(_rule(case, r, w) for r in case.rules)
    return w("appeal-short", rules=rules, **_review_args(case, w))[:1000]
