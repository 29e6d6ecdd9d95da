"""The complaint to the FAS about an advertisement (law-facts §3 FAS)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import marketplaces
from flows.case import Case
from flows.claims import Addressee, DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import attach, complaint, evidence_items, sign
from flows.documents.parties import marketplace_lines, one_line, recipient, where_bought
from flows.documents.writer import TRAILING, Writer
from flows.texts import Texts


def fas(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The advertisement itself — where, when, what it said — and the rule it breaks (38-ФЗ
    ст. 5); the FAS's powers (ст. 33) are what it is asked to use."""
    w = Writer(texts, case)
    seen = w.day(case.ad_seen_on) if case.ad_seen_on else ""
    doc = complaint(DocKind.FAS, "fas", case, w)
    doc.add(
        "paragraph",
        w(
            "fas-ad",
            date=seen,
            where=case.ad_where or "",
            item=case.item or "",
            details=TRAILING.sub("", case.details or ""),
        ),
    )
    doc.add(
        "paragraph",
        w(
            "fas-purchase",
            ordered=w.day(case.ordered_on) if case.ordered_on else "",
            where=where_bought(case, w),
            order=case.order_number or "",
            price=w.amount(case.price or Decimal(0)),
        ),
    )
    # who spread the ad is known (the platform or the shop); who ordered it is the erid's
    legal = marketplaces.get(case.marketplace or "other").legal
    distributor = (
        one_line(marketplace_lines(case, w, caveat=False)[:2], w)
        if legal.known
        else one_line(recipient(case, Addressee.SELLER, w)[:2], w)
    )
    doc.add(
        "paragraph",
        w(
            "fas-advertiser",
            distributor=distributor,
            seller=one_line(recipient(case, Addressee.SELLER, w)[:2], w),
        ),
    )
    doc.add("paragraph", w("fas-breach"))
    doc.add("paragraph", w("fas-request"))
    items = [w("att-ad-screenshot", where=case.ad_where or "", date=seen)]
    attach(doc, [*items, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc
