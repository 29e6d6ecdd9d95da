"""What came of a closed case (issue 20 p. 4): whether to ask, how long it took, and which
note about the person's own periods goes with each answer.

The notes say only what law-facts supports (their .ftl comments name the items); where the
sheet is silent — a repair's effect on the warranty, a replacement's own new warranty — the
bot says nothing of it."""

from __future__ import annotations

from datetime import date

from flows.case import Case, CaseOutcome, Path, Status


def asked(case: Case) -> bool:
    """The question fits a buyer's closed case whose outcome is not known yet. A seller's
    appeal against a review has no money or goods to ask about."""
    return case.path is Path.BUYER and case.status is not Status.OPEN and case.outcome is None


def began(case: Case) -> date:
    """Where "how long it took" starts: the claim's delivery (the seller's clock), or, before
    any claim, the day the case was started."""
    return case.delivery.delivered_on or case.created_at.date()


def took(case: Case) -> int | None:
    """Whole days from `began` to the close; None while the case is open."""
    if case.closed_at is None or case.status is Status.OPEN:
        return None
    return max(0, (case.closed_at.date() - began(case)).days)


def counted_from(case: Case) -> str:
    """Which start `took` counted from, for the words: «claim» or «start»."""
    return "claim" if case.delivery.delivered_on is not None else "start"


# The note for each outcome: a locale key in casefile.ftl (its comment names the fact-sheet item)
MEANING: dict[CaseOutcome, str] = {
    CaseOutcome.PAID_FULL: "outcome-means-paid_full",
    CaseOutcome.PAID_PART: "outcome-means-paid_part",
    CaseOutcome.REPLACED: "outcome-means-replaced",
    CaseOutcome.NOTHING: "outcome-means-nothing",
}
