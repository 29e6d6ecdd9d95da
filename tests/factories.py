"""Update factories for what the console cannot type: group chats, stickers, other people."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

from aiogram.types import CallbackQuery, Chat, Message, Sticker, Update, User

_ids = count(10_000)
WHEN = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def user(user_id: int = 1001, language: str | None = "ru") -> User:
    return User(id=user_id, is_bot=False, first_name="Анна", language_code=language)


def private(user_id: int = 1001) -> Chat:
    return Chat(id=user_id, type="private")


def group(chat_id: int = -100500) -> Chat:
    return Chat(id=chat_id, type="supergroup", title="Shoppers")


def message(
    text: str | None = None, *, chat: Chat | None = None, sender: User | None = None, **extra
) -> Update:
    sender = sender or user()
    msg = Message(
        message_id=next(_ids),
        date=WHEN,
        chat=chat or private(sender.id),
        from_user=sender,
        text=text,
        **extra,
    )
    return Update(update_id=next(_ids), message=msg)


def sticker(sender: User | None = None) -> Update:
    st = Sticker(
        file_id="st1",
        file_unique_id="st1",
        type="regular",
        width=512,
        height=512,
        is_animated=False,
        is_video=False,
    )
    return message(None, sender=sender, sticker=st)


def button(data: str, *, sender: User | None = None, chat: Chat | None = None) -> Update:
    sender = sender or user()
    bot_message = Message(
        message_id=next(_ids), date=WHEN, chat=chat or private(sender.id), text="old"
    )
    query = CallbackQuery(
        id=str(next(_ids)), from_user=sender, chat_instance="ci", data=data, message=bot_message
    )
    return Update(update_id=next(_ids), callback_query=query)
