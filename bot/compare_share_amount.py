"""The amount a share is of, said on its own item line beside the share's, when a question
asks both ("how much … is used so far, what percent?"):

    * Phần kinh phí giao tự chủ: 6.000.000.000 đồng.
    + Đã chi đến hết tháng 5/2023: 3.870.000.000 đồng.
    + Tỷ lệ đã chi so với dự toán giao: 64,5%.

A side's cell quotes the share's line; the amount is on another item of the same group under
one heading. It is set beside the share only when the report's figures bear it out: the item
(same list marker, same group) states one amount of money, and that amount against an amount
of the heading line (its whole, in the same unit) is the share, to the share's last digit
(`SHARE_SLACK`). Exactly one such item, or the cell stays as it is."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.compare_beside import asks_amount_too
from bot.compare_heading import item_lines, list_marker
from bot.compare_table import Cell
from core.query import ParsedQuery
from core.text import parse_number
from index.chunk import Chunk

# an amount of money as the reports write it: "2.334.271.520 đồng", "56.401,923 tỷ đồng"
_MONEY = re.compile(r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)\s*((?:tỷ|triệu|nghìn)?\s*đồng)", re.I)
_SHARE = re.compile(r"^(\d+)(?:,(\d+))?%$")
# how far the amount's share of the whole may be from the share stated, in units of the
# share's last digit: one (the report rounds, or truncates, its share)
SHARE_SLACK = 1.0
# unmarked lines between a heading and its first item (an aside on the heading's figure), at most
ASIDES = 2


def _money(line: str) -> list[tuple[float, str, str]]:
    """The amounts of money a line states: (value, as written, unit)."""
    out = []
    for m in _MONEY.finditer(line):
        value = parse_number(m.group(1))
        if value is not None:
            out.append((value, m.group(1), " ".join(m.group(2).lower().split())))
    return out


def is_share(part: float, whole: float, share: str) -> bool:
    """Whether `part` of `whole` is the share stated ("64,5%"), within `SHARE_SLACK`."""
    m = _SHARE.match(share.replace(" ", ""))
    if m is None or whole <= 0:
        return False
    decimals = len(m.group(2) or "")
    stated = float(f"{m.group(1)}.{m.group(2) or '0'}")
    return abs(part / whole * 100 - stated) <= SHARE_SLACK * 10**-decimals


def amount_of_share(
    q: ParsedQuery, cells: Sequence[Cell], chunk: Callable[[str], Chunk | None]
) -> list[Cell]:
    """The cells, a share's cell with the amount it is of beside it (as above)."""
    if not asks_amount_too(q.folded):
        return list(cells)
    return [_with_amount(c, chunk) for c in cells]


def _with_amount(cell: Cell, chunk: Callable[[str], Chunk | None]) -> Cell:
    cit = cell.citation
    if cit is None or cell.beside or cell.computed_from or not cell.figure.endswith("%"):
        return cell
    ch = chunk(cit.chunk_id)
    if ch is None:
        return cell
    lines = item_lines(ch)
    at = [k for k, (n, t) in enumerate(lines) if n == cit.line_start and cell.figure in t]
    if len(at) != 1 or not (mark := list_marker(lines[at[0]][1])):
        return cell
    k = at[0]
    first = k
    while first > 0 and list_marker(lines[first - 1][1]) == mark:
        first -= 1
    last = k
    while last + 1 < len(lines) and list_marker(lines[last + 1][1]) == mark:
        last += 1
    head = first - 1
    while head >= 0 and first - head <= ASIDES and not list_marker(lines[head][1]):
        head -= 1  # an aside between the heading and its items ("(Trong đó …)")
    if head < 0 or not list_marker(lines[head][1]):
        return cell  # no heading line of another list marker above the group
    wholes = _money(lines[head][1])
    found = []
    for i in range(first, last + 1):
        said = _money(lines[i][1]) if i != k else []
        if len(said) != 1:
            continue
        value, written, unit = said[0]
        if any(u == unit and is_share(value, w, cell.figure) for w, _, u in wholes):
            found.append((i, f"{written} {unit}"))
    if len(found) != 1:
        return cell
    i, amount = found[0]
    (n0, t0), (n1, t1) = sorted([lines[i], lines[k]])
    both = replace(cit, quote=f"{t0} {t1}", line_start=n0, line_end=n1, quote_original="",
                   context="")  # fmt: skip
    return replace(cell, beside=amount, counts=both.quote, citation=both)
