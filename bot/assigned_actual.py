"""A figure assigned and a figure actually there, given in one sentence (made-up figures):
"Chỉ tiêu tuyển sinh lớp 10 năm 2022 được giao 412 em; số thực tế nhập học là 398 em",
"… trạm y tế xã bố trí 73 giường, số sử dụng đến ngày 30/6 là 70 giường". Each figure takes
the role the words between it and the figure before it give: assigned ("giao", "chỉ tiêu",
"dự toán", "bố trí") or actual ("thực tế", "có mặt", "thực hiện", "giải ngân"). A question asking both
("dự toán mấy tỷ, giải ngân mấy tỷ?", "beds planned and beds in place") gets both, each
with its role; a question asking one gets the figure of that role, never the other of its
sentence ("sử dụng đến 30/6 là bao nhiêu?" → 70, not the 73 assigned). Shares ("đạt 130%
dự toán") and years are no side of the pair: they set the two against each other or date them."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import counted
from bot.extractive import cite
from bot.extractive.citing import period_label
from bot.extractive.stated import FIGURE as _FIGURE
from bot.extractive.stated import given
from bot.extractive.words import _YEARLIKE
from bot.figure_gap import pair_gap
from bot.render import source_line, sources_head
from core.query import ParsedQuery
from core.result import Answer, Citation, FigureCandidate
from core.text import figures, fold
from index.generations import LoadedIndex
from index.retrieve import Hit

ASSIGNED = "assigned"
ACTUAL = "actual"
# What the reports write before a figure of each role (folded; OCR reads "có" as "¢o", "eo").
_ROLE_WORDS = {
    ASSIGNED: re.compile(r"\b(giao|chi tieu|du toan|dinh muc|bo tri|phan bo)\b"),
    ACTUAL: re.compile(
        r"\b(thuc te|thuc co|[ceo]o mat|hien co|thuc hien|hoan thanh|giai ngan|su dung)\b"
    ),
}
# What a question says of each role, in Vietnamese (folded) or English.
ROLE_ASKED = {
    ASSIGNED: re.compile(
        r"\b(giao|chi tieu|du toan|dinh muc|bo tri|phan bo|assigned|quotas?|allocated|allotted|"
        r"planned|targets?|budgeted|approved)\b"
    ),
    ACTUAL: re.compile(
        r"\b(thuc te|thuc co|co mat|hien co|thuc hien|hoan thanh|giai ngan|su dung|actual|actually|"
        r"headcount|present|in post|on staff|filled|achieved|completed|done|disbursed|used|"
        r"in place)\b"
    ),
}
ROLE_LABEL = {
    (ASSIGNED, "vi"): "được giao", (ACTUAL, "vi"): "thực tế",
    (ASSIGNED, "en"): "assigned", (ACTUAL, "en"): "actual",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+")


def asked_roles(q: ParsedQuery) -> frozenset[str]:
    """The roles a question asks about: assigned, actual, both or none."""
    text = fold(q.text, repair=False)
    return frozenset(role for role, words in ROLE_ASKED.items() if words.search(text))


def role_words(folded: str) -> bool:
    """Whether folded words say a role, as a report or a question words it ("được giao")."""
    return any(w.search(folded) for w in (*_ROLE_WORDS.values(), *ROLE_ASKED.values()))


def both_stated(q: ParsedQuery, ans: Answer, found: dict[str, str], cit: Citation) -> Answer:
    """Both figures of a pair another sentence than the answer's gives, stated as `paired`
    states them (`bot/pair_in_hits.py` finds it): the answer's figure, doubts and abstention
    are not this pair's. An abstention with a reason (no report for the asked period, the
    nearest figure of another year or thing) stands: a pair elsewhere does not answer it."""
    if ans.abstained and ans.not_found_why:
        return ans
    period = period_label(cit.period, ans.language == "en")
    holds = ", ".join(x for x in (cit.province, period) if x)
    ans = replace(ans, holds_for=holds, citations=(cit,), candidates=())
    both = _both(ans, cit, found, q.folded)
    return replace(both, abstained=False, not_found_why="")


def roles(sentence: str) -> list[tuple[str, str, str]]:
    """(figure, role, the word after it) of each figure of a sentence that has a role: the
    role named last between it and the figure before it. Shares and years have none."""
    out: list[tuple[str, str, str]] = []
    start = 0
    for m in _FIGURE.finditer(sentence):
        figure = m.group(0).strip()
        if _YEARLIKE.fullmatch(figure):
            continue  # "năm 2022" dates the figure after it; the words before it still count
        before = fold(sentence[start : m.start()])
        start = m.end()
        if m.group(1):
            continue
        found = [
            (w.end(), role) for role, words in _ROLE_WORDS.items() for w in words.finditer(before)
        ]
        if found:
            after = _WORD.findall(fold(sentence[m.end() : m.end() + 24]))
            out.append((figure, max(found)[1], after[0] if after else ""))
    return out


def pair(sentence: str) -> dict[str, str] | None:
    """{role: figure} when the sentence gives one figure assigned and one actual, of the same
    thing (the same word after both, where both have one); None otherwise."""
    found = roles(sentence)
    by_role = {role: [f for f, r, _ in found if r == role] for role in (ASSIGNED, ACTUAL)}
    if any(len(figs) != 1 for figs in by_role.values()):
        return None
    units = {u for _, _, u in found if u}
    return None if len(units) > 1 else {role: figs[0] for role, figs in by_role.items()}


def pair_of(cit: Citation) -> dict[str, str] | None:
    """The pair a citation's quote gives, read from its restored words, else as the report
    has them (OCR), else from the whole sentence of its paragraph the quote is part of (a
    clause after ";" quoted alone: "số thực tế nhập học là 398 em")."""
    for text in (cit.quote, cit.quote_original, _sentence_of(cit.quote, cit.context)):
        found = pair(text) if text else None
        if found:
            return found
    return None


def _sentence_of(quote: str, context: str) -> str:
    """The sentence (up to a full stop or a list item's start) of `context` holding `quote`."""
    at = context.find(quote) if quote else -1
    if at < 0:
        return ""
    start = max(context.rfind(". ", 0, at) + 1, context.rfind("\n", 0, at) + 1, 0)
    stops = [i for i in (context.find(". ", at + len(quote)), context.find("\n", at)) if i >= 0]
    return context[start : min(stops) if stops else len(context)]


def given_side(q: ParsedQuery, hits: list[Hit], index: LoadedIndex, language: str) -> Answer | None:
    """The other side of a pair the question gives one side of ("District B was budgeted 640
    school places - how many were actually filled?"): the figure it states points at
    its sentence in the retrieved passages, whatever else the question's words miss; None
    when no retrieved sentence gives that figure as one side of a pair."""
    stated = given(q)
    if not stated:
        return None
    for hit in hits:
        spans = hit.chunk.spans
        for i, span in enumerate(spans):
            for last in spans[i : i + 2]:  # a clause, or it and the next ("…; số thực tế …")
                found = pair(hit.chunk.text[span.start : last.end])
                side = [r for r, f in (found or {}).items() if figures(f) <= stated]
                if found and len(side) == 1:
                    other = ACTUAL if side[0] == ASSIGNED else ASSIGNED
                    report = index.reports[hit.chunk.report_id]
                    cit = cite(report, 1, hit.chunk, span, hit.score, last=last)
                    return _stated(found[other], other, cit, language)
    return None


def _stated(figure: str, role: str, cit: Citation, language: str) -> Answer:
    """One figure of a pair stated, with its role, over its sentence."""
    en = language == "en"
    holds = ", ".join(x for x in (cit.province, cit.period) if x)
    label = ROLE_LABEL[(role, "en" if en else "vi")]
    text = (
        f"**{figure}** — {label} ({holds}) [1]\n> {cit.quote}\n\n"
        f"{sources_head(en)}:\n{source_line(cit, en)}"
    )
    return Answer(
        cit.quote, text, False, (cit,), figure=figure, language=language, counts=cit.quote,
        holds_for=holds,
    )  # fmt: skip


def paired(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer set right for the roles the question asks, or None to leave it as it is:
    both figures of one sentence when both roles are asked (the first of the stated figure's,
    the candidates' and the quoted line's sentences that gives them); the figure of the one
    asked role when the stated figure has the other."""
    asked = asked_roles(q)
    if not asked or ans.abstained:
        return None
    if len(asked) == 2:
        sentences = [c.citation for c in ans.candidates]
        sentences[:0] = ans.citations[:1]
        for cit in sentences:
            found = pair_of(cit)
            if found is not None and _counts_asked(q, cit):
                return _both(ans, cit, found, q.folded)
        return None
    if not (ans.figure and ans.citations):
        return None
    cit = ans.citations[0]
    found = pair_of(cit)
    if found is None or ans.figure not in found.values() or not _counts_asked(q, cit):
        return None
    (role,) = asked
    return None if found[role] == ans.figure else _swapped(ans, cit, found[role])


def _counts_asked(q: ParsedQuery, cit: Citation) -> bool:
    """Whether the sentence counts what the question asks to count (or the question names no
    count noun): "teachers" is not answered by a pair of hospital beds."""
    wanted = counted.asked_noun(q.folded)
    if not wanted:
        return True
    said = fold(cit.quote) + " " + fold(cit.quote_original or "")
    return wanted in said or bool({wanted} & {"nguoi", "can bo"} and re.search(r"\bnguoi\b", said))


def _both(ans: Answer, cit: Citation, found: dict[str, str], folded: str) -> Answer:
    """Both figures stated, each with its role, over the one quoted sentence they share, which
    is the answer's one source; their difference under them when the question asks it."""
    en = ans.language == "en"
    cit = replace(cit, n=1)
    holds = next((c.holds_for for c in ans.candidates if c.citation.quote == cit.quote), "")
    if ans.holds_for and ans.citations and ans.citations[0].quote == cit.quote:
        holds = ans.holds_for
    where = f" ({holds})" if holds else ""
    lines = [
        f"**{found[r]}** — {ROLE_LABEL[(r, 'en' if en else 'vi')]}{where} [1]"
        for r in (ASSIGNED, ACTUAL)
    ]
    lines.append(f"> {cit.quote}")  # right under the figures: each shows as its line's figure
    if gap := pair_gap(folded, (found[ASSIGNED], found[ACTUAL]), en):
        lines.append(gap)
    text = "\n".join(lines) + f"\n\n{sources_head(en)}:\n{source_line(cit, en)}"
    return replace(
        ans, text=text, figure=found[ASSIGNED], counts=cit.quote, holds_for=holds,
        citations=(cit,), candidates=(), doubts=(),
    )  # fmt: skip


def _swapped(ans: Answer, cit: Citation, figure: str) -> Answer:
    """The answer stating the figure of the asked role instead, the other one a candidate."""
    first, _, rest = ans.text.partition("\n")
    other = FigureCandidate(ans.figure, ans.counts, ans.holds_for, cit)
    return replace(
        ans, text=first.replace(f"**{ans.figure}**", f"**{figure}**", 1) + "\n" + rest,
        figure=figure, candidates=(other, *ans.candidates[:1]),
    )  # fmt: skip
