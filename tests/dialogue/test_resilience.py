"""Telegram failing around a step never costs the step: acknowledging a button and "typing…"
are best effort; 429s are waited out and 5xx/timeouts retried for every request; a blocked
chat is an info line, not an error."""

from __future__ import annotations

import logging
from datetime import timedelta

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import AnswerCallbackQuery, SendChatAction, SendMessage

from bot.app import create_bot
from bot.retries import RetryMiddleware
from flows.problems import ProblemId
from flows.schedule import ReminderKind
from tests.helpers import START, current, stored, walk


def _too_old() -> TelegramBadRequest:
    return TelegramBadRequest(
        AnswerCallbackQuery(callback_query_id="1"),
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )


async def test_button_press_applies_when_acknowledging_it_fails(talk, db) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "marketplace")
    ack = AnswerCallbackQuery(callback_query_id="1")
    for failure in (
        _too_old(),
        TelegramRetryAfter(ack, "Too Many Requests: retry after 5", retry_after=5),
        TelegramNetworkError(ack, "Request timeout error"),
    ):
        me.session.method_failures["AnswerCallbackQuery"] = [failure]
        before = await current(me)
        await me.choose("ozon") if before == "marketplace" else await me.tap_key("btn-back")
        assert not me.session.method_failures["AnswerCallbackQuery"]  # the failure happened
        assert await current(me) != before  # ...and the press moved the dialogue on
        assert not any("сохранены" in text for text in me.said), me.said[-2:]
    assert (await stored(db)).marketplace == "ozon"


async def test_stale_button_still_explained_when_acknowledging_fails(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "problem")
    old_buttons = list(me._buttons), me._buttons_message
    await me.choose(ProblemId.DEFECTIVE)
    me._buttons, me._buttons_message = old_buttons
    me.session.method_failures["AnswerCallbackQuery"] = [_too_old()]
    await me.choose(ProblemId.DEFECTIVE)
    assert any("устарел" in text.lower() for text in me.said[-3:]), me.said[-3:]


async def test_documents_are_sent_when_typing_indicator_fails(talk) -> None:
    me = talk()
    action = SendChatAction(chat_id=1001, action="upload_document")
    me.session.method_failures["SendChatAction"] = [
        TelegramNetworkError(action, "Request timeout error") for _ in range(5)
    ]
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    assert len(me.session.method_failures["SendChatAction"]) < 5  # it did fail
    files = [s.method.document.filename for s in me.session.log if s.name == "SendDocument"]
    assert any(name.endswith(".pdf") for name in files)
    assert any(name.endswith(".docx") for name in files)
    assert not any("сохранены" in text for text in me.said)


# -- Telegram's 429, 5xx, timeouts and 403 in the dialogue ----------------------------------


def _send() -> SendMessage:
    return SendMessage(chat_id=1001, text="x")


class Naps:
    """An injected sleep: records how long the middleware would have waited."""

    def __init__(self) -> None:
        self.taken: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.taken.append(seconds)


async def test_flood_and_transient_errors_are_ridden_out(talk) -> None:
    me = talk()
    naps = Naps()
    me.session.middleware(RetryMiddleware(sleep=naps))
    me.session.failures = [
        TelegramRetryAfter(_send(), "Too Many Requests: retry after 7", retry_after=7),
        TelegramServerError(_send(), "Internal Server Error"),
        TelegramNetworkError(_send(), "Request timeout error"),
        TelegramRetryAfter(_send(), "Too Many Requests: retry after 2", retry_after=2),
    ]
    await me.say("/start")
    assert not me.session.failures
    assert me.said[0].startswith("Здравствуйте")
    assert not any("сохранены" in text for text in me.said)
    assert naps.taken[0] == 7
    assert naps.taken[-1] == 2
    assert len(naps.taken) == 4
    assert all(0 < nap <= 10 for nap in naps.taken[1:3])  # capped backoff


async def test_backoff_gives_up_after_its_attempts(talk) -> None:
    me = talk()
    naps = Naps()
    me.session.middleware(RetryMiddleware(sleep=naps, attempts=3))
    me.session.failures = [TelegramServerError(_send(), "Bad Gateway") for _ in range(3)]
    await me.say("/start")
    assert len(naps.taken) == 2
    assert any("сохранены" in text for text in me.said)  # the handler failed; the person heard


def test_real_bots_get_the_retry_middleware(settings) -> None:
    bot = create_bot(settings, token="123456:FAKE-token-for-a-local-fake-bot-api")
    assert any(isinstance(m, RetryMiddleware) for m in bot.session.middleware[:])


async def test_blocked_chat_is_one_info_line_and_stops_its_reminders(talk, db, caplog) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    case = await stored(db)
    store = me.dp["reminder_store"]
    await store.add(case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, START + timedelta(days=3))
    me.session.failures = [
        TelegramForbiddenError(_send(), "Forbidden: bot was blocked by the user")
    ]
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        await me.say("Смартфон")
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert problems == []
    blocked = [r for r in caplog.records if "blocked" in r.getMessage()]
    assert len(blocked) == 1
    assert blocked[0].levelno == logging.INFO
    assert blocked[0].exc_info is None
    assert (await store.counts()) == {"undeliverable": 1}
