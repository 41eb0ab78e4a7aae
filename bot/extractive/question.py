"""What a question asks, read once per question: the parts of a breakdown and qualifiers it
names, what it counts (Vietnamese and English), whether it wants a percentage or a document
number, what it leaves out."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from bot.extractive.as_of import as_of_dropped
from bot.extractive.breakdown import names_phrase
from bot.extractive.english_phrases import (
    _EN_COPULA,
    _EN_COUNT,
    _EN_OF_BEFORE,
    _EN_PHRASE_END,
    _EN_RATE_BEFORE,
    _EN_RATE_OF,
    _PARTICIPLE,
)
from bot.extractive.left_out import _EXCLUDES, remaining_part
from bot.extractive.levels import asked_levels
from bot.extractive.part_families import (
    ASKABLE_PARTS,
    EXHAUSTIVE_FAMILIES,
    PART_PHRASES,
    STAFF,
)
from bot.extractive.part_families import GRADES as GRADES
from bot.extractive.part_families import KIND_FAMILIES as KIND_FAMILIES
from bot.extractive.part_families import PART_FAMILIES as PART_FAMILIES
from bot.extractive.part_families import SIBLING_FAMILIES as SIBLING_FAMILIES
from bot.extractive.public_named import APPLICANTS, public_named
from bot.extractive.stated import given
from bot.extractive.words import _ABBR_WORDS
from bot.intents_types import WANTS_PERCENT
from bot.stopwords import RATE_STOP, STOP
from core.lexicon import to_vietnamese
from core.places import strip_places
from core.query import ParsedQuery, expansions, terms_named
from core.text import fold, is_syllable
from index.lexical import tokenize

# A count of positions ("biên chế"; the lexicon's "positions", not "leadership positions");
# not "tinh giản biên chế" (downsizing: the people cut).
_POSITIONS = re.compile(r"(?<!tinh gian )\bbien che\b")
# Other names of a part: the departments of a province ("sở, ban, ngành", "sở, ngành") are its
# provincial level, unless the name goes on to the localities ("sở, ngành, địa phương": all
# levels) or to the district and commune people's committees.
# The budget's total revenue and spending ("Tổng thu toàn tỉnh", "Tổng chi …") are its revenue
# and spending.
PART_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("so", "ban", "nganh"): ("cap", "tinh"),
    ("so", "nganh"): ("cap", "tinh"),
    ("tong", "thu"): ("thu", "ngan", "sach"),
    ("tong", "chi"): ("chi", "ngan", "sach"),
    # a dossier "đang xử lý" is one "đang giải quyết" (in progress)
    ("dang", "xu", "ly"): ("dang", "giai", "quyet"),
}
# One part said two ways: "trễ hạn" is "quá hạn" (past its deadline). Read as one part on
# both sides, question and label, so neither is a sibling of the other.
SAME_PART: dict[tuple[str, ...], tuple[str, ...]] = {("tre", "han"): ("qua", "han")}


def one_name(parts: Iterable[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The parts, each said one way (`SAME_PART`), once each, in order."""
    return tuple(dict.fromkeys(SAME_PART.get(p, p) for p in parts))
_ALL_LEVELS_AFTER = frozenset({"dia", "ubnd", "huyen", "xa", "dia phuong"})
_AS_WRITTEN = frozenset({("tong", "thu"), ("tong", "chi")})


def other_names(seq: list[str] | tuple[str, ...]) -> set[tuple[str, ...]]:
    """The parts (`PART_NAMES`) a run of folded words names by another name."""
    out: set[tuple[str, ...]] = set()
    for name, part in PART_NAMES.items():
        n = len(name)
        for i in range(len(seq) - n + 1):
            window = tuple(seq[i : i + n])
            # "tổng thể" is no "tổng thu": the budget's names only as written
            said = window == name if name in _AS_WRITTEN else names_phrase(name, window)
            # "tổng số ngành Thuế" (the total of the tax sector): the "số" of "tổng số", no "sở"
            said = said and not (name[0] == "so" and seq[i - 1 : i] == ["tong"])
            if said and not (
                part == ("cap", "tinh") and set(seq[i + n : i + n + 2]) & _ALL_LEVELS_AFTER
            ):
                out.add(part)
    return out
# Words that qualify a count by its state (done, in progress, not yet): "da thuc hien duoc 50
# nhiem vu trong tong so 44", "da giai quyet 61.200, dang giai quyet 5.400". Between figures
# that score the same, the one whose own label carries the qualifiers the question asks (and no
# other) is the asked one: a question that names no state asks for the plain count.
QUALIFIERS: tuple[tuple[str, ...], ...] = tuple(p for p in ASKABLE_PARTS if p not in STAFF) + tuple(
    tuple(p.split())
    for p in ("da thuc hien", "dang thuc hien", "chua thuc hien", "da hoan thanh",
              "chua hoan thanh", "dang trien khai", "da giai quyet xong", "dang xu ly")
)  # fmt: skip


# Words of a counted phrase that say how it is measured or its scope, not what is counted
# ("bao nhieu phan tram", "tong so", "cap xa" where the clause says "143 xa"): not looked for.
_MEASURE_WORDS = frozenset({"phan", "tram", "ty", "le", "tong", "so", "luong", "cap"})
# "mỗi tháng", "mỗi năm" (per month, per year): a rate the reports write "300.000đ/tháng"; its
# "mỗi" is no word of what is counted (folded, it is "mới" too: only before a time unit).
PER_TIME = re.compile(r"\bmoi (?:thang|nam|ngay|quy|tuan)\b")


# Words that ask for a document's number ("Ke hoach so may?", "which decision number").
# A hotline's or a phone's number ("tổng đài … là số máy?", "what is the hotline number") is a
# figure the reports write bare ("tổng đài … 1022"), no document's number.
_PHONE = r"(?:tong dai|duong day nong|so dien thoai|dien thoai|hotline|switchboard|phone)"
_WANTS_DOCNUM = re.compile(
    rf"^(?!.*\b{_PHONE}\b)"
    r".*?\b(so may|so hieu|ky hieu|(?<!tong )so bao nhieu|which number|what number|document number|"
    r"decision number|plan number|number of the (?:plan|decision|resolution|document))\b"
)
# The router's words for a share (bot/intents_types.py), one list for both.
_WANTS_PERCENT = WANTS_PERCENT


# Document types a question may name, with the code their numbers carry.
_DOC_TYPES = {"nghi quyet": "NQ", "ke hoach": "KH", "quyet dinh": "QD", "chi thi": "CT",
              "thong tu": "TT", "nghi dinh": "ND", "bao cao": "BC", "cong van": "UBND",
              "resolution": "NQ", "plan": "KH", "decision": "QD", "directive": "CT",
              "decree": "ND"}  # fmt: skip


_COUNT_NOUNS = frozenset({"dich", "dvc", "dvctt", "ho", "tthc", "thu", "nguoi", "can", "cong"})


# Nouns a count can be of; a figure followed by one the question does not ask about is suspect.
_UNITS = frozenset(  # a word list reads best as words
    """ho hs van tin bai nhiem luot cuoc don doanh gian chung tram may dvc tthc thu dong ngan""".split()  # noqa: SIM905
)


# Words of a question asking what remains or is not yet done ("còn bao nhiêu", "chưa", "đang",
# "remaining"): a figure after "còn" answers it.
_ASKS_REMAINDER = re.compile(
    r"\b(con lai|con bao nhieu|con|chua|dang|remain|remaining|left|outstanding|pending|"
    r"not yet|still)\b"
)


# Words of a question asking an amount of money ("bao nhiêu kinh phí", "bao nhiêu vốn"):
# "đồng" after a figure is what it is counted in, not another thing counted.
_MONEY_WORDS = frozenset({"kinh", "phi", "von", "tien", "ngan", "sach"})
# What an amount in đồng says of itself: it is money ("bao nhiêu tiền"), funds or capital
# ("bao nhiêu vốn", "kinh phí") whatever its line calls it; a budget ("ngân sách") it is not
# by itself.
MONEY_SAID = frozenset({"kinh", "phi", "von", "tien"})
# An amount in đồng: the words after its figure ("12.500.000.000 đồng", "19.314,870 tỷ đồng";
# OCR "ddng", "déng"), folded.
# "đồng" written out, or the sign "đ" (folded "d") right after the amount ("300.000đ/tháng").
_MONEY_AFTER = re.compile(r"\s*(?:ty|trieu|nghin|ngan)?\s*(?:dong|deng|vnd)\b|d(?![a-z0-9])")


# Words that count people ("28 công chức", "90 viên chức", "01 lao động hợp đồng", OCR "cong
# chirc" too): a clause counting them counts "người", the word of "bao nhiêu người …".
_PEOPLE = re.compile(r"\b(?:can bo|cong ch\w{1,3}c|vien ch\w{1,3}c|lao dong|nhan vien|chien si)\b")


def counts_people(clause: str) -> bool:
    """Whether a clause counts people by what they are (civil servants, employees, staff)."""
    return bool(_PEOPLE.search(fold(clause)))


def is_money(clause: str, figure: str) -> bool:
    """Whether the clause gives `figure` as an amount in đồng."""
    folded = fold(clause)
    at = folded.find(fold(figure))
    return at >= 0 and bool(_MONEY_AFTER.match(folded, at + len(fold(figure))))


# Another word a question counts a unit by: occurrences are "lượt" after the figure and "lần"
# in the counted name ("số lần đăng nhập … 46.670 lượt"; "logins" is "lần đăng nhập").
_SAID_AS = {"luot": frozenset({"lan"})}


def _counts_other(unit: str, q_words: frozenset[str]) -> bool:
    """True when `unit`, the word after a figure, is a count noun the question does not ask."""
    if unit not in _UNITS or unit in q_words or _SAID_AS.get(unit, frozenset()) & q_words:
        return False
    if unit == "dong" and q_words & _MONEY_WORDS:
        return False
    # "251 DVC" when "dich vu cong" was asked: the abbreviation is the asked thing.
    return not set(_ABBR_WORDS.get(unit, ["-"])) <= q_words


# Words that end what a question counts and start the state it asks it in ("bao nhiêu vốn |
# chưa giải ngân", "bao nhiêu hồ sơ | đã giải quyết"): the state is a part or qualifier, said
# by the figure's label ("còn lại", "đã giải quyết") or its lines above, not a counted noun.
_STATE_WORDS = frozenset({"chua", "da", "dang", "con"})


@functools.lru_cache(maxsize=256)
def state_words(q: ParsedQuery) -> frozenset[str]:
    """The words after "bao nhiêu …" from the first state word (`_STATE_WORDS`) on: the state
    the question asks the count in, not what it counts."""
    m = _UNIT_AFTER.search(q.folded)
    if not m:
        return frozenset()
    toks = tokenize(m.group(1))
    cut = next((i for i, t in enumerate(toks) if t in _STATE_WORDS), len(toks))
    return frozenset(toks[cut:]) - frozenset(toks[:cut])


# Question phrases that only say "total"/"currently"; they are not what is counted.
_UNIT_AFTER = re.compile(  # past "trường hợp (là)" (`words.CASES`): what the cases are
    r"\b(?:bao nhieu|how many|how much|so luong|number of)\s+(?:truong hop\s+(?:la\s+)?)?"
    r"((?:[a-z0-9]+\s*){1,3})"
)


def counted_pairs(q: ParsedQuery, units: AbstractSet[str]) -> list[tuple[str, str]]:
    """The pairs of adjacent words after "bao nhiêu" that are both counted words (`units`):
    "bao nhiêu giáo viên" → ("giao", "vien")."""
    m = _UNIT_AFTER.search(q.folded)
    words = tokenize(m.group(1)) if m else []
    return [(a, b) for a, b in zip(words, words[1:], strict=False) if a in units and b in units]


@functools.lru_cache(maxsize=256)
def _question_facts(
    q: ParsedQuery,
) -> tuple[set[str], frozenset[int], list[str], frozenset[str]]:
    """Per question, for every clause and figure looked at: the numbers it names, the service
    levels it asks for, its words in order (no stop words, no province names) and as a set.
    Read-only."""
    numbers = {t for t in tokenize(q.folded) if t.replace(".", "").isdigit()}
    numbers |= given(q)  # "1,234" written the English way: the one figure "1234", not "1", "234"
    # the "tinh" of an "as of" ("tính tới ngày 20/5") is no "cấp tỉnh" (`as_of_dropped`)
    seq = [t for t in tokenize(as_of_dropped(q, strip_places(q.expanded))) if t not in STOP]
    return numbers, asked_levels(q.expanded), seq, frozenset(seq)


@functools.lru_cache(maxsize=256)
def excluded_parts(q: ParsedQuery) -> frozenset[tuple[str, ...]]:
    """The parts of a breakdown a question leaves out: those it names after an exclusion word
    (`_EXCLUDES`), up to the end of that phrase ("đúng hạn (không kể trước hạn)": "trước
    hạn"); in English, by the report terms the phrase names ("not counting those carried
    over": "kỳ trước chuyển qua")."""
    out: set[tuple[str, ...]] = set()
    for m in _EXCLUDES.finditer(q.folded):
        phrase = re.split(r"[),;?]", q.folded[m.end() :], maxsplit=1)[0]
        seqs = [tokenize(phrase), *(tokenize(t) for t in to_vietnamese(phrase))]
        out.update(p for p in ASKABLE_PARTS for seq in seqs if _names(seq, p))
    return frozenset(out)


def _names(seq: list[str], p: tuple[str, ...]) -> bool:
    """Whether the words `seq` hold phrase `p` in a row."""
    return any(tuple(seq[i : i + len(p)]) == p for i in range(len(seq) - len(p) + 1))


@functools.lru_cache(maxsize=256)
def _asked_parts(q: ParsedQuery) -> tuple[tuple[str, ...], ...]:
    """The parts of a breakdown (or kinds, `KIND_FAMILIES`) the question names, in its report
    wording; a part said within a longer one named ("tự chủ" in "không tự chủ") is not, nor a
    part it leaves out (`excluded_parts`); the one part of a family left when the question
    leaves out all the others (`left_out.remaining_part`)."""
    # the question's words, then each expansion on its own (`expansions`): "tong so" and "nganh
    # thue" side by side are no "sở, ngành"
    seqs = [tokenize(as_of_dropped(q, strip_places(t))) for t in (q.folded, *expansions(q.folded))]
    left_out = excluded_parts(q)
    named = {n for seq in seqs for n in other_names(seq)}  # "sở, ban, ngành": provincial level
    said = [p for p in ASKABLE_PARTS
            if (any(_names(seq, p) for seq in seqs) or p in named) and p not in left_out]  # fmt: skip
    said += remaining_part(EXHAUSTIVE_FAMILIES, said, left_out)  # all the others left out
    if public_named(q):  # "người dân, doanh nghiệp": everyone a procedure serves, no part
        said = [p for p in said if p not in APPLICANTS]
    staff = [p for p in said if p in STAFF]
    if len(staff) != 1 or not _POSITIONS.search(q.expanded):
        said = [p for p in said if p not in STAFF]
    return one_name(outermost([p for p in said if not _level_counted(p, q.folded)]))


# A level's own units counted ("how many districts …", "bao nhiêu huyện …"): what is counted,
# not a level the figure is narrowed to ("07 huyện/thành phố", not "36 dịch vụ công cấp huyện").
_COUNTED_LEVEL: dict[tuple[str, ...], re.Pattern[str]] = {
    ("cap", "huyen"): re.compile(
        r"\b(?:how many|number of|bao nhieu|so luong)\s+(?:cac\s+)?(?:districts?|huyen)\b(?! level)"
    ),
    ("cap", "xa"): re.compile(
        r"\b(?:how many|number of|bao nhieu|so luong)\s+(?:cac\s+)?(?:communes?|xa)\b(?! hoi| level)"
    ),
}


def _level_counted(part: tuple[str, ...], folded: str) -> bool:
    """Whether the question counts the level's own units (`_COUNTED_LEVEL`)."""
    counted = _COUNTED_LEVEL.get(part)
    return bool(counted and counted.search(folded))


def outermost(said: list[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """The phrases of `said` not said only within a longer one of them ("tu chu" within "khong tu
    chu"), in their order."""
    return tuple(p for p in said if not any(len(o) > len(p) and _within(p, o) for o in said))


def _within(p: tuple[str, ...], o: tuple[str, ...]) -> bool:
    """Whether phrase `p` is a run of the words of phrase `o`."""
    return any(o[i : i + len(p)] == p for i in range(len(o) - len(p) + 1))


# An English possessive: "Dong Thap's", "the office’s".
_POSSESSIVE = re.compile(r"['’]s\b")


def _possessed(folded: str) -> str:
    """An English question without its place names and possessive "'s": "what proportion of
    Dong Thap's reform tasks" reads "what proportion of reform tasks" (the place says whose
    figure, not what is counted; the apostrophe would end the counted phrase there)."""
    return " ".join(_POSSESSIVE.sub(" ", strip_places(folded)).split())


# Counted English words right after "how many" or a copula, glossed in parentheses by the
# reports' Vietnamese term: "how many public employees (vien chuc)", "… were staff (can bo)".
_GLOSS = re.compile(
    r"\b(?:many|much|were|are|was|is)((?: [a-z]+){1,4}) \(\s*([a-z]+(?: [a-z]+){1,3})\s*\)"
)


def _glossed(folded: str) -> str:
    """The reports' Vietnamese term (folded, two to four syllables) that the English counted
    words gloss in parentheses, or that is typed before an English gloss in parentheses; "" when none (a place glossed after "at the centre" is none)."""
    m = _GLOSS.search(folded)
    if not m or any(w in _EN_PHRASE_END for w in m.group(1).split()):
        return ""
    if all(map(is_syllable, m.group(2).split())):
        return m.group(2)
    # the other way round: the reports' term typed, the English in brackets ("the giao vien
    # mam non (preschool teachers) among them")
    typed = m.group(1).split()
    return " ".join(typed) if 2 <= len(typed) <= 4 and all(map(is_syllable, typed)) else ""


@functools.lru_cache(maxsize=256)
def _english_counted(q: ParsedQuery) -> tuple[frozenset[str], ...]:
    """For an English question, what it counts ("how many level 3 public services does ...":
    the words up to the first auxiliary verb or preposition), one entry per counted word: the
    reports' wordings of the terms the runs of up to three words holding it name ("public
    services" → "dich vu cong"). A plural noun no term covers ("doctors") is an empty entry: the reports' words for it are unknown, so no clause can be shown to say it.
    Other uncovered words (often a verb: "people work") are left out. () for a Vietnamese
    question."""
    strict = False  # every uncovered word is unknown, not only plural nouns
    folded = _possessed(q.folded)
    m = _EN_COUNT.search(folded) or _EN_RATE_OF.search(folded)
    if not m:
        m = _EN_RATE_BEFORE.search(folded)  # "the unemployment rate": what it is a rate of
        strict = True
    if not m:
        return ()
    words: list[str] = []
    for w in m.group(1).split():
        if w in _EN_PHRASE_END:
            break
        words.append(w)
    if not words and (named := _EN_COPULA.search(folded)) and not _PARTICIPLE.fullmatch(
        named.group(1).split()[0]
    ):  # "how many were cadres and civil servants": the part asked is named after the verb
        words = list(itertools.takewhile(lambda w: w not in _EN_PHRASE_END, named.group(1).split()))
    if not words and (before := _EN_OF_BEFORE.search(folded)):
        words = list(itertools.takewhile(lambda w: w not in _EN_PHRASE_END, before.group(1).split()))
    if gloss := _glossed(folded):  # "public employees (vien chuc)": the reports' own word
        return (frozenset({gloss}),)
    out: list[frozenset[str]] = []
    for i, w in enumerate(words):
        if w in STOP or len(w) < 3 or not w.isalpha():
            continue
        runs = [(a, b) for a in range(max(0, i - 2), i + 1)
                for b in range(i + 1, min(len(words), a + 3) + 1)]  # fmt: skip
        wordings = frozenset(t for a, b in runs for t in terms_named(" ".join(words[a:b])))
        plural = w.endswith("s") and not w.endswith("ss")
        if out and not plural and wordings <= out[-1] and not terms_named(w):
            continue  # "people work": the verb names nothing of its own beyond "people"
        if wordings or strict or plural:
            out.append(wordings)
    return tuple(out)


_RATE_OF = re.compile(r"\b(?:ty le|phan tram)\s+((?:[a-z0-9]+\s*){1,4})")


@functools.lru_cache(maxsize=256)
def _rate_units(q: ParsedQuery) -> frozenset[str]:
    """The words after "ty le" / "phan tram" in a Vietnamese question (what it asks the share
    of), in the reports' syllables."""
    m = _RATE_OF.search(strip_places(q.folded))
    if not m:
        return frozenset()
    return frozenset(t for t in tokenize(m.group(1)) if t not in RATE_STOP and is_syllable(t))


@functools.lru_cache(maxsize=256)
def _asked_qualifiers(q: ParsedQuery) -> frozenset[tuple[str, ...]]:
    """The qualifiers (`QUALIFIERS`) the question names."""
    seq = tokenize(strip_places(q.expanded))
    return frozenset(
        p for p in QUALIFIERS
        if any(tuple(seq[i : i + len(p)]) == p for i in range(len(seq) - len(p) + 1))
    )  # fmt: skip


def part_cut(words: list[str], rest: list[str]) -> tuple[str, ...]:
    """The rest of a breakdown's part (`PART_PHRASES`) the counted words' window cut at its
    end ("bao nhieu ho so qua | han": "han"), read whole as the glossary terms are."""
    for p in PART_PHRASES:
        for k in range(1, len(p)):
            if tuple(words[-k:]) == p[:k] and tuple(rest[: len(p) - k]) == p[k:]:
                return p[k:]
    return ()
