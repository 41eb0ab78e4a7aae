"""Which part of a report a summary question names: by its headings (as printed or as
restored, OCR damage read through), by its headings and its areas' labels together, or none
(the whole report); the question's topic words, without the words that ask for a summary."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.intents_types import SECTION_KINDS
from bot.main_results import MAIN_RESULTS, PLAIN_SUMMARY
from bot.part_before_colon import named_before_colon
from bot.part_labels import ends_in, part_labels
from bot.part_quoted import described_part_names, one_part_glosses, quoted_part_names
from bot.section_answer import (
    TOPIC_EN,
    Block,
    SectionAnswerer,
    known,
    read_out,
    topic_sequence,
)
from bot.structure import Section, Words, topic_pairs
from bot.summary_asked import REPORT_NAMED
from bot.summary_joined import joined_cover
from bot.summary_parts import (
    area_labels,
    areas_listed,
    held_words,
    named_by,
    restates,
    restored_path,
)
from bot.summary_results import asks_main_results, results_child
from bot.summary_scope import heads_kind, named_pieces, pieces_kinds, several_parts
from core.query import REVERSE, REVERSE_RE, ParsedQuery
from core.query_concepts import asked_concepts, concept_mass
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

# Words of asking, not of the topic ("give me an overview of …", "hãy nêu / liệt kê / trình bày
# những ý chính …": "nêu" would otherwise pick a part whose line says "kết quả nêu tại …").
_ASKING = frozenset(
    ["me", "give", "please", "tell", "us", "show", "hay", "neu", "liet", "ke", "trinh", "bay"]
)
# The phrases that ask for a summary, not its topic: "những điểm chính" names no part "chính",
# "có gì nổi bật" none about "nổi", "what did … report about" none about news reports ("phóng
# sự", the glossary's other reading of "report").
ASKED_FOR = re.compile(
    r"\b(tom tat|tom luoc|tom gon|tong quan|khai quat|diem qua|noi dung chinh|y chinh|"
    r"diem chinh|noi bat|dang chu y|main points|key points|highlights?|overview|outline|gist|"
    r"recap|run ?downs?|summar\w*|takeaways|key findings|main findings|stands? out|report(?:ed|s)?|"
    # "kết quả chính", "những kết quả nổi bật", "key results": the report's results asked, no
    # part whose heading opens "Kết quả …"
    rf"(?:{MAIN_RESULTS})|(?:{PLAIN_SUMMARY})|(?:ket qua|thanh tich|thanh tuu)(?: dat duoc)? noi bat|"
    # "báo cáo … nói gì về …", "đề cập những gì đến …": the asking, not its topic
    r"(?:noi|de cap|neu|viet|trinh bay|cho biet|ghi nhan)\s+(?:nhung\s+)?(?:gi|dieu gi|"
    r"noi dung gi|van de gi|nhung gi)|"
    # "tóm tắt tình hình tài chính công": the state of a topic, not a topic word
    r"tinh hinh|"
    # "… đã làm những gì cho X", "tóm lược ngắn / ngắn gọn", "cho các con số chính": what is
    # done, how long, and the key figures (a summary's own "Số liệu chính") asked, not a topic
    r"lam (?:duoc )?(?:nhung )?gi|ngan gon|(?<=tom tat )ngan|(?<=tom luoc )ngan|"
    r"(?:so lieu|con so) chinh(?! thuc)|"
    # "tóm tắt giúp mình …", "cho tôi …": who asks, not the topic ("minh bạch" keeps its "minh")
    r"(?:giup|gium|ho|cho)\s+(?:minh|toi|tui|em|anh|chi)|"
    # the department that writes the report ("Tuyen Quang DIC", "Sở TT&TT"): who reports
    r"dic|doic|so (?:tt ?& ?tt|tttt)|(?:information|ict)(?: and communications?)? department|"
    r"department of information(?: and communications?)?|"
    # the report's number ("report no. 98", "báo cáo số 342"), and what it achieved ("đã đạt
    # được những gì"): which report, and its results asked, not a topic
    r"(?:no|number|so)\W{0,3}\d+|(?:da )?dat duoc|"
    # "… lists in its e-government report": the report the part is in, not the part's topic
    r"(?:lists?|listed|mentions?|mentioned|names?|says|states?|gives?|notes?)\s+in\s+"
    r"(?:its|the|this|their|that)\s+(?:[\w'/-]+\s+){0,4}?report)\b"
)
# The words that ask for a part by name ("phần đánh giá chung"; "theo từng lĩnh vực", "area by
# area": each of its areas), not its topic.
PART_WORDS = frozenset(
    ["phan", "muc", "linh", "vuc", "tung", "part", "section", "chapter", "area", "areas", "each"]
)
# The English nouns for a part of a report ("the public finance section"): they say a part is
# asked (`PART_WORDS`), and are taken out before the glossary reads "section" as a column
# ("chuyên mục"), a topic no part's heading says.
PART_NOUNS = re.compile(r"\b(?:sub ?)?(?:sections?|parts?|chapters?|headings?)\b")
# A summary question whose topic words are this much (idf-weighted) of a part's heading asks
# for that part.
NAMED_PART = 0.75
# Topic words a named part needs, at least: one word names an area of every part.
MIN_NAME_WORDS = 2
# … or whose headings name this much of its words, the labels of its areas (or, as a phrase,
# its own text) the rest.
AREA_HEAD = 0.25


def spelled_out(q: ParsedQuery, seq: list[str]) -> list[str]:
    """The topic words without the abbreviations only the question's expansion added: "kết
    quả cải cách hành chính" is one concept, not also "CCHC" (a heading that merely uses the
    abbreviation, "… chỉ số CCHC", would otherwise outweigh the one that spells the words)."""
    typed = set(tokenize(q.folded))
    added = {REVERSE[m.group(1)] for m in REVERSE_RE.finditer(q.folded)}
    return [w for w in seq if w in typed or w not in added]


class NamedParts:
    """Finds the part of a report a summary question names."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections

    def topic_words(self, q: ParsedQuery) -> tuple[list[str], list[str]]:
        """The question's topic words (each once) and their sequence, without the words that
        ask for a summary."""
        asked = named_before_colon(q.folded, q.text)  # "the X section: a, b and c" names X
        topic = replace(q, folded=PART_NOUNS.sub(" ", ASKED_FOR.sub(" ", asked)))
        seq = [w for w in topic_sequence(topic) if w not in _ASKING]
        return list(dict.fromkeys(spelled_out(topic, known(seq, self.sections.idf)))), seq

    def titled(self, q: ParsedQuery, report_id: str) -> bool:
        """Whether the question names the report itself by its subject ("báo cáo CCHC quý
        III/2022 … có những điểm chính nào?": its topic words are the title's): the whole
        report is asked, not a part whose heading shares those words."""
        if not REPORT_NAMED.search(q.folded):
            return False
        words, _ = self.topic_words(q)
        title = Words.of(read_out(self.index.reports[report_id].title))
        return not words or named_by(words, title, self.sections.idf)[0] >= NAMED_PART

    def named_part(
        self, q: ParsedQuery, retrieval: Retrieval, report_id: str, areas: bool = False
    ) -> Block | None:
        """A part the question names by its heading's words though it does not say "phần"
        ("tóm tắt tình hình <a topic> …" of a report whose part B is "<the topic> và phát
        triển …"; "tóm tắt kết quả <an activity> …": the results under the part named by that
        activity): at least two topic words, nearly all (idf-weighted) in
        the part's heading or the headings above it; of several so named, the one whose
        headings say least beside them (the public-finance area, not the whole results part
        it sits in); None for a summary of the whole report. With `areas`, failing that, a
        part its headings and its areas' labels name together (`_named_with_areas`)."""
        words, seq = self.topic_words(q)
        if len(words) < MIN_NAME_WORDS:
            return None
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        typed = set(tokenize(q.folded))
        best = self._best_named(words, seq, typed, rank_of, self.parts_of(report_id))
        if best is not None:  # a section of its own, no parts in it, its heading names more
            best = self._fuller_leaf(words, seq, typed, rank_of, best)
        if best is not None:  # "hiện đại hóa và chữ ký số": the part holding both
            best = self._joined(q, best, report_id)
        if best is not None and asks_main_results(q.folded):  # its results, not its assessment
            best = results_child(self.sections.blocks(report_id), best) or best
        if best is None:  # the gloss in the reports' words names it: "… (tổ chức bộ máy)"
            best = self._glossed(q, rank_of, report_id)
        if best is None and areas:
            return self._named_with_areas(words, seq, typed, rank_of, report_id, q.folded)
        return best

    def _fuller_leaf(
        self, words: list[str], seq: list[str], typed: set[str], rank_of: dict[str, int],
        best: Block,
    ) -> Block:  # fmt: skip
        """A section with no parts of its own whose heading names the topic words more fully
        than the part found among those with parts (made up: "summarise the radio results"
        of a report whose "3. Results at departments" is told in three paragraphs, the one
        with parts, and "4. Results on radio" in one): that section, not a sibling whose
        heading shares only the common words ("results", "of")."""
        parts = {b.path for b in self.parts_of(best.report_id)}
        leaves = [
            b for b in self.sections.blocks(best.report_id) if b.paras and b.path not in parts
        ]
        leaf = self._best_named(words, seq, typed, rank_of, leaves)
        if leaf is None:
            return best
        own = round(self._named(words, seq, typed, best)[0], 2)
        return leaf if round(self._named(words, seq, typed, leaf)[0], 2) > own else best

    def headed(
        self, q: ParsedQuery, retrieval: Retrieval, report_id: str, phrases: bool = False,
        within: tuple[str, ...] = (),
    ) -> Block | None:  # fmt: skip
        """The section, with parts of its own or not, whose heading names the part a question
        asks for by name ("tóm tắt phần đánh giá chung …": "III. ĐÁNH GIÁ CHUNG", printed
        "III. PANH GIA CHUNG"); None when no heading names it. With `phrases`, a word of the
        report's title is dropped only where the title says it beside a neighbour it has in
        the question (`_part_words`). With `within`, only the parts under those headings (the
        part a question names by its label: "phần tồn tại … (phần B)")."""
        words, seq = self._part_words(q, report_id, phrases)
        if not words:
            return None
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        typed = set(tokenize(q.folded))
        blocks = [
            b for b in self.sections.blocks(report_id)
            if b.paras and b.path[: len(within)] == within
        ]  # fmt: skip
        return self._best_named(words, seq, typed, rank_of, blocks)

    def quoted(
        self, q: ParsedQuery, retrieval: Retrieval, report_id: str, glossed: bool = False
    ) -> Block | None:
        """The part a question names by quoting its heading ("tóm tắt mục «Kiểm soát thủ tục»",
        "summarise the section called 'public finance'", an English name read through its
        translation): the section whose heading, as printed or as
        restored, names the quoted words (`NAMED_PART` of them at least); None when the
        question quotes no name of a part or no heading names it."""
        names = quoted_part_names(q.folded, glossed) + described_part_names(q)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        blocks = [b for b in self.sections.blocks(report_id) if b.paras]
        return self._first_named(q, names, rank_of, blocks)

    def _glossed(self, q: ParsedQuery, rank_of: dict[str, int], report_id: str) -> Block | None:
        """The part a bracketed gloss names, of every headed block (a leaf it names is no part
        to tell area by area, nor is one of several a gloss joins: None, left to the others)."""
        blocks = [b for b in self.sections.blocks(report_id) if b.paras]
        found = self._first_named(q, one_part_glosses(q.folded), rank_of, blocks)
        parts = {b.path for b in self.parts_of(report_id)}
        return found if found is not None and found.path in parts else None

    def _first_named(
        self, q: ParsedQuery, names: list[str], rank_of: dict[str, int], blocks: list[Block]
    ) -> Block | None:
        """Of `blocks`, the one the first of `names` that names any names (`_best_named` of
        that name's own topic words)."""
        for name in names:
            quote = replace(q, folded=name, provinces=())
            seq = known(topic_sequence(quote), self.sections.idf)
            words = [w for w in dict.fromkeys(seq) if w not in PART_WORDS]
            if len(words) < MIN_NAME_WORDS:
                continue
            found = self._best_named(words, seq, set(tokenize(name)), rank_of, blocks)
            if found is not None:
                return found
        return None

    def names(self, q: ParsedQuery, b: Block) -> bool:
        """Whether a part's headings name the part a question asks for by name."""
        words, seq = self._part_words(q, b.report_id)
        return not words or self._named(words, seq, set(tokenize(q.folded)), b)[0] >= NAMED_PART

    def naming(self, q: ParsedQuery, b: Block) -> float:
        """How fully a part's headings (or its path) name the question's topic words."""
        words, seq = self.topic_words(q)
        return round(self._named(words, seq, set(tokenize(q.folded)), b)[0], 2)

    def _part_words(
        self, q: ParsedQuery, report_id: str, phrases: bool = False
    ) -> tuple[list[str], list[str]]:
        """The topic words of a part asked for by name: without the word for a part and those
        of the report's title (the report's subject names every part of it). With `phrases`,
        only the title's words it says beside a neighbour they have in the question: "chế độ
        công vụ" asked of a report on "công tác … nhiệm vụ" keeps "công vụ"."""
        words, seq = self.topic_words(q)
        title = Words.of(read_out(self.index.reports[report_id].title))
        # "CCHC" too, of a title that spells it out
        said = held_words(words, title, seq, set()) if phrases else held_words(words, title)
        return [w for w in words if w not in PART_WORDS and w not in said], seq

    def _best_named(
        self, words: list[str], seq: list[str], typed: set[str], rank_of: dict[str, int],
        blocks: list[Block],
    ) -> Block | None:  # fmt: skip
        """Of `blocks`, the one whose heading names the topic `words` (`NAMED_PART` of them at
        least), saying least beside them, then the best scored."""
        best: tuple[tuple[float, float, float], Block] | None = None
        for b in blocks:
            if not b.heading:
                continue
            # its heading, or the headings above it too ("results … e-government": "II. Kết
            # quả thực hiện … > 6. Xây dựng chính quyền điện tử"); "TTHC" names "thủ tục hành
            # chính", and "CCHC" asked is named by "cải cách hành chính"; an OCR-damaged
            # heading as restored too ("Cii cach to chirc by may": "Cải cách tổ chức bộ máy")
            named, said = self._named(words, seq, typed, b)
            if named < NAMED_PART:
                continue
            score = self.sections.score(b, words, topic_pairs(seq), [], rank_of, 0.1, 0.0, 0.3)
            key = (round(named, 2), said, score)
            if best is None or key > best[0]:
                best = (key, b)
        return best[1] if best else None

    def _joined(self, q: ParsedQuery, best: Block, report_id: str) -> Block:
        """`joined_cover`: the part above `best` that holds both topics the question joins."""
        named = [b for b in self.parts_of(report_id) if b.heading]

        def topic(s: str) -> list[str]:
            return self.topic_words(replace(q, folded=s, text=s))[0]

        def own(words: list[str], b: Block) -> float:
            idf = self.sections.idf
            return max(named_by(words, Words.of(read_out(h)), idf)[0] for h in _headings(b))

        asked = named_before_colon(q.folded, q.text)
        return joined_cover(asked, best, named, topic, own, NAMED_PART)

    def _named(
        self, words: list[str], seq: list[str], typed: set[str], b: Block
    ) -> tuple[float, float]:
        """`named_by` of a part's heading, or its path, as printed or as restored."""
        restored = b.heading_para.readable if b.heading_para else ""
        return max(
            named_by(words, Words.of(read_out(text)), self.sections.idf, seq, typed)
            for text in (b.heading, restored, " ; ".join(b.path), restored_path(b))
        )

    def _named_with_areas(
        self, words: list[str], seq: list[str], typed: set[str], rank_of: dict[str, int],
        report_id: str, q_folded: str,
    ) -> Block | None:  # fmt: skip
        """A part named by its headings and its areas' labels together ("tóm tắt tổ chức bộ
        máy và quản lý biên chế": "3. Tổ chức bộ máy", an area "Về quản lý biên chế: …"): its
        headings name a good part of the topic (beyond the report's title), the labels the
        rest; of several, the one whose headings name most, then that says least beside."""
        # the words the report's title says name every part of it ("CCHC"): not these
        title = Words.of(read_out(self.index.reports[report_id].title))
        titled = held_words(words, title)  # "CCHC" too, of a title that spells it out
        words = [w for w in words if w not in titled]
        if not words:
            return None
        idf = self.sections.idf
        # an asked word the glossary reads several ways ("staffing": "biên chế", "nhân sự")
        # is one concept, held by a heading that says any one of its wordings
        concepts = asked_concepts(q_folded, TOPIC_EN)
        best: tuple[tuple[float, float, float], Block] | None = None
        for b in self.parts_of(report_id):
            if not b.heading:
                continue
            # its headings as written and as restored ("Cii cach to chirc by may")
            paths = [" ; ".join(b.path), restored_path(b)]
            own = max(
                _share(concept_mass(words, held_words(words, Words.of(read_out(p)), seq, typed),
                                    idf, concepts))
                for p in paths
            )  # fmt: skip
            if own < AREA_HEAD:
                continue
            text = Words.of(read_out(" ; ".join([*paths, *area_labels(self.section(b), b.paras)])))
            _, said = named_by(words, text, idf, seq, typed)
            # what the labels leave, its own text may say as a phrase ("đã sắp xếp giảm 22 tổ
            # chức" under "3. Cải cách tổ chức bộ máy")
            body = Words.of(" ".join(p.readable for p in b.paras))
            held = held_words(words, text, seq, typed) | held_words(words, body, seq, set())
            if _share(concept_mass(words, held, idf, concepts)) < NAMED_PART:
                continue
            score = self.sections.score(b, words, topic_pairs(seq), [], rank_of, 0.1, 0.0, 0.3)
            key = (round(own, 2), said, score)
            if best is None or key > best[0]:
                best = (key, b)
        return best[1] if best else None

    def labelled(self, q: ParsedQuery, retrieval: Retrieval, report_id: str) -> Block | None:
        """The part a question names by its label ("tóm tắt mục II …", "phần B.I"): of the
        report's parts whose headings end in that label, the outermost ("II." itself, not
        "B. … > II."); of several as far out, the one whose headings and text the question's
        topic words name best. None when the question names no label or the report has no
        part so labelled."""
        outer = self.labelled_all(q, report_id)
        if len(outer) <= 1:
            return outer[0] if outer else None
        words, seq = self.topic_words(q)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        pairs = topic_pairs(seq)
        return max(
            outer, key=lambda b: self.sections.score(b, words, pairs, [], rank_of, 0.1, 0.0, 0.3)
        )

    def labelled_all(self, q: ParsedQuery, report_id: str) -> list[Block]:
        """Every part of a report the question's label names, the outermost ones ("II." of
        part A and "II." of part B; not "B. … > II." when "II." heads the report); [] when
        the question names no label or the report has none so labelled."""
        labels = part_labels(q.text)
        if not labels:
            return []
        found = [
            b for b in self.sections.blocks(report_id)
            if b.heading and any(ends_in(b.path, lab) for lab in labels)
        ]  # fmt: skip
        if not found:
            return []
        depth = min(len(b.path) for b in found)
        return [b for b in found if len(b.path) == depth]

    def told_apart(self, q: ParsedQuery, retrieval: Retrieval, blocks: list[Block]) -> list[Block]:
        """Of the parts a label names (in one report or several), those the question's other
        words name: the part itself when its headings name them ("mục II (kết quả …)"), or the
        part under it they name ("phần tồn tại … (phần B)"); all of them (each, or the part
        under it the words name) when the words name none or there are none."""
        named: list[Block] = []
        for b in blocks:
            if self.names(q, b):
                named.append(b)
                continue
            inner = self.headed(q, retrieval, b.report_id, True, b.path)
            if inner is not None:
                named.append(inner)
        return named or blocks

    def restates_title(self, b: Block) -> bool:
        """Whether a part's headings (as written or as restored: "THU'C HIEN" is "thực hiện")
        say nothing the report's title does not: a question naming it ("tóm lược kết quả CCHC
        năm 2022" of a report titled "Kết quả thực hiện công tác CCHC năm 2022 …", whose part II
        is "Kết quả thực hiện công tác CCHC") names the report's subject, the whole report."""
        title = read_out(self.index.reports[b.report_id].title)
        return any(restates(p, title) for p in (b.path, [restored_path(b)]))

    def parts_of(self, report_id: str) -> list[Block]:
        """The blocks of a report that a summary can tell part by part: those with parts of
        their own (sub-sections, three listed items at least, or two that each head a list of
        their own: "3. Cải cách tổ chức bộ máy": "- Kết quả rà soát …" "+ …", "- Về biên chế" "+ …")."""
        return [
            b for b in self.sections.blocks(report_id) if b.has_children or areas_listed(b.paras)
        ]

    def section(self, block: Block) -> Section | None:
        for sec in self.sections.trees.get(block.report_id).walk():
            if sec.path == block.path:
                return sec
        return None

    def pieces(self, q: ParsedQuery, retrieval: Retrieval, report_id: str) -> list[Block]:
        """The parts a question names side by side ("tóm tắt phần A, B và C …"), in report
        order, each once, none inside another asked (the limits inside the general
        assessment asked with it); [] unless each piece names a part and two parts or more
        remain (one heading that itself says "và" names one part), or when the results and
        the work ahead are asked (the report summarised: `several_parts`)."""
        pieces = [] if several_parts(q.folded) else named_pieces(q.folded)
        found: list[Block] = []
        for piece in pieces:
            named = self._piece(q, retrieval, report_id, piece)
            if not named:
                return []
            found += named
        order = {b.path: i for i, b in enumerate(self.sections.blocks(report_id))}
        paths = {b.path: b for b in found}
        kept = [b for p, b in paths.items() if not any(o != p and p[: len(o)] == o for o in paths)]
        return sorted(kept, key=lambda b: order.get(b.path, 0)) if len(kept) > 1 else []

    def _piece(
        self, q: ParsedQuery, retrieval: Retrieval, report_id: str, piece: str
    ) -> list[Block]:
        """The parts one piece of a question names: of a kind of section ("hạn chế", "kiến
        nghị"), those whose headings open by naming it (`heads_kind`: "V. Kiến nghị, đề xuất",
        not a results area "Kết quả rà soát, đề xuất cắt giảm …"); else the part its heading
        names ("đánh giá chung": "III. Đánh giá chung")."""
        kinds = pieces_kinds(piece)
        if kinds:
            phrases = tuple(p for k in kinds for p in SECTION_KINDS[k])
            return [
                b for b in self.sections.blocks(report_id)
                if b.paras and any(heads_kind(h, phrases) for h in _headings(b))
            ]  # fmt: skip
        named = self.headed(replace(q, folded=piece), retrieval, report_id, True)
        return [named] if named is not None else []


def _share(masses: tuple[float, float]) -> float:
    """The share of the topic's mass held (`concept_mass`), 0 for an empty topic."""
    held, total = masses
    return held / total if total else 0.0


def _headings(b: Block) -> tuple[str, ...]:
    """A block's heading as printed and as restored ("PHUONG HUGNG" read "PHƯƠNG HƯỚNG")."""
    return (b.heading, b.heading_para.readable if b.heading_para else "")
