"""Whether a question asks the day a figure holds for ("X giấy phép thống kê tới thời điểm nào?",
"up to what day does the figure N run?") and which figures it names to pick the line: the day asked is
the one that line gives ("Đến ngày 3/4/2021, đã cấp …"), not the report's period or
its issue date. Pure text work; the answerer is bot/held_date.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.query import ParsedQuery
from index.docrefs import DOC_NUMBER

# At most this many words name the figure between "which date does" and "hold for": a figure
# and what it counts ("the 1,234 online dossiers of the province's portal figure").
SUBJECT_WORDS = 14
# The day a figure holds for, asked (folded): "tính đến ngày nào", "chốt đến ngày nào", "số
# liệu đến thời điểm nào", "as of which date", "by what date", "up to which day", "cut-off date".
HELD_DATE_ASKED = re.compile(
    r"\b(?:(?:tinh|chot|cap nhat|thong ke|so lieu|la)\s+)?(?:den|toi)\s+(?:het\s+)?"
    r"(?:ngay|thoi diem) (?:nao|may|bao gio)\b"
    # "lúc / khi / thời gian" only after a word of counting: bare "đến khi nào" asks a deadline
    r"|\b(?:tinh|chot|cap nhat|thong ke|so lieu)\s+(?:den|toi)\s+(?:het\s+)?"
    r"(?:luc|khi|thoi gian) (?:nao|bao gio)\b"
    r"|\b(?:chot|tinh|cap nhat|thong ke)\s+(?:vao|tai|o)?\s*(?:ngay|thoi diem|luc|khi) nao\b"
    r"|\bas of (?:which|what) (?:date|day)\b|\bas of when\b"
    r"|\b(?:by|up to|until|till|through|to) (?:which|what) (?:date|day)\b"
    r"|\bcut ?-?off date\b"
    r"|\b(?:which|what) (?:date|day) (?:does|do|did|is|was|are|were) "
    rf"(?:[\w'’.,%]+ ){{0,{SUBJECT_WORDS}}}?"
    r"(?:hold|holds|held|refer|refers|relate|relates|apply|applies|cover|count|counted|"
    r"measured|valid|current|as of)\b"
)

# A number the question names, with the word of scale or unit right after it (as written).
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\w|[.,]\d)"
    r"\s*(%|tỷ|tỉ|ty|ti|billion|bn|triệu|trieu|million|nghìn|nghin|ngàn|ngan|thousand)?",
    re.IGNORECASE,
)
_SCALES = {
    "tỷ": 1e9, "tỉ": 1e9, "ty": 1e9, "ti": 1e9, "billion": 1e9, "bn": 1e9,
    "triệu": 1e6, "trieu": 1e6, "million": 1e6,
    "nghìn": 1e3, "nghin": 1e3, "ngàn": 1e3, "ngan": 1e3, "thousand": 1e3,
}  # fmt: skip
# Dates and months ("12/03/2018", "quý II/2017", "T8/2020") are no figures named.
_DATE_LIKE = re.compile(
    r"(?<![\d.,])\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\b\w{0,4}\d{0,2}\s*/\s*\d{4}\b"
)
# A bare whole number under this names a level, a part or an item ("mức 3, 4", "Part 2"), not
# the figure: a figure that small is too common in a report to pick its line.
SMALLEST_NAMED = 10


@dataclass(frozen=True)
class Named:
    """A figure a question names: its value as read, to how many decimals it is written (a
    rounded "3,5 tỷ" is 3.5 billion to one decimal), and its scale (1e9 for "tỷ")."""

    value: float
    decimals: int
    scale: float = 1.0
    percent: bool = False  # written with "%": only a share's line is its line

    def fits(self, figure: float) -> bool:
        """Whether a report's figure, rounded as the question writes it, is this one."""
        return abs(round(figure / self.scale, self.decimals) - self.value) < 1e-9


def number_readings(digits: str) -> list[tuple[float, int]]:
    """The values a written number may be, with its decimals: "4.321" is 4321 (Vietnamese
    thousands) or 4.321 (an English decimal); "3,5" is 3.5; "3.512.804.219" one whole; with
    both marks ("1,234.5") the last is the decimal one."""
    parts = re.split(r"[.,]", digits)
    seps = re.findall(r"[.,]", digits)
    if len(parts) == 1:
        return [(float(digits), 0)]
    if len(set(seps)) == 1 and len(parts) > 2:
        return [(float("".join(parts)), 0)]
    decimal = [(float("".join(parts[:-1]) + "." + parts[-1]), len(parts[-1]))]
    if len(parts) == 2 and len(parts[1]) == 3:
        return [(float("".join(parts)), 0), *decimal]
    return decimal


def named_figures(q: ParsedQuery) -> list[Named]:
    """The figures a question names, each reading of each (see `number_readings`); no dates,
    years, document numbers or small bare whole numbers (`SMALLEST_NAMED`)."""
    text = q.text
    blocked = [m.span() for p in (DOC_NUMBER, _DATE_LIKE) for m in p.finditer(text)]
    out: list[Named] = []
    for m in _NUMBER.finditer(text):
        if any(a < m.end(1) and m.start(1) < b for a, b in blocked):
            continue
        digits, unit = m.group(1), (m.group(2) or "").lower()
        scale = _SCALES.get(unit, 1.0)
        if re.fullmatch(r"(?:19|20)\d\d", digits) and not unit:
            continue  # a year
        for value, decimals in number_readings(digits):
            if scale == 1.0 and unit != "%" and decimals == 0 and value < SMALLEST_NAMED:
                continue
            out.append(Named(value, decimals, scale, unit == "%"))
    return out


# A deadline asked ("đến ngày nào phải hoàn thành", "by what date must …"): the day a task is
# due, not the day a figure holds for. Read folded.
DEADLINE_ASKED = re.compile(
    r"\b(?:phai|se|du kien|thoi han|han chot|ke hoach|must|will|shall|should|due|deadline|"
    r"planned|expected)\b"
)
# Another figure asked besides the day ("bao nhiêu hồ sơ …, tính đến ngày nào?"): the figure
# answerer gives it with its line's day; the day alone would drop what was asked. Read folded.
COUNT_ASKED = re.compile(
    r"\b(?:bao nhieu|how many|how much|what share|what percent(?:age)?|what number|"
    r"ty le (?:la )?bao nhieu)\b"
)


def asks_held_date(q: ParsedQuery) -> bool:
    """Whether the question asks the day a figure holds for (`HELD_DATE_ASKED`), and no
    deadline (`DEADLINE_ASKED`) or other figure (`COUNT_ASKED`) with it."""
    folded = q.folded
    return bool(
        HELD_DATE_ASKED.search(folded)
        and not DEADLINE_ASKED.search(folded)
        and not COUNT_ASKED.search(folded)
    )


def figure_values(norm: str) -> list[float]:
    """A fact's canonical figure as numbers ("4599/4722" gives both)."""
    out = []
    for part in norm.split("/"):
        try:
            out.append(float(part))
        except ValueError:
            continue
    return out
