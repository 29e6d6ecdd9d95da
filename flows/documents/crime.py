"""The police statement and the complaint to the prosecutor about the police (law-facts §3)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims
from flows.case import Case, PoliceAnswer
from flows.claims import DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    attach,
    claim_attachments,
    claim_history,
    complaint,
    evidence_items,
    facts,
    sign,
    support_sentence,
)
from flows.documents.parties import violator
from flows.documents.writer import TRAILING, Writer
from flows.law import money
from flows.problems import FraudKind
from flows.texts import Texts

PETTY_THEFT_LIMIT = Decimal(2500)  # КоАП ст. 7.27: up to 2 500 ₽ without aggravation


def _offence(case: Case) -> str:
    """What the police are asked to look into. Deceit (a fake, a vanished seller) is fraud,
    УК ст. 159; a parcel kept by a courier or emptied on the way is theft, whose article the
    fact sheet does not give, so none is named; up to 2 500 ₽ is petty theft (КоАП ст. 7.27)."""
    if money(case.price or 0) <= PETTY_THEFT_LIMIT:
        return "petty"
    if case.fraud_kind in (FraudKind.COURIER_THEFT, FraudKind.EMPTY_PARCEL):
        return "theft"
    return "fraud"


def police(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """What happened to this person, the damage, and a check under УПК ст. 144 (law-facts §3)."""
    w = Writer(texts, case)
    doc = complaint(DocKind.POLICE, "police", case, w)
    doc.add("paragraph", facts(case, w))
    doc.add("paragraph", w("police-damage", amount=w.amount(case.price or Decimal(0))))
    doc.add("paragraph", w("police-seller", seller=violator(case, w)))
    support = support_sentence(case, w)
    if support:
        doc.add("paragraph", support)
    if case.delivery.delivered_on is not None:
        for line in claim_history(case, w, today):
            doc.add("paragraph", line)
    doc.add("paragraph", w("police-request", offence=_offence(case)))
    doc.add("paragraph", w("police-warning"))
    attach(doc, [*claim_attachments(case, w), *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc


def prosecutor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A complaint about the police's refusal or silence (УПК ст. 124, law-facts §3)."""
    w = Writer(texts, case)
    report = case.police
    answer = (report.answer or PoliceAnswer.NO_ANSWER).value
    decided = w.day(report.decided_on) if report.decided_on else ""
    filed = claims.police_filed_on(case)
    doc = complaint(DocKind.PROSECUTOR, "prosecutor", case, w)
    doc.add(
        "paragraph",
        w(
            "prosecutor-filed",
            date=w.day(filed) if filed else "",
            kusp=report.kusp or "none",
            facts=facts(case, w),
        ),
    )
    doc.add(
        "paragraph",
        w(
            "prosecutor-answer",
            answer=answer,
            date=decided,
            omissions=TRAILING.sub("", report.omissions or "") or "none",
        ),
    )
    doc.add("paragraph", w("prosecutor-request", answer=answer, date=decided))
    items = [w("att-police-statement")]
    if report.kusp:
        items.append(w("att-police-ticket", kusp=report.kusp))
    if report.answer is PoliceAnswer.REFUSED_CASE and report.decided_on:
        items.append(w("att-police-decision", date=decided))
    attach(doc, [*items, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc
