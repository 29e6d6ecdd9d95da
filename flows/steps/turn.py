"""One turn of the conversation: who we talk to, in which language, and what they asked.

A `Turn` is built for every update by `TurnMiddleware`, so a handler never digs the chat id out
of a message or a callback and every handler speaks through the same `say`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from aiogram import BaseMiddleware, Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError
from aiogram.fsm.context import FSMContext
from aiogram.types import (
    CallbackQuery,
    ForceReply,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    TelegramObject,
    User,
)
from aiogram_i18n import I18nContext

from flows.case import Case
from flows.claims import DocKind
from flows.documents import Document
from flows.outbox import Outgoing, Said
from flows.ports import Prefetched
from flows.steps.services import Services

log = logging.getLogger(__name__)

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply | None


@dataclass
class Turn:
    bot: Bot
    chat_id: int
    user: User
    state: FSMContext
    i18n: I18nContext
    services: Services = field(repr=False)
    zone: str = "Europe/Moscow"  # the person's time zone (/timezone), for "today" and reminders
    # the bot had no row of this person when the update came: their first contact (issue 22
    # p. 4: a deep link's tag is kept only then). The row is made at first contact in a private
    # chat with the language Telegram reports (`bot/i18n.py`), so afterwards it is always there.
    newcomer: bool = False
    # documents this turn made, sent once the step is stored (bot/paperwork.py), and what
    # was said after them
    outbox: list[Outgoing] = field(default_factory=list, repr=False)

    def t(self, key: str, /, **kwargs: Any) -> str:
        return formatted(self.i18n, key, kwargs)

    async def say(self, text: str, markup: Markup = None) -> Message | None:
        """Send a message; while documents are owed (sent once the step is stored), what is
        said after them waits in line, so the person reads everything in order."""
        if self.outbox:
            self.outbox.append(Said(text, markup))
            return None
        await self.services.db.flush()  # what the person reads is stored first
        return await self.bot.send_message(self.chat_id, text, reply_markup=markup)

    async def owe(self, case: Case, kind: DocKind, today: date, version: int) -> list[Document]:
        """Owe the chat the documents of `kind`, in the person's language: they go out once
        the step that made them is stored (`flush_outbox`). Returns them as built."""
        owed = await self.services.paperwork.owe(case, kind, today, version, self.i18n.locale)
        self.outbox.extend(owed)
        return [o.doc for o in owed]

    async def typing(self, action: ChatAction = ChatAction.TYPING) -> None:
        """Showing "typing…" is decoration: if Telegram refuses it, the real work goes on."""
        with best_effort("sendChatAction"):
            await self.bot.send_chat_action(self.chat_id, action)


TextKey = tuple[str, str, tuple[tuple[str, object], ...]]
_formatted: WeakKeyDictionary[object, dict[TextKey, str]] = WeakKeyDictionary()
_KEPT = 4_096  # texts kept per texts core; the whole lot is dropped when full


def formatted(i18n: I18nContext, key: str, kwargs: dict[str, Any]) -> str:
    """A text formatted once per texts core, language and arguments: Fluent walks the pattern
    on every call (~0.05 ms, ~0.2 ms with a number, which Babel formats), and most of what a
    turn says (the question, buttons, hints) repeats. Only texts whose arguments are all whole
    numbers are remembered: a string argument may be what a person typed (a name, an order
    number), and nothing of a person may outlive /delete, even in memory. At most `_KEPT`
    texts, so the memory stays small; keyed by the core, so texts loaded anew are read anew."""
    args = tuple(kwargs.items())
    for _, value in args:
        if type(value) is not int:
            return i18n.get(key, **kwargs)
    try:
        texts = _formatted[i18n.core]
    except KeyError:
        texts = _formatted[i18n.core] = {}
    name = (i18n.locale, key, args)
    text = texts.get(name)
    if text is None:
        text = i18n.get(key, **kwargs)
        if len(texts) >= _KEPT:
            texts.clear()
        texts[name] = text
    return text


class TurnMiddleware(BaseMiddleware):
    """Builds the `turn` handler argument from the event and the dispatcher's data."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        user: User | None = data.get("event_from_user")
        chat = data.get("event_chat")
        state: FSMContext | None = data.get("state")
        if user is None or chat is None or state is None:
            return await handler(event, data)
        services: Services = data["services"]
        person: Prefetched = data.get("prefetched") or Prefetched()
        turn = data["turn"] = Turn(
            bot=data["bot"],
            chat_id=chat.id,
            user=user,
            state=state,
            i18n=data["i18n"],
            services=services,
            zone=person.timezone or services.default_zone,
            newcomer=person.locale is None,
        )
        if person.owes_documents:
            # Documents this chat is still owed (a send that failed earlier) come first.
            with best_effort("sending owed documents"):
                await services.paperwork.resume(turn.bot, services.clock, chat.id)
        result = await handler(event, data)
        # A step that ended without asking a question (back to the menu) still owes its files.
        await flush_outbox(turn)
        return result


def later_album_part(turn: Turn, message: Message) -> bool:
    """A second, third… file of an album already answered: say nothing more."""
    if message.media_group_id is None:
        return False
    return not turn.services.albums.first(f"{turn.chat_id}:{message.media_group_id}")


async def flush_outbox(turn: Turn) -> None:
    """Send the documents the turn made, if any, and what was said after them: written with
    the step and committed first."""
    if turn.outbox:
        services = turn.services
        await services.paperwork.deliver(turn.outbox, turn.bot, turn.chat_id, services.clock)


@contextmanager
def best_effort(what: str) -> Iterator[None]:
    """A Telegram call whose failure must not stop the step: acknowledging a button ("query
    is too old" after downtime, a 429, a timeout) or showing "typing…". The press itself is
    still applied; the failure is one debug line."""
    try:
        yield
    except (TelegramAPIError, TimeoutError, OSError) as exc:
        log.debug("%s failed (%s); carrying on", what, type(exc).__name__)


async def done(event: Message | CallbackQuery, text: str | None = None) -> None:
    """Stop the spinner on a pressed button (with `text` as a toast); nothing for a message."""
    if isinstance(event, CallbackQuery):
        with best_effort("answerCallbackQuery"):
            await event.answer(text)
