"""Outside private chats the bot says where it works and does nothing else: a complaint holds
personal data that must not be shown to a group."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.filters import IS_MEMBER, IS_NOT_MEMBER, ChatMemberUpdatedFilter
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message
from aiogram_i18n import I18nContext

from flows.steps.filters import fast

NOT_PRIVATE = fast(F.chat.type != ChatType.PRIVATE)


def create_router() -> Router:
    router = Router(name="groups")

    @router.my_chat_member(NOT_PRIVATE, ChatMemberUpdatedFilter(IS_NOT_MEMBER >> IS_MEMBER))
    async def on_added(event: ChatMemberUpdated, i18n: I18nContext) -> None:
        await event.answer(i18n.get("group-only-private"))

    @router.message(NOT_PRIVATE, fast(F.text.startswith("/")))
    async def on_group_command(message: Message, i18n: I18nContext) -> None:
        await message.reply(i18n.get("group-only-private"))

    @router.message(NOT_PRIVATE)
    async def on_group_chatter(message: Message) -> None:
        """Ordinary group talk is not for the bot: swallow it silently."""

    @router.callback_query(fast(F.message.chat.type != ChatType.PRIVATE))
    async def on_group_button(query: CallbackQuery, i18n: I18nContext) -> None:
        await query.answer(i18n.get("group-only-private"), show_alert=True)

    return router
