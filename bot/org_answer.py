"""How a body is organised (its make-up, who heads it, which units it has; "cơ cấu tổ chức",
"ai đứng đầu"): the paragraph that names its leader and its units, told sentence by sentence
under its label (its staff asked: with the paragraphs right after it that count its staff), never
one figure of another paragraph about the body."""

from __future__ import annotations

import re

from bot.answer import Answer
from bot.extractive import source_line
from bot.section_answer import SectionAnswerer, candidate_reports, known, topic_sequence
from bot.structure import Para, Words, cite, coverage, has_phrase
from core.query import ParsedQuery
from core.text import fold
from index.retrieve import Retrieval

# A unit word of a body asked in a (folded) question: "tổ", "phòng", "bộ phận", "ban", not the
# words that open with them and name no unit ("tổ chức", "phòng họp", "phòng chống", "phóng
# sự", "ban hành", "ban ngành", "ban chỉ đạo").
UNIT_WORD = r"(?:to(?! chuc)|phong(?! hop| chong| su)|bo phan|ban(?! hanh| nganh| chi dao))"
# The question asks how a body is made up: organised / structured / staffed, who leads it,
# which teams or units it has; in Vietnamese its "cơ cấu tổ chức", "bộ máy … gồm", "ai đứng đầu".
ORG_ASKED = re.compile(
    r"\bhow (?:is|are|was|were)\b[^?]{0,120}\b(?:organi[sz]ed|structured|staffed|set up)\b|"
    r"\bwho (?:leads|heads|runs|directs|is in charge of)\b|"
    r"\bwhat (?:teams|units|divisions|sections|departments|desks) (?:does|do|did)\b|"
    # "what four divisions form the board", "có những phòng nào": the units, by name
    r"\b(?:what|which) (?:\w+ )?(?:teams|units|divisions|desks) (?:make up|makes up|form)\b|"
    rf"\bco (?:nhung|cac|may) {UNIT_WORD}\b[^?]{{0,40}}\b(?:nao|gi)\b|"
    r"\bco cau to chuc\b|\bto chuc bo may\b[^?]{0,60}\b(?:nhu the nao|ra sao|gom)\b|"
    r"\bai (?:dung dau|lanh dao|phu trach|lam giam doc)\b|"
    rf"\bgom (?:nhung|cac|may) {UNIT_WORD}\b"
)
# The words of the asking, not of the body asked about.
_ASKING = frozenset(
    """organised organized structured staffed set leads heads runs directs charge teams units
    divisions sections departments desks co cau to chuc bo may ai dung dau lanh dao phu trach
    gom nhung cac giam doc who have""".split()  # noqa: SIM905
)
_LEADER = ("giam doc", "lanh dao", "truong bo phan", "truong phong")
# A unit of a body, read in the text with its diacritics: folded, "phong" would be "phóng sự"
# too and "to" any "tô"/"tờ"; "tổ chức", "phòng chống", "ban hành" … are no units.
_UNIT = re.compile(
    r"(?<!\w)(?:tổ|phòng|bộ phận|ban)(?!\w)"
    r"(?! (?:chức|quốc|chống|ngừa|cháy|hành|đầu|ngày|thường))",
    re.IGNORECASE,
)
# A body named in the text: its unit word and the word after it ("Bộ phận Một", "Ban Chỉ").
_BODY = re.compile(r"(?<!\w)(?:tổ|phòng|bộ phận|ban|trung tâm)(?!\w) +\w+", re.IGNORECASE)
MIN_UNITS = 2  # units named in the paragraph (a team list names at least two)
MIN_BODY = 0.6  # share of the body's words (idf) in the paragraph and its label: the asked body
# The two best candidate reports: the asked body's report is among them when the question names
# its place; reading more lets a body of another province that shares its words answer.
REPORTS_READ = 2
# A label line (the heading or lead-in before the paragraph) is short; a longer one is a
# paragraph of its own, not quoted.
LABEL_MAX = 160


def unit_count(text: str) -> int:
    """How many units (tổ, phòng, bộ phận, ban) a text names, read with its diacritics."""
    return len(_UNIT.findall(text))


# A unit's name: its unit word and the next word capitalised ("Tổ Hành chính", "Ban Chỉ huy"),
# which no "ban hành", "tổ chức" in running text is.
_UNIT_NAME = re.compile(r"(?:Tổ|Phòng|Bộ phận|Ban)\s+[^\W\d_a-zđà-ỹ]")


def opens_with_unit(text: str) -> bool:
    """Whether a text (an item of a list) opens with a unit word ("Tổ Kiểm tra - Giám sát")."""
    return bool(_UNIT.match(text.strip()) or _UNIT_NAME.match(text.strip()))


def names_asked_body(text: str, asked: set[str]) -> bool:
    """Whether the text names a body whose unit word and next word are all words of the
    question (`asked`, folded)."""
    return any(set(fold(m.group()).split()) <= asked for m in _BODY.finditer(text))


def asks_organisation(q: ParsedQuery) -> bool:
    """Whether a question asks how a body is organised (`ORG_ASKED`)."""
    return bool(ORG_ASKED.search(q.folded))


class OrgAnswerer:
    """Tells, sentence by sentence, the paragraph on how the asked body is organised."""

    def __init__(self, sections: SectionAnswerer) -> None:
        self.sections = sections
        self.index = sections.index

    def find(self, q: ParsedQuery, retrieval: Retrieval) -> tuple[Para, Para | None] | None:
        """The paragraph naming a leader and units of the asked body (and the label before it),
        or None."""
        # ("who leads it": "it" is no IT, "cntt", unless the question says so)
        said = set(q.folded.split())
        words = [
            w for w in known(topic_sequence(q), self.sections.idf)
            if w not in _ASKING and (w != "cntt" or w in said)
        ]  # fmt: skip
        if not words:
            return None
        asked = set(Words.of(q.text).tokens) | set(topic_sequence(q))
        best: tuple[float, Para, Para | None] | None = None
        for rid in candidate_reports(self.index, q, retrieval)[:REPORTS_READ]:
            paras = self.sections.trees.get(rid).all_paras()
            for k, p in enumerate(paras):
                text = Words.of(p.readable)
                if not any(has_phrase(x, text.keys) for x in _LEADER):
                    continue
                if unit_count(p.readable) < MIN_UNITS or not names_asked_body(p.readable, asked):
                    continue
                label = paras[k - 1] if k else None
                around = Words.of(" ".join(x.readable for x in (label, p) if x is not None))
                s = coverage(words, around.keys, self.sections.idf)
                if s >= MIN_BODY and (best is None or s > best[0]):
                    best = (s, p, label)
        return (best[1], best[2]) if best else None

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The paragraph's sentences as bullets under its label, cited; None when no paragraph
        tells it."""
        if not retrieval.hits:
            return None
        found = self.find(q, retrieval)
        if found is None:
            return None
        para, label = found
        r = self.index.reports[para.chunk.report_id]
        lead = (
            label.readable.strip() if label is not None and len(label.readable) <= LABEL_MAX else ""
        )
        context = "\n".join(x for x in (lead, para.readable) if x)
        cits = [cite(self.index, 1, para, context)]
        lines = [f"- {x} [1]" for x in sentences(para.readable)]
        if _STAFF_ASKED.search(q.folded):  # its staff, told in the paragraphs after it too
            for p in staff_after(self.sections.trees.get(r.id).all_paras(), para):
                cits.append(cite(self.index, len(cits) + 1, p, p.readable))
                lines += [f"- {x} [{len(cits)}]" for x in sentences(p.readable)]
        en = language == "en"
        where = ", ".join(x for x in (r.province, r.period) if x)
        head = " ".join(x for x in (f"({where}; {r.agency})", lead) if x)  # (no bold: no figure)
        sources = "\n".join(source_line(c, en) for c in cits)
        told = "\n".join(lines)
        text = f"{head}\n{told}\n\n{'Sources' if en else 'Nguồn'}:\n{sources}"
        return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)


# A sentence of a paragraph ends at ".", "!" or "?" before a capital letter opening the next
# (checked by `str.isupper`: a range of letters would take in Vietnamese capitals) …
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
# … but not after an initial or an abbreviation: one capital letter, or two ("Nguyễn V. An",
# "UBND TP. Vĩnh Yên", "TX. Sơn Tây", "Q. Ba Đình"); a name of two letters ("… ông Lê Văn An.")
# ends its sentence.
INITIAL_LETTERS = 2
# Staff asked ("how is it staffed", "nhân sự", "biên chế"): folded.
_STAFF_ASKED = re.compile(r"\b(?:staff\w*|personnel|employees|nhan su|bien che)\b")
# A paragraph that counts a body's staff: a count of staff it has or is sent ("có 9 công chức",
# "bố trí 4 viên chức", "5 nhân viên làm việc"), or its headcount by "biên chế" / "nhân sự" and
# a figure; not people it serves or trains ("tập huấn cho 120 cán bộ"). Folded.
_STAFF_WORD = r"(?:cong chuc|vien chuc|can bo|nhan vien|nguoi)"
_STAFF = re.compile(
    rf"\b(?:co|gom|bo tri|cu|tiep nhan)\s+(?:\w+\s+)?\d+\s+(?:\w+\s+)?{_STAFF_WORD}\b"
    rf"|\d+\s+{_STAFF_WORD}\s+(?:\w+\s+){{0,3}}(?:lam viec|thuong truc|duoc cu)\b"
    r"|\b(?:bien che|nhan su)\b\D{0,30}\d"
)
# The body's staff is told in one paragraph after its make-up, at most two (the staff it has of
# its own and the staff other agencies send it); a third is another body's. A paragraph that
# counts no staff, or a label line ending in ":" (the next body's), ends them sooner.
STAFF_PARAS = 2


def sentences(text: str) -> list[str]:
    """A paragraph's sentences (see `_SENTENCE_END`, never after an initial: `_initial`),
    each stripped."""
    out: list[str] = []
    start = 0
    text = text.strip()
    for m in _SENTENCE_END.finditer(text):
        if text[m.end()].isupper() and not _initial(text[start : m.start()]):
            out.append(text[start : m.start()])
            start = m.end()
    out.append(text[start:])
    return [x.strip() for x in out if x.strip()]


def _initial(said: str) -> bool:
    """Whether a sentence so far ends on an initial or abbreviation's "." (`INITIAL_LETTERS`
    capitals or fewer), not a sentence's end."""
    token = said.split()[-1].rstrip(".") if said.split() else ""
    return said.endswith(".") and 0 < len(token) <= INITIAL_LETTERS and token.isupper()


def staff_after(paras: list[Para], para: Para) -> list[Para]:
    """The paragraphs right after `para` (at most `STAFF_PARAS`) that count the body's staff
    (`_STAFF`), up to the first that does not or that is a label line (ending in ":")."""
    at = next((k for k, p in enumerate(paras) if p is para), len(paras))
    told = []
    for p in paras[at + 1 : at + 1 + STAFF_PARAS]:
        text = p.readable.strip()
        if text.endswith(":") or not _STAFF.search(fold(text)):
            break
        told.append(p)
    return told
