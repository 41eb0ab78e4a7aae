"""Structure-following chunking: A./I./1./a) headings give each chunk its section path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from core.text import fold
from index.metadata import Report
from index.normalize import ROMAN, clean_lines, page_of, page_starts, reflow
from index.restore import Restorer
from index.restore_evidence import letter_noise, marked_share

_LEVELS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[A-E]\.\s+\S"),
    re.compile(rf"^{ROMAN}\.\s+\S"),
    re.compile(r"^\d{1,2}[.,]\s+\S"),
    re.compile(r"^[a-zđ]\)\s+\S"),
)
_HEADING_MAX = 220
INTRO = "Mở đầu"


@dataclass(frozen=True)
class Span:
    """A sentence or clause inside a chunk's text, with the source lines it came from."""

    start: int
    end: int
    line_start: int
    line_end: int
    page: int = 0  # page of line_start in a paged (PDF) report; 0 when unknown
    rstart: int = -1  # the span in the chunk's restored text; -1 when it has none
    rend: int = -1


@dataclass(frozen=True)
class Chunk:
    """A piece of one report under one section, with sentence offsets for exact quotes."""

    id: str
    report_id: str
    position: int
    section: str
    text: str
    line_start: int
    line_end: int
    spans: tuple[Span, ...] = field(default_factory=tuple)
    # The OCR-restored reading (index/restore.py) of `text` and `section`, for people and the
    # dense embedder; "" when the report is clean. `text` keeps the original characters.
    restored: str = ""
    section_restored: str = ""

    def sentence(self, span: Span) -> str:
        """The text of one span."""
        return self.text[span.start : span.end]

    def lead(self, span: Span) -> str:
        """What a clause follows in its paragraph ("Tinh toi ngay 20/5/2022, Cong DVC ..."); for
        a list item alone on its line, the line above when it ends with ":" ("Du an kho luu tru
        ...:" then "* Tong muc dau tu: 14.294.877.000 dong"): what the clause is about."""
        start = self.text.rfind("\n", 0, span.start) + 1
        lead = self.text[start : span.start]
        if not lead.strip() and start > 0:
            previous = self.text[self.text.rfind("\n", 0, start - 1) + 1 : start - 1]
            if previous.rstrip().endswith(":"):
                lead = previous
        return lead

    def readable(self, span: Span) -> str:
        """The span as people read it: restored when the report was OCR-damaged."""
        if self.restored and span.rstart >= 0:
            return self.restored[span.rstart : span.rend]
        return self.sentence(span)

    @property
    def readable_text(self) -> str:
        """The whole chunk as people read it."""
        return self.restored or self.text

    @property
    def readable_section(self) -> str:
        """The section path as people read it."""
        return self.section_restored or self.section


def heading_level(paragraph: str) -> int | None:
    """0 for A., 1 for I., 2 for 1., 3 for a); None for body text."""
    if len(paragraph) > _HEADING_MAX:
        return None
    for level, pattern in enumerate(_LEVELS):
        if pattern.match(paragraph):
            # A numbered line that reads as a long sentence is a list item, not a heading.
            if level >= 2 and len(paragraph) > 160 and not paragraph.isupper():
                return None
            return level
    return None


_SPLIT = re.compile(r"(?<=[.;!?…])\s+(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence/clause spans: split after . ; ! ? outside parentheses, never inside numbers."""
    spans: list[tuple[int, int]] = []
    start = 0
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in ".;!?…" and depth == 0 and (i + 1 == n or text[i + 1] == " "):
            # Not after a one- or two-letter abbreviation like "KT." or "TP."
            word = text[max(start, text.rfind(" ", 0, i) + 1) : i]
            if not (c == "." and 0 < len(word) <= 2 and word.isupper()):
                end = i + 1
                if text[start:end].strip():
                    spans.append((start, end))
                start = end + 1 if end < n and text[end] == " " else end
        i += 1
    if start < n and text[start:].strip():
        spans.append((start, n))
    return spans


def _short(heading: str, limit: int = 90) -> str:
    heading = heading.strip().rstrip(":")
    return heading if len(heading) <= limit else heading[: limit - 1].rstrip() + "…"


def chunk_report(
    report: Report, raw: str, max_chars: int = 900, restorer: Restorer | None = None
) -> list[Chunk]:
    """Split a report into chunks that follow its headings; each carries its section path.
    With a restorer (an OCR-damaged report) each chunk also carries its restored reading."""
    pages = page_starts(raw)
    paragraphs = reflow(clean_lines(raw), pages)
    path: list[tuple[int, str]] = []
    groups: list[tuple[str, list[tuple[str, int, int]]]] = []
    current: list[tuple[str, int, int]] = []
    current_section = INTRO

    def flush() -> None:
        nonlocal current
        if current:
            groups.append((current_section, current))
        current = []

    for text, first, last in paragraphs:
        level = heading_level(text)
        if level is not None:
            flush()
            path = [(lv, h) for lv, h in path if lv < level]
            path.append((level, _short(text)))
            current_section = " > ".join(h for _, h in path)
            # The heading's own words belong to its first chunk: they name what follows.
            current = [(text, first, last)]
            continue
        current.append((text, first, last))
    flush()

    chunks: list[Chunk] = []
    for section, paras in groups:
        for piece in _pack(paras, max_chars):
            chunks.append(_make_chunk(report, len(chunks), section, piece, pages))
    if not restorer:
        return chunks
    # How this report's OCR treats marks and letters, from all of it.
    marked, noise = marked_share(raw), letter_noise(raw)
    cache = restorer.document_cache(raw, marked, noise)  # which words the whole report uses
    return [_restored(c, restorer, (marked, noise), cache) for c in chunks]


def _restored(
    chunk: Chunk, restorer: Restorer, ocr: tuple[float, float], cache: dict[int, float]
) -> Chunk:
    """The chunk with its restored reading; `ocr`: the report's marked share and letter noise."""
    marked, noise = ocr
    r = restorer.restore(chunk.text, marked, cache=cache, noise=noise)
    spans = tuple(
        replace(s, rstart=r.to_restored(s.start), rend=r.to_restored(s.end)) for s in chunk.spans
    )
    section = restorer.restore(chunk.section, marked, cache=cache, noise=noise).text
    return replace(chunk, spans=spans, restored=r.text, section_restored=section)


def _pack(paras: list[tuple[str, int, int]], max_chars: int) -> list[list[tuple[str, int, int]]]:
    """Group paragraphs up to max_chars; split a longer paragraph at sentence ends."""
    pieces: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    size = 0
    for text, first, last in paras:
        parts = [(text, first, last)]
        if len(text) > max_chars:
            parts = []
            buf = ""
            for s, e in split_sentences(text):
                sentence = text[s:e]
                if buf and len(buf) + len(sentence) + 1 > max_chars:
                    parts.append((buf, first, last))
                    buf = ""
                buf = f"{buf} {sentence}".strip()
            if buf:
                parts.append((buf, first, last))
        for part in parts:
            if current and size + len(part[0]) > max_chars:
                pieces.append(current)
                current, size = [], 0
            current.append(part)
            size += len(part[0]) + 1
    if current:
        pieces.append(current)
    return pieces


def _make_chunk(
    report: Report,
    position: int,
    section: str,
    paras: list[tuple[str, int, int]],
    pages: list[int],
) -> Chunk:
    text = ""
    spans: list[Span] = []
    for ptext, first, last in paras:
        if text:
            text += "\n"
        base = len(text)
        text += ptext
        page = page_of(pages, first)
        spans.extend(Span(base + s, base + e, first, last, page) for s, e in split_sentences(ptext))
    return Chunk(
        id=f"{report.id}:{position:04d}",
        report_id=report.id,
        position=position,
        section=section,
        text=text,
        line_start=paras[0][1],
        line_end=paras[-1][2],
        spans=tuple(spans),
    )


# The longest line carried: a list's title ("- Kết quả giải ngân vốn … (Dự án: …):"), not a
# paragraph that announces the tasks below it, which names no one thing they count.
LEAD_CHARS = 160

# A line that only opens a breakdown ("Trong đó:", "Cụ thể:") says nothing of what it is of.
_BARE_OPENER = re.compile(r"(?:trong (?:do|d6|de)|cu the|gom|bao gom|nhu sau)\s*:")


def carried(previous: Chunk | None, chunk: Chunk) -> tuple[str, str]:
    """What a chunk's opening list items hang from when the chunk boundary cut them off from
    it: the nearest line of the previous chunk of its section ending with ":" that is more
    than a bare opener ("- Kết quả giải ngân vốn đầu tư công (Dự án: Kho lưu trữ …:", then
    "* Tổng số vốn …", "Trong đó:" in one chunk; "- Kế hoạch vốn đã cấp năm 2021 là: …" in
    the next). As written and as people read it; ("", "") when the chunk starts afresh."""
    if previous is None or previous.report_id != chunk.report_id:
        return "", ""
    if previous.section != chunk.section:
        return "", ""
    first = chunk.text.lstrip()[:1]
    if first not in {"-", "+", "*", "•", "–"}:
        return "", ""
    lines = previous.text.split("\n")
    shown = previous.readable_text.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if line.endswith(":") and not _BARE_OPENER.fullmatch(fold(line)):
            if len(line) > LEAD_CHARS:  # a paragraph that ends by announcing a list of tasks
                return "", ""
            return line, (shown[i].strip() if len(shown) == len(lines) else line)
    return "", ""


def embed_text(report: Report, chunk: Chunk, lead: str = "") -> str:
    """What BM25 sees: province, report and section named (and `lead`, what its opening items
    hang from: `carried`), then the original text, folded."""
    head = f"{report.province}; {report.period}; {chunk.section}" + (f"; {lead}" if lead else "")
    return fold(f"{head}: {chunk.text}")


def dense_text(report: Report, chunk: Chunk, form: str = "restored", lead: str = "") -> str:
    """What the dense embedder sees: the same, as proper Vietnamese (restored when the report
    was OCR-damaged, the original otherwise; `lead` as people read it), or folded like BM25's
    with form="folded"."""
    if form == "folded":
        return embed_text(report, chunk, lead)
    head = f"{report.province}; {report.period}; {chunk.readable_section}"
    return f"{head}{'; ' + lead if lead else ''}: {chunk.readable_text}"
