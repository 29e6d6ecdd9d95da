"""/timezone: reminders come at a decent hour of the person's own day. A zone is a button
with a city, or a city or region typed (`/timezone Екатеринбург`, or just «Екатеринбург»
right after /timezone); the places are data, `flows/data/places/cities.toml`."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from flows.steps.callbacks import Index
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.turn import Turn, done
from flows.zones import zone_for

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


async def _waiting_for_place(message: Message, state: FSMContext) -> bool:
    return bool(message.text) and await Memory(state).waiting_for_place()


def _zone_name(turn: Turn, zone: str, place: str | None = None) -> str:
    if zone in ZONES:
        return turn.t(f"tz-{ZONES.index(zone)}")
    return place or zone


async def _set_zone(turn: Turn, zone: str, name: str) -> None:
    await Memory(turn.state).set_waiting_for_place(False)
    await turn.services.users.set_timezone(turn.user.id, zone)
    turn.zone = zone
    await turn.say(turn.t("timezone-set", zone=name))
    await turn.services.questions.ask_current(turn)


def create_router() -> Router:
    router = Router(name="settings")

    @router.message(Command("timezone"))
    async def on_timezone(message: Message, command: CommandObject, turn: Turn) -> None:
        if command.args:  # "/timezone Екатеринбург"
            zone = zone_for(command.args)
            if zone is not None:
                await _set_zone(turn, zone, _zone_name(turn, zone, command.args.strip()))
                return
        kb = Keyboard()
        for index, _ in enumerate(ZONES):
            kb.button(text=turn.t(f"tz-{index}"), callback_data=ZoneCb(i=index))
        kb.adjust(2)
        await Memory(turn.state).set_waiting_for_place(True)
        await turn.say(
            turn.t("timezone-choose", current=_zone_name(turn, turn.zone)), kb.as_markup()
        )

    @router.message(_waiting_for_place)
    async def on_place(message: Message, turn: Turn) -> None:
        """A typed city or region right after /timezone. Anything else is an answer to the
        open question: the flag goes and the message passes on to the dialogue."""
        zone = zone_for(message.text or "")
        await Memory(turn.state).set_waiting_for_place(False)
        if zone is None:
            raise SkipHandler
        await _set_zone(turn, zone, _zone_name(turn, zone, (message.text or "").strip()))

    @router.callback_query(ZoneCb.filter(F.i.in_(range(len(ZONES)))))
    async def on_zone(query: CallbackQuery, callback_data: ZoneCb, turn: Turn) -> None:
        await done(query)
        zone = ZONES[callback_data.i]
        await _set_zone(turn, zone, turn.t(f"tz-{callback_data.i}"))

    return router
