"""A side's figure that counts things of another year: "… bổ nhiệm vào ngạch đối với 40 công
chức được tuyển dụng năm 2020" in a 2021 report counts those recruited the year before, not
the recruitment the side asks about. A stated cell whose figure's own clause, after the figure,
dates what it counts to a year ("… năm 2021") that neither the question, nor the side, nor its
report's period or date names, is "not sure": the figure is shown as one it may be, never bold.
A year set as a comparison's base ("so với năm 2021"), a target or a span's end ("đến năm
2025", "từ năm 2021") dates no counted thing and is not read so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.compare_parts import Part
from bot.compare_subject import stated
from bot.compare_table import Cell
from bot.figure_clause import OWN_BREAKS, figure_at
from core.query import ParsedQuery
from core.text import fold

# A year written as 19xx or 20xx.
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# "năm 2021" that dates what the figure counts: not after a comparison's, a target's or a
# span's word ("so với năm 2021", "cùng kỳ năm 2021", "đến năm 2025", "từ năm 2021", "than").
_DATED = re.compile(
    r"(?<!\bso voi )(?<!\bky )(?<!\bden )(?<!\btu )(?<!\btoi )(?<!\bthan )"
    # a span's end or start ("từ cuối năm 2019", "đến hết năm 2025"); a document's date
    # ("Nghị định … ngày 08 tháng 4 năm 2020"), which dates the document, not what is counted
    r"(?<!\btu cuoi )(?<!\btu dau )(?<!\btu het )(?<!\bden cuoi )(?<!\bden dau )(?<!\bden het )"
    r"(?<!\bthang \d )(?<!\bthang \d\d )"
    r"\bnam ((?:19|20)\d\d)\b"
)


def _known_years(q: ParsedQuery, cell: Cell) -> set[str]:
    """The years the question, the side and the cell's report name."""
    assert cell.citation is not None
    said = " ".join((q.folded, fold(cell.side.label), cell.citation.period, cell.citation.date,
                     cell.holds))  # fmt: skip
    return set(_YEAR.findall(said)) | {str(y) for y in cell.side.years}


def dated_other_year(quote: str, figure: str, known: set[str]) -> bool:
    """Whether the figure's own clause, after the figure, dates what it counts to a year not
    in `known`."""
    found = figure_at(quote, figure)
    if found is None:
        return False
    folded, at = found
    end = OWN_BREAKS.search(folded, at.end())
    after = folded[at.end() : end.start() if end else len(folded)]
    return any(year not in known for year in _DATED.findall(after))


def _checked(q: ParsedQuery, cell: Cell) -> Cell:
    if not stated(cell) or cell.citation is None:
        return cell
    if dated_other_year(cell.citation.quote, cell.figure, _known_years(q, cell)):
        doubted = ((cell.figure, cell.citation),)
        return replace(cell, figure="", citation=None, beside="", doubted=doubted)
    return cell


def other_year_unsure(q: ParsedQuery, cells: list[Cell]) -> list[Cell]:
    """The cells, a stated figure counting things of a year nobody asked made "not sure"."""
    return [_checked(q, cell) for cell in cells]


def other_year_parts(parts: Sequence[Part], cells: list[Cell]) -> list[Cell]:
    """`other_year_unsure` for a table of parts, each part's row by the part's own question."""
    asked = {p.label: p.query for p in parts}
    return [_checked(asked[c.side.label], c) if c.side.label in asked else c for c in cells]
