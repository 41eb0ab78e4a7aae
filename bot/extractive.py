"""Extractive answering: pick the clause that answers, lead with its figure, cite it. No LLM."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from bot.answer import Answer, Citation
from index.build import LoadedIndex
from index.chunk import Chunk, Span
from index.lexical import tokenize
from index.metadata import Report
from index.normalize import fold
from index.normalize import is_syllable
from index.query import GLOSSARY, GLOSSARY_RE, REVERSE, REVERSE_RE, ParsedQuery
from index.retrieve import Hit, Retrieval

# Question words that carry no topic (folded Vietnamese and English).
STOP = frozenset(
    """bao nhieu co khong la gi nao the nao cua tinh o tai trong cho den va voi da duoc bi
    nhung cac mot so hien nay hay cho biet xin vui long ban ve theo thi sao con nam quy
    how many much what which who whom when where why is are was were does did have has had
    the a an of in on at for to by from and or with about tell me please there their its it
    this that as be been being number total province provincial""".split()
)
# Words that ask for a figure, a percentage, a date or a person.
_WANTS_NUMBER = re.compile(
    r"\b(bao nhieu|so luong|tong so|how many|how much|number of|total|ty le|percent|percentage|"
    r"rate|share|score|diem|xep thu|rank|ranked|kinh phi|budget|dong|vnd|bao nhieu phan tram)\b"
)
_WANTS_PERCENT = re.compile(r"\b(ty le|percent|percentage|phan tram|rate|share)\b|%")
_WANTS_DATE = re.compile(r"\b(khi nao|ngay nao|luc nao|thoi diem|when|what date|which date)\b")
_WANTS_PERSON = re.compile(r"\b(ai ky|nguoi ky|who signed|signed by|ai la|who)\b")

_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)(?![\d/])")
_DOCNUM = re.compile(r"\d+\s*/\s*(?:\d{4}/)?[A-ZĐ]{1,}[A-ZĐa-z0-9&-]*")
_FIG = re.compile(
    r"(?<![\w/.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\w/€&])|(?<![\w/.,])\d+(?:[.,]\d+)?(?![\w/€&])"
)
_LEVEL_WORD = re.compile(r"\b(muc|do|level|mirc|mic|murc)\s*$")
# Nouns a count can be of; a figure followed by one the question does not ask about is suspect.
_UNITS = frozenset(
    "ho hs van tin bai nhiem luot cuoc don doanh gian chung tram may dvc tthc thu dong ngan".split()
)


def _unit_mismatch(text: str, pos: int, figure: str, q_words: set[str]) -> bool:
    """True when the figure counts something else (e.g. dossiers when services were asked)."""
    after = tokenize(fold(text[pos + len(figure.rstrip("%")) : pos + len(figure) + 16]))
    if not after or after[0].replace(".", "").isdigit():
        return False
    return after[0] in _UNITS and after[0] not in q_words


@dataclass(frozen=True)
class Candidate:
    """A clause of a retrieved chunk, scored against the question."""

    hit: Hit
    span: Span
    score: float
    coverage: float
    figure: str
    figure_pos: int


Concept = tuple[tuple[str, ...], ...]  # alternatives; each alternative is a token sequence


def concepts(q: ParsedQuery) -> list[Concept]:
    """What a clause must mention to answer: the question's own Vietnamese-looking words and
    numbers, with abbreviation/expansion as alternatives, plus the Vietnamese wording of any
    English domain term (English words themselves never occur in the reports)."""
    province_words: set[str] = set()
    for p in q.provinces:
        province_words.update(tokenize(fold(p)))
    out: list[Concept] = []
    seen: set[str] = set()

    def add(token: str, alts: tuple[tuple[str, ...], ...] = ()) -> None:
        if token in STOP or token in province_words or token in seen:
            return
        if re.fullmatch(r"(19|20)\d\d", token):  # years narrow the search, not topic words
            return
        seen.add(token)
        out.append(((token,), *alts))

    tokens = tokenize(q.folded)
    glossary_hits = list(GLOSSARY_RE.finditer(q.folded))
    reverse_hits = list(REVERSE_RE.finditer(q.folded))
    english_spans = [m for m in glossary_hits if not all(is_syllable(t) for t in m.group(1).split())]
    abbrev_of: dict[str, tuple[str, ...]] = {}
    for m in reverse_hits:
        for t in m.group(1).split():
            abbrev_of[t] = (REVERSE[m.group(1)],)
    for t in tokens:
        key = t if t in GLOSSARY else None
        if key and all(not is_syllable(x) for x in key.split()) and " " not in key:
            # An abbreviation (dvc, tthc): its expansion is an equally good match.
            add(t, tuple(tuple(e.split()) for e in GLOSSARY[key]))
        elif is_syllable(t) or t.replace(".", "").isdigit():
            add(t, (abbrev_of[t],) if t in abbrev_of else ())
    for m in english_spans:
        if " " not in m.group(1) and m.group(1) in seen:
            continue
        for expansion in GLOSSARY[m.group(1)][:1]:
            for t in expansion.split():
                add(t)
    return out


def _bigrams(tokens: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in zip(tokens, tokens[1:], strict=False)}


class ExtractiveAnswerer:
    """Scores clauses of the retrieved chunks by idf-weighted term and phrase overlap."""

    def __init__(self, index: LoadedIndex, min_confidence: float, max_citations: int) -> None:
        self.index = index
        self.min_confidence = min_confidence
        self.max_citations = max_citations
        df: Counter[str] = Counter()
        for f in index.folded:
            df.update(set(tokenize(f)))
        n = max(1, len(index.folded))
        self._idf = {t: math.log(1 + n / (1 + c)) for t, c in df.items()}
        self._idf_default = math.log(1 + n)
        self._span_cache: dict[tuple[str, int], list[str]] = {}
        self._last_distance = 0

    def idf(self, term: str) -> float:
        """Inverse document frequency of a folded token over the chunks."""
        return self._idf.get(term, self._idf_default)

    def _span_tokens(self, chunk: Chunk, span: Span) -> list[str]:
        key = (chunk.id, span.start)
        if key not in self._span_cache:
            self._span_cache[key] = tokenize(fold(chunk.sentence(span)))
        return self._span_cache[key]

    # -----------------------------------------------------------------------------------------

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer:
        """The best-supported clause with its figure, or an abstention with nearest passages."""
        en = language == "en"
        if retrieval.missing_provinces and not retrieval.provinces:
            names = ", ".join(retrieval.missing_provinces)
            have = ", ".join(sorted({r.province for r in self.index.reports.values()}))
            text = (
                f"Not found: the reports hold nothing about {names}. Provinces covered: {have}."
                if en
                else f"Không tìm thấy: kho báo cáo không có báo cáo nào về {names}. "
                f"Các tỉnh hiện có: {have}."
            )
            return Answer(q.text, text, True, (), language=language)
        if not retrieval.hits:
            text = "Not found in the reports." if en else "Không tìm thấy trong các báo cáo."
            return Answer(q.text, text, True, (), language=language)

        cands = self._candidates(q, retrieval.hits)
        if not cands:
            return self._abstain(q, retrieval.hits, language, 0.0)
        best = cands[0]
        confidence = best.coverage
        period_missing = self._period_missing(q, best)
        if confidence < self.min_confidence or period_missing:
            return self._abstain(q, retrieval.hits, language, confidence, period_missing)

        chosen = [best]
        # Another report's clause about the same thing (another date or province) is said too.
        for c in cands[1:]:
            if len(chosen) >= self.max_citations:
                break
            if c.hit.chunk.report_id in {x.hit.chunk.report_id for x in chosen}:
                continue
            if c.coverage >= max(self.min_confidence, 0.85 * best.coverage) and (
                c.figure or not best.figure
            ):
                chosen.append(c)
        citations = [self._citation(i + 1, c) for i, c in enumerate(chosen)]
        text = self._compose(q, chosen, citations, en)
        return Answer(
            q.text, text, False, tuple(citations), figure=best.figure,
            confidence=round(confidence, 3), language=language,
        )  # fmt: skip

    # -----------------------------------------------------------------------------------------

    def _candidates(self, q: ParsedQuery, hits: list[Hit]) -> list[Candidate]:
        needed = concepts(q)
        weights = [self.idf(c[0][0]) for c in needed]
        total = sum(weights) or 1.0
        province_words = {t for p in q.provinces for t in tokenize(fold(p))}
        q_tokens = [t for t in tokenize(q.expanded) if t not in STOP and t not in province_words]
        q_bigrams = _bigrams(q_tokens)
        wants_number = bool(_WANTS_NUMBER.search(q.folded))
        wants_percent = bool(_WANTS_PERCENT.search(q.folded))
        q_words = set(q_tokens)
        top = hits[0].score if hits else 1.0
        out: list[Candidate] = []
        for rank, hit in enumerate(hits):
            chunk = hit.chunk
            section_tokens = set(tokenize(fold(chunk.section)))
            for span in chunk.spans:
                toks = self._span_tokens(chunk, span)
                if not toks:
                    continue
                tokset = set(toks)
                matched = 0.0
                for concept, w in zip(needed, weights, strict=True):
                    if any(all(t in tokset for t in alt) for alt in concept):
                        matched += w
                    elif any(all(t in section_tokens for t in alt) for alt in concept):
                        matched += 0.5 * w
                coverage = matched / total
                phrase = len(q_bigrams & _bigrams(toks))
                text = chunk.sentence(span)
                figure, fpos = self._figure(text, q, needed, wants_percent)
                score = coverage + 0.3 * phrase / max(1, len(q_bigrams)) + 0.15 * hit.score / top
                score -= 0.01 * rank
                if wants_number:
                    score += 0.15 if figure else -0.25
                    if figure and self._last_distance <= 40:
                        score += 0.1  # the figure follows the asked words closely
                    if figure and _unit_mismatch(text, fpos, figure, q_words):
                        score -= 0.2
                if len(toks) < 4:
                    score -= 0.2
                out.append(Candidate(hit, span, score, min(1.0, coverage), figure, fpos))
        out.sort(key=lambda c: (-c.score, c.hit.chunk.id, c.span.start))
        return out

    def _figure(
        self, text: str, q: ParsedQuery, needed: list[Concept], wants_percent: bool
    ) -> tuple[str, int]:
        """The figure the clause gives for the asked thing: first number after the last
        question term, skipping dates, document numbers and numbers the question itself names."""
        blocked = [(m.start(), m.end()) for m in _DATE.finditer(text)]
        blocked += [(m.start(), m.end()) for m in _DOCNUM.finditer(text)]
        q_numbers = {t for t in tokenize(q.folded) if t.replace(".", "").isdigit()}
        anchor = self._anchor(text, needed)
        best: tuple[int, str, int] | None = None
        for m in _FIG.finditer(text):
            s, e = m.start(), m.end()
            if any(a <= s < b for a, b in blocked):
                continue
            raw = m.group(0)
            canon = fold(raw)
            if canon in q_numbers:
                continue
            if _LEVEL_WORD.search(fold(text[max(0, s - 10) : s])):
                continue  # the 4 of "muc do 4" names a level, it is not a figure
            if re.fullmatch(r"(19|20)\d\d", raw) and re.search(r"(nam|nim|ndm|year)\s*$", fold(text[max(0, s - 8) : s])):
                continue
            is_percent = text[e : e + 2].lstrip().startswith("%")
            if wants_percent and not is_percent:
                continue
            # Prefer the first number after the anchor, then the nearest before it; a percentage
            # answers "how many" only when nothing else does.
            dist = s - anchor if s >= anchor else 10_000 + (anchor - s)
            if is_percent and not wants_percent:
                dist += 100_000
            if best is None or dist < best[0]:
                best = (dist, raw + ("%" if is_percent else ""), s)
        if best is None:
            return "", -1
        self._last_distance = best[0]
        return best[1], best[2]

    def _anchor(self, text: str, needed: list[Concept]) -> int:
        """Offset just after the shortest prefix of the clause that names every question concept
        the clause names at all: the figure usually follows it ("... muc do 4 la: 1.044")."""
        words = [(m.end(), set(tokenize(fold(m.group(0))))) for m in re.finditer(r"\S+", text)]
        seen: set[int] = set()
        present: set[int] = set()
        toks_all: set[str] = set().union(*(w for _, w in words)) if words else set()
        for i, concept in enumerate(needed):
            if any(all(t in toks_all for t in alt) for alt in concept):
                present.add(i)
        if not present:
            return 0
        for end, toks in words:
            for i in present - seen:
                if any(alt[-1] in toks for alt in needed[i]):
                    seen.add(i)
            if seen == present:
                return end
        return 0

    def _period_missing(self, q: ParsedQuery, best: Candidate) -> bool:
        """The question names a year none of the matching reports covers nor mentions."""
        if not q.years:
            return False
        reports = self.index.reports.values()
        if q.provinces:
            reports = [r for r in reports if r.province in q.provinces]
        if any(r.year in q.years for r in reports):
            return False
        text = best.hit.chunk.text
        return not any(str(y) in text for y in q.years)

    # -----------------------------------------------------------------------------------------

    def _date_for(self, c: Candidate) -> str:
        """The date the figure holds for: in the clause, else earlier in its paragraph."""
        chunk = c.hit.chunk
        m = list(_DATE.finditer(chunk.sentence(c.span)))
        if m:
            return "/".join(str(int(g)) if i < 2 else g for i, g in enumerate(m[0].groups()))
        para_start = chunk.text.rfind("\n", 0, c.span.start) + 1
        before = chunk.text[para_start : c.span.start]
        found = list(_DATE.finditer(before))
        if found:
            g = found[-1].groups()
            return f"{int(g[0])}/{int(g[1])}/{g[2]}"
        return ""

    def _citation(self, n: int, c: Candidate) -> Citation:
        chunk = c.hit.chunk
        r = self.index.reports[chunk.report_id]
        para_start = chunk.text.rfind("\n", 0, c.span.start) + 1
        para_end = chunk.text.find("\n", c.span.end)
        context = chunk.text[para_start : para_end if para_end >= 0 else len(chunk.text)]
        return Citation(
            n=n, report_id=r.id, title=r.title, number=r.number, agency=r.agency,
            date=r.date_vn, section=chunk.section, quote=chunk.sentence(c.span).strip(),
            score=round(c.score, 3), province=r.province, period=r.period, chunk_id=chunk.id,
            line_start=c.span.line_start, line_end=c.span.line_end, context=context,
        )  # fmt: skip

    def _compose(
        self, q: ParsedQuery, chosen: list[Candidate], cits: list[Citation], en: bool
    ) -> str:
        lines: list[str] = []
        for c, cit in zip(chosen, cits, strict=True):
            r: Report = self.index.reports[c.hit.chunk.report_id]
            when = self._date_for(c)
            if en:
                holds = f"as of {when}" if when else f"report period {r.period}"
                head = f"**{c.figure}** " if c.figure else ""
                lines.append(
                    f"{head}({r.province}, {holds}) [{cit.n}]\n> {cit.quote}"
                )
            else:
                holds = f"tính đến {when}" if when else f"kỳ báo cáo {r.period}"
                head = f"**{c.figure}** " if c.figure else ""
                lines.append(f"{head}({r.province}, {holds}) [{cit.n}]\n> {cit.quote}")
        sources = "\n".join(
            f"[{c.n}] {c.number or '(no number)' if en else c.number or '(không số)'}, {c.agency}, "
            f"{c.date or c.period}; {'section' if en else 'mục'}: {c.section}; "
            f"{'lines' if en else 'dòng'} {c.line_start}–{c.line_end}"
            for c in cits
        )
        label = "Sources" if en else "Nguồn"
        return "\n\n".join(lines) + f"\n\n{label}:\n{sources}"

    def _abstain(
        self,
        q: ParsedQuery,
        hits: list[Hit],
        language: str,
        confidence: float,
        period_missing: bool = False,
    ) -> Answer:
        en = language == "en"
        near = []
        for i, h in enumerate(hits[: self.max_citations]):
            span = h.chunk.spans[0] if h.chunk.spans else Span(0, len(h.chunk.text), h.chunk.line_start, h.chunk.line_end)
            near.append(self._citation(i + 1, Candidate(h, span, h.score, 0.0, "", -1)))
        why = ""
        if period_missing:
            years = ", ".join(str(y) for y in q.years)
            why = (f" No report covers {years}." if en else f" Không có báo cáo nào cho năm {years}.")
        head = (
            "Not found in the reports." + why + " The nearest passages are:"
            if en
            else "Không tìm thấy trong các báo cáo." + why + " Các đoạn gần nhất:"
        )
        lines = [head] + [
            f"[{c.n}] {c.agency}, {c.date or c.period} — {c.section}: “{c.quote[:160]}”" for c in near
        ]
        return Answer(
            q.text, "\n".join(lines), True, tuple(near), confidence=round(confidence, 3),
            language=language,
        )  # fmt: skip
