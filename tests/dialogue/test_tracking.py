"""Issue 21 in the conversation: the claim's tracking number checked as it is typed, the letter
returned unclaimed told by hand (ГК ст. 165.1), the tracker's readings turned into the case's
facts and one message each, and /track for the later letters.

The tracker itself (quota, days, instances) has its own tests; here it is a fake that records
what the dialogue asked it to follow, and readings are handed to the real handler directly."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import pytest
from aiogram import Dispatcher

from bot.db import Database
from flows.case import Case, DeliveryMethod, Unclaimed
from flows.ports import TrackedLetter
from flows.problems import ProblemId
from flows.schedule import ReminderKind, seller_deadline
from flows.steps.commands.remind import make_composer
from flows.steps.tracked import make_tracking_handler
from flows.tracking import LetterState, Purpose, Reading, domestic_check_digit
from tests.helpers import START, Talk, current, stored, walk

NUMBER = "8008001234567" + str(domestic_check_digit("8008001234567"))
WRONG = NUMBER[:-1] + str((int(NUMBER[-1]) + 1) % 10)


@dataclass
class FakeTracker:
    """What the dialogue asked to follow; `enabled` as the operator configured."""

    enabled: bool = True
    followed: list[tuple[int, Purpose, str]] = field(default_factory=list)

    async def follow(self, case_id: int, chat_id: int, purpose: Purpose, number: str) -> None:
        self.followed.append((case_id, purpose, number))


@pytest.fixture
def tracker(dp: Dispatcher) -> FakeTracker:
    fake = FakeTracker()
    dp["services"] = replace(dp["services"], letters=fake)
    return fake


async def _at_tracking(me: Talk) -> None:
    await walk(me, ProblemId.DEFECTIVE, "tracking")


async def _pending(db: Database, kind: str) -> list[dict]:
    rows = await db.fetchall(
        "SELECT payload FROM reminders WHERE kind = ? AND status = 'pending' ORDER BY id", (kind,)
    )
    return [json.loads(r["payload"]) for r in rows]


# -- the number, checked as it is typed ---------------------------------------------------------


async def test_a_wrong_last_digit_is_refused_and_the_right_number_followed(
    talk, db: Database, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    await _at_tracking(me)
    assert "сам проверять письмо" in me.last  # tracking is on: the bot says it follows
    await me.say(WRONG)
    assert me.said[-2] == await me.text("err-tracking-check-digit")
    assert await current(me) == "tracking"
    assert tracker.followed == []
    # spaces and Arabic-Indic digits, as a phone keyboard may give them
    spaced = " ".join([NUMBER[:6], NUMBER[6:8], NUMBER[8:13], NUMBER[13]])
    arabic = spaced.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    await me.say(arabic)
    assert await current(me) == "delivered_on"
    case = await stored(db)
    assert case.delivery.tracking == NUMBER
    assert [(p, n) for _, p, n in tracker.followed] == [(Purpose.CLAIM, NUMBER)]
    assert case.letters[0].purpose is Purpose.CLAIM
    assert case.letters[0].number == NUMBER
    assert "слежу за письмом" in me.last.lower()


async def test_not_a_number_gets_its_own_word(talk, tracker: FakeTracker) -> None:
    me: Talk = talk()
    await _at_tracking(me)
    await me.say("1234")
    assert me.said[-2] == await me.text("err-tracking-shape")
    assert await current(me) == "tracking"


async def test_without_the_settings_the_date_is_asked_as_before(talk, db: Database) -> None:
    me: Talk = talk(language="en")
    await _at_tracking(me)
    assert "With it you can check" in me.last  # the bot does not promise to follow
    await me.say(WRONG)  # the check digit is checked all the same
    assert me.said[-2] == await me.text("err-tracking-check-digit")
    await me.say(NUMBER)
    assert await current(me) == "delivered_on"
    assert "I'm following" not in me.last
    await me.tap_key("btn-letter-not-yet")
    said = "\n".join(me.said[-3:])
    assert await me.text("letter-not-yet") in said
    assert await me.text("letter-not-yet-followed") not in said
    case = await stored(db)
    assert case.letters == []  # nothing followed: nobody would ever read it


# -- returned unclaimed, told by hand ----------------------------------------------------------


async def test_a_letter_sent_back_counts_from_the_return_and_says_so(talk, db: Database) -> None:
    me: Talk = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivered_on")
    await me.tap_key("btn-letter-unclaimed")
    assert await current(me) == "delivered_on"
    assert "ст. 165.1 ГК РФ" in me.last
    assert "Возврат" in me.last
    await me.tap_key("btn-letter-handed")  # pressed by mistake: back to an ordinary delivery
    assert (await stored(db)).delivery.unclaimed is None
    await me.tap_key("btn-letter-refused")
    assert "отказа продавца" in me.last
    await me.say("20.11.2026")
    case = await stored(db)
    assert case.delivery.delivered_on == date(2026, 11, 20)
    assert case.delivery.unclaimed is Unclaimed.REFUSED
    assert case.delivery.by_post is False
    assert await current(me) == "awaiting_answer"
    assert await _pending(db, ReminderKind.SELLER_DEADLINE)  # the period runs from the return


# -- the tracker's readings --------------------------------------------------------------------


async def _followed_claim(me: Talk, db: Database, dp: Dispatcher) -> TrackedLetter:
    await _at_tracking(me)
    await me.say(NUMBER)
    await me.tap_key("btn-letter-not-yet")
    case = await stored(db)
    dp["services"].clock.advance(timedelta(days=4))  # 25.11.2026: the readings below are past
    return TrackedLetter(case.id, me.chat.id, Purpose.CLAIM, NUMBER)


async def _person_said(dp: Dispatcher, db: Database, **delivery: object) -> Case:
    """The person's own word on the claim's delivery, stored as their answers would store it."""
    case = await stored(db)
    for field_name, value in delivery.items():
        setattr(case.delivery, field_name, value)
    await dp["services"].cases.save(case, dp["services"].clock.now())
    return case


@dataclass(frozen=True)
class Due:
    case_id: int
    chat_id: int
    kind: ReminderKind
    payload: dict


async def _news(dp: Dispatcher, db: Database) -> list[tuple[str, list[str]]]:
    """The LETTER_NEWS rows as the scheduler would send them: text and button labels."""
    rows = await db.fetchall(
        "SELECT id, case_id, chat_id, kind, payload FROM reminders"
        " WHERE kind = 'letter_news' AND status = 'pending' ORDER BY id"
    )
    compose = make_composer(dp["services"], "ru")
    out = []
    for r in rows:
        row = Due(r["case_id"], r["chat_id"], ReminderKind(r["kind"]), json.loads(r["payload"]))
        composed = await compose(row)
        assert composed is not None
        text, markup = composed
        out.append((text, [b.text for row in markup.inline_keyboard for b in row]))
    return out


async def test_delivered_starts_the_sellers_clock_once(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    handle = make_tracking_handler(dp["services"])
    on = date(2026, 11, 23)
    moving = Reading(LetterState.MOVING, date(2026, 11, 21), accepted_on=date(2026, 11, 20))
    assert await handle(letter, moving) is False
    assert (await stored(db)).delivery.sent_on == date(2026, 11, 20)  # the post took it in
    assert await _news(dp, db) == []  # a letter on its way is no news
    assert await handle(letter, Reading(LetterState.DELIVERED, on, on - timedelta(days=1)))
    case = await stored(db)
    assert case.delivery.delivered_on == on
    assert case.delivery.by_post
    assert case.delivery.unclaimed is None
    assert case.question == "awaiting_answer"  # the person waited at the date: moved on
    period = seller_deadline(case)
    assert period is not None
    [due] = await _pending(db, ReminderKind.SELLER_DEADLINE)
    assert due["due"] == period.due.isoformat()
    [(text, buttons)] = await _news(dp, db)
    assert "вручено продавцу 23.11.2026" in text
    assert period.due.strftime("%d.%m.%Y") in text
    assert buttons == ["✏️ Исправить дату", "📂 Открыть дело"]
    # the same reading again: no second event, no second message
    await handle(letter, Reading(LetterState.DELIVERED, on, on - timedelta(days=1)))
    events = await db.fetchall("SELECT kind FROM events WHERE kind = 'letter'")
    assert len(events) == 2  # moving, delivered
    assert len(await _news(dp, db)) == 1


async def test_returned_unclaimed_is_a_deemed_delivery_on_the_return_day(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    handle = make_tracking_handler(dp["services"])
    arrived, back = date(2026, 11, 23), date(2026, 12, 24)
    assert await handle(letter, Reading(LetterState.UNCLAIMED, back, arrived)) is False
    assert (await stored(db)).letters[0].state is LetterState.UNKNOWN  # a day not yet come
    await handle(letter, Reading(LetterState.ARRIVED, arrived, arrived))
    [(text, _)] = await _news(dp, db)
    assert "ждёт адресата в отделении" in text
    assert "ст. 165.1 ГК РФ" in text
    assert (await stored(db)).delivery.delivered_on is None  # waiting is not delivered
    dp["services"].clock.advance(timedelta(days=30))
    done = await handle(letter, Reading(LetterState.UNCLAIMED, back, arrived, Unclaimed.STORAGE))
    assert done
    case = await stored(db)
    assert case.delivery.delivered_on == back
    assert case.delivery.unclaimed is Unclaimed.STORAGE
    news = await _news(dp, db)
    assert any("истёк срок хранения" in t and "ст. 165.1 ГК РФ" in t for t, _ in news)


async def test_the_persons_own_date_stands_and_the_news_names_both(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    await me.say("/cases")  # back into the case, then the date by hand
    await _person_said(dp, db, delivered_on=date(2026, 11, 22))
    handle = make_tracking_handler(dp["services"])
    await handle(letter, Reading(LetterState.DELIVERED, date(2026, 11, 24)))
    assert (await stored(db)).delivery.delivered_on == date(2026, 11, 22)
    [(text, buttons)] = await _news(dp, db)
    assert "24.11.2026" in text
    assert "22.11.2026" in text
    assert "✏️ Исправить дату" in buttons


async def test_returned_for_another_reason_starts_nothing(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    handle = make_tracking_handler(dp["services"])
    assert await handle(letter, Reading(LetterState.RETURNED, date(2026, 11, 25)))
    case = await stored(db)
    assert case.delivery.delivered_on is None
    assert await _pending(db, ReminderKind.SELLER_DEADLINE) == []
    [(text, _)] = await _news(dp, db)
    assert "не считаю доставкой" in text


async def test_an_unknown_number_is_told_after_some_days_only(
    talk, db: Database, dp: Dispatcher, clock, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    handle = make_tracking_handler(dp["services"])
    await handle(letter, Reading(LetterState.UNKNOWN))
    assert await _news(dp, db) == []
    clock.advance(timedelta(days=5))
    await handle(letter, Reading(LetterState.UNKNOWN))
    [(text, _)] = await _news(dp, db)
    assert NUMBER in text
    assert "/track" in text
    clock.advance(timedelta(days=1))
    await handle(letter, Reading(LetterState.UNKNOWN))
    assert len(await _news(dp, db)) == 1


async def test_an_old_number_or_a_closed_case_is_dropped(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    handle = make_tracking_handler(dp["services"])
    stale = replace(letter, number=WRONG)
    assert await handle(stale, Reading(LetterState.DELIVERED, date(2026, 11, 23)))
    assert (await stored(db)).delivery.delivered_on is None
    other = replace(letter, chat_id=4242)  # never another person's case
    assert await handle(other, Reading(LetterState.DELIVERED, date(2026, 11, 23)))
    assert (await stored(db)).delivery.delivered_on is None


# -- /track: the later letters -----------------------------------------------------------------


async def test_track_follows_a_later_letter(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    await _at_tracking(me)
    await me.tap_key("btn-skip")
    await me.say("/track " + WRONG)
    assert me.last == await me.text("err-tracking-check-digit")
    await me.say("/track")
    assert me.last == await me.text("track-usage")
    await me.say("/track " + NUMBER)
    assert "Какое это письмо" in me.last
    assert me.buttons == ["✉️ Претензия продавцу"]  # no lawsuit nor complaint made yet
    await me.tap("Претензия")
    assert NUMBER in me.last
    case = await stored(db)
    assert case.delivery.tracking == NUMBER
    assert [(p, n) for _, p, n in tracker.followed] == [(Purpose.CLAIM, NUMBER)]


async def test_track_says_when_tracking_is_off(talk) -> None:
    me: Talk = talk()
    await me.say("/track " + NUMBER)
    assert me.last == await me.text("track-off")


def test_the_delivery_method_of_the_walk_is_the_post() -> None:
    """The walks above rely on the canned answers sending the claim by post."""
    from tests.helpers import CHOSEN

    assert CHOSEN["delivery_method"] == DeliveryMethod.POST.value


async def test_a_return_the_person_took_for_a_delivery_is_what_the_documents_say(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    """Review of issue 21, B2: the person typed a delivery date; the post says the letter came
    back unclaimed. The documents must not say «вручена»: the post's record replaces it."""
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    await _person_said(dp, db, delivered_on=date(2026, 11, 24))
    dp["services"].clock.advance(timedelta(days=30))
    handle = make_tracking_handler(dp["services"])
    back = date(2026, 12, 20)
    await handle(letter, Reading(LetterState.UNCLAIMED, back, None, Unclaimed.STORAGE))
    case = await stored(db)
    assert case.delivery.delivered_on == back
    assert case.delivery.unclaimed is Unclaimed.STORAGE
    assert case.delivery.by_post
    assert case.letters[0].replaced == date(2026, 11, 24)
    [due] = await _pending(db, ReminderKind.SELLER_DEADLINE)
    period = seller_deadline(case)
    assert period is not None
    assert due["due"] == period.due.isoformat()
    [(text, _)] = await _news(dp, db)
    assert "Вы указали другое (24.11.2026)" in text
    assert "не вручено: 20.12.2026" in text


async def test_a_delivery_the_person_took_for_a_return_is_corrected_too(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    await _person_said(dp, db, delivered_on=date(2026, 11, 24), unclaimed=Unclaimed.REFUSED)
    handle = make_tracking_handler(dp["services"])
    await handle(letter, Reading(LetterState.DELIVERED, date(2026, 11, 23)))
    case = await stored(db)
    assert case.delivery.delivered_on == date(2026, 11, 23)
    assert case.delivery.unclaimed is None
    [(text, _)] = await _news(dp, db)
    assert "вручено продавцу 23.11.2026" in text
    assert "Вы указали другое (24.11.2026)" in text


def test_an_answer_may_predate_the_return_of_an_unclaimed_claim() -> None:
    """Review of issue 21, M5: the return day is the latest the claim could reach the seller;
    an answer dated before it is not refused."""
    from types import SimpleNamespace

    from flows.case import Case, ClaimDelivery, Path
    from flows.steps.stages.answer import _earliest

    def ctx(delivery: ClaimDelivery) -> SimpleNamespace:
        case = Case(owner_id=1, created_at=START, path=Path.BUYER, delivery=delivery)
        return SimpleNamespace(case=case)

    day = date(2026, 12, 20)
    assert _earliest(ctx(ClaimDelivery(delivered_on=day))) == day  # type: ignore[arg-type]
    unclaimed = ClaimDelivery(delivered_on=day, unclaimed=Unclaimed.STORAGE)
    assert _earliest(ctx(unclaimed)) is None  # type: ignore[arg-type]


async def test_a_claim_given_in_the_chat_keeps_its_day(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    """A claim sent in the support chat took effect that day; a letter sent besides does not
    move it, and /track does not offer the claim as a letter."""
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    await _person_said(dp, db, method=DeliveryMethod.CHAT, delivered_on=date(2026, 11, 21))
    handle = make_tracking_handler(dp["services"])
    await handle(
        letter, Reading(LetterState.UNCLAIMED, date(2026, 11, 24), None, Unclaimed.STORAGE)
    )
    case = await stored(db)
    assert case.delivery.delivered_on == date(2026, 11, 21)
    assert case.delivery.unclaimed is None
    from flows.steps.commands.track import purposes

    assert Purpose.CLAIM not in purposes(case)


async def test_a_return_is_told_as_the_post_records_it(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    """Re-check N1: the person marked a return (refused, 18.11); the post says storage ran out
    on 24.11. A return is known only from the post: its day and reason replace the person's."""
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    await _person_said(dp, db, delivered_on=date(2026, 11, 18), unclaimed=Unclaimed.REFUSED)
    handle = make_tracking_handler(dp["services"])
    back = Reading(LetterState.UNCLAIMED, date(2026, 11, 24), None, Unclaimed.STORAGE)
    await handle(letter, back)
    case = await stored(db)
    assert case.delivery.delivered_on == date(2026, 11, 24)
    assert case.delivery.unclaimed is Unclaimed.STORAGE
    [(text, _)] = await _news(dp, db)
    assert "Вы указали другое (18.11.2026)" in text
    assert "⚠️" not in text  # no document stated the delivery yet


async def test_documents_made_before_a_correction_are_called_back(
    talk, db: Database, dp: Dispatcher, tracker: FakeTracker
) -> None:
    """Re-check N2: a complaint was made saying «вручена 22.11»; the post then reports a
    return: the news says the earlier documents are wrong now and what to do if filed."""
    me: Talk = talk()
    letter = await _followed_claim(me, db, dp)
    case = await _person_said(dp, db, delivered_on=date(2026, 11, 22))
    await db.execute(
        "INSERT INTO documents (case_id, kind, version, sha256, created_at)"
        " VALUES (?, 'rospotrebnadzor', 1, 'x', ?)",
        (case.id, dp["services"].clock.now().isoformat()),
    )
    dp["services"].clock.advance(timedelta(days=30))
    handle = make_tracking_handler(dp["services"])
    back = Reading(LetterState.UNCLAIMED, date(2026, 12, 20), None, Unclaimed.STORAGE)
    await handle(letter, back)
    [(text, buttons)] = await _news(dp, db)
    assert "Документы, которые я подготовил раньше" in text
    assert "«🔄 Составить документы заново»" in text
    assert buttons == ["🔄 Составить документы заново", "✏️ Исправить дату", "📂 Открыть дело"]
    assert "не вручено и 20.12.2026 возвращено отправителю" in text


async def test_a_prepared_document_is_made_again_from_the_case_as_it_stands(
    talk, db: Database, dp: Dispatcher
) -> None:
    """Re-check N2: a route's document made before a correction can be made again (a new
    version) while it is not filed."""
    me: Talk = talk()
    await walk(me, ProblemId.DEFECTIVE, "route")
    await me.choose("rospotrebnadzor")
    assert await current(me) == "filed_on"
    await me.tap_key("btn-skip")  # filed later: «Продолжить» brings back the routes
    await _person_said(dp, db, delivered_on=date(2026, 10, 20), unclaimed=Unclaimed.STORAGE)
    await me.say("/cases")
    await me.press(1)
    await me.tap_key("btn-continue")
    assert await current(me) == "route"
    await me.choose("remake.rospotrebnadzor")
    rows = await db.fetchall(
        "SELECT version FROM documents WHERE kind = 'rospotrebnadzor' ORDER BY version"
    )
    assert [r["version"] for r in rows] == [1, 2]
    case = await stored(db)
    assert [(e.route.value, e.filed_on) for e in case.escalations] == [("rospotrebnadzor", None)]
    sent = me.session.out_dir
    texts = [p.name for p in sent.iterdir()] if sent.exists() else []
    assert len([n for n in texts if "rospotrebnadzor" in n or "zhaloba" in n]) >= 2
