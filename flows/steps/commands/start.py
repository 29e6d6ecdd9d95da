"""/start, /help, /cancel, /language: the ways in and the ways back."""

from __future__ import annotations

from aiogram import F, Router, html
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from flows import sources
from flows.steps import exits
from flows.steps.keyboards import Keyboard
from flows.steps.menu import MenuCb
from flows.steps.turn import Turn, done

LANGUAGES = {"ru": "🇷🇺 Русский", "en": "🇬🇧 English"}


class LanguageCb(CallbackData, prefix="lang"):
    code: str


def create_router() -> Router:
    router = Router(name="start")

    @router.message(CommandStart())
    async def on_start(message: Message, turn: Turn, command: CommandObject) -> None:
        # /start leaves any open question (the case itself stays) and greets afresh. A deep
        # link's tag (`t.me/<bot>?start=<tag>`) is kept at the first contact only.
        if turn.newcomer:
            await turn.services.users.first_contact(turn.user.id, sources.tag(command.args))
        name = html.quote(turn.user.first_name) if turn.user.first_name else "none"
        await turn.say(turn.t("start-greeting", name=name))
        await exits.to_menu(turn)

    @router.message(Command("help"))
    @router.callback_query(MenuCb.filter(F.action == "help"))
    async def on_help(event: Message | CallbackQuery, turn: Turn) -> None:
        await done(event)
        await turn.say(turn.t("help-text"))
        await turn.services.questions.ask_current(turn)

    @router.callback_query(MenuCb.filter(F.action == "home"))
    async def on_home(event: CallbackQuery, turn: Turn) -> None:
        await done(event)
        await exits.to_menu(turn)

    @router.message(Command("cancel"))
    async def on_cancel(message: Message, turn: Turn) -> None:
        nothing_open = await turn.state.get_state() is None
        await exits.to_menu(turn, turn.t("cancel-nothing" if nothing_open else "cancel-done"))

    @router.message(Command("language"))
    async def on_language(message: Message, turn: Turn) -> None:
        kb = Keyboard()
        for code, label in LANGUAGES.items():
            kb.button(text=label, callback_data=LanguageCb(code=code))
        await turn.say(turn.t("language-choose"), kb.as_markup())

    @router.callback_query(LanguageCb.filter(F.code.in_(LANGUAGES)))
    async def on_language_chosen(
        query: CallbackQuery, callback_data: LanguageCb, turn: Turn
    ) -> None:
        await done(query)
        await turn.i18n.set_locale(callback_data.code)
        await turn.say(turn.t("language-set"))
        await turn.services.questions.ask_current(turn)

    return router
