"""Section answers: 'Những hạn chế của Hải Dương là gì?' → the report section that holds them,
found by its heading and contents, answered with its items as a cited bulleted list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import Answer
from bot.intents_types import SECTION_KINDS, is_summary, joined_kinds, section_kinds
from bot.section_items import item_line, render_items
from bot.section_siblings import found_parts, grouped, render_groups
from bot.structure import (
    STOP,
    Idf,
    Para,
    Trees,
    Words,
    clip,
    coverage,
    has_phrase,
    heading_closes,
    items_of,
    marker_rank,
    pair_coverage,
    split_sections,
    strip_marker,
    topic_pairs,
)
from bot.summary_generic import items_beyond_subject
from core.places import strip_provinces
from core.query import ParsedQuery, expand
from core.text import fold
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

# How an answer names each kind of section it did not find.
KIND_NAMES: dict[str, str] = {
    "limits": "hạn chế, tồn tại", "causes": "nguyên nhân", "proposals": "kiến nghị, đề xuất",
    "tasks": "phương hướng, nhiệm vụ", "strengths": "ưu điểm", "results": "kết quả",
}  # fmt: skip
KIND_NAMES_EN: dict[str, str] = {
    "limits": "limitations", "causes": "causes", "proposals": "recommendations",
    "tasks": "next tasks", "strengths": "strengths", "results": "results",
}  # fmt: skip
# The headings of a report's evaluation part, where a kind no heading names may be said.
EVALUATION_WORDS = ("danh gia", "nhan xet")
MIN_SCORE = 1.0  # below this no section is a convincing match: the figure path answers


@dataclass
class Block:
    """A part of a report that can answer: a headed section, or a list item that heads its own
    sub-list ("- Kết quả xây dựng hạ tầng" with "+ …" items under it)."""

    report_id: str
    path: tuple[str, ...]
    paras: list[Para]
    heading_para: Para | None = None
    has_children: bool = False

    @property
    def heading(self) -> str:
        """The block's own heading."""
        return self.path[-1] if self.path else ""


# Who wrote the report is not what the question is about: agency names are dropped from it.
_AGENCY = re.compile(
    r"\b(so|department of) (thong tin (va|&) truyen thong|tt ?& ?tt|tt ?tt|information and "
    r"communications?)\b|\b(van phong |vp )?(ubnd|uy ban nhan dan)( tinh)?\b|"
    r"\b(provincial )?people\W?s committee(\W?s)?( office)?\b|\bvan phong\b|"
    r"\b(?:provincial|province\W?s) office\b|"
    # the office or department that writes the report, its province's name taken out ("the
    # Đồng Tháp PPC Office's report", "the department's Q1 report"): who reports, no topic
    # (not "the post office", "the one-stop office": a word between)
    r"\bthe\s+(?:(?:ppc|pc|dic|doic|provincial)\s+)?(?:office|department)(?:\W?s\b)?"
)
# Words every heading and question uses ("kết quả thực hiện công tác …", "gồm những nội dung gì"); "did … identify": how it asks, no topic.
_GENERIC = re.compile(r"\b(noi dung|thuc hien|trien khai|cong tac|nhu the nao|the nao|cu the|identif(?:y|ies|ied))\b")
# English words for report topics the figure glossary lacks (lexical matching only).
TOPIC_EN: dict[str, str] = {
    "reform": "cai cach",
    "reforming": "cai cach",
    "organisational": "to chuc bo may",
    "organizational": "to chuc bo may",
    "apparatus": "bo may",
    "civil service": "cong vu",
    "institution": "the che",
    "institutional": "the che",
    "public finance": "tai chinh cong",
    "self assessment": "tu danh gia",
    "modernisation": "hien dai hoa",
    "modernization": "hien dai hoa",
    "legal": "phap luat",
    "law": "phap luat",
    "information technology": "cong nghe thong tin",
    "it": "cntt",
    "internal": "noi bo",
    "e government": "chinh quyen dien tu",
    "shared": "dung chung",
    "centre": "trung tam", "center": "trung tam",
    "application": "ung dung",
    "applications": "ung dung",
    # people in post ("IT staffing", "staff in charge"), beside the quota ("biên chế") the
    # glossary reads "staffing" as
    "staff": "can bo",
    "staffing": "can bo",
    "personnel": "can bo",
}
_TOPIC_EN_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(TOPIC_EN, key=len, reverse=True)) + r")\b"
)


def topic_sequence(q: ParsedQuery, drop: frozenset[str] = frozenset()) -> list[str]:
    """The question's topic words in order: expanded, folded, without provinces, agencies,
    stop words and the words that name the asked kind of section."""
    folded = _AGENCY.sub(" ", strip_provinces(q.folded) if q.provinces else q.folded)
    folded = _GENERIC.sub(" ", folded)
    extra = [TOPIC_EN[m.group(1)] for m in _TOPIC_EN_RE.finditer(folded)]
    text = " ".join([expand(folded), *extra])
    tokens = tokenize(text)
    return [
        t for i, t in enumerate(tokens)
        if (t not in STOP or compound(t, tokens[i + 1 : i + 2]))
        and t not in drop and not t.isdigit() and len(t) > 1
    ]  # fmt: skip


# Words whose first syllable folds to a function word: "tài chính" is no "tại", "thể chế" no
# "thế", "cơ quan" no "có", "một cửa" no "một", "hiện đại" no "hiện nay"; both syllables are
# topic ("cải cách tài chính công" names the public-finance part, not any "công" part).
COMPOUNDS = frozenset(
    ["tai chinh", "tai san", "tai nguyen", "tai lieu", "the che", "co quan", "co so", "co che",
     "co cau", "mot cua", "hien dai"]
)  # fmt: skip


def compound(word: str, after: list[str]) -> bool:
    """Whether a stop word is the first syllable of a compound with the word after it."""
    return bool(after) and f"{word} {after[0]}" in COMPOUNDS


def read_out(heading: str) -> str:
    """A heading folded, with the long form of each abbreviation it uses ("Cải cách TTHC" →
    "… tthc thu tuc hanh chinh"), not the other way round: a heading that spells the words
    out gains nothing the question's own expansion would count twice."""
    folded = fold(heading)
    longer = [expand(t) for t in tokenize(folded)]
    return " ".join([folded, *(e for e, t in zip(longer, tokenize(folded), strict=True) if e != t)])


def known(words: list[str], idf: Idf) -> list[str]:
    """The words the reports use at all (an English word with no translation matches nothing
    and would only dilute the coverage of the others)."""
    return [w for w in words if idf.df.get(w)]


def kind_words(kinds: list[str]) -> frozenset[str]:
    """Every word of the headings' names for the asked kinds."""
    return frozenset(w for k in kinds for p in SECTION_KINDS[k] for w in p.split())


def names_number(folded: str, number: str) -> bool:
    """Whether a (folded) question names a report's number: "98/BC-STTTT" as "98/bc…", or "báo
    cáo số 98"."""
    m = re.match(r"(\d+)\s*/\s*([a-z]+)", fold(number or ""))
    if not m:
        return False
    n, kind = m.groups()
    return bool(re.search(rf"(?<![\d/.,]){n}\s*/\s*{kind}\b|\b(?:bao cao|bc|report) (?:so |no\.? )?{n}\b(?![/.,]?\d)", folded))


def candidate_reports(index: LoadedIndex, q: ParsedQuery, retrieval: Retrieval) -> list[str]:
    """Reports of the retrieved chunks, best first, narrowed to the asked year/quarter."""
    order = list(dict.fromkeys(h.chunk.report_id for h in retrieval.hits))
    # a report the question names by its number ("báo cáo 98/BC-STTTT", "báo cáo số 140")
    # is the one asked about, retrieved or not
    named = [rid for rid, r in index.reports.items() if names_number(q.folded, r.number)]
    order = named + [r for r in order if r not in named]
    if q.years:
        kept = [r for r in order if index.reports[r].year in q.years]
        order = kept or order
    if q.quarter:
        kept = [r for r in order if index.reports[r].quarter == q.quarter]
        order = kept or order
    return order


def blocks_of(trees: Trees, report_id: str) -> list[Block]:
    """Every headed section of a report, and every list item heading a sub-list."""
    out: list[Block] = []
    for sec in trees.get(report_id).walk()[1:]:
        whole = sec.body()
        all_paras = sec.all_paras()
        head = all_paras[0] if all_paras and all_paras[0] not in whole else None
        # nothing after the report's closing or the next heading belongs to the section; a
        # heading the chunker did not see starts a section of its own
        body, leaked = ([], []) if heading_closes(sec.heading) else split_sections(
            sec.heading, whole
        )
        out.append(Block(report_id, sec.path, body, head, bool(sec.children)))
        for para, paras in leaked:
            path = (*sec.path[:-1], clip(para.text, 90))
            out.append(Block(report_id, path, paras, para))
        if sec.children:
            continue
        _, items = items_of(body)
        for it in items:
            deeper = [p for p in it.detail if marker_rank(p.text) is not None]
            if len(deeper) >= 2 and len(it.text) <= 300:
                out.append(Block(report_id, (*sec.path, clip(it.text, 90)), it.detail, it.para))
    return out


def runs_of(blocks: list[Block]) -> list[Block]:
    """The labelled runs (`labelled_runs`) of a report's sections without sub-sections, each a
    block under its label: what a section answer may give of one area ("… đã triển khai
    những việc gì về đào tạo cán bộ"). (Not a part a summary or a topic answer names: its first paragraph is no heading.)"""
    out: dict[tuple[str, int], Block] = {}  # (one block for each labelled item: the innermost)
    for b in blocks:
        if b.has_children:
            continue
        for para, run in labelled_runs(b.paras):
            out[(para.chunk.id, para.start)] = Block(
                b.report_id, (*b.path, label_of(para.text)), run, para
            )
    return list(out.values())


# A list item's label: its words before a colon ("+ Kết quả thực hiện số hóa hồ sơ: Thực hiện …").
_LABEL = re.compile(r"^[^:]{10,160}:")
MIN_RUN = 2  # unmarked paragraphs after a labelled item that tell it (one is its own sentence)


def label_of(text: str) -> str:
    """A labelled item's label, without its marker and colon."""
    m = _LABEL.match(strip_marker(text))
    return m.group(0).rstrip(":").strip() if m else clip(strip_marker(text), 90)


def labelled_runs(paras: list[Para]) -> list[tuple[Para, list[Para]]]:
    """Each list item with a label ("+ Kết quả thực hiện số hóa …: Thực hiện …") followed by
    unmarked paragraphs (`MIN_RUN` at least) up to the next marked one: what the report did
    under that label, told paragraph by paragraph, a block of its own."""
    out: list[tuple[Para, list[Para]]] = []
    for k, p in enumerate(paras):
        if marker_rank(p.text) is None or not _LABEL.match(strip_marker(p.text)):
            continue
        run: list[Para] = []
        for later in paras[k + 1 :]:
            if marker_rank(later.text) is not None:
                break
            run.append(later)
        if len(run) >= MIN_RUN:
            out.append((p, run))
    return out


class SectionAnswerer:
    """Finds the asked section and lists its items, each cited with its lines."""

    def __init__(self, index: LoadedIndex, trees: Trees | None = None, max_items: int = 12):
        self.index = index
        self.trees = trees or Trees(index)
        self.idf = Idf(index)
        self.max_items = max_items
        self._cache: dict[tuple[str, tuple[str, ...]], tuple[Words, Words, Words]] = {}
        self._blocks: dict[str, list[Block]] = {}
        self._runs: dict[str, list[Block]] = {}

    def blocks(self, report_id: str) -> list[Block]:
        """A report's blocks, found once and kept."""
        if report_id not in self._blocks:
            self._blocks[report_id] = blocks_of(self.trees, report_id)
        return self._blocks[report_id]

    def runs(self, report_id: str) -> list[Block]:
        """A report's labelled runs (`runs_of`), found once and kept."""
        if report_id not in self._runs:
            self._runs[report_id] = runs_of(self.blocks(report_id))
        return self._runs[report_id]

    def find(
        self, q: ParsedQuery, retrieval: Retrieval, kinds: list[str]
    ) -> tuple[Block, float] | None:
        """The best block for the question and its score, or None."""
        words, pairs = self._topic(q, kinds)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        best: tuple[Block, float] | None = None
        for rid in candidate_reports(self.index, q, retrieval):
            for b in self.of_kind(self.blocks(rid) + self.runs(rid), kinds):
                s = self.score(b, words, pairs, kinds, rank_of)
                if best is None or s > best[1]:
                    best = (b, s)
        return best

    def _topic(self, q: ParsedQuery, kinds: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
        seq = known(topic_sequence(q, kind_words(kinds)), self.idf)  # (words, pairs)
        return list(dict.fromkeys(seq)), topic_pairs(seq)

    def of_kind(self, blocks: list[Block], kinds: list[str]) -> list[Block]:
        """The blocks of a report that may hold an asked kind of section: when its headings
        name that kind ("2. Những tồn tại, hạn chế"), those and the blocks under them; a
        heading that merely shares the question's other words ("5. … chỉ số CCHC", of a
        report whose every part is about CCHC) holds none of it. All of them when no heading
        names the kind ("kết quả" heads whole parts: any block may be asked for)."""
        named = [k for k in kinds if k != "results"]
        if not named:
            return blocks
        phrases = [p for k in named for p in SECTION_KINDS[k]]
        kept = [
            b for b in blocks
            if any(has_phrase(p, self._words(b)[1].keys) for p in phrases)
        ]  # fmt: skip
        if kept or "results" in kinds:
            return kept or blocks
        # no heading names it: the evaluation part's blocks whose text says it ("… còn hạn
        # chế: …"), never a results part (the caller then says the report has no such part)
        said = [b for b in blocks if self._says(b, 2, phrases)]
        return [b for b in said if self._says(b, 1, EVALUATION_WORDS)]

    def _says(self, b: Block, part: int, phrases: Sequence[str]) -> bool:
        """Whether a block's heading (0), heading path (1) or text (2) says one of `phrases`."""
        return any(has_phrase(p, self._words(b)[part].keys) for p in phrases)

    def _words(self, b: Block) -> tuple[Words, Words, Words]:
        """The block's heading, heading path and text, read once and kept."""
        key = (b.report_id, b.path)
        if key not in self._cache:
            # a heading's abbreviations read out too ("Cải cách TTHC" names "thủ tục hành chính")
            self._cache[key] = (
                Words.of(read_out(b.heading)),
                Words.of(read_out(" ; ".join(b.path))),
                Words.of("\n".join(p.text for p in b.paras)),
            )
        return self._cache[key]

    def score(
        self,
        b: Block,
        words: list[str],
        pairs: list[tuple[str, str]],
        kinds: list[str],
        rank_of: dict[str, int],
        body_weight: float = 0.5,
        size_penalty: float = 0.05,
        support_weight: float = 1.0,
    ) -> float:
        """Heading names the asked kind (strongly), topic words in the heading path and in the
        text, and how well the retriever ranked the block's chunks."""
        if not b.paras:
            return 0.0
        own, path, body = self._words(b)
        s = 0.0
        for k in kinds:
            # "Kết quả" heads a whole part: a results section may sit below it.
            keys = path.keys if k == "results" else own.keys
            if any(has_phrase(p, keys) for p in SECTION_KINDS[k]):
                s += 0.6 if k == "results" else 3.0
        s += coverage(words, own.keys, self.idf) + pair_coverage(pairs, own)
        s += 0.75 * (coverage(words, path.keys, self.idf) + pair_coverage(pairs, path))
        s += body_weight * (coverage(words, body.keys, self.idf) + pair_coverage(pairs, body))
        ranks = [rank_of[p.chunk.id] for p in b.paras if p.chunk.id in rank_of]
        if ranks:
            s += support_weight / (1 + min(ranks))
        # A whole part of the report names many things: prefer the narrower block.
        s -= size_penalty * len(b.paras) ** 0.5
        return s

    def answer(
        self, q: ParsedQuery, retrieval: Retrieval, language: str, kinds: list[str] | None = None
    ) -> Answer | None:
        """The section's items as a cited list; None when no section fits the question.
        `kinds`: the asked kinds when the caller read them (a summary of a section)."""
        kinds = kinds or section_kinds(q)
        if not kinds or not retrieval.hits:
            return None
        found = self.find(q, retrieval, kinds)
        if found is None or found[1] < MIN_SCORE:
            return None
        block = found[0]
        # two kinds asked ("ưu điểm và hạn chế"): the found section and its sibling
        joined = [k for k in joined_kinds(q) if k in kinds]
        blocks, (words, pairs) = self.blocks(block.report_id), self._topic(q, kinds)
        named = lambda b: self.score(b, words, pairs, kinds, {}, 0.0, 0.0, 0.0)  # noqa: E731 (headings only)
        block, siblings = found_parts(blocks, block, joined, kinds, self.names_kind, named)
        groups = grouped(siblings)
        if groups:
            return render_groups(self.index, q, groups, language, self.max_items, item_line)
        _, items = items_of(block.paras)
        if not items:
            return None
        # a summary leaves out an item that only restates the report's subject
        items = items_beyond_subject(items, self.index, block, is_summary(q))
        return render_items(self.index, q, block, items, language, self.max_items)

    def names_kind(self, b: Block, kind: str) -> bool:
        """Whether a block's own heading names a kind of section ("2. Tồn tại, hạn chế")."""
        return any(has_phrase(p, self._words(b)[0].keys) for p in SECTION_KINDS[kind])

    def missing(
        self,
        q: ParsedQuery,
        retrieval: Retrieval,
        language: str,
        kinds: list[str] | None = None,
    ) -> Answer:
        """The answer when the reports asked about have no section of the asked kind: say so
        (naming the reports looked at), never figures instead."""
        en = language == "en"
        kinds = kinds or section_kinds(q) or ["limits"]
        what = ", ".join((KIND_NAMES_EN if en else KIND_NAMES)[k] for k in kinds)
        reports = [self.index.reports[r] for r in candidate_reports(self.index, q, retrieval)]
        if q.provinces:
            reports = [r for r in reports if r.province in q.provinces]
        named = "; ".join(
            ", ".join(x for x in (r.number, r.province, r.period) if x) for r in reports[:3]
        )
        if en:
            one = len(reports[:3]) == 1
            where = f"The report ({named}) has" if one else f"The reports ({named}) have"
            text = (
                f"{where} no section on {what}."
                if named
                else f"No report has a section on {what}."
            )
        else:
            where = f"Báo cáo ({named})" if named else "Các báo cáo"
            text = f"{where} không có mục nói về {what}."
        return Answer(q.text, text, True, (), confidence=1.0, language=language)
