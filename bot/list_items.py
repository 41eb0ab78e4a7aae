"""The items of one list text: split at semicolons, commas and 'và' (names written with a
comma or 'và' inside kept whole), without the clause that leads into the list or what runs on
after its last item."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.structure import (
    strip_marker,
)
from core.text import fold
from core.typos import misread

# English names of things the reports list, not in the glossary, folded to the reports' words.
EN_NOUNS: dict[str, str] = {
    "subsystem": "phan he", "module": "phan he", "system": "he thong", "model": "mo hinh",
    "topic": "chuyen de", "theme": "chuyen de", "area": "linh vuc", "field": "linh vuc",
    "domain": "linh vuc", "team": "to", "ministry": "bo", "ministries": "bo", "sector": "nganh",
    "district": "huyen", "commune": "xa", "town": "thi xa", "plan": "ke hoach",
    "decision": "quyet dinh", "directive": "chi thi", "resolution": "nghi quyet",
    "agency": "co quan", "agencies": "co quan", "scheme": "de an", "solution": "giai phap",
    "database": "co so du lieu", "software": "phan mem", "application": "ung dung",
    "procedure": "thu tuc", "service": "dich vu", "programme": "chuong trinh",
    "program": "chuong trinh", "column": "chuyen muc", "indicator": "chi so",
    "channel": "kenh", "platform": "nen tang", "unit": "don vi", "locality": "dia phuong",
    "localities": "dia phuong", "body": "co quan", "bodies": "co quan",
}  # fmt: skip
# English list nouns the lexicon reads in another sense than a list of them asks too: their
# report words are one more reading of the noun (`list_asked.head_readings`), each reading
# scored alone ("to which posts were officials appointed": chức vụ, not only the đăng tải of posting).
EN_MORE_READINGS: dict[str, str] = {"post": "chuc vu", "position": "chuc vu"}
MIN_ITEMS = 3  # fewer named things, with nothing announcing a list, is not a list
_TRAILER = re.compile(r"(\s*(\.\.\.|…|,\s*\.\.\.)\s*)+$|[\s.,;:/]+$")
_AND_THE = re.compile(r"\s+(?:và|va|and)\s+(?=(?:các|cac|những|nhung)\s)", re.I)
_AND = re.compile(r"\s+(?:và|va)\s+", re.I)
_LEADER = re.compile(r"^(va|và|and|như|nhu|gồm|gom|là|la|trong đó:?|trong do:?|:)\s+", re.I)
# The list ends at an ellipsis: what follows it is the sentence going on ("Hệ thống X,... để
# phục vụ …").
ELLIPSIS = re.compile(r"\s*,?\s*(?:\.{2,}|…)\s*")
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
# Verb phrases that go on with the sentence after its list, whatever the items' sizes.
_SENTENCE_GOES_ON = frozenset(["tiep tuc", "da duoc", "dang duoc", "deu duoc", "deu dat", "van con"])
# Where the things are, said once after a list whose items hold commas of their own ("…; 138/138
# xã, phường, thị trấn | trên địa bàn tỉnh thực hiện …"): the sentence goes on there.
_WHERE_GOES_ON = frozenset(["tren dia ban"])
_RUN_ON_NOT = frozenset(
    ["de an", "de xuat", "de nghi", "dang ky", "tao lap", "bao cao", "bao hiem"]
)
_PLACE_HEADS = frozenset(
    ["huyen", "xa", "thi xa", "thi x", "thanh pho", "tp", "tx", "quan", "phuong", "thi tran"]
)
_IDIOM_TAIL = frozenset(["nganh", "ban", "ban nganh"])  # "sở, ban, ngành"
_IDIOM_PAIRS = frozenset(
    [("khieu nai", "to cao"), ("can bo", "cong chuc"), ("tiep nhan", "giai quyet")]
)


def clean_item(item: str) -> str:
    item = _TRAILER.sub("", strip_marker(item.strip()))
    while (stripped := _LEADER.sub("", item)) != item:
        item = stripped
    return item.strip(" ,;:()").strip()


def title_name(text: str) -> bool:
    """A proper name: a few words, each starting with a capital ("Cẩm Giàng", "Nam Sách")."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


# An item that opens with its count ("01 lãnh đạo", "04 chiến sỹ …", "từ 5 - 7 công chức").
_COUNTED = re.compile(r"(?:t[uư]\S{0,2}\s+)?\d{1,4}\s+\S")
# "trong đó có" opening a bracket's list, as the reports and their OCR spell it ("trong dé c6").
# ("có 01 …" once "trong đó" is cut)
_OF_WHICH = re.compile(
    r"trong d\w{0,2}:?\s+(?:(?:co|c6|c0|gom|la)\s+)?|(?:co|c6|gom)\s+(?=(?:t\S{0,3}\s+)?\d)"
)


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
    # two lowercase phrases of a few words each ("theo dõi ý kiến chỉ đạo và trang điều hành
    # tác nghiệp của tỉnh"): as long as the other items, or up to seven words (a run's short
    # named thing, `list_find.RUN_WORDS`)
    short = max(7, limit)
    # "04 chiến sỹ Công an … và 02 công chức của Bảo hiểm xã hội …": two counted items
    if _COUNTED.match(left) and _COUNTED.match(right):
        return [left, right]
    if (
        (
            not left[:1].isupper()  # OCR may read a first letter as a digit ("1ý lịch")
            and not right[:1].isupper()
            and len(left.split()) <= short
            and len(right.split()) <= short
        )
        or (title_name(left) and title_name(right))
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
        sở = bool(last) and (last[-1] == "ban" or misread(last[-1], "so"))
        if (word in _IDIOM_TAIL and sở) or any(
            near_words(" ".join(last), a) and near_words(word, b) for a, b in _IDIOM_PAIRS
        ):
            out[-1] = f"{out[-1].rstrip()}, {p.strip()}"
        else:
            out.append(p)
    return out


def _close(a: str, b: str) -> bool:
    """One word, or one misread, added or lost letter apart ('ceap' ~ 'cap')."""
    if a == b or misread(a, b):
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def near_words(text: str, target: str) -> bool:
    """Folded words that are `target`'s but for one misread letter each ('to cdo' ~ 'to cao')."""
    a, b = text.split(), target.split()
    return len(a) == len(b) and all(x == y or misread(x, y) for x, y in zip(a, b, strict=True))


def _cut_folded(text: str, pattern: re.Pattern[str]) -> str:
    """`text` up to where `pattern` matches its folded words (OCR spellings fold alike)."""
    words = text.split()
    folded = " ".join(fold(w) for w in words)
    m = pattern.search(folded)
    return " ".join(words[: folded[: m.start()].count(" ") + 1]) if m else text


def dates_joined(pieces: list[str]) -> list[str]:
    """Semicolon pieces with a date that a stray ';' cut off its document joined back
    ('Công văn số 1730/UBND-NC; ngày 13/4/2022 về …')."""
    out: list[str] = []
    for p in pieces:
        if out and re.match(r"\s*ng[àa]y\s+\d", fold(p)):
            out[-1] = f"{out[-1].rstrip()} {p.strip()}"
        else:
            out.append(p)
    return out


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def split_items(part: str) -> list[str]:
    """Items of a list text: at semicolons when it has them, else at commas and 'và'; never
    inside quotation marks (the name of a scheme: “Tổ chức lại các phòng, ban, đơn vị …”)."""
    if _QUOTED.search(part):
        hidden = _QUOTED.sub(lambda m: m.group(0).replace(",", "\x00").replace(";", "\x01"), part)
        return [i.replace("\x00", ",").replace("\x01", ";") for i in _split_plain(hidden)]
    return _split_plain(part)


def _counted_split(piece: str) -> list[str]:
    """A piece that joins two counted items with 'và' ("03 cán bộ của Sở A và 01 nhân viên
    B"), wherever it stands in the list: the two items."""
    parts = _AND.split(piece)
    if len(parts) == 2 and all(_COUNTED.match(p.strip()) for p in parts):
        return [p.strip() for p in parts]
    return [piece]


def _split_plain(part: str) -> list[str]:
    pieces = _plain_pieces(part)
    return [c for c in (clean_item(p) for p in pieces) if c and not re.fullmatch(r"[.…\s]*", c)]


def _plain_pieces(part: str) -> list[str]:
    if part.count(";") >= 2:
        return [c for p in dates_joined(part.split(";")) for c in _counted_split(p)]
    # "A, B và các huyện C, D": 'và' parts items only before 'các/những' (in "Nông nghiệp và
    # Phát triển nông thôn" it joins one name).
    pieces = [p for c in _joined(re.split(r"[,;]", part)) for p in _AND_THE.split(c)]
    if len(pieces) >= 2:
        # two items joined by 'và' are as short as the others
        sizes = sorted(len(p.split()) for p in pieces[:-1])
        pieces = [c for p in pieces[:-1] for c in _counted_split(p)] + _split_and(
            pieces[-1], sizes[len(sizes) // 2]
        )
    return pieces


def named_tail(text: str) -> str:
    """The named thing a clause ends on: a place ('… do HĐND và UBND thị xã Kinh Môn' → 'thị xã
    Kinh Môn'), or a name after 'các/những' and a noun ('… dữ liệu của các ngành Bảo hiểm xã
    hội' → 'Bảo hiểm xã hội', '… bằng các phần mềm I-Office' → 'I-Office'); '' when it ends
    on none."""
    words = text.split()
    folded = [fold(w) for w in words]
    for k in range(len(words) - 2, max(-1, len(words) - 9), -1):
        if folded[k] not in ("cac", "nhung"):
            continue
        # the noun may be two words ("các phần mềm I-Office", "các hệ thống Zalo")
        start = next(
            (j for j in (k + 2, k + 3) if j < len(words) and words[j][:1].isupper()), None
        )
        lower = start is not None and all(not w[:1].isupper() for w in words[k + 1 : start])
        if start is not None and lower and len(words) - start <= 5:
            return " ".join(words[start:])
        break
    return _place_tail(text)


# Words after which a clause names the first item of a list ("… quy định của pháp luật về |
# cải cách hành chính, trật tự đô thị, …"), folded.
_LEAD_WORDS = frozenset(["ve", "nhu", "gom", "bao gom"])


def lead_tail(text: str, limit: int) -> str:
    """What a clause names after its last lead-in word ("về", "như", "gồm") when that is a
    named thing of at most `limit` words; '' otherwise."""
    words = text.split()
    folded = [fold(w) for w in words]
    for k in range(len(words) - 2, -1, -1):
        if folded[k] in _LEAD_WORDS and 0 < len(words) - k - 1 <= limit:
            # "cũng như", "như vậy": no list follows
            if folded[k] == "nhu" and k and folded[k - 1] == "cung":
                return ""
            return " ".join(words[k + 1 :])
        if len(words) - k - 1 > limit:
            break
    return ""


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


def lead_dropped(items: list[str]) -> list[str]:
    """Without a first item that is a clause leading into the list ("Đã kiểm tra văn bản … do
    HĐND" before "các huyện Bình Giang, …"), but with the place that clause ends on ("… của
    UBND thị xã Kinh Môn"); a first item opening with "trong đó (có)" without those words."""
    if items and "(" in items[0] and ")" not in items[0].rsplit("(", 1)[1]:
        # "… đạt 55,82% (trong đó: 1.002 dịch vụ công cấp tỉnh": the list opens in the bracket
        inside = items[0].rsplit("(", 1)[1].strip()
        items = [inside, *items[1:]] if inside else items
    if items:
        m = _OF_WHICH.match(fold(items[0]))
        if m and len(items[0].split()) > len(m.group(0).split()):
            items = [" ".join(items[0].split()[len(m.group(0).split()) :]), *items[1:]]
    if len(items) > MIN_ITEMS - 1:
        sizes = sorted(len(i.split()) for i in items[1:])
        if len(items[0].split()) > max(5, 2 * sizes[len(sizes) // 2]):
            tail = named_tail(items[0])
            return [tail, *items[1:]] if tail else items[1:]
    return items


def run_on_cut(items: list[str]) -> list[str]:
    """The items up to the first one that runs on with the sentence ("… 02 nhân viên Ngân
    hàng BIDV làm việc tại Trung tâm để hướng dẫn, tiếp nhận, …"): that item ends before its
    run-on verb, and the comma pieces after it are the sentence's, not the list's; the items
    unchanged when none does."""
    for k in range(MIN_ITEMS - 1, len(items)):
        sizes = sorted(len(i.split()) for i in items[:k])
        median = sizes[len(sizes) // 2]
        words = items[k].split()
        if len(words) <= median + 3:
            continue
        folded = [fold(w) for w in words]
        for i in range(3, len(words)):
            pair = f"{folded[i]} {folded[i + 1]}" if i + 1 < len(words) else folded[i]
            if folded[i] in _RUN_ON and pair not in _RUN_ON_NOT:
                return [*items[:k], " ".join(words[:i])]
    return items


def last_trimmed(items: list[str]) -> list[str]:
    """The last item without what runs on after the list: after an ellipsis, a closing 'và
    nhiều … khác', or (when it is much longer than the others) after a comma or a verb that
    goes on with the sentence ('hệ thống VNPOST tạo thuận lợi cho …')."""
    if not items:
        return items
    last = ELLIPSIS.split(items[-1], maxsplit=1)[0]
    last = _cut_folded(last, _AND_OTHERS)
    if len(items) >= 2:
        sizes = sorted(len(i.split()) for i in items[:-1])
        median = sizes[len(sizes) // 2]
        limit = max(2 * median, median + 4)
        # (not when the other items hold commas: "20 Sở, ban, ngành; …; 138/138 xã, phường,
        # thị trấn trên địa bàn …" is cut where the sentence goes on instead)
        inner = any("," in i for i in items[:-1])
        if len(last.split()) > limit and "," in last and not inner:
            head = last.split(",", 1)[0]
            if len(head.split()) >= 1:
                last = head
        words = last.split()
        folded = [fold(w) for w in words]
        pairs = [" ".join(folded[i : i + 2]) for i in range(len(words))]
        if len(words) > limit:
            for i in range(1, len(words)):
                if (folded[i] in _RUN_ON and pairs[i] not in _RUN_ON_NOT) or (
                    inner and " ".join(folded[i : i + 3]) in _WHERE_GOES_ON
                ):
                    last = " ".join(words[:i])
                    break
        elif len(words) > median + 2:
            # a verb phrase no name holds ("Thư điện tử; Theo dõi YKCĐ tiếp tục phát huy hiệu
            # quả"): the sentence goes on after a last item only a little longer than the rest
            cut = next((i for i in range(2, len(words)) if pairs[i] in _SENTENCE_GOES_ON), 0)
            last = " ".join(words[:cut]) if cut else last
    last = clean_item(last)
    return [*items[:-1], last] if last else items[:-1]


def first_after_head(items: Sequence[str], head: Sequence[str]) -> list[str]:
    """An inline list's first item without the lead-in that names the kind of thing listed,
    said once before the list ("các chỉ tiêu của các lĩnh vực | Giáo dục; Y tế; …" asked
    "những lĩnh vực nào"): from after the kind's words (its first two); unchanged when the
    other items say the kind too (it is part of each name: "Mô hình A; Mô hình B") or the
    first item does not name it before a capitalised name."""
    kind = " ".join(head[:2])
    n = len(kind.split())
    if len(items) < 2 or not n:
        return list(items)
    if any(near_words(" ".join(fold(w) for w in i.split()[:n]), kind) for i in items[1:]):
        return list(items)
    words = list(re.finditer(r"\S+", items[0]))
    folded = [fold(w.group(0)) for w in words]
    # the kind, then a name ("lĩnh vực | Chỉ đạo điều hành"), not the kind inside the item's
    # own words ("Kế hoạch … về ban hành văn bản | QPPL …")
    at = [i for i in range(len(words) - n) if near_words(" ".join(folded[i : i + n]), kind)
          and words[i + n].group(0)[:1].isupper() and words[i + n].group(0)[:1].isalpha()]  # fmt: skip
    # cut at a word's start: the item stays the report's own text
    return [items[0][words[at[-1] + n].start() :], *items[1:]] if at else list(items)


# Letters OCR reads as digits, folded ("M6 hình" for "Mô hình", "d4" for "đã", "1ý" for "lý").
DIGIT_LETTERS = {"6": "o", "0": "o", "9": "o", "1": "li", "4": "a", "3": "a", "5": "s"}
_DIGIT_WORD = re.compile(r"\b(?=\w*[^\W\d_])(?=\w*\d)\w+\b")


def digit_spelling(token: str, word: str) -> bool:
    """Whether `word` is `token` with each digit OCR wrote for a letter read as that letter
    (`DIGIT_LETTERS`: "S6" and "Số", "M6" and "Mô"), folded, as long."""
    low, f = fold(token, repair=False), fold(word, repair=False)
    if len(f) != len(low):
        return False
    return all(a == b or (a.isdigit() and b in DIGIT_LETTERS.get(a, "")) for a, b in zip(low, f, strict=True))


def in_case_of(token: str, word: str) -> str:
    """`word` capitalised as `token` is ("S6" → "Số")."""
    return word[:1].upper() + word[1:] if token[:1].isupper() else word


def digits_read(text: str, context: str) -> str:
    """A listed item with each word OCR wrote with a digit for a letter ("M6 hình") spelled
    as the same word is spelled elsewhere in its paragraph ("Mô hình"): the word of the
    context, as long, that folds alike but for that letter; the most frequent one; the word
    unchanged when the context has none."""
    words = re.findall(r"[^\W\d_]+", context)
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1

    def fixed(m: re.Match[str]) -> str:
        token = m.group(0)
        if sum(c.isdigit() for c in token) != 1:
            return token
        best = ""
        for w, n in counts.items():
            if (best and counts[best] >= n) or not digit_spelling(token, w):
                continue
            best = w
        return in_case_of(token, best) if best else token

    return _DIGIT_WORD.sub(fixed, text)


# An item that tells a figure, not a thing: "dịch vụ công mức độ 2 là 10.185 hồ sơ", "số hồ sơ
# đang giải quyết là: 7.863 hồ sơ" (folded; OCR reads "là" as "1a"), ending on the figure and
# its unit.
_FIGURE_TOLD = re.compile(r"\b(?:la|1a|dat|bang)\s*:?\s*\d[\d.,]*(?:\s*%|(?:\s+\w+){0,2})\s*$")


def figure_told(item: str) -> bool:
    """Whether a listed item tells a figure ("… là 10.185 hồ sơ"): a breakdown of counts,
    which answers how many, not which things."""
    return bool(_FIGURE_TOLD.search(fold(item).strip(" .;,")))


# Verbs a report's items open with when they tell what was done (folded).
_ACTIVITIES = (
    "thuc hien", "phoi hop", "xay dung", "tang cuong", "tiep tuc", "trien khai", "to chuc",
    "ban hanh", "thuong xuyen", "day manh", "chi dao", "tham muu", "ra soat", "hoan thanh",
    "duy tri", "cap nhat", "kiem tra", "huong dan", "nang cao", "dam bao", "bao dam",
    "tham dinh",
)  # fmt: skip


def activity(item: str) -> bool:
    """Whether a listed item opens with an action verb ("Phối hợp với …", OCR "Phéi hop"): a
    thing done, not a named thing."""
    opening = " ".join(re.findall(r"\w+", fold(" ".join(strip_marker(item).split()[:2]))))
    return any(near_words(opening, v) for v in _ACTIVITIES)


_QUOTE = "\"“”'‘’«»"
_QUOTED_NAME = re.compile(rf"[{_QUOTE}]([^{_QUOTE}]{{3,80}})[{_QUOTE}]")


def quoted_names(folded: str) -> list[str]:
    """The names a (folded) question quotes ("chuyên đề 'Cải cách hành chính'")."""
    return [m.group(1).strip() for m in _QUOTED_NAME.finditer(folded) if m.group(1).strip()]


def quotes_name(text: str, names: Sequence[str]) -> bool:
    """Whether a text quotes one of those names itself (“Cải cách hành chính”, OCR spellings
    folding alike): the list it leads into is about that named thing."""
    folded = fold(text)
    said = {m.group(1).strip() for m in _QUOTED_NAME.finditer(folded)}
    return any(n in said for n in names)



def shown_item(item: str) -> str:
    """A listed item as shown: without the brackets and separators its restored words kept
    ('(quản lý tài chính' → 'quản lý tài chính')."""
    item = item.strip(" ,;:")
    if item.startswith("(") and ")" not in item:
        item = item[1:]
    if item.endswith(")") and "(" not in item:
        item = item[:-1]
    return item.strip()
