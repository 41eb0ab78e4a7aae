"""A "not found" answer quotes, for each nearest passage, a line that says something
(bot/passage_line.py): a chunk opening with its heading's bare number ("4.") is quoted by its
first line of words, and the real answerer's not-found passages never quote a bare number."""

from __future__ import annotations

import re

from bot.passage_line import readable_span, says_something
from index.chunk import Chunk, Span


def _chunk(lines: list[str]) -> Chunk:
    text = "\n".join(lines)
    spans, at = [], 0
    for i, line in enumerate(lines):
        spans.append(Span(at, at + len(line), 10 + i, 10 + i))
        at += len(line) + 1
    return Chunk("c1", "r1", 0, "II. Kết quả", text, 10, 10 + len(lines) - 1, tuple(spans))


def test_a_bare_heading_number_says_nothing() -> None:
    assert not says_something("4.")
    assert not says_something("II.")
    assert not says_something("12 / 15")
    assert says_something("Đã cấp 120 chứng thư số")


def test_the_first_line_of_words_is_quoted() -> None:
    c = _chunk(["4.", "Cải cách chế độ công vụ", "Đã tuyển dụng 35 công chức"])
    assert c.sentence(readable_span(c)) == "Cải cách chế độ công vụ"


def test_a_chunk_of_numbers_only_falls_back_to_its_first_span() -> None:
    c = _chunk(["4.", "5."])
    assert c.sentence(readable_span(c)) == "4."


def test_a_chunk_without_spans_is_quoted_whole() -> None:
    c = Chunk("c2", "r1", 0, "II", "Một đoạn văn", 3, 3)
    assert (readable_span(c).start, readable_span(c).end) == (0, len("Một đoạn văn"))


def test_not_found_passages_quote_words(service) -> None:  # type: ignore[no-untyped-def]
    for q in ("Doanh thu du lịch của tỉnh Hải Dương năm 2022 là bao nhiêu?",
              "How many hospital beds does Dong Thap have?"):
        a = service.answer(q)
        assert a.abstained
        assert not re.search(r"“[\dIVX]+\.?”", a.text)
        assert all(says_something(c.quote) for c in a.citations)
