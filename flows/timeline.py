"""A case's file as one list, oldest first: every step, letter, answer, document, filing and
deadline, with its date — what /cases shows (issue 20 p. 3) and what the export's `case.pdf`
and `manifest.json` hold (p. 5). Built from what the case and its rows already record, so the
card and the export can never disagree.

Where the case itself records a date (the claim's delivery, an escalation's filing, an
answer's date), that date is the truth and the event logged at the same step is not repeated:
the event's time is when the person told the bot, not when it happened. Events add only what
the case keeps no date for (support's answer, the decision to escalate, the close, the
outcome)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo

from flows import claims
from flows import outcome as outcomes
from flows.case import AnswerKind, Case, Status
from flows.claims import LetterForm
from flows.money import figures
from flows.ports import DocumentRow, EventRow, EvidenceRow
from flows.schedule import all_deadlines, marketplace_deadline, seller_deadline, state_bodies
from flows.tracking import LetterState, Purpose, Unclaimed

# events whose facts the case records with their real date (see the module's docstring)
_TOLD_BY_CASE = frozenset({"claim_delivered", "marketplace_delivered", "escalation", "reply"})


@dataclass(frozen=True)
class Entry:
    """One line: on `on`, what happened (`key`, a locale message `tl-…`, with `args`). A line
    about a document or a file names its row, so the card can send it again."""

    on: date
    key: str
    args: dict[str, str | int] = field(default_factory=dict)
    document: int | None = None  # a `documents` row id
    files: tuple[int, ...] = ()  # `evidence` row ids
    due: bool = False  # a deadline still ahead, not something that happened
    at: datetime | None = None  # the moment within the day, where it is known (UTC)


def text(entry: Entry, t: Callable[..., str]) -> str:
    """The entry's words in the language of `t` (its date is the caller's to format)."""
    return t(entry.key, **entry.args)


def timeline(
    case: Case,
    events: Sequence[EventRow],
    documents: Sequence[DocumentRow],
    evidence: Sequence[EvidenceRow],
    today: date,
    *,
    zone: tzinfo = UTC,
) -> list[Entry]:
    """Every entry of the case, oldest first, then what is due next. Times the bot recorded
    are read in `zone`, the person's, so a line's day is the day they lived it."""

    def local(at: datetime) -> datetime:
        return _moment(at).astimezone(zone)

    case = case.model_copy(
        update={
            "created_at": local(case.created_at),
            "closed_at": local(case.closed_at) if case.closed_at else None,
            "replies": [
                r.model_copy(update={"recorded_at": local(r.recorded_at)}) if r.recorded_at else r
                for r in case.replies
            ],
        }
    )
    events = [replace(e, at=local(e.at)) for e in events if e.case_id == case.id]
    documents = [
        replace(d, created_at=local(made).isoformat() if (made := _time(d.created_at)) else "")
        for d in documents
        if d.case_id == case.id
    ]
    evidence = [replace(f, added_at=local(f.added_at)) for f in evidence if f.case_id == case.id]
    out = _facts(case) + _events(case, events, documents)
    # files before documents: on a tie in time, the evidence was gathered before the letter
    out += _replies(case, evidence) + _own_files(case, evidence) + _documents(case, documents)
    out += _closing(case, events)
    out += _ended(case, today)
    out += _due(case, today)
    return sorted(out, key=_order)


# Dates the person gave for what follows the bot's work on the same day: a claim is made
# before it is delivered, a complaint before it is filed, and a period ends at the day's end.
_AFTER_THE_BOT = frozenset(
    {
        "tl-claim-delivered",
        "tl-claim-deemed",
        "tl-letter",
        "tl-marketplace-delivered",
        "tl-escalation-filed",
        "tl-police-filed",
        "tl-police-decided",
        "tl-reply",
        "tl-deadline-last",
    }
)


def _order(entry: Entry) -> tuple[date, bool, int, datetime]:
    """By day; within a day, the person's dates of what came before (the order, the support
    chat), then what the bot recorded by the time it happened, then the person's dates of
    what follows the bot's work (`_AFTER_THE_BOT`); what is due after what happened."""
    recorded = entry.at is not None
    rank = 1 if recorded else (2 if entry.key in _AFTER_THE_BOT else 0)
    return (entry.on, entry.due, rank, entry.at or _EPOCH)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _moment(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _facts(case: Case) -> list[Entry]:
    out = [Entry(case.created_at.date(), "tl-started", at=_moment(case.created_at))]
    dated = (
        (case.ordered_on, "tl-ordered"),
        (case.received_on, "tl-received"),
        (case.return_sent_on, "tl-return-sent"),
        (case.return_demanded_on, "tl-return-demanded"),
        (case.repair_handed_on, "tl-repair-handed"),
        (case.repair_returned_on, "tl-repair-returned"),
    )
    out += [Entry(on, key) for on, key in dated if on is not None]
    if case.support.written_on is not None:
        channel = case.support.channel.value if case.support.channel else "other"
        out.append(Entry(case.support.written_on, "tl-support-written", {"channel": channel}))
    for delivery, key in (
        (case.delivery, "tl-claim-delivered"),
        (case.marketplace_delivery, "tl-marketplace-delivered"),
    ):
        if delivery.delivered_on is None:
            continue
        if delivery is case.delivery and delivery.unclaimed is not None:
            # returned unclaimed: never «вручена», but deemed delivered that day (ГК 165.1)
            reason: dict[str, str | int] = {
                "reason": delivery.unclaimed.value,
                "kind": claim_kind(case),
            }
            out.append(Entry(delivery.delivered_on, "tl-claim-deemed", reason))
            continue
        method = delivery.method.value if delivery.method else "other"
        out.append(Entry(delivery.delivered_on, key, {"method": method}))
    for escalation in case.escalations:
        route: dict[str, str | int] = {"route": escalation.route.value}
        out.append(Entry(escalation.prepared_on, "tl-escalation-prepared", route))
        if escalation.filed_on is not None:
            out.append(Entry(escalation.filed_on, "tl-escalation-filed", route))
    if case.police.filed_on is not None:
        out.append(Entry(case.police.filed_on, "tl-police-filed"))
    if case.police.decided_on is not None:
        answer = case.police.answer.value if case.police.answer else "other"
        out.append(Entry(case.police.decided_on, "tl-police-decided", {"answer": answer}))
    return out


def _events(
    case: Case, events: Sequence[EventRow], documents: Sequence[DocumentRow]
) -> list[Entry]:
    claims_written = {d.version for d in documents if d.kind == "claim"}
    out = []
    for event in events:
        on, data, at = event.at.date(), event.data, _moment(event.at)
        if event.kind in _TOLD_BY_CASE:
            continue
        if event.kind == "support_outcome":
            out.append(
                Entry(on, "tl-support-outcome", {"outcome": str(data.get("outcome"))}, at=at)
            )
        elif event.kind == "claim_made":
            if data.get("version") not in claims_written:  # its document row says it
                out.append(Entry(on, "tl-claim-made", at=at))
        elif event.kind == "escalate":
            out.append(Entry(on, "tl-escalate", {"reason": str(data.get("reason"))}, at=at))
        elif event.kind == "appeal_made":
            out.append(Entry(on, "tl-appeal-made", at=at))
        elif event.kind == "closed":
            out.append(Entry(on, "tl-closed", {"status": str(data.get("status"))}, at=at))
        elif event.kind == "reopened":
            out.append(Entry(on, "tl-reopened", at=at))
    return out + _letters(case, [e for e in events if e.kind == "letter"])


# what the post says of a letter that the case's own claim line already tells (its date is
# the claim's delivery date, the person's to correct): said once, by the case
_CLAIM_TOLD = frozenset({LetterState.DELIVERED.value, LetterState.UNCLAIMED.value})


def _letters(case: Case, events: Sequence[EventRow]) -> list[Entry]:
    """Russian Post's news of the letters the bot follows (issue 21): one line per change of a
    letter's state, on the day the post gives (the day the bot heard, where it gives none).
    A poll that found nothing new logs nothing; the same news logged twice is said once."""
    out: list[Entry] = []
    seen: set[tuple[str, str, str]] = set()
    for event in events:
        data = event.data
        purpose, state = str(data.get("purpose")), str(data.get("state"))
        if purpose not in _PURPOSES or state not in _STATES or state == LetterState.UNKNOWN:
            continue
        on = _iso_day(data.get("on"))
        shown = on or event.at.date()  # the day the line is dated by
        if (purpose, state, str(shown)) in seen:
            continue
        seen.add((purpose, state, str(shown)))
        told = case.delivery.delivered_on
        if purpose == Purpose.CLAIM and state in _CLAIM_TOLD and on is not None and on == told:
            continue
        reason = str(data.get("unclaimed") or "none")
        args: dict[str, str | int] = {
            "purpose": purpose,
            "state": state,
            "reason": reason if reason in _REASONS else "none",
            "kind": claim_kind(case),
        }
        if on is None:
            out.append(Entry(event.at.date(), "tl-letter", args, at=_moment(event.at)))
        else:
            out.append(Entry(on, "tl-letter", args))
    return out


def claim_kind(case: Case) -> str:
    """What the claim's letter was, as the documents name it (`documents.common.letter_kind`):
    a claim, a notice refusing the contract (ст. 23.1) or the goods — so that a returned notice
    is not told as «претензия» (review of issue 21, minor 4). A case not yet far enough to
    have a letter is a claim's."""
    if case.problem is None or not claims.allowed_demands(case):
        return "claim"
    form = claims.main_letter(case).form
    return form.value if form in (LetterForm.NOTICE, LetterForm.REFUSE) else "claim"


_PURPOSES = frozenset(p.value for p in Purpose)
_STATES = frozenset(s.value for s in LetterState)
_REASONS = frozenset(u.value for u in Unclaimed)


def _iso_day(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _replies(case: Case, evidence: Sequence[EvidenceRow]) -> list[Entry]:
    out = []
    for reply in case.replies:
        on = reply.received_on or (reply.recorded_at.date() if reply.recorded_at else None)
        if on is None:
            continue
        files = tuple(f.id for f in evidence if f.reply == reply.number)
        args: dict[str, str | int] = {
            "number": reply.number,
            "kind": reply.kind.value if reply.kind else "other",
            "reason": reply.reason.value if reply.reason else "other",
            "offer": reply.offer.value if reply.offer else "other",
            "amount": figures(reply.amount) if reply.amount is not None else "none",
            "files": len(files),
        }
        at = _moment(reply.recorded_at) if reply.recorded_at else None
        at = at if at is not None and at.date() == on else None  # told later: its day only
        out.append(Entry(on, "tl-reply", args, files=files, at=at))
    return out


def _replied(case: Case) -> set[int]:
    """The answers whose files go with their answer's line (an answer with no date has none)."""
    return {
        r.number for r in case.replies if r.received_on is not None or r.recorded_at is not None
    }


def _documents(case: Case, documents: Sequence[DocumentRow]) -> list[Entry]:
    out = []
    for row in documents:
        made = _time(row.created_at)
        on = made.date() if made else case.created_at.date()
        args: dict[str, str | int] = {"kind": row.kind, "version": row.version}
        out.append(Entry(on, "tl-document", args, document=row.id, at=made))
    return out


def _own_files(case: Case, evidence: Sequence[EvidenceRow]) -> list[Entry]:
    """The person's own files (and any whose answer is not in the case), one line a day."""
    replied = _replied(case)
    by_day: dict[date, list[EvidenceRow]] = defaultdict(list)
    for row in evidence:
        if row.reply is None or row.reply not in replied:
            by_day[row.added_at.date()].append(row)
    return [
        Entry(
            day,
            "tl-files",
            {"count": len(rows)},
            files=tuple(r.id for r in rows),
            at=min(_moment(r.added_at) for r in rows),
        )
        for day, rows in sorted(by_day.items())
    ]


def _closing(case: Case, events: Sequence[EventRow]) -> list[Entry]:
    """The close when no event logged it (a case closed before events were kept), and the
    outcome the person gave, on the day they gave it."""
    out = []
    logged = any(e.kind == "closed" for e in events)
    if not logged and case.status is not Status.OPEN and case.closed_at is not None:
        closed = _moment(case.closed_at)
        out.append(Entry(closed.date(), "tl-closed", {"status": case.status.value}, at=closed))
    if case.outcome is not None:
        told = [_moment(e.at) for e in events if e.kind == "outcome"]
        at = told[-1] if told else _moment(case.closed_at or case.created_at)
        days = outcomes.took(case)
        args: dict[str, str | int] = {"outcome": case.outcome.value, "days": days or 0}
        out.append(Entry(at.date(), "tl-outcome", args, at=at))
    return out


def _ended(case: Case, today: date) -> list[Entry]:
    """The last days of the periods the claim and the complaints started that are behind us:
    history, said neutrally (whether the seller met it is the answers' business)."""
    started = [seller_deadline(case), marketplace_deadline(case), *state_bodies(case)]
    closed = case.closed_at.date() if case.closed_at is not None else None
    return [
        Entry(d.due, "tl-deadline-last", {"kind": d.kind.value})
        for d in started
        if d is not None and d.due < today and (closed is None or d.due <= closed)
    ]


def _due(case: Case, today: date) -> list[Entry]:
    """The deadlines not yet passed, of an open case only: a closed case waits for nothing."""
    if case.status is not Status.OPEN:
        return []
    out = [
        Entry(d.due, "tl-due", {"kind": d.kind.value}, due=True)
        for d in all_deadlines(case)
        if d.due >= today
    ]
    for reply in case.replies:
        if reply.until is not None and reply.until >= today:
            kind = "check" if reply.kind is AnswerKind.CHECK else "later"
            out.append(Entry(reply.until, "tl-due-reply", {"kind": kind}, due=True))
    return out


def _time(iso: str) -> datetime | None:
    try:
        return _moment(datetime.fromisoformat(iso)) if iso else None
    except ValueError:
        return None
