"""After the claim (or the appeal): the seller's or the platform's answer, recorded as it came —
text, screenshots, a PDF — with what it says in one tap, its detail and its date; then the
advice for it (`flows/answers.py`) with the buttons that act on it.

Every button of these questions carries the number of the answer it belongs to, so a button
left under an answer already recorded is stale, never taken for the next answer's."""

from __future__ import annotations

from datetime import date, timedelta

from aiogram.types import Message

from flows import procedure
from flows.answers import Advice, advise
from flows.case import (
    AnswerKind,
    AppealOutcome,
    Case,
    InputError,
    Offer,
    Path,
    RefusalReason,
    SellerAnswer,
    SellerReply,
    Status,
    Warranty,
    check_past,
    parse_answer_kind,
    parse_date,
    parse_partial_amount,
    parse_text,
    said_done,
    said_paid,
    said_warranty,
)
from flows.claims import DocKind
from flows.documents.replies import can_write
from flows.money import figures
from flows.schedule import ReminderKind
from flows.steps.engine import Ctx, Goto, Leave, Option, Outcome, Quiet, Spec, Stay, close_case
from flows.steps.engine.fields import date_options, day_text, read_date, text_question
from flows.steps.stages.evidence import MAX_BYTES

MAX_REPLY_FILES = 10  # one answer: a letter's pages, a chat's screenshots
MAX_REPLY_TEXT = 8000  # pasted in several messages, two Telegram messages' worth
UNTIL_AHEAD = timedelta(days=366)  # "we will answer by" / a check's date: within a year
# a warranty's last day, as typed: more than three years ahead is taken for a slip of the keys
# (a refusal over the period comes after a while; a longer warranty is told «Не знаю»'s advice)
WARRANTY_AHEAD_YEARS = 3

# what each path's answer may say: the platform answers an appeal in fewer ways
BUYER_KINDS = tuple(AnswerKind)
SELLER_KINDS = (AnswerKind.DONE, AnswerKind.REFUSED, AnswerKind.LATER, AnswerKind.DOCUMENTS)


def kinds_for(case: Case) -> tuple[AnswerKind, ...]:
    return SELLER_KINDS if case.path is Path.SELLER else BUYER_KINDS


def waiting_question(case: Case) -> str:
    """Where a person who leaves the advice comes back to: the question with «ответил»."""
    return "appeal_outcome" if case.path is Path.SELLER else "awaiting_answer"


def start_recording(case: Case) -> SellerReply:
    """A new answer to record (or the one being recorded, resumed): numbered now, so its files
    are stored with its number as they come."""
    if case.reply is None:
        case.reply = SellerReply(number=len(case.replies) + 1)
    return case.reply


async def begin(ctx: Ctx) -> Goto:
    """«Ответили»: record an answer — the one begun, if any, or a new one (the last one's
    advice, still open, is left for it). Files a dropped answer left under this number are
    counted in (they came for the same answer)."""
    if _recorded(ctx.case):
        ctx.case.reply = None
    reply = start_recording(ctx.case)
    if not reply.files:
        files = await ctx.cases.evidence(ctx.case.id)
        reply.files = sum(1 for f in files if f.reply == reply.number)
    return Goto("reply_text")


def _recorded(case: Case) -> bool:
    reply = case.reply
    return reply is not None and any(r.number == reply.number for r in case.replies)


def _keep(case: Case) -> None:
    """An answer already recorded, changed (an edited message answers its question again): the
    recorded copy — what the documents and the case file read — takes the change too."""
    reply = case.reply
    if reply is None or not _recorded(case):
        return
    case.replies = [
        reply.model_copy(deep=True) if recorded.number == reply.number else recorded
        for recorded in case.replies
    ]


def drop_unrecorded(case: Case) -> None:
    """Another choice at the waiting question: an answer begun and never dated goes (its files
    stay in the case's evidence, with its number, for the next one to take)."""
    if case.reply is not None and not _recorded(case):
        case.reply = None


def _reply(ctx: Ctx) -> SellerReply:
    """The answer being recorded: every question of this module is asked only while there is
    one (`flows/procedure.py`)."""
    if ctx.case.reply is None:
        raise LookupError("no answer is being recorded")
    return ctx.case.reply


def _mark(ctx: Ctx, value: str) -> str:
    """A button's value for this answer: `value.<number>`."""
    return f"{value}.{_reply(ctx).number}"


def _unmark(value: str) -> str:
    return value.rpartition(".")[0] or value


def _who(case: Case) -> str:
    return "platform" if case.path is Path.SELLER else "seller"


# -- the answer as it came -------------------------------------------------------------------


def _received(ctx: Ctx) -> str:
    reply = _reply(ctx)
    if not reply.text and not reply.files:
        return ctx.t("reply-received-nothing")
    return ctx.t("reply-received", text="yes" if reply.text else "no", files=reply.files)


def _text_prompt(ctx: Ctx) -> str:
    return ctx.t("q-reply-text", who=_who(ctx.case), received=_received(ctx), limit=MAX_REPLY_FILES)


def _text_options(ctx: Ctx) -> list[Option]:
    reply = _reply(ctx)
    if reply.text or reply.files:
        return [(_mark(ctx, "done"), ctx.t("btn-reply-done"))]
    return [(_mark(ctx, "none"), ctx.t("btn-reply-no-copy"))]


def _parse_text(text: str, ctx: Ctx) -> str:
    reply = _reply(ctx)
    if said_done(text) and (reply.text or reply.files):
        return _mark(ctx, "done")
    return parse_text(text, limit=4096, minimum=2)


def _text_apply(ctx: Ctx, value: str) -> Outcome:
    reply = _reply(ctx)
    if value in (_mark(ctx, "done"), _mark(ctx, "none")):
        return None  # on to what it says
    if value in (reply.text or ""):  # the same words again: kept once
        raise InputError("reply-text-duplicate")
    joined = f"{reply.text}\n\n{value}" if reply.text else value
    if len(joined) > MAX_REPLY_TEXT:
        raise InputError("err-text-long", limit=MAX_REPLY_TEXT)
    reply.text = joined
    return Stay()


async def _text_store(ctx: Ctx, value: str) -> Outcome:
    try:
        return _text_apply(ctx, value)
    except InputError as error:
        await ctx.turn.say(ctx.t(error.key, **error.args_))
        return Stay()


def _file_of(message: Message) -> tuple[str, str, str, str | None, int | None] | None:
    """(kind, file id, unique id, name, size) of a photo, a screenshot sent as a file, a PDF."""
    if message.photo:
        photo = message.photo[-1]
        return "photo", photo.file_id, photo.file_unique_id, None, photo.file_size
    if message.document:
        d = message.document
        return "document", d.file_id, d.file_unique_id, d.file_name, d.file_size
    if message.video:
        v = message.video
        return "video", v.file_id, v.file_unique_id, v.file_name, v.file_size
    return None


async def _on_media(ctx: Ctx, message: Message) -> Outcome:
    reply = _reply(ctx)
    found = _file_of(message)
    if found is None:  # the router lets only photos, documents and videos through
        return None
    kind, file_id, unique, name, size = found
    if size is not None and size > MAX_BYTES:
        await ctx.turn.say(ctx.t("evidence-too-big", mb=MAX_BYTES // (1024 * 1024)))
        return Quiet()
    if reply.files >= MAX_REPLY_FILES:
        await ctx.turn.say(ctx.t("reply-too-many", limit=MAX_REPLY_FILES))
        return Quiet()
    added = await ctx.cases.add_evidence(
        ctx.case.id,
        kind=kind,
        file_id=file_id,
        file_unique_id=unique,
        name=(name or "")[:100] or None,
        size=size,
        caption=(message.caption or "").strip()[:200] or None,
        at=ctx.turn.services.clock.now(),
        reply=reply.number,
    )
    if added:
        reply.files += 1
    _take_caption(reply, message.caption)
    engine, turn = ctx.engine, ctx.turn
    key = "reply-file-added" if added else "reply-file-duplicate"
    if message.media_group_id is not None:
        # one word for a whole album, once its last file is in
        async def acknowledge() -> None:
            fresh = await _stored_ctx(ctx)
            if fresh is None:
                return
            count = fresh.case.reply.files if fresh.case.reply else 0
            await turn.say(
                ctx.t("reply-file-added", count=count), await engine.keyboard(fresh, TEXT)
            )

        turn.services.albums.later(f"{turn.chat_id}:{message.media_group_id}", acknowledge)
        if not added:
            await turn.say(ctx.t(key, count=reply.files))
        return Quiet()
    await turn.say(ctx.t(key, count=reply.files), await engine.keyboard(ctx, TEXT))
    return Quiet()


def _take_caption(reply: SellerReply, caption: str | None) -> None:
    """Words under a screenshot are the answer's words too (once, within the limit)."""
    words = (caption or "").strip()
    if len(words) < 2 or words in (reply.text or ""):
        return
    joined = f"{reply.text}\n\n{words}" if reply.text else words
    if len(joined) <= MAX_REPLY_TEXT:
        reply.text = joined


async def _stored_ctx(ctx: Ctx) -> Ctx | None:
    """The case as stored now (an album's last part was stored by another update)."""
    case = await ctx.cases.get(ctx.case.id, ctx.turn.user.id)
    if case is None or case.reply is None:
        return None
    return Ctx(turn=ctx.turn, case=case, today=ctx.today, engine=ctx.engine)


# -- what it says, and its detail ------------------------------------------------------------


def _kind_prompt(ctx: Ctx) -> str:
    return ctx.t("q-reply-kind", who=_who(ctx.case))


def _kind_options(ctx: Ctx) -> list[Option]:
    who = _who(ctx.case)
    return [
        (_mark(ctx, k.value), ctx.t(f"reply-kind-{who}-{k.value}")) for k in kinds_for(ctx.case)
    ]


def _parse_kind(text: str, ctx: Ctx) -> str:
    kind = parse_answer_kind(text)
    if kind not in kinds_for(ctx.case):
        raise InputError("hint-reply-kind")
    return _mark(ctx, kind.value)


def _kind_apply(ctx: Ctx, value: str) -> None:
    _reply(ctx).kind = AnswerKind(_unmark(value))


def _reason_options(ctx: Ctx) -> list[Option]:
    return [(_mark(ctx, r.value), ctx.t(f"reply-reason-{r.value}")) for r in RefusalReason]


def _reason_apply(ctx: Ctx, value: str) -> None:
    _reply(ctx).reason = RefusalReason(_unmark(value))


def _offer_options(ctx: Ctx) -> list[Option]:
    return [(_mark(ctx, o.value), ctx.t(f"reply-offer-{o.value}")) for o in Offer]


def _offer_apply(ctx: Ctx, value: str) -> None:
    _reply(ctx).offer = Offer(_unmark(value))


def _amount_prompt(ctx: Ctx) -> str:
    price = ctx.case.price
    return ctx.t("q-reply-amount", price=figures(price) if price is not None else "none")


# -- a partial sum: arrived, or only offered --------------------------------------------------


def _paid_prompt(ctx: Ctx) -> str:
    amount = _reply(ctx).amount
    return ctx.t("q-reply-paid", amount=figures(amount) if amount is not None else "none")


def _paid_options(ctx: Ctx) -> list[Option]:
    return [
        (_mark(ctx, "paid"), ctx.t("btn-reply-paid")),
        (_mark(ctx, "offered"), ctx.t("btn-reply-offered")),
    ]


def _parse_paid(text: str, ctx: Ctx) -> str | date:
    """«да» / «нет», or the day the money came, typed at once."""
    said = said_paid(text)
    if said is not None:
        return _mark(ctx, "paid" if said else "offered")
    try:
        return _parse_paid_on(text, ctx)
    except InputError as error:
        if error.key in ("err-date-future", "err-date-too-old", "err-reply-paid-early"):
            raise
        raise InputError("hint-reply-paid") from error


def _parse_paid_on(text: str, ctx: Ctx) -> date:
    """Not in the future; not before the order (money back for what was never bought). It may
    come before or after the answer's own date: a seller pays, then writes, or the reverse."""
    day = check_past(read_date(text, ctx), ctx.today)
    ordered = ctx.case.ordered_on
    if ordered is not None and day < ordered:
        raise InputError("err-reply-paid-early", earliest=day_text(ctx.t, ordered))
    return day


def _after(ctx: Ctx, qid: str) -> Outcome:
    """Past `qid` too: a typed answer that gave what it asks as well."""
    following = procedure.next_question(ctx.case, qid)
    return Goto(following) if following is not None else None


def _paid_apply(ctx: Ctx, value: str | date) -> Outcome:
    reply = _reply(ctx)
    if isinstance(value, date):
        reply.paid_on, reply.paid_asked = value, True
        _keep(ctx.case)
        return _after(ctx, "reply_paid_on")
    if _unmark(value) == "offered":
        reply.paid_on, reply.paid_asked = None, True
        _keep(ctx.case)
        return None  # on past the day it came: it has not
    # arrived: its day next (a day given before stays, to be kept or changed)
    reply.paid_asked = False
    return Goto("reply_paid_on")


def _paid_on_apply(ctx: Ctx, value: date) -> None:
    reply = _reply(ctx)
    reply.paid_on, reply.paid_asked = value, True
    _keep(ctx.case)


# -- a refusal over the period: the warranty ---------------------------------------------------


def _warranty_options(ctx: Ctx) -> list[Option]:
    return [
        (_mark(ctx, Warranty.UNTIL.value), ctx.t("btn-warranty-until")),
        (_mark(ctx, Warranty.NONE.value), ctx.t("btn-warranty-none")),
        (_mark(ctx, Warranty.UNKNOWN.value), ctx.t("btn-warranty-unknown")),
    ]


def _parse_warranty(text: str, ctx: Ctx) -> str | date:
    """«нет», «не знаю», or the warranty's last day typed at once («до 01.03.2026»)."""
    said, text = said_warranty(text)
    if said is not None:
        return _mark(ctx, said.value)
    try:
        return _parse_warranty_until(text, ctx)
    except InputError as error:
        if error.key in ("err-warranty-early", "err-warranty-far", "err-date-too-old"):
            raise
        raise InputError("hint-reply-warranty") from error


def _parse_warranty_until(text: str, ctx: Ctx) -> date:
    """A day after handover (a warranty runs from it, law-facts §1 ст. 19 [S13]), in the past
    or ahead, but not years beyond what a warranty gives."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        day = parse_date(text, ctx.today)
    received = ctx.case.received_on
    if received is not None and day <= received:
        raise InputError("err-warranty-early", earliest=day_text(ctx.t, received))
    if day.year < ctx.today.year - 10:
        raise InputError("err-date-too-old")
    if day > _years_after(ctx.today, WARRANTY_AHEAD_YEARS):
        raise InputError("err-warranty-far", years=WARRANTY_AHEAD_YEARS)
    return day


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return date(day.year + years, 2, 28)


def _warranty_apply(ctx: Ctx, value: str | date) -> Outcome:
    reply = _reply(ctx)
    if isinstance(value, date):
        reply.warranty, reply.warranty_until = Warranty.UNTIL, value
        _keep(ctx.case)
        return _after(ctx, "reply_warranty_until")
    chosen = Warranty(_unmark(value))
    if chosen is Warranty.UNTIL:
        # its last day next (one given before stays, to be kept or changed)
        reply.warranty = None if reply.warranty_until is None else Warranty.UNTIL
        return Goto("reply_warranty_until")
    reply.warranty, reply.warranty_until = chosen, None
    _keep(ctx.case)
    return None


def _warranty_until_apply(ctx: Ctx, value: date) -> None:
    reply = _reply(ctx)
    reply.warranty, reply.warranty_until = Warranty.UNTIL, value
    _keep(ctx.case)


def _until_prompt(ctx: Ctx) -> str:
    kind = _reply(ctx).kind
    return ctx.t("q-reply-until", kind="check" if kind is AnswerKind.CHECK else "later")


def _earliest(ctx: Ctx) -> date | None:
    """No answer before the claim (or the appeal's review) reached them. A claim returned
    unclaimed counts as delivered on the day of its return (ГК ст. 165.1), the latest day it
    could have reached them: a seller may answer before it (in the chat, or refusing the
    letter), so that day bounds nothing (review of issue 21, M5)."""
    if ctx.case.path is Path.SELLER:
        return ctx.case.review.published_on
    if ctx.case.delivery.unclaimed is not None:
        return None
    return ctx.case.delivery.delivered_on


def _parse_until(text: str, ctx: Ctx) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        day = parse_date(text, ctx.today, prefer="future")
    earliest = _earliest(ctx)
    if earliest is not None and day < earliest:
        raise InputError("err-reply-until-early", earliest=day_text(ctx.t, earliest))
    if day > ctx.today + UNTIL_AHEAD:
        raise InputError("err-reply-until-far")
    return day


def _until_apply(ctx: Ctx, value: date | None) -> None:
    _reply(ctx).until = value


def _detail_apply(ctx: Ctx, value: str | None) -> None:
    _reply(ctx).detail = value


def _parse_date(text: str, ctx: Ctx) -> date:
    day = check_past(read_date(text, ctx), ctx.today)
    earliest = _earliest(ctx)
    if earliest is not None and day < earliest:
        key = (
            "err-reply-before-appeal" if ctx.case.path is Path.SELLER else "err-reply-before-claim"
        )
        raise InputError(key, earliest=day_text(ctx.t, earliest))
    return day


async def _date_apply(ctx: Ctx, value: date) -> Outcome:
    """The answer's date: the answer is recorded now, with its event in the timeline, the
    reminders it calls for, and the standing the documents read (`seller_answer`)."""
    case, reply = ctx.case, _reply(ctx)
    reply.received_on = value
    if _recorded(case):  # an edited date: the answer recorded takes it, nothing twice
        _keep(case)
        return None
    now = ctx.turn.services.clock.now()
    reply.recorded_at = now
    case.replies.append(reply.model_copy(deep=True))
    await ctx.cases.log(
        case.id,
        now,
        "reply",
        n=reply.number,
        kind=reply.kind.value if reply.kind else None,
        reason=reply.reason.value if reply.reason else None,
        received_on=value.isoformat(),
    )
    _stand(case, reply)
    await _remind(ctx, reply)
    return None


def _stand(case: Case, reply: SellerReply) -> None:
    """Where the demand (or the appeal) stands for the documents that follow: met or refused
    only when the answer says so; any other answer leaves it as it was."""
    if case.path is Path.SELLER:
        outcomes = {
            AnswerKind.DONE: AppealOutcome.REMOVED,
            AnswerKind.REFUSED: AppealOutcome.REFUSED,
        }
        if reply.kind in outcomes:
            case.appeal_outcome = outcomes[reply.kind]
        return
    standings = {AnswerKind.DONE: SellerAnswer.SOLVED, AnswerKind.REFUSED: SellerAnswer.REFUSED}
    if reply.kind in standings:
        case.seller_answer = standings[reply.kind]


async def _remind(ctx: Ctx, reply: SellerReply) -> None:
    """The reminders the advice calls for: a day the answer named, in the person's zone; the
    "deadline passed" one gone where the answer makes it pointless."""
    case = ctx.case
    advice = advise(case, reply, ctx.today)
    reminders = ctx.turn.services.reminders
    if advice.cancels_deadline_reminder:
        await reminders.cancel_seller_deadline(case.id)
    if advice.remind_on is not None and advice.remind_on >= ctx.today:  # a past date: no use
        kind = (
            ReminderKind.QUALITY_CHECK
            if reply.kind is AnswerKind.CHECK
            else ReminderKind.ANSWER_PROMISED
        )
        await reminders.reply_follow_up(case, ctx.turn.chat_id, kind, advice.remind_on)


# -- the advice ------------------------------------------------------------------------------


def _advice(ctx: Ctx) -> Advice:
    return advise(ctx.case, _reply(ctx), ctx.today)


def _advice_prompt(ctx: Ctx) -> str:
    reply, advice = _reply(ctx), _advice(ctx)
    dates = {name: day_text(ctx.t, day) for name, day in advice.dates.items()}
    head = ctx.t(
        "reply-recorded",
        number=reply.number,
        date=day_text(ctx.t, reply.received_on) if reply.received_on else "",
        kind=ctx.t(f"reply-kind-{_who(ctx.case)}-{reply.kind}"),
    )
    return f"{head}\n\n{ctx.t(advice.key, **advice.args, **dates)}"


def _writable(ctx: Ctx, advice: Advice) -> DocKind | None:
    """The written reply the advice calls for, when it can be true today (an order never
    delivered has no item to hand over for a check; a part that covers the whole demand
    leaves nothing to reserve): the documents decide, so the chat never offers one they
    would refuse."""
    document = advice.document
    if document is None or not can_write(document, ctx.case, ctx.today):
        return None
    return document


async def _made(ctx: Ctx, advice: Advice) -> bool:
    """The written reply for this answer is made already (it is in the chat and the case
    file): its button goes, and a second press of an old one is stale, never a second copy."""
    if advice.document is None:
        return False
    number = _reply(ctx).number
    made = await ctx.cases.documents(ctx.case.id)
    return any(d.kind == advice.document.value and d.version == number for d in made)


async def _advice_options(ctx: Ctx) -> list[Option]:
    advice = _advice(ctx)
    options: list[Option] = []
    if _writable(ctx, advice) is not None and not await _made(ctx, advice):
        options.append((_mark(ctx, "doc"), ctx.t("btn-reply-document")))
    if advice.escalate:
        options.append((_mark(ctx, "escalate"), ctx.t("btn-escalate-now")))
    if advice.close:
        options.append((_mark(ctx, "close"), ctx.t("btn-reply-close")))
    options.append((_mark(ctx, "later"), ctx.t("btn-later")))
    options.append((_mark(ctx, "another"), ctx.t("btn-reply-another")))
    return options


async def _advice_apply(ctx: Ctx, value: str) -> Outcome:
    case, reply, action = ctx.case, _reply(ctx), _unmark(value)
    if action == "doc":
        document = _writable(ctx, _advice(ctx))
        if document is not None:
            await ctx.turn.say(ctx.t("docs-preparing"))
            await ctx.turn.owe(case, document, ctx.today, version=reply.number)
        return Stay()
    back = waiting_question(case)
    if action == "another":
        case.reply = None
        start_recording(case)
        return Goto("reply_text")
    case.reply = None  # the advice is left: its questions leave the walk
    if action == "escalate":
        now = ctx.turn.services.clock.now()
        await ctx.cases.log(case.id, now, "escalate", reason="reply", n=reply.number)
        return Goto("seller_routes" if case.path is Path.SELLER else "route")
    if action == "close":
        key = "appeal-removed" if case.path is Path.SELLER else "seller-solved"
        leave = await close_case(ctx, Status.SOLVED, key)
        return Leave(leave.text_key, resume_at=back)
    return Leave("awaiting-later", resume_at=back)


TEXT = Spec(
    "reply_text",
    _text_prompt,
    _text_options,
    parse=_parse_text,
    apply=_text_store,
    done=lambda case: case.reply is not None and bool(case.reply.text or case.reply.files),
    hint="hint-reply-file",
    on_media=_on_media,
)

SPECS = (
    TEXT,
    Spec(
        "reply_kind",
        _kind_prompt,
        _kind_options,
        parse=_parse_kind,
        apply=_kind_apply,
        done=lambda case: case.reply is not None and case.reply.kind is not None,
        hint="hint-reply-kind",
        columns=1,
    ),
    Spec(
        "reply_reason",
        lambda ctx: ctx.t("q-reply-reason"),
        _reason_options,
        apply=_reason_apply,
        done=lambda case: case.reply is not None and case.reply.reason is not None,
    ),
    text_question(
        "reply_words",
        "q-reply-words",
        limit=500,
        minimum=2,
        apply=_detail_apply,
        done=lambda case: case.reply is not None and bool(case.reply.detail),
    ),
    Spec(
        "reply_offer",
        lambda ctx: ctx.t("q-reply-offer"),
        _offer_options,
        apply=_offer_apply,
        done=lambda case: case.reply is not None and case.reply.offer is not None,
    ),
    Spec(
        "reply_amount",
        _amount_prompt,
        parse=lambda text, ctx: parse_partial_amount(text, ctx.case.price),
        attr="reply.amount",
        hint="hint-text",
    ),
    Spec(
        "reply_warranty",
        lambda ctx: ctx.t("q-reply-warranty"),
        _warranty_options,
        parse=_parse_warranty,
        apply=_warranty_apply,
        done=lambda case: case.reply is not None and case.reply.warranty is not None,
        hint="hint-reply-warranty",
    ),
    Spec(
        "reply_warranty_until",
        lambda ctx: ctx.t("q-reply-warranty-until"),
        parse=_parse_warranty_until,
        apply=_warranty_until_apply,
        done=lambda case: case.reply is not None and case.reply.warranty_until is not None,
        hint="hint-date",
    ),
    Spec(
        "reply_paid",
        _paid_prompt,
        _paid_options,
        parse=_parse_paid,
        apply=_paid_apply,
        done=lambda case: case.reply is not None and case.reply.paid_asked,
        hint="hint-reply-paid",
    ),
    Spec(
        "reply_paid_on",
        lambda ctx: ctx.t("q-reply-paid-on"),
        date_options,
        parse=_parse_paid_on,
        apply=_paid_on_apply,
        done=lambda case: case.reply is not None and case.reply.paid_on is not None,
        hint="hint-date",
        columns=2,
        parse_buttons=True,
    ),
    Spec(
        "reply_until",
        _until_prompt,
        parse=_parse_until,
        apply=_until_apply,
        skip=lambda ctx: _until_apply(ctx, None),
        done=lambda case: True,  # optional: not every answer names a date
        hint="hint-date",
    ),
    text_question(
        "reply_where",
        "q-reply-where",
        limit=300,
        minimum=2,
        apply=_detail_apply,
        skip=lambda ctx: _detail_apply(ctx, None),
        done=lambda case: True,  # optional
    ),
    text_question(
        "reply_documents",
        "q-reply-documents",
        limit=500,
        minimum=2,
        apply=_detail_apply,
        done=lambda case: case.reply is not None and bool(case.reply.detail),
    ),
    Spec(
        "reply_date",
        lambda ctx: ctx.t("q-reply-date", who=_who(ctx.case)),
        date_options,
        parse=_parse_date,
        apply=_date_apply,
        done=lambda case: case.reply is not None and case.reply.received_on is not None,
        hint="hint-date",
        columns=2,
        parse_buttons=True,
    ),
    Spec(
        "reply_advice",
        _advice_prompt,
        _advice_options,
        apply=_advice_apply,
        back=False,  # recorded: another answer is «Ещё ответ», not Back
    ),
)
