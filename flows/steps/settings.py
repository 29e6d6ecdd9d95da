"""/timezone: reminders come at a decent hour of the person's own day."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from flows.steps.callbacks import Index
from flows.steps.questions import Questions
from flows.steps.turn import Turn, done

# Russia's zones, west to east; the label is the locale key `tz-<index>`.
ZONES = (
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Magadan",
    "Asia/Kamchatka",
)


class ZoneCb(CallbackData, prefix="tz"):
    i: Index


def create_router() -> Router:
    router = Router(name="settings")

    @router.message(Command("timezone"))
    async def on_timezone(message: Message, turn: Turn) -> None:
        kb = InlineKeyboardBuilder()
        for index, _ in enumerate(ZONES):
            kb.button(text=turn.t(f"tz-{index}"), callback_data=ZoneCb(i=index))
        kb.adjust(2)
        current = ZONES.index(turn.zone) if turn.zone in ZONES else None
        name = turn.t(f"tz-{current}") if current is not None else turn.zone
        await turn.say(turn.t("timezone-choose", current=name), kb.as_markup())

    @router.callback_query(ZoneCb.filter(F.i.in_(range(len(ZONES)))))
    async def on_zone(
        query: CallbackQuery, callback_data: ZoneCb, turn: Turn, questions: Questions
    ) -> None:
        await done(query)
        await turn.deps["users"].set_timezone(turn.user.id, ZONES[callback_data.i])
        turn.zone = ZONES[callback_data.i]
        await turn.say(turn.t("timezone-set", zone=turn.t(f"tz-{callback_data.i}")))
        await questions.ask_current(turn)

    return router
