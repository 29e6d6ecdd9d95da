"""The engine clears what an answer voids (issue 18 p. 1): a changed answer clears its
question's `clears`, and the answers of questions the case no longer meets go — no setter
writes it by hand."""

from __future__ import annotations

from bot.db import Database
from flows import procedure
from flows.case import Venue
from flows.problems import Demand, ProblemId
from tests.helpers import current, journey_on, stored, walk


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
