"""The block model every document is made of; renderers lay blocks out as DOCX or PDF."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Literal

from flows.claims import DocKind

# -- blocks ----------------------------------------------------------------------------------

BlockType = Literal[
    "addressee", "title", "subtitle", "paragraph", "list", "table", "signature", "note"
]


@dataclass(frozen=True)
class Block:
    type: BlockType
    text: str = ""
    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Evidence:
    """What a document needs to know of one evidence file."""

    kind: str
    name: str | None
    caption: str | None
    reply: int | None = None  # the seller's answer it came with: listed as the answer's copy


@dataclass
class Document:
    kind: DocKind
    filename: str  # without extension
    blocks: list[Block] = field(default_factory=list)

    def add(
        self,
        type_: BlockType,
        text: str = "",
        lines: Iterable[str] = (),
        rows: Iterable[Iterable[str]] = (),
    ) -> None:
        self.blocks.append(Block(type_, text, tuple(lines), tuple(tuple(r) for r in rows)))

    def text(self) -> str:
        """Plain text of the whole document (tests, the chat version, hashing)."""
        out: list[str] = []
        for b in self.blocks:
            out.extend([b.text] if b.text else [])
            out.extend(b.lines)
            out.extend(" | ".join(r) for r in b.rows)
        return "\n".join(out)

    def to_json(self) -> str:
        return json.dumps(
            {"kind": self.kind.value, "blocks": [asdict(b) for b in self.blocks]},
            ensure_ascii=False,
        )

    def sha256(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()
