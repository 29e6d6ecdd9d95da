"""Documents as blocks: what a claim, a complaint or a lawsuit says, built from the case and
the Russian texts in `locales/ru/documents/`. Renderers (`bot/render/`) only lay the blocks
out, as DOCX or PDF; no legal wording lives anywhere else.

One module per kind of document (`letters`, `rospotrebnadzor`, `lawsuit`, `police`, `fas`,
`appeal`; `replies`, the written replies to a seller's answer) over shared parts (`blocks`,
`writer`, `parties`, `common`). Who gets which demand on
which articles is decided in `flows/claims.py`; every figure (periods, penalties with their
caps, the claim price, the court, the duty) comes from `flows/law.py` and `flows/schedule.py`.
This package only puts them into words, with the person's own facts.
"""

from __future__ import annotations

from datetime import date

from flows.case import Case
from flows.claims import DocKind
from flows.documents.advertising import fas
from flows.documents.blocks import Block, Document, Evidence
from flows.documents.consumer_body import rospotrebnadzor
from flows.documents.crime import police, prosecutor
from flows.documents.letters import claim, claim_chat, claim_letters
from flows.documents.replies import REPLIES, reply_document
from flows.documents.review_appeal import appeal, appeal_short
from flows.documents.suit import lawsuit
from flows.documents.writer import enumerate_items
from flows.problems import Route
from flows.texts import Texts


def for_route(
    route: Route, case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> Document:
    if route is Route.ROSPOTREBNADZOR:
        return rospotrebnadzor(case, evidence, texts, today)
    if route is Route.COURT:
        return lawsuit(case, evidence, texts, today)
    if route is Route.FAS:
        return fas(case, evidence, texts, today)
    if route is Route.PROSECUTOR:
        return prosecutor(case, evidence, texts, today)
    return police(case, evidence, texts, today)


ROUTE_DOCUMENT = {
    Route.ROSPOTREBNADZOR: DocKind.ROSPOTREBNADZOR,
    Route.COURT: DocKind.LAWSUIT,
    Route.FAS: DocKind.FAS,
    Route.PROSECUTOR: DocKind.PROSECUTOR,
    Route.POLICE: DocKind.POLICE,
}


def build(
    kind: DocKind, case: Case, evidence: list[Evidence], texts: Texts, today: date
) -> list[Document]:
    """The documents of one kind for this case (the claim stage may write two letters)."""
    if kind in (DocKind.CLAIM, DocKind.MARKETPLACE_CLAIM):
        letters = claim_letters(case, evidence, texts, today)
        # the whole stage for CLAIM; the marketplace's letter alone when asked for by name
        return letters if kind is DocKind.CLAIM else [d for d in letters if d.kind is kind]
    if kind is DocKind.APPEAL:
        return [appeal(case, evidence, texts, today)]
    if kind in REPLIES:
        # issue 20 p. 2: a written reply to the latest answer of the seller's
        return [reply_document(kind, case, evidence, texts, today)]
    route = next(r for r, k in ROUTE_DOCUMENT.items() if k is kind)
    return [for_route(route, case, evidence, texts, today)]


__all__ = [
    "ROUTE_DOCUMENT",
    "Block",
    "Document",
    "Evidence",
    "appeal",
    "appeal_short",
    "build",
    "claim",
    "claim_chat",
    "claim_letters",
    "enumerate_items",
    "fas",
    "for_route",
    "lawsuit",
    "police",
    "prosecutor",
    "reply_document",
    "rospotrebnadzor",
]
