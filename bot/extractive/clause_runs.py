"""Clauses a semicolon splits, read as one: "Biên chế công chức được giao 1.858; số thực tế có
mặt là 1.752" and "trong đó: … giữ nguyên: 352 thủ tục; … đơn giản hóa 72 thủ tục", "Tổng thu … ước đạt 19.314 tỷ
đồng; đạt 130% so với dự toán". The clause after ";" often leaves out the subject (or the breakdown) the clause before it names,
so a figure question scores each run of such clauses of one paragraph together."""

from __future__ import annotations

import re

from bot.extractive.words import _DATE, _FIG, _Word
from core.text import fold
from index.chunk import Chunk, Span

# A run stops growing at this many characters: a paragraph that chains many ";" items is a
# list whose items each say their own subject, and a long run would credit every item with
# every other item's words.
RUN_CHARS = 400

# A clause that opens on "số" ("số thực tế có mặt là …", "số lượng … đề nghị …"; OCR's "s6",
# "s") says a figure of what the clause before it is about; so does one that opens on the verb
# that states a figure ("…ước đạt 19.314 tỷ đồng; đạt 130% so với dự toán": "đạt", "chiếm",
# "bằng" with no subject of their own, the subject is the clause before).
_ELLIPTIC = re.compile(r"(?:s\w?|dat|chiem|bang)\s")


def joined(first: Span, last: Span) -> Span:
    """One span from `first` to `last` (same chunk, `first` before `last`)."""
    return Span(
        first.start, last.end, first.line_start, max(first.line_end, last.line_end), first.page,
        first.rstart, last.rend if first.rstart >= 0 and last.rend >= 0 else -1,
    )  # fmt: skip


def clause_runs(chunk: Chunk) -> list[Span]:
    """The chunk's spans, each run of clauses of one paragraph that ends in ";" joined with the
    clause after it (up to `RUN_CHARS`); other spans as they are."""
    out: list[Span] = []
    for span in chunk.spans:
        if out:
            prev = out[-1]
            between = chunk.text[prev.end : span.start]
            if (
                chunk.text[prev.start : prev.end].rstrip().endswith(";")
                and _ELLIPTIC.match(fold(chunk.text[span.start : span.end]))
                and "\n" not in between
                and span.end - prev.start <= RUN_CHARS
            ):
                out[-1] = joined(prev, span)
                continue
        out.append(span)
    return out


def coordinated(text: str, words: list[_Word], bounds: list[int]) -> list[int]:
    """The item boundaries (`words._words`) with a comma segment that holds no figure joined to
    the segment after it: "đề nghị sửa đổi, bổ sung, kiến nghị đơn giản hóa 72 thủ tục" is one
    label of 72, not three items of an enumeration, so "sửa đổi" is as near 72 as "đơn giản
    hóa". A segment after ";" or a parenthesis, or before one, or before a colon, stays
    apart."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for j, b in enumerate(bounds):
        first.setdefault(b, j)
        last[b] = j
    joins, shift, counted = {}, 0, False
    for b in sorted(first):
        joins[b] = shift  # segment b moves back by the joins before it
        if last[b] + 1 >= len(words):
            continue
        spot = text[words[first[b]][0] : words[last[b]][1]]
        gap = text[words[last[b]][1] - 1 : words[last[b] + 1][0] + 1]
        # After a figure, a segment without one names that figure ("100% cán bộ, công chức
        # cấp tỉnh, …"): only a label before the clause's first figure runs on.
        counted = counted or bool(_FIG.search(_DATE.sub(" ", spot)))
        # A label never runs on past a colon: "… bồi dưỡng cán bộ, công chức, viên chức: Cử
        # 02 công chức …" heads what follows, it does not name 02.
        ahead = _DATE.sub(" ", text[words[last[b] + 1][0] :])
        ahead = ahead[: m.start()] if (m := _FIG.search(ahead)) else ahead
        if "," in gap and not re.search(r"[;()]", gap) and not counted and ":" not in ahead:
            shift += 1
        counted = counted and ";" not in gap
    return [b - joins[b] for b in bounds]
