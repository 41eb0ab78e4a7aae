"""What a figure is within its own clause, where a clause gives several: the rank a report
gives after "xếp thứ" (not the places it rose, "tăng 11 bậc", nor its score), and the total a
breakdown's items add up to when the question lists the items themselves ("employees (civil
servants, public employees and contract workers)": all of them, not the last one named)."""

from __future__ import annotations

import re

from bot.extractive.choice import Candidate
from bot.extractive.english_phrases import copula_part, part_after_copula
from bot.extractive.question import _question_facts
from bot.extractive.whole_asked import summed_breakdowns, whole_for
from core.lexicon import to_vietnamese
from core.query import ParsedQuery
from core.text import fold

# A position asked: where it stands, not how far it moved.
_RANK_ASKED = re.compile(
    r"\b(rank|ranked|ranking|position|placed|standing|xep thu|xep hang|dung thu|thu hang|"
    r"thu may|hang may)\b"
)
_MOVE_ASKED = re.compile(
    r"\b(how many (?:places|positions|ranks|steps|notches|spots)|climb\w*|rose|rise|risen|"
    r"jump\w*|fell|fall|fallen|drop\w*|moved?|up by|down by|bao nhieu bac|may bac|tang|giam|"
    r"len|xuong)\b"
)
# The words a report puts before a rank: "xếp thứ 19/63", "đứng thứ 5", "xếp hạng 12".
_RANK_SAID = r"\b(?:xep|dung|hang)\s+(?:thu|hang)\s+(?:thu\s+)?"
# A list the question names: "a, b and c", "a và b".
_LISTED = re.compile(r"\b(and|va)\b")
_LABEL_END = re.compile(r"[;:,()\n]|\d")
_LABEL_STOP = frozenset(("va", "cua", "la", "co", "the", "nguoi", "cac", "so"))


def _readable(c: Candidate) -> str:
    """The candidate's clause as people read it, folded."""
    return fold(c.hit.chunk.readable(c.span))


def _same_clause(a: Candidate, b: Candidate) -> bool:
    return (a.hit.chunk.id, a.span.start) == (b.hit.chunk.id, b.span.start)


def _first(ranked: list[Candidate], c: Candidate) -> list[Candidate]:
    return [c] + [x for x in ranked if x is not c]


def rank_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The figures with the rank the best figure's clause states first, when a rank is asked
    and not a move; whether the clause's wording decided it."""
    if not ranked or not _RANK_ASKED.search(q.folded) or _MOVE_ASKED.search(q.folded):
        return ranked, False
    best = ranked[0]
    for c in ranked[:4]:
        if _same_clause(c, best) and re.search(
            _RANK_SAID + re.escape(fold(c.figure)) + r"(?![\d.,])", _readable(c)
        ):
            return _first(ranked, c), True
    return ranked, False


def _label_after(c: Candidate) -> tuple[str, ...]:
    """The words a figure counts, as its clause says them after it ("04 công chức" →
    ("cong", "chuc")), up to the next punctuation or figure."""
    text = _readable(c)
    m = re.search(r"(?<![\d.,])" + re.escape(fold(c.figure)) + r"(?![\d.,])", text)
    if m is None:
        return ()
    rest = text[m.end() :]
    end = _LABEL_END.search(rest)
    words = re.findall(r"[a-z]+", rest[: end.start() if end else len(rest)])
    return tuple(w for w in words[:4] if w not in _LABEL_STOP)


def whole_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The figures with the breakdown's total first when the best figure is one item of its
    clause's breakdown and the question lists two or more of the items by what they count;
    whether that decided it."""
    if not ranked or not ranked[0].item or not _LISTED.search(q.folded):
        return ranked, False
    best = ranked[0]
    asked = set(q.expanded.split())
    clause = [c for c in ranked if _same_clause(c, best)]
    named = {lab for c in clause if c.item and (lab := _label_after(c)) and set(lab) <= asked}
    totals = [c for c in clause if not c.item]
    # two items told apart by their own words ("04 công chức", "05 viên chức"), not two of
    # one unit ("352 thủ tục", "72 thủ tục": the question names one by other words)
    if len(named) < 2 or len(totals) != 1:
        return ranked, False
    return _first(ranked, totals[0]), True


def role_first(
    q: ParsedQuery, ranked: list[Candidate], decided: bool = False
) -> tuple[list[Candidate], bool]:
    """`rank_first`, then `whole_first` and `total_first`: the figures reordered by what the question asks of a
    clause that gives several, and whether that (or the labels before it: `decided`) decided
    the first."""
    ranked, by_rank = rank_first(q, ranked)
    if by_rank:
        return ranked, True
    ranked, by_part = part_first(q, ranked)
    if by_part:
        return ranked, True
    ranked, by_whole = whole_first(q, ranked)
    ranked, by_total = total_first(q, ranked)
    return ranked, decided or by_whole or by_total


def total_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The figures with the whole first when the best figure is a part of a breakdown its
    clause lists after the whole, adding up to it (`summed_breakdowns`: "23 văn bản (HĐND …
    06 nghị quyết; UBND … 17 quyết định)"), and the question asks the whole (`whole_for`: a
    total, or two parts or more named, no one part alone); whether that decided it. An
    English question naming the part after a copula ("how many were teachers?":
    `part_after_copula`, read by `choice.whole_of_part`) asks the part."""
    if not ranked or part_after_copula(q.folded):
        return ranked, False
    best = ranked[0]
    q_seq = _question_facts(q)[2]
    for b in summed_breakdowns(best.hit.chunk.sentence(best.span)):
        if not whole_for(q.folded, q_seq, b, best.figure):
            continue
        whole = next((c for c in ranked if _same_clause(c, best) and c.figure == b.whole.raw), None)
        if whole is not None:
            return _first(ranked, whole), True
    return ranked, False


# What opens a breakdown of the figure before it: "trong đó", "trong số", "gồm", "(".
_OPENER = re.compile(r"\btrong do\b|\btrong so\b|\bbao gom\b|\bgom\b|\bincluding\b|\bof which\b|\(")


def _at(text: str, figure: str) -> int:
    """Where a figure stands in a folded clause (-1 when it is not there)."""
    m = re.search(r"(?<![\d.,])" + re.escape(fold(figure)) + r"(?![\d])", text)
    return m.start() if m else -1


# A breakdown written figure first: its opener is followed by a figure, with only punctuation
# between ("trong đó: 120 hồ sơ trực tuyến; 45 hồ sơ trực tiếp").
_FIGURE_FIRST = re.compile(r"[\s:;,.(-]*\d")
# Where an item's label ends after its figure in a figure-first breakdown: a list break or
# the next figure.
_LABEL_END = re.compile(r"[;,)]|\d")


def _own_label(text: str, opener_end: int, at: int, figure: str) -> str:
    """The label of the item whose figure stands at `at`, after its breakdown's opener: in a
    figure-first breakdown (`_FIGURE_FIRST`) the words right after the figure up to the next
    list break or figure; else the words before it since the figure or list break before."""
    if _FIGURE_FIRST.match(text, opener_end):
        start = at + len(fold(figure))
        end = _LABEL_END.search(text, start)
        return text[start : end.start() if end else len(text)]
    stretch = re.split(r"\d[\d.,]*%?", text[opener_end:at])[-1]  # not an earlier item's words
    return stretch.rsplit(";", 1)[-1]


def _says(label: str, term: str) -> bool:
    return re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", label) is not None


def part_first(q: ParsedQuery, ranked: list[Candidate]) -> tuple[list[Candidate], bool]:
    """The figures with the asked part first when an English question names the part after
    a copula (`copula_part`: "the staff trained: how many of them were teachers?"), the best
    figure is a whole, and one item of its clause's breakdown is labelled (`_own_label`) with a
    report term of that part ("… 812 người, trong đó: giáo viên được tập huấn là 530 …", or
    figure first "trong đó: 530 giáo viên; …"), a term the words before the whole do not say;
    whether that decided it. Without such an item the whole stays first and
    `choice.whole_of_part` doubts it."""
    part = copula_part(q.folded)
    if not ranked or not part or ranked[0].item:
        return ranked, False
    terms = [t for t in to_vietnamese(part) if " " in t]  # a term of one syllable is too loose
    best = ranked[0]
    text = _readable(best)
    whole_at = _at(text, best.figure)
    if not terms or whole_at < 0:
        return ranked, False
    named = []
    for c in ranked[1:]:
        at = _at(text, c.figure) if c.item and _same_clause(c, best) else -1
        openers = list(_OPENER.finditer(text, whole_at, at)) if at > whole_at else []
        if not openers:
            continue
        label = _own_label(text, openers[-1].end(), at, c.figure)
        if any(_says(label, t) and not _says(text[:whole_at], t) for t in terms):
            named.append(c)
    if len(named) != 1:  # none, or two items saying it: the labels do not tell
        return ranked, False
    return _first(ranked, named[0]), True
