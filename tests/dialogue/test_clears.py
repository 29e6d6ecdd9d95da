"""The engine clears what an answer voids (issue 18 p. 1): a changed answer clears its
question's `clears`, and the answers of questions the case no longer meets go — no setter
writes it by hand."""

from __future__ import annotations

from typing import Any

import pytest

from bot.db import Database
from flows import procedure
from flows.case import Case, Venue
from flows.problems import Demand, ProblemId
from flows.steps.engine import Spec
from tests.helpers import current, journey_on, stored, walk, walk_seller


async def test_another_demand_clears_the_date_the_old_one_asked(talk, db: Database) -> None:
    me = talk()
    await walk(
        me,
        ProblemId.NOT_DELIVERED,
        "claim_review",
        overrides={"demand": lambda m: m.choose(Demand.NEW_DATE)},
    )
    case = await stored(db)
    assert case.demand is Demand.NEW_DATE
    assert case.new_date is not None
    await me.choose("e.demand")
    await me.choose(Demand.REFUND)
    # the money demand's own questions, then the review again
    await journey_on(me, "claim_review", ProblemId.NOT_DELIVERED)
    case = await stored(db)
    assert case.demand is Demand.REFUND
    assert case.new_date is None
    assert "new_date" not in procedure.sequence(case)


async def test_another_problem_clears_what_only_the_old_one_asked(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.FRAUD, "order_summary")
    case = await stored(db)
    assert case.fraud_kind is not None
    assert case.received_on is not None
    await me.choose("e.problem")
    await me.choose(ProblemId.NOT_DELIVERED)
    assert await current(me) == "promised_on"  # newly needed, asked before the summary
    case = await stored(db)
    assert case.problem is ProblemId.NOT_DELIVERED
    assert case.fraud_kind is None  # asked only about fraud
    assert case.received_on is None  # nothing was received


async def test_another_marketplace_clears_who_sold(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "order_summary")
    case = await stored(db)
    assert case.seller is not None
    assert case.seller.name
    await me.choose("e.marketplace")
    await me.choose("wildberries")
    # the seller is asked again, before the summary
    assert await current(me) == "seller_kind"
    assert (await stored(db)).seller is None
    await journey_on(me, "order_summary")
    assert (await stored(db)).seller is not None


async def test_the_same_answer_again_clears_nothing(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "order_summary")
    seller = (await stored(db)).seller
    await me.choose("e.marketplace")
    await me.choose("ozon")  # as before
    assert await current(me) == "order_summary"
    assert (await stored(db)).seller == seller


async def test_another_venue_clears_the_court_named(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "route_review")
    case = await stored(db)
    assert case.venue is Venue.RESIDENCE
    assert case.court_name
    await me.choose("e.venue")
    await me.choose(Venue.DEFENDANT)
    assert await current(me) == "court_name"  # the court of the new venue, asked again
    case = await stored(db)
    assert case.venue is Venue.DEFENDANT
    assert case.court_name is None


# -- every answer fills only what its table line `stores` ---------------------------------------

# What a step writes besides answers: the case's bookkeeping, the documents' versions, where
# the escalation stands, a profile loaded whole.
BOOKKEEPING = {
    "question",
    "stage",
    "status",
    "closed_at",
    "claim_version",
    "appeal_version",
    "escalations",
    "route_pending",
    "filing",
    "profile_asked",
}


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict) and prefix.count(".") < 2 and prefix not in ("signals.",):
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out |= _flat(inner, f"{prefix}{key}.")
        return out
    return {prefix.rstrip("."): value}


def _written(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    a, b = _flat(before), _flat(after)
    return {path for path in a.keys() | b.keys() if a.get(path) != b.get(path)}


def _allowed(written: str, qid: str, case: Case) -> bool:
    line = procedure.question_of(case, qid)
    mine = {*line.fields, *(f for c in line.clears for f in procedure.stores(c))}
    top = written.split(".")[0]
    return (
        top in BOOKKEEPING
        or top == "signals"
        or any(
            written == f or written.startswith(f + ".") or f.startswith(written + ".") for f in mine
        )
    )


@pytest.mark.parametrize(
    ("problem", "until", "route"),
    [
        (ProblemId.DEFECTIVE, "filed_on", "court"),
        (ProblemId.NOT_DELIVERED, "route", "court"),
        (ProblemId.FRAUD, "filed_on", "police"),
        (ProblemId.FRAUD, "filed_on", "prosecutor"),
        (ProblemId.MISLEADING_AD, "filed_on", "fas"),
        (ProblemId.REFUND, "route", "court"),
        (ProblemId.RETURN, "route", "court"),
    ],
)
async def test_an_answer_fills_only_what_its_line_stores(
    talk, monkeypatch: pytest.MonkeyPatch, problem: ProblemId, until: str, route: str
) -> None:
    """So `void` knows every answer: an `apply` writing a field its table line does not
    declare would leave that field behind when the question leaves the sequence."""
    strays: list[tuple[str, str]] = []
    store = Spec.store

    async def watched(spec: Spec, ctx: Any, value: Any) -> Any:
        before = ctx.case.model_dump()
        outcome = await store(spec, ctx, value)
        for path in _written(before, ctx.case.model_dump()):
            if not _allowed(path, spec.qid, ctx.case):
                strays.append((spec.qid, path))
        return outcome

    monkeypatch.setattr(Spec, "store", watched)
    me = talk()
    await walk(me, problem, until, overrides={"route": lambda m: m.choose(route)})
    assert strays == []


async def test_a_sellers_answer_fills_only_what_its_line_stores(
    talk, monkeypatch: pytest.MonkeyPatch
) -> None:
    strays: list[tuple[str, str]] = []
    store = Spec.store

    async def watched(spec: Spec, ctx: Any, value: Any) -> Any:
        before = ctx.case.model_dump()
        outcome = await store(spec, ctx, value)
        for path in _written(before, ctx.case.model_dump()):
            if not _allowed(path, spec.qid, ctx.case):
                strays.append((spec.qid, path))
        return outcome

    monkeypatch.setattr(Spec, "store", watched)
    me = talk()
    await walk_seller(me, "appeal_ticket")
    assert strays == []
