"""A group chat hears where the bot works, in the group's words, and nothing else: the bot
added to a group, and a button pressed there (a command there: `tests/test_start.py`)."""

from __future__ import annotations

from aiogram import Dispatcher
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import ChatMemberLeft, ChatMemberMember, ChatMemberUpdated, Update

from bot.app import create_bot
from bot.offline import OFFLINE_TOKEN, OfflineSession
from tests import factories

GO_PRIVATE = "только в личных сообщениях"


def _bot(dp: Dispatcher):
    session = OfflineSession()
    return create_bot(dp["settings"], session=session, token=OFFLINE_TOKEN), session


async def test_the_bot_added_to_a_group_says_it_works_in_private(dp: Dispatcher) -> None:
    bot, session = _bot(dp)
    me = await bot.me()
    added = ChatMemberUpdated(
        chat=factories.group(),
        from_user=factories.user(),
        date=factories.WHEN,
        old_chat_member=ChatMemberLeft(user=me),
        new_chat_member=ChatMemberMember(user=me),
    )
    await dp.feed_update(bot, Update(update_id=1, my_chat_member=added))
    (sent,) = [s.method for s in session.log if isinstance(s.method, SendMessage)]
    assert sent.chat_id == factories.group().id
    assert GO_PRIVATE in sent.text


async def test_a_button_in_a_group_is_answered_with_an_alert(dp: Dispatcher) -> None:
    bot, session = _bot(dp)
    await dp.feed_update(bot, factories.button("menu:new", chat=factories.group()))
    (answer,) = [s.method for s in session.log if isinstance(s.method, AnswerCallbackQuery)]
    assert answer.show_alert is True
    assert GO_PRIVATE in (answer.text or "")
    assert not [s for s in session.log if isinstance(s.method, SendMessage)]
