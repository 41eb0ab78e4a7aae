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


PAGE_W, PAGE_H, MARGIN_X, MARGIN_Y, POINTS, LEADING = 8.27, 11.69, 0.9, 0.8, 12, 1.5


def _font(dpi: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(SERIF), int(POINTS / 72 * dpi))


def wrap_to_page(lines: list[str], dpi: int = 200) -> list[str]:
    """The lines broken at word boundaries to fit the page's text width."""
    font = _font(dpi)
    width = (PAGE_W - 2 * MARGIN_X) * dpi
    out: list[str] = []
    for line in lines:
        words = line.split(" ")
        current = ""
        for word in words:
            trial = f"{current} {word}" if current else word
            if current and font.getlength(trial) > width:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return out


def lines_per_page() -> int:
    """How many lines one page holds."""
    return int((PAGE_H - 2 * MARGIN_Y) * 72 / (POINTS * LEADING))


def page_image(lines: list[str], dpi: int = 200) -> Image.Image:
    """An A4 page with the lines typeset in 12 pt serif, as a scanner would see it."""
    image = Image.new("L", (int(PAGE_W * dpi), int(PAGE_H * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = _font(dpi)
    y = int(MARGIN_Y * dpi)
    for line in wrap_to_page(lines, dpi):
        draw.text((int(MARGIN_X * dpi), y), line, font=font, fill=0)
        y += int(POINTS / 72 * dpi * LEADING)
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
