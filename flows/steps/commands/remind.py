"""What a reminder says, and its buttons: "they answered", "escalate now", "remind me in 3 days".

The scheduler (`bot/reminders.py`) knows rows and rates; this module knows the words.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any, Literal, Protocol
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup

from flows import procedure
from flows.case import Case, Path, PostLetter, Status
from flows.claims import DocKind, police_filed_on
from flows.law import DeadlineKind, deadline
from flows.money import figures
from flows.schedule import ReminderKind, own_window_applies, penalty_to, seller_deadline
from flows.steps import similar
from flows.steps.callbacks import RowId, Word
from flows.steps.commands import retention
from flows.steps.engine import Ctx, Engine, engine_of
from flows.steps.engine.fields import day_text
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.services import Services
from flows.steps.stages import answer
from flows.steps.tracked import letter_of
from flows.steps.turn import Turn, done
from flows.titles import spoken_title
from flows.tracking import LetterState, Purpose

SNOOZE_DAYS = 3
# "Remind me later" on these is putting off escalation: the moment for how similar cases went
HESITATING = frozenset({ReminderKind.SELLER_DEADLINE, ReminderKind.MARKETPLACE_DEADLINE})
_RECORDING = {spec.qid for spec in answer.SPECS}  # an answer being recorded resumes where it was


class RemindCb(CallbackData, prefix="r"):
    a: Literal["open", "snooze", "no_answer", "reply"]
    c: RowId  # case id
    q: Word = ""  # question to open at
    k: ReminderKind | Literal[""] = ""  # reminder kind, for snooze


def _buttons(
    t: Callable[..., str], case_id: int, kind: ReminderKind, path: Path, question: str = ""
) -> InlineKeyboardMarkup:
    kb = Keyboard()
    if kind is ReminderKind.SUPPORT_FOLLOW_UP and path is Path.SELLER:
        # the platform's answer: its question offers «Площадка ответила» and the outcomes
        kb.button(
            text=t("btn-they-answered"),
            callback_data=RemindCb(a="open", c=case_id, q="appeal_outcome"),
        )
    elif kind is ReminderKind.SUPPORT_FOLLOW_UP:
        kb.button(
            text=t("btn-they-answered"),
            callback_data=RemindCb(a="open", c=case_id, q="support_outcome"),
        )
        kb.button(text=t("btn-no-answer-go-on"), callback_data=RemindCb(a="no_answer", c=case_id))
    elif kind in (ReminderKind.SELLER_DEADLINE, ReminderKind.MARKETPLACE_DEADLINE):
        kb.button(text=t("btn-they-answered"), callback_data=RemindCb(a="reply", c=case_id))
        kb.button(
            text=t("btn-escalate-now"), callback_data=RemindCb(a="open", c=case_id, q="route")
        )
    elif kind in (ReminderKind.ANSWER_PROMISED, ReminderKind.QUALITY_CHECK):
        kb.button(text=t("btn-they-answered"), callback_data=RemindCb(a="reply", c=case_id))
    elif kind is ReminderKind.STATE_BODY:
        kb.button(
            text=t("btn-open-case-full"), callback_data=RemindCb(a="open", c=case_id, q="route")
        )
    elif kind is ReminderKind.LETTER_NEWS:
        _news_buttons(kb, t, case_id, question)
    elif kind is ReminderKind.LETTER_FOLLOW_UP:
        kb.button(
            text=t("btn-letter-delivered"),
            callback_data=RemindCb(a="open", c=case_id, q=question or "delivered_on"),
        )
    else:
        kb.button(text=t("btn-open-case-full"), callback_data=RemindCb(a="open", c=case_id))
    if kind not in (ReminderKind.OWN_WINDOW, ReminderKind.LETTER_NEWS):
        kb.button(
            text=t("btn-snooze", days=SNOOZE_DAYS),
            callback_data=RemindCb(a="snooze", c=case_id, k=kind),
        )
    kb.adjust(1)
    return kb.as_markup()


def _news_buttons(kb: Keyboard, t: Callable[..., str], case_id: int, question: str) -> None:
    """A letter's news: make the documents again after a correction (from the route
    question), correct the delivery day, or open the case."""
    if question == "route":
        remake = RemindCb(a="open", c=case_id, q="route")
        kb.button(text=t("btn-letter-remake"), callback_data=remake)
    if question in ("route", "delivered_on"):
        fix = RemindCb(a="open", c=case_id, q="delivered_on")
        kb.button(text=t("btn-fix-delivery-date"), callback_data=fix)
    kb.button(text=t("btn-letter-open-case"), callback_data=RemindCb(a="open", c=case_id))


class DueReminder(Protocol):
    """A reminder row as the scheduler hands it over."""

    @property
    def case_id(self) -> int: ...
    @property
    def chat_id(self) -> int: ...
    @property
    def kind(self) -> ReminderKind: ...
    @property
    def payload(self) -> dict[str, Any]: ...


Composed = tuple[str, InlineKeyboardMarkup] | None


def make_composer(
    services: Services, default_locale: str
) -> Callable[[DueReminder], Awaitable[Composed]]:
    """The scheduler's `compose`: a reminder row -> (text, buttons) in the person's language,
    or None when the case is gone or closed."""
    cases, users, core, clock = services.cases, services.users, services.texts, services.clock

    async def compose(reminder: DueReminder) -> Composed:
        case = await cases.get(reminder.case_id, reminder.chat_id)
        if case is not None and reminder.kind in retention.KINDS:
            return await _retention(services, default_locale, case, reminder)
        if case is None or case.status is not Status.OPEN:
            return None
        if reminder.kind is ReminderKind.OWN_WINDOW and not own_window_applies(
            case, str(reminder.payload.get("deadline", ""))
        ):
            return None  # e.g. the 15 days of a technically complex item once a claim is in
        if reminder.kind is ReminderKind.LETTER_FOLLOW_UP and (
            _letter_known(case, reminder) or _followed(services, case, reminder)
        ):
            return None  # the post gave (or will give) the delivery day, or the person did
        locale = await users.get_locale(reminder.chat_id) or default_locale

        def t(key: str, **kwargs: Any) -> str:
            return core.get(key, locale, **kwargs)

        zone = await users.get_timezone(reminder.chat_id) or services.default_zone
        today = clock.now().astimezone(ZoneInfo(zone)).date()
        if reminder.kind is ReminderKind.LETTER_NEWS:
            made = {row.kind for row in await cases.documents(case.id)}
            news = letter_news(
                t, case, Purpose(str(reminder.payload.get("purpose"))), bool(made & _STATING)
            )
            if news is None:
                return None
            text, question = news
            return text, _buttons(t, case.id, reminder.kind, case.path, question)
        text = _text(t, case, reminder, today)
        question = str(reminder.payload.get("question", ""))
        return text, _buttons(t, case.id, reminder.kind, case.path, question)

    return compose


async def _retention(
    services: Services, default_locale: str, case: Case, reminder: DueReminder
) -> Composed:
    """The warning before erasure, or "still needed?" (issue 22 p. 5), in the person's
    language and zone; closed cases too, which other reminders never speak of."""
    locale = await services.users.get_locale(reminder.chat_id) or default_locale
    zone = ZoneInfo(await services.users.get_timezone(reminder.chat_id) or services.default_zone)

    def t(key: str, **kwargs: Any) -> str:
        return services.texts.get(key, locale, **kwargs)

    def local_day(moment: datetime) -> date:
        return moment.astimezone(zone).date()

    now = services.clock.now()
    return retention.compose(t, case, reminder.kind, services.retention, now, local_day)


def _letter_known(case: Case, reminder: DueReminder) -> bool:
    """The claim's letter (a reminder without a `question`: the aggregator's demand has one)
    has its delivery day."""
    return not reminder.payload.get("question") and case.delivery.delivered_on is not None


def _followed(services: Services, case: Case, reminder: DueReminder) -> bool:
    """The claim's letter is followed at Russian Post: its news replaces the weekly nag."""
    claim = not reminder.payload.get("question")
    return claim and services.letters.enabled and letter_of(case, Purpose.CLAIM) is not None


# the documents that state how the claim reached the seller (the claim itself does not)
_STATING = {
    DocKind.ROSPOTREBNADZOR,
    DocKind.LAWSUIT,
    DocKind.POLICE,
    DocKind.PROSECUTOR,
    DocKind.FAS,
    DocKind.REPLY_INSIST,
    DocKind.REPLY_CHECK,
    DocKind.REPLY_PARTIAL,
}


_PLAIN_NEWS = {
    LetterState.ARRIVED: "news-arrived",
    LetterState.RETURNED: "news-returned",
    LetterState.LOST: "news-lost",
    LetterState.UNKNOWN: "news-unknown",
}


def letter_news(
    t: Callable[..., str], case: Case, purpose: Purpose, stated: bool = False
) -> tuple[str, str] | None:
    """What the post said of a followed letter, as it stands when the news is sent (a later
    reading replaces an unsent one), and the question its button opens ("" for none).
    `stated`: documents made before say how the claim was delivered — after a correction,
    the person is told they are wrong now (re-check of issue 21, N2)."""
    letter = letter_of(case, purpose)
    if letter is None:
        return None
    on = day_text(t, letter.on) if letter.on else ""
    common = {
        "case": spoken_title(t, case),
        "number": letter.number,
        "date": on,
        "purpose": purpose.value,
    }
    if letter.state in _PLAIN_NEWS:
        return t(_PLAIN_NEWS[letter.state], **common), ""
    if letter.state not in (LetterState.DELIVERED, LetterState.UNCLAIMED):
        return None
    done = "delivered" if letter.state is LetterState.DELIVERED else "unclaimed"
    if purpose is not Purpose.CLAIM:
        other = "lawsuit" if purpose is Purpose.LAWSUIT_COPY else "complaint"
        return t(f"news-{other}-{done}", **common), ""
    recall = stated and letter.replaced is not None and case.delivery.delivered_on == letter.on
    return _claim_news(t, case, letter, done, stated, common), "route" if recall else "delivered_on"


def _claim_news(
    t: Callable[..., str],
    case: Case,
    letter: PostLetter,
    done: str,
    stated: bool,
    common: dict[str, str],
) -> str:
    """The claim's letter delivered or returned: from which day the seller's period runs,
    and what the person said before, where it differs."""
    delivery = case.delivery
    period = seller_deadline(case)
    due = day_text(t, period.due) if period else "none"
    why = letter.unclaimed.value if letter.unclaimed else "storage"
    if letter.replaced is not None and delivery.delivered_on == letter.on:
        typed = day_text(t, letter.replaced)
        text = t("news-claim-replaced", state=done, typed=typed, due=due, why=why, **common)
        if stated:
            text += "\n" + t("news-claim-recall", state=done, typed=typed, **common)
        return text
    if delivery.delivered_on is not None and delivery.delivered_on != letter.on:
        typed = day_text(t, delivery.delivered_on)
        return t("news-claim-differs", state=done, typed=typed, **common)
    return t(f"news-claim-{done}", due=due, why=why, **common)


def _text(t: Callable[..., str], case: Case, reminder: DueReminder, today: date) -> str:
    """What a due reminder says, by its kind, on `today` in the person's zone."""
    title = spoken_title(t, case)
    due = reminder.payload.get("due")
    due_text = day_text(t, date.fromisoformat(due)) if due else ""
    if reminder.kind is ReminderKind.SELLER_DEADLINE:
        line = penalty_to(case, today)
        if line is not None and line.days == 0:
            line = None
        return t(
            "remind-seller",
            case=title,
            due=due_text,
            amount=figures(line.amount) if line else "0",
            days=line.days if line else 0,
            penalty="no" if line is None else ("capped" if line.capped else "yes"),
        )
    if reminder.kind is ReminderKind.SUPPORT_FOLLOW_UP and case.path is Path.SELLER:
        return t("remind-appeal", case=title)
    if reminder.kind is ReminderKind.SUPPORT_FOLLOW_UP:
        written = day_text(t, case.support.written_on) if case.support.written_on else ""
        return t("remind-support", case=title, written=written)
    if reminder.kind in _AWAITED:
        return _awaited_text(t, case, reminder.kind, title, due_text)
    if reminder.kind is ReminderKind.STATE_BODY and reminder.payload.get("deadline") == "police":
        return _police_text(t, case, title, due_text)
    if reminder.kind is ReminderKind.STATE_BODY:
        # the FAS's month, and the month it may add (law-facts §3 FAS «Term»)
        key = {"fas": "remind-fas", "fas-extended": "remind-fas-extended"}.get(
            str(reminder.payload.get("deadline", "")), "remind-state-body"
        )
        return t(key, case=title, due=due_text)
    if reminder.kind is ReminderKind.LETTER_FOLLOW_UP and reminder.payload.get("question"):
        return t("remind-marketplace-letter", case=title)
    if reminder.kind is ReminderKind.LETTER_FOLLOW_UP:
        return t("remind-letter", case=title, tracking=case.delivery.tracking or "none")
    # the own window: on time two days ahead; after downtime it may be closer, or past
    left = (date.fromisoformat(due) - today).days if due else 2
    key = "remind-own-window" if left == 2 else "remind-own-window-left"
    return t(
        "remind-own-window-late" if left < 0 else key,
        case=title,
        due=due_text,
        left=left,
        what=t(f"window-{reminder.payload.get('deadline', '')}"),
    )


_AWAITED = (
    ReminderKind.MARKETPLACE_DEADLINE,
    ReminderKind.ANSWER_PROMISED,
    ReminderKind.QUALITY_CHECK,
)


def _awaited_text(
    t: Callable[..., str], case: Case, kind: ReminderKind, title: str, due: str
) -> str:
    """An answer awaited on a date: the aggregator's 10 days, or a date the seller's answer
    named (their promised answer, their quality check)."""
    if kind is ReminderKind.MARKETPLACE_DEADLINE:
        return t("remind-marketplace", case=title, due=due)
    if kind is ReminderKind.QUALITY_CHECK:
        return t("remind-quality-check", case=title, due=due)
    who = "platform" if case.path is Path.SELLER else "seller"
    return t("remind-answer-promised", case=title, due=due, who=who)


def _police_text(t: Callable[..., str], case: Case, title: str, due: str) -> str:
    """The police's 3 days passed: ask whether the check was extended (10 or 30 days, УПК
    ст. 144 ч. 3) before calling them late (law-facts §3 Police)."""
    filed = police_filed_on(case)
    later = {
        kind: day_text(t, deadline(kind, filed).due) if filed else ""
        for kind in (DeadlineKind.POLICE_10, DeadlineKind.POLICE_30)
    }
    return t(
        "remind-police",
        case=title,
        due=due,
        due10=later[DeadlineKind.POLICE_10],
        due30=later[DeadlineKind.POLICE_30],
    )


async def _open(turn: Turn, engine: Engine, case_id: int) -> Ctx | None:
    """The reminder's case made current, or None (and a word) when it is closed or not theirs."""
    ctx = await engine.context(turn, case_id)
    if ctx is None or ctx.case.status is not Status.OPEN:
        await turn.say(turn.t("remind-case-closed"))
        return None
    await Memory(turn.state).start(ctx.case.id)
    return ctx


async def on_reply(query: CallbackQuery, callback_data: RemindCb, turn: Turn) -> None:
    """«Ответили» under a reminder: straight to recording the answer (a closed case gets a
    word and nothing else)."""
    engine = engine_of(turn)
    await done(query)
    if (ctx := await _open(turn, engine, callback_data.c)) is None:
        return
    waiting = answer.waiting_question(ctx.case)
    if waiting not in procedure.sequence(ctx.case):  # nothing was asked of them to answer
        await engine.ask(ctx, ctx.case.question or procedure.first_question(ctx.case))
        return
    goto = await answer.begin(ctx)
    resume = ctx.case.question if ctx.case.question in _RECORDING else None
    if resume not in procedure.sequence(ctx.case):
        resume = None
    await engine.ask(ctx, resume or goto.qid)


def create_router() -> Router:
    router = Router(name="remind")
    router.callback_query.register(on_reply, RemindCb.filter(F.a == "reply"))

    @router.callback_query(RemindCb.filter(F.a == "open"))
    async def on_open(query: CallbackQuery, callback_data: RemindCb, turn: Turn) -> None:
        engine = engine_of(turn)
        await done(query)
        if (ctx := await _open(turn, engine, callback_data.c)) is None:
            return
        qid = callback_data.q if callback_data.q in procedure.sequence(ctx.case) else None
        await engine.ask(ctx, qid or ctx.case.question or procedure.first_question(ctx.case))

    @router.callback_query(RemindCb.filter(F.a == "no_answer"))
    async def on_no_answer(query: CallbackQuery, callback_data: RemindCb, turn: Turn) -> None:
        engine = engine_of(turn)
        await done(query)
        if (ctx := await _open(turn, engine, callback_data.c)) is None:
            return
        await engine.answer(ctx, "support_outcome", "no_answer")

    @router.callback_query(RemindCb.filter((F.a == "snooze") & (F.k != "")))
    async def on_snooze(query: CallbackQuery, callback_data: RemindCb, turn: Turn) -> None:
        engine = engine_of(turn)
        await done(query)
        if (ctx := await _open(turn, engine, callback_data.c)) is None:
            return
        await turn.services.reminders.snooze(
            ctx.case.id, turn.chat_id, callback_data.k, SNOOZE_DAYS
        )
        title = spoken_title(turn.t, ctx.case)
        await turn.say(turn.t("remind-snoozed", days=SNOOZE_DAYS, title=title))
        if callback_data.k in HESITATING and not ctx.case.stats_told:
            await similar.tell_once(turn, ctx.case)  # not escalating yet: how others' went
            if ctx.case.stats_told:
                await engine.save(ctx)

    return router
