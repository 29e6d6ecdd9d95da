"""Blocks -> PDF with typst and its bundled fonts (`ignore_system_fonts=True`: the same output
on every machine, and the Docker image needs no font packages)."""

from __future__ import annotations

from pathlib import Path

import typst

from flows.documents import Document

TEMPLATE = Path(__file__).with_name("claim.typ")


def render_pdf(doc: Document) -> bytes:
    return typst.compile(
        TEMPLATE,
        sys_inputs={"doc": doc.to_json()},
        ignore_system_fonts=True,
    )
