"""The case file's timeline (issue 20 p. 3): for any case and any rows, the lines are in date
order, every document row and every file appears exactly once, nothing of another case gets
in, and what is due lies ahead — at the end; and every line has words in both languages."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n import create_core
from flows import outcome
from flows.case import (
    AnswerKind,
    Case,
    CaseOutcome,
    DeliveryMethod,
    Escalation,
    Offer,
    RefusalReason,
    SellerReply,
    Status,
)
from flows.ports import DocumentRow, EventRow, EvidenceRow
from flows.problems import Demand, ProblemId, Route
from flows.timeline import Entry, text, timeline
from flows.tracking import LetterState, Purpose, Unclaimed
from tests.depth import examples

TODAY = date(2026, 12, 3)
START = datetime(2026, 9, 1, 9, tzinfo=UTC)
CASE, OTHER = 7, 8

days = st.integers(min_value=0, max_value=(TODAY - START.date()).days)


def _day(n: int) -> date:
    return START.date() + timedelta(days=n)


def _at(n: int) -> datetime:
    return START + timedelta(days=n, hours=n % 7)


@st.composite
def replies(draw: st.DrawFn) -> list[SellerReply]:
    out = []
    for number in range(1, draw(st.integers(0, 3)) + 1):
        kind = draw(st.sampled_from(list(AnswerKind)))
        out.append(
            SellerReply(
                number=number,
                kind=kind,
                received_on=draw(st.none() | days.map(_day)),
                recorded_at=draw(st.none() | days.map(_at)),
                reason=draw(st.none() | st.sampled_from(list(RefusalReason))),
                offer=draw(st.none() | st.sampled_from(list(Offer))),
                amount=draw(st.none() | st.just(Decimal("1500.50"))),
                until=draw(st.none() | st.integers(-20, 60).map(lambda n: TODAY + timedelta(n))),
            )
        )
    return out


@st.composite
def cases(draw: st.DrawFn) -> Case:
    problem = draw(st.sampled_from(list(ProblemId)))
    status = draw(st.sampled_from(list(Status)))
    case = Case(id=CASE, owner_id=1, created_at=START, problem=problem)
    case.ordered_on = START.date() - timedelta(days=draw(st.integers(0, 30)))
    case.received_on = draw(st.none() | days.map(_day))
    case.demand = draw(st.none() | st.sampled_from(list(Demand)))
    case.delivery.delivered_on = draw(st.none() | days.map(_day))
    case.delivery.method = draw(st.none() | st.sampled_from(list(DeliveryMethod)))
    case.support.written_on = draw(st.none() | days.map(_day))
    case.replies = draw(replies())
    for route in draw(st.lists(st.sampled_from(list(Route)), max_size=3)):
        prepared = draw(days)
        filed = draw(st.none() | st.integers(prepared, (TODAY - START.date()).days))
        case.escalations.append(
            Escalation(
                route=route,
                prepared_on=_day(prepared),
                filed_on=_day(filed) if filed is not None else None,
            )
        )
    case.police.filed_on = draw(st.none() | days.map(_day))
    if status is not Status.OPEN:
        case.status, case.closed_at = status, _at(draw(days))
        case.outcome = draw(st.none() | st.sampled_from(list(CaseOutcome)))
    return case


KINDS = ("claim", "claim_marketplace", "lawsuit", "reply_insist", "police")


@st.composite
def rows(
    draw: st.DrawFn, case: Case
) -> tuple[list[EventRow], list[DocumentRow], list[EvidenceRow]]:
    ids = iter(range(1, 10_000))
    events = [
        EventRow(next(ids), draw(st.sampled_from([CASE, OTHER])), _at(draw(days)), kind, data)
        for kind, data in draw(
            st.lists(
                st.sampled_from(
                    [
                        ("support_outcome", {"outcome": "refused"}),
                        ("claim_made", {"version": 1}),
                        ("claim_made", {"version": 2}),
                        ("claim_delivered", {"due": "2026-12-01"}),
                        ("escalate", {"reason": "refused"}),
                        ("escalation", {"route": "court"}),
                        ("closed", {"status": "solved"}),
                        ("reopened", {}),
                        ("appeal_made", {}),
                        ("reply", {"n": 1, "kind": "later"}),
                        ("outcome", {"outcome": "nothing"}),
                        ("something_new", {"x": 1}),
                    ]
                ),
                max_size=8,
            )
        )
    ]
    documents = [
        DocumentRow(
            next(ids),
            draw(st.sampled_from([CASE, OTHER])),
            draw(st.sampled_from(KINDS)),
            draw(st.integers(1, 3)),
            "0" * 64,
            draw(st.none() | st.just("docx-id")),
            "pdf-id",
            draw(st.sampled_from(["", "not a time"]) | days.map(lambda n: _at(n).isoformat())),
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    numbers = [r.number for r in case.replies]
    evidence = [
        EvidenceRow(
            next(ids),
            draw(st.sampled_from([CASE, OTHER])),
            draw(st.sampled_from(["photo", "document", "video"])),
            f"file-{n}",
            f"u-{n}",
            None,
            None,
            None,
            _at(draw(days)),
            draw(st.none() | st.sampled_from([*numbers, 9])),  # 9: an answer not in the case
        )
        for n in range(draw(st.integers(0, 8)))
    ]
    return events, documents, evidence


@st.composite
def drawn(draw: st.DrawFn) -> tuple[Case, list[EventRow], list[DocumentRow], list[EvidenceRow]]:
    case = draw(cases())
    return (case, *draw(rows(case)))


@settings(max_examples=examples(400), deadline=None)
@given(drawn())
def test_timeline_invariants(
    found: tuple[Case, list[EventRow], list[DocumentRow], list[EvidenceRow]],
) -> None:
    case, events, documents, evidence = found
    lines = timeline(case, events, documents, evidence, TODAY)
    # oldest first, and what is due after what happened
    assert lines == sorted(lines, key=lambda e: (e.on, e.due))
    happened = [e for e in lines if not e.due]
    due = [e for e in lines if e.due]
    assert lines[len(happened) :] == due
    assert all(e.on >= TODAY for e in due)
    if case.status is not Status.OPEN:
        assert not due
    # every document row and every file of this case exactly once; none of another case
    ours_docs = sorted(d.id for d in documents if d.case_id == CASE)
    assert sorted(e.document for e in lines if e.document is not None) == ours_docs
    ours_files = sorted(f.id for f in evidence if f.case_id == CASE)
    assert sorted(i for e in lines for i in e.files) == ours_files
    # a day's own files are one line
    own_days = [e.on for e in lines if e.key == "tl-files"]
    assert len(own_days) == len(set(own_days))
    # nothing logged for another case shows up: a close line only where this case closed
    closes = [e for e in lines if e.key == "tl-closed"]
    ours_closed = [e for e in events if e.case_id == CASE and e.kind == "closed"]
    assert len(closes) == len(ours_closed) or (
        not ours_closed and len(closes) == (case.status is not Status.OPEN)
    )


def test_a_case_file_in_order_with_its_rows() -> None:
    case = Case(id=CASE, owner_id=1, created_at=START, problem=ProblemId.DEFECTIVE)
    case.ordered_on, case.received_on = date(2026, 8, 20), date(2026, 8, 25)
    case.demand = Demand.REFUND
    case.delivery.delivered_on, case.delivery.method = date(2026, 9, 10), DeliveryMethod.POST
    case.replies = [
        SellerReply(
            number=1, kind=AnswerKind.OFFER, offer=Offer.REPAIR, received_on=date(2026, 9, 15)
        )
    ]
    events = [
        EventRow(1, CASE, _at(5), "claim_made", {"version": 1}),
        EventRow(2, CASE, _at(9), "claim_delivered", {"due": "2026-09-21"}),
        EventRow(3, OTHER, _at(6), "closed", {"status": "solved"}),
    ]
    documents = [DocumentRow(11, CASE, "claim", 1, "0" * 64, "d", "p", _at(5).isoformat())]
    evidence = [
        EvidenceRow(21, CASE, "photo", "a", "a", None, None, None, _at(1)),
        EvidenceRow(22, CASE, "photo", "b", "b", None, None, None, _at(1)),
        EvidenceRow(23, CASE, "document", "c", "c", "answer.pdf", 10, None, _at(14), reply=1),
    ]
    lines = timeline(case, events, documents, evidence, date(2026, 9, 16))
    assert [(e.on, e.key) for e in lines] == [
        (date(2026, 8, 20), "tl-ordered"),
        (date(2026, 8, 25), "tl-received"),
        (date(2026, 9, 1), "tl-started"),
        (date(2026, 9, 2), "tl-files"),
        (date(2026, 9, 6), "tl-document"),  # the claim's row says it: no «claim made» twice
        (date(2026, 9, 10), "tl-claim-delivered"),
        (date(2026, 9, 15), "tl-reply"),
        (date(2026, 9, 21), "tl-due"),  # the seller's 10 days (ст. 22) from the delivery
        (date(2028, 8, 25), "tl-due"),  # two years for a defect without a warranty
    ]
    assert lines[3].files == (21, 22)
    assert lines[4].document == 11
    assert lines[6].files == (23,)
    assert lines[-1].due


def test_a_line_falls_on_the_persons_own_day() -> None:
    """Recorded times are UTC; the day shown is the person's: 22:30 UTC is the next morning in
    Moscow and still the same evening in New York."""
    case = Case(id=CASE, owner_id=1, created_at=datetime(2026, 9, 1, 22, 30, tzinfo=UTC))
    late = datetime(2026, 9, 2, 22, 30, tzinfo=UTC)
    events = [EventRow(1, CASE, late, "escalate", {"reason": "refused"})]
    evidence = [EvidenceRow(2, CASE, "photo", "a", "a", None, None, None, late)]
    documents = [DocumentRow(3, CASE, "claim", 1, "0" * 64, "d", "p", late.isoformat())]
    for zone, day in ((ZoneInfo("Europe/Moscow"), 3), (ZoneInfo("America/New_York"), 2)):
        lines = timeline(case, events, documents, evidence, TODAY, zone=zone)
        assert lines[0].on == date(2026, 9, day - 1)  # started
        assert {e.on for e in lines[1:]} == {date(2026, 9, day)}


def test_every_line_has_words_in_both_languages() -> None:
    """Each key and each value its selectors meet, formatted without a Fluent error."""
    core = create_core("ru")
    case = Case(id=CASE, owner_id=1, created_at=START, problem=ProblemId.DEFECTIVE)
    case.status, case.closed_at = Status.SOLVED, _at(30)
    case.outcome = CaseOutcome.PAID_PART
    case.delivery.delivered_on = date(2026, 9, 5)
    entries = [
        *timeline(case, [], [], [], TODAY),
        Entry(
            TODAY,
            "tl-reply",
            {
                "number": 2,
                "kind": "partial",
                "reason": "other",
                "offer": "other",
                "amount": "1 500",
                "files": 3,
            },
        ),
        Entry(TODAY, "tl-document", {"kind": "reply_partial", "version": 2}),
        Entry(TODAY, "tl-files", {"count": 5}),
        Entry(TODAY, "tl-due", {"kind": "answer-money"}, due=True),
        Entry(TODAY, "tl-escalation-filed", {"route": "court"}),
    ]
    for locale in ("ru", "en"):

        def t(key: str, /, **args: object) -> str:
            return core.get(key, locale, **args)  # noqa: B023

        words = [text(e, t) for e in entries]
        assert all(w and "{" not in w and key_free(w) for w in words), words
    ru = [text(e, lambda k, /, **a: core.get(k, "ru", **a)) for e in entries]
    assert "Итог: вернули часть денег, ушло 26 дней" in ru
    assert "Ответ продавца № 2: платит часть: 1 500 ₽, 3 файла" in ru
    assert "Добавлены файлы: 5 файлов" in ru


def key_free(words: str) -> bool:
    return "tl-" not in words


def test_how_long_it_took() -> None:
    case = Case(id=CASE, owner_id=1, created_at=START)
    assert outcome.took(case) is None
    case.status, case.closed_at = Status.SOLVED, datetime(2026, 9, 22, 10, tzinfo=UTC)
    assert (outcome.took(case), outcome.counted_from(case)) == (21, "start")
    case.delivery.delivered_on = date(2026, 9, 20)
    assert (outcome.took(case), outcome.counted_from(case)) == (2, "claim")
    assert outcome.asked(case)
    case.outcome = CaseOutcome.NOTHING
    assert not outcome.asked(case)


def test_how_long_it_took_in_russian_plurals() -> None:
    core = create_core("ru")
    said = {
        days: core.get("outcome-took", "ru", days=days, since="claim")
        for days in (1, 2, 5, 11, 21, 22, 111)
    }
    assert said[1].startswith("На это ушёл 1 день —")
    assert said[2].startswith("На это ушло 2 дня —")
    assert said[5].startswith("На это ушло 5 дней —")
    assert said[11].startswith("На это ушло 11 дней —")
    assert said[21].startswith("На это ушёл 21 день —")
    assert said[22].startswith("На это ушло 22 дня —")
    assert said[111].startswith("На это ушло 111 дней —")
    assert core.get("tl-files", "ru", count=21) == "Добавлены файлы: 21 файл"
    assert core.get("tl-files", "ru", count=3) == "Добавлены файлы: 3 файла"


# -- issue 21: the letters the bot follows, as the post told their news ----------------------


def _letter(n: int, at: datetime, purpose: str, state: str, **data: object) -> EventRow:
    return EventRow(n, CASE, at, "letter", {"purpose": purpose, "state": state, **data})


MAIL = ("tl-letter", "tl-claim-delivered", "tl-claim-deemed")
RU_EN = create_core("ru")


def _ru(entries: list[Entry]) -> list[str]:
    return [text(e, lambda k, /, **a: RU_EN.get(k, "ru", **a)) for e in entries]


def test_a_letters_news_falls_on_the_posts_day_once() -> None:
    """Each change of state is a line dated by the post's day (the day the bot heard, where the
    post gave none); the same news logged twice is said once; the claim's delivery that the
    case already tells on the same day is not said twice."""
    case = Case(id=CASE, owner_id=1, created_at=START, problem=ProblemId.DEFECTIVE)
    case.delivery.delivered_on, case.delivery.method = date(2026, 9, 20), DeliveryMethod.POST
    case.delivery.by_post = True
    heard = datetime(2026, 9, 25, 6, tzinfo=UTC)
    events = [
        _letter(1, heard, "claim", "moving", on="2026-09-12", unclaimed=None),
        _letter(2, heard, "claim", "arrived", on="2026-09-14", unclaimed=None),
        _letter(3, heard, "claim", "arrived", on="2026-09-14", unclaimed=None),  # logged again
        _letter(4, heard, "claim", "delivered", on="2026-09-20", unclaimed=None),  # the case's
        _letter(5, heard, "lawsuit_copy", "moving", on=None, unclaimed=None),
        _letter(6, heard, "complaint", "unknown", on=None, unclaimed=None),  # no news
        _letter(7, heard, "nonsense", "moving", on="2026-09-13"),  # not ours: left out
        _letter(8, heard, "claim", "moving", on="not a date"),  # no day: the day it was heard
    ]
    lines = [e for e in timeline(case, events, [], [], TODAY) if not e.due]
    mail = [(e.on, e.key, e.args.get("state")) for e in lines if e.key in MAIL]
    assert mail == [
        (date(2026, 9, 12), "tl-letter", "moving"),
        (date(2026, 9, 14), "tl-letter", "arrived"),
        (date(2026, 9, 20), "tl-claim-delivered", None),
        (date(2026, 9, 25), "tl-letter", "moving"),  # the lawsuit's copy: no day from the post
        (date(2026, 9, 25), "tl-letter", "moving"),  # «not a date»
    ]
    said = _ru(lines)
    assert "Почта России: письмо с претензией ждёт адресата в отделении" in said
    assert "Почта России: письмо с копией иска принято и в пути" in said
    assert "Претензия вручена продавцу (почтой)" in said


@pytest.mark.parametrize(
    ("why", "words"),
    [
        ("storage", "истёк срок хранения"),
        ("refused", "продавец отказался его получить"),
    ],
)
def test_a_claim_returned_unclaimed_is_never_вручена_in_the_file(why: str, words: str) -> None:
    """law-facts §5 Counting [S62]: the day the post sent it back is the deemed delivery."""
    case = Case(id=CASE, owner_id=1, created_at=START, problem=ProblemId.DEFECTIVE)
    case.demand = Demand.REFUND
    case.delivery.delivered_on, case.delivery.method = date(2026, 9, 20), DeliveryMethod.POST
    case.delivery.unclaimed = Unclaimed(why)
    heard = datetime(2026, 9, 21, 6, tzinfo=UTC)
    events = [
        _letter(1, heard, "claim", "arrived", on="2026-09-10", unclaimed=None),
        _letter(2, heard, "claim", "unclaimed", on="2026-09-20", unclaimed=why),
    ]
    lines = timeline(case, events, [], [], date(2026, 9, 21))
    said = _ru(lines)
    assert not any("вручен" in s for s in said), said
    deemed = next(e for e in lines if e.key == "tl-claim-deemed")
    assert deemed.on == date(2026, 9, 20)
    assert (
        f"Письмо с претензией возвращено отправителю ({words}); претензия считается "
        "доставленной продавцу (ст. 165.1 ГК РФ)"
    ) in said
    assert sum("165.1" in s for s in said) == 1  # the post's line of the same day is not repeated
    # the seller's period runs from the day of the return: 20.09 + 10 = 30.09
    assert any(e.due and e.on == date(2026, 9, 30) for e in lines)
    # a later correction of the date by the person: both facts stay, each on its own day
    case.delivery.delivered_on = date(2026, 9, 22)
    said = _ru(timeline(case, events, [], [], date(2026, 9, 23)))
    assert (
        "Почта России: письмо с претензией возвращено отправителю: "
        f"{'истёк срок хранения' if why == 'storage' else 'адресат отказался его получить'}; "
        "претензия считается доставленной (ст. 165.1 ГК РФ)"
    ) in said


@settings(max_examples=examples(200), deadline=None)
@given(
    news=st.lists(
        st.tuples(
            st.sampled_from([p.value for p in Purpose]),
            st.sampled_from([s.value for s in LetterState]),
            st.none() | days.map(lambda n: _day(n).isoformat()),
            st.none() | st.sampled_from([u.value for u in Unclaimed]),
            days,
        ),
        max_size=8,
    ),
    case=cases(),
)
def test_every_letters_line_is_said_once_in_both_languages(
    news: list[tuple[str, str, str | None, str | None, int]], case: Case
) -> None:
    events = [
        _letter(n, _at(heard), purpose, state, on=on, unclaimed=why)
        for n, (purpose, state, on, why, heard) in enumerate(news, 1)
    ]
    lines = timeline(case, events, [], [], TODAY)
    assert lines == sorted(lines, key=lambda e: (e.on, e.due))
    mail = [e for e in lines if e.key == "tl-letter"]
    told = {(e.args["purpose"], e.args["state"], e.on) for e in mail}
    assert len(told) == len(mail)  # each piece of news once
    assert all(e.args["state"] != "unknown" for e in mail)
    for locale in ("ru", "en"):
        for entry in mail:
            words = RU_EN.get(entry.key, locale, **entry.args)
            assert words, entry
            assert "{" not in words, words
            assert key_free(words), words
            if locale == "ru" and entry.args["purpose"] != "claim":
                assert "165.1" not in words  # the sheet names no deemed delivery but the claim's


@pytest.mark.parametrize(
    ("prepaid", "demand", "kind", "ru"),
    [
        (True, Demand.REFUND, "notice", "уведомлением об отказе от исполнения договора"),
        (False, Demand.REFUSE, "refuse", "уведомлением об отказе от товара"),
    ],
)
def test_a_returned_notice_is_named_a_notice_in_the_file(
    prepaid: bool, demand: Demand, kind: str, ru: str
) -> None:
    """Review of issue 21, minor 4: the claim stage's letter is named as the documents name it
    (a notice refusing the contract, ст. 23.1, or the goods), never «претензия»."""
    case = Case(id=CASE, owner_id=1, created_at=START, problem=ProblemId.NOT_DELIVERED)
    case.prepaid, case.demand = prepaid, demand
    case.delivery.delivered_on, case.delivery.method = date(2026, 9, 20), DeliveryMethod.POST
    case.delivery.unclaimed = Unclaimed.STORAGE
    heard = datetime(2026, 9, 21, 6, tzinfo=UTC)
    events = [_letter(1, heard, "claim", "arrived", on="2026-09-10", unclaimed=None)]
    lines = [e for e in timeline(case, events, [], [], date(2026, 9, 21)) if e.key in MAIL]
    assert {e.args["kind"] for e in lines} == {kind}
    said = _ru(lines)
    noun = "уведомление считается доставленным"
    assert f"Письмо с {ru} возвращено отправителю (истёк срок хранения); {noun} продавцу" in said[1]
    assert said[0] == f"Почта России: письмо с {ru} ждёт адресата в отделении"
    assert not any("претензи" in s for s in said), said
    for entry in lines:
        assert "claim" not in RU_EN.get(entry.key, "en", **entry.args).split("(")[0]
