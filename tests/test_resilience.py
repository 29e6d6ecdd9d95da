"""Telegram failing around a step never costs the step: acknowledging a button and "typing…"
are best effort."""

from __future__ import annotations

from aiogram.exceptions import TelegramBadRequest, TelegramNetworkError, TelegramRetryAfter
from aiogram.methods import AnswerCallbackQuery, SendChatAction

from flows.problems import ProblemId
from tests.test_journeys import current, stored, walk


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
        await me.tap("Ozon") if before == "marketplace" else await me.tap("Назад")
        assert not me.session.method_failures["AnswerCallbackQuery"]  # the failure happened
        assert await current(me) != before  # ...and the press moved the dialogue on
        assert not any("сохранены" in text for text in me.said), me.said[-2:]
    assert (await stored(db)).marketplace == "ozon"


async def test_stale_button_still_explained_when_acknowledging_fails(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "problem")
    old_buttons = list(me._buttons), me._buttons_message
    await me.tap("браком")
    me._buttons, me._buttons_message = old_buttons
    me.session.method_failures["AnswerCallbackQuery"] = [_too_old()]
    await me.tap("браком")
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
