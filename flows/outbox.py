"""What a step leaves to be delivered after it is stored: documents owed to the chat, and
the words said after them, in the order the person must read them.

Plain values, shared by the dialogue (which fills a turn's outbox) and the machinery (which
writes owed documents with the step and sends them once it is committed), so neither has to
import the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from flows.claims import DocKind
from flows.documents import Document


@dataclass(frozen=True)
class Said:
    """A message said after owed documents, sent right after them. `markup` is the
    messenger's keyboard, opaque here."""

    text: str
    markup: Any = None


@dataclass
class Owed:
    """A document the chat is owed: written with its step, deleted once both files are sent."""

    case_id: int
    kind: DocKind  # the kind asked for; `part` picks the letter when it writes several
    version: int
    made_on: date
    locale: str
    doc: Document
    part: int = 0  # which of the kind's documents (a claim stage may write two letters)
    row_id: int | None = None  # the outbox row, once written
    queued: bool = False  # its row is written, or waits in the step's commit
    docx_file_id: str | None = None
    pdf_file_id: str | None = None


Outgoing = Said | Owed
