"""What remains, asked where the report writes only the whole and the part done (made-up
figures): "đã hoàn thành 40 nhiệm vụ trong tổng số 44 nhiệm vụ" asked "còn bao nhiêu nhiệm vụ
chưa hoàn thành?", "of the 1,200 services, how many are not yet integrated?". Neither written
figure is the asked one: a figure whose own clause says no remaining or unfinished state is
never stated in bold for such a question. A runner-up whose own clause says it ("nguồn vốn còn
lại: 3 tỷ") is listed first; else, when the cited passage (with the figure the question states)
gives exactly two figures, the whole and the part done, both are listed and their difference
is given as computed, marked so: no report writes it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extractive.left_out import _EXCLUDES
from bot.extractive.stated import given
from bot.figure_clause import SENTENCE_OPENS, clause_at, clause_before, figure_at
from bot.nearest import stated
from bot.render import HEDGE_HEAD, hedge_text
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, fold, parse_number

# A question asking what remains or is not yet done (folded; Vietnamese or English).
ASKS_REST = re.compile(
    r"\b(con lai|con bao nhieu|chua|not yet|yet to|unfinished|incomplete|outstanding|"
    r"remain|remains|remaining|remainder|left over|unspent|undisbursed|unresolved|"
    r"not (?:been )?(?:done|completed|finished|integrated|resolved|spent|disbursed|"
    r"implemented|carried out|connected))\b"
)
# A figure's own clause saying a remaining, unfinished or pending state (folded).
SAYS_REST = re.compile(r"\b(con lai|con|chua|dang|tre han|qua han|ton)\b")
# A figure written as the whole the parts are of ("trong tổng số 55 nhiệm vụ", "out of 55").
# with the part before it when three words or fewer stand between ("40 nhiệm vụ trong tổng số").
_WHOLE = re.compile(
    r"(?:\b(\d[\d.,]*)(?:\s+[a-z]+){0,3}\s+)?"
    r"\b(?:tong so|tong cong|tren tong so|trong tong so|trong so|out of)\s+(\d[\d.,]*)"
)
# The least share of the whole a part done may be for the two to be read as whole and part: a
# figure a hundred times smaller is of another thing ("9" of "9 tỷ", a level, a month).
MIN_PART_SHARE = 0.01
_NOTE = {
    False: ("Các báo cáo không nêu trực tiếp số còn lại / chưa thực hiện mà câu hỏi hỏi. "
            "Số liệu báo cáo nêu:"),
    True: "The reports do not state the remaining / not-done figure asked. The figures they give:",
}  # fmt: skip


def asks_rest(folded: str) -> bool:
    """Whether a question asks what remains: "chưa" of an exclusion ("chưa tính hồ sơ tồn kỳ
    trước", "not counting …") leaves something out of what is asked, it asks no remainder."""
    return bool(ASKS_REST.search(_EXCLUDES.sub(" ", folded)))


def says_rest(quote: str, figure: str) -> bool:
    """Whether the figure's own clause in its quote, or its label before a colon back to the
    figure or sentence break before it ("Nguồn vốn còn lại: 3 tỷ"), says a remaining or
    unfinished state."""
    found = figure_at(quote, figure)
    if found is None:
        return False
    folded, at = found
    label = re.split(r"\d", clause_before(folded, at.start(), SENTENCE_OPENS))[-1]
    return bool(SAYS_REST.search(clause_at(folded, at)[1]) or SAYS_REST.search(label))


def _value(figure: str) -> float | None:
    """A figure's value; None for a share."""
    return None if figure.endswith("%") else parse_number(figure)


def _whole_and_done(q: ParsedQuery, fig: str, cit: Citation) -> tuple[str, str] | None:
    """(whole, done) when `fig` and one other figure are all there is of them: the figures the
    question states that the cited passage writes too, and the quote's figures written as a
    whole ("trong tổng số 55"); None when that is not exactly two values."""
    text = fold(f"{cit.quote} {cit.context}")
    written = (given(q) & figures(text)) | {
        f for m in _WHOLE.finditer(fold(cit.quote)) for g in m.groups() if g for f in figures(g)
    }
    values = {v for v in (_value(f) for f in written | {fig} if "/" not in f) if v is not None}
    own = _value(fig)
    if own is None or len(values) != 2:
        return None
    other = next(v for v in values if v != own)
    if min(own, other) < MIN_PART_SHARE * max(own, other):
        return None  # "9" of "9 billion" beside 9.000.000.000: no part of it
    whole, done = max(own, other), min(own, other)
    return _written(whole), _written(done)


def _clause(quote: str, figure: str) -> str:
    """The words of the quote from the last break before the figure to the two words after it
    ("trong tổng số 55 nhiệm vụ"); the figure alone when the quote does not write it."""
    at = re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d])", quote)
    if at is None:
        return figure
    start = max(quote.rfind(c, 0, at.start()) for c in ",;:(") + 1
    after = re.match(r"\s*\S+\s*\S*", quote[at.end() :])
    return (quote[start : at.end()] + (after.group(0) if after else "")).strip(" ,;")


def _written(value: float) -> str:
    """A whole number written the Vietnamese way ("1.376"); a fraction as it is ("2,5")."""
    if value != int(value):
        return f"{value}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def rest_unstated(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer for a question asking what remains (`ASKS_REST`) when the stated figure's own
    clause says no remaining state (`says_rest`): none in bold, a runner-up that says one first,
    else the whole and the part done with their difference computed; None when it stands."""
    pairs = stated(ans)
    if not ans.figure or not pairs or not asks_rest(q.folded):
        return None
    fig, cit = pairs[0]
    if says_rest(cit.quote, fig) or says_rest(cit.quote_original, fig):
        return None
    en = ans.language == "en"
    cit = replace(cit, n=1)
    mine = FigureCandidate(fig, ans.counts or fig, ans.holds_for, cit)
    pair = _whole_and_done(q, fig, cit)
    rest = [c for c in ans.candidates if says_rest(c.citation.quote, c.figure)][:1]
    if pair is None and rest:
        other = replace(rest[0], citation=replace(rest[0].citation, n=1))
        mine = replace(mine, citation=replace(cit, n=2))
        options = (other, mine)
        return replace(ans, text=hedge_text(options, (other.citation, mine.citation), en),
                       figure="", citations=(other.citation, mine.citation),
                       candidates=options)  # fmt: skip
    if pair is None:
        text = hedge_text((mine,), (cit,), en).replace(HEDGE_HEAD[en], _NOTE[en], 1)
        return replace(ans, text=text, figure="", citations=(cit,), candidates=(mine,))
    whole, done = pair
    other_fig = done if figures(whole) == figures(fig) else whole
    options = (mine, FigureCandidate(other_fig, _clause(cit.quote, other_fig), ans.holds_for, cit))
    values = [_value(whole), _value(done)]
    diff = _written(values[0] - values[1]) if None not in values else "?"  # type: ignore[operator]
    computed = (
        f"Computed from [1] (not a figure the report states): {whole} − {done} = {diff}"
        if en else
        f"Tính toán từ [1] (không phải số liệu báo cáo nêu): {whole} − {done} = {diff}"
    )  # fmt: skip
    body = hedge_text(options, (cit,), en).replace(HEDGE_HEAD[en], _NOTE[en], 1)
    head, _, sources = body.partition("\n\n")
    text = f"{head}\n{computed}\n\n{sources}"
    return replace(ans, text=text, figure="", citations=(cit,), candidates=options)
