"""The count a stated share comes from, when its clause gives it: "trên 91% các nhiệm vụ
(21/23 nhiệm vụ)", "373/490 hộ …, đạt tỷ lệ 76,1%", "50 nhiệm vụ trong tổng số 55 nhiệm vụ,
đạt 90,90 %". Said beside the share, the answer tells what it is a share of."""

from __future__ import annotations

import re

# "21/23 nhiệm vụ", "4.599/4.722 đơn vị": a count out of a total, and up to three words of
# what is counted (to the next punctuation).
_FRACTION = re.compile(
    r"(\d{1,3}(?:\.\d{3})*|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})*|\d+)((?:\s+[^\W\d]\w*){0,3})"
)
# "50 nhiệm vụ trong tổng số 55 nhiệm vụ": a count, then "out of" its total.
_OUT_OF = re.compile(
    r"(\d{1,3}(?:\.\d{3})*|\d+)((?:\s+[^\W\d]+){1,3})\s+(?:trong|tren)\s+(?:t[oổ]ng\s+s[oố]\s+)?"
    r"(\d{1,3}(?:\.\d{3})*|\d+)",
    re.IGNORECASE,
)
# How far (in characters) from the share its count may stand in the clause.
_REACH = 120
# How far (in percentage points) the count's own share may be from the stated one: the
# reports round ("21/23" is 91.3 %, said "trên 91%").
_ROUNDING = 1.0


def _number(text: str) -> float:
    """A count as the reports write it ("4.599": thousands by dots)."""
    return float(text.replace(".", ""))


def _share(figure: str) -> float | None:
    """The value of a stated percentage ("90,90%", "55,82 %"); None for other figures."""
    m = re.fullmatch(r"\s*(\d+(?:,\d+)?)\s*%\s*", figure)
    return float(m.group(1).replace(",", ".")) if m else None


def count_behind(sentence: str, figure: str) -> str:
    """The count out of a total (`"21/23 nhiệm vụ"`) near the stated percentage `figure` in
    its clause whose own share is that percentage; "" when there is none."""
    value = _share(figure)
    at = sentence.find(figure.rstrip("%").strip())
    if value is None or at < 0:
        return ""
    near = sentence[max(0, at - _REACH) : at + _REACH]
    found: list[tuple[int, str, float, float]] = []
    for m in _FRACTION.finditer(near):
        words = m.group(3).strip().rstrip(",;:.")
        shown = f"{m.group(1)}/{m.group(2)}" + (f" {words}" if words else "")
        found.append((m.start(), shown, _number(m.group(1)), _number(m.group(2))))
    for m in _OUT_OF.finditer(near):
        words = m.group(2).strip()
        found.append((m.start(), f"{m.group(1)}/{m.group(3)} {words}", _number(m.group(1)),
                      _number(m.group(3))))  # fmt: skip
    for _, shown, part, whole in sorted(found, key=lambda x: abs(x[0] - min(at, _REACH))):
        if 0 < part <= whole and abs(100 * part / whole - value) <= _ROUNDING:
            return shown
    return ""
