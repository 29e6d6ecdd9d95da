"""The form's handlers: each one state-independent, the form's states in their filters.
A typed answer, a button, Back and Skip, a shared contact, a file, an edited message, and
anything else while a question is open. Each takes the turn (and the event, and a button's
data); the engine comes with the turn's services (`engine_of`)."""

from __future__ import annotations

import re

from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from flows import procedure
from flows.case import InputError
from flows.steps import exits
from flows.steps.engine.engine import Engine, current, engine_of, pressed
from flows.steps.engine.specs import AnswerCb, Ctx, NavCb, maybe
from flows.steps.memory import Memory
from flows.steps.turn import Turn, done, later_album_part


async def on_button(query: CallbackQuery, callback_data: AnswerCb, turn: Turn) -> None:
    engine = engine_of(turn)
    now = await pressed(turn, engine, callback_data.c, callback_data.q)
    if now is None:
        await _stale(query, turn)
        return
    ctx, qid = now
    spec = engine.form.specs[qid]
    if callback_data.v not in {v for v, _ in await maybe(spec.options(ctx))}:
        await _stale(query, turn)
        return
    await done(query)
    if spec.parse_buttons and spec.parse is not None:
        await _typed(ctx, qid, callback_data.v, engine)
        return
    await engine.answer(ctx, qid, callback_data.v)


async def on_nav(query: CallbackQuery, callback_data: NavCb, turn: Turn) -> None:
    engine = engine_of(turn)
    now = await pressed(turn, engine, callback_data.c, callback_data.q)
    if now is None:
        await _stale(query, turn)
        return
    ctx, qid = now
    spec = engine.form.specs[qid]
    if callback_data.a == "skip" and spec.skip is not None:
        await done(query)
        await engine.after(ctx, qid, await maybe(spec.skip(ctx)))
    elif callback_data.a == "back":
        await done(query)
        await go_back(ctx, qid, engine)
    else:
        await _stale(query, turn)


async def on_contact(message: Message, turn: Turn) -> None:
    engine = engine_of(turn)
    now = await current(turn, engine)
    if now is None or message.contact is None:
        return
    ctx, qid = now
    contact = message.contact
    if contact.user_id is not None and contact.user_id != turn.user.id:
        await engine.reject(ctx, qid, InputError("err-contact-not-yours"))
        return
    await _typed(ctx, qid, contact.phone_number, engine)


async def on_media(message: Message, turn: Turn) -> None:
    engine = engine_of(turn)
    now = await current(turn, engine)
    if now is None:
        return
    ctx, qid = now
    take = engine.form.specs[qid].on_media
    if take is not None:
        await engine.after(ctx, qid, await take(ctx, message))


async def on_text(message: Message, turn: Turn) -> None:
    engine = engine_of(turn)
    now = await current(turn, engine)
    if now is None or message.text is None:
        return
    ctx, qid = now
    if message.text == turn.t("btn-back"):
        await turn.say(turn.t("going-back"), ReplyKeyboardRemove())
        await go_back(ctx, qid, engine)
        return
    await _typed(ctx, qid, message.text, engine, message_id=message.message_id)


async def on_edited(message: Message, turn: Turn) -> None:
    """An edited message. The last typed answer, edited, is the new answer to its question
    (and the conversation goes on from there); an older one cannot be matched to a question
    safely, so the person hears how to change it."""
    engine = engine_of(turn)
    now = await current(turn, engine)
    last = await Memory(turn.state).last_answer()
    qid = last.question if last and last.message_id == message.message_id else None
    spec = engine.form.specs.get(qid) if qid else None
    if now is None or qid is None or spec is None or spec.parse is None or not message.text:
        await turn.say(turn.t("edit-old"))
        if now is not None:
            await engine.ask(*now)
        return
    await turn.say(turn.t("edit-taken"))
    ctx = now[0]
    if await _typed(ctx, qid, message.text, engine):
        await engine.save(ctx)  # the open question did not change, so nothing saved it


async def on_unexpected(message: Message, turn: Turn) -> None:
    """Anything else while a question is open: what we expect, and the question again."""
    engine = engine_of(turn)
    now = await current(turn, engine)
    if now is None:
        await exits.to_menu(turn)
        return
    ctx, qid = now
    if later_album_part(turn, message):
        return
    if message.text is not None and message.text == turn.t("btn-back"):
        await go_back(ctx, qid, engine)
        return
    await turn.say(turn.t(engine.form.specs[qid].hint))
    await engine.ask(ctx, qid)


# "/frobnicate" or "/stats@claimbot": Telegram's shape of a command (the known ones are taken
# by their routers before the form sees the text)
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?(\s|$)")


async def _typed(
    ctx: Ctx, qid: str, text: str, engine: Engine, *, message_id: int | None = None
) -> bool:
    """Read a typed answer and go on; False when it was not understood (asked again).
    `message_id`: the message typed, remembered as the last answer (an edit of it is a new
    answer) before the step goes on, so it is stored in the step's one commit."""
    spec = engine.form.specs[qid]
    if spec.parse is None:  # a question answered by buttons only
        await engine.reject(ctx, qid, InputError(spec.hint))
        return False
    if _COMMAND.match(text):  # a command the bot does not have, never an answer
        await engine.reject(ctx, qid, InputError("err-command-unknown"))
        return False
    if len(text) > 4096:  # more than one Telegram message holds
        await engine.reject(ctx, qid, InputError("err-text-long", limit=4096))
        return False
    try:
        value = spec.parse(text, ctx)
    except InputError as error:
        await engine.reject(ctx, qid, error)
        return False
    if message_id is not None:
        await Memory(ctx.turn.state).set_last_answer(message_id, qid)
    if spec.contact:
        await ctx.turn.say(ctx.t("ok"), ReplyKeyboardRemove())
    await engine.answer(ctx, qid, value)
    return True


async def go_back(ctx: Ctx, qid: str, engine: Engine) -> None:
    await Memory(ctx.turn.state).set_return_to(None)
    previous = procedure.previous_question(ctx.case, qid)
    await engine.ask(ctx, previous or qid)


async def _stale(query: CallbackQuery, turn: Turn) -> None:
    await done(query, turn.t("stale-button"))
    await turn.say(turn.t("stale-button"))
    await turn.services.questions.ask_current(turn)
