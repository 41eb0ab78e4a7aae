"""List answers: 'Những huyện nào …', 'các hệ thống nào đã triển khai …', 'which …' → the
enumerated items of the passage that lists the asked kind of thing, cited.

An enumeration is read from one sentence (after a colon 'gồm: a; b; c', inside brackets
'(a, b, c, …)', a semicolon series, or a run of short comma items 'a, b và c') or from a block
(a lead-in paragraph ending with ':' and the dashed items under it). Each candidate is scored by
the question's topic words in its sentence and section, by whether what the question asks for
('huyện', 'hệ thống', 'văn bản' …) is named right before the list or in its items, and by
whether its items look like that kind of thing (a document number, a place name, a short named
thing rather than a clause). The answer is exactly the best enumeration's items: the clause
leading into it and what runs on after its last item are left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer import Answer, Citation
from bot.extractive import source_line
from bot.section_answer import SectionAnswerer, candidate_reports, known, topic_sequence
from bot.stopwords import LIST_HEAD_STOP
from bot.structure import (
    Para,
    Words,
    cite,
    cite_part,
    clip,
    coverage,
    has_word,
    marker_rank,
    pair_coverage,
    strip_marker,
    topic_pairs,
)
from core.lexicon import to_vietnamese
from core.query import ParsedQuery, expand
from core.text import fold
from index.generations import LoadedIndex
from index.lexical import tokenize
from index.retrieve import Retrieval

MIN_ITEMS = 3  # fewer named things, with nothing announcing a list, is not a list
MIN_LED = 2  # after a colon ("như: A, B,...") two named things are a list
ITEM_WORDS = 12  # a comma-separated item longer than this is a clause, not a named thing
SEMI_WORDS = 80  # the same for semicolon-separated items (whole document titles)
RUN_WORDS = 7  # an item of a run of comma items with nothing announcing it ("Lao động -
# Thương binh và Xã hội")
LED_WORDS = 25  # the same for comma items announced by a colon ("như: …")
MAX_ITEMS = 30  # more pieces than this is prose cut at commas
LEAD_CHARS = 300  # how much of the paragraph before a list is read as its lead-in
RANK_WEIGHT = 1.0  # the retriever's best rank of an enumeration's paragraphs: 1 / (1 + rank)
MIN_SCORE = 0.8  # below this no enumeration fits the question: the figure path answers
# A sentence ends at ". " before a capital letter (not inside "1.044" or "TP.").
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+(?=[A-ZĐÀ-Ỹ])")
_TRAILER = re.compile(r"(\s*(\.\.\.|…|,\s*\.\.\.)\s*)+$|[\s.,;:/]+$")
_AND_THE = re.compile(r"\s+(?:và|va|and)\s+(?=(?:các|cac|những|nhung)\s)", re.I)
_AND = re.compile(r"\s+(?:và|va)\s+", re.I)
_LEADER = re.compile(r"^(va|và|and|như|nhu|gồm|gom|là|la|trong đó:?|trong do:?|:)\s+", re.I)
# A colon that opens a list: not the one of a URL ("http://") or a time ("10:30").
_COLON = re.compile(r"(?<!\d)(?<!https)(?<!http):(?!//)\s*")
# The list ends at an ellipsis: what follows it is the sentence going on ("Hệ thống X,... để
# phục vụ …").
_ELLIPSIS = re.compile(r"\s*,?\s*(?:\.{2,}|…)\s*")
# "… và nhiều văn bản chỉ đạo khác": a closing remark, not an item.
_AND_OTHERS = re.compile(
    r"\s(?:va|and)\s(?:nhieu|cac|many|other)\s[^,;]{0,40}\s?(?:kh[a-z]c|others?)\s*$"
)
# Words after which the last item runs on into the sentence ("hệ thống VNPOST tạo thuận lợi
# cho …", "Theo dõi YKCĐ tiếp tục phát huy …"), folded.
_RUN_ON = frozenset(
    ["de", "nham", "tao", "gop", "tiep", "duoc", "da", "dang", "phuc", "nen", "giup", "bao",
     "deu", "dat"]
)  # fmt: skip
_RUN_ON_NOT = frozenset(
    ["de an", "de xuat", "de nghi", "dang ky", "tao lap", "bao cao", "bao hiem"]
)
# A document: its number ("48-NQ/TU", "774/QĐ-UBND", "số 18/KH-BCĐ").
_DOC_NUMBER = re.compile(r"\b\d{1,5}\s*[-/]\s*[A-ZĐ0-9]{1,8}\b|\bs[ốo6]\s+\d{1,5}/")
_YEAR = re.compile(r"(19|20)\d\d")
# Where a document's name starts ("… đến năm 2030, Quyết định số 603 …").
_DOC_WORDS = frozenset(
    ["van ban", "ke hoach", "quyet dinh", "nghi quyet", "chi thi", "cong van", "thong tu",
     "nghi dinh", "de an", "bao cao", "chuong trinh", "quy che", "quy dinh"]
)  # fmt: skip
_PLACE_WORDS = frozenset(
    ["huyen", "xa", "thi xa", "thanh pho", "dia phuong", "thi tran", "phuong", "don vi hanh chinh"]
)
_PLACE_HEADS = frozenset(
    ["huyen", "xa", "thi xa", "thi x", "thanh pho", "tp", "tx", "quan", "phuong", "thi tran"]
)
_IDIOM_TAIL = frozenset(["nganh", "ban", "ban nganh"])  # "sở, ban, ngành"
_IDIOM_PAIRS = frozenset(
    [("khieu nai", "to cao"), ("can bo", "cong chuc"), ("tiep nhan", "giai quyet")]
)
_PLACE_PREFIX = re.compile(
    r"^(?:huyện|huyen|xã|xa|thị xã|thi xa|thành phố|thanh pho|tp\.?|tx\.?)\s", re.I
)
# English names of things the reports list, not in the glossary, folded to the reports' words.
_EN_NOUNS: dict[str, str] = {
    "subsystem": "phan he", "module": "phan he", "system": "he thong", "model": "mo hinh",
    "topic": "chuyen de", "theme": "chuyen de", "area": "linh vuc", "field": "linh vuc",
    "domain": "linh vuc", "team": "to", "ministry": "bo", "ministries": "bo", "sector": "nganh",
    "district": "huyen", "commune": "xa", "town": "thi xa", "plan": "ke hoach",
    "decision": "quyet dinh", "directive": "chi thi", "resolution": "nghi quyet",
    "agency": "co quan", "agencies": "co quan", "scheme": "de an", "solution": "giai phap",
    "database": "co so du lieu", "software": "phan mem", "application": "ung dung",
    "procedure": "thu tuc", "service": "dich vu", "programme": "chuong trinh",
    "program": "chuong trinh", "column": "chuyen muc", "indicator": "chi so",
}  # fmt: skip
_EN_STOP = re.compile(
    r"\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|of|in|on|for|"
    r"from|by|to|with|at|that|which|whose|the|a|an)\b"
)


@dataclass(frozen=True)
class Enumeration:
    """Named things listed in a report: inside one sentence of a paragraph (`paras` is that
    paragraph), or one per paragraph under a lead-in (`paras` are the items' paragraphs)."""

    para: Para  # the paragraph holding the list (inline) or its lead-in (block)
    sentence: str  # the sentence holding the list, or the lead-in paragraph's text
    lead: str  # what comes before the first item: the words that announce the list
    items: tuple[str, ...]
    paras: tuple[Para, ...] = ()  # a block list: each item's paragraph
    led: bool = False  # announced by a colon or a lead-in paragraph


def _clean(item: str) -> str:
    item = _TRAILER.sub("", strip_marker(item.strip()))
    while (stripped := _LEADER.sub("", item)) != item:
        item = stripped
    return item.strip(" ,;:()").strip()


def _title_name(text: str) -> bool:
    """A proper name: a few words, each starting with a capital ("Cẩm Giàng", "Nam Sách")."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _split_and(piece: str, limit: int = 4) -> list[str]:
    """The last piece of 'a, b và c' split at its 'và' when it joins two items, not one name:
    two lowercase phrases ('lý lịch tư pháp và hộ tịch điện tử') or two proper names ('Cẩm
    Giàng và Nam Sách'); never inside a name like 'Tài nguyên và Môi trường'."""
    parts = _AND.split(piece)
    if len(parts) != 2:
        return [piece]
    left, right = parts[0].strip(), parts[1].strip()
    if not left or not right:
        return [piece]
    short = max(4, limit)
    if (
        (
            not left[:1].isupper()  # OCR may read a first letter as a digit ("1ý lịch")
            and not right[:1].isupper()
            and len(left.split()) <= short
            and len(right.split()) <= short
        )
        or (_title_name(left) and _title_name(right))
    ):
        return [left, right]
    return [piece]


def _joined(pieces: list[str]) -> list[str]:
    """Comma pieces with the pairs written with a comma inside one item ('các sở, ngành',
    'khiếu nại, tố cáo', 'cấp đổi, cấp lại giấy phép') kept as one item."""
    out: list[str] = []
    for p in pieces:
        word = fold(p.strip(" .;,…"))
        before = fold(out[-1].strip()).split() if out else []
        # "Cấp đổi, cấp lại giấy phép lái xe": two verbs sharing their object
        if 0 < len(before) <= 2 and word and _close(word.split()[0], before[0]):
            out[-1] = f"{out[-1].rstrip()}, {p.strip()}"
            continue
        last = fold(out[-1]).split()[-2:] if out else []
        # "sở" as OCR reads it: "sd", "s6", "sé"
        sở = bool(last) and (last[-1] == "ban" or _one_off(last[-1], "so"))
        if (word in _IDIOM_TAIL and sở) or any(
            _near_words(" ".join(last), a) and _near_words(word, b) for a, b in _IDIOM_PAIRS
        ):
            out[-1] = f"{out[-1].rstrip()}, {p.strip()}"
        else:
            out.append(p)
    return out


def _one_off(word: str, target: str) -> bool:
    """The same word but for one misread letter after the first."""
    return (
        len(word) == len(target)
        and word[:1] == target[:1]
        and sum(a != b for a, b in zip(word, target, strict=True)) <= 1
    )


def _close(a: str, b: str) -> bool:
    """One word, or one misread, added or lost letter apart ('ceap' ~ 'cap')."""
    if a == b or _one_off(a, b):
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _near_words(text: str, target: str) -> bool:
    """Folded words that are `target`'s but for one misread letter each ('to cdo' ~ 'to cao')."""
    a, b = text.split(), target.split()
    return len(a) == len(b) and all(x == y or _one_off(x, y) for x, y in zip(a, b, strict=True))


def _cut_folded(text: str, pattern: re.Pattern[str]) -> str:
    """`text` up to where `pattern` matches its folded words (OCR spellings fold alike)."""
    words = text.split()
    folded = " ".join(fold(w) for w in words)
    m = pattern.search(folded)
    return " ".join(words[: folded[: m.start()].count(" ") + 1]) if m else text


def _dates_joined(pieces: list[str]) -> list[str]:
    """Semicolon pieces with a date that a stray ';' cut off its document joined back
    ('Công văn số 1730/UBND-NC; ngày 13/4/2022 về …')."""
    out: list[str] = []
    for p in pieces:
        if out and re.match(r"\s*ng[àa]y\s+\d", fold(p)):
            out[-1] = f"{out[-1].rstrip()} {p.strip()}"
        else:
            out.append(p)
    return out


def _split(part: str) -> list[str]:
    """Items of a list text: at semicolons when it has them, else at commas and 'và'."""
    if part.count(";") >= 2:
        pieces = _dates_joined(part.split(";"))
    else:
        # "A, B và các huyện C, D": 'và' parts items only before 'các/những' (in "Nông nghiệp và
        # Phát triển nông thôn" it joins one name).
        pieces = [p for c in _joined(re.split(r"[,;]", part)) for p in _AND_THE.split(c)]
        if len(pieces) >= 2:
            # two items joined by 'và' are as short as the others
            sizes = sorted(len(p.split()) for p in pieces[:-1])
            pieces = pieces[:-1] + _split_and(pieces[-1], sizes[len(sizes) // 2])
    return [c for c in (_clean(p) for p in pieces) if c and not re.fullmatch(r"[.…\s]*", c)]


def _named_tail(text: str) -> str:
    """The named thing a clause ends on: a place ('… do HĐND và UBND thị xã Kinh Môn' → 'thị xã
    Kinh Môn'), or a name after 'các/những' and a noun ('… dữ liệu của các ngành Bảo hiểm xã
    hội' → 'Bảo hiểm xã hội'); '' when it ends on none."""
    words = text.split()
    folded = [fold(w) for w in words]
    for k in range(len(words) - 2, max(-1, len(words) - 9), -1):
        if folded[k] in ("cac", "nhung") and k + 2 < len(words) and words[k + 2][:1].isupper():
            if len(words) - (k + 2) <= 5:
                return " ".join(words[k + 2 :])
            break
    return _place_tail(text)


def _place_tail(text: str) -> str:
    """The place a clause ends on: one to three capitalised words after 'huyện', 'thị xã',
    'thành phố' … (OCR spellings fold alike); '' when it ends on none."""
    words = text.split()
    n = 0
    while n < min(3, len(words) - 1) and words[len(words) - 1 - n][:1].isupper():
        n += 1
    for k in (2, 1):
        start = len(words) - n - k
        if (
            n
            and start >= 0
            and " ".join(fold(w) for w in words[start : len(words) - n]) in (_PLACE_HEADS)
        ):
            return " ".join(words[start:])
    return ""


def _lead_dropped(items: list[str]) -> list[str]:
    """Without a first item that is a clause leading into the list ("Đã kiểm tra văn bản … do
    HĐND" before "các huyện Bình Giang, …"), but with the place that clause ends on ("… của
    UBND thị xã Kinh Môn")."""
    if len(items) > MIN_ITEMS - 1:
        sizes = sorted(len(i.split()) for i in items[1:])
        if len(items[0].split()) > max(5, 2 * sizes[len(sizes) // 2]):
            tail = _named_tail(items[0])
            return [tail, *items[1:]] if tail else items[1:]
    return items


def _last_trimmed(items: list[str]) -> list[str]:
    """The last item without what runs on after the list: after an ellipsis, a closing 'và
    nhiều … khác', or (when it is much longer than the others) after a comma or a verb that
    goes on with the sentence ('hệ thống VNPOST tạo thuận lợi cho …')."""
    if not items:
        return items
    last = _ELLIPSIS.split(items[-1], maxsplit=1)[0]
    last = _cut_folded(last, _AND_OTHERS)
    if len(items) >= 2:
        sizes = sorted(len(i.split()) for i in items[:-1])
        median = sizes[len(sizes) // 2]
        limit = max(2 * median, median + 4)
        if len(last.split()) > limit and "," in last:
            head = last.split(",", 1)[0]
            if len(head.split()) >= 1:
                last = head
        words = last.split()
        if len(words) > limit:
            folded = [fold(w) for w in words]
            for i in range(1, len(words)):
                pair = f"{folded[i]} {folded[i + 1]}" if i + 1 < len(words) else folded[i]
                if folded[i] in _RUN_ON and pair not in _RUN_ON_NOT:
                    last = " ".join(words[:i])
                    break
    last = _clean(last)
    return [*items[:-1], last] if last else items[:-1]


def _doc_starts(text: str, capital: bool = True) -> list[int]:
    """Where document names start in a text: a (capitalised) 'Kế hoạch', 'Quyết định' … (OCR
    spellings fold alike)."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    return [
        at
        for (at, w), (_, nxt) in zip(words, words[1:], strict=False)
        if (w[:1].isupper() or not capital) and f"{fold(w)} {fold(nxt)}" in _DOC_WORDS
    ]


def _fit(items: list[str], limit: int) -> bool:
    """Items short enough to be named things (the last one is trimmed before)."""
    return bool(items) and max(len(i.split()) for i in items) <= limit


def enumerations(sentence: str) -> list[list[str]]:
    """Lists in one sentence (see `enumerations_at`), as item lists."""
    return [items for _, items, _ in enumerations_at(sentence)]


def _parallel(pieces: list[str]) -> bool:
    """Semicolon pieces written alike: most of those after the first open with the same word
    ('Chỉ đạo …; Chỉ đạo …', 'Kế hoạch số …; Kế hoạch số …')."""
    firsts = [fold(p.split()[0]) for p in pieces[1:] if p.split()]
    if len(firsts) < 2:
        return False
    top = max(firsts.count(f) for f in set(firsts))
    return 2 * top >= len(firsts) or 2 * sum(
        bool(_doc_starts(p.strip())[:1] == [0]) for p in pieces[1:]
    ) >= len(firsts)


def _named(items: list[str]) -> bool:
    """Items that can be named things: none a bare number, none holding a sentence's end."""
    return not any(
        re.fullmatch(r"[\d.,%\s]+", i) or re.search(r"\S\.\s+[\dA-ZĐÀ-Ỹ]", i) for i in items
    )


def _accept(items: list[str], minimum: int, limit: int) -> bool:
    return minimum <= len(items) <= MAX_ITEMS and _fit(items, limit) and _named(items)


def enumerations_at(sentence: str) -> list[tuple[int, list[str], bool]]:
    """Lists in one sentence as (where the list starts, items, announced by a colon): after a
    colon, inside brackets, a semicolon-separated series, or a run of short comma items. Comma
    items are named things (a few words); semicolon items may be whole phrases ('Phân hệ quản
    lý dịch vụ công trực tuyến và một cửa điện tử'). After a colon followed by semicolons the
    list is the semicolon series when its pieces are written alike ('Chỉ đạo …; Chỉ đạo …'),
    else the comma items of its first part ('như: dân cư, đăng ký kinh doanh và hộ tịch;
    hệ thống VNPOST …')."""
    colons = list(_COLON.finditer(sentence))
    found = _after_colons(sentence, colons) + _in_brackets(sentence)
    if colons:
        return found
    if sentence.count(";") >= 2:
        return found + _semicolon_series(sentence)
    return found + _short_run(sentence)


def _after_colons(sentence: str, colons: list[re.Match[str]]) -> list[tuple[int, list[str], bool]]:
    """The list after each colon: its comma items, else its semicolon series."""
    found: list[tuple[int, list[str], bool]] = []
    for m in colons:
        rest = sentence[m.end() :]
        pieces = _dates_joined(rest.split(";"))
        # the list ends at an ellipsis: "… tố cáo... cũng đang được ứng dụng …"
        parts = _ELLIPSIS.split(pieces[0], maxsplit=1)
        commas = _last_trimmed(_lead_dropped(_split(parts[0])))
        # two named things make a list when an ellipsis says more follow ("A, B,...")
        least = MIN_LED if len(parts) > 1 else MIN_ITEMS
        # the colon ends the lead-in of a semicolon series: its first piece is an item
        semis = _last_trimmed([c for c in (_clean(p) for p in pieces) if c])
        short = bool(commas) and max(len(i.split()) for i in commas) <= 6
        if _accept(commas, least, LED_WORDS) and (
            short or len(pieces) < 3 or not _parallel(pieces)
        ):
            found.append((m.end(), commas, True))
        elif len(pieces) >= 3 and _accept(semis, MIN_ITEMS, SEMI_WORDS):
            found.append((m.end(), semis, True))
    return found


def _in_brackets(sentence: str) -> list[tuple[int, list[str], bool]]:
    """The lists inside brackets ("(A, B, C)")."""
    found: list[tuple[int, list[str], bool]] = []
    for m in re.finditer(r"\(([^()]{6,})\)", sentence):
        items = _last_trimmed(_lead_dropped(_split(m.group(1))))
        ellipsis = bool(re.search(r"(\.\.\.|…)\s*$", m.group(1)))
        limit = SEMI_WORDS if m.group(1).count(";") >= 2 else ITEM_WORDS
        if _accept(items, MIN_LED if ellipsis else MIN_ITEMS, limit):
            found.append((m.start(1), items, ellipsis))
    return found


def _semicolon_series(sentence: str) -> list[tuple[int, list[str], bool]]:
    """A sentence without a colon whose semicolons separate the items of a list."""
    pieces = _dates_joined(sentence.split(";"))
    # The first piece holds the lead-in: the list starts after its last comma, or at the
    # last document name when the items are documents.
    start = pieces[0].rfind(",") + 1
    docs = _doc_starts(pieces[0])
    if docs and _parallel(pieces):
        start = docs[-1]
    pieces[0] = pieces[0][start:]
    items = _last_trimmed([c for c in (_clean(p) for p in pieces) if c])
    return [(start, items, False)] if _accept(items, MIN_ITEMS, SEMI_WORDS) else []


def _short_run(sentence: str) -> list[tuple[int, list[str], bool]]:
    """A run of short comma items: "UBND thị xã Kinh Môn và các huyện Bình Giang, Cẩm Giàng,
    …"; the list ends at an ellipsis."""
    text = _ELLIPSIS.split(re.sub(r"\([^()]*\)", " ", sentence), maxsplit=1)[0]
    run: list[str] = []
    best: list[str] = []
    for piece in _split(text):
        if len(re.findall(r"\w+", piece)) <= RUN_WORDS:
            run.append(piece)
            if len(run) > len(best):
                best = list(run)
        else:
            # "… tại huyện Bình Giang, thành phố Chí Linh": the thing the clause ends on
            tail = _named_tail(piece)
            run = [tail] if tail else []
    if _accept(best, MIN_ITEMS, ITEM_WORDS):
        at = sentence.find(best[0])
        return [(max(0, at), best, False)]
    return []


def _block_lists(paras: Sequence[Para]) -> list[tuple[int, list[Para]]]:
    """Lists of paragraphs under a lead-in: (index of the lead-in paragraph, the items'
    paragraphs). A lead-in ends with ':'; its items are the marked paragraphs after it with
    the first one's marker (deeper ones belong to the item above); the list ends at a
    paragraph without a marker or with an outer one."""
    out: list[tuple[int, list[Para]]] = []
    for i, p in enumerate(paras):
        if not p.text.rstrip().endswith(":"):
            continue
        items: list[Para] = []
        rank = None
        for q in paras[i + 1 :]:
            r = marker_rank(q.text)
            if r is None or (rank is not None and r < rank):
                break
            if rank is None:
                rank = r
            if r == rank:
                items.append(q)
        if len(items) >= MIN_LED:
            out.append((i, items))
    return out


# ---------------------------------------------------------------------------------------------
# What the question asks to be listed

_HEAD_VI = re.compile(r"\b(?:nhung|cac)\s+((?:[\w,&]+\s+){0,8}?)nao\b")
_HEAD_EN = re.compile(r"\b(?:which|what)\s+((?:[\w'/-]+\s+){0,6})")
_LIST_VI = re.compile(
    r"\b(?:liet ke|ke ten|neu|ke)\s+(?:(?:ra|ten)\s+)?(?:(?:cac|nhung)\s+)?((?:\w+\s+){0,3})"
)


def head_words(q: ParsedQuery) -> list[str]:
    """What kind of thing the question wants listed, in the reports' words: between
    'những/các' and 'nào' ('những huyện, thị xã nào' → huyện, thị xã), after 'liệt kê', or the
    noun after 'which/what' ('which districts' → huyện)."""
    m = _HEAD_VI.search(q.folded) or _LIST_VI.search(q.folded)
    if m:
        words = tokenize(expand(m.group(1).replace(",", " ")))
        return [w for w in dict.fromkeys(words) if w not in LIST_HEAD_STOP][:6]
    m = _HEAD_EN.search(q.folded)
    if not m:
        return []
    phrase = _EN_STOP.split(m.group(1))[0].strip()
    words = phrase.split()
    # "which districts' legal documents": the possessor is what is listed
    owner = next((w for w in words if w.endswith("'")), None)
    # the English head noun comes last ("new reform models"): it is what is listed
    nouns = [owner.rstrip("'")] if owner else words[::-1]
    out: list[str] = []
    for w in nouns:
        stem = re.sub(r"(ies)$", "y", w)
        stem = stem if stem in _EN_NOUNS else re.sub(r"e?s$", "", w)
        vi = _EN_NOUNS.get(stem) or _EN_NOUNS.get(w)
        out.extend(tokenize(vi) if vi else [])
    for vi in to_vietnamese(" ".join(nouns[::-1])):
        out.extend(tokenize(vi))
    return [w for w in dict.fromkeys(out) if len(w) > 1][:6]


def _kind(head: Sequence[str]) -> str:
    """The class of the asked things: 'doc' (documents), 'place', or '' (anything)."""
    text = " ".join(head[:3])
    if any(text.startswith(w) for w in _DOC_WORDS):
        return "doc"
    if any(text.startswith(w) for w in _PLACE_WORDS):
        return "place"
    return ""


def _kind_fit(kind: str, items: Sequence[str]) -> float:
    """Share of the items that look like the asked class of thing."""
    if not kind or not items:
        return 0.0
    if kind == "doc":  # a document number, or a document named in the item's opening words
        hits = sum(
            bool(_DOC_NUMBER.search(i)) or bool(_doc_starts(" ".join(i.split()[:4]), False))
            for i in items
        )
    else:
        hits = sum(bool(_PLACE_PREFIX.match(i)) or _title_name(i) for i in items)
    return hits / len(items)


def _shown(item: str) -> str:
    """A listed item as shown: without the brackets and separators its restored words kept
    ('(quản lý tài chính' → 'quản lý tài chính')."""
    item = item.strip(" ,;:")
    if item.startswith("(") and ")" not in item:
        item = item[1:]
    if item.endswith(")") and "(" not in item:
        item = item[:-1]
    return item.strip()


# What a section answers, not a kind of thing to list: "những hạn chế nào", "những nội dung
# nào", "which recommendations".
_SECTION_HEADS = frozenset(
    ["han", "ton", "kho", "vuong", "nguyen", "kien", "de", "giai", "nhiem", "phuong", "ket",
     "uu", "noi", "hoat", "viec", "gi", "cong", "mat", "diem", "bat", "yeu", "thanh"]
)  # fmt: skip


def asks_things(q: ParsedQuery) -> bool:
    """Whether a list question names a kind of thing to list ('những huyện nào', 'which
    sectors'), not a kind of section ('những hạn chế nào', 'những nội dung gì'): such a question
    is answered by a list even when it also names a section kind ('ưu tiên', 'prioritise')."""
    head = head_words(q)
    return bool(head) and head[0] not in _SECTION_HEADS


class ListAnswerer:
    """The enumerated items of the passage that best fits a 'which …' question."""

    def __init__(self, index: LoadedIndex, sections: SectionAnswerer) -> None:
        self.index = index
        self.sections = sections
        self._enums: dict[str, list[Enumeration]] = {}
        self._words: dict[str, Words] = {}

    def _enumerations(self, report_id: str) -> list[Enumeration]:
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
                    for sentence in _SENTENCE_END.split(para.text):
                        begin = para.text.find(sentence, done)
                        done = max(done, begin)
                        for at, items, led in enumerations_at(sentence):
                            # the lead-in: the paragraph before the list (its last sentences)
                            lead = para.text[max(0, begin + at - LEAD_CHARS) : begin + at]
                            lead = f"{above} {lead}" if above else lead
                            out.append(Enumeration(para, sentence, lead, tuple(items), led=led))
                for i, under in _block_lists(sec.paras):
                    head = sec.paras[i]
                    texts = tuple(_clean(p.text) for p in under)
                    out.append(Enumeration(head, head.text, head.text, texts, tuple(under), True))
            self._enums[report_id] = out
        return self._enums[report_id]

    def _sentence_words(self, text: str) -> Words:
        if text not in self._words:
            self._words[text] = Words.of(text)
        return self._words[text]

    def answer(self, q: ParsedQuery, retrieval: Retrieval, language: str) -> Answer | None:
        """The list, or None when no passage of the retrieved reports lists things."""
        if not retrieval.hits:
            return None
        seq = known(topic_sequence(q), self.sections.idf)
        words, pairs = list(dict.fromkeys(seq)), topic_pairs(seq)
        rank_of = {h.chunk.id: i for i, h in enumerate(retrieval.hits)}
        head = known(head_words(q), self.sections.idf)
        numbers = [t for t in tokenize(q.folded) if t.isdigit() and not _YEAR.fullmatch(t)]
        best: tuple[Enumeration, float] | None = None
        for rid in candidate_reports(self.index, q, retrieval):
            for e in self._enumerations(rid):
                s = self.score(e, words, pairs, rank_of, head, numbers)
                if best is None or s > best[1]:
                    best = (e, s)
        if best is None or best[1] < MIN_SCORE:
            return None
        return self._render(q, best[0], language)

    def score(
        self,
        e: Enumeration,
        words: list[str],
        pairs: list[tuple[str, str]],
        rank_of: dict[str, int],
        head: Sequence[str] = (),
        numbers: Sequence[str] = (),
    ) -> float:
        """How well an enumeration answers: the question's topic words in its sentence and
        section, what is asked for named right before the list or in its items, items that
        look like the asked kind of thing, and how well the retriever ranked its paragraph."""
        idf = self.sections.idf
        sent = self._sentence_words(e.sentence + " " + " ".join(e.items))
        lead = self._sentence_words(e.lead)
        path = self._sentence_words(e.para.chunk.section)
        # What the question says of the listed things is said in the lead-in ("tham mưu ban
        # hành các văn bản:"); its words among the items count less.
        s = 1.0 * (coverage(words, lead.keys, idf) + pair_coverage(pairs, lead))
        s += 0.75 * (coverage(words, sent.keys, idf) + pair_coverage(pairs, sent))
        s += 0.5 * (coverage(words, path.keys, idf) + pair_coverage(pairs, path))
        if numbers:  # "scored above 90%": the figure the question names is in the sentence
            s += 0.75 * sum(n in sent.tokens for n in numbers) / len(numbers)
        if head:
            near = self._sentence_words(e.lead[-80:] + " " + (e.items[0] if e.items else ""))
            # "các ngành:", "những hệ thống như": the list names what it lists; the bare word
            # may be part of another ("chuyên ngành")
            named = 0.5 * coverage(head, near.keys, idf)
            if any(near.has_pair(a, head[0]) for a in ("cac", "nhung")) or near.has_pair(
                head[-1], "nhu"
            ):
                named = 1.0
            # "Phân hệ A; Phân hệ B", "Hệ thống X, Hệ thống Y": the items name it themselves
            # the head's first two words together ("quyết định", not the "quyết" of "nghị
            # quyết"), or its one word
            in_items = sum(
                self._sentence_words(i).has_pair(head[0], head[1])
                if len(head) >= 2
                else has_word(head[0], self._sentence_words(i).keys)
                for i in e.items
            ) / len(e.items)
            s += 1.5 * named + (1.0 * in_items if in_items >= 0.5 else 0.0)
            s += 1.5 * _kind_fit(_kind(head), e.items)
        if e.led:
            s += 0.5
        s += 0.05 * min(len(e.items), 10)  # two named things are a weaker list than ten
        # Clauses cut at commas are not named things: long items weigh against a list.
        mean = sum(len(i.split()) for i in e.items) / len(e.items)
        if _kind(head) != "doc" and mean > 10:
            s -= 0.05 * (mean - 10)
        ranks = [rank_of[p.chunk.id] for p in (e.para, *e.paras) if p.chunk.id in rank_of]
        if ranks:
            s += RANK_WEIGHT / (1 + min(ranks))
        return s

    def _render(self, q: ParsedQuery, e: Enumeration, language: str) -> Answer:
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
                lines.append(f"- {clip(strip_marker(p.readable), 300)} [{n}]")
            lead = clip(strip_marker(e.para.readable).rstrip(": "), 160)
            head = f"**{lead}** ({where}; {r.agency}):"
        else:
            start = e.para.text.find(e.sentence)
            cits.append(cite_part(self.index, 1, e.para, start, start + len(e.sentence)))
            lines = [f"- {clip(_shown(e.para.readable_part(item)), 200)} [1]" for item in e.items]
            head = (
                f"**{len(e.items)} items listed** ({where}; {r.agency}) [1]:"
                if en
                else f"**{len(e.items)} mục được nêu** ({where}; {r.agency}) [1]:"
            )
        text = head + "\n" + "\n".join(lines) + f"\n\n{label}:\n"
        text += "\n".join(source_line(c, en) for c in cits)
        return Answer(q.text, text, False, tuple(cits), confidence=1.0, language=language)
