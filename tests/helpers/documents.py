"""Real report files made in the tests: text PDFs and DOCX (scanned PDFs: `eval.scans`)."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from PIL import Image

# DejaVu ships inside matplotlib's wheel: Vietnamese glyphs without any system font package.
FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
SANS = FONTS / "DejaVuSans.ttf"


def text_pdf(path: Path, pages: list[str], encrypt_with: str = "") -> Path:
    """A PDF with a real text layer, one string per page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(SANS))
    pdf.set_font("dejavu", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    if encrypt_with:
        pdf.set_encryption(owner_password="owner-" + encrypt_with, user_password=encrypt_with)
    pdf.output(str(path))
    return path


def docx_file(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A DOCX with paragraphs and, optionally, a table after them."""
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(t.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def image_only_docx(path: Path, tmp: Path) -> Path:
    """A DOCX holding one picture and no text."""
    import docx

    picture = tmp / "picture.png"
    Image.new("RGB", (80, 60), "white").save(picture)
    document = docx.Document()
    document.add_picture(str(picture))
    document.save(str(path))
    return path
