"""Blocks -> DOCX with python-docx: A4, 2 cm margins, a serif font, the addressee block on the
right as Russian letters have it."""

from __future__ import annotations

import copy
import io
import threading
from collections.abc import Callable
from functools import cache

from docx import Document as Docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from flows.documents import Block, Document

FONT = "Times New Roman"


# Styles the renderer uses; the rest of python-docx's template (160 styles, 137 latent ones,
# a 430 KB stylesWithEffects part, a thumbnail) is dropped, which makes each render ~3x faster.
KEEP_STYLES = {"Normal", "Table Grid", "Default Paragraph Font", "Normal Table", "No List"}
DROP_PARTS = ("stylesWithEffects", "thumbnail")


def _trim(out: DocxDocument) -> None:
    styles = out.styles.element
    for style in styles.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is None or name.get(qn("w:val")) not in KEEP_STYLES:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)
    for owner in (out.part, out.part.package):
        for rel_id, rel in list(owner.rels.items()):
            if rel.reltype.rsplit("/", 1)[-1] in DROP_PARTS:
                del owner.rels[rel_id]


@cache
def _base() -> DocxDocument:
    """A4, margins and fonts, set up once, and copied for each render: opening and saving
    python-docx's full template cost more than everything else together."""
    out = Docx()
    _trim(out)
    section = out.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    style = out.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(6)
    return out


_base_lock = threading.Lock()  # renders run in worker threads; copy the base one at a time


def render_docx(doc: Document) -> bytes:
    with _base_lock:
        out = copy.deepcopy(_base())
    for block in doc.blocks:
        if block.type == "signature" and out.paragraphs:
            _keep_with_next(out.paragraphs[-1])
        _WRITERS[block.type](out, block)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


# -- one writer per block type ---------------------------------------------------------------


def _addressee(out: DocxDocument, block: Block) -> None:
    for line in block.lines:
        p = out.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8.5)
        p.paragraph_format.space_after = Pt(0)
    out.add_paragraph()


def _heading(out: DocxDocument, block: Block) -> None:
    p = out.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(block.text)
    run.bold = block.type == "title"
    run.font.size = Pt(14 if block.type == "title" else 12)


def _paragraph(out: DocxDocument, block: Block) -> None:
    p = out.add_paragraph(block.text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1.25)


def _list(out: DocxDocument, block: Block) -> None:
    for n, line in enumerate(block.lines, start=1):
        p = out.add_paragraph(f"{n}. {line}")
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.space_after = Pt(2)


def _table(out: DocxDocument, block: Block) -> None:
    table = out.add_table(rows=len(block.rows), cols=len(block.rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(block.rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    out.add_paragraph()


def _keep_with_next(p: Paragraph) -> None:
    """The signature never stands alone on a page: the paragraph before it (a list's last
    item) is kept whole and on the signature's page (issue 17 p. 21)."""
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.keep_together = True


def _signature(out: DocxDocument, block: Block) -> None:
    _keep_with_next(out.add_paragraph())
    out.add_paragraph(block.text)


def _note(out: DocxDocument, block: Block) -> None:
    run = out.add_paragraph().add_run(block.text)
    run.italic = True
    run.font.size = Pt(9)


_WRITERS: dict[str, Callable[[DocxDocument, Block], None]] = {
    "addressee": _addressee,
    "title": _heading,
    "subtitle": _heading,
    "paragraph": _paragraph,
    "list": _list,
    "table": _table,
    "signature": _signature,
    "note": _note,
}
