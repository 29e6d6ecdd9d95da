"""A case's file as one list, oldest first: every step, letter, answer, document, filing and
deadline, with its date — what /cases shows (issue 20 p. 3) and what the export's `case.pdf`
and `manifest.json` hold (p. 5). Built from what the case and its rows already record, so the
card and the export can never disagree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from flows.case import Case
from flows.ports import DocumentRow, EventRow, EvidenceRow


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


def timeline(
    case: Case,
    events: Sequence[EventRow],
    documents: Sequence[DocumentRow],
    evidence: Sequence[EvidenceRow],
    today: date,
) -> list[Entry]:
    """Every entry of the case, oldest first, then what is due next."""
    raise NotImplementedError  # issue 20 p. 3: built on the `casefile` branch
