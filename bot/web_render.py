"""What the web page shows beside an answer: the numbered source cards, and streamed model
words before the checked answer replaces them. The answer itself is `bot.render.markdown`."""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.render import citation_label, escape_md, where
from core.result import Citation
from index.readers import ORIGINAL_SUFFIXES


def render_text(text: str) -> str:
    """Streamed model words, escaped, before the checked answer replaces them."""
    return escape_md(text)


def source_cards(
    citations: Sequence[Citation], lang: str, texts: dict[str, str], originals: set[str]
) -> str:
    """Numbered, expandable source cards; the quoted line highlighted in its paragraph, and a
    link to the original file (a PDF at the cited page) where one was kept."""
    if not citations:
        return f'<p class="hbc-empty">{html.escape(texts["no_sources"])}</p>'
    en = lang == "en"
    cards = []
    for c in citations:
        para, whole = _context(c, texts.get("whole_section", _WHOLE[en]))
        head = html.escape(f"[{c.n}] {citation_label(c, en)}")
        meta = html.escape(f"{texts['section']}: {c.section} · {where(c, en)} · {c.report_id}")
        link = ""
        for ext in ORIGINAL_SUFFIXES:
            if f"{c.report_id}{ext}" in originals:
                page = f"#page={c.page}" if ext == ".pdf" and c.page else ""
                label = texts["open_pdf"].format(page=c.page) if page else texts["download"]
                link = (
                    f' · <a href="hbc/original/{html.escape(c.report_id)}{ext}{page}" '
                    f'target="_blank" rel="noopener">{html.escape(label)}</a>'
                )
                break
        cards.append(
            f'<details class="hbc-card" id="hbc-src-{c.n}" open><summary>{head}</summary>'
            f'<div class="hbc-meta">{meta}{link}</div><p>{para}</p>{whole}{_ocr_line(c, texts)}'
            "</details>"
        )
    return "\n".join(cards)


_WHOLE = ("Toàn bộ mục", "Whole section")


def _highlighted(text: str, quote: str) -> str:
    """`text` escaped with the quote marked in it (the quote alone when it is not in it)."""
    i = text.find(quote)
    if i < 0:
        return f"<mark>{html.escape(quote)}</mark>"
    return (
        html.escape(text[:i])
        + f"<mark>{html.escape(quote)}</mark>"
        + html.escape(text[i + len(quote) :])
    )


def _context(c: Citation, label: str) -> tuple[str, str]:
    """(the paragraph shown with the quote marked, the whole section one click away). A
    section's items are cited with the whole section as context: the card shows the item's
    own paragraph, and the section, paragraph by paragraph, under a "whole section" toggle."""
    context = c.context or c.quote
    paras = [p.strip() for p in context.split("\n") if p.strip()]
    if len(paras) <= 1:
        return _highlighted(context, c.quote), ""
    at = next((i for i, p in enumerate(paras) if c.quote in p), -1)
    if at < 0:
        return _highlighted(context.replace("\n", " "), c.quote), ""
    body = "".join(
        f"<p>{_highlighted(p, c.quote) if i == at else html.escape(p)}</p>"
        for i, p in enumerate(paras)
    )
    whole = (
        f'<details class="hbc-whole"><summary>{html.escape(label)} ({len(paras)})</summary>'
        f"{body}</details>"
    )
    return _highlighted(paras[at], c.quote), whole


def _ocr_line(c: Citation, texts: dict[str, str]) -> str:
    """The OCR line the restored quote was read from, one click away."""
    if not c.quote_original or c.quote_original == c.quote:
        return ""
    return (
        f'<details class="hbc-ocr"><summary>{html.escape(texts["ocr_original"])}</summary>'
        f"{html.escape(c.quote_original)}</details>"
    )
