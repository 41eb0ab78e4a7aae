"""Answers about documents a report refers to ("Kế hoạch CCHC 2022 của Đồng Tháp là kế hoạch
số mấy?"), from the index's table of document references (index/docrefs.py): the question's
subject words are matched against each reference's subject, issuer and the clause around it,
weighted by how rare each word is in the reports; the best reference's number (and date) is
the answer, in bold, cited to its line. When two documents match about as well, the answer lists
them without a bold figure; when none matches well, it says so."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.docref_ask import ENGLISH_TYPES, DocAsk
from bot.docref_issuer import (
    ISSUER_ONLY_COVERAGE,
    OPENING_CHARS,
    Scored,
    doc_key,
    loose_key,
    only_of_issuer,
    other_issuers_down,
    rest_in_topic,
)
from bot.docref_report import answered, asked_report, opening_refs
from bot.docref_words import UBND, UBND_WORDS, asked_phrases, asked_words, issuer_words, words_of
from bot.extractive import cite, source_line
from bot.stopwords import STOP
from core.query import ParsedQuery, terms_named
from core.result import Answer, Citation, FigureCandidate
from core.text import fold
from index.docrefs import TYPE_WORDS, DocRef
from index.generations import LoadedIndex
from index.lexical import tokenize

# A word found only in the clause before a reference (what was done under it: "tuyển dụng
# giáo viên … theo Kế hoạch số 849") counts this much of a word of its subject: the clause
# often is the only place a document's topic is said, but it may be about the sentence.
CONTEXT_WEIGHT = 0.7
# A word found only in the section heading above a reference counts this much: a heading
# names the area ("Cải cách thể chế"), not the document.
SECTION_WEIGHT = 0.3
# A reference of another type than the one asked (a decision when a plan is asked) keeps this
# share of its score: reports mislabel now and then ("Kế hoạch số 01/QĐ-BCĐ"), so it is not
# ruled out.
KIND_MISMATCH = 0.5
# A reference whose issuer the question names in full ("của Văn phòng UBND tỉnh", "của Bộ Nội
# vụ") gains this much: the province's plan and its office's own plan share their subject.
ISSUER_BONUS = 0.15
# A reference whose subject names years, none of them the asked one ("kế hoạch … năm 2019"
# for "năm 2022"), keeps this share of its score.
YEAR_MISMATCH = 0.5
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d|19[89]\d)(?!\d)")
# A question word said next to another one ("chuyển đổi") found in a reference only apart from
# it counts this share: "chuyển" in one place and "đổi" in another are not "chuyển đổi".
SCATTERED_WEIGHT = 0.5
# The share of the question's subject weight the best reference must cover (ISSUER_BONUS and
# PRECISION_WEIGHT rank, they make no match) to be stated in bold, and its lead over the best other
# document. Set on the author's own 52 questions written from the reports (not the evaluation
# sets): right answers covered 0.69–1.0 with leads of 0.26 or more (one 0.05: two plans alike,
# listed); near misses and questions the reports cannot answer stayed at 0.42 or under. The
# threshold is the middle of that gap.
MIN_COVERAGE = 0.55
MIN_LEAD = 0.1
# Below MIN_COVERAGE but at least this: the two or three best documents are listed as
# candidates, none in bold. Below it: "not found".
MIN_CANDIDATE = 0.4
# Among references that cover the question alike, the one whose subject says little else
# ("… cải cách hành chính năm 2022" over "Kiểm tra công tác cải cách hành chính năm 2022" for
# a plan on administrative reform) gains up to this much: the share of its subject's words
# (at most SUBJECT_WORDS, or the clause before it when it has no subject) the question says.
# Only for a question read whole: an English one with words no term reads cannot tell.
PRECISION_WEIGHT = 0.25
SUBJECT_WORDS = 15
# How many references an unsure answer lists.
CANDIDATES = 3

# Words of a document question that say nothing of its subject (folded): asking words,
# type words, filler; the issuer words stay (they tell a province's plan from its office's).
_ASK_WORDS = frozenset(
    """so may hieu ky nao gi bao nhieu la ban hanh theo bang ngay thang khi luc gio duoc da
    tai ve viec dat ra cho boi nay do rieng minh tinh vao number which what under issued issue
    dated date when by whose whom called named set up""".split()  # noqa: SIM905
)
_TYPE_TOKENS = frozenset(w for k in (*TYPE_WORDS, *ENGLISH_TYPES, "van ban") for w in k.split())
# What a document does, in English, as a report's subject opens ("Quyết định … về việc thành
# lập / kiện toàn / phê duyệt / ban hành Quy chế …"): the verbs of document subjects, which the
# domain lexicon (figures and their units) does not hold. Read with the glossary and lexicon.
DOC_VERBS: dict[str, str] = {
    "establish": "thanh lap", "establishing": "thanh lap", "established": "thanh lap",
    "set up": "thanh lap", "setting up": "thanh lap", "founding": "thanh lap",
    "consolidate": "kien toan", "consolidating": "kien toan", "reorganise": "kien toan",
    "reorganize": "kien toan", "approve": "phe duyet", "approving": "phe duyet",
    "approval": "phe duyet", "approved": "phe duyet", "regulation": "quy che",
    "regulations": "quy che", "operating rules": "quy che hoat dong", "check": "kiem tra",
    "checking": "kiem tra", "inspect": "kiem tra", "inspecting": "kiem tra",
    "review": "ra soat", "reviewing": "ra soat", "implementing": "trien khai thuc hien",
    "implementation": "trien khai thuc hien", "amend": "sua doi", "amending": "sua doi",
    "guidance": "huong dan", "guiding": "huong dan", "support team": "to giup viec",
    "working group": "to giup viec", "task force": "to cong tac",
}  # fmt: skip
_DOC_VERBS_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(DOC_VERBS, key=len, reverse=True)) + r")\b"
)


def english_terms(english: str) -> list[str]:
    """The reports' words (folded) an English text names: glossary, lexicon, document verbs."""
    return [*terms_named(english), *(DOC_VERBS[m.group(1)] for m in _DOC_VERBS_RE.finditer(english))]


# "Sở TT&TT": the Department of Information and Communications, as reports' agencies are named.
_TTTT = re.compile(r"\btt\s*&?\s*tt\b")


def _agency_words(agency: str, province: str) -> str:
    """A report's agency as a question names it, folded, without its province and "tỉnh"
    ("so thong tin va truyen thong"); "" for the provincial committee itself (UBND tỉnh)."""
    words = [w for w in tokenize(fold(agency)) if w not in set(tokenize(fold(province))) | {"tinh"}]
    return "" if len(words) < 3 else " ".join(words)


# An acronym in an English question (CCHC, PAPI, QPPL) is the reports' own word.
_ACRONYM = re.compile(r"\b[A-ZĐ]{2,}\b")


@dataclass(frozen=True)
class Subject:
    """What a document question is about: its words with their weights, the pairs of them it
    says side by side ("chuyển đổi" of "chuyển đổi số"), and the weight of its English words
    no term reads (each as much as an average word it reads, so a question half understood is
    not matched on its other half)."""

    weights: dict[str, float]
    pairs: frozenset[tuple[str, str]]
    unread: float


class DocRefAnswerer:
    """Answers document questions from the index's document references."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self._refs: list[DocRef] | None = None
        self._idf: dict[str, float] = {}
        self._max_idf = 0.0
        self._agencies: list[str] = []  # the reports' own agencies, folded, without province

    @property
    def refs(self) -> list[DocRef]:
        """The index generation's document references (read once)."""
        if self._refs is None:
            self._refs = self.index.docrefs()
            df: Counter[str] = Counter()
            for f in self.index.folded:
                df.update(set(tokenize(f)))
            n = max(1, len(self.index.folded))
            self._agencies = sorted(
                {a for r in self.index.reports.values() if (a := _agency_words(r.agency, r.province))},
                key=len, reverse=True,
            )
            self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
            self._max_idf = math.log(1 + n)
        return self._refs

    def answer(
        self, q: ParsedQuery, ask: DocAsk, provinces: Sequence[str], language: str
    ) -> Answer | None:
        """The answer, or None when the question is not for this answerer after all (a
        document number no report names, a "báo cáo" question no referred-to report fits)."""
        refs = [r for r in self.refs if not provinces or r.province in provinces]
        if ask.named:
            named = [r for r in refs if any(names_ref(key, r) for key in ask.named)]
            # where the report says what is asked ("Nghị quyết số 76/NQ-CP ngày 15/7/2021" over
            # an earlier "Nghị quyết số 76/NQ-CP của Chính phủ")
            named.sort(key=lambda r: not {"date": r.date, "issuer": r.issuer}.get(
                ask.field, r.subject))  # fmt: skip
            if named:
                return self._state(q, ask, named[0], language, 1.0)
            if any(re.search(r"/bc(?:-|$)", key) for key in ask.named):
                return None  # a report's own number: the report-fact answerer's
            return self._not_named(q, ask, language)
        own = answered(self.index, q, ask.kind, refs, self.refs)  # "report no. 98 …"
        if own is not None:
            return self._state(q, ask, own, language, 1.0)
        if ask.basis:  # no opening clause answers it: not found when the report is known,
            # with the documents its opening does cite (any type) as the nearest
            if not asked_report(self.index, q):
                return None
            cited = opening_refs(self.index, q, "", refs, either=True)
            return self._not_found(q, [Scored(r, 1.0) for r in cited], language)
        ranked = self.rank(q, ask, refs, language)
        best = ranked[0] if ranked else None
        if ask.about_report and (
            best is None or best.coverage < MIN_COVERAGE or best.ref.kind != "bao cao"
        ):
            return None
        places = {w for p in q.provinces for w in tokenize(fold(p))}
        # the one document of the issuer named, of the type asked ("công văn nào của Sở Nội vụ"
        # is no plan of it)
        by_issuer = best is not None and _is_kind(best.ref, ask.kind) and only_of_issuer(
            best, ranked, asked_phrases(q, places), places
        )
        if by_issuer and best is not None and best.coverage < MIN_COVERAGE:
            # the lower floor only where the words it leaves are the citing report's topic
            by_issuer = self._rest_is_report_topic(q, ask, best.ref, language)
        floor = ISSUER_ONLY_COVERAGE if by_issuer else MIN_CANDIDATE
        if best is None or best.coverage < floor:
            return self._not_found(q, [s for s in ranked if _is_kind(s.ref, ask.kind)], language)
        other = next((s for s in ranked[1:] if doc_key(s.ref) != doc_key(best.ref)), None)
        lead = best.score - (other.score if other else 0.0)
        if (best.coverage >= MIN_COVERAGE or by_issuer) and lead >= MIN_LEAD:
            return self._state(q, ask, best.ref, language, best.score, lead)
        return self._unsure(q, ranked, language)

    def _rest_is_report_topic(
        self, q: ParsedQuery, ask: DocAsk, ref: DocRef, language: str
    ) -> bool:  # fmt: skip
        """Whether the question's subject words the reference does not say are all words of
        the topic of the report that cites it (its title, its opening lines): "the report on
        the e-government scheme was made under which letter of the department" asks the
        department's one letter; "which letter of the department on recruitment" does not."""
        subject = self.subject(q, language, ask.kind)
        if subject.unread:  # English words no term reads: a topic the report cannot vouch for
            return False
        said = words_of(ref.subject_folded) + words_of(ref.subject_ocr_folded)
        said += words_of(fold(ref.issuer)) + words_of(ref.context_folded)
        report = self.index.reports[ref.report_id]
        own = (c for c in self.index.chunks if c.report_id == ref.report_id)
        opening = min(own, key=lambda c: c.position).text
        topic = set(words_of(fold(report.title))) | set(words_of(fold(opening[:OPENING_CHARS])))
        return rest_in_topic(subject.weights, set(said), topic)

    def subject(self, q: ParsedQuery, language: str, kind: str = "") -> Subject:
        """The question's subject words with their weights (idf) and the word pairs it says
        together: for English, the reports' words its terms stand for, plus its own words the
        reports use (numbers, acronyms), and the words no term reads."""
        _ = self.refs  # the idf and the agencies, read once
        folded = _TTTT.sub("thong tin va truyen thong", q.folded)
        if kind:  # the asked type's own words say nothing of the subject; other types do
            folded = re.sub(rf"\b{kind}\b", " ", folded)
        for agency in self._agencies:  # who wrote the report asked about: where, not what
            folded = folded.replace(agency, " ")
        places = {w for p in q.provinces for w in tokenize(fold(p))}
        runs: list[list[str]] = []  # word sequences, each said as it stands
        unread: list[str] = []
        if language == "en":
            # asking words first: "number" would read as "số lượng"
            english = " ".join(w for w in folded.split()
                               if w not in _ASK_WORDS and w.rstrip("s") not in _TYPE_TOKENS)  # fmt: skip
            runs = [words_of(term) for term in english_terms(english)]
            unread = [w for w in _unread(english)
                      if w not in STOP and w not in _ASK_WORDS and w not in places]  # fmt: skip
            runs.append([t for t in tokenize(folded) if t.isdigit()])
            runs.append(words_of(fold(" ".join(_ACRONYM.findall(q.text)))))
            runs = [[w for w in run if w in self._idf] for run in runs]
        else:
            runs = [words_of(folded)]
        ubnd = "ubnd" in tokenize(UBND.sub("ubnd", " ".join(w for run in runs for w in run)))
        weights: dict[str, float] = {}
        pairs: set[tuple[str, str]] = set()
        for run in runs:
            keep = [w for w in run if w not in STOP and w not in _ASK_WORDS and w not in places
                    and not (ubnd and w in UBND_WORDS)]  # fmt: skip
            for w in keep:
                weights[w] = self._idf.get(w, self._max_idf)
            kept = set(keep)
            pairs |= {(a, b) for a, b in zip(run, run[1:], strict=False) if a in kept and b in kept}
        unread_weight = len(unread) * sum(weights.values()) / len(weights) if weights else 0.0
        return Subject(weights, frozenset(pairs), unread_weight)

    def rank(
        self, q: ParsedQuery, ask: DocAsk, refs: Sequence[DocRef], language: str
    ) -> list[Scored]:
        """References by how much of the question's subject they cover, best first."""
        subject = self.subject(q, language, ask.kind)
        weights = subject.weights
        total = sum(weights.values()) + subject.unread
        if not weights:
            return []
        paired = {w for pair in subject.pairs for w in pair}
        places = {w for r in refs for w in tokenize(fold(r.province))}
        question_words = asked_words(q)
        out: list[Scored] = []
        for r in refs:
            own_seq = words_of(r.subject_folded) + words_of(fold(r.issuer))
            ocr_seq = words_of(r.subject_ocr_folded)  # a word the restorer misread
            context_seq = words_of(r.context_folded)
            own = set(own_seq) | set(ocr_seq) | set(tokenize(fold(r.date.replace("/", " "))))
            # numbers said in its clause (the plan that carries it out: "plan 04 implements …")
            context = set(context_seq) | {t for t in tokenize(fold(r.clause)) if t.isdigit()}
            section = set(words_of(r.section_folded))
            together = {
                pair for seq in (own_seq, ocr_seq, context_seq)
                for pair in zip(seq, seq[1:], strict=False)
            }  # fmt: skip
            got = 0.0
            for w, idf in weights.items():
                credit = idf if w in own else CONTEXT_WEIGHT * idf if w in context else (
                    SECTION_WEIGHT * idf if w in section else 0.0)  # fmt: skip
                if credit and w in paired and not any(
                    p in together for p in subject.pairs if w in p
                ):
                    credit *= SCATTERED_WEIGHT  # "chuyển" and "đổi" apart are not "chuyển đổi"
                got += credit
            score = coverage = got / total
            if not subject.unread:
                score += PRECISION_WEIGHT * _precision(r, weights, self._idf)
            if ask.kind and ask.kind not in (r.kind, r.code_kind):
                score *= KIND_MISMATCH
            said = {int(y) for y in _YEAR.findall(r.subject_folded)}
            if q.years and said and not said & set(q.years):
                score *= YEAR_MISMATCH
                coverage *= YEAR_MISMATCH
            if ask.kind and ask.kind not in (r.kind, r.code_kind):
                coverage *= KIND_MISMATCH
            out.append(Scored(r, score, coverage))
        # the issuer the question names: the longest one it names in full ("Văn phòng UBND
        # tỉnh" over "UBND tỉnh")
        named = {i: issuer_words(s.ref.issuer, places) for i, s in enumerate(out)}
        named = {i: w for i, w in named.items() if w and w <= question_words}
        longest = max((len(w) for w in named.values()), default=0)
        out = [
            Scored(s.ref, s.score + ISSUER_BONUS, s.coverage, True)
            if len(named.get(i, ())) == longest > 0 else s
            for i, s in enumerate(out)
        ]
        out = other_issuers_down(q, out, places)
        out.sort(key=lambda s: -s.score)
        return out

    # -----------------------------------------------------------------------------------------

    def _cite(self, ref: DocRef, n: int, score: float) -> Citation:
        chunk = self.index.chunks[self.index.position[ref.chunk_id]]
        span = next(s for s in chunk.spans if (s.start, s.end) == (ref.span_start, ref.span_end))
        return cite(self.index.reports[ref.report_id], n, chunk, span, score)

    def _state(
        self, q: ParsedQuery, ask: DocAsk, ref: DocRef, language: str, score: float,
        lead: float = 1.0,
    ) -> Answer:  # fmt: skip
        """One document, its asked field in bold."""
        en = language == "en"
        c = self._cite(ref, 1, score)
        kind = _kind_label(ref.kind, en)
        dated = (" dated " if en else " ngày ") + ref.date if ref.date else ""
        by = (" by " if en else " của ") + ref.issuer if ref.issuer else ""
        about = f" — {ref.subject}" if ref.subject else ""
        if ask.field == "date":
            if not ref.date:
                return self._no_field(q, ref, c, language, "date")
            figure = ref.date
            head = (f"{kind} {ref.number}: **{figure}**" if not en
                    else f"{kind} {ref.number} is dated **{figure}**")  # fmt: skip
        elif ask.field == "issuer":
            if not ref.issuer:
                return self._no_field(q, ref, c, language, "issuer")
            figure = ref.issuer
            head = (f"{kind} {ref.number}{dated} do **{figure}** ban hành" if not en
                    else f"{kind} {ref.number}{dated} was issued by **{figure}**")  # fmt: skip
        elif ask.field == "subject":
            figure = ref.number
            head = f"**{figure}**{dated}{by}{about or (' — ' + c.quote)}"
        else:
            figure = ref.number
            head = f"{kind} **{figure}**{dated}{by}{about}"
        label = "Sources" if en else "Nguồn"
        text = f"{head} [1]\n> {c.quote}\n\n{label}:\n{source_line(c, en)}"
        option = FigureCandidate(ref.number, ref.subject or c.quote, ref.date, c)
        return Answer(
            q.text, text, False, (c,), figure=figure, confidence=round(score, 3),
            language=language, intent="document", counts=ref.subject, holds_for=ref.date,
            candidates=(option,), margin=round(lead, 3),
        )  # fmt: skip

    def _no_field(
        self, q: ParsedQuery, ref: DocRef, c: Citation, language: str, field: str
    ) -> Answer:
        en = language == "en"
        what = {"date": ("its date", "ngày ban hành"), "issuer": ("who issued it", "cơ quan ban hành")}
        say = what[field][0 if en else 1]
        text = (f"The report names {ref.number} without {say} [1].\n> {c.quote}" if en
                else f"Báo cáo nêu {ref.number} nhưng không ghi {say} [1].\n> {c.quote}")  # fmt: skip
        label = "Sources" if en else "Nguồn"
        return Answer(q.text, f"{text}\n\n{label}:\n{source_line(c, en)}", True, (c,),
                      language=language, intent="document")  # fmt: skip

    def _unsure(self, q: ParsedQuery, ranked: list[Scored], language: str) -> Answer:
        """Several documents fit about as well: list them, none in bold."""
        en = language == "en"
        picked: list[Scored] = []
        for s in ranked:
            if s.coverage < MIN_CANDIDATE or len(picked) >= CANDIDATES:
                break
            if all(doc_key(p.ref) != doc_key(s.ref) for p in picked):
                picked.append(s)
        citations = [self._cite(s.ref, i + 1, s.score) for i, s in enumerate(picked)]
        options = [
            FigureCandidate(s.ref.number, s.ref.subject or c.quote, s.ref.date, c)
            for s, c in zip(picked, citations, strict=True)
        ]
        head = ("Not sure — the documents that may fit:" if en
                else "Chưa chắc chắn — các văn bản có thể phù hợp:")  # fmt: skip
        lines = [head] + [f"- {o.figure} — “{o.counts}” ({o.holds_for}) [{o.citation.n}]"
                          for o in options]  # fmt: skip
        label = "Sources" if en else "Nguồn"
        sources = "\n".join(source_line(c, en) for c in citations)
        return Answer(
            q.text, "\n".join(lines) + f"\n\n{label}:\n{sources}", False, tuple(citations),
            confidence=round(picked[0].score, 3), language=language, intent="document",
            candidates=tuple(options),
        )  # fmt: skip

    def _not_named(self, q: ParsedQuery, ask: DocAsk, language: str) -> Answer:
        """A document number no report names."""
        en = language == "en"
        text = ("Not found in the reports: none of them names this document." if en
                else "Không tìm thấy trong các báo cáo: không báo cáo nào nêu văn bản này.")  # fmt: skip
        return Answer(q.text, text, True, (), language=language, intent="document")

    def _not_found(self, q: ParsedQuery, ranked: list[Scored], language: str) -> Answer:
        """No referred-to document fits: say so, with the nearest ones."""
        en = language == "en"
        text = ("Not found in the reports: no document they name fits this question." if en
                else "Không tìm thấy trong các báo cáo: không văn bản nào được nêu khớp với câu hỏi.")  # fmt: skip
        near: list[Scored] = []
        for s in ranked:
            if len(near) >= CANDIDATES:
                break
            if s.score > 0 and all(doc_key(p.ref) != doc_key(s.ref) for p in near):
                near.append(s)
        citations = tuple(self._cite(s.ref, i + 1, s.score) for i, s in enumerate(near))
        if citations:
            text += (" The nearest are:" if en else " Gần nhất:") + "".join(
                f"\n[{c.n}] {s.ref.number} — {c.quote}" for c, s in zip(citations, near, strict=True)
            )
        return Answer(q.text, text, True, citations, language=language, intent="document")


def _precision(ref: DocRef, weights: dict[str, float], idf: dict[str, float]) -> float:
    """The idf share of a reference's subject words the question's words cover (its
    province, "tỉnh" and "Ủy ban nhân dân" left out: they say where, not what)."""
    skip = STOP | UBND_WORDS | set(tokenize(fold(ref.province))) | {"tinh"}
    if ref.subject_folded.strip():
        words = [w for w in words_of(ref.subject_folded) if w not in skip][:SUBJECT_WORDS]
    else:
        words = [w for w in words_of(ref.context_folded) if w not in skip][-SUBJECT_WORDS:]
    total = sum(idf.get(w, 0.0) for w in words)
    return sum(idf.get(w, 0.0) for w in words if w in weights) / total if total else 0.0


def _unread(english: str) -> list[str]:
    """Content words of an English question that no glossary or lexicon term reads, alone or
    with a neighbour."""
    words = [w for w in re.findall(r"[a-z]+", english) if len(w) > 1]
    out = []
    for i, w in enumerate(words):
        pairs = [" ".join(words[max(0, i - 1) : i + 1]), " ".join(words[i : i + 2]), w]
        if not any(english_terms(p) for p in pairs) and not english_terms(w.rstrip("s")):
            out.append(w)
    return out


def names_ref(key: str, ref: DocRef) -> bool:
    """Whether a number a question names is the reference's: the same number, the same digits
    and type code, or ("76/nghi quyet") its digits and type."""
    digits, _, rest = key.partition("/")
    if not rest or rest in _KINDS:
        return ref.digits == digits and _is_kind(ref, rest)
    return ref.key == key or loose_key(ref.key) == loose_key(key)


_KINDS = frozenset(TYPE_WORDS.values())


def _is_kind(ref: DocRef, kind: str) -> bool:
    """Whether a reference is of the asked type ("" asks any)."""
    return not kind or kind in (ref.kind, ref.code_kind)


_KIND_LABELS = {
    "ke hoach": ("Kế hoạch", "Plan"), "quyet dinh": ("Quyết định", "Decision"),
    "nghi quyet": ("Nghị quyết", "Resolution"), "nghi dinh": ("Nghị định", "Decree"),
    "chi thi": ("Chỉ thị", "Directive"), "cong van": ("Công văn", "Official letter"),
    "thong tu": ("Thông tư", "Circular"), "thong bao": ("Thông báo", "Notice"),
    "bao cao": ("Báo cáo", "Report"), "ket luan": ("Kết luận", "Conclusion"),
    "huong dan": ("Hướng dẫn", "Guidance"), "chuong trinh": ("Chương trình", "Programme"),
}  # fmt: skip


def _kind_label(kind: str, en: bool) -> str:
    vi, eng = _KIND_LABELS.get(kind, ("Văn bản", "Document"))
    return eng if en else vi
