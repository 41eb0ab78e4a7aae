"""The evaluation set and how one answer is scored against it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.normalize import figures, fold

CATEGORIES = ("vi", "vi_nodiac", "en", "abbrev", "cross", "unanswerable")
QUESTIONS = Path(__file__).with_name("questions.toml")


@dataclass(frozen=True)
class Question:
    """One hand-checked question of the fixed set."""

    id: str
    q: str
    category: str
    reports: tuple[str, ...]
    expect: tuple[str, ...]
    section: str = ""
    evidence: str = ""
    note: str = ""

    @property
    def answerable(self) -> bool:
        """Unanswerable questions expect an abstention."""
        return self.category != "unanswerable"


def load_questions(path: Path = QUESTIONS) -> list[Question]:
    """Read and check the set: unique ids, known categories, expectations where needed."""
    with path.open("rb") as fh:
        raw = tomllib.load(fh).get("question", [])
    out: list[Question] = []
    seen: set[str] = set()
    for item in raw:
        q = Question(
            id=item["id"], q=item["q"], category=item["category"],
            reports=tuple(item.get("reports", ())), expect=tuple(item.get("expect", ())),
            section=item.get("section", ""), evidence=item.get("evidence", ""),
            note=item.get("note", ""),
        )  # fmt: skip
        if q.id in seen:
            raise ValueError(f"duplicate question id {q.id}")
        if q.category not in CATEGORIES:
            raise ValueError(f"{q.id}: unknown category {q.category!r}")
        if q.answerable and not (q.reports and q.expect):
            raise ValueError(f"{q.id}: an answerable question needs reports and expect")
        if not q.answerable and (q.reports or q.expect):
            raise ValueError(f"{q.id}: an unanswerable question expects nothing")
        seen.add(q.id)
        out.append(q)
    return out


# ---------------------------------------------------------------------------------------------
# Figures


def is_figure(value: str) -> bool:
    """An expected value made of digits (a count, share, amount or date), not a name."""
    return bool(re.fullmatch(r"[\d.,/\s%]+", value))


def value_in(value: str, text: str, text_figures: set[str] | None = None) -> bool:
    """Whether an expected value is in a text: figures after number normalisation, names
    after folding (diacritics and OCR damage do not matter)."""
    if is_figure(value):
        want = figures(value)
        have = text_figures if text_figures is not None else figures(text)
        return bool(want) and want <= have
    return fold(value) in fold(text)


# ---------------------------------------------------------------------------------------------
# One question's outcome


@dataclass(frozen=True)
class Outcome:
    """What a configuration did with one question."""

    id: str
    category: str
    answerable: bool
    abstained: bool
    correct: bool  # right figures (answerable) or abstained (unanswerable)
    citation_ok: bool | None  # None when not applicable (abstained or unanswerable)
    rank: int  # 1-based rank of the first right chunk; 0 = not retrieved / not applicable
    latency_ms: float
    answer: str
    cited: tuple[str, ...]
    expected: tuple[str, ...]


_SOURCES = re.compile(r"^(Sources|Nguồn|Nguon):\s*$", re.MULTILINE)


def claims(answer_text: str) -> str:
    """What the answer itself states: without quoted source lines ("> ...") and without the
    source list at the end. A figure that only appears inside a quote is not an answer."""
    m = _SOURCES.search(answer_text)
    body = answer_text[: m.start()] if m else answer_text
    said = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))
    # An extractive answer to a text question (who, which plan) leads with no figure of its own:
    # the quoted line is its statement.
    return said if "**" in said else body


def right_chunk(q: Question, report_id: str, text: str) -> bool:
    """A retrieved chunk is right when it is from an expected report and holds an expected
    value (or the question's evidence text)."""
    if report_id not in q.reports:
        return False
    if q.evidence:
        return fold(q.evidence) in fold(text)
    have = figures(text)
    return any(value_in(v, text, have) for v in q.expect)


def score(
    q: Question,
    answer_text: str,
    abstained: bool,
    cited: tuple[str, ...],
    ranked: list[tuple[str, str]],
    latency_ms: float,
) -> Outcome:
    """Score one answer. `cited`: report ids of the citations, in order; `ranked`: the
    retrieved chunks as (report id, text), best first."""
    rank = 0
    if q.answerable:
        for i, (rid, text) in enumerate(ranked, 1):
            if right_chunk(q, rid, text):
                rank = i
                break
    if q.answerable:
        said = claims(answer_text)
        have = figures(said)
        correct = not abstained and all(value_in(v, said, have) for v in q.expect)
        citation_ok: bool | None = None
        if not abstained:
            citation_ok = bool(cited) and cited[0] in q.reports and set(q.reports) <= set(cited)
    else:
        correct = abstained
        citation_ok = None
    return Outcome(
        id=q.id, category=q.category, answerable=q.answerable, abstained=abstained,
        correct=correct, citation_ok=citation_ok, rank=rank, latency_ms=latency_ms,
        answer=answer_text, cited=cited, expected=q.expect,
    )  # fmt: skip
