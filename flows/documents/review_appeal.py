"""The seller's appeal of an unfair review (law-facts §7)."""

from __future__ import annotations

from datetime import date

from flows.case import Case
from flows.claims import DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import attach, evidence_items
from flows.documents.writer import Writer, enumerate_items, filename
from flows.texts import Texts

# -- the seller's appeal of a review -----------------------------------------------------------


def _review_args(case: Case, w: Writer) -> dict[str, object]:
    review = case.review
    return {
        "marketplace": w(f"mp-name-{case.marketplace}"),
        "sku": review.sku or "",
        "date": w.day(review.published_on) if review.published_on else "",
        "rating": str(review.rating or ""),
        "author": review.author or "",
        "order": review.order or "none",
        "text": review.text or "",
    }


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
            w("appeal-from", shop=case.shop_name or ""),
        ),
    )
    doc.add("title", w("appeal-title"))
    doc.add("paragraph", w("appeal-facts", **_review_args(case, w)))
    doc.add("paragraph", w("appeal-rules-label"))
    doc.add("list", lines=enumerate_items(w(f"appeal-rule-{r}") for r in case.rules))
    found = verdict(case.signals, case.rules).present
    if found:
        doc.add("paragraph", w("appeal-signals-label"))
        doc.add("list", lines=enumerate_items(w(f"appeal-signal-{s}") for s in found))
    doc.add("paragraph", w("appeal-request"))
    attachments = evidence_items(evidence, w)
    if attachments:
        attach(doc, attachments, w)
    doc.add("signature", w("appeal-sign", date=w.day(today), shop=case.shop_name or ""))
    return doc


def appeal_short(case: Case, texts: Texts) -> str:
    """The text for the review's own "Пожаловаться" form: short, names the rules."""
    w = Writer(texts, case)
    rules = "; ".join(w(f"appeal-rule-{r}") for r in case.rules)
    return w("appeal-short", rules=rules, **_review_args(case, w))[:1000]
