"""A comparison whose clauses each ask their own side and their own measures.

"Cán bộ tập huấn: X (năm 2021) mở bao nhiêu lớp, còn Y (quý II) bao nhiêu học viên?" and "X vs
Y: how many meetings held, and how many of Y's were online?" ask figures of some
sides only, clause by clause; the table of one figure a side states one measure a side, and
`bot/compare_per_measure.py` (the same measures of every side) leaves them. Here the question
is cut into clauses (`;`, a question mark inside, ", còn …", ", and how many …", a comma before
a clause naming another side), the words before the first side (the topic, "Cán bộ tập huấn:") go
with every clause, each clause names its sides (a province, a period; "mỗi kỳ", "each", "both":
all; none: the clause before's), a clause asking two measures joined ("tiếp nhận và giải quyết
bao nhiêu") is cut in two where `bot/compare_parts.py` cuts it, and each measure is asked of
each of its sides alone. The rows keep what each sub-answer says: a sure figure bold and cited,
"not sure" with its candidates, "not found"; one line's figure never answers two measures of a
side (the later measure then only "may be" it)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.compare_parts import parts_of
from bot.compare_per_measure import names_a_side
from bot.compare_picks import SIDE_CONFIDENCE
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import ParsedQuery, parse_query
from core.result import Citation
from core.text import fold

MAX_CLAUSES = 4  # more clauses than this is a list of questions, not one comparison
MAX_ROWS = 10  # more sub-questions than this: too many one-side answers for one table
# A measure's label: at most this many of its words, so the table's side column stays narrow
# (nine hold a counted noun with its qualifiers: "hồ sơ tiếp nhận qua dịch vụ công trực tuyến"
# is eight words).
LABEL_WORDS = 9
# A clause saying fewer of its own words than this (sides, periods and asking words left out:
# "and how many in 2022?") asks the clause before's measure of another side; one word ("bao
# nhiêu xã?") names its own measure.
MIN_LABEL_WORDS = 1
# A hedged sub-answer's candidates shown, as the one-figure-a-side table shows.
MAX_DOUBTED = 3
# Where a clause ends outright: ";", a question mark or a full stop with more after it.
_HARD = re.compile(r"\s*[;?]\s+|\.\s+(?=\S)")
# Words that ask for a figure: a clause without one is a side's qualifier, not its own question.
_ASKS = re.compile(
    r"\b(?:bao nhieu|how (?:many|much)|what (?:share|percentage|proportion|percent|rate|number)|"
    r"ty le|muc nao|xep thu|the share|share of|percentage|what (?:was|were|is|are) the)\b|%"
)
# A clause naming every side without naming one ("mỗi kỳ", "each period", "both", "hai tỉnh").
_EVERY = re.compile(
    r"\b(?:moi ky|hai ky|ca hai|moi tinh|hai tinh|each(?: period| province| year)?|both|"
    r"in each|ca 2|hai nam|moi nam)\b"
)
# A comma-joined piece that opens its own clause: "còn …", "and how many …", "while …".
_OPENER = re.compile(r"^(?:con|while|whereas|and|va|vs|versus|so voi|compared with)\b")


@dataclass(frozen=True)
class Clause:
    """One clause's question (the topic's words before it kept) and the sides it asks of."""

    text: str
    sides: tuple[Side, ...]
    head: str = ""  # the topic's words the text starts with


def _named(folded: str, sides: Sequence[Side]) -> tuple[Side, ...]:
    """The sides a clause names: its provinces; of sides of one province, its years."""
    q = parse_query(folded)
    if len({s.provinces for s in sides}) > 1:
        return tuple(s for s in sides if set(s.provinces) & set(q.provinces))
    return tuple(s for s in sides if set(s.years) & set(q.years))


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The question cut at its hard ends, then at its commas (each piece kept with its comma;
    a piece before a colon keeps its colon), each with whether a hard end comes before it."""
    out: list[tuple[str, bool]] = []
    for hard in _HARD.split(text.strip()):
        pieces = [p for p in re.split(r"(?<=[,:])\s+", hard) if p.strip()]
        out += [(p, i == 0) for i, p in enumerate(pieces)]
    return out


def clauses_of(q: ParsedQuery, sides: Sequence[Side]) -> list[Clause]:
    """The question's clauses, each with the sides it asks of; [] for one clause, or clauses
    that do not each ask a figure, or that leave a side unasked. Clauses that all ask of every
    side and say so ("how many A in Q1 vs H1, and how many B in each period?") are the measures
    of every side that `bot/compare_per_measure.py` found no sure rows for: here each hedges
    alone; saying no "each" ("…, and how many were done?"), they are the one-figure-a-side
    table's (its figure beside the count, `bot/compare_beside.py`)."""
    head, current = "", ""
    clauses: list[str] = []
    for piece, after_end in _pieces(q.text):
        f = fold(piece)
        named = _named(f, sides)
        lead = piece.rstrip().endswith(":") and not _ASKS.search(f)
        if not clauses and not current and (lead or not named and not _EVERY.search(f)):
            # the topic before the first side ("Cán bộ tập huấn:"); a lead naming the sides
            # ("X vs Y:") is no topic of one side's question
            head += "" if named else piece.rstrip(" ,") + " "
            continue
        mine = _named(fold(current), sides)
        # a new sentence or "…; " after a clause that asks, or "còn …"/"and how many …"
        opens = (after_end or bool(_OPENER.match(f.strip()))) and bool(_ASKS.search(f))
        new_side = (
            bool(named)
            and bool(mine)
            and set(named) != set(mine)
            and bool(_ASKS.search(fold(current)))
        )
        if current and (opens or new_side):
            clauses.append(current)
            current = ""
        current += piece + " "
    if current:
        clauses.append(current)
    out: list[Clause] = []
    for c in clauses:
        f = fold(c)
        named = tuple(sides) if _EVERY.search(f) else _named(f, sides)
        if not named:
            named = out[-1].sides if out else tuple(sides)
        if out and len(_own_words(c, sides)) < MIN_LABEL_WORDS:
            # "…, and how many in 2022?": the clause before's measure, asked of its side too
            last = out[-1]
            out[-1] = replace(last, sides=tuple(s for s in sides if s in last.sides or s in named))
            continue
        out.append(Clause(f"{head}{c}".strip(), named, head))
    if not 2 <= len(out) <= MAX_CLAUSES or not all(_ASKS.search(fold(c.text)) for c in out):
        return []
    if all(len(c.sides) == len(sides) for c in out) and not _EVERY.search(q.folded):
        return []  # "…, and how many were done?": the table's figure beside its count
    if {s.label for c in out for s in c.sides} != {s.label for s in sides}:
        return []
    return out


@dataclass(frozen=True)
class Asked:
    """One measure asked of one side: its label and its one-side question."""

    side: Side
    label: str
    query: ParsedQuery
    clause: int  # which clause asks it
    whole: Asked | None = None  # its clause asked whole, when the clause was cut in measures


# Words of a clause that ask rather than name what is counted: left out of its measure's label.
_ASK_WORDS = frozenset(
    [
        "bao",
        "nhieu",
        "how",
        "many",
        "much",
        "what",
        "share",
        "percentage",
        "proportion",
        "percent",
        "rate",
        "number",
        "the",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "co",
        "la",
        "duoc",
        "dat",
        "and",
        "va",
        "con",
        "while",
        "whereas",
        "vs",
        "versus",
    ]
)


# Words that date or place a clause rather than name what it counts ("in the first half of").
_PERIOD_WORDS = frozenset(
    [
        "in",
        "of",
        "the",
        "for",
        "at",
        "by",
        "to",
        "o",
        "tai",
        "trong",
        "ky",
        "nam",
        "quy",
        "thang",
        "dau",
        "nua",
        "hoi",
        "vao",
        "cuoi",
        "giua",
        "first",
        "second",
        "half",
        "quarter",
        "year",
        "early",
        "mid",
        "late",
        "i",
        "ii",
        "iii",
        "iv",
        "h1",
        "h2",
        "q1",
        "q2",
        "q3",
        "q4",
        "6",
        "period",
        "report",
        "bao",
        "cao",
        "tinh",
        "province",
    ]
)


def _own_words(text: str, sides: Sequence[Side]) -> list[str]:
    """A clause's words that name what it counts: its label's words less dates and periods."""
    words = _label(text, "", sides, 99).split()
    return [w for w in words if fold(w) not in _PERIOD_WORDS and not re.search(r"\d{4}|\d/", w)]


def _label(text: str, head: str, sides: Sequence[Side], most: int = LABEL_WORDS) -> str:
    """A measure's label: its clause's own words (the topic before it, the sides' names and
    the asking words taken out), at most `LABEL_WORDS` of them."""
    names = {w for s in sides for p in s.provinces for w in fold(p).split()}
    words = [re.sub(r"['’]s$", "", w.strip("?;:,.()")) for w in text[len(head) :].split()]
    kept = [w for w in words if w and fold(w) not in names and fold(w) not in _ASK_WORDS]
    return " ".join(kept[:most]) + (" …" if len(kept) > most else "")


def asked_of(q: ParsedQuery, sides: Sequence[Side], en: bool) -> list[Asked]:
    """Each measure of each clause, asked of each of its sides; [] when the question's clauses
    all ask of every side (or there are too many sub-questions for one table)."""
    out: list[Asked] = []
    for n, clause in enumerate(clauses_of(q, sides)):
        cq = parse_query(clause.text)
        parts = parts_of(cq, en=en, weak=True)
        if len(parts) != 2 or any(
            names_a_side(cq, p.label) or _named(fold(p.label), sides) for p in parts
        ):
            parts = []  # one measure (or a split of the sides themselves): the clause whole
        for side in clause.sides:
            whole = Asked(side, _label(clause.text, clause.head, sides), cq, n)
            out += [Asked(side, p.label, p.query, n, whole) for p in parts] or [whole]
    several = any(sum(a.side == s for a in out) >= 2 for s in sides)
    # one measure a side ("X bao nhiêu, Y bao nhiêu"): the one-figure-a-side table's question
    return out if several and 2 <= len(out) <= MAX_ROWS else []


def answer_cell(side: Side, a: Answer) -> Cell:
    """A sub-answer as its side's row: its figure bold and cited when it states one surely (at
    the confidence a comparison side's own answer needs, `SIDE_CONFIDENCE`), the figures it
    hedges between as "not sure", nothing when it abstains."""
    if a.abstained:
        return Cell(side)
    if a.figure and a.citations:
        cit = next((c for c in a.citations if a.figure in c.quote), a.citations[0])
        if a.confidence >= SIDE_CONFIDENCE:
            return Cell(side, a.figure, cit.quote, a.holds_for, cit)
        return Cell(side, doubted=((a.figure, cit),))
    return Cell(side, doubted=tuple((c.figure, c.citation) for c in a.candidates[:MAX_DOUBTED]))


def _where(cell: Cell) -> tuple[object, ...]:
    """Where a cell's figure comes from: its line, or the lines it was computed from."""
    lines = [cell.citation] if cell.citation is not None else list(cell.computed_from)
    return tuple((c.chunk_id, c.line_start) for c in lines)


def _once(cell: Cell, taken: set[tuple[object, ...]]) -> Cell:
    """The cell, unless its side already has that figure of that line for another measure:
    then it only "may be" that figure (never bold twice for two measures)."""
    key = (cell.figure, *_where(cell))
    if not _where(cell) or not cell.figure:
        return cell
    if key in taken:
        if cell.citation is None:
            return Cell(cell.side, part=cell.part)
        return Cell(cell.side, part=cell.part, doubted=((cell.figure, cell.citation),))
    taken.add(key)
    return cell


def _one_name(labels: Sequence[str], cells: Sequence[Cell]) -> bool:
    """Whether a line the measures' rows quote writes the two measures as one name, joined
    as the question joins them ("trực tiếp và qua bưu chính": one thing, not two), folded."""
    quotes = [fold(c.quote) for cell in cells for c in _citations(cell)]
    tail, head = fold(labels[0]).split()[-1:], fold(labels[-1]).split()[:1]
    joined = " ".join([*tail, "va", *head])
    return bool(tail and head) and any(joined in q for q in quotes)


def _citations(cell: Cell) -> list[Citation]:
    """Every line a cell quotes: its own, those it may be."""
    return ([cell.citation] if cell.citation else []) + [c for _, c in cell.doubted]


def _side_rows(
    asked: Sequence[Asked], side: Side, ask: Callable[[ParsedQuery, Side], list[Cell]]
) -> list[Cell]:
    """One side's rows, clause by clause: a clause cut in two measures that its lines name as
    one thing is asked whole."""
    rows: list[Cell] = []
    taken: set[tuple[object, ...]] = set()
    for n in sorted({a.clause for a in asked if a.side.label == side.label}):
        mine = [a for a in asked if a.side.label == side.label and a.clause == n]
        each = [[c for c in ask(a.query, side) if c.side.label == side.label] for a in mine]
        whole = mine[0].whole
        if whole is not None and _one_name([a.label for a in mine], [c for e in each for c in e]):
            mine, each = (
                [whole],
                [[c for c in ask(whole.query, side) if c.side.label == side.label]],
            )
        for a, cells in zip(mine, each, strict=True):
            for cell in cells or [Cell(side)]:
                label = a.label + (f" — {cell.part}" if cell.part else "")
                rows.append(_once(replace(cell, side=side, part=label), taken))
    return rows


def clause_rows(
    q: ParsedQuery, sides: Sequence[Side], en: bool,
    ask: Callable[[ParsedQuery, Side], list[Cell]],
) -> list[Cell] | None:  # fmt: skip
    """A row per side and measure, sides in the question's order, each as its one-side
    sub-answer says it; None when the question is not clauses of their own sides, or no
    sub-answer finds anything."""
    asked = asked_of(q, sides, en)
    if not asked:
        return None
    rows = [r for side in sides for r in _side_rows(asked, side, ask)]
    found = any(c.citation is not None or c.computed_from or c.doubted for c in rows)
    return rows if found else None


def agreed(side: Side, own: Answer, table: Sequence[Cell]) -> Cell:
    """A sub-question's row from its two readers: the side's own figure answer and the
    one-figure-a-side table's row. Bold only when both state the same figure surely; when they
    differ, or only one states it, the figures they give are only "not sure" (a missing cell
    beats a wrong one); when neither finds anything, not found."""
    mine = answer_cell(side, own)
    row = next((c for c in table if c.side.label == side.label and not c.part), None)
    if row is None or mine.citation is None:
        return _doubt(side, [mine, *([row] if row else [])])
    if row.citation is not None and row.figure == mine.figure and not row.computed_from:
        return mine
    return _doubt(side, [mine, row])


def confirmed(rows: Sequence[Cell], whole: Sequence[Cell]) -> list[Cell]:
    """The clause rows against the whole question's one-figure-a-side table (both readers of a
    clause retrieve for its side alone, so their agreeing proves little). A side whose table
    row states, from a line none of its bold rows quotes, a figure none of them gives (the
    table answered one of its measures otherwise, which one is not known) keeps only "not
    sure" for those rows; a side whose row matches one of them, quotes one of their lines
    (a line stating several measures), or states nothing sure keeps its rows as they are."""
    out: list[Cell] = []
    for cell in rows:
        side = [c for c in rows if c.side.label == cell.side.label and c.citation]
        said = [c for c in whole if c.side.label == cell.side.label and c.citation]
        agree = {c.figure for c in side} & {c.figure for c in said} or {
            _where(c) for c in side
        } & {_where(c) for c in said}
        if cell.citation is None or not said or agree:
            out.append(cell)
        else:
            out.append(replace(_doubt(cell.side, [cell]), part=cell.part))
    return out


def _doubt(side: Side, cells: Sequence[Cell]) -> Cell:
    """The figures some reader gives, each once, none bold; nothing: not found."""
    seen: dict[str, Citation] = {}
    for c in cells:
        for figure, cit in [
            *([(c.figure, c.citation)] if c.citation and c.figure else []),
            *c.doubted,
        ]:
            seen.setdefault(figure, cit)
    return Cell(side, doubted=tuple(seen.items())[:MAX_DOUBTED]) if seen else Cell(side)
