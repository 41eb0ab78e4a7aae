"""Two readings of a question's words that the glossary does not hold as they are written:
service levels listed in English ("levels 3 and 4" → "muc do 3 va 4"), and an abbreviation that
joins two or three of the glossary's own ("vbqppl" → "van ban quy pham phap luat")."""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Mapping

from core.text import is_syllable

# Abbreviations written by askers, not by the reports (which spell them out): one left unread
# is a word no clause holds, weighed as the rarest word of the question. "CQĐT", "CQS": the
# usual short forms of "chính quyền điện tử / số", which head a part of the reports.
ASKERS_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "hcnn": ("hanh chinh nha nuoc",), "bhxh": ("bao hiem xa hoi",),
    "cqdt": ("chinh quyen dien tu",), "cqs": ("chinh quyen so",),
    "dtpt": ("dau tu phat trien",),  # budget lines: "chi ĐTPT" = chi đầu tư phát triển
}  # fmt: skip
# The reports' own wording of an asker's everyday one (Vietnamese): documents still sent with a
# paper copy, "kèm [theo] [văn] bản giấy", are in the reports' words sent "song song văn bản
# giấy" (alongside paper). The glossary matches a key anywhere in the question ("gửi kèm bản
# giấy" holds "kem ban giay"), so only the optional words inside the phrase are spelled out.
PARAPHRASES: dict[str, tuple[str, ...]] = {
    f"kem {theo}{van}ban giay": ("song song van ban giay",)
    for theo in ("", "theo ")
    for van in ("", "van ")
}
# The post office ("gửi bưu điện") is how staff say the postal channel the reports write "bưu
# chính" (no report writes "bưu điện").
PARAPHRASES["buu dien"] = ("buu chinh",)
# Work done as staff say it ("đã xong bao nhiêu nhiệm vụ", "làm xong", "hoàn tất") is what the
# reports write "đã hoàn thành" or "đã thực hiện (được)": the state a count of tasks is told by.
PARAPHRASES.update(dict.fromkeys(("da xong", "lam xong", "hoan tat", "da hoan tat"),
                                 ("da hoan thanh", "da thuc hien")))  # fmt: skip

# Several service levels named in English: "level 3 or 4", "levels 3 and 4", "level 3/4"; and
# one level after the plural "levels" ("services at levels 4").
# "level 3-4" folds to "level 3 4": a bare space joins two levels too (not a figure: "4 1.044").
_LEVEL_JOIN = r"(?:\s*(?:,|/|or|and|&|to)\s*|\s+)(?:level\s+)?[1-4]\b(?![.,]\d)"
_EN_LEVELS = re.compile(rf"\blevels?\s+([1-4])((?:{_LEVEL_JOIN})+)")
_EN_LEVEL_PLURAL = re.compile(rf"\blevels\s+([1-4])\b(?!{_LEVEL_JOIN})")


def levels_named(folded: str) -> list[str]:
    """The report wording ("muc do 3 va 4") of English level lists and of "levels N"."""
    out: list[str] = []
    for m in _EN_LEVELS.finditer(folded):
        levels = [m.group(1), *re.findall(r"[1-4]", m.group(2))]
        out.append("muc do " + " va ".join(dict.fromkeys(levels)))
    return out + [f"muc do {n}" for n in _EN_LEVEL_PLURAL.findall(folded)]


# A word read for joined abbreviations: 4 to 12 letters (two letters make no join, and no staff
# abbreviation joins more than `MAX_JOINED` of them).
JOIN_TOKEN = re.compile(r"(?<![a-z0-9])[a-z]{4,12}(?![a-z0-9])")
MAX_JOINED = 3
# The longest abbreviation a join is read of ("dvctt").
_LONGEST_PART = 5


@functools.lru_cache(maxsize=4096)
def _joined(word: str, parts: tuple[str, ...], most: int) -> tuple[str, ...]:
    """`word` as `parts` end to end (the longest first), at most `most` of them; () if none."""
    for end in range(min(len(word), _LONGEST_PART), 1, -1):
        head, rest = word[:end], word[end:]
        if head in parts and most > 0:
            tail = _joined(rest, parts, most - 1) if rest else ()
            if not rest or tail:
                return (head, *tail)
    return ()


def joined_wording(word: str, parts: Mapping[str, str], known: Container[str]) -> str:
    """The report wording of a (folded) word that joins two or three abbreviations of `parts`
    with nothing else ("vbqppl" → "van ban quy pham phap luat"); "" for a word `known` holds
    as it is, a Vietnamese syllable, or one no such join makes up exactly."""
    if word in known or is_syllable(word):
        return ""
    found = _joined(word, tuple(sorted(parts)), MAX_JOINED)
    return " ".join(parts[p] for p in found) if len(found) > 1 else ""
