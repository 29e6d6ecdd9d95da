"""The complaint to the FAS about an advertisement (law-facts §3 FAS).

Who is who (38-ФЗ ст. 3): the advertiser is whoever the ad's «Реклама» label (erid) names, or,
with no label, the seller of the goods; the distributor is whoever published it — the platform
only for a banner or a promoted block in its own app, otherwise the channel, site or blogger
the person named. A product card is not an ad: no complaint is written for it."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from flows import claims, marketplaces
from flows.case import Case
from flows.claims import Addressee, DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import attach, complaint, evidence_items, sign
from flows.documents.parties import marketplace_lines, one_line, recipient, where_bought
from flows.documents.writer import TRAILING, Writer, enumerate_items
from flows.problems import PLATFORM_ADS, Route
from flows.texts import Texts


def refuse_fas(case: Case) -> None:
    """No FAS complaint for what is not an advertisement (a product card, search results) or
    for a case with nothing to escalate (law-facts §3 FAS)."""
    if Route.FAS not in claims.routes(case):
        raise ValueError("no FAS complaint: the case has no advertisement to complain about")


# «Реклама. ООО «…», ИНН …, erid: …» copied whole: the label's own word is not the name
_LABEL_WORD = re.compile(r"^\s*реклама\s*[.:,—-]?\s*", re.IGNORECASE)


def _advertiser(named: str) -> str:
    return TRAILING.sub("", _LABEL_WORD.sub("", named)) or TRAILING.sub("", named)


def _seller(case: Case, w: Writer) -> str:
    return one_line(recipient(case, Addressee.SELLER, w)[:2], w)


def _platform(case: Case, w: Writer) -> str:
    """Who published a banner or a promoted block: the platform's owner, or the shop itself
    on its own site."""
    if marketplaces.get(case.marketplace or "other").legal.known:
        return one_line(marketplace_lines(case, w, caveat=False)[:2], w)
    return _seller(case, w)


def parties(case: Case, w: Writer) -> list[str]:
    """The advertiser and the distributor, each as the person's facts show them."""
    if case.ad_unlabelled or not case.ad_advertiser:
        advertiser = w("fas-advertiser-seller", seller=_seller(case, w))
    else:
        advertiser = w("fas-advertiser-label", advertiser=_advertiser(case.ad_advertiser))
    if case.ad_kind in PLATFORM_ADS:
        distributor = w("fas-distributor-platform", platform=_platform(case, w))
    else:
        distributor = w(
            "fas-distributor-named", distributor=TRAILING.sub("", case.ad_distributor or "")
        )
    out = [advertiser, distributor]
    if case.ad_advertiser and not case.ad_unlabelled:
        out.append(w("fas-seller", seller=_seller(case, w)))
    return out


def fas(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """The advertisement itself — what it was, where, when, what it said — who is who, the rule
    it breaks (38-ФЗ ст. 5 ч. 3, ст. 38) and what the FAS is asked to do (ст. 33, КоАП 14.3)."""
    refuse_fas(case)
    w = Writer(texts, case)
    seen = w.day(case.ad_seen_on) if case.ad_seen_on else ""
    doc = complaint(DocKind.FAS, "fas", case, w)
    doc.add(
        "paragraph",
        w(
            "fas-ad",
            date=seen,
            kind=case.ad_kind.value if case.ad_kind else "banner",
            where=TRAILING.sub("", case.ad_where or ""),
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
    for line in parties(case, w):
        doc.add("paragraph", line)
    doc.add("paragraph", w("fas-breach"))
    doc.add("paragraph", w("fas-liability"))
    doc.add("paragraph", w("fas-request-label"))
    requests = ("fas-request-case", "fas-request-order", "fas-request-fine", "fas-request-answer")
    doc.add("list", lines=enumerate_items(w(key) for key in requests))
    items = [w("att-ad-screenshot", where=TRAILING.sub("", case.ad_where or ""), date=seen)]
    attach(doc, [*items, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc
