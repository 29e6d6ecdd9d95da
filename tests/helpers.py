"""What tests share: `Talk` (a person chatting through the offline Bot API, the driver console
mode uses), the journeys that answer every question of a path, and small readers of the chat's
state. Test files import these from here, never from one another; `conftest.py` holds only
fixtures. Raw updates the console cannot type are built in `tests/factories.py`, and the fake
HTTP Bot API for polling and webhook processes is `tests/fake_api.py`.

Buttons are pressed by meaning where the test is not about wording: `choose(value)` presses the
answer whose value is stored in the case ("ozon", "refused"), `tap_key(key)` the button whose
label is that locale text in the person's language. `tap(part)` matches a piece of the label,
for tests that check what the person reads.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from aiogram.fsm.storage.base import StorageKey

from bot.console import Console
from bot.db import Database
from flows.case import Case, Venue
from flows.law import Court
from flows.problems import ProblemId
from flows.schedule import lawsuit_sums
from flows.steps.engine import AnswerCb, qid_of

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # Saturday 21.11.2026, 12:00 in Moscow
NAME = "Иванов Иван Иванович"


class Talk(Console):
    """A person in a private chat; `said` is what the bot has told them so far."""

    @property
    def said(self) -> list[str]:
        return self.session.texts()

    @property
    def last(self) -> str:
        return self.said[-1]

    @property
    def buttons(self) -> list[str]:
        return [text for text, _ in self._buttons]

    async def say(self, text: str) -> None:
        await self.handle(text)

    async def attach_bytes(self, name: str, data: bytes, caption: str | None = None) -> None:
        path = self.session.out_dir.parent / "uploads" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        await self.attach(f"{path} {caption or ''}")

    async def tap(self, label_part: str) -> None:
        """Press the first button whose label contains `label_part` (the wording)."""
        for number, label in enumerate(self.buttons, start=1):
            if label_part in label:
                await self.press(number)
                return
        raise AssertionError(f"no button {label_part!r} among {self.buttons}")

    async def choose(self, value: str | Enum) -> None:
        """Answer the open question with the option whose value is `value` — what the case
        stores ("ozon", ProblemId.DEFECTIVE, "refused"), whatever its label says."""
        wanted = value.value if isinstance(value, Enum) else value
        found: list[str] = []
        for number, (_, button) in enumerate(self._buttons, start=1):
            data = getattr(button, "callback_data", None)
            if not data:  # a reply-keyboard button
                continue
            try:
                option = AnswerCb.unpack(data).v
            except (TypeError, ValueError):  # another kind of button: Back, Skip, the menu
                continue
            found.append(option)
            if option == wanted:
                await self.press(number)
                return
        raise AssertionError(f"no answer {wanted!r} among {found} ({self.buttons})")

    async def locale(self) -> str:
        """The person's language as the bot speaks it: chosen, or detected from Telegram."""
        stored = await self.dp["users"].get_locale(self.user.id)
        return stored or self.user.language_code or "ru"

    async def text(self, key: str, **args: Any) -> str:
        """A locale text in the person's language, as the bot renders it."""
        return self.dp["i18n_core"].get(key, await self.locale(), **args)

    async def tap_key(self, key: str, **args: Any) -> None:
        """Press the button whose label is the locale text `key` (with `args`)."""
        label = await self.text(key, **args)
        for number, shown in enumerate(self.buttons, start=1):
            if shown == label:
                await self.press(number)
                return
        raise AssertionError(f"no button {key} ({label!r}) among {self.buttons}")


# -- reading the chat's state ------------------------------------------------------------------


def state_key(me: Talk) -> StorageKey:
    return StorageKey(bot_id=me.bot.id, chat_id=me.chat.id, user_id=me.chat.id)


async def current(me: Talk) -> str | None:
    """The open question, or None."""
    return qid_of(await me.dp.storage.get_state(state_key(me)))


async def stored(db: Database, user_id: int = 1001) -> Case:
    """The person's newest case as saved."""
    row = await db.fetchone(
        "SELECT data FROM cases WHERE owner_id = ? ORDER BY id DESC", (user_id,)
    )
    return Case.model_validate_json(row["data"])


def sent_documents(me: Talk) -> list[str]:
    """File names of the documents the bot has sent, in order."""
    return [s.method.document.filename for s in me.session.log if s.name == "SendDocument"]


def in_court(case: Case, today: date, venue: Venue = Venue.RESIDENCE) -> Case:
    """A copy of `case` with what the dialogue asks before a lawsuit (issue 17 p. 17, 19): the
    court chosen and named at the level the claim price needs."""
    case = case.model_copy(deep=True)
    if case.venue is None:
        case.venue = venue
    if case.court_name is None:
        case.court_level = lawsuit_sums(case, today).court
        case.court_name = (
            "№ 5 Пресненского района г. Москвы"
            if case.court_level is Court.MAGISTRATE
            else "Пресненский районный суд г. Москвы"
        )
    return case


# -- journeys ----------------------------------------------------------------------------------

Step = Callable[[Talk], Awaitable[Any]]
Answerer = Callable[[Talk, str], Awaitable[None]]

# What a careful buyer answers: typed text, an option's value, or a step of its own.
TYPED: dict[str, str] = {
    "details": "не включается, экран мерцает",
    "ad_where": "баннер на главной странице Ozon",
    "ad_seen_on": "28.09.2026",
    "order_number": "12345678-0001",
    "ordered_on": "01.10.2026",
    "promised_on": "10.10.2026",
    "received_on": "05.10.2026",
    "item": "Смартфон Xiaomi Redmi Note 13",
    "price": "4 990 ₽",
    "seller_name": "ИП Петров Пётр Петрович",
    "seller_ids": "7707083893",
    "support_date": "12.10.2026",
    "support_ticket": "T-123",
    "full_name": NAME,
    "address": "123456, г. Москва, ул. Ленина, д. 1, кв. 2",
    "phone": "8 (999) 123-45-67",
    "email": "Ivanov@Mail.ru",
    "new_date": "01.12.2026",
    "price_cut": "1000",
    "court_cut": "1000",
    "seller_address": "190000, г. Санкт-Петербург, Невский пр., д. 1",
    "tracking": "80080012345678",
    "delivered_on": "20.10.2026",
    "marketplace_delivered_on": "21.10.2026",
    "birth_date": "21.03.1985",
    "birth_place": "г. Москва",
    "id_number": "4509 123456",
    "moral_damages": "10000",
    "defendant_address": "190000, г. Санкт-Петербург, Невский пр., д. 1",
    "marketplace_address": "119021, г. Москва, ул. Льва Толстого, д. 16",
    "court_name": "№ 5 Пресненского района г. Москвы",
    "police_filed_on": "01.11.2026",
    "police_kusp": "1234",
    "police_decided_on": "05.11.2026",
    "ad_advertiser": "ООО «Ромашка», ИНН 7704217370",
    "ad_distributor": "Telegram-канал «Скидки дня», владелец — ИП Сидоров С. С.",
    "police_department": "ОМВД России по району Хамовники г. Москвы",
    "prosecutor_office": "Хамовнического района г. Москвы",
    "return_demanded_on": "06.10.2026",
    "return_sent_on": "13.10.2026",
    "return_tracking": "80080012345685",
    "repair_handed_on": "06.10.2026",
    "repair_returned_on": "25.11.2026",
    "card_last4": "**** 1234",
}
CHOSEN: dict[str, str] = {
    "marketplace": "ozon",
    "fraud_kind": "counterfeit",
    "wrong_kind": "other_item",
    "tech_complex": "not_listed",
    "ad_kind": "banner",
    "return_info": "yes",
    "gender": "m",
    "prepaid": "yes",
    "seller_kind": "third",
    "checks": "ok",
    "order_summary": "ok",
    "support_intro": "wrote",
    "support_channel": "app_chat",
    "support_outcome": "refused",
    "save_profile": "no",
    "claim_review": "make",
    "delivery_method": "post",
    "awaiting_answer": "refused",
    "route": "court",
    "plaintiff_consent": "yes",
    "id_kind": "passport",
    "police_answer": "no_answer",
    "police_extension": "none",
    "empty_cause": "stolen",
    "route_review": "make",
    "venue": "residence",
    "return_reason": "defect",
    "marketplace_holds": "yes",
    "shop_answer": "only_store",
    "return_sent_by": "post",
    "heavy": "no",
    "substitute": "yes",
    "account_contact": "phone",
}
FIRST_OPTION = {"tech_ground", "demand", "court_demand"}  # the first button, whatever it is
SKIPPED = {"police_omissions", "bank", "losses"}


async def answer(me: Talk, qid: str, problem: ProblemId) -> None:
    """What a careful shopper answers to each question."""
    if qid == "problem":
        await me.choose(problem)
    elif qid in CHOSEN:
        await me.choose(CHOSEN[qid])
    elif qid in TYPED:
        await me.say(TYPED[qid])
    elif qid in FIRST_OPTION:
        await me.press(1)
    elif qid in SKIPPED:
        await me.tap_key("btn-skip")
    elif qid == "evidence":
        await me.attach_bytes("order.png", b"\x89PNG fake", "страница заказа")
        await me.choose("done")
    else:
        raise AssertionError(f"no answer for {qid}")


async def journey(
    me: Talk,
    menu_key: str,
    until: str,
    answer_for: Answerer,
    overrides: Mapping[str, Step] | None = None,
) -> None:
    """From /start and a menu button (its locale key), answer every question until `until`
    is open; `overrides` answers some differently."""
    await me.say("/start")
    await me.tap_key(menu_key)
    met: list[str] = []
    for _ in range(60):
        qid = await current(me)
        if qid == until:
            return
        assert qid is not None, (
            f"the journey to {until} left the questions after {met[-3:]}",
            me.said[-3:],
        )
        met.append(qid)
        try:
            if overrides and qid in overrides:
                await overrides[qid](me)
            else:
                await answer_for(me, qid)
        except AssertionError as missing:
            raise AssertionError(
                f"{missing} — walking to {until}, which this path did not meet (it went "
                f"{' → '.join(met[-4:])}): if {until} is asked on another path, give the walk "
                "that path (ROUTES in tests/dialogue/test_robustness.py, or overrides)"
            ) from missing
    raise AssertionError("the journey did not end")


async def walk(
    me: Talk, problem: ProblemId, until: str, overrides: Mapping[str, Step] | None = None
) -> None:
    """A buyer's new case about `problem`, answered until `until` is open."""

    async def answer_for(m: Talk, qid: str) -> None:
        await answer(m, qid, problem)

    await journey(me, "menu-new", until, answer_for, overrides)


async def journey_on(me: Talk, until: str, problem: ProblemId = ProblemId.DEFECTIVE) -> None:
    """Go on answering, from the open question, until `until` is open."""
    for _ in range(40):
        qid = await current(me)
        if qid == until:
            return
        assert qid is not None, me.said[-3:]
        await answer(me, qid, problem)
    raise AssertionError("the journey did not end")


REVIEW = "Ужасный товар, продавец мошенник, не покупайте! Пишите мне на vasya@mail.ru"


async def seller_answer(me: Talk, qid: str, *, fair: bool = False) -> None:
    """What a seller with an unfair review (or, `fair`, a fair one) answers."""
    if qid == "marketplace":
        await me.choose("ozon")
    elif qid == "review_sku":
        await me.say("123456789")
    elif qid == "review_date":
        await me.say("15.11.2026")
    elif qid == "review_rating":
        await me.choose("1")  # one star
    elif qid == "review_text":
        await me.say(REVIEW)
    elif qid == "review_author":
        await me.say("Василий")
    elif qid == "review_order":
        await me.tap_key("btn-skip")
    elif qid.startswith("sig_"):
        await me.choose("no" if fair else "yes")
    elif qid == "verdict":
        await me.press(1)
    elif qid == "evidence":
        await me.attach_bytes("review.png", b"\x89PNG r", "скриншот отзыва")
        await me.choose("done")
    elif qid == "rules":
        await me.choose("personal_data")
        await me.choose("false_statements")
        await me.choose("done")
    elif qid == "review_quote":
        await me.say("продавец мошенник")
    elif qid == "shop_name":
        await me.say("ИП Смирнова А. В.")
    elif qid == "shop_form":
        await me.choose("company")
    elif qid == "signatory":
        await me.say("Генеральный директор Петров П. П.")
    elif qid == "appeal_review":
        await me.choose("make")
    elif qid == "appeal_ticket":
        await me.say("S-555")
    else:
        raise AssertionError(f"no answer for {qid}")


async def walk_seller(
    me: Talk, until: str, overrides: Mapping[str, Step] | None = None, *, fair: bool = False
) -> None:
    """A seller's case about a review, answered until `until` is open."""

    async def answer_for(m: Talk, qid: str) -> None:
        await seller_answer(m, qid, fair=fair)

    await journey(me, "menu-seller", until, answer_for, overrides)


# -- waiting ---------------------------------------------------------------------------------


async def until(condition: Callable[[], bool], timeout: float = 30) -> None:
    """Return as soon as `condition` holds (checked between the loop's turns); fail after
    `timeout` seconds. For work in another task or process that has no event to wait on."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"still not true after {timeout} s")
        await asyncio.sleep(0.001)


# -- time --------------------------------------------------------------------------------------


class VirtualPacer:
    """Rate-limit time that passes only when slept, instantly."""

    def __init__(self) -> None:
        self.t = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += seconds
