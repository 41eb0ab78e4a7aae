"""Figure questions answered from the fact table (index/facts.py) by fitted feature weights.

A question is matched to the fact rows of its retrieved chunks through named features, each a
small function of (question, fact) in `bot/fact_features.py`; one weights table (bot/weights.json, written by
`python -m eval.fit`, logistic regression) combines them into a probability. No weight is set
by hand here. The fitted file also holds the abstention threshold and the margin under which
the best two facts are too close to call: the answer then says it is not sure and lists two or
three candidate figures, what each counts and where, without one bold figure.
Questions that do not ask for a figure (who signed, which plan), comparisons and provinces the
corpus lacks go to the extractive answerer.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer, Answerer, Citation
from bot.extractive import readable_part
from bot.extractive.held_span import holds_for
from bot.fact_cite import fact_citation
from bot.fact_features import FEATURES as FEATURES  # the features' users take them from here
from bot.fact_features import Context as Context
from bot.fact_features import QuestionView as QuestionView
from bot.fact_features import f_lex_clause as f_lex_clause
from bot.fact_features import f_lex_counts as f_lex_counts
from bot.fact_features import f_lex_lead as f_lex_lead
from bot.fact_features import view as view
from bot.fact_negation import polarity_mismatch
from bot.passage_line import says_something
from bot.render import source_line, with_sources
from core.places import strip_provinces
from core.query import ParsedQuery
from index.facts import Fact
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

WEIGHTS = Path(__file__).with_name("weights.json")

_FIGURE_Q = re.compile(
    r"\b(bao nhieu|so luong|tong so|how many|how much|number of|total|ty le|percent|percentage|"
    r"rate|share|proportion|phan tram|dat bao nhieu|muc nao|xep thu|rank|ranked|score|diem)\b"
)
_SIGNER_Q = re.compile(r"\b(ai ky|nguoi ky|ky boi|who signed|signed by|signatory|signer)\b")


# ---------------------------------------------------------------------------------------------
# The fitted model


@dataclass(frozen=True)
class Weights:
    """The fitted weights table (bot/weights.json)."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    abstain_below: float  # answer nothing when the best fact's probability is lower
    margin: float  # not sure when the best two (different figures) are closer than this

    def prob(self, x: Sequence[float]) -> float:
        """The model's probability that a fact answers the question."""
        z = self.intercept + sum(w * xi for w, xi in zip(self.coef, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def load_weights(path: Path = WEIGHTS) -> Weights:
    """Read the fitted weights; features the code no longer has are an error."""
    d = json.loads(path.read_text(encoding="utf-8"))
    names = tuple(d["features"])
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"{path.name}: unknown features {unknown}; rerun python -m eval.fit")
    return Weights(names, tuple(float(w) for w in d["coef"]), float(d["intercept"]),
                   float(d["abstain_below"]), float(d["margin"]))  # fmt: skip


@dataclass(frozen=True)
class Scored:
    """A candidate fact with its features and probability."""

    fact: Fact
    x: tuple[float, ...]
    prob: float


class FactMatcher:
    """Candidate facts of a retrieval, with feature vectors (shared by the answerer and the fit)."""

    def __init__(self, index: LoadedIndex, facts: Sequence[Fact]) -> None:
        self.index = index
        self.facts = list(facts)
        self.by_chunk: dict[str, list[Fact]] = {}
        self.by_id = {f.id: f for f in self.facts}
        self.parts: dict[str, list[str]] = {}
        for f in self.facts:
            self.by_chunk.setdefault(f.chunk_id, []).append(f)
            if f.parent and f.label_folded:
                self.parts.setdefault(f.parent, []).append(f.label_folded)
        df: Counter[str] = Counter()
        for f in self.facts:
            df.update(set(tokenize(f"{f.counts_folded} {f.label_folded} {f.lead}")))
        n = max(1, len(self.facts))
        self.idf = {t: math.log(1 + n / (1 + k)) for t, k in df.items()}

    def candidates(
        self, q: ParsedQuery, retrieval: Retrieval, names: Sequence[str]
    ) -> list[tuple[Fact, tuple[float, ...]]]:
        """Every fact of the retrieved chunks with its feature vector (in `names` order)."""
        v = view(q)
        out = []
        for rank, hit in enumerate(retrieval.hits, 1):
            report = self.index.reports.get(hit.chunk.report_id)
            for f in self.by_chunk.get(hit.chunk.id, ()):
                ctx = Context(self.idf, rank, tuple(self.parts.get(f.id, ())),
                              report.year if report else 0, report.quarter if report else 0)  # fmt: skip
                out.append((f, tuple(FEATURES[n](v, f, ctx) for n in names)))
        return out


def in_period(index: LoadedIndex, q: ParsedQuery, f: Fact) -> bool:
    """A fact can answer a question naming a year only if its report is of that year or its
    clause names it (a filter, like the province one: not a weighed preference)."""
    if not q.years:
        return True
    report = index.reports.get(f.report_id)
    if report is not None and report.year in q.years:
        return True
    return any(str(y) in f.clause for y in q.years)


def rank_facts(
    index: LoadedIndex, matcher: FactMatcher, weights: Weights, q: ParsedQuery,
    retrieval: Retrieval,
) -> list[Scored]:  # fmt: skip
    """The retrieved chunks' facts, most probable first, one per distinct figure of a report;
    a fact whose label disagrees with the question on a negation (`negation_mismatch`) after
    every fact that does not."""
    scored = [
        Scored(f, x, weights.prob(x))
        for f, x in matcher.candidates(q, retrieval, weights.features)
        if in_period(index, q, f)
    ]
    asked = strip_provinces(q.expanded)
    scored.sort(key=lambda s: (negation_mismatch(asked, q, s.fact), -s.prob))
    seen: set[tuple[str, str]] = set()
    out = []
    for s in scored:
        key = (s.fact.report_id, s.fact.norm)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def negation_mismatch(asked: str, q: ParsedQuery, f: Fact) -> bool:
    """Whether the fact's label negates what the question asks plainly, or the reverse
    (bot/fact_negation.py); `asked` is the question's expansion without provinces."""
    return polarity_mismatch(asked, q.folded, f"{f.counts_folded} {f.label_folded}",
                             own_written=q.text, fact_written=f"{f.counts} {f.label}")  # fmt: skip


class FactOpinion:
    """The fact table's model as a second opinion for the extractive answerer's confidence:
    the figures it ranks first for a question (bot/extractive/confidence.py `SecondOpinion`)."""

    def __init__(self, index: LoadedIndex, facts: Sequence[Fact], weights: Weights) -> None:
        self.index = index
        self.matcher = FactMatcher(index, facts)
        self.weights = weights

    def top_figures(self, q: ParsedQuery, retrieval: Retrieval, n: int) -> list[str]:
        """The normalised values of the n most probable facts."""
        return [
            s.fact.norm
            for s in rank_facts(self.index, self.matcher, self.weights, q, retrieval)[:n]
        ]


# ---------------------------------------------------------------------------------------------
# The answerer


class FactAnswerer:
    """Answers figure questions from the fact table; everything else goes to `fallback`."""

    def __init__(
        self, index: LoadedIndex, facts: Sequence[Fact], weights: Weights, fallback: Answerer,
        max_citations: int = 3,
    ) -> None:  # fmt: skip
        self.index = index
        self.matcher = FactMatcher(index, facts)
        self.weights = weights
        self.fallback = fallback
        self.max_citations = max_citations

    def rank(self, q: ParsedQuery, retrieval: Retrieval) -> list[Scored]:
        """Candidate facts, most probable first, one per distinct figure."""
        return rank_facts(self.index, self.matcher, self.weights, q, retrieval)

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """A figure from the fact table, "not sure" with candidates, or the fallback's answer."""
        fallback = self.fallback.answer
        several = len(retrieval.provinces) >= 2 or len(q.years) >= 2
        if (
            not _FIGURE_Q.search(q.folded)
            or _SIGNER_Q.search(q.folded)
            or several
            or (retrieval.missing_provinces and not retrieval.provinces)
            or not retrieval.hits
        ):
            ans: Answer = fallback(q, retrieval, language)
            return ans
        ranked = self.rank(q, retrieval)
        en = language == "en"
        w = self.weights
        if not ranked or ranked[0].prob < w.abstain_below:
            return self._abstain(q, retrieval, language, ranked[0].prob if ranked else 0.0)
        best = ranked[0]
        close = [s for s in ranked[1:3] if best.prob - s.prob < w.margin]
        if not close and negation_mismatch(strip_provinces(q.expanded), q, best.fact):
            close = ranked[1:3]  # only a figure of the negated (or plain) part: not sure
        if close:
            return self._unsure(q, [best, *close], language)
        cit = self._citation(1, best.fact)
        text = (
            f"**{best.fact.value}** — {self._what(best.fact, en)} "
            f"({', '.join(x for x in (best.fact.province, self._holds(best.fact, en)) if x)}) [1]\n"
            f"> {cit.quote}\n\n{'Sources' if en else 'Nguồn'}:\n{source_line(cit, en)}"
        )
        return Answer(q.text, text, False, (cit,), figure=best.fact.value,
                      confidence=round(best.prob, 3), language=language)  # fmt: skip

    # -----------------------------------------------------------------------------------------

    def _what(self, f: Fact, en: bool = False) -> str:
        """What a figure counts; a part also names the headline it belongs to."""
        what = self._readable(f, f.label) if f.label else self._readable(f, f.counts)
        parent = self.matcher.by_id.get(f.parent)
        if parent is not None:
            # named by its words, not its value: the answer states one figure
            what += f" ({'part of' if en else 'thuộc'}: {self._readable(parent, parent.counts)})"
        return re.sub(r"\s+", " ", what).strip()[:200]

    def _readable(self, f: Fact, words: str) -> str:
        """Words of a fact's clause (what it counts, its label) as people read them."""
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        return readable_part(chunk, words, f.span_start, f.span_end)

    def _holds(self, f: Fact, en: bool) -> str:
        """When the fact holds, as every figure answer says it (`held_span.holds_for`)."""
        return holds_for(self.index, f, en)

    def _unsure(self, q: ParsedQuery, shown: list[Scored], language: str) -> Answer:
        en = language == "en"
        shown = shown[: self.max_citations]
        cits = [self._citation(i + 1, s.fact) for i, s in enumerate(shown)]
        head = (
            "Not sure: the reports give several figures close to this question:"
            if en
            else "Không chắc chắn: báo cáo có vài con số gần với câu hỏi này:"
        )
        lines = [head]
        for s, c in zip(shown, cits, strict=True):
            where_when = ", ".join(x for x in (s.fact.province, self._holds(s.fact, en)) if x)
            lines.append(f"- {s.fact.value} — {self._what(s.fact, en)} ({where_when}) [{c.n}]")
        text = with_sources("\n".join(lines), cits, en)
        return Answer(q.text, text, False, tuple(cits), figure="",
                      confidence=round(shown[0].prob, 3), language=language)  # fmt: skip

    def _abstain(self, q: ParsedQuery, retrieval: Retrieval, language: str, p: float) -> Answer:
        en = language == "en"
        near = []
        for i, h in enumerate(retrieval.hits[: self.max_citations]):
            facts = self.matcher.by_chunk.get(h.chunk.id)
            if facts:
                near.append(self._nearest(i + 1, facts))
        head = (
            "Not found in the reports. The nearest passages are:"
            if en
            else "Không tìm thấy trong các báo cáo. Các đoạn gần nhất:"
        )
        lines = [head] + [
            f"[{c.n}] {c.agency}, {c.date or c.period} — {c.section}: “{c.quote[:160]}”"
            for c in near
        ]
        return Answer(q.text, "\n".join(lines), True, tuple(near), confidence=round(p, 3),
                      language=language)  # fmt: skip

    def _nearest(self, n: int, facts: Sequence[Fact]) -> Citation:
        """A nearest passage's citation: its chunk's first fact whose line reads as words
        (bot.passage_line.says_something), not a bare heading number ("2."); the first fact when
        none does."""
        cits = [self._citation(n, f) for f in facts]
        return next((c for c in cits if says_something(c.quote)), cits[0])

    def _citation(self, n: int, f: Fact) -> Citation:
        return fact_citation(self.index, f, n, 0.0)
