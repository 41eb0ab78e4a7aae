"""Real report files made in the tests: text PDFs, image-only (scanned) PDFs, DOCX."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from PIL import Image, ImageDraw, ImageFont

# DejaVu ships inside matplotlib's wheel: Vietnamese glyphs without any system font package.
FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
SANS = FONTS / "DejaVuSans.ttf"
SERIF = FONTS / "DejaVuSerif.ttf"


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


def page_image(lines: list[str], dpi: int = 200) -> Image.Image:
    """An A4 page with the lines typeset in 12 pt serif, as a scanner would see it."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    size = int(12 / 72 * dpi)
    font = ImageFont.truetype(str(SERIF), size)
    y = int(0.8 * dpi)
    for line in lines:
        draw.text((int(0.9 * dpi), y), line, font=font, fill=0)
        y += int(size * 1.5)
    return image


def scanned_pdf(path: Path, pages: list[list[str]], dpi: int = 200) -> Path:
    """An image-only PDF (no text layer): each page a rendered picture of its lines."""
    images = [page_image(lines, dpi) for lines in pages]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=dpi)
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
