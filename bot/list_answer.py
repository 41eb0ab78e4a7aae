"""List answers: 'Những huyện nào …', 'các hệ thống nào đã triển khai …', 'which …' → the
enumerated items of the passage that lists the asked kind of thing, cited.

An enumeration is read from one sentence (after a colon 'gồm: a; b; c', inside brackets
'(a, b, c, …)', a semicolon series, or a run of short comma items 'a, b và c') or from a block
(a lead-in paragraph ending with ':' and the dashed items under it). Each candidate is scored by
the question's topic words in its sentence and section, by whether what the question asks for
('huyện', 'hệ thống', 'văn bản' …) is named right before the list or in its items, and by
whether its items look like that kind of thing (a document number, a place name, a short named
thing rather than a clause). The answer is exactly the best enumeration's items: the clause
leading into it and what runs on after its last item are left out.

Lists are found by `bot/list_find.py` and cut into items by `bot/list_items.py`; the class of
thing asked (documents, places, agencies, posts) and its items' fit are `bot/list_kinds.py`,
the clause right before a list (what the question says was done to the things) is
`bot/list_lead.py`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.intents_types import WANTS_PERCENT, section_kinds
from bot.list_asked import (
    KIND_WORDS,
    besides,
    head_readings,
    head_words,
    lead_sets_aside,
    set_aside,
)
from bot.list_clauses import named_kind, other_kind
from bot.list_find import (
    Enumeration,
    block_lists,
    docs_announced,
    enumerations_at,
    joined_docs,
    owned_by,
    owner_fit,
    places_named,
    sentences,
)
from bot.list_items import (
    activity,
    clean_item,
    digits_read,
    figure_told,
    first_after_head,
    quoted_names,
    quotes_name,
    shown_item,
    title_name,
)
from bot.list_kinds import (
    PLACE_PREFIX,
    asked_figures,
    asked_kind,
    beside_head,
    head_abbreviations,
    in_asked_section,
    kind_fit,
)
from bot.list_lead import first_item_at, in_place, lead_clause, names_quoted, with_one_more
from bot.list_level import level_fit, levels_asked
from bot.list_negated import asks_not, says_not
from bot.list_stated import lead_stated
from bot.section_answer import (
    SectionAnswerer,
    candidate_reports,
    known,
    topic_sequence,
)
from bot.structure import (
    Para,
    Words,
    cite,
    cite_part,
    clip,
    coverage,
    has_word,
    pair_coverage,
    strip_marker,
    topic_pairs,
)
from core.query import ParsedQuery
from core.text import fold
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

LEAD_CHARS = 300  # how much of the paragraph before a list is read as its lead-in
RANK_WEIGHT = 1.0  # the retriever's best rank of an enumeration's paragraphs: 1 / (1 + rank)
# Below this no enumeration fits the question: the figure path answers with a passage. (A
# list that fits has the asked kind of thing named before it or in its items and the topic
# around it: 3.5 and more on the questions seen; one of the asked kind about another matter
# scores 2.3 or less.)
MIN_SCORE = 2.5
# Least topic of a list (see `ListAnswerer.topic`): a list of the asked kind of thing about
# something else ("những xã nào … đề án cấp nước sạch" answered with communes of
# another matter) is no answer; a passage is better.
MIN_TOPIC = 0.3


QUOTED_WEIGHT = 1.0  # the lead-in quotes the name the question quotes
WRONG_KIND = 1.0  # no item of the asked class (documents, places), or another kind (other_kind)
ACTIVITY_WEIGHT = 1.0  # a list of things done, asked "which things": its share of such items
CLAUSE_WEIGHT = 0.75  # the question's topic in the clause right before the list (`lead_clause`)
SECTION_WEIGHT = 1.0  # a list under a section of the kind the question names ("kiến nghị")
ASIDE_WEIGHT = 2.0  # a list naming what the question sets aside ("Ngoài X, …"): X's list
# A question asking what was not done: a list whose lead-in (or what follows its items) says
# "chưa"/"không" gains this, one that does not loses it (a list of the same kind of thing done
# answers another question): as much as the asked kind named before a list weighs.
NEGATED_WEIGHT = 1.0
# A list whose items tell figures ("mức độ 2 là 10.185 hồ sơ; mức độ 3 là …") answers how many,
# not "which things": its share of such items costs as much as a list of things done does
# (`ACTIVITY_WEIGHT`); not when a number is asked beside the list.
FIGURE_WEIGHT = 1.0


# Where a sentence ends inside a list's lead-in.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=\S)")
# An item that opens with its count ("29 công chức của 16 sở", "04 chiến sỹ …").
_COUNTED = re.compile(r"\s*\d+(?:[.,]\d+)*\s+\w")


def _all_counted(e: Enumeration) -> bool:
    """Whether every item of a list opens with its count."""
    shown = [p.readable for p in e.paras] if e.paras else list(e.items)
    return all(_COUNTED.match(strip_marker(i)) for i in shown)


# A share written in an item ("bố trí ít nhất 1,0 % tổng chi …").
_SHARE_HELD = re.compile(r"\d+(?:[.,]\d+)?\s*%")


def _share_held(e: Enumeration, folded_question: str) -> bool:
    """Whether a share is asked beside the list ("kiến nghị những gì, và đề xuất tối thiểu bao
    nhiêu %") and one of its items states one: the list answers both, its figure in place."""
    if not WANTS_PERCENT.search(folded_question):
        return False
    shown = [p.readable for p in e.paras] if e.paras else list(e.items)
    return any(_SHARE_HELD.search(i) for i in shown)


def _announced(e: Enumeration, phrases: Sequence[str]) -> bool:
    """Whether a list is announced by one of the phrases in the clause that leads into it
    (its last words: "… mạng xã hội (", "… tiêu thụ nông sản, … cho người dân vùng dịch (")."""
    if e.paras:
        return False
    # the colon that opens the list is the lead-in's end ("… còn nhiều hạn chế như: ")
    lead = e.lead.rstrip().removesuffix(":")
    tail = " ".join(tokenize(fold(re.split(r"[.;:]\s", lead)[-1][-120:]))[-12:])
    return any(f" {p} " in f" {tail} " for p in phrases)


class ListAnswerer:
    """The enumerated items of the passage that best fits a 'which …' question."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections
        self._enums: dict[str, list[Enumeration]] = {}
        self._words: dict[str, Words] = {}
        self._parts: dict[str, str] = {}

    def enumerations(self, report_id: str) -> list[Enumeration]:
        """A report's enumerations, read once and kept."""
        if report_id not in self._enums:
            out: list[Enumeration] = []
            for sec in self.sections.trees.get(report_id).walk():
                for k, para in enumerate(sec.paras):
                    # a sub-heading above the paragraph ("Đối với Trung tâm …:") says what the
                    # paragraph is about
                    above = sec.paras[k - 1].text if k else ""
                    above = above if above.rstrip().endswith(":") or len(above) < 120 else ""
                    done = 0
                    for sentence in sentences(para.text):
                        begin = para.text.find(sentence, done)
                        done = max(done, begin)
                        found = [
                            (at, items, led, False) for at, items, led in enumerations_at(sentence)
                        ]
                        # places that are the items of the sentence's own list are that list
                        listed = [fold(i) for _, its, _, _ in found for i in its]
                        found += [(at, items, False, True) for at, items in places_named(sentence)
                                  if not all(any(x.endswith(fold(i)) for x in listed)
                                             for i in items)]  # fmt: skip
                        for at, items, led, places in found:
                            # the lead-in: the paragraph before the list (its last sentences),
                            # up to its first item (a clause the list's first piece opened
                            # with, "…: Đã kiểm tra văn bản … của | thị xã A, huyện B", leads
                            # into it too)
                            at = first_item_at(sentence, at, items)
                            lead = para.text[max(0, begin + at - LEAD_CHARS) : begin + at]
                            lead = f"{above} {lead}" if above else lead
                            out.append(Enumeration(para, sentence, lead, tuple(items), led=led,
                                                   places=places))  # fmt: skip
                for i, under in block_lists(sec.paras):
                    head = sec.paras[i]
                    texts = tuple(clean_item(p.text) for p in under)
                    out.append(Enumeration(head, head.text, head.text, texts, tuple(under), True))
            self._enums[report_id] = out
        return self._enums[report_id]

    def _restored(self, para: Para, part: str) -> str:
        """A part of a paragraph as restored, read once and kept."""
        key = f"{para.chunk.id}:{para.start}:{part}"
        if key not in self._parts:
            self._parts[key] = para.readable_part(part)
        return self._parts[key]

    def _sentence_words(self, text: str) -> Words:
        if text not in self._words:
            self._words[text] = Words.of(text)
        return self._words[text]

    def answer(
        self, q: ParsedQuery, retrieval: Retrieval, language: str, named_by: Sequence[str] = (),
        counted: bool = False,
    ) -> Answer | None:
        """The list, or None when no passage of the retrieved reports lists things. With
        `named_by` (a bare "mạng xã hội nào", see `bare_heads`), only a list announced by one
        of those phrases right before it ("mạng xã hội (facebook, zalo...)") answers. With
        `counted` (a number asked beside the list), only a list whose every item opens with
        its count ("29 công chức của 16 sở, ngành; 04 chiến sỹ của Công an tỉnh; …")."""
        if not retrieval.hits:
            return None
        aside = besides(q.folded)  # "Ngoài X, những Y nào": the list holding X, without X
        seq = known(topic_sequence(q), self.sections.idf)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        head = known(head_words(q), self.sections.idf)
        if named_by:
            head = known(tokenize(named_by[-1]), self.sections.idf)
        numbers = asked_figures(q.folded)
        quoted = quoted_names(q.folded)  # a name the question quotes: its list
        asked = in_place(q.folded)  # or names after the kind the lead-in quotes it after
        best: tuple[Enumeration, float, list[str]] | None = None
        places = asked_kind(head_words(q)) == "place"  # asked of the question, known or not
        kinds = section_kinds(q)
        negated = asks_not(q.folded)  # what was not done: the list its lead-in says so of
        for rid in candidate_reports(self.index, q, retrieval):
            for e in self.enumerations(rid):
                if named_by and not _announced(e, named_by):
                    continue
                # the places a sentence names answer only a question asking for places
                if e.places and not places:
                    continue
                for h, seen in self._readings(q, head, seq, named_by):
                    # what the question says of the things, without the words naming their
                    # kind ("loại")
                    if self.topic(e, [w for w in beside_head(seen, h)
                                      if w not in KIND_WORDS and w not in head_abbreviations(h)]) < MIN_TOPIC:
                        continue
                    words, pairs = list(dict.fromkeys(seen)), topic_pairs(seen)
                    s = self.score(e, words, pairs, rank_of, h, numbers, quoted, counted)
                    if not (quoted and quotes_name(e.lead, quoted)) and names_quoted(e.lead, asked):
                        s += QUOTED_WEIGHT  # "chuyên đề CCHC": the lead's "chuyên đề: “Cải cách …”"
                    s += owner_fit(e, q.folded)
                    if in_asked_section(e.para.chunk.section, kinds):  # "kiến nghị … những X nào"
                        s += SECTION_WEIGHT  # "ngành Y tế … phần mềm nào": that sector's
                    s -= WRONG_KIND * other_kind(named_kind(fold(e.lead)), h, q.folded)
                    if negated:  # "… not yet repaired": "… chưa được sửa chữa (như …)"
                        s += NEGATED_WEIGHT * (1 if says_not(f"{lead_clause(e.lead)} {e.tail}") else -1)
                    s += self._aside_fit(e, aside) + level_fit(self._lead_texts(e), levels_asked(q.folded))
                    if best is None or s > best[1]:
                        best = (e, s, h)
        if best is None or best[1] < MIN_SCORE:
            return None
        e = self._trimmed(q, best[0], best[2], aside, places)
        if counted and not (_all_counted(e) or _share_held(e, q.folded)):
            return None  # the number asked is not the items' own: the figure answers it
        return self.render(q, e, language)

    def _trimmed(
        self, q: ParsedQuery, e: Enumeration, head: list[str], aside: list[str], places: bool
    ) -> Enumeration:
        """The best list's items as answered: one more of the asked kind that the next sentence
        adds, documents joined, one owner's things, without the kind said before the first
        item, what the question sets aside, or (places asked) the items naming no place."""
        e = owned_by(
            joined_docs(with_one_more(e, head), asked_kind(head) == "doc"),
            q.folded,
        )
        # the kind asked, said once before the list, is no part of its first item (documents
        # are named by their own kinds: "Kế hoạch …", "Chỉ thị …")
        if not e.paras and asked_kind(head) != "doc":
            e = replace(e, items=tuple(first_after_head(e.items, head)))
        kept = tuple(i for i in e.items if not set_aside(self._restored(e.para, i), aside))
        e = replace(e, items=kept) if not e.paras and len(kept) >= 2 else e
        # "những địa phương nào": the places of a list naming other things too ("tại huyện X và các sở")
        named = tuple(i for i in e.items if PLACE_PREFIX.match(fold(i)) or title_name(i))
        e = replace(e, items=named) if places and not e.paras and len(named) >= 2 else e
        return e

    def _readings(
        self, q: ParsedQuery, head: list[str], seq: list[str], named_by: Sequence[str]
    ) -> list[tuple[list[str], list[str]]]:
        """The asked kind of thing and the question's words, once for each sense of an English
        head noun read two ways ("reports": phóng sự, báo cáo; see `head_readings`), the
        other sense's words left out; else once, as the question has them. (Not for a class of
        thing: "documents" are văn bản, whatever else the lexicon reads.)"""
        readings = [] if named_by or asked_kind(head) else head_readings(q)
        out: list[tuple[list[str], list[str]]] = []
        for reading in readings:
            other = {w for r in readings if r is not reading for w in r}
            h = known(reading, self.sections.idf)
            if h:
                out.append((h, [w for w in seq if w not in other]))
        return out or [(head, seq)]

    def topic(self, e: Enumeration, words: list[str]) -> float:
        """How much the list is about the question's topic (its words beside what it asks
        listed): their share (idf-weighted) and the share of their adjacent pairs in the
        list's lead-in, sentence or section path, whichever holds most of each; 2.0 without
        topic words."""
        if not words:
            return 2.0
        # the paragraph as restored too: OCR misreads short words ("cấp" read "cép")
        texts = [self._sentence_words(t) for t in (
            e.lead, e.sentence + " " + " ".join(e.items), e.para.chunk.section,
            e.para.readable)]  # fmt: skip
        pairs = topic_pairs(words)
        idf = self.sections.idf
        return max(coverage(words, t.keys, idf) for t in texts) + (
            max(pair_coverage(pairs, t) for t in texts) if pairs else 1.0
        )

    def score(
        self,
        e: Enumeration,
        words: list[str],
        pairs: list[tuple[str, str]],
        rank_of: dict[str, int],
        head: Sequence[str] = (),
        numbers: Sequence[str] = (),
        quoted: Sequence[str] = (),
        counted: bool = False,
    ) -> float:
        """How well an enumeration answers: the question's topic words in its sentence and
        section, what is asked for named right before the list or in its items, items that
        look like the asked kind of thing, and how well the retriever ranked its paragraph."""
        idf = self.sections.idf
        # as the report has it and as restored (OCR misreads short words: "bổ" read "bd")
        sent = self._sentence_words(
            f"{e.sentence} {' '.join(e.items)} {self._restored(e.para, e.sentence)}"
        )
        lead = self._sentence_words(
            f"{e.lead} {e.tail} {self._restored(e.para, e.lead[-LEAD_CHARS:])}"
        )
        path = self._sentence_words(e.para.chunk.section)
        # What the question says of the listed things is said in the lead-in ("tham mưu ban
        # hành các văn bản:"); its words among the items count less.
        s = 1.0 * (coverage(words, lead.keys, idf) + pair_coverage(pairs, lead))
        s += 0.75 * (coverage(words, sent.keys, idf) + pair_coverage(pairs, sent))
        s += 0.5 * (coverage(words, path.keys, idf) + pair_coverage(pairs, path))
        # what was done to the listed things is said right before them ("… đã kiểm tra văn bản
        # QPPL của | các huyện …"), not a sentence earlier ("… kiểm tra CCHC; đưa tin về | …")
        clause = self._sentence_words(lead_clause(e.lead))
        s += CLAUSE_WEIGHT * (coverage(words, clause.keys, idf) + pair_coverage(pairs, clause))
        if numbers:  # "scored above 90%": the figure the question names is in the sentence
            s += 0.75 * sum(n in sent.tokens for n in numbers) / len(numbers)
        if head:
            s += self._head_fit(e, head)
        if e.led:
            s += 0.5
        if quoted and quotes_name(e.lead, quoted):
            s += QUOTED_WEIGHT  # "chuyên đề: “Cải cách hành chính” … :" leads in the list asked
        s += 0.05 * min(len(e.items), 10)  # two named things are a weaker list than ten
        # Clauses cut at commas are not named things: long items weigh against a list.
        # (a block list's item is a paragraph: what it names is its opening clause)
        heads = [re.split(r"[,:;.]", i, maxsplit=1)[0] for i in e.items] if e.paras else e.items
        mean = sum(len(i.split()) for i in heads) / len(heads)
        if asked_kind(head) != "doc" and mean > 10:
            s -= 0.05 * (mean - 10)
        # Items that open with an action ("Thực hiện …", "Phối hợp …") are things done, not the
        # named things a "which …" question lists.
        shown = [p.readable for p in e.paras] if e.paras else list(e.items)
        s -= ACTIVITY_WEIGHT * sum(map(activity, shown)) / len(shown)
        if not counted:
            s -= FIGURE_WEIGHT * sum(map(figure_told, shown)) / len(shown)
        ranks = [rank_of[p.chunk.id] for p in (e.para, *e.paras) if p.chunk.id in rank_of]
        if ranks:
            s += RANK_WEIGHT / (1 + min(ranks))
        return s

    def _aside_fit(self, e: Enumeration, aside: list[str]) -> float:
        """"Ngoài X, những Y nào": the list naming X (an item of a few words) lists the things
        asked beside it; a list led in by X ("Biên chế của Trung tâm: …") is X itself."""
        if not aside:
            return 0.0
        s = 0.0
        if any(len(i.split()) <= 10 and set_aside(self._restored(e.para, i), aside)
               for i in e.items):  # fmt: skip
            s += ASIDE_WEIGHT
        if any(lead_sets_aside(t, aside) for t in self._lead_texts(e)):
            s -= ASIDE_WEIGHT
        return s

    def _lead_texts(self, e: Enumeration) -> tuple[str, str]:
        """The sentence leading into a list up to its first item (a list in brackets too:
        "Biên chế của X: Có 10 công chức (trong đó có | …"), as printed and as restored."""
        said = _SENTENCE_END.split(e.lead)[-1]
        return said, self._restored(e.para, said)

    def _head_fit(self, e: Enumeration, head: Sequence[str]) -> float:
        """How much the list is of the asked kind of thing: named right before it or in its
        items, items that look like that class of thing; less for none of that class."""
        idf = self.sections.idf
        # (as restored too: OCR "th6ng" is "thống")
        first = e.items[0] if e.items else ""
        near = self._sentence_words(
            f"{e.lead[-80:]} {first} {self._restored(e.para, e.lead[-80:])} "
            f"{self._restored(e.para, first) if first and not e.paras else ''}"
        )
        # "các ngành:", "những hệ thống như": the list names what it lists; the bare word
        # may be part of another ("chuyên ngành")
        named = 0.5 * coverage(head, near.keys, idf)
        # (a count does too, before a colon: "có 03 tổ chuyên môn, gồm:"; not one the
        # sentence runs on past, "cho 600 học viên là cán bộ, công chức các sở")
        counted = e.led and any(
            t.isdigit() and near.tokens[i + 1] == head[0] for i, t in enumerate(near.tokens[:-1])
        )
        if (
            counted
            or any(near.has_pair(a, head[0]) for a in ("cac", "nhung"))
            or near.has_pair(head[-1], "nhu")
        ):
            named = 1.0
        # "Phân hệ A; Phân hệ B", "Hệ thống X, Hệ thống Y": the items name it themselves
        # the head's first two words together ("quyết định", not the "quyết" of "nghị
        # quyết"), or its one word
        # or (no place, no document: those have their own fit) opens with the head noun, as
        # restored too ("T6 Hướng dẫn" is "Tổ …")
        kind = asked_kind(head)
        restored = (
            [p.readable for p in e.paras]
            if e.paras
            else [self._restored(e.para, i) for i in e.items]
        )
        in_items = sum(
            # (as restored too: OCR "hé th6ng" is "hệ thống")
            any(self._sentence_words(t).has_pair(head[0], head[1]) if len(head) >= 2
                else has_word(head[0], self._sentence_words(t).keys) for t in (i, r))
            or (kind not in ("doc", "place") and any(self._sentence_words(t).tokens[:1] == (head[0],)
                                                     for t in (i, r)))
            for i, r in zip(e.items, restored, strict=True)
        ) / len(e.items)  # fmt: skip
        s = 1.5 * named + (1.0 * in_items if in_items >= 0.5 else 0.0)
        fit = 1.0 if kind == "doc" and docs_announced(e.lead) else kind_fit(kind, e.items, restored)
        s += 1.5 * fit
        if kind and not fit:
            s -= WRONG_KIND  # "which documents" answered with agencies: no answer
        return s

    def render(self, q: ParsedQuery, e: Enumeration, language: str) -> Answer:
        """The list answered: its items, each cited, under its lead-in."""
        en = language == "en"
        r = self.index.reports[e.para.chunk.report_id]
        where = ", ".join(x for x in (r.province, r.period) if x)
        label = "Sources" if en else "Nguồn"
        lines: list[str] = []
        cits: list[Citation] = []
        if e.paras:  # a block list: each item cited at its own lines
            section = e.para.chunk.section
            whole = "\n".join(p.readable for p in (e.para, *e.paras))
            for n, p in enumerate(e.paras, 1):
                cits.append(cite(self.index, n, p, whole, section))
                lines.append(f"- {clip(digits_read(strip_marker(p.readable), whole), 300)} [{n}]")
            lead = clip(strip_marker(e.para.readable).rstrip(": "), 160)
            head = f"**{lead}** ({where}; {r.agency}):"
        else:
            start = e.para.text.find(e.sentence)
            # (the figure the list is told under, as its lead-in states it, cited with it)
            lead_at, stated = lead_stated(e)
            cited_from = min(start, lead_at) if lead_at >= 0 else start
            cits.append(cite_part(self.index, 1, e.para, cited_from, start + len(e.sentence)))
            # a word the restorer left with a digit ("M6 hình") as the paragraph spells it
            context = e.para.readable
            lines = [
                f"- {clip(digits_read(shown_item(e.para.readable_part(item)), context), 200)} [1]"
                for item in e.items
            ]
            head = (
                f"**{len(e.items)} items listed** ({where}; {r.agency}) [1]:"
                if en
                else f"**{len(e.items)} mục được nêu** ({where}; {r.agency}) [1]:"
            )
            # the figure the list is told under ("100% cơ quan …, đặc biệt của các ngành:"),
            # said before the items
            if stated:
                said = " … ".join(digits_read(strip_marker(x), context) for x in stated)
                head = f"{'Lead-in' if en else 'Câu dẫn'}: {said} [1]\n{head}"
        text = head + "\n" + "\n".join(lines) + f"\n\n{label}:\n"
        text += "\n".join(source_line(c, en) for c in cits)
        return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)
