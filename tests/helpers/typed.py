"""Checks shared by the tests of the typed answerers: every listed item is cited, and every
citation quotes the report at the lines it names."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from bot.answer import Answer, Citation
from core.text import fold

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "reports"
_ITEM = re.compile(r"^- .*\[(\d+)\]\s*$", re.MULTILINE)


def body(ans: Answer) -> str:
    """The answer without its source list."""
    return re.split(r"\n\n(?:Nguồn|Sources):\n", ans.text)[0]


def bullets(ans: Answer) -> list[str]:
    """The answer's bulleted lines."""
    return [line for line in body(ans).splitlines() if line.startswith("- ")]


def assert_items_cited(ans: Answer) -> None:
    """Each bullet ends with a citation marker naming one of the answer's citations."""
    lines = bullets(ans)
    assert lines, ans.text
    numbers = {c.n for c in ans.citations}
    for line in lines:
        m = _ITEM.match(line)
        assert m, line
        assert int(m.group(1)) in numbers


def _words(text: str) -> str:
    # The index reads reports NFKC-normalised (the "ﬁ" ligature of OCR output becomes "fi").
    return " ".join(re.findall(r"\w+", fold(unicodedata.normalize("NFKC", text))))


def assert_quotes_at_lines(citations: tuple[Citation, ...] | list[Citation]) -> None:
    """Each quote's opening words are in its report at the lines it names (the OCR line of a
    restored quote)."""
    for c in citations:
        lines = (CORPUS / f"{c.report_id}.txt").read_text(encoding="utf-8").split("\n")
        assert 0 < c.line_start <= c.line_end <= len(lines)
        where = _words(" ".join(lines[c.line_start - 1 : c.line_end]))
        opening = " ".join(_words(c.quote_original or c.quote).split()[:6])
        assert opening in where, (c.quote[:80], c.line_start, c.line_end)


def assert_restored(ans: Answer) -> None:
    """People read the restored text: every citation keeps its OCR line in `quote_original`,
    an OCR-damaged quote reads differently from it, and no bullet shows the OCR reading of a
    damaged quote."""
    assert ans.citations
    assert all(c.quote_original for c in ans.citations)
    damaged = [c for c in ans.citations if c.quote != c.quote_original]
    assert damaged, "expected an OCR-damaged report"
    shown = body(ans)
    for c in damaged:
        ocr = " ".join(c.quote_original.split()[:8])
        assert ocr not in shown, ocr
