"""The comparison table: one row per cell (figure bold and cited, a missing cell said to be
missing, an unsure cell's possible figures marked "not sure" and never bold, a computed share
marked as computed), the notes under it and the chart's bars."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Answer, Citation
from bot.compare_doubt import under_doubt
from bot.compare_measures import (
    COUNT,
    DONE,
    RATE,
    asked_measures,
    companions,
    done_of_total,
    got_and_done,
    names_side,
    question_measures,
)
from bot.compare_row_doubt import rows_doubted
from bot.compare_sides import Side
from bot.compare_since import since_asked
from bot.compare_subject import subject_checked
from bot.compare_whole import whole_line
from bot.extractive import source_line
from bot.side_reading import own_clauses
from bot.structure import clip
from core.query import ParsedQuery
from core.text import parse_number


@dataclass(frozen=True)
class Cell:
    """One row of the table: a side's figure (or a part of it), what it counts, the date it
    holds for and its citation; `computed_from` names the reported figures a share was
    computed from (their rows' facts), and the cell is then never shown as reported."""

    side: Side
    figure: str = ""
    counts: str = ""
    holds: str = ""
    citation: Citation | None = None
    computed_from: tuple[Citation, ...] = ()
    part: str = ""  # a breakdown row: the label that sets the part apart ("cấp tỉnh")
    # what kind of figure it is (kind, level, scope, unit): two cells of one kind may be
    # subtracted; "" when not known
    kind: str = ""
    # an unsure side: the figures it may be (figure, where said), none stated as its figure
    doubted: tuple[tuple[str, Citation], ...] = ()
    # the other figure its report states of the same thing with it, under the same citation
    # (a share's count "20/23", a count's share "13,05%"; `bot/compare_beside.py`)
    beside: str = ""


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.replace("|", "/").split())


def _number(cits: list[Citation], c: Citation) -> int:
    """The citation's number in the answer: one number per quoted clause."""
    for have in cits:
        if (have.chunk_id, have.line_start, have.quote) == (c.chunk_id, c.line_start, c.quote):
            return have.n
    cits.append(replace(c, n=len(cits) + 1))
    return len(cits)


def _missing(cell: Cell) -> bool:
    """Whether the reports state nothing for the cell: no quoted figure, none worked out."""
    return cell.citation is None and not cell.computed_from and not cell.doubted


def _row(cell: Cell, cits: list[Citation], en: bool) -> str:
    """The cell's table row; its sources numbered into `cits` as they first appear."""
    label = cell.side.label + (f" — {cell.part}" if cell.part else "")
    if _missing(cell):
        missing = "not found in the reports" if en else "không tìm thấy trong báo cáo"
        return f"| {_md(label)} | — | {missing} | — | — |"
    if cell.citation is None and cell.doubted:  # never bold: the figures it may be
        ns = [_number(cits, c) for _, c in cell.doubted]
        maybe = " · ".join(f"{f}? [{n}]" for (f, _), n in zip(cell.doubted, ns, strict=True))
        said = _md(clip(cell.doubted[0][1].quote, 400))
        where = ", ".join(f"[{n}]" for n in dict.fromkeys(ns))
        return f"| {_md(label)} | {'not sure' if en else 'chưa chắc'}: {maybe} | {said} | — | {where} |"
    if cell.computed_from:
        ns = list(dict.fromkeys(_number(cits, c) for c in cell.computed_from))
        src = ", ".join(f"[{i}]" for i in ns)
        figure = f"{cell.figure} ({'computed from' if en else 'tính toán từ'} {src})"
        where = src
    else:
        assert cell.citation is not None
        n = _number(cits, cell.citation)
        also = f" ({_md(cell.beside)})" if cell.beside else ""
        figure, where = f"**{cell.figure}**{also} [{n}]", f"[{n}]"
    return (
        f"| {_md(label)} | {figure} | {_md(clip(cell.counts, 400))} | "
        f"{_md(cell.holds) or '—'} | {where} |"
    )


def chart_of(cells: list[Cell]) -> tuple[tuple[str, float], ...]:
    """The chart's bars: each side's first whole figure (not a part's) that reads as a
    number; none unless at least two sides have one."""
    chart: list[tuple[str, float]] = []
    charted: set[str] = set()
    for cell in cells:
        if _missing(cell):
            continue
        value = parse_number(cell.figure.split("/")[0].rstrip("%")) if cell.figure else None
        if value is not None and not cell.part and cell.side.label not in charted:
            charted.add(cell.side.label)
            chart.append((cell.side.label, value))
    return tuple(chart) if len(chart) >= 2 else ()


def _notes(cells: list[Cell], en: bool) -> str:
    """The lines under the table that explain a missing row and a worked-out share."""
    notes = []
    if any(_missing(c) for c in cells):
        notes.append(
            "A missing row: the reports do not state that figure for that side."
            if en
            else "Dòng thiếu: báo cáo không nêu số liệu này cho bên đó."
        )
    if any(c.citation is None and c.doubted for c in cells):
        notes.append(
            "A row marked “not sure”: the reports give these figures, but which one is that "
            "side's is not clear."
            if en
            else "Dòng “chưa chắc”: báo cáo có các số liệu này, nhưng chưa rõ số nào là của bên "
            "đó."
        )
    if any(c.computed_from for c in cells):
        notes.append(
            "A figure marked “computed from” is not in the reports: it is worked out from the "
            "figures they state."
            if en
            else "Số liệu ghi “tính toán từ” không có trong báo cáo: được tính từ các số liệu "
            "báo cáo nêu."
        )
    return "".join("\n" + n for n in notes)


# A change asked for ("tăng bao nhiêu", "thay đổi thế nào", "how did … change").
_CHANGE = re.compile(
    r"\b(tang|giam|thay doi|chenh lech|bien dong|qua cac|change\w*|increase\w*|decrease\w*|"
    r"differ\w*|grow\w*|rise|rose|fall|fell|over time)\b"
)


def amount(value: float, en: bool) -> str:
    """A number as the page's language writes it (1.234,5 / 1,234.5)."""
    text = f"{value:,.1f}".rstrip("0").rstrip(".")
    return text if en else text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _change(q: ParsedQuery, cells: list[Cell], cits: list[Citation], en: bool) -> str:
    """The line under a two-period table that says how much the figure changed, marked as
    computed from the two cited figures: only a change asked, one whole figure per period, both
    plain numbers or both shares."""
    whole = [c for c in cells if not c.part]
    asked = bool(_CHANGE.search(q.folded)) or since_asked(q)
    if not asked or len(whole) != 2 or any(_missing(c) for c in whole):
        return ""
    if any(c.computed_from or not c.side.years for c in whole):
        return ""
    a, b = sorted(whole, key=lambda c: c.side.years)
    if a.side.years == b.side.years or a.citation is None or b.citation is None:
        return ""
    src = f"[{_number(cits, a.citation)}], [{_number(cits, b.citation)}]"
    x, y = parse_number(a.figure.rstrip("%")), parse_number(b.figure.rstrip("%"))
    # a share beside a count, a part of a whole ("21/30") beside a share, or two different
    # measures ("7.403 … cấp tỉnh và cấp huyện" beside "543 … sở, ban, ngành"): which way the
    # figure went is not known from these two
    if (a.figure.endswith("%") != b.figure.endswith("%") or "/" in a.figure + b.figure
            or a.kind != b.kind or x is None or y is None):  # fmt: skip
        if not since_asked(q):
            return ""
        if en:
            return (f"\nChange, {a.side.label} → {b.side.label}: not sure — the two figures "
                    f"do not state the same measure ({src}).")  # fmt: skip
        return (f"\nThay đổi, {a.side.label} → {b.side.label}: chưa chắc — hai số liệu không "
                f"cùng một thước đo ({src}).")  # fmt: skip
    unit = (" percentage points" if en else " điểm %") if a.figure.endswith("%") else ""
    diff = y - x
    if en:
        way = "up" if diff > 0 else "down" if diff < 0 else "unchanged"
        told = f"{way} {amount(abs(diff), en)}{unit}" if diff else way
        return f"\nChange, {a.side.label} → {b.side.label}: {told} (computed from {src})."
    way = "tăng" if diff > 0 else "giảm" if diff < 0 else "không đổi"
    told = f"{way} {amount(abs(diff), en)}{unit}" if diff else way
    return f"\nThay đổi, {a.side.label} → {b.side.label}: {told} (tính toán từ {src})."


# "tỉnh nào … nhiều nhất", "which province has the most": the highest asked; "ít nhất", "thấp
# nhất", "the least": the lowest. Only with a word asking which side it is: "cấp cao nhất",
# "ít nhất 3 …" alone ask no side.
_MOST = re.compile(r"\b(?:nhieu(?: [a-z]+){0,2} nhat|cao nhat|lon nhat|most|highest|largest|biggest)\b")
_LEAST = re.compile(r"\b(?:it nhat|thap nhat|nho nhat|least|lowest|fewest|smallest)\b")
_WHICH_SIDE = re.compile(r"\b(?:which|where|tinh nao|ben nao|noi nao|dia phuong nao)\b")
# A superlative that asks no side: "most recent", "most of", "at least", "ít nhất là", "tối thiểu"
_NO_SIDE = re.compile(r"\b(?:most recent|most of|at least|it nhat la|toi thieu)\b")


def top_line(q: ParsedQuery, cells: list[Cell], cits: list[Citation], en: bool) -> str:
    """The line naming the side with the highest (or lowest) figure when the question asks
    which one it is: only when every side found gives one whole figure as reported (no
    part, no computed or unsure one), all of one kind, two sides or more."""
    f = q.folded
    if not _WHICH_SIDE.search(f) or _NO_SIDE.search(f):
        return ""
    most, least = bool(_MOST.search(f)), bool(_LEAST.search(f))
    if most == least:
        return ""
    found = [c for c in cells if not _missing(c) and c.citation is not None]
    sides = [c.side for c in found]
    if len(found) < 2 or len(set(sides)) != len(sides) or any(c.part or c.computed_from for c in found):
        return ""
    if len({c.kind for c in found}) != 1 or not found[0].kind:
        return ""
    values = [parse_number(c.figure.rstrip("%")) if "/" not in c.figure else None for c in found]
    if any(v is None for v in values) or len({c.figure.endswith("%") for c in found}) != 1:
        return ""
    pick = max if most else min
    best = pick(range(len(found)), key=lambda i: values[i] or 0.0)
    if sum(v == values[best] for v in values) > 1:
        return ""  # a tie names no one side
    cell = found[best]
    assert cell.citation is not None
    src = f"[{_number(cits, cell.citation)}]"
    if en:
        word = "Highest" if most else "Lowest"
        return f"\n{word} of the sides that report it: {cell.side.label}, **{cell.figure}** {src}."
    word = "Cao nhất" if most else "Thấp nhất"
    return f"\n{word} trong các bên có số liệu: {cell.side.label}, **{cell.figure}** {src}."


def with_companions(q: ParsedQuery, cells: list[Cell], en: bool) -> list[Cell]:
    """The cells, each quoted figure with the other figures its own item gives of the
    measures its side is asked besides (`side_measures`; `bot/compare_measures.py`: "315,
    đạt tỷ lệ 14,2%" when a count and its share are asked), beside it under the same
    citation; a figure already beside it, or shown in another row of its side, is not said
    again. An unsure, missing or computed cell is kept as it is."""
    out = []
    for cell in cells:
        asked = side_measures(q, cell.side, cells)
        if len(asked) < 2:
            out.append(cell)
            continue
        if cell.citation is None and cell.doubted:
            out.append(_measures_settle(cell, cells, asked, en))
            continue
        if cell.citation is None or cell.computed_from:
            out.append(cell)
            continue
        rows = [c.figure for c in cells if c is not cell and c.side == cell.side]
        shown = set(_NUMBER.findall(" ".join((cell.figure, cell.beside, *rows))))
        more = [c for c in companions(cell.citation.quote, cell.figure, asked, en)
                if not set(_NUMBER.findall(c)) <= shown]  # fmt: skip
        also = ", ".join(x for x in (cell.beside, *more) if x)
        out.append(replace(cell, beside=also) if more else cell)
    return out


def side_measures(q: ParsedQuery, side: Side, cells: list[Cell]) -> frozenset[str]:
    """The measures a side is asked: those of its own clause when each side's clause asks its
    own ("X có bao nhiêu nhiệm vụ, còn Y hoàn thành được bao nhiêu?"), else the question's.
    The part of a count done is a companion only between places or periods: a table of
    parts of one count (all sides one place and period) asks each part, not its whole."""
    own = own_clauses(q, side.provinces) if side.provinces else None
    asked = asked_measures(own, "") if own is not None else question_measures(q.folded, q.text)
    if len({(c.side.provinces, c.side.years) for c in cells}) < 2:
        return asked - {DONE}
    if asked == {DONE} and got_and_done(own if own is not None else q.folded):
        return frozenset({COUNT, DONE})  # "how many did X get and settle on time"
    if asked == {DONE} and any(c.citation is not None and done_of_total(c.figure) for c in cells):
        # a side's figure is done of its whole ("21/23"): each side states, where its item
        # says them, the whole its part done is of and the share ("83 … trong tổng số 88 …,
        # đạt 94,32%")
        return frozenset({COUNT, DONE, RATE})
    if asked <= {COUNT} and any(
        c.side != side and c.citation is not None and done_of_total(c.figure) for c in cells
    ):
        # another place's figure is a part done of its whole ("144/147"): this side's count
        # is shown with the part of it its item says done ("36 …, trong đó có 32 … đúng hạn"),
        # so both sides state what was done of how many
        return frozenset({COUNT, DONE})
    return asked


_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")


def _measures_settle(cell: Cell, cells: list[Cell], asked: frozenset[str], en: bool) -> Cell:
    """An unsure side whose possible figures are the several measures asked of one clause
    ("9.870 … (trung bình mỗi trường có 47)" for a total and an average), once the figures
    quoted from another side's clause are set aside: that clause answers the side, its
    first figure with the others beside it, when it names the side ("cấp xã"). Any other
    unsure cell is kept unsure."""
    taken = {(c.citation.chunk_id, c.citation.line_start, c.citation.quote)
             for c in cells if c is not cell and c.citation is not None}  # fmt: skip
    own = [(f, c) for f, c in cell.doubted if (c.chunk_id, c.line_start, c.quote) not in taken]
    if len(own) < 2 or len({(c.chunk_id, c.line_start, c.quote) for _, c in own}) != 1:
        return cell
    cit = own[0][1]
    if not names_side(cit.quote, cell.side.label, [c.side.label for c in cells if c is not cell]):
        return cell
    for figure, _ in own:
        more = companions(cit.quote, figure, asked, en)
        said = set(_NUMBER.findall(" ".join(more)))
        if all(f == figure or set(_NUMBER.findall(f)) <= said for f, _ in own):
            return replace(cell, figure=figure, counts=cit.quote, citation=cit, doubted=(),
                           beside=", ".join(more))  # fmt: skip
    return cell


def render_table(q: ParsedQuery, cells: list[Cell], language: str) -> Answer:
    """The comparison table (Markdown), its sources, and its chart data (one bar per side)."""
    en = language == "en"
    cells = under_doubt(with_companions(q, rows_doubted(q, subject_checked(q, cells)), en))
    cits: list[Citation] = []
    rows = [_row(cell, cits, en) for cell in cells]
    head = (
        "| Side | Figure | What it counts (report's words) | Date | Source |"
        if en
        else "| Tỉnh / kỳ | Số liệu | Nội dung (lời báo cáo) | Thời điểm | Nguồn |"
    )
    title = "**Comparison**" if en else "**So sánh**"
    note = _change(q, cells, cits, en) + top_line(q, cells, cits, en) + _notes(cells, en)
    note = whole_line(q, cells, cits, en) + note  # the parts' stated whole, when one line's
    label = "Sources" if en else "Nguồn"
    text = (
        f"{title}:\n\n{head}\n|---|---|---|---|---|\n" + "\n".join(rows) + note
        + f"\n\n{label}:\n" + "\n".join(source_line(c, en) for c in cits)
    )  # fmt: skip
    first = next((c.figure for c in cells if c.citation is not None), "")
    # no side found: nothing from the reports is stated (the table says so, side by side)
    found = any(c.citation is not None or c.computed_from for c in cells)
    return Answer(
        q.text, text, not found, tuple(cits), figure=first, confidence=1.0 if found else 0.0,
        language=language, chart=chart_of(cells), chart_line=_over_time(cells),
    )  # fmt: skip


def _over_time(cells: list[Cell]) -> bool:
    """Whether the sides are periods of one place (a timeline): its chart is a line."""
    sides = {c.side for c in cells}
    return len({s.provinces for s in sides}) == 1 and len({s.years for s in sides}) == len(sides)
