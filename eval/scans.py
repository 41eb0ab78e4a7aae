"""Synthetic scanned pages: report lines typeset on an A4 image, saved as an image-only PDF, as
a scanner would make them. The OCR benchmark's input, and the tests' scanned PDFs."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from PIL import Image, ImageDraw, ImageFont

# DejaVu ships inside matplotlib's wheel: Vietnamese glyphs without any system font package.
SERIF = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSerif.ttf"
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
