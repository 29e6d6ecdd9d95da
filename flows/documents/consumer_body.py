"""The complaint to Rospotrebnadzor (law-facts §3): a warning, an administrative case for
deceit; never money."""

from __future__ import annotations

from datetime import date

from flows import claims
from flows.case import Case
from flows.claims import DocKind
from flows.documents.blocks import Document, Evidence
from flows.documents.common import (
    attach,
    claim_attachments,
    claim_history,
    complaint,
    evidence_items,
    facts,
    marketplace_demand_attachment,
    refuse_routes,
    sign,
)
from flows.documents.letters import return_how
from flows.documents.parties import violator
from flows.documents.writer import Writer
from flows.law import ARTICLES
from flows.problems import ProblemId
from flows.schedule import demand_status
from flows.texts import Texts


def rospotrebnadzor(case: Case, evidence: list[Evidence], texts: Texts, today: date) -> Document:
    """A complaint that asks for what the body can do: a warning (248-ФЗ ст. 49) and, for
    deceit, an administrative case (КоАП 14.7); never money (law-facts §3)."""
    w = Writer(texts, case)
    doc = complaint(DocKind.ROSPOTREBNADZOR, "rpn", case, w)
    refuse_routes(case)
    doc.add("paragraph", violator(case, w))
    doc.add("paragraph", facts(case, w))
    for line in claim_history(case, w, today):
        doc.add("paragraph", line)
    # the rights the claim letters rest on, as consumer law gives them — never УПК or ГК
    rights = [a for letter in claims.letters(case) for a in letter.basis]
    consumer = [a for a in dict.fromkeys(rights) if ARTICLES[a].law == "zozpp"]
    if case.problem is ProblemId.RETURN and claims.only_in_store(case):
        # КС РФ 7-П: what the shop answered and how the item was sent
        for line in return_how(case, w):
            if line != w("claim-return-how"):
                doc.add("paragraph", line)
    standing = demand_status(case, claims.main_letter(case), today).standing
    doc.add("paragraph", w("rpn-breach", articles=w.articles(consumer), state=standing.value))
    deceit = case.problem is ProblemId.MISLEADING_AD or (
        case.problem is ProblemId.FRAUD and claims.handed_over(case)
    )
    doc.add(
        "paragraph",
        w(
            "rpn-request",
            warning=w.articles(["fz248-49"]),
            deceit="yes" if deceit else "no",
            both="yes"
            if claims.marketplace_refunds(case) or claims.aggregator_cosigned(case)
            else "no",
        ),
    )
    if claims.only_in_store(case):
        doc.add("paragraph", w("rpn-only-store"))
    extra = [marketplace_demand_attachment(case, w)] if claims.marketplace_refunds(case) else []
    attach(doc, [*claim_attachments(case, w, today), *extra, *evidence_items(evidence, w)], w)
    sign(doc, case, today, w)
    return doc
