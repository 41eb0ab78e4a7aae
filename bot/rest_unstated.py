"""What remains, asked where the report writes only the whole and the part done (made-up
figures): "đã hoàn thành 40 nhiệm vụ trong tổng số 44 nhiệm vụ" asked "còn bao nhiêu nhiệm vụ
chưa hoàn thành?", "of the 1,200 services, how many are not yet integrated?". Neither written
figure is the asked one: a figure whose own clause says no remaining or unfinished state is
never stated in bold for such a question. A runner-up whose own clause says it ("nguồn vốn còn
lại: 3.100 triệu") is listed first; else, when the cited passage (with the figure the question states)
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
from core.english_denial import asks_absent
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, fold, parse_number

# A question asking what remains or is not yet done (folded; Vietnamese or English).
ASKS_REST = re.compile(
    r"\b(con lai|chua|not yet|yet to|unfinished|incomplete|outstanding|"
    r"remaining|remainder|left over|unspent|undisbursed|unresolved|"
    r"not (?:been )?(?:done|completed|finished|integrated|resolved|spent|disbursed|"
    r"implemented|carried out|connected))\b"
)
# "còn bao nhiêu" / "remain(s)" (folded): a remainder asked, or the "and what about …" of a
# sentence-initial "Còn …" and a placement ("remain at the commune level"), see `asks_rest`.
_CON_HOW_MANY = re.compile(r"\bcon bao nhieu\b")
_REMAIN = re.compile(r"\bremains?\b")
# A word saying the thing asked is not done, beside "còn bao nhiêu" (folded).
_NOT_DONE = re.compile(r"\b(chua|lai|ton|dang)\b")
# A level or part named after "còn bao nhiêu": "còn bao nhiêu thủ tục cấp xã" asks a placement.
_LEVEL = re.compile(r"\b(cap (?:xa|huyen|tinh|so|bo|trung uong)|muc(?: do)?|trong do|thuoc|tai)\b")
# "remain(s) at / in / under" a level or body: where things stay, no remainder asked.
_PLACED = re.compile(
    r"\bremains? (?:at|in|under|with|on) (?:the )?(?:[a-z]+ ){0,2}?"
    r"(?:level|commune|communes|district|districts|province|provincial|department|ministry|"
    r"grassroots|village)\b"
)
# A figure's own clause saying a remaining, unfinished or pending state (folded): "còn" before
# "lại", "tồn", "chưa" or a number, "đang" before an ongoing action, "tồn" of a backlog; never
# the "dang" of "đăng tải", the "con" of a child or the "ton" of "tôn".
SAYS_REST = re.compile(
    r"\b(con lai|con ton|con chua|con \d[\d.,]*|chua|tre han|qua han|ton dong|ton ky|"
    r"dang (?:giai quyet|thuc hien|xu ly|trong thoi gian))(?!\w)"
)
# A figure written as the whole the parts are of ("trong tổng số 44 nhiệm vụ", "out of 44").
# with the part before it when three words or fewer stand between ("40 nhiệm vụ trong tổng số").
_WHOLE = re.compile(
    r"(?:\b(\d[\d.,]*)(?:\s+[a-z]+){0,3}\s+)?"
    r"\b(?:tong so|tong cong|tren tong so|trong tong so|trong so|out of)\s+(\d[\d.,]*)"
)
# The least share of the whole a part done may be for the two to be read as whole and part: a
# figure a hundred times smaller is of another thing ("7" of "7 tỷ", a level, a month).
MIN_PART_SHARE = 0.01
# A figure's own clause saying a thing absent (folded), for a question asking an absence
# (`core.english_denial`: "communes that had no website"): "chưa có …", "không có …", "thiếu …"
# or a plain "chưa" / "không" in its own words; the remaining states of `SAYS_REST` say one too.
SAYS_ABSENT = re.compile(rf"{SAYS_REST.pattern}|\b(?:khong|chua|thieu)\b")
_NOTE = {
    False: ("Các báo cáo không nêu trực tiếp số còn lại / chưa thực hiện mà câu hỏi hỏi. "
            "Số liệu báo cáo nêu:"),
    True: "The reports do not state the remaining / not-done figure asked. The figures they give:",
}  # fmt: skip


def asks_rest(folded: str) -> bool:
    """Whether a question asks what remains: "chưa" of an exclusion ("không kể hồ sơ chuyển từ
    kỳ trước", "excluding last period's backlog") leaves something out of what is asked, it asks
    no remainder. "còn bao nhiêu" asks one beside a not-done word or with no level or part after
    it ("Còn bao nhiêu thủ tục cấp xã?" asks "and how many at the commune level"); "remain(s)"
    asks one unless it places things ("remain at the commune level")."""
    folded = _EXCLUDES.sub(" ", folded)
    if ASKS_REST.search(folded):
        return True
    con = _CON_HOW_MANY.search(folded)
    if con and (_NOT_DONE.search(folded) or not _LEVEL.search(folded, con.end())):
        return True
    return len(_REMAIN.findall(folded)) > len(_PLACED.findall(folded))


def says_rest(quote: str, figure: str, says: re.Pattern[str] = SAYS_REST) -> bool:
    """Whether the figure's own clause in its quote, or its label before a colon back to the
    figure or sentence break before it ("Nguồn vốn còn lại: 3.100 triệu"), says a remaining or
    unfinished state (`says`: an absence, for a question asking one, `SAYS_ABSENT`)."""
    found = figure_at(quote, figure)
    if found is None:
        return False
    folded, at = found
    label = re.split(r"\d", clause_before(folded, at.start(), SENTENCE_OPENS))[-1]
    before, own = clause_at(folded, at)
    if says is SAYS_ABSENT and (after := re.search(r"\d", folded[at.end() :])):
        # an absence is the figure's own up to the next figure: "10 công chức lãnh đạo và 18
        # công chức không giữ chức danh" denies the 18, not the 10
        own = own[: len(before) + len(at.group(0)) + after.start()]
    return bool(says.search(own) or says.search(label))


def _value(figure: str) -> float | None:
    """A figure's value; None for a share."""
    return None if figure.endswith("%") else parse_number(figure)


def _whole_and_done(q: ParsedQuery, fig: str, cit: Citation) -> tuple[str, str] | None:
    """(whole, done) when `fig` and one other figure are all there is of them: the figures the
    question states that the cited passage writes too, and the quote's figures written as a
    whole ("trong tổng số 44"); None when that is not exactly two values, or when the two
    count different things: the whole is written as one ("trong tổng số N", "out of N") or a
    word of the noun after each figure is shared ("40 nhiệm vụ … 44 nhiệm vụ")."""
    text = fold(f"{cit.quote} {cit.context}")
    as_whole = {
        f for m in _WHOLE.finditer(fold(cit.quote)) if m.group(2) for f in figures(m.group(2))
    }
    written = (
        (given(q) & figures(text))
        | as_whole
        | {f for m in _WHOLE.finditer(fold(cit.quote)) if m.group(1) for f in figures(m.group(1))}
    )
    by_value: dict[float, str] = {}
    for f in written | figures(fig):
        value = None if "/" in f else _value(f)
        if value is not None:
            by_value[value] = f
    own = _value(fig)
    if own is None or len(by_value) != 2:
        return None
    other = next(v for v in by_value if v != own)
    whole, done = max(own, other), min(own, other)
    if done < MIN_PART_SHARE * whole:
        return None  # "7" of "7 billion" beside 7.000.000.000: no part of it
    if by_value[whole] not in as_whole:
        nouns = _nouns(text)
        if not nouns.get(by_value[whole], set()) & nouns.get(by_value[done], set()):
            return None  # "143 dịch vụ mức độ 3": a level beside a count, no part of it
    places = max(_decimals(by_value[whole]), _decimals(by_value[done]))
    return _written(whole, places), _written(done, places)


# Words after a figure that say nothing of what it counts (folded).
_NOT_NOUN = frozenset(
    [
        "va",
        "trong",
        "tong",
        "so",
        "cua",
        "da",
        "duoc",
        "la",
        "voi",
        "tren",
        "dat",
        "con",
        "gom",
        "the",
        "of",
        "and",
        "out",
        "in",
        "a",
        "an",
        "to",
        "are",
        "is",
    ]
)


def _nouns(folded: str) -> dict[str, set[str]]:
    """Per canonical figure of a folded text, the words of the noun after it (up to three,
    to the next figure or punctuation), leaving out `_NOT_NOUN`."""
    found: dict[str, set[str]] = {}
    for m in re.finditer(r"(?<![\d.,])\d[\d.,]*", folded):
        after = re.match(r"(?:\s+[a-z]+){0,3}", folded[m.end() :])
        words = set(after.group(0).split()) - _NOT_NOUN if after else set()
        for f in figures(m.group(0).rstrip(".,")):
            found.setdefault(f, set()).update(words)
    return found


def _decimals(figure: str) -> int:
    """How many decimals a canonical figure has ("2.5" → 1)."""
    return len(figure.partition(".")[2])


def _clause(quote: str, figure: str) -> str:
    """The words of the quote from the last break before the figure to the two words after it
    ("trong tổng số 44 nhiệm vụ"); the figure alone when the quote does not write it."""
    at = re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d])", quote)
    if at is None:
        return figure
    start = max(quote.rfind(c, 0, at.start()) for c in ",;:(") + 1
    after = re.match(r"\s*\S+\s*\S*", quote[at.end() :])
    return (quote[start : at.end()] + (after.group(0) if after else "")).strip(" ,;")


def _written(value: float, places: int = 0) -> str:
    """A whole number written the Vietnamese way ("1.376"); a fraction to `places` decimals, the
    most its inputs have, so no float noise shows ("2,5", not "2,4999999999999996")."""
    value = round(value, places)
    if value != int(value):
        return f"{value:.{places}f}".replace(".", ",")
    return f"{int(value):,}".replace(",", ".")


def rest_unstated(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer for a question asking what remains (`ASKS_REST`) when the stated figure's own
    clause says no remaining state (`says_rest`): none in bold, a runner-up that says one first,
    else the whole and the part done with their difference computed; None when it stands."""
    pairs = stated(ans)
    absent = asks_absent(q.folded)  # "had no website": what lacks it, a rest of a kind
    if not ans.figure or not pairs or not (absent or asks_rest(q.folded)):
        return None
    says = SAYS_ABSENT if absent else SAYS_REST
    fig, cit = pairs[0]
    if says_rest(cit.quote, fig, says) or says_rest(cit.quote_original, fig, says):
        return None
    en = ans.language == "en"
    cit = replace(cit, n=1)
    mine = FigureCandidate(fig, ans.counts or fig, ans.holds_for, cit)
    pair = _whole_and_done(q, fig, cit)
    rest = [c for c in ans.candidates if says_rest(c.citation.quote, c.figure, says)][:1]
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
    places = max(_decimals(f) for f in figures(f"{whole} {done}") | {""})
    diff = _written(values[0] - values[1], places) if None not in values else "?"  # type: ignore[operator]
    computed = (
        f"Computed from [1] (not a figure the report states): {whole} − {done} = {diff}"
        if en else
        f"Tính toán từ [1] (không phải số liệu báo cáo nêu): {whole} − {done} = {diff}"
    )  # fmt: skip
    body = hedge_text(options, (cit,), en).replace(HEDGE_HEAD[en], _NOTE[en], 1)
    head, _, sources = body.partition("\n\n")
    text = f"{head}\n{computed}\n\n{sources}"
    return replace(ans, text=text, figure="", citations=(cit,), candidates=options)
