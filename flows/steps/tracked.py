"""A followed letter's news becomes the case's facts (issue 21).

The tracker (`bot/tracking.py`) asks Russian Post about each letter once a day and hands every
reading here. What a reading means for the case is decided in one place:

- the claim's letter delivered → its day is the claim's delivery day, the seller's period, its
  reminder and the penalty run from it (law-facts §5 «Counting» [S62]); a day the person typed
  is never overwritten: the news names both, and the person may correct theirs;
- returned unclaimed or refused → the same, as a deemed delivery on the day it was sent back
  (ГК ст. 165.1, Пленум № 25 п. 67 [S62]), and the documents say so (`ClaimDelivery.unclaimed`);
- waiting at the post office, returned for another reason, lost, unknown for days → told once.

A state is logged once (one event per change, not per poll) and told once (`PostLetter.told`).
"""

from __future__ import annotations

from datetime import date, timedelta

from flows import procedure
from flows.case import Case, DeliveryMethod, PostLetter, Status
from flows.ports import TrackedLetter, TrackingHandler
from flows.schedule import seller_deadline
from flows.steps.engine import Ctx
from flows.steps.services import Services
from flows.tracking import FINAL, LetterState, Purpose, Reading, post_day

# the post often knows a number only a day or two after the letter is accepted
UNKNOWN_PATIENCE = timedelta(days=5)
# what the person hears of: a letter on its way is no news
TOLD = frozenset(
    {
        LetterState.ARRIVED,
        LetterState.DELIVERED,
        LetterState.UNCLAIMED,
        LetterState.RETURNED,
        LetterState.LOST,
        LetterState.UNKNOWN,
    }
)


def letter_of(case: Case, purpose: Purpose) -> PostLetter | None:
    return next((letter for letter in case.letters if letter.purpose is purpose), None)


def followed(ctx: Ctx, purpose: Purpose) -> bool:
    """Whether the post is asked about this letter of the case."""
    return ctx.turn.services.letters.enabled and letter_of(ctx.case, purpose) is not None


async def follow(
    services: Services, case: Case, chat_id: int, purpose: Purpose, number: str, today: date
) -> bool:
    """Follow a letter by its (checked) number when tracking is on; a new number for the same
    letter starts afresh, the same number changes nothing. False when the operator has not
    enabled tracking. The claim's number is also the one its documents and reminders name."""
    if purpose is Purpose.CLAIM:
        case.delivery.tracking, case.delivery.tracking_skipped = number, False
    if not services.letters.enabled:
        return False
    known = letter_of(case, purpose)
    if known is not None and known.number == number:
        return True
    case.letters = [x for x in case.letters if x.purpose is not purpose]
    case.letters.append(PostLetter(purpose=purpose, number=number, added_on=today))
    await services.letters.follow(case.id, chat_id, purpose, number)
    return True


def _changed(letter: PostLetter, reading: Reading) -> bool:
    return (letter.state, letter.on, letter.arrived_on, letter.unclaimed) != (
        reading.state,
        reading.on,
        reading.arrived_on,
        reading.unclaimed,
    )


def make_tracking_handler(services: Services) -> TrackingHandler:
    """The tracker's `handle`: the reading stored on the case, its consequences, the news."""

    async def handle(row: TrackedLetter, reading: Reading) -> bool:
        case = await services.cases.get(row.case_id, row.chat_id)
        if case is None:
            return True  # the case is gone: nothing to follow for
        if case.status is not Status.OPEN:
            return False  # closed since it was picked: kept, followed again if it reopens
        letter = letter_of(case, row.purpose)
        if letter is None or letter.number != row.number:
            return True  # the person gave another number since: the old one is not followed
        now = services.clock.now()
        if reading.on is not None and reading.on > post_day(now):
            # a day not yet come on the post's (Moscow) day — the tracker reads histories as
            # of that day (`read(until=)`); this keeps any other caller to the same rule
            return False
        if _changed(letter, reading):
            letter.state, letter.on = reading.state, reading.on
            letter.arrived_on, letter.unclaimed = reading.arrived_on, reading.unclaimed
            await services.cases.log(
                case.id,
                now,
                "letter",
                purpose=row.purpose.value,
                state=reading.state.value,
                on=reading.on.isoformat() if reading.on else None,
                unclaimed=reading.unclaimed.value if reading.unclaimed else None,
            )
            if row.purpose is Purpose.CLAIM:
                await _claim_counted(services, case, row.chat_id, reading)
        if _tell(letter, now.date()):
            letter.told.append(letter.state)
            await services.reminders.letter_news(case, row.chat_id, row.purpose)
        await services.cases.save(case, now)
        return reading.state in FINAL

    return handle


def _tell(letter: PostLetter, today: date) -> bool:
    """Told once per state; an unknown number only after some days (the post is slow to
    register a letter), a letter on its way never."""
    if letter.state not in TOLD or letter.state in letter.told:
        return False
    if letter.state is LetterState.UNKNOWN:
        return today - letter.added_on >= UNKNOWN_PATIENCE
    return True


async def _claim_counted(services: Services, case: Case, chat_id: int, reading: Reading) -> None:
    """The claim's delivery day from the post. A delivery day the person gave stands when the
    post too says handed over (they may hold a notice with another date: the news names both);
    otherwise — handed over against returned, the reverse, or a return on another day or for
    another reason — the post's record replaces it, since the documents must state what
    happened (review of issue 21, B2; re-check N1)."""
    delivery = case.delivery
    if delivery.method not in (None, DeliveryMethod.POST):
        return  # the claim reached them another way (the chat, by hand): that day stands
    if reading.accepted_on is not None:  # the day the post took it in: when it was sent
        delivery.sent_on = reading.accepted_on
    if reading.state not in (LetterState.DELIVERED, LetterState.UNCLAIMED) or reading.on is None:
        return
    said = reading.unclaimed if reading.state is LetterState.UNCLAIMED else None
    if delivery.delivered_on is not None:
        if delivery.unclaimed is None and said is None:
            return  # both say handed over: their day stands (they may hold a notice with it)
        if (delivery.delivered_on, delivery.unclaimed) == (reading.on, said):
            return
        # they disagree on what happened, or on a return's day or reason: a return is known
        # only from the post's record, and the documents must state it (re-check, N1)
        letter = letter_of(case, Purpose.CLAIM)
        if letter is not None:
            letter.replaced = delivery.delivered_on
    delivery.delivered_on, delivery.unclaimed, delivery.by_post = reading.on, said, True
    if case.question == "delivered_on":  # the person was waiting at this question: move on
        case.question = procedure.next_question(case, "delivered_on")
    period = seller_deadline(case)
    if period is None:
        return
    now = services.clock.now()
    await services.cases.log(case.id, now, "claim_delivered", due=period.due.isoformat())
    await services.reminders.seller_deadline(case, chat_id, period)
