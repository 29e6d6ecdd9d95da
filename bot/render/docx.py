"""Blocks -> DOCX with python-docx: A4, 2 cm margins, a serif font, the addressee block on the
right as Russian letters have it."""

from __future__ import annotations

import copy
import io
import threading
from functools import cache

from docx import Document as Docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from flows.documents import Document

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
        if block.type == "addressee":
            for line in block.lines:
                p = out.add_paragraph(line)
                p.paragraph_format.left_indent = Cm(8.5)
                p.paragraph_format.space_after = Pt(0)
            out.add_paragraph()
        elif block.type in {"title", "subtitle"}:
            p = out.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(block.text)
            run.bold = block.type == "title"
            run.font.size = Pt(14 if block.type == "title" else 12)
        elif block.type == "paragraph":
            p = out.add_paragraph(block.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.25)
        elif block.type == "list":
            for n, line in enumerate(block.lines, start=1):
                p = out.add_paragraph(f"{n}. {line}")
                p.paragraph_format.left_indent = Cm(1.25)
                p.paragraph_format.space_after = Pt(2)
        elif block.type == "table":
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
        elif block.type == "signature":
            out.add_paragraph()
            out.add_paragraph(block.text)
        elif block.type == "note":
            p = out.add_paragraph()
            run = p.add_run(block.text)
            run.italic = True
            run.font.size = Pt(9)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
