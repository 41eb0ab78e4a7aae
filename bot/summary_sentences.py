"""The clauses a summary tells: a chunk's sentences within some paragraphs, ranked by how
central each is to the others (TextRank)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.list_items import digit_spelling, in_case_of
from bot.structure import Para, clip, textrank
from index.chunk import Chunk, Span


@dataclass(frozen=True)
class Sentence:
    """One clause of a chunk with where it sits."""

    chunk: Chunk
    span: Span

    @property
    def text(self) -> str:
        """The clause's text (OCR), for matching."""
        return self.chunk.sentence(self.span).strip()

    @property
    def readable(self) -> str:
        """The clause as people read it."""
        return self.chunk.readable(self.span).strip()


def sentences_of(paras: list[Para]) -> list[Sentence]:
    """The clauses of some paragraphs, in order, each once."""
    out: list[Sentence] = []
    seen: set[tuple[str, int]] = set()
    for p in paras:
        for s in p.chunk.spans:
            if s.start < p.end and s.end > p.start and (p.chunk.id, s.start) not in seen:
                seen.add((p.chunk.id, s.start))
                if len(p.chunk.sentence(s).split()) >= 4:
                    out.append(Sentence(p.chunk, s))
    return out


def central(sentences: list[Sentence], limit: int = 120) -> list[Sentence]:
    """The clauses ordered by TextRank centrality, most central first."""
    pool = sentences[:limit]
    scores = textrank([s.text for s in pool])
    return [s for _, s in sorted(zip(scores, pool, strict=True), key=lambda x: -x[0])]


def run_on(s: Sentence, limit: int) -> str:
    """The clause as people read it, with the clauses after it that go on its sentence: one
    ending on ";" whose next clause opens in lower case ("… nhất là công tác tham mưu …;
    kiểm soát và truyền thông các hoạt động kiểm soát TTHC.") is cut by the clause split, not
    by the report; so is a list a clause opens after a colon, its items opening in capitals
    (`opens_list`: "… gồm 4 mô-đun: Mô-đun A; Mô-đun B; …", not its first item alone); up to
    `limit` characters."""
    text = s.readable
    spans = sorted(s.chunk.spans, key=lambda x: x.start)
    at = s.span
    listing = opens_list(text)
    while text.endswith(";") and len(text) < limit:
        nxt = next((x for x in spans if x.start >= at.end), None)
        if nxt is None or "\n\n" in s.chunk.text[at.end : nxt.start]:
            break  # the chunk or the paragraph ends
        more = s.chunk.readable(nxt).strip()
        if not (more[:1].islower() or listing and more[:1].isupper()):
            break
        text, at = f"{text} {more}", nxt
    return text


def opens_list(text: str) -> bool:
    """Whether a clause opens a list at a colon and ends on its first item's ";" ("… các hệ
    thống, như: Hệ thống A;"): the clauses after it are the list's other items."""
    head, colon, first = text.rpartition(":")
    return bool(colon and head.strip() and first.strip(" ;")) and text.endswith(";")


# How far past its length a summary clause may run to end its sentence, not cut a word or two
# before the end ("… các hoạt động kiểm soát TTHC.").
SLACK_CHARS = 24


def fit(text: str, limit: int) -> str:
    """`clip` to `limit`, but a clause whose sentence ends within `SLACK_CHARS` past it whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit + SLACK_CHARS and text.endswith(".") else clip(text, limit)


# OCR left in restored text: "lệ" of "tỷ lệ" printed "16" ("đạt tỷ 16 55,8%"; not an amount,
# "2 tỷ 16 triệu"), a symbol glued to a word's end ("kĩ¥ thuật", "chế độ$ công vụ").
_TY_LE = re.compile(
    r"(\d[\d.,]*\s+)?\b([tT][ỷỳýy])\s+1[6&€8¢c](?=[\s:,.;]|$)(?!\s*(?:triệu|nghìn|ngàn|trăm|đồng))"
)
_GLUED = re.compile(r"(?<=[^\W\d_])[¥$}{|~^£¢€§]+(?=[\s,.;:)]|$)")
# A gap OCR put after the hyphen of a document number of the "số 12-NQ/HU" form ("12- NQ/HU"):
# the number, its hyphen, and a capitals code with a slash after the gap.
_NUMBER_GAP = re.compile(r"(?<![\d/.,])(\d{1,5})-\s+(?=[A-ZĐ]{1,4}/[^\W\d_])")


def _ty_le(m: re.Match[str]) -> str:
    return m.group(0) if m.group(1) else f"{m.group(2)} lệ"


def cleaned(text: str, context: str) -> str:
    """A clause as an answer shows it: each word OCR wrote with a digit for a letter spelled
    as its `context` spells it before the same next word ("S6 lượng" → "Số lượng"; a word
    alone is left as it is: restored text reads "Sơ", "Sở" and "Số" alike), "tỷ 16" read "tỷ
    lệ", a symbol glued to a word's end dropped (the report's own text is one click away, in
    the source) and a document number's gap after its hyphen closed (`_NUMBER_GAP`)."""
    text = _DIGIT_PAIR.sub(lambda m: _pair_read(m, context), text)
    return _NUMBER_GAP.sub(r"\1-", _GLUED.sub("", _TY_LE.sub(_ty_le, text)))


# A word OCR wrote with one digit for a letter ("S6"), and the word after it.
_DIGIT_PAIR = re.compile(r"\b([^\W\d_]+\d[^\W\d_]*|\d[^\W\d_]+)(\s+)([^\W\d_]+)")


def _pair_read(m: re.Match[str], context: str) -> str:
    """The digit word as `context` spells it before the same next word ("Số lượng" for "S6
    lượng"; restored text may read the word alone otherwise: "Sơ", "Sở"); as it is when
    the context has no such pair."""
    word, gap, after = m.groups()
    for c in re.finditer(rf"\b([^\W\d_]{{{len(word)}}})\s+{re.escape(after)}\b", context):
        if digit_spelling(word, c.group(1)):
            return in_case_of(word, c.group(1)) + gap + after
    return m.group(0)
