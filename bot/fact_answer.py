"""Figure questions answered from the fact table (index/facts.py) by fitted feature weights.

A question is matched to the fact rows of its retrieved chunks through named features, each a
small function of (question, fact) below; one weights table (bot/weights.json, written by
`python -m eval.fit`, logistic regression) combines them into a probability. No weight is set
by hand here. The fitted file also holds the abstention threshold and the margin under which
the best two facts are too close to call: the answer then says it is not sure and lists two or
three candidate figures, what each counts and where, without one bold figure.
Questions that do not ask for a figure (who signed, which plan), comparisons and provinces the
corpus lacks go to the extractive answerer.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer, Answerer, Citation
from bot.extractive import cite, readable_part
from bot.render import source_line
from bot.stopwords import FIGURE_STOP
from core.places import strip_provinces
from core.query import ABBREVIATIONS, ParsedQuery
from core.text import fold
from index.chunk import Span
from index.clause_tokens import UNITS
from index.facts import FACTS_FILE, Fact, build_facts, load_facts
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

WEIGHTS = Path(__file__).with_name("weights.json")

_FIGURE_Q = re.compile(
    r"\b(bao nhieu|so luong|tong so|how many|how much|number of|total|ty le|percent|percentage|"
    r"rate|share|proportion|phan tram|dat bao nhieu|muc nao|xep thu|rank|ranked|score|diem)\b"
)
_PERCENT_Q = re.compile(r"\b(ty le|percent|percentage|phan tram|rate|share|proportion)\b|%")
_SIGNER_Q = re.compile(r"\b(ai ky|nguoi ky|ky boi|who signed|signed by|signatory|signer)\b")
_LEVEL_Q = re.compile(r"\b(?:muc do|muc|level)\s*([1-4])\b|\b(toan trinh|mot phan|full online)\b")
_SCOPE_Q = (
    ("tinh", re.compile(r"\bcap tinh\b|\bprovincial level\b|\bprovince level\b")),
    ("huyen", re.compile(r"\bcap huyen\b|\bdistrict\b|\bhuyen\b")),
    ("xa", re.compile(r"\bcap xa\b|\bcommune\b")),
)
_SKELETON = re.compile(r"[aeiouy]")
# What a count question counts: the words after "bao nhiêu" / "how many".
_COUNTED_Q = re.compile(
    r"\b(?:bao nhieu|how many|so luong|tong so|number of)\s+((?:[a-z0-9]+\s*){1,4})"
)
# One unit, several wordings: the abbreviation and the words it stands for.
_UNIT_SAME = {"dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen", "tthc": "thu tuc",
              "thu tuc hanh chinh": "thu tuc", "pakn": "phan anh kien nghi", "tin bai": "tin",
              "bai": "tin", "chung thu so": "chung thu"}  # fmt: skip


def _same_unit(a: str, b: str) -> bool:
    a, b = _UNIT_SAME.get(a, a), _UNIT_SAME.get(b, b)
    return a.startswith(b) or b.startswith(a)


# ---------------------------------------------------------------------------------------------
# The question, read once


@dataclass(frozen=True)
class QuestionView:
    """What the features need to know about a question."""

    words: tuple[str, ...]  # content words (folded, expanded, provinces and years dropped)
    levels: frozenset[str]
    percent: bool
    unit: str
    scopes: frozenset[str]
    years: tuple[int, ...]
    quarter: int


def view(q: ParsedQuery) -> QuestionView:
    """Read a parsed question for fact matching."""
    text = strip_provinces(q.expanded)
    words = tuple(
        dict.fromkeys(t for t in tokenize(text) if t not in FIGURE_STOP and not re.fullmatch(r"\d{4}", t))
    )
    levels: set[str] = set()
    for m in _LEVEL_Q.finditer(q.expanded):
        if m.group(1):
            levels.add(m.group(1))
        else:
            levels.add("3" if m.group(2) == "mot phan" else "4")
    unit = ""
    asked = _COUNTED_Q.search(q.expanded)
    for text in ((asked.group(1),) if asked else ()) + (q.expanded,):
        unit = next((u for u in UNITS if re.search(rf"\b{u}\b", text)), "")
        if unit:
            break
    scopes = frozenset(name for name, pat in _SCOPE_Q if pat.search(q.expanded))
    return QuestionView(
        words=words, levels=frozenset(levels), percent=bool(_PERCENT_Q.search(q.folded)),
        unit=unit, scopes=scopes, years=q.years, quarter=q.quarter,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Features: each a small function of (question, fact, context) → a number


@dataclass(frozen=True)
class Context:
    """What a feature may know beyond the question and the fact: corpus idf, retrieval rank of
    the fact's chunk, the labels of a headline's parts, the report's year and quarter."""

    idf: dict[str, float]
    chunk_rank: int  # 1-based rank of the fact's chunk among the retrieved hits
    part_labels: tuple[str, ...]  # folded labels of the fact's parts (a headline)
    year: int
    quarter: int


# Facts' clauses and sections, folded once (fold repairs OCR word by word: not free).
_fold = functools.lru_cache(maxsize=16384)(fold)

# One-word abbreviations and the words they stand for ("dvc" → dich vu cong), both ways.
_ABBR = {k: v[0].split() for k, v in ABBREVIATIONS.items() if " " not in k}


@functools.lru_cache(maxsize=8192)
def _tokens_of(text: str) -> frozenset[str]:
    toks = set(tokenize(text))
    toks |= {w for t in list(toks) for w in _ABBR.get(t, ())}
    toks |= {a for a, words in _ABBR.items() if all(w in toks for w in words)}
    return frozenset(toks | {"~" + _SKELETON.sub("", t) for t in toks if len(t) >= 3})


def _share(words: Sequence[str], text: str, idf: dict[str, float]) -> float:
    """idf-weighted share of `words` found in `text` (a word or its vowel-free skeleton)."""
    if not words:
        return 0.0
    have = _tokens_of(text)
    total = sum(idf.get(w, 1.0) for w in words)
    got = sum(
        idf.get(w, 1.0)
        for w in words
        if w in have or (len(w) >= 3 and "~" + _SKELETON.sub("", w) in have)
    )
    return got / total if total else 0.0


def f_lex_counts(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in what the fact counts (its item and part label)."""
    return _share(v.words, f"{f.counts_folded} {f.label_folded}", c.idf)


def f_lex_clause(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words anywhere in the fact's clause."""
    return _share(v.words, _fold(f.clause), c.idf)


def f_lex_lead(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in what the clause sits under (paragraph opening, headline)."""
    return _share(v.words, f.lead, c.idf)


def f_section(v: QuestionView, f: Fact, c: Context) -> float:
    """Share of the question's words in the fact's section heading."""
    return _share(v.words, _fold(f.section), c.idf)


def f_retrieval(v: QuestionView, f: Fact, c: Context) -> float:
    """How high the retriever ranked the fact's chunk (1 for the first, 1/2, 1/3 …)."""
    return 1.0 / c.chunk_rank if c.chunk_rank else 0.0


def _levels_of(level: str) -> set[str]:
    if level == "toan trinh":
        return {"4"}
    if level == "mot phan":
        return {"3"}
    return set(level.split(",")) - {""}


def f_level_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the asked service level is the fact's, -1 when the fact is of another level."""
    if not v.levels or not f.level:
        return 0.0
    return 1.0 if v.levels & _levels_of(f.level) else -1.0


def f_level_missing(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question asks a service level and the fact names none."""
    return 1.0 if v.levels and not f.level else 0.0


def f_level_unasked(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the fact is of one service level and the question names none."""
    return 1.0 if f.level and not v.levels else 0.0


def f_unit_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question counts the fact's unit, -1 when both name different units."""
    if not v.unit or not f.unit or f.unit == "%":
        return 0.0
    return 1.0 if _same_unit(v.unit, f.unit) or v.unit in f.counts_folded else -1.0


def f_scope_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the asked scope (tỉnh/huyện/xã) is the fact's, -1 when the fact has another."""
    if not v.scopes or not f.scope:
        return 0.0
    return 1.0 if v.scopes & set(f.scope.split(",")) else -1.0


def f_scope_unasked(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the fact is about one scope and the question names none."""
    return 1.0 if f.scope and not v.scopes else 0.0


def f_part_named(v: QuestionView, f: Fact, c: Context) -> float:
    """For a part of a breakdown: the share of its label the question names (0 otherwise)."""
    if not f.parent or not f.label_folded:
        return 0.0
    label = [t for t in tokenize(f.label_folded) if t not in FIGURE_STOP]
    return _share(label, " ".join(v.words), c.idf) if label else 0.0


def f_part_unnamed(v: QuestionView, f: Fact, c: Context) -> float:
    """For a part of a breakdown whose label the question does not name: 1 (asks the whole)."""
    if not f.parent:
        return 0.0
    return 1.0 - f_part_named(v, f, c)


def f_headline_part_asked(v: QuestionView, f: Fact, c: Context) -> float:
    """For a headline with parts: the best share of one part's label the question names
    (the question asks a part, not the headline)."""
    best = 0.0
    q = " ".join(v.words)
    for label in c.part_labels:
        words = [t for t in tokenize(label) if t not in FIGURE_STOP]
        if words:
            best = max(best, _share(words, q, c.idf))
    return best


def f_percent_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the question asks a percentage and the fact is one (or neither), -1 otherwise."""
    return 1.0 if v.percent == (f.kind == "percent") else -1.0


def f_period_match(v: QuestionView, f: Fact, c: Context) -> float:
    """1 when the year/quarter asked is the fact's (its clause or report), -1 when not; 0 unasked."""
    if not v.years and not v.quarter:
        return 0.0
    ok = True
    if v.years:
        ok = c.year in v.years or any(str(y) in f.when or str(y) in f.clause for y in v.years)
    if ok and v.quarter and c.quarter:
        ok = v.quarter == c.quarter
    return 1.0 if ok else -1.0


def f_log_value(v: QuestionView, f: Fact, c: Context) -> float:
    """Size of the figure (log10): one-digit counts are often list numbers or OCR."""
    try:
        n = float(f.norm.split("/")[0])
    except ValueError:
        return 0.0
    return math.log10(1.0 + abs(n))


Feature = Callable[[QuestionView, Fact, Context], float]
FEATURES: dict[str, Feature] = {
    "lex_counts": f_lex_counts,
    "lex_clause": f_lex_clause,
    "lex_lead": f_lex_lead,
    "section": f_section,
    "retrieval": f_retrieval,
    "level_match": f_level_match,
    "level_unasked": f_level_unasked,
    "level_missing": f_level_missing,
    "unit_match": f_unit_match,
    "scope_match": f_scope_match,
    "scope_unasked": f_scope_unasked,
    "part_named": f_part_named,
    "part_unnamed": f_part_unnamed,
    "headline_part_asked": f_headline_part_asked,
    "percent_match": f_percent_match,
    "period_match": f_period_match,
    "log_value": f_log_value,
}


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


def index_facts(index: LoadedIndex, index_dir: Path) -> list[Fact]:
    """The loaded generation's fact table (built from its chunks when the file is missing)."""
    gen_dir = index_dir / index.generation
    if (gen_dir / FACTS_FILE).exists():
        return load_facts(gen_dir, (), ())
    return build_facts(index.reports.values(), index.chunks)


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
        scored = [
            Scored(f, x, self.weights.prob(x))
            for f, x in self.matcher.candidates(q, retrieval, self.weights.features)
            if self._in_period(q, f)
        ]
        scored.sort(key=lambda s: -s.prob)
        seen: set[tuple[str, str]] = set()
        out = []
        for s in scored:
            key = (s.fact.report_id, s.fact.norm)
            if key not in seen:
                seen.add(key)
                out.append(s)
        return out

    def _in_period(self, q: ParsedQuery, f: Fact) -> bool:
        """A fact can answer a question naming a year only if its report is of that year or
        its clause names it (a filter, like the province one: not a weighed preference)."""
        if not q.years:
            return True
        report = self.index.reports.get(f.report_id)
        if report is not None and report.year in q.years:
            return True
        return any(str(y) in f.clause for y in q.years)

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

    @staticmethod
    def _holds(f: Fact, en: bool) -> str:
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", f.when):
            return f"as of {f.when}" if en else f"tính đến {f.when}"
        if f.period:
            return f"report period {f.period}" if en else f"kỳ báo cáo {f.period}"
        return ""

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
        sources = "\n".join(source_line(c, en) for c in cits)
        text = "\n".join(lines) + f"\n\n{'Sources' if en else 'Nguồn'}:\n{sources}"
        return Answer(q.text, text, False, tuple(cits), figure="",
                      confidence=round(shown[0].prob, 3), language=language)  # fmt: skip

    def _abstain(self, q: ParsedQuery, retrieval: Retrieval, language: str, p: float) -> Answer:
        en = language == "en"
        near = []
        for i, h in enumerate(retrieval.hits[: self.max_citations]):
            facts = self.matcher.by_chunk.get(h.chunk.id)
            if facts:
                near.append(self._citation(i + 1, facts[0]))
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

    def _citation(self, n: int, f: Fact) -> Citation:
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        r = self.index.reports[f.report_id]
        span = next((s for s in chunk.spans if (s.start, s.end) == (f.span_start, f.span_end)),
                    Span(f.span_start, f.span_end, f.line_start, f.line_end, f.page))  # fmt: skip
        return cite(r, n, chunk, span, 0.0)
