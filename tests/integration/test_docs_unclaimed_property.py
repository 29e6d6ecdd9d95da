"""Issue 21, over generated cases (every problem, demand, seller, answer and date the document
properties draw): a claim letter returned unclaimed or refused is never said to be handed over
in any document, no document lists a notice of delivery for it, and every document that tells
its delivery names ГК ст. 165.1 (law-facts §5 «Counting» [S62]); a letter delivered is told as
before, the post's tracking report aside."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import claims
from flows.case import ClaimDelivery
from flows.claims import DocKind
from flows.documents import Document
from flows.documents.replies import REPLIES
from flows.schedule import Standing, demand_status
from flows.tracking import Unclaimed
from tests.depth import examples
from tests.integration.test_documents_properties import Drawn, built, cases

# «вручен…» is still true of the marketplace's own demand (delivered in its chat): the lines
# about the aggregator's owner are its, never the claim's
_OF_THE_MARKETPLACE = re.compile(r"агрегатор", re.IGNORECASE)
_NOTICE_OF_DELIVERY = re.compile(r"уведомлени\w* о вручении", re.IGNORECASE)
# documents that tell how the claim reached the seller (the claim letters themselves do not)
TELLING = {DocKind.LAWSUIT, DocKind.ROSPOTREBNADZOR, DocKind.POLICE, *REPLIES}


def _lines(doc: Document) -> list[str]:
    return [" ".join(line.replace("\u00a0", " ").split()) for line in doc.text().splitlines()]


def _flat(doc: Document) -> str:
    return doc.text().replace("\u00a0", " ")


def _tells_the_claim(drawn: Drawn, doc: Document) -> bool:
    """The document has the claim's line: not only «направляется» (its period not started)."""
    case, today = drawn
    status = demand_status(case, claims.main_letter(case), today)
    return doc.kind in TELLING and status.standing not in (Standing.UNSENT, Standing.NOTHING_DUE)


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(drawn=cases(), why=st.sampled_from(list(Unclaimed)), number=st.booleans())
def test_a_letter_returned_unclaimed_is_never_вручена(
    drawn: Drawn, why: Unclaimed, number: bool
) -> None:
    case, today = drawn
    # a letter the post returned always has the day it was returned
    delivered = case.delivery.delivered_on or today
    case.delivery = ClaimDelivery(
        method="post",
        delivered_on=delivered,
        tracking="14001293402154" if number else None,
        unclaimed=why,
        by_post=True,
    )
    for doc in built(case, today):
        lines = _lines(doc)
        for line in lines:
            assert not _NOTICE_OF_DELIVERY.search(line), (doc.kind, line)
            if "вручен" in line:
                assert _OF_THE_MARKETPLACE.search(line), (doc.kind, line)
        if _tells_the_claim(drawn, doc):
            text = " ".join(lines)
            assert "165.1 ГК РФ" in text, (doc.kind, text)
            assert "письмо возвращено отправителю" in text, (doc.kind, text)


@settings(
    max_examples=examples(100),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(drawn=cases())
def test_a_letter_delivered_is_told_as_before_its_tracking_report_aside(drawn: Drawn) -> None:
    case, today = drawn
    typed = [_flat(d) for d in built(case, today)]
    case.delivery = case.delivery.model_copy(update={"tracking": "14001293402154", "by_post": True})
    tracked = [_flat(d) for d in built(case, today)]
    old = "Опись вложения, кассовый чек и уведомление о вручении заказного письма"
    new = (
        "Опись вложения, кассовый чек, уведомление о вручении заказного письма и отчёт об "
        "отслеживании почтового отправления № 14001293402154"
    )
    assert [t.replace(new, old) for t in tracked] == typed
    assert not any("165.1" in t for t in tracked)
