"""The seller's answer recorded (issue 20 p. 1–2): from «Продавец ответил» (the waiting
question, the deadline reminder) through the answer as it came, what it says, its detail and
date, to the advice and its buttons — every kind, in Russian and in English; the reminders an
answer sets or cancels; bad input; a restart midway; the seller's path."""

from __future__ import annotations

import asyncio
import io
from datetime import date
from typing import Any

import pytest
from aiogram.types import Document, PhotoSize

import flows.documents
from bot.app import create_dispatcher
from bot.db import Database
from bot.offline import html_to_text
from bot.pg.db import PgDatabase
from bot.pg.storage import PgStorage
from bot.storage import SQLiteStorage
from flows.answers import advise
from flows.case import AnswerKind, Offer, RefusalReason, Status
from flows.problems import ProblemId
from flows.steps.engine.fields import day_text
from tests import factories
from tests.helpers import Talk, current, stored, walk, walk_seller

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

# the claim delivered 20.10.2026 (tests/helpers.py), the seller's 10 days to 30.10.2026;
# the clock stands at 21.11.2026
ANSWERED_ON = "15.10.2026"  # before the delivery: refused
REPLY_DAY = "25.10.2026"
REPLY_TEXT = "Добрый день! Предлагаем бесплатный ремонт в авторизованном сервисе."


async def _advice_text(me: Talk, db: Database) -> str:
    """The advice for the answer just recorded, rendered as the bot renders it: the words come
    from `flows/answers.py`, whatever they are."""
    case = await stored(db)
    reply = case.replies[-1]
    today = date(2026, 11, 21)
    advice = advise(case, reply, today)
    core, locale = me.dp["i18n_core"], await me.locale()

    def t(key: str, **args: Any) -> str:
        return core.get(key, locale, **args)

    dates = {k: day_text(t, v) for k, v in advice.dates.items()}
    return html_to_text(await me.text(advice.key, **advice.args, **dates))  # as it is read


async def _photo(me: Talk, unique: str, size: int = 1000, caption: str | None = None) -> None:
    photo = PhotoSize(file_id=unique, file_unique_id=unique, width=1, height=1, file_size=size)
    await me._feed(message=me._message(photo=[photo], caption=caption))


async def _pdf(me: Talk, unique: str, size: int = 1000) -> None:
    doc = Document(
        file_id=unique,
        file_unique_id=unique,
        file_name="otvet.pdf",
        mime_type="application/pdf",
        file_size=size,
    )
    await me._feed(message=me._message(document=doc))


async def _to_recording(me: Talk, problem: ProblemId = ProblemId.DEFECTIVE) -> None:
    await walk(me, problem, "awaiting_answer")
    await me.choose("answered")
    assert await current(me) == "reply_text"


async def _record(
    me: Talk,
    kind: AnswerKind,
    *,
    number: int = 1,
    photo: bool = True,
    text: str | None = REPLY_TEXT,
    detail: list[tuple[str, str]] | None = None,
    day: str = REPLY_DAY,
) -> None:
    """From the answer's first question to its advice: files, text, the kind, its detail (the
    answers to give, (question, "say:…" or a value)), the date."""
    if photo:
        await _photo(me, f"shot-{kind}-{number}")
    if text:
        await me.say(text)
    await me.choose(f"done.{number}" if (photo or text) else f"none.{number}")
    assert await current(me) == "reply_kind"
    await me.choose(f"{kind.value}.{number}")
    for qid, value in detail or []:
        assert await current(me) == qid, (qid, me.last)
        if value.startswith("say:"):
            await me.say(value.removeprefix("say:"))
        elif value == "skip":
            await me.tap_key("btn-skip")
        else:
            await me.choose(f"{value}.{number}")
    assert await current(me) == "reply_date", me.last
    await me.say(day)
    assert await current(me) == "reply_advice", me.last


KINDS = [
    (AnswerKind.DONE, []),
    (AnswerKind.CHECK, [("reply_until", "say:01.12.2026"), ("reply_where", "say:СЦ на Ленина, 5")]),
    (AnswerKind.OFFER, [("reply_offer", Offer.REPAIR.value)]),
    (AnswerKind.PARTIAL, [("reply_amount", "say:2000"), ("reply_paid", "offered")]),
    (AnswerKind.REFUSED, [("reply_reason", RefusalReason.NO_RECEIPT.value)]),
    (AnswerKind.DOCUMENTS, [("reply_documents", "say:фото упаковки и серийного номера")]),
    (AnswerKind.LATER, [("reply_until", "say:05.12.2026")]),
]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(("kind", "detail"), KINDS, ids=[k.value for k, _ in KINDS])
async def test_every_answer_kind_is_recorded_and_advised(
    talk, db: Database, kind: AnswerKind, detail, language: str
) -> None:
    me = talk(language=language)
    await _to_recording(me)
    await _record(me, kind, detail=detail)
    case = await stored(db)
    assert case.reply is not None
    assert case.reply.number == 1
    [reply] = case.replies
    assert reply.kind is kind
    assert reply.received_on == date(2026, 10, 25)
    assert reply.text == REPLY_TEXT
    assert reply.files == 1
    assert reply.recorded_at is not None
    rows = await db.fetchall("SELECT reply FROM evidence WHERE case_id = ?", (case.id,))
    assert [r["reply"] for r in rows].count(1) == 1  # the screenshot, tied to answer 1
    events = [e for e in await db.fetchall("SELECT kind, data FROM events") if e["kind"] == "reply"]
    assert len(events) == 1
    assert '"n": 1' in events[0]["data"]
    assert f'"kind": "{kind.value}"' in events[0]["data"]
    assert '"received_on": "2026-10-25"' in events[0]["data"]
    # the advice's words, and the buttons it calls for
    assert await _advice_text(me, db) in me.last
    advice = advise(case, reply, date(2026, 11, 21))
    labels = me.buttons
    expected = []
    if advice.document is not None:
        expected.append(await me.text("btn-reply-document"))
    if advice.escalate:
        expected.append(await me.text("btn-escalate-now"))
    if advice.close:
        expected.append(await me.text("btn-reply-close"))
    expected += [await me.text("btn-later"), await me.text("btn-reply-another")]
    assert labels == expected
    # the answer's standing for the documents: met or refused, never guessed otherwise
    if kind is AnswerKind.DONE:
        assert case.seller_answer == "solved"
    elif kind is AnswerKind.REFUSED:
        assert case.seller_answer == "refused"
    else:
        assert case.seller_answer is None
    # waiting leaves the advice: the answer stays, the question is the waiting one again
    await me.tap_key("btn-later")
    assert await current(me) is None
    case = await stored(db)
    assert case.reply is None
    assert len(case.replies) == 1
    assert case.question == "awaiting_answer"


async def test_the_refusals_reason_in_their_words(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(
        me,
        AnswerKind.REFUSED,
        detail=[
            ("reply_reason", "other"),
            ("reply_words", "say:товар сезонный, возврату не подлежит"),
        ],
    )
    reply = (await stored(db)).replies[0]
    assert reply.reason is RefusalReason.OTHER
    assert reply.detail == "товар сезонный, возврату не подлежит"


async def test_typed_words_are_understood_only_when_unambiguous(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await me.say("Отказываем: гарантийный срок истёк")
    await me.choose("done.1")
    await me.say("отказали, но предлагают ремонт")  # two kinds: the buttons decide
    assert await current(me) == "reply_kind"
    assert await me.text("hint-reply-kind") in me.said[-2]
    await me.say("ремонт")
    assert await current(me) == "reply_offer"
    assert (await stored(db)).reply.kind is AnswerKind.OFFER


async def test_no_copy_of_the_answer_is_allowed(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    assert await me.text("btn-reply-done") not in me.buttons  # nothing to be done with yet
    await _record(me, AnswerKind.LATER, photo=False, text=None, detail=[("reply_until", "skip")])
    reply = (await stored(db)).replies[0]
    assert reply.text is None
    assert reply.files == 0
    assert reply.until is None


async def test_partial_sum_must_be_less_than_the_price(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    await me.choose("partial.1")
    await me.say("4990")  # the whole price is not a part
    assert await current(me) == "reply_amount"
    assert "меньше цены товара" in me.said[-2]
    await me.say("2 500 руб.")
    assert await current(me) == "reply_paid"
    await me.choose("offered.1")
    assert await current(me) == "reply_date"
    assert str((await stored(db)).reply.amount) == "2500.00"


async def test_the_answers_date_is_not_before_the_claim_nor_ahead(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    await me.choose("refused.1")
    await me.choose("used.1")
    await me.say(ANSWERED_ON)  # before the claim was delivered (20.10.2026)
    assert await current(me) == "reply_date"
    assert "20.10.2026" in me.said[-2]
    await me.say("01.12.2026")  # ahead of today
    assert await current(me) == "reply_date"
    assert (await stored(db)).replies == []
    await me.tap_key("btn-today")
    assert await current(me) == "reply_advice"
    assert (await stored(db)).replies[0].received_on == date(2026, 11, 21)


async def _reminders(db: Database) -> list[tuple[str, str, str]]:
    rows = await db.fetchall("SELECT kind, status, due_at FROM reminders ORDER BY id")
    return [(r["kind"], r["status"], r["due_at"]) for r in rows]


async def test_a_promise_to_answer_later_is_reminded_on_its_day_in_the_persons_zone(
    talk, db: Database
) -> None:
    me = talk()
    await me.say("/start")
    await me.dp["users"].set_timezone(1001, "Asia/Vladivostok")  # UTC+10
    # the claim delivered today, 21.11.2026: the seller's 10 days run to 01.12.2026
    await walk(
        me,
        ProblemId.DEFECTIVE,
        "awaiting_answer",
        {"delivered_on": lambda m: m.tap_key("btn-today")},
    )
    await me.choose("answered")
    await _record(
        me, AnswerKind.LATER, detail=[("reply_until", "say:28.11.2026")], day="21.11.2026"
    )
    rows = [r for r in await _reminders(db) if r[0] == "answer_promised"]
    # 10:00 in Vladivostok on 28.11.2026 is 00:00 UTC that day
    assert rows == [("answer_promised", "pending", "2026-11-28T00:00:00")]
    # the seller's deadline reminder stays: a promise does not stop the clock
    assert ("seller_deadline", "pending") in [(k, s) for k, s, _ in await _reminders(db)]
    await me.move_clock("2026-11-28T00:30")
    assert "28.11.2026" in me.said[-1]
    assert await me.text("btn-they-answered") in me.buttons
    await me.tap_key("btn-they-answered")  # straight to recording the next answer
    assert await current(me) == "reply_text"
    assert (await stored(db)).reply.number == 2


async def test_a_quality_check_date_is_reminded(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(
        me, AnswerKind.CHECK, detail=[("reply_until", "say:01.12.2026"), ("reply_where", "skip")]
    )
    rows = [r for r in await _reminders(db) if r[0] == "quality_check"]
    assert rows == [("quality_check", "pending", "2026-12-01T07:00:00")]  # 10:00 in Moscow


async def test_a_refusal_cancels_this_cases_deadline_reminder_only(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    other = talk(user_id=1002)
    await walk(other, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("answered")
    await _record(
        me,
        AnswerKind.REFUSED,
        detail=[("reply_reason", "period"), ("reply_warranty", "none")],
    )
    rows = await db.fetchall(
        "SELECT case_id, kind, status FROM reminders WHERE kind = ?", ("seller_deadline",)
    )
    mine = (await stored(db, 1001)).id
    assert {(r["case_id"] == mine, r["status"]) for r in rows} == {
        (True, "cancelled"),
        (False, "pending"),
    }
    own = await db.fetchall(
        "SELECT status FROM reminders WHERE case_id = ? AND kind = 'own_window'", (mine,)
    )
    assert all(r["status"] == "pending" for r in own)


async def test_the_deadline_reminders_button_opens_the_recording(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.move_clock("+11d")
    assert "Срок ответа продавца истёк" in me.said[-1]
    await me.tap_key("btn-they-answered")
    assert await current(me) == "reply_text"
    await _record(me, AnswerKind.OFFER, detail=[("reply_offer", "voucher")])
    assert (await stored(db)).replies[0].offer is Offer.VOUCHER


async def test_a_closed_cases_reminder_says_so(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.move_clock("+11d")
    buttons = list(me._buttons)  # the reminder's
    case = await stored(db)
    case.status = Status.SOLVED  # closed meanwhile (from /cases, in another chat window)
    await me.dp["services"].cases.save(case, me.clock.now())
    me._buttons = buttons
    await me.tap_key("btn-they-answered")
    assert me.last == await me.text("remind-case-closed")
    assert (await stored(db)).reply is None


async def test_bad_input_while_recording_loses_nothing(talk, db: Database, dp) -> None:
    me = talk()
    await _to_recording(me)
    await _photo(me, "shot-a")
    await _photo(me, "shot-a")  # the same file again: said, not counted twice
    assert "уже есть в обращении" in me.last
    await _pdf(me, "huge", size=25 * 1024 * 1024)
    assert "больше 20 МБ" in me.last
    await dp.feed_update(me.bot, factories.sticker(sender=factories.user(1001)))
    assert "Стикер или голосовое" in me.said[-2]
    assert await current(me) == "reply_text"
    await _pdf(me, "letter-pdf")
    await me.say(REPLY_TEXT)
    await me.say(REPLY_TEXT)  # pasted twice: kept once
    assert "уже сохранён" in me.said[-2]
    case = await stored(db)
    assert case.reply.files == 2
    assert case.reply.text == REPLY_TEXT
    rows = await db.fetchall(
        "SELECT file_unique_id, reply FROM evidence WHERE case_id = ? AND reply IS NOT NULL"
        " ORDER BY id",
        (case.id,),
    )
    assert [(r["file_unique_id"], r["reply"]) for r in rows] == [("shot-a", 1), ("letter-pdf", 1)]


async def test_a_stale_kind_button_of_a_recorded_answer(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    old = list(me._buttons)  # the kind buttons of answer 1
    await me.choose("refused.1")
    await me.choose("used.1")
    await me.tap_key("btn-today")
    await me.tap_key("btn-reply-another")
    await me.say("Ещё одно письмо")
    await me.choose("done.2")
    assert await current(me) == "reply_kind"
    me._buttons = old
    await me.choose("offer.1")  # answer 1's button, under answer 2's question
    assert await me.text("stale-button") in me.said
    case = await stored(db)
    assert case.reply.number == 2
    assert case.reply.kind is None
    assert case.replies[0].kind is AnswerKind.REFUSED


async def test_a_restart_in_the_middle_of_recording_loses_nothing(
    talk, db: Database, settings, clock, tmp_path
) -> None:
    me = talk()
    await _to_recording(me)
    await _photo(me, "shot-r")
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    await me.choose("partial.1")
    storage = PgStorage(db) if isinstance(db, PgDatabase) else SQLiteStorage(db)
    dp = await create_dispatcher(settings, storage=storage, clock=clock, throttle=False)
    again = Talk(dp, settings, clock, tmp_path / "out2", 1001, "ru", io.StringIO())
    await dp.emit_startup(bot=again.bot, dispatcher=dp, **dp.workflow_data)
    assert await current(again) == "reply_amount"
    await again.say("1000")
    await again.choose("offered.1")  # only offered: the money's day is not asked
    await again.tap_key("btn-today")
    assert await current(again) == "reply_advice"
    reply = (await stored(db)).replies[0]
    assert (reply.kind, reply.files, reply.text, str(reply.amount)) == (
        AnswerKind.PARTIAL,
        1,
        REPLY_TEXT,
        "1000.00",
    )


async def test_closing_from_the_advice(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.DONE)
    await me.tap_key("btn-reply-close")
    case = await stored(db)
    assert case.status == "solved"
    assert case.reply is None
    assert case.replies[0].kind is AnswerKind.DONE
    rows = await db.fetchall("SELECT status FROM reminders WHERE case_id = ?", (case.id,))
    assert all(r["status"] == "cancelled" for r in rows)


async def test_escalating_from_the_advice_and_another_answer(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.OFFER, detail=[("reply_offer", "replacement")])
    await me.tap_key("btn-reply-another")
    assert await current(me) == "reply_text"
    await _record(
        me, AnswerKind.REFUSED, number=2, detail=[("reply_reason", "fault")], day="20.11.2026"
    )
    await me.tap_key("btn-escalate-now")
    assert await current(me) == "route"
    case = await stored(db)
    assert [(r.number, r.kind) for r in case.replies] == [
        (1, AnswerKind.OFFER),
        (2, AnswerKind.REFUSED),
    ]
    assert case.reply is None
    rows = await db.fetchall(
        "SELECT reply FROM evidence WHERE case_id = ? AND reply IS NOT NULL", (case.id,)
    )
    assert sorted(r["reply"] for r in rows) == [1, 2]


@pytest.mark.skipif(
    not hasattr(flows.documents, "replies"), reason="the `replies` slice builds these documents"
)
async def test_the_written_reply_is_made_from_the_advice(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.OFFER, detail=[("reply_offer", "repair")])
    await me.tap_key("btn-reply-document")
    assert await current(me) == "reply_advice"
    rows = await db.fetchall("SELECT kind, version FROM documents")
    assert ("reply_insist", 1) in [(r["kind"], r["version"]) for r in rows]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    ("kind", "detail"),
    [
        (AnswerKind.DONE, []),
        (AnswerKind.REFUSED, []),
        (AnswerKind.LATER, [("reply_until", "say:10.12.2026")]),
        (AnswerKind.DOCUMENTS, [("reply_documents", "say:скриншот заказа от покупателя")]),
    ],
    ids=["done", "refused", "later", "documents"],
)
async def test_the_platforms_answer_on_the_sellers_path(
    talk, db: Database, kind: AnswerKind, detail, language: str
) -> None:
    me = talk(language=language)
    await walk_seller(me, "appeal_outcome")
    await me.choose("answered")
    assert await current(me) == "reply_text"
    await _record(me, kind, detail=detail, day="20.11.2026")
    case = await stored(db)
    [reply] = case.replies
    assert reply.kind is kind
    assert reply.received_on == date(2026, 11, 20)
    assert await _advice_text(me, db) in me.last
    if kind is AnswerKind.DONE:
        assert case.appeal_outcome == "removed"
        await me.tap_key("btn-reply-close")
        assert (await stored(db)).status == "solved"
    elif kind is AnswerKind.REFUSED:
        assert case.appeal_outcome == "refused"
        await me.tap_key("btn-escalate-now")
        assert await current(me) == "seller_routes"
    else:
        await me.tap_key("btn-later")
        assert (await stored(db)).question == "appeal_outcome"
    if kind is AnswerKind.LATER:
        rows = await db.fetchall(
            "SELECT kind, due_at FROM reminders WHERE kind = 'answer_promised'"
        )
        assert [(r["kind"], r["due_at"]) for r in rows] == [
            ("answer_promised", "2026-12-10T07:00:00")
        ]


class _Gate:
    """An injected sleep the test opens: the album's answer waits for it, not the wall clock."""

    def __init__(self) -> None:
        self.opened = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        await self.opened.wait()


async def test_an_album_of_screenshots_is_one_answer_with_one_word(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    gate = _Gate()
    me.dp["albums"].sleep = gate
    said = len(me.said)
    for n in range(3):
        size = PhotoSize(file_id=f"al{n}", file_unique_id=f"al{n}", width=1, height=1, file_size=9)
        await me.dp.feed_update(
            me.bot, factories.message(None, photo=[size], media_group_id="letter")
        )
    assert me.said[said:] == []
    (answering,) = me.dp["albums"]._timers.values()
    gate.opened.set()
    await answering
    [word] = me.said[said:]
    assert "Файлов в ответе: 3" in word
    assert await me.text("btn-reply-done") in me.buttons
    case = await stored(db)
    assert case.reply.files == 3
    rows = await db.fetchall("SELECT reply FROM evidence WHERE reply IS NOT NULL")
    assert [r["reply"] for r in rows] == [1, 1, 1]


async def test_a_written_reply_made_once_is_not_offered_again(talk, db: Database) -> None:
    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.OFFER, detail=[("reply_offer", "voucher")])
    case = await stored(db)
    advice = advise(case, case.replies[0], date(2026, 11, 21))
    assert advice.document is not None
    assert await me.text("btn-reply-document") in me.buttons
    old = list(me._buttons)
    # as the outbox records it once sent (the `replies` slice makes the files themselves)
    await db.execute(
        "INSERT INTO documents (case_id, kind, version, created_at, sha256)"
        " VALUES (?, ?, 1, '2026-11-21T09:00:00', 'x')",
        (case.id, advice.document.value),
    )
    await me.say("/help")
    assert await current(me) == "reply_advice"
    assert await me.text("btn-reply-document") not in me.buttons
    me._buttons = old
    await me.tap_key("btn-reply-document")  # the old button: stale, no second copy
    assert await me.text("stale-button") in me.said
    rows = await db.fetchall(
        "SELECT id FROM documents WHERE case_id = ? AND kind = ?", (case.id, advice.document.value)
    )
    assert len(rows) == 1
    assert (await db.fetchone("SELECT COUNT(*) FROM outbox"))[0] == 0  # none owed either


async def test_an_edited_date_moves_the_recorded_answer_not_a_second_one(
    talk, db: Database, dp
) -> None:
    from aiogram.types import Update

    me = talk()
    await _to_recording(me)
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    await me.choose("refused.1")
    await me.choose("used.1")
    sent = factories.message("25.10.2026", sender=factories.user(1001))
    await dp.feed_update(me.bot, sent)
    assert await current(me) == "reply_advice"
    edited = sent.message.model_copy(update={"text": "26.10.2026", "edit_date": 1})
    await dp.feed_update(me.bot, Update(update_id=sent.update_id + 1000, edited_message=edited))
    assert await current(me) == "reply_advice"
    case = await stored(db)
    assert [(r.number, r.received_on) for r in case.replies] == [(1, date(2026, 10, 26))]
    assert case.reply.received_on == date(2026, 10, 26)


async def test_continue_from_the_menu_resumes_the_recording_and_the_waiting(
    talk, db: Database
) -> None:
    me = talk()
    await _to_recording(me)
    await _photo(me, "shot-m")
    await me.choose("done.1")
    await me.say("/cancel")  # away in the middle: the answer stays where it was
    assert await current(me) is None
    await me.tap("▶️")  # «Продолжить»
    assert await current(me) == "reply_kind"
    await me.choose("later.1")
    await me.tap_key("btn-skip")
    await me.tap_key("btn-today")
    await me.tap_key("btn-later")  # the advice left: «Продолжить» is the waiting question again
    await me.tap("▶️")
    assert await current(me) == "awaiting_answer"
    assert await me.text("btn-seller-answered") in me.buttons
    case = await stored(db)
    assert (case.replies[0].files, case.replies[0].kind) == (1, AnswerKind.LATER)


async def test_a_recorded_answer_and_its_files_are_in_the_case_file(talk, db: Database) -> None:
    from flows.timeline import timeline

    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.OFFER, detail=[("reply_offer", "repair")])
    cases = me.dp["services"].cases
    case = await stored(db)
    entries = timeline(
        case,
        await cases.events(case.id),
        await cases.documents(case.id),
        await cases.evidence(case.id),
        date(2026, 11, 21),
    )
    [line] = [e for e in entries if e.key == "tl-reply"]
    assert line.on == date(2026, 10, 25)
    assert line.args["number"] == 1
    assert line.args["kind"] == "offer"
    files = [f.id for f in await cases.evidence(case.id) if f.reply == 1]
    assert list(line.files) == files
    assert len(files) == 1


# -- a partial sum: arrived, or only offered (the lawyer's review of issue 20, blocker 1) ------

PAID_WORDS = {"ru": ("перечислил", "предлагает"), "en": ("paid you", "offers")}


async def _to_paid(me: Talk) -> None:
    await _to_recording(me)
    await me.say(REPLY_TEXT)
    await me.choose("done.1")
    await me.choose("partial.1")
    await me.say("2000")
    assert await current(me) == "reply_paid"


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_partial_sum_that_arrived_is_dated_and_said_paid(
    talk, db: Database, language: str
) -> None:
    me = talk(language=language)
    await _to_paid(me)
    await me.choose("paid.1")
    assert await current(me) == "reply_paid_on"
    await me.say("01.12.2026")  # ahead of today: not yet
    assert await current(me) == "reply_paid_on"
    assert (await stored(db)).reply.paid_on is None
    await me.say("27.10.2026")  # after the answer's date: a seller writes, then pays
    assert await current(me) == "reply_date"
    await me.say(REPLY_DAY)
    assert await current(me) == "reply_advice"
    [reply] = (await stored(db)).replies
    assert (reply.paid_on, reply.paid_asked) == (date(2026, 10, 27), True)
    said = await _advice_text(me, db)
    assert said in me.last
    paid, offered = PAID_WORDS[language]
    assert paid in said
    assert offered not in said
    assert "27.10.2026" in said or "27 Oct 2026" in said


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_a_partial_sum_only_offered_is_never_said_paid(
    talk, db: Database, language: str
) -> None:
    me = talk(language=language)
    await _to_paid(me)
    await me.choose("offered.1")
    assert await current(me) == "reply_date"  # no day for money that has not come
    await me.say(REPLY_DAY)
    [reply] = (await stored(db)).replies
    assert (reply.paid_on, reply.paid_asked) == (None, True)
    said = await _advice_text(me, db)
    assert said in me.last
    paid, offered = PAID_WORDS[language]
    assert offered in said
    assert paid not in said


async def test_the_day_the_money_came_typed_at_once_and_changed_back(talk, db: Database) -> None:
    me = talk()
    await _to_paid(me)
    await me.say("вчера")  # neither yes nor no, and a day: it came yesterday
    assert await current(me) == "reply_date"
    assert (await stored(db)).reply.paid_on == date(2026, 11, 20)
    await me.tap_key("btn-back")
    assert await current(me) == "reply_paid_on"
    await me.tap_key("btn-back")
    assert await current(me) == "reply_paid"
    await me.say("нет")  # only offered after all: the day goes
    assert await current(me) == "reply_date"
    reply = (await stored(db)).reply
    assert (reply.paid_on, reply.paid_asked) == (None, True)
    await me.say("не дата")
    assert await current(me) == "reply_date"


async def test_money_before_the_order_is_refused(talk, db: Database) -> None:
    me = talk()
    await _to_paid(me)
    await me.say("01.01.2026")
    assert await current(me) == "reply_paid"
    assert await me.text("err-reply-paid-early", earliest="01.10.2026") in me.said[-2]
    await me.say("что-то")
    assert await current(me) == "reply_paid"
    assert await me.text("hint-reply-paid") in me.said[-2]


# -- a refusal over the period: the warranty (the lawyer's review of issue 20, finding 11) ------


async def _to_warranty(me: Talk) -> None:
    await _to_recording(me)
    await me.say("Гарантийный срок истёк, в удовлетворении отказываем.")
    await me.choose("done.1")
    await me.choose("refused.1")
    await me.choose("period.1")
    assert await current(me) == "reply_warranty"


WARRANTY = [
    # (what is done at the question, the advice's key) — the item was received 05.10.2026, the
    # defect first written to support 12.10.2026, the claim delivered 20.10.2026
    ([("choose", "none.1")], "advice-period-no-warranty"),
    ([("choose", "unknown.1")], "advice-period-within-unknown"),
    ([("choose", "until.1"), ("say", "05.10.2027")], "advice-period-warranty"),
    ([("say", "до 10.10.2026")], "advice-period-warranty-over"),
]


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(("steps", "key"), WARRANTY, ids=[k for _, k in WARRANTY])
async def test_the_warranty_decides_a_refusal_over_the_period(
    talk, db: Database, language: str, steps: list[tuple[str, str]], key: str
) -> None:
    me = talk(language=language)
    await _to_warranty(me)
    for action, value in steps:
        await (me.choose(value) if action == "choose" else me.say(value))
    assert await current(me) == "reply_date", me.last
    await me.say(REPLY_DAY)
    case = await stored(db)
    [reply] = case.replies
    advice = advise(case, reply, date(2026, 11, 21))
    assert advice.key == key
    assert await _advice_text(me, db) in me.last
    if key == "advice-period-warranty":
        assert reply.warranty_until == date(2027, 10, 5)
    if key == "advice-period-warranty-over":
        assert reply.warranty_until == date(2026, 10, 10)
        assert ("экспертиз" if language == "ru" else "expertise") in me.last


async def test_a_warranty_date_is_checked(talk, db: Database) -> None:
    me = talk()
    await _to_warranty(me)
    await me.say("01.10.2026")  # before the item came (05.10.2026)
    assert await current(me) == "reply_warranty"
    assert await me.text("err-warranty-early", earliest="05.10.2026") in me.said[-2]
    await me.say("01.01.2035")  # years ahead: taken for a slip
    assert await current(me) == "reply_warranty"
    assert await me.text("err-warranty-far", years=3) in me.said[-2]
    await me.say("может быть")
    assert await current(me) == "reply_warranty"
    await me.choose("until.1")
    await me.say("когда-нибудь")
    assert await current(me) == "reply_warranty_until"
    assert (await stored(db)).reply.warranty is None
    await me.tap_key("btn-back")
    await me.say("не знаю")
    assert await current(me) == "reply_date"
    assert (await stored(db)).reply.warranty == "unknown"


async def test_another_reason_drops_the_warranty(talk, db: Database) -> None:
    me = talk()
    await _to_warranty(me)
    await me.choose("none.1")
    await me.tap_key("btn-back")
    assert await current(me) == "reply_warranty"
    await me.tap_key("btn-back")
    assert await current(me) == "reply_reason"
    await me.choose("used.1")
    assert await current(me) == "reply_date"
    reply = (await stored(db)).reply
    assert (reply.warranty, reply.warranty_until) == (None, None)


async def test_an_edited_day_of_the_money_reaches_the_recorded_answer(
    talk, db: Database, dp
) -> None:
    from aiogram.types import Update

    me = talk()
    await _to_paid(me)
    await me.choose("paid.1")
    sent = factories.message("27.10.2026", sender=factories.user(1001))
    await dp.feed_update(me.bot, sent)
    assert await current(me) == "reply_date"
    await me.tap_key("btn-today")  # a button: the day typed stays the last typed answer
    assert await current(me) == "reply_advice"
    edited = sent.message.model_copy(update={"text": "28.10.2026", "edit_date": 1})
    await dp.feed_update(me.bot, Update(update_id=sent.update_id + 1000, edited_message=edited))
    case = await stored(db)
    assert case.reply.paid_on == date(2026, 10, 28)
    # what the documents read is the answer as it is now, still once
    assert [(r.number, r.paid_on) for r in case.replies] == [(1, date(2026, 10, 28))]


async def test_a_reply_the_documents_cannot_write_is_not_offered(talk, db: Database) -> None:
    """An order never delivered has no item to hand over: the advice on a quality check may
    still call for a written request, but the chat offers only what the documents can write
    true today (`replies.can_write`), so no press ends in an error."""
    from flows.documents.replies import can_write

    me = talk()
    await _to_recording(me, ProblemId.NOT_DELIVERED)
    await _record(me, AnswerKind.CHECK, detail=[("reply_until", "skip"), ("reply_where", "skip")])
    case = await stored(db)
    advice = advise(case, case.replies[0], date(2026, 11, 21))
    writable = advice.document is not None and can_write(advice.document, case, date(2026, 11, 21))
    assert not writable
    assert await me.text("btn-reply-document") not in me.buttons


async def test_a_reopened_case_is_reminded_of_the_day_the_seller_named(talk, db: Database) -> None:
    """Closing cancels every reminder of a case; opening it again plans the day the seller's
    answer named anew, as its advice set it (the clock stands at 21.11.2026)."""
    me = talk()
    await _to_recording(me)
    detail = [("reply_until", "say:01.12.2026"), ("reply_where", "skip")]
    await _record(me, AnswerKind.CHECK, detail=detail)
    pending = "SELECT kind FROM reminders WHERE status = 'pending' ORDER BY id"
    assert "quality_check" in [r["kind"] for r in await db.fetchall(pending)]
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-close-given-up")
    assert await db.fetchall(pending) == []
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-card-reopen")
    assert "quality_check" in [r["kind"] for r in await db.fetchall(pending)]


async def test_a_refusal_beside_recorded_answers_is_recorded_with_its_date(
    talk, db: Database
) -> None:
    """«Продавец отказал» pressed after a recorded request for a check does not make the demand
    refused by itself (a lawsuit could switch demands while the period runs): the refusal is
    recorded like any answer (the lawyer's re-check of issue 20, B1)."""
    from flows import answered

    me = talk()
    await _to_recording(me)
    await _record(me, AnswerKind.CHECK, detail=[("reply_until", "skip"), ("reply_where", "skip")])
    await me.tap_key("btn-later")
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-continue")
    assert await current(me) == "awaiting_answer"
    await me.choose("refused")
    assert await current(me) == "reply_text"
    case = await stored(db)
    assert not answered.refused(case, date(2026, 11, 21))
