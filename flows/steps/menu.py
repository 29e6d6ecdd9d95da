"""The main menu: the screen a person lands on when no question is open."""

from __future__ import annotations

from typing import Literal

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup

from flows.case import Status
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.turn import Turn


class MenuCb(CallbackData, prefix="menu"):
    action: Literal["resume", "new", "seller", "cases", "help", "home"]


def menu_keyboard(turn: Turn, resume: int | None = None) -> InlineKeyboardMarkup:
    kb = Keyboard()
    if resume is not None:
        kb.button(text=turn.t("menu-resume", id=resume), callback_data=MenuCb(action="resume"))
    kb.button(text=turn.t("menu-new"), callback_data=MenuCb(action="new"))
    kb.button(text=turn.t("menu-seller"), callback_data=MenuCb(action="seller"))
    kb.button(text=turn.t("menu-cases"), callback_data=MenuCb(action="cases"))
    kb.button(text=turn.t("menu-help"), callback_data=MenuCb(action="help"))
    kb.adjust(1)
    return kb.as_markup()


async def open_case_id(turn: Turn) -> int | None:
    """The chat's current case, if it is still open: the menu offers to continue it."""
    case_id = await Memory(turn.state).case_id()
    if case_id is None:
        return None
    case = await turn.services.cases.get(int(case_id), turn.user.id)
    return case.id if case is not None and case.status is Status.OPEN else None


async def show_menu(turn: Turn, lead: str | None = None) -> None:
    text = turn.t("menu-prompt") if lead is None else f"{lead}\n\n{turn.t('menu-prompt')}"
    await turn.say(text, menu_keyboard(turn, await open_case_id(turn)))
