"""A figure whose passage never says what the question's things must have or have done to be
counted: "not found", citing the nearest figure.

A count or a share asked of things that meet a condition ("bao nhiêu phần trăm cán bộ … được
trang bị máy tính", "how many communes have a web portal", "officials who use e-mail") is only
answered by a figure said of that condition. A figure of the same place and level whose line
says none of the condition's terms ("100% các xã … không có cán bộ chuyên trách CNTT" for
officials given computers) is of another measure, however many of the question's other words
(place, level, the things counted) its line shares: those words are what the figure answerer
scores, and what the condition adds is exactly what they miss."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from bot.coverage import VI_SKIPPED, VI_TERMS, close, positioned_words
from bot.extractive import parts_said
from bot.nearest import nearest_not_found, stated
from bot.quantities_asked import said_as
from core.lexicon import alike_terms, english_index, read_lexicon, vietnamese_terms
from core.query import ParsedQuery, expand
from core.result import Answer
from core.text import fold

# What opens the measure asked: a count or a share ("bao nhiêu", "tỷ lệ", "what share of").
_MEASURE = re.compile(
    r"\b(?:bao nhieu|ty le|ti le|phan tram|how many|what share|what percent(?:age)?|"
    r"percentage|proportion|share)\b"
)
# What opens the condition the counted things meet, after the measure: "được …", "có …",
# "đã …", "sử dụng …"; "were issued …", "have …", "with …", "use …".
# Folded, "co" is also "cơ", "cô", "cổ" and "da" "đa", "đá": where the question is typed with
# diacritics its own word decides (`_CONDITION_TYPED`); typed without, "co" before "quan", "so",
# "che", "cau" is the noun ("cơ quan", "cơ sở", "cơ chế", "cơ cấu"), not "có".
_CONDITION = re.compile(
    r"\b(?:duoc|co(?!\s+(?:quan|so|che|cau)\b)|da|su dung|with|uses?|used|using|"
    # English "were / was / have been" only before a participle ("were issued", "were given"):
    # "were level-3 dossiers", "was the portal providing" say what is counted, no condition
    r"(?:were|was|are|is|have been|had been|has been)(?=\s+[a-z]+(?:ed|en)\b)|"
    r"(?:have|has|had)(?=\s+(?!been\b)[a-z]))\b"
)
_AMBIGUOUS = {"co": "có", "da": "đã"}
# The English "be" forms `_CONDITION` reads only before a participle (a Vietnamese place
# name may end like one: "tuyen").
_BE_WORDS = frozenset({"were", "was", "are", "is", "have been", "had been", "has been"})
# An English question's inverted verb ("how many units did Ha Tinh merge", "… were
# disciplined"): what follows says what the counted things underwent, read only where no bold
# figure is stated (`condition_unsaid`), its action terms included.
_INVERTED = re.compile(r"\b(?:did|does|do)\b")
# Terms that say no condition of the things counted: which administrative unit ("thị xã",
# "thành phố"), a total or a comparison ("tổng số", "so với"), or the report itself ("báo
# cáo"; "phóng sự" is the lexicon's other "report"), the government or its levels ("each level
# of government" sorts what is counted, it puts no condition on it), as whole terms; and who reports or owns
# them, an agency by the head of its name ("Văn phòng UBND tỉnh", "UBND cấp xã": an English
# question's inverted "had the … Office spent" names its subject there). The levels, periods and
# question words are skipped as the coverage check skips them (`VI_SKIPPED`).
_NOT_A_CONDITION = re.compile(
    r"^(?:so|ban nganh|so ban nganh|co quan|don vi|thanh pho|thi tran|thi xa|xa|phuong|huyen|"
    r"tinh|tong so|tong|so voi|bao cao|phong su|chinh phu|chinh quyen|cap chinh quyen)$"
    r"|^(?:van phong|uy ban nhan dan|ubnd|hdnd|hoi dong nhan dan|so thong tin)\b"
)
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_WORD = re.compile(r"\w+")
# A paragraph's opening ends at its first colon or sentence end; a label that says what the
# paragraph is about is a few words ("Về Cổng dịch vụ công của huyện:", 7), while a first
# sentence of its own may speak of other things the paragraph lists: 12 words keep a label and
# cut most such sentences short (hand-set, not fitted; tests/bot/test_near_miss_condition.py).
_OPENING_END = re.compile(r":|[.;!?](?:\s|$)")
OPENING_WORDS = 12


def _accented(text: str) -> bool:
    """Whether a question is typed with Vietnamese diacritics."""
    return any(ch in "đĐ" or unicodedata.combining(c) for ch in text
               for c in unicodedata.normalize("NFD", ch))  # fmt: skip


def _is_condition_word(q: ParsedQuery, m: re.Match[str]) -> bool:
    """Whether a folded condition word is one in the question as typed (an English "was"
    before a place's name is none: `_BE_WORDS`): an ambiguous fold
    ("co", "da") is the condition word only where the question's own word at the same
    occurrence is "có"/"đã" (not "cơ quan"); a question typed without diacritics is taken as
    folded (`_CONDITION` has already set aside "co quan", "co so" …)."""
    word = m.group(0)
    after = q.folded[m.end() :].lstrip()
    if word in _BE_WORDS and any(after.startswith(fold(p).lower()) for p in q.provinces):
        return False  # "was Bến Tre's hotline taking": a place's name, no participle
    if word not in _AMBIGUOUS or not _accented(q.text):
        return True
    k = len(re.findall(rf"\b{word}\b", q.folded[: m.start()]))
    typed = [w.lower() for w in _WORD.findall(q.text) if fold(w, repair=False) == word]
    return typed[k] == _AMBIGUOUS[word] if k < len(typed) else True


@cache
def _action_terms() -> frozenset[str]:
    """The lexicon's Vietnamese action terms of two or more syllables (worded in English with an
    "-ed" form: "sáp nhập" merged, "kỷ luật" disciplined), which `VI_SKIPPED` leaves out."""
    return frozenset(
        " ".join(_NON_WORD.sub(" ", t.folded).split()) for t in read_lexicon()
        if len(t.folded.split()) > 1 and any(re.fullmatch(r"[a-z]+ed", e) for e in t.english)
    )  # fmt: skip


def condition_terms(q: ParsedQuery, actions: bool = False) -> list[str]:
    """The report terms (folded) of the condition a count or share asked puts on the things it
    counts: the lexicon's terms of the words after the first condition word that follows the
    measure ("… cấp xã được trang bị máy tính" → "trang bi may tinh"; English in its report
    wording, "were given computers" → "may tinh"), less any term of the counted things' own
    words ("cơ quan nhà nước … có" does not ask "nhà nước" of them); with `actions`, an English
    inverted verb ("did Ha Tinh merge") opens it too and action terms count; none when the
    question asks no measure or names no condition."""
    m = _MEASURE.search(q.folded)
    c = next(
        (c for c in _CONDITION.finditer(q.folded, m.end()) if _is_condition_word(q, c)), None
    ) if m else None  # fmt: skip
    if m is not None and c is None and actions:
        c = _INVERTED.search(q.folded, m.end())
    if m is None or c is None:
        return []
    counted = " ".join(_NON_WORD.sub(" ", q.folded[m.end() : c.start()]).split())
    own = [counted, *vietnamese_terms(expand(counted))]

    def kept(t: str) -> bool:
        return (
            (t not in VI_SKIPPED or (actions and t in _action_terms()))
            and not _NOT_A_CONDITION.match(t)
            and not any(f" {t} " in f" {o} " for o in own)
        )

    rest = q.folded[c.end() :]
    generic = _generic_terms(rest, kept)
    terms = vietnamese_terms(expand(rest))
    return [t for t in dict.fromkeys(terms) if kept(t) and t not in generic]


def _generic_terms(folded: str, kept: Callable[[str], bool]) -> set[str]:
    """The report terms of each English word of a condition that also names a term the
    condition does not keep: "staff" is "cán bộ" (the officials counted) as much as "người lao
    động", "agencies" is "cơ quan" (who owns them) as much as "ban, ngành"; such a word only
    qualifies what is counted ("laptops bought for the staff of its agencies"), and a passage
    need not say its other renderings. A word of one rendering is left to `kept`."""
    pattern, by_en = english_index()
    text = " ".join(_NON_WORD.sub(" ", folded).split())
    out: set[str] = set()
    for m in pattern.finditer(text):
        terms = by_en[m.group(1)]
        if len(terms) > 1 and not all(map(kept, terms)):
            out.update(terms)
    return out


def _writes(wording: str, where: dict[str, list[float]]) -> bool:
    """Whether a wording's words all occur close together (within twice its length) among a
    passage's words (their positions: "Cổng/trang TTĐT" writes "cổng thông tin điện tử")."""
    spots = [where.get(w, []) for w in wording.split()]
    return all(spots) and close(spots, 2 * len(spots) + 1)


def _said(term: str, where: dict[str, list[float]]) -> bool:
    """Whether a passage's words say a term, in its own or an alike wording, or by every
    shorter term it is made of ("trang bị … máy tính")."""
    if _writes(term, where) or any(_writes(t, where) for t in alike_terms(term)):
        return True
    parts = [t for t in VI_TERMS if t != term and f" {t} " in f" {term} "]
    return bool(parts) and all(_writes(t, where) for t in parts)


def _opening(context: str) -> str:
    """What a paragraph opens with, up to its first colon or sentence end and at most
    `OPENING_WORDS` words: the thing a paragraph is about ("Về Cổng dịch vụ công của huyện:")."""
    head = _OPENING_END.split(context, maxsplit=1)[0]
    return " ".join(head.split()[:OPENING_WORDS])


def says_condition(terms: list[str], quote: str, context: str, section: str) -> bool:
    """Whether a figure's line, with what its sentence says before it, what its paragraph
    opens with and its section heading, says any of the condition's terms."""
    lead = parts_said.lead_of(quote, context)
    said = fold(f"{_opening(context)} {lead} {quote} {section}")
    where: dict[str, list[float]] = {}
    for w, i in positioned_words(_NON_WORD.sub(" ", said)):
        where.setdefault(w, []).append(i)
    return any(_said(t, where) for t in terms)


@cache
def _as_written() -> dict[str, str]:
    """Each lexicon term's folded wording → the term as the reports write it (diacritics)."""
    return {" ".join(_NON_WORD.sub(" ", t.folded).split()): t.vi for t in read_lexicon()}


def _typed(text: str, term: str) -> str:
    """A folded term as the question types it ("trang bi may tinh" → "trang bị máy tính"), else
    as the reports write it (an English question: "thư điện tử công vụ")."""
    text = " ".join(text.split())
    typed = said_as(text, fold(text, repair=False).lower(), term)
    return typed if typed != term else _as_written().get(term, term)


def condition_unsaid(q: ParsedQuery, ans: Answer, language: str) -> Answer | None:
    """ "Not found" in place of a figure (or of candidates) whose passage says none of the
    terms of the condition the question puts on what it counts (`condition_terms`); None when
    the answer stands or the question names no condition."""
    pairs = stated(ans)
    # candidates only (no figure in bold): an action none of their passages says leaves
    # nothing to hedge between; a bold figure's action may be worded the report's own way
    terms = condition_terms(q, actions=not ans.figure) if pairs else []
    if not terms or any(says_condition(terms, c.quote, c.context, c.section) for _, c in pairs):
        return None
    (fig, cit), what = pairs[0], _typed(q.text, terms[0])
    text = (
        f"Not found: the reports give no figure for what the question asks; the nearest "
        f"figure, {fig}, is not said of it: its passage says nothing of “{what}” [1]."
        if language == "en"
        else f"Không tìm thấy: các báo cáo không nêu số liệu câu hỏi cần; số liệu gần nhất, "
        f"{fig}, không nói về điều này: đoạn trích không nhắc đến “{what}” [1]."
    )
    return nearest_not_found(q, text, cit, language)
