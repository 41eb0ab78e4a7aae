"""A total and one of its parts asked of every side: "tổng số TTHC và số TTHC cấp huyện của X
và Y", "the total number of procedures and the number at district level in X and Y". The
question splitter (`bot/compare_parts.py`) reads the thing said twice as both parts and the
part's qualifier as every part's, so each side states the part alone. Here the total ("tổng
số X", "the total number of X") and the part (X said again with its qualifier) are the two
measures, each its own comparison of the same sides (`bot/compare_per_measure.py`
`measure_parts`, which holds every side to state every measure surely).

Only the total's own word opens the first measure ("tổng số", "total"), and the second says
the same counted thing again ("số TTHC cấp huyện") or "the number" of it with its qualifier:
a qualifier of one to `MAX_QUALIFIER` words that ends the clause or stands right before the
sides' place, a period or the asking ("của", "in", "năm", "là bao nhiêu"). A longer qualifier,
or one "và", "số", "of" or a comma goes on from (a third part), reads nothing here."""

from __future__ import annotations

from bot.compare_parts import Part
from bot.stopwords import TOTAL_PART_END, TOTAL_PART_STOP
from core.query import ParsedQuery, parse_query
from core.text import fold_word

MAX_THING = 3  # words of the counted thing ("TTHC", "dịch vụ công")
MAX_QUALIFIER = 3  # words of the part's qualifier ("cấp huyện", "at district level")
_TOTAL = {("tong", "so"): 2, ("total", "number"): 2}
_AND = ("va", "and")
_AGAIN = (("so",), ("the", "number", "of"), ("number", "of"))


def _bare(word: str) -> str:
    return fold_word(word.strip("?,.:;()")).lower()


def _ends_there(words: list[str], bare: list[str], end: int) -> bool:
    """Whether the part's qualifier, read up to `end`, is all of it: the question ends there,
    or a word the sides' places, periods or the asking follow comes next (after a comma too),
    or a full stop, colon, semicolon or question mark closes it. A longer qualifier, or a further part
    after "và"/"số"/a comma, would leave its rest in the total's question."""
    if end == len(bare):
        return True
    if words[end - 1][-1:] in ("?", ".", ":", ";"):
        return True
    return bare[end] in TOTAL_PART_END


def total_parts(q: ParsedQuery) -> list[Part]:
    """The total and the part asked ("tổng số X và số X Q"), each with its own question; []
    when the question asks no total beside a part so."""
    words = q.text.split()
    bare = [_bare(w) for w in words]
    for i in range(len(bare) - 1):
        n = _TOTAL.get((bare[i], bare[i + 1]))
        if n is None:
            continue
        start = i + n + (bare[i + n : i + n + 1] == ["of"])
        for size in range(1, MAX_THING + 1):
            thing = bare[start : start + size]
            at = start + size
            if (
                at >= len(bare)
                or bare[at] not in _AND
                or any(w.endswith(",") for w in words[start:at])
            ):
                continue
            k = at + 1
            again = next((a for a in _AGAIN if tuple(bare[k : k + len(a)]) == a), ())
            k += len(again)
            if bare[k : k + size] != thing:
                continue
            k += size
            end = k
            while end < len(bare) and end - k < MAX_QUALIFIER and bare[end] not in TOTAL_PART_STOP:
                end += 1
                if words[end - 1][-1:] in "?,.:;":
                    break
            if end == k or not _ends_there(words, bare, end):
                continue
            total = " ".join(words[i:at])
            said = words[at + 1 : end]
            if i and _bare(words[i - 1]) == "the" and said and _bare(said[0]) == "the":
                said = said[1:]  # "the total … and the number of …": "the" said once
            part = " ".join(said).rstrip("?,.:;")
            rest = words[end:]
            first = " ".join([*words[:i], total, *rest])
            second = " ".join([*words[:i], part, *rest])
            label = " ".join(w.rstrip("?,.:;") for w in words[k:end])
            thing_words = " ".join(words[start:at])
            return [
                Part(total.rstrip("?,.:;"), parse_query(first)),
                Part(f"{thing_words} {label}", parse_query(second)),
            ]
    return []
