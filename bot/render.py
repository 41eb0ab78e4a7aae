"""One renderer for every front end: an Answer as Markdown for the web chat, HTML for Telegram
and plain text for the command line, all from one reading of the answer.

The reading (`document`) takes what the Answer carries as data: the figure (the only figure
shown bold, with the figure line of each side the answerer cites), the candidates of a "not
sure" answer (built from their figure, what each counts and when it holds, not from the text),
the citations (numbered `[n]` markers and the source list, labelled by `citation_label`), and
reads the answerer's lines (quotes, list items, a comparison's table) from its text, without
its source list. Text from reports, users and models is escaped in every target: in the web's
Markdown no character can open markup, an image or a link; in Telegram's HTML nothing becomes a
tag or a link; on a terminal no control character gets through. Our own bold figure and `[n]`
markers (links to the source cards on the web) are the only markup.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from bot.clip import clip as clip  # the one rule, re-exported
from core.result import Answer, Citation, FigureCandidate

# ---------------------------------------------------------------------------------------------
# Citation labels: report number · agency · date, then section, page and lines


def where(c: Citation, en: bool) -> str:
    """Where a quote is: its page (PDF reports) and source lines."""
    lines = f"{'lines' if en else 'dòng'} {c.line_start}–{c.line_end}"
    return f"{'page' if en else 'trang'} {c.page}, {lines}" if c.page else lines


def report_label(number: str, agency: str, date: str, en: bool) -> str:
    """How a report is named everywhere: `98/BC-STTTT, Sở TTTT Tuyên Quang, 23/5/2022` (`date`:
    its date, else its period); a report without a number says so."""
    number = number or ("(no number)" if en else "(không số)")
    return ", ".join(x for x in (number, agency, date) if x)


def citation_label(c: Citation, en: bool) -> str:
    """The report a citation quotes: number, agency, date (else period)."""
    return report_label(c.number, c.agency, c.date or c.period, en)


# The head of a "not sure" answer, Vietnamese and English.
HEDGE_HEAD = ("Chưa chắc chắn — các số liệu có thể phù hợp:", "Not sure — the figures that may fit:")


def not_found_for(names: Sequence[str], en: bool) -> str:
    """The note naming what was asked and not found, the rest of the answer kept: "Not found
    for A, B." (bot/extractive/answerer.py's items answered each)."""
    joined = ", ".join(names)
    return f"Not found for {joined}." if en else f"Không tìm thấy cho {joined}."


def covers_only(told: Sequence[str], untold: Sequence[str], en: bool) -> str:
    """The lead of an answer quoting only some of the provinces asked (bot/one_province_told.py):
    it covers those only; the others are to be asked on their own (not said not found: the
    passages found answer one side, not whether the others' reports tell it)."""
    a, b = ", ".join(told), ", ".join(untold)
    if en:
        return f"This answer covers {a} only; ask about {b} on its own."
    return f"Câu trả lời này chỉ nói về {a}; hãy hỏi riêng về {b}."


def hedge_text(options: Sequence[FigureCandidate], citations: Sequence[Citation], en: bool) -> str:
    """A "not sure" answer's text: the head, each candidate figure with what it counts, when it
    holds and its citation number, then the sources."""
    lines = [HEDGE_HEAD[en]] + [
        f"- {o.figure} — “{o.counts}” ({o.holds_for}) [{o.citation.n}]" for o in options
    ]
    return with_sources("\n".join(lines), citations, en)


def with_sources(body: str, citations: Sequence[Citation], en: bool) -> str:
    """An answer's text: its body, then the source list of its citations (`source_line`)."""
    sources = "\n".join(source_line(c, en) for c in citations)
    return f"{body}\n\n{sources_head(en)}:\n{sources}"


def source_line(c: Citation, en: bool) -> str:
    """One entry of an answer's source list: number, agency, date, section, page and lines."""
    return f"[{c.n}] {citation_label(c, en)}; {'section' if en else 'mục'}: {c.section}; {where(c, en)}"


def source_entry(c: Citation, en: bool, section_chars: int = 80) -> str:
    """A compact entry (Telegram's source list): the label and the section cut at a word."""
    return f"[{c.n}] {citation_label(c, en)}; {clip(c.section, section_chars)}"


def passage_line(c: Citation, en: bool, quote_chars: int = 160) -> str:
    """A nearest passage of a "not found" answer (after its `[n]`): the report, the section
    and the start of the quoted line."""
    return f"{citation_label(c, en)} — {c.section}: “{clip(c.quote, quote_chars)}”"


def sources_head(en: bool) -> str:
    """The heading of a source list."""
    return "Sources" if en else "Nguồn"


# ---------------------------------------------------------------------------------------------
# Escaping, one function per target

# Characters that open inline Markdown/HTML anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&~|$!^{}])")
# Characters that open a block (list, heading, quote, table, rule) at the start of a line.
_MD_LEAD = re.compile(r"^(\d+)([.)])(?=\s|$)|^()([-+*#>=|:])")
# What GFM turns into a link without brackets: scheme URLs, www. names, e-mail addresses.
_MD_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(://)|(?<=www)(\.)|(@)")


def md_inline(text: str) -> str:
    """Text as literal characters inside a Markdown line: no markup, no HTML, no autolink."""
    return _MD_AUTOLINK.sub(lambda m: "\\" + m.group(0), _MD_INLINE.sub(r"\\\1", text))


def md_lead(line: str) -> str:
    """An (escaped) line whose first characters cannot start a list, heading, quote or table."""
    return _MD_LEAD.sub(
        lambda m: (m.group(1) or m.group(3) or "") + "\\" + (m.group(2) or m.group(4)),
        line,
        count=1,
    )


def escape_md(text: str) -> str:
    """`text` as literal characters in Markdown: no markup, no HTML, no autolinks."""
    return "\n".join(md_lead(md_inline(line.strip())) for line in text.split("\n"))


# What Telegram would turn into a link or a mention: URLs, www., bare domains with a common
# top-level domain, e-mail addresses, @usernames. Shown inside <code>, where Telegram links
# nothing, so a report or a model cannot put a link into an answer.
_LINKISH = re.compile(
    r"(?i)\b[a-z][a-z0-9+.-]*://[^\s<>\"]*"
    r"|\bwww\.[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|io|me|co|biz|app|dev|xyz|ru|cn|uk|us"
    r"|top|site|online|link|ly|gl|to|cc|tk|ml)\b(?:/[^\s<>\"]*)?"
    r"|(?<![\w@])@\w{4,}"
)


def safe(text: str) -> str:
    """Telegram HTML of text: escaped, and nothing becomes a link (link-like runs go inside
    <code>)."""
    out: list[str] = []
    last = 0
    for m in _LINKISH.finditer(text):
        out.append(html.escape(text[last : m.start()], quote=False))
        out.append(f"<code>{html.escape(m.group(0), quote=False)}</code>")
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def printable(text: str) -> str:
    """Text for a terminal: control characters (escape sequences that move the cursor,
    recolour or retitle the terminal) shown as nothing; tabs become spaces."""
    if text.isprintable():
        return text
    return "".join(
        " " if c == "\t" else c
        for c in text
        if c == "\t" or unicodedata.category(c) not in {"Cc", "Cf"} or c == "\u200d"
    )


# ---------------------------------------------------------------------------------------------
# Reading an answer once


@dataclass(frozen=True)
class Run:
    """A piece of a line: report or model text, our bold figure, or a known citation marker."""

    kind: str  # "text" | "figure" | "cite"
    text: str


Cells = tuple[tuple[Run, ...], ...]


@dataclass(frozen=True)
class Block:
    """A line of the answer: a plain line (an empty one between paragraphs), a quoted source
    line (`runs` hold its text only), or a table (`rows`, the header first)."""

    kind: str  # "line" | "quote" | "table"
    runs: tuple[Run, ...] = ()
    rows: tuple[Cells, ...] = ()


@dataclass(frozen=True)
class Document:
    """What every target shows of an answer: its blocks and the citations to list."""

    blocks: tuple[Block, ...]
    citations: tuple[Citation, ...]  # the source list ("not found" lists them in its text)
    en: bool
    table_columns: tuple[int, ...] | None  # columns a narrow target shows (None: all)


# A "not found" answer's line naming one of its nearest passages: "[2] Sở …: “…”".
_PASSAGE = re.compile(r"^\[(\d{1,2})\] ")
# Our own markup in an answerer's text: a bold span, or a citation marker.
_MARK = re.compile(r"\*\*([^*\n]{1,120})\*\*|\[(\d{1,2})\]")
_SOURCES_HEAD = re.compile(r"^\s*(Nguồn|Sources)\s*:\s*$", re.M)
# A Markdown table: rows between pipes, the header followed by a '|---|---|' line.
_ROW = re.compile(r"^\|.*\|$")
_RULE = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+$")
# What a table cell may show bold: a figure (the comparison's '**41.208**', '**12,5%**').
_FIGURE = re.compile(r"[-+]?\d[\d.,]*(\s?%)?")
# The comparison table's wide "what it counts" column is left to /sources N in a narrow target.
_COMPARISON_NARROW = (0, 1, 3, 4)


def without_source_list(text: str) -> str:
    """The answer's text without its closing 'Nguồn:/Sources:' list (rendered from the
    citations instead)."""
    heads = list(_SOURCES_HEAD.finditer(text))
    return text[: heads[-1].start()].rstrip() if heads else text


def _runs(line: str, bold_ok: set[str], numbers: set[int]) -> tuple[Run, ...]:
    """A line of the answerer's text as runs: bold spans `bold_ok` holds become our figure
    (any other bold is text without its asterisks), known `[n]` become citation markers."""
    out: list[Run] = []
    at = 0
    for m in _MARK.finditer(line):
        if m.start() > at:
            out.append(Run("text", line[at : m.start()]))
        bold, n = m.group(1), m.group(2)
        if bold is not None:
            out.append(Run("figure" if bold.strip() in bold_ok else "text", bold))
        elif int(n) in numbers:
            out.append(Run("cite", n))
        else:
            out.append(Run("text", m.group(0)))
        at = m.end()
    if at < len(line):
        out.append(Run("text", line[at:]))
    return tuple(_merged(out))


def _merged(runs: Sequence[Run]) -> Iterator[Run]:
    """Adjacent text runs as one (so escaping sees whole lines)."""
    pending = ""
    for r in runs:
        if r.kind == "text":
            pending += r.text
            continue
        if pending:
            yield Run("text", pending)
            pending = ""
        yield r
    if pending:
        yield Run("text", pending)


def _cells(line: str) -> list[str]:
    return line.strip()[1:-1].split("|")


def _table(rows: list[str], numbers: set[int]) -> Block:
    """A Markdown table's rows as cells; a figure in `**…**` stays our bold figure."""
    width = len(_cells(rows[0]))
    out: list[Cells] = []
    for line in [rows[0], *rows[2:]]:
        cells = (_cells(line) + [""] * width)[:width]
        out.append(
            tuple(
                _runs(c.strip(), {b for b in _bolds(c) if _FIGURE.fullmatch(b)}, numbers)
                for c in cells
            )
        )
    return Block("table", rows=tuple(out))


def _bolds(text: str) -> set[str]:
    return {m.group(1).strip() for m in _MARK.finditer(text) if m.group(1) is not None}


def _figure_lines(lines: list[str]) -> set[str]:
    """Figures that open a line whose next line quotes the source holding them: an
    answerer's figure line ("**120** (Hải Dương, …) [2]" then "> … 120;"), one per side."""
    out: set[str] = set()
    for line, nxt in zip(lines, lines[1:], strict=False):
        m = _MARK.match(line.strip())
        if m and m.group(1) and nxt.startswith(">") and m.group(1).strip() in nxt:
            out.add(m.group(1).strip())
    return out


def _hedge(ans: Answer, numbers: set[int], en: bool) -> list[Block]:
    """A "not sure" answer from its candidates: each figure, what it counts, when it holds."""
    blocks = [Block("line", (Run("text", HEDGE_HEAD[en]),))]
    for o in ans.candidates:
        holds = f" ({o.holds_for})" if o.holds_for else ""
        runs = [Run("text", f"- {o.figure} — “{o.counts}”{holds} ")]
        n = o.citation.n
        runs.append(Run("cite", str(n)) if n in numbers else Run("text", f"[{n}]"))
        blocks.append(Block("line", tuple(runs)))
    return blocks


def is_unsure(ans: Answer) -> bool:
    """Whether the answer is "not sure, one of these": candidates and no figure stated."""
    return bool(ans.candidates) and not ans.figure and not ans.abstained


def document(ans: Answer, max_chars: int = 0) -> Document:
    """The answer read once for every target. With `max_chars`, a longer text is cut there
    first (a runaway model answer is not read whole when only part of it will be sent)."""
    en = ans.language == "en"
    numbers = {c.n for c in ans.citations}
    columns = _COMPARISON_NARROW if str(ans.intent) == "comparison" else None
    if is_unsure(ans):
        return Document(tuple(_hedge(ans, numbers, en)), ans.citations, en, columns)
    text = without_source_list(ans.text) if ans.citations else ans.text
    if max_chars and len(text) > max_chars:
        text = text[:max_chars].rstrip() + "…"
    lines = text.split("\n")
    bold_ok = _figure_lines(lines)
    if ans.figure.strip():
        bold_ok.add(ans.figure.strip())
    by_n = {c.n: c for c in ans.citations}
    listed: set[int] = set()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        passage = _PASSAGE.match(line) if ans.abstained else None
        if passage and int(passage.group(1)) in by_n:  # told from the citation, not the text
            c = by_n[int(passage.group(1))]
            listed.add(c.n)
            blocks.append(
                Block("line", (Run("cite", str(c.n)), Run("text", " " + passage_line(c, en))))
            )
            i += 1
            continue
        if i + 1 < len(lines) and _ROW.match(line) and _RULE.match(lines[i + 1].strip()):
            j = i + 2
            while j < len(lines) and _ROW.match(lines[j].strip()):
                j += 1
            blocks.append(_table([x.strip() for x in lines[i:j]], numbers))
            i = j
            continue
        if line.startswith(">"):  # the quoted source line: report text, shown as it is
            blocks.append(Block("quote", (Run("text", line[1:].strip()),)))
        else:
            blocks.append(Block("line", _runs(line, bold_ok, numbers)))
        i += 1
    # The nearest passages of a "not found" answer are its source list already.
    sources = () if listed == set(by_n) else ans.citations
    return Document(tuple(blocks), sources, en, columns)


# ---------------------------------------------------------------------------------------------
# Targets


def _md_runs(runs: Sequence[Run], lead: bool = True, links: bool = True) -> str:
    out = []
    for r in runs:
        if r.kind == "figure":
            out.append(f"**{md_inline(r.text)}**")
        elif r.kind == "cite":
            out.append(f"[\\[{r.text}\\]](#hbc-src-{r.text})" if links else f"\\[{r.text}\\]")
        else:
            out.append(md_inline(r.text))
    text = "".join(out)
    return md_lead(text) if lead and runs and runs[0].kind == "text" else text


def _md_blocks(doc: Document, links: bool) -> str:
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "table":
            width = len(b.rows[0])
            rows = [
                "| " + " | ".join(_md_runs(c, lead=False, links=links) for c in row) + " |"
                for row in b.rows
            ]
            out += [rows[0], "|" + "---|" * width, *rows[1:]]
        elif b.kind == "quote":
            out.append("> " + _md_runs(b.runs, links=links))
        else:
            out.append(_md_runs(b.runs, links=links))
    return "\n".join(out)


def markdown(ans: Answer) -> str:
    """The web chat's message: escaped text, the bold figure, `[n]` links to the source cards
    (which list the sources, so the text does not), quotes as quotes, a table as a table."""
    return _md_blocks(document(ans), links=True)


def markdown_file(ans: Answer) -> str:
    """The answer in a Markdown file (the web's export): as the chat shows it, with `[n]` as
    text and the source list after it, every source escaped like the rest."""
    doc = document(ans)
    text = _md_blocks(doc, links=False)
    if doc.citations:
        entries = "\n".join(f"- {md_inline(source_line(c, doc.en))}" for c in doc.citations)
        text += f"\n\n{sources_head(doc.en)}:\n\n{entries}"
    return text


def _joined(runs: Sequence[Run], escape: Callable[[str], str], bold: str) -> str:
    """The runs as one target's text: text escaped by `escape`, a figure in the `bold` format,
    a citation marker as `[n]`."""
    return "".join(
        bold.format(escape(r.text)) if r.kind == "figure"
        else f"[{r.text}]" if r.kind == "cite"
        else escape(r.text)
        for r in runs
    )  # fmt: skip


def _html_runs(runs: Sequence[Run]) -> str:
    return _joined(runs, safe, "<b>{}</b>")


def _plain_runs(runs: Sequence[Run]) -> str:
    return _joined(runs, printable, "**{}**")


def _pre(doc: Document, b: Block) -> str:
    """A table as one monospace block (Telegram has no tables and nests no bold in <pre>)."""
    columns = doc.table_columns or tuple(range(len(b.rows[0])))
    cells = [
        [_plain_runs(row[k]).replace("**", "") for k in columns if k < len(row)] for row in b.rows
    ]
    width = min(len(r) for r in cells)
    widths = [max(len(r[k]) for r in cells) for k in range(width)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) for r in cells]
    return f"<pre>{safe(chr(10).join(lines))}</pre>"


def telegram(ans: Answer, max_chars: int = 0) -> str:
    """Telegram HTML: the figure in bold, quotes in italics, `[n]` markers, a table as a
    monospace block, then a compact source list; everything else escaped and never a link."""
    doc = document(ans, max_chars)
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "table":
            out.append(_pre(doc, b))
        elif b.kind == "quote":
            out.append(f"<i>“{_html_runs(b.runs)}”</i>")
        else:
            out.append(_html_runs(b.runs))
    text = "\n".join(out)
    if doc.citations:
        entries = "\n".join(safe(source_entry(c, doc.en)) for c in doc.citations)
        text += f"\n\n<b>{sources_head(doc.en)}:</b>\n{entries}"
    return text


def citation_html(c: Citation) -> str:
    """One citation in full, as Telegram's /sources N shows it."""
    return (
        f"<b>[{c.n}] {safe(citation_label(c, False))}</b>\n"
        f"Mục / section: {safe(c.section)}\n"
        + (f"Trang / page: {c.page}\n" if c.page else "")
        + f"Dòng / lines: {c.line_start}–{c.line_end} ({safe(c.report_id)})\n\n"
        f"<i>“{safe(c.quote)}”</i>"
    )


def plain(ans: Answer) -> str:
    """Plain text for a terminal: the answer's lines, the figure between `**`, `[n]` markers,
    then the source list; no control character from a report or a model gets through."""
    doc = document(ans)
    out: list[str] = []
    for b in doc.blocks:
        if b.kind == "table":
            rows = ["| " + " | ".join(_plain_runs(c) for c in row) + " |" for row in b.rows]
            out += [rows[0], "|" + "---|" * len(b.rows[0]), *rows[1:]]
        elif b.kind == "quote":
            out.append("> " + _plain_runs(b.runs))
        else:
            out.append(_plain_runs(b.runs))
    text = "\n".join(out)
    if doc.citations:
        entries = "\n".join(printable(source_line(c, doc.en)) for c in doc.citations)
        text += f"\n\n{sources_head(doc.en)}:\n{entries}"
    return text
