"""What the web chat shows of an answer: report and model text escaped, our own markup only.

A report line or an LLM reply must not put images, links or HTML into the page: every character
that could start Markdown or HTML is escaped, URLs cannot autolink, and the only markup left is
the bold figure, the `[n]` links to the source cards that we add ourselves, and the table of a
comparison answer (its rows become a table; every cell is escaped like any other text).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence

from bot.answer import Answer, Citation
from bot.extractive import where

# Characters that open inline Markdown/HTML anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>&~|$!^{}])")
# Characters that open a block (list, heading, quote, table, rule) at the start of a line.
_LEAD = re.compile(r"^(\d+)([.)])(?=\s|$)|^()([-+*#>=|:])")
# What GFM turns into a link without brackets: scheme URLs, www. names, e-mail addresses.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(://)|(?<=www)(\.)|(@)")
# Our own markup in an answer's text: a bold span, or a citation marker.
_MARK = re.compile(r"\*\*([^*\n]{1,120})\*\*|\[(\d{1,2})\]")
_SOURCES_HEAD = re.compile(r"^\s*(Nguồn|Sources)\s*:\s*$", re.M)
# A Markdown table: rows between pipes, the header followed by a '|---|---|' line.
_ROW = re.compile(r"^\|.*\|$")
_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")
# What a table cell may show bold: a figure (the comparison's '**75.639**', '**12,5%**').
_FIGURE = re.compile(r"[-+]?\d[\d.,]*(\s?%)?")


def _inline(text: str) -> str:
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), _INLINE.sub(r"\\\1", text))


def _lead(line: str) -> str:
    return _LEAD.sub(
        lambda m: (m.group(1) or m.group(3) or "") + "\\" + (m.group(2) or m.group(4)),
        line,
        count=1,
    )


def escape_md(text: str) -> str:
    """`text` as literal characters in Markdown: no markup, no HTML, no autolinks."""
    return "\n".join(_lead(_inline(line.strip())) for line in text.split("\n"))


def without_source_list(text: str) -> str:
    """The answer without its closing 'Nguồn:/Sources:' list (the side panel shows it)."""
    heads = list(_SOURCES_HEAD.finditer(text))
    return text[: heads[-1].start()].rstrip() if heads else text


def _marked(line: str, bolds: Callable[[str], bool], numbers: set[int]) -> str:
    """`line` escaped, keeping the bold spans `bolds` accepts and the known `[n]` markers."""
    out, at = [], 0
    for m in _MARK.finditer(line):
        out.append(_inline(line[at : m.start()]))
        bold, n = m.group(1), m.group(2)
        if bold is not None:
            out.append(f"**{_inline(bold)}**" if bolds(bold.strip()) else _inline(bold))
        elif int(n) in numbers:
            out.append(f"[\\[{n}\\]](#hbc-src-{n})")
        else:
            out.append(_inline(m.group(0)))
        at = m.end()
    out.append(_inline(line[at:]))
    return "".join(out)


def _line(line: str, figure: str, numbers: set[int]) -> str:
    text = _marked(line.strip(), lambda bold: bool(figure) and bold == figure, numbers)
    return text if text.startswith(("**", "[\\[")) else _lead(text)


def _cells(line: str) -> list[str]:
    return line.strip()[1:-1].split("|")


def _table(rows: list[str], numbers: set[int]) -> list[str]:
    """A Markdown table's rows with every cell escaped; figures in `**…**` stay bold."""
    width = len(_cells(rows[0]))

    def figure(bold: str) -> bool:
        return _FIGURE.fullmatch(bold) is not None

    def row(line: str) -> str:
        cells = (_cells(line) + [""] * width)[:width]
        return "| " + " | ".join(_marked(c.strip(), figure, numbers) for c in cells) + " |"

    rule = "|" + "---|" * width
    return [row(rows[0]), rule, *(row(line) for line in rows[2:])]


def _blocks(lines: list[str]) -> Iterator[tuple[bool, list[str]]]:
    """The lines in runs: (True, rows) for a table (header, rule, rows), (False, [line]) else."""
    i = 0
    while i < len(lines):
        if (
            i + 1 < len(lines)
            and _ROW.match(lines[i].strip())
            and _RULE.match(lines[i + 1].strip())
        ):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j].strip()):
                j += 1
            yield True, [line.strip() for line in lines[i:j]]
            i = j
        else:
            yield False, [lines[i]]
            i += 1


def render_answer(ans: Answer) -> str:
    """The chat message of an answer: escaped text, bold figure, [n] links, quotes as quotes,
    a comparison's table as a table."""
    text = without_source_list(ans.text) if ans.citations else ans.text
    numbers = {c.n for c in ans.citations}
    figure = ans.figure.strip()
    lines: list[str] = []
    for is_table, block in _blocks(text.split("\n")):
        line = block[0]
        if is_table:  # a comparison's table
            lines += _table(block, numbers)
        elif line.startswith(">"):  # the answerer's quote of a source line
            lines.append("> " + _line(line[1:].strip(), "", numbers))
        else:
            lines.append(_line(line, figure, numbers))
    return "\n".join(lines)


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
    cards = []
    for c in citations:
        para, whole = _context(c, texts.get("whole_section", _WHOLE[lang == "en"]))
        head = html.escape(f"[{c.n}] {c.number or c.period} — {c.agency}, {c.date or c.period}")
        meta = html.escape(
            f"{texts['section']}: {c.section} · {where(c, lang == 'en')} · {c.report_id}"
        )
        link = ""
        for ext in (".pdf", ".docx"):
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
