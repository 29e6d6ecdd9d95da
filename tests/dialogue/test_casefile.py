"""The case file in /cases (issue 20 p. 3) and closing well (p. 4), through the real
dispatcher: the card's timeline in both languages, its pages, documents and an answer's files
sent again by their Telegram file ids, the closing question from every way a case closes, a
stale or forged button, and two people who never see each other's cases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery

from bot.cases import CaseRepo
from bot.db import Database
from bot.offline import html_to_text
from flows.case import AnswerKind, CaseOutcome, Offer, PostLetter, SellerReply, Status
from flows.problems import ProblemId
from flows.steps.commands.card import CardCb
from flows.steps.commands.cases import CaseCb
from flows.steps.exits import OutcomeCb
from flows.tracking import LetterState, Purpose, Unclaimed, domestic_check_digit
from tests.helpers import START, Talk, current, stored, walk, walk_seller

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

CARD = {
    "ru": [
        "Хронология",
        "21.11.2026 — Обращение начато в боте",
        "20.10.2026 — Претензия вручена продавцу (почтой)",
        "Претензия (DOCX и PDF) · 📄 2",
        "Добавлены файлы: 1 файл · 📎 1",
        "Впереди",
        "Срок: претензии о недостатках без гарантии (2 года после получения)",
    ],
    "en": [
        "Timeline",
        "21 Nov 2026 — Case started in the bot",
        "20 Oct 2026 — Claim delivered to the seller (by post)",
        "Claim (DOCX and PDF) · 📄 2",
        "Files added: 1 file · 📎 1",
        "Ahead",
        "Deadline: claims about defects without a warranty (2 years after receipt)",
    ],
}


async def _open_card(me: Talk, case_id: int = 1) -> None:
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=case_id)


def _sent(me: Talk, since: int, name: str) -> list[str]:
    """File ids of what the bot sent with `name` (SendDocument, SendPhoto...) after `since`."""
    out = []
    for s in me.session.log[since:]:
        if s.name == name:
            sent = getattr(
                s.method, {"SendPhoto": "photo", "SendVideo": "video"}.get(name, "document")
            )
            assert isinstance(sent, str), "sent again by file id, not uploaded anew"
            out.append(sent)
    return out


async def _forge(me: Talk, data: CallbackData) -> None:
    query = CallbackQuery(
        id="forged",
        from_user=me.user,
        chat_instance="c",
        data=data.pack(),
        message=me._buttons_message,
    )
    await me._feed(callback_query=query)


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_the_card_shows_the_timeline(talk, db: Database, language: str) -> None:
    me = talk(language=language)
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await _open_card(me)
    card = me.last
    for line in CARD[language]:
        assert line in card, (line, card)
    # oldest first: the order's date before the claim's delivery before the case's start
    assert card.index("20.10.2026" if language == "ru" else "20 Oct 2026") < card.index(
        "21.11.2026" if language == "ru" else "21 Nov 2026"
    )
    assert len(card) < 4096
    assert await me.text("btn-card-export") in me.buttons
    assert await me.text("btn-close-withdrawn") in me.buttons


async def test_documents_and_an_answers_files_are_sent_again_by_file_id(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    repo = CaseRepo(db)
    case = await stored(db)
    case.replies = [
        SellerReply(
            number=1,
            kind=AnswerKind.OFFER,
            offer=Offer.REPAIR,
            received_on=START.date() + timedelta(days=1),
        )
    ]
    await repo.save(case, START)
    at = START + timedelta(days=1)
    for kind, file_id in (("photo", "AgAD-photo"), ("document", "BQAD-pdf"), ("video", "BAAD-v")):
        await repo.add_evidence(
            case.id,
            kind=kind,
            file_id=file_id,
            file_unique_id=file_id,
            name=None,
            size=None,
            caption="<b>",
            at=at,
            reply=1,
        )
    rows = await repo.documents(case.id)
    await _open_card(me)
    assert "Ответ продавца № 1: предлагает ремонт вместо требования, 3 файла · 📎 3" in me.last

    mark = len(me.session.log)
    await me.tap_key("btn-card-doc", n=2)
    assert _sent(me, mark, "SendDocument") == [rows[0].docx_file_id, rows[0].pdf_file_id]

    await _open_card(me)
    mark = len(me.session.log)
    await me.tap_key("btn-card-files", n=3)
    assert _sent(me, mark, "SendPhoto") == ["AgAD-photo"]
    assert _sent(me, mark, "SendDocument") == ["BQAD-pdf"]
    assert _sent(me, mark, "SendVideo") == ["BAAD-v"]

    await _open_card(me)  # the person's own photo, the day it was added
    mark = len(me.session.log)
    await me.tap_key("btn-card-files", n=1)
    own = [r.file_id for r in await repo.evidence(case.id) if r.reply is None]
    assert _sent(me, mark, "SendPhoto") == own


async def test_a_long_case_is_paged_and_its_pages_work_after_a_restart(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    repo = CaseRepo(db)
    case = await stored(db)
    for n in range(45):  # a file a day for 45 days: 45 lines of own files
        await repo.add_evidence(
            case.id,
            kind="document",
            file_id=f"doc-{n}",
            file_unique_id=f"doc-{n}",
            name=f"{n}.pdf",
            size=1000,
            caption=None,
            at=START - timedelta(days=100 - n),
            reply=None,
        )
    await _open_card(me)
    first = me.last
    assert "Страница 1 из 5" in first
    assert len(first) < 4096
    assert await me.text("btn-card-next") in me.buttons
    assert await me.text("btn-card-prev") not in me.buttons

    pages = [first]
    for _ in range(4):
        await me.tap_key("btn-card-next")
        pages.append(me.last)
    assert "Страница 5 из 5" in pages[-1]
    assert await me.text("btn-card-next") not in me.buttons
    assert all(len(p) < 4096 for p in pages)
    whole = "\n".join(pages)
    assert whole.count("Добавлены файлы: 1 файл") == 46  # 45 added + the photo of the walk
    assert "Впереди" in pages[-1]

    # a page's button is ids only: pressed with no memory of the card (after a restart),
    # and a page past the end shows the last one
    await _forge(me, CardCb(a="page", id=case.id, n=2))
    assert me.last == pages[2]
    await _forge(me, CardCb(a="page", id=case.id, n=999))
    assert me.last == pages[-1]
    # a file from page 4 by its number on that page
    await _forge(me, CardCb(a="page", id=case.id, n=3))
    mark = len(me.session.log)
    await me.tap("📎")  # the first numbered button of the page
    assert len(_sent(me, mark, "SendDocument")) == 1


async def _close_from_support(me: Talk) -> None:
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("solved")


async def _close_from_claim(me: Talk) -> None:
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("solved")


def _close_from_card(action: str):
    async def close(me: Talk) -> None:
        await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
        await _open_card(me)
        key = "btn-close-given-up" if action == "given_up" else f"btn-close-{action}"
        await me.tap_key(key)

    return close


@pytest.mark.parametrize(
    ("close", "status", "outcome", "says"),
    [
        (_close_from_support, Status.SOLVED, CaseOutcome.PAID_FULL, "с начала обращения"),
        (_close_from_claim, Status.SOLVED, CaseOutcome.REPLACED, "ст. 19 Закона"),
        (_close_from_card("solved"), Status.SOLVED, CaseOutcome.PAID_FULL, "32 дня"),
        (_close_from_card("given_up"), Status.GIVEN_UP, CaseOutcome.NOTHING, "3 года со дня"),
        (_close_from_card("withdrawn"), Status.WITHDRAWN, CaseOutcome.NOTHING, "открыто"),
        (_close_from_card("court"), Status.COURT, CaseOutcome.PAID_PART, "Остаток"),
    ],
    ids=["support", "seller-did-it", "card-solved", "card-given-up", "withdrawn", "court"],
)
async def test_every_close_asks_what_came_of_it(
    talk, db: Database, close, status: Status, outcome: CaseOutcome, says: str
) -> None:
    me = talk()
    await close(me)
    case = await stored(db)
    assert case.status is status
    assert me.last == await me.text("outcome-ask", id=case.id)
    await me.tap_key(f"btn-outcome-{outcome.value}")
    case = await stored(db)
    assert case.outcome is outcome
    if says == "открыто":  # the last answer of the list below, to reopen
        says = "откройте обращение снова в /cases"
    assert says in me.last
    events = await CaseRepo(db).events(case.id)
    assert [e.data for e in events if e.kind == "outcome"] == [{"outcome": outcome.value}]
    # the outcome is in the card and in its timeline
    await _open_card(me)
    assert html_to_text(await me.text("outcome-is", outcome=outcome.value)) in me.last
    assert "— Итог: " in me.last


async def test_the_closing_question_in_english_counts_days(talk, db: Database) -> None:
    me = talk(language="en")
    await _close_from_claim(me)
    await me.tap_key("btn-outcome-paid_part")
    assert "It took 32 days — from the day the claim was delivered." in me.last
    assert "The rest can still be claimed in court" in me.last


async def test_skipping_the_question_stores_nothing_and_a_stale_button_says_so(
    talk, db: Database
) -> None:
    me = talk()
    await _close_from_claim(me)
    case = await stored(db)
    await me.tap_key("btn-outcome-skip")
    assert me.last == await me.text("outcome-skipped")
    assert (await stored(db)).outcome is None
    await _forge(me, OutcomeCb(v="nothing", id=case.id))  # later, from the same message
    assert (await stored(db)).outcome is CaseOutcome.NOTHING
    # pressed again: already answered
    await _forge(me, OutcomeCb(v="paid_full", id=case.id))
    assert me.last == await me.text("outcome-stale")
    assert (await stored(db)).outcome is CaseOutcome.NOTHING
    # an open case, or one that does not exist: out of date, nothing stored
    other = talk(2002)
    await walk(other, ProblemId.DEFECTIVE, "item")
    await _forge(other, OutcomeCb(v="paid_full", id=2))
    assert other.last == await other.text("outcome-stale")
    await _forge(other, OutcomeCb(v="paid_full", id=999))
    assert other.last == await other.text("outcome-stale")
    assert (await stored(db, 2002)).outcome is None


async def test_a_reopened_case_goes_on_and_is_asked_again_when_it_closes(
    talk, db: Database
) -> None:
    me = talk()
    await _close_from_claim(me)
    await me.tap_key("btn-outcome-nothing")
    pending = "SELECT kind FROM reminders WHERE status = 'pending' ORDER BY id"
    assert await db.fetchall(pending) == []
    await _open_card(me)
    await me.tap_key("btn-card-reopen")
    # the person's own window (2 years for a defect) is reminded again; the seller's 10 days
    # ran out long ago (delivered 20.10), so nothing for them
    assert [r["kind"] for r in await db.fetchall(pending)] == ["own_window"]
    case = await stored(db)
    assert case.status is Status.OPEN
    assert case.outcome is None
    assert await current(me) == "awaiting_answer"
    await me.choose("solved")
    assert me.last == await me.text("outcome-ask", id=case.id)
    await _open_card(me)
    assert "Обращение открыто снова" in me.last


async def test_a_sellers_appeal_is_not_asked_about_money(talk, db: Database) -> None:
    me = talk()
    await walk_seller(me, "verdict", fair=True)
    await me.tap("Учту критику")
    assert (await stored(db)).status is Status.GIVEN_UP
    assert await me.text("btn-outcome-skip") not in me.buttons
    assert "Что в итоге?" not in "\n".join(me.said)


async def test_another_persons_card_shows_nothing(talk, db: Database) -> None:
    anna, boris = talk(1001), talk(2002)
    await walk(anna, ProblemId.DEFECTIVE, "awaiting_answer")
    case = await stored(db, 1001)
    documents = await CaseRepo(db).documents(case.id)
    await CaseRepo(db).add_evidence(
        case.id,
        kind="photo",
        file_id="anna-answer",
        file_unique_id="anna-answer",
        name=None,
        size=None,
        caption=None,
        at=START,
        reply=1,
    )
    await boris.say("/start")
    mark = len(boris.session.log)
    for data in (
        CaseCb(a="open", id=case.id),
        CaseCb(a="reopen", id=case.id),
        CaseCb(a="withdrawn", id=case.id),
        CardCb(a="page", id=case.id, n=0),
        CardCb(a="doc", id=case.id, n=documents[0].id),
        CardCb(a="reply", id=case.id, n=1),
        CardCb(a="day", id=case.id, n=START.date().toordinal()),
        OutcomeCb(v="paid_full", id=case.id),
    ):
        await _forge(boris, data)
    sent = boris.session.log[mark:]
    assert not [s for s in sent if s.name in {"SendDocument", "SendPhoto", "SendVideo"}]
    said = "\n".join(boris.said)
    for theirs in ("Смартфон", "12345678", "Хронология"):
        assert theirs not in said
    assert await boris.text("card-gone") in said
    anna_case = await stored(db, 1001)
    assert anna_case.status is Status.OPEN
    assert anna_case.outcome is None
    # and Anna's own document from Boris's forged id in her case: the row is hers only
    await _open_card(anna)
    mark = len(anna.session.log)
    await _forge(anna, CardCb(a="doc", id=case.id, n=documents[0].id))
    assert _sent(anna, mark, "SendDocument") == [
        documents[0].docx_file_id,
        documents[0].pdf_file_id,
    ]


# -- issue 21: the letters the bot follows, in the card --------------------------------------


def _number(first13: str) -> str:
    """A domestic number with its check digit computed, not copied."""
    return first13 + str(domestic_check_digit(first13))


LETTERS = {
    "ru": [
        "Письма",
        "✉️ Письмо с претензией № {claim}: возвращено 20.10.2026 (истёк срок хранения); "
        "претензия считается доставленной (ст. 165.1 ГК РФ)",
        "✉️ Письмо с копией иска № {copy}: в пути",
        "18.10.2026 — Почта России: письмо с претензией ждёт адресата в отделении",
        "20.10.2026 — Письмо с претензией возвращено отправителю (истёк срок хранения); "
        "претензия считается доставленной продавцу (ст. 165.1 ГК РФ)",
        "21.11.2026 — Почта России: письмо с копией иска принято и в пути",
    ],
    "en": [
        "Letters",
        "✉️ Letter with the claim No. {claim}: returned on 20 Oct 2026 (the storage period ran "
        "out); the claim counts as delivered (Civil Code art. 165.1)",
        "✉️ Letter with the lawsuit's copy No. {copy}: on its way",
        "18 Oct 2026 — Russian Post: the letter with the claim is waiting at the addressee's "
        "post office",
        "20 Oct 2026 — The claim's letter came back to the sender (the storage period ran out); "
        "the claim counts as delivered to the seller (Civil Code art. 165.1)",
        "21 Nov 2026 — Russian Post: the letter with the lawsuit's copy is on its way",
    ],
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_the_card_shows_the_followed_letters(talk, db: Database, language: str) -> None:
    me = talk(language=language)
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    repo = CaseRepo(db)
    case = await stored(db)
    claim, copy = _number("1400129340215"), _number("1270000012345")
    returned = case.delivery.delivered_on  # 20.10.2026, as the walk typed it
    assert returned is not None
    case.delivery = case.delivery.model_copy(
        update={"tracking": claim, "unclaimed": Unclaimed.STORAGE, "by_post": True}
    )
    case.letters = [
        PostLetter(
            purpose=Purpose.CLAIM,
            number=claim,
            added_on=returned - timedelta(days=5),
            state=LetterState.UNCLAIMED,
            on=returned,
            arrived_on=returned - timedelta(days=2),
            unclaimed=Unclaimed.STORAGE,
        ),
        PostLetter(
            purpose=Purpose.LAWSUIT_COPY,
            number=copy,
            added_on=START.date(),
            state=LetterState.MOVING,
            on=START.date(),
        ),
    ]
    await repo.save(case, START)
    news = [
        ("claim", "arrived", (returned - timedelta(days=2)).isoformat(), None),
        ("claim", "unclaimed", returned.isoformat(), "storage"),  # the case's own line says it
        ("lawsuit_copy", "moving", None, None),  # no day from the post: the day it was heard
    ]
    for purpose, state, on, why in news:
        await repo.log(case.id, START, "letter", purpose=purpose, state=state, on=on, unclaimed=why)
    await _open_card(me)
    card = html_to_text(me.last)
    for line in LETTERS[language]:
        assert line.format(claim=claim, copy=copy) in card, (line, card)
    assert card.index(LETTERS[language][0]) < card.index(CARD[language][0])  # above the timeline
    if language == "ru":
        assert "вручен" not in card
    assert card.count("165.1") == 2  # the letter's block and the timeline's line, once each


NOTICE_LINES = {
    "ru": [
        "✉️ Письмо с уведомлением об отказе от исполнения договора № {claim}: возвращено "
        "{on} (истёк срок хранения); уведомление считается доставленным (ст. 165.1 ГК РФ)",
        "Письмо с уведомлением об отказе от исполнения договора возвращено отправителю (истёк "
        "срок хранения); уведомление считается доставленным продавцу (ст. 165.1 ГК РФ)",
    ],
    "en": [
        "✉️ Letter with the notice refusing the contract No. {claim}: returned on {on} (the "
        "storage period ran out); the notice counts as delivered (Civil Code art. 165.1)",
        "The letter with the notice refusing the contract came back to the sender (the storage "
        "period ran out); the notice counts as delivered to the seller (Civil Code art. 165.1)",
    ],
}


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_the_card_names_a_returned_notice_a_notice(talk, db: Database, language: str) -> None:
    """ст. 23.1: the letter the post returned was a notice refusing the contract, and the card
    and its timeline name it so, as the documents do (review of issue 21, minor 4)."""
    me = talk(language=language)
    await walk(me, ProblemId.NOT_DELIVERED, "awaiting_answer")
    case = await stored(db)
    returned = case.delivery.delivered_on
    assert returned is not None
    claim = _number("1400129340215")
    case.delivery = case.delivery.model_copy(
        update={"tracking": claim, "unclaimed": Unclaimed.STORAGE, "by_post": True}
    )
    case.letters = [
        PostLetter(
            purpose=Purpose.CLAIM,
            number=claim,
            added_on=returned - timedelta(days=5),
            state=LetterState.UNCLAIMED,
            on=returned,
            unclaimed=Unclaimed.STORAGE,
        )
    ]
    await CaseRepo(db).save(case, START)
    await _open_card(me)
    card = html_to_text(me.last)
    on = returned.strftime("%d.%m.%Y") if language == "ru" else returned.strftime("%-d %b %Y")
    for line in NOTICE_LINES[language]:
        assert line.format(claim=claim, on=on) in card, (line, card)
    word = "претензи" if language == "ru" else "claim"
    letters = [line for line in card.splitlines() if "165.1" in line]
    assert len(letters) == 2, card
    assert not [line for line in letters if word in line.lower()], letters
