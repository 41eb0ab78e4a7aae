"""Vietnam's 63 provinces (as in the reports' years), found in folded text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core.text import fold

PROVINCES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre",
    "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
    "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai",
    "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
    "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
    "TP Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip

# Other ways people write a province (folded); the canonical name is the value.
ALIASES: dict[str, str] = {
    "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "vung tau": "Bà Rịa - Vũng Tàu",
    "bac can": "Bắc Kạn",
    "dak lak": "Đắk Lắk",
    "daklak": "Đắk Lắk",
    "dac lac": "Đắk Lắk",
    "dak nong": "Đắk Nông",
    "hanoi": "Hà Nội",
    "ha noi": "Hà Nội",
    "hoa binh": "Hòa Bình",
    "hue": "Thừa Thiên Huế",
    "thua thien hue": "Thừa Thiên Huế",
    "thanh hoa": "Thanh Hóa",
    "khanh hoa": "Khánh Hòa",
    "ho chi minh": "TP Hồ Chí Minh",
    "tp hcm": "TP Hồ Chí Minh",
    "tphcm": "TP Hồ Chí Minh",
    "hcmc": "TP Hồ Chí Minh",
    "sai gon": "TP Hồ Chí Minh",
    "saigon": "TP Hồ Chí Minh",
    "da nang": "Đà Nẵng",
    "danang": "Đà Nẵng",
    "hai phong": "Hải Phòng",
    "can tho": "Cần Thơ",
}


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {fold(p).replace(" - ", " ").replace("-", " "): p for p in PROVINCES}
    names.pop(fold("TP Hồ Chí Minh"), None)
    names.update(ALIASES)
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![a-z0-9])(" + "|".join(re.escape(a) for a in alternatives) + r")(?![a-z0-9])"
    )
    return pattern, names


def province_mentions(folded: str) -> list[str]:
    """Canonical provinces named in folded text, in order of first mention, no repeats."""
    pattern, names = _pattern()
    text = folded.replace("-", " ")
    text = re.sub(r"\s+", " ", text)
    seen: list[str] = []
    for m in pattern.finditer(text):
        name = names[m.group(1)]
        if name not in seen:
            seen.append(name)
    return seen


def province_spans(folded: str) -> list[tuple[int, int, str]]:
    """Where folded text (its "-" read as spaces, nothing else changed) names a province: the
    start, the end and the canonical province of each mention, in order."""
    pattern, names = _pattern()
    return [(m.start(), m.end(), names[m.group(1)]) for m in pattern.finditer(folded.replace("-", " "))]


def province_counts(folded: str) -> dict[str, int]:
    """How often each province is named in folded text."""
    pattern, names = _pattern()
    counts: dict[str, int] = {}
    for m in pattern.finditer(re.sub(r"\s+", " ", folded.replace("-", " "))):
        name = names[m.group(1)]
        counts[name] = counts.get(name, 0) + 1
    return counts


def strip_provinces(folded: str, keep_bodies: bool = False) -> str:
    """Folded text without its province names (once the search is narrowed to them, a name is
    a filter, not a topic word); with `keep_bodies`, a name that completes a body's name
    (`named_bodies`: "bao ha tinh") stays: the body is what is asked about, not where."""
    pattern, _ = _pattern()
    text = folded.replace("-", " ")

    def cut(m: re.Match[str]) -> str:
        body = keep_bodies and _BODY_HEAD.search(text[: m.start()].rstrip())
        return m.group(0) if body else " "

    return re.sub(r"\s+", " ", pattern.sub(cut, text)).strip()


# "tinh Dong Thap", "Ha Tinh province": the word that says "province" goes with the name; not
# the "tinh" of a level ("DVC cap tinh Tuyen Quang": the province's own level is asked).
_PLACE_PREFIX = re.compile(r"(?<!\bcap )\b(?:tinh|thanh pho|tp|province of)\s*$")
_PLACE_SUFFIX = re.compile(r"^\s*(?:province|provincial)\b")


def strip_places(folded: str) -> str:
    """The question without its province names (a filter, not a topic) and the "tinh" /
    "province" that goes with them. Only the names go: "cap tinh" in "Ha Tinh co bao nhieu DVC
    cap tinh" is asked about."""
    out: list[str] = []
    rest = folded.replace("-", " ")
    pattern, _ = _pattern()
    while m := pattern.search(rest):
        out.append(_PLACE_PREFIX.sub(" ", rest[: m.start()]))
        rest = _PLACE_SUFFIX.sub(" ", rest[m.end() :])
    out.append(rest)
    return re.sub(r"\s+", " ", " ".join(out)).strip()


# The head of a body's name that a province name completes ("Báo Hà Tĩnh", "Hải quan Hà
# Tĩnh", "Đài Phát thanh và Truyền hình Đồng Tháp"): the province names whose body, not where.
_BODY_HEAD = re.compile(
    r"\b(bao|hai quan|cong an|cuc thue|kho bac(?: nha nuoc)?|buu dien|bao hiem xa hoi|"
    r"ngan hang nha nuoc|dai (?:phat thanh(?: va truyen hinh)?|truyen hinh))$"
)


def named_bodies(folded: str) -> list[str]:
    """The names of bodies a province name completes in folded text ("bao ha tinh",
    "hai quan dong thap"), in order; the province alone is not one."""
    pattern, _ = _pattern()
    text = re.sub(r"\s+", " ", folded.replace("-", " "))
    out: list[str] = []
    for m in pattern.finditer(text):
        if head := _BODY_HEAD.search(text[: m.start()].rstrip()):
            out.append(f"{head.group(1)} {m.group(1)}")
    return out


# Initialisms that are also the reports' own abbreviations or common words ("là", "Nghị định",
# "kế hoạch", "thông báo", "dữ liệu", "công ty", "phát triển"): never read as a province.
_NOT_INITIALS = frozenset("la nd kh tb th dl ct pt st na ls cm".split())  # noqa: SIM905
# What joins the sides a terse question names ("tq vs ht", "dt va hd", "ht, tq, hd").
_JOIN = r"\s*(?:,|/|&|\bvs\.?|\bversus|\bva|\bvoi|\bso voi|\bhay|\bhoac|\bor|\band)\s*"


@lru_cache(maxsize=1)
def _initials() -> tuple[re.Pattern[str], dict[str, str]]:
    """Each province's initialism ("Tuyên Quang" → "tq") that names one province only."""
    found: dict[str, list[str]] = {}
    for p in PROVINCES:
        words = fold(p).replace("-", " ").split()
        found.setdefault("".join(w[0] for w in words), []).append(p)
    names = {k: v[0] for k, v in found.items() if len(v) == 1 and k not in _NOT_INITIALS}
    one = "|".join(sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{one})(?:{_JOIN}(?:{one}))+(?![a-z0-9])")
    return pattern, names


def expand_initials(folded: str) -> str:
    """Province initialisms written as the sides of a terse question ("dvc muc 4 tq vs ht",
    "tthc cap tinh dt va hd"), one set beside a province's name as the other side ("tq so voi
    dong thap"), one written as the name after "tỉnh" ("tinh tq co bao nhieu tthc"), or one
    opening the question that is no common word's short form (`_opening`), spelled out as the
    provinces' names. One alone elsewhere is not read: it is too often another abbreviation
    (see `capital_initials` for one typed in capitals)."""
    pattern, names = _initials()

    def spell(m: re.Match[str]) -> str:
        return re.sub(r"[a-z]+", lambda w: fold(names[w.group(0)]) if w.group(0) in names
                      else w.group(0), m.group(0))  # fmt: skip

    folded = _beside_name().sub(spell, pattern.sub(spell, folded))
    folded = _opening().sub(spell, folded)
    return _after_tinh().sub(spell, folded)


# Initialisms that are also a common word's short form in staff's terse writing, so never
# read as a province when one opens a question alone: hệ thống / Hà Tĩnh (ht), điện tử, đầu
# tư / Đồng Tháp (dt), hướng dẫn, hợp đồng (hd), cán bộ (cb), bộ phận (bp), lãnh đạo (ld),
# kiểm tra, kinh tế (kt), thời gian (tg), tư vấn, thành viên (tv), quy trình (qt), văn phòng
# (vp), bao nhiêu (bn), nội bộ (nb), nông thôn (nt), số lượng (sl), không (kg), đặc biệt (db),
# học bổng (hb), học phí (hp), bàn giao (bg), bình luận (bl), bách khoa (bk), quảng bá (qb),
# vật liệu (vl).
_WORD_INITIALS = frozenset(
    "ht dt hd cb bp ld kt tg tv qt vp bn nb nt sl kg db hb hp bg bl bk qb vl".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _opening() -> re.Pattern[str]:
    """One lower-case initialism opening a terse question, a word after it ("tq so truong
    dat chuan"), that is no common word's short form (`_WORD_INITIALS`)."""
    _, names = _initials()
    one = "|".join(sorted((k for k in names if k not in _WORD_INITIALS), key=len, reverse=True))
    return re.compile(rf"^\s*(?:{one})(?=\s+[a-z])")


# Where a province's initialism typed in capitals stands as its name: opening the question
# or a clause ("TQ: …", "TQ có bao nhiêu …"), after "ở / tại / của" ("số trạm của HT"), or
# after the English words that take a place ("how many of TQ's …", "dossiers in HD"), or
# after a body's abbreviated name that the province's name completes ("Sở TTTT HT", "UBND
# TQ", "VP UBND HT": the body of that province).
_BODY_BEFORE = r"(?:UBND|TTTT|TT&TT|STTTT|SNV|HĐND|HDND|VPUBND)"
_NAME_SLOT = (
    r"(^\s*|[:;?!]\s*|\b(?:[ởỞ]|[tT][ạa]i|[cC][ủu]a|o|O|[oO]f|[iI]n|[fF]or|[fF]rom|[aA]t|"
    + _BODY_BEFORE
    + r")\s+)"
)
# A province's own body, abbreviated, after its initialism ("HD DIC", "TQ PPC", "HT UBND"):
# the initialism is the province's name before its body's.
_BODY_AFTER = r"(?:DIC|DOIC|DOHA|PPC|UBND|STTTT|SNV|SỞ)"
# Initialisms that open a body's abbreviated name themselves ("VP UBND": Văn phòng UBND).
_BODY_WORDS = frozenset({"VP"})


def capital_initials(question: str) -> str:
    """The typed question with a province's initialism written in capitals ("TQ", "ĐT" or
    "DT", "HD") where a name stands spelled out as the province's name. Capitals are a
    deliberate abbreviation; lower-case "ht" alone is too often another word's."""
    _, names = _initials()

    def spell(m: re.Match[str]) -> str:
        word = m.group(2)
        key = fold(word)
        if key not in names or (m.group(3) and word in _BODY_WORDS):
            return m.group(0)
        # the folded name: spelled with marks, an unmarked question would read as marked
        return m.group(1) + fold(names[key])

    # not a document's kind before its number ("HD số 12", "HD-UBND", "KH 45"), nor a word of
    # a body's abbreviated name ("VP UBND": Văn phòng) unless that body is the province's own
    kind = rf"(?![\w/-])(?!\s*(?:[sS][ốo]\b|\d|(?!{_BODY_AFTER}\b)[A-ZĐ]{{2,}}\b))"
    # the body after it looked at, not taken: "VP UBND HT" leaves "UBND" to open HT's slot
    body = rf"(?:(?=(\s+{_BODY_AFTER}\b))|)"
    question = re.sub(_NAME_SLOT + r"([A-ZĐ]{2,4})" + kind + body, spell, question)
    return re.sub(_THE_REPORT, spell, question)


# An initialism in capitals between "the" and the report or a body of the province ("the TQ
# report", "the HD DIC's", "the HT provincial office"): the province whose report it is.
_THE_REPORT = re.compile(
    r"(\b[tT]he\s+)([A-ZĐ]{2,4})()(?=(?:['’]s)?\s+(?:reports?|provincial|province|"
    + _BODY_AFTER[3:-1]
    + r"|office|department)\b)"
)


@lru_cache(maxsize=1)
def _beside_name() -> re.Pattern[str]:
    """One initialism joined to a province's full name as the other side of a comparison
    ("tq so voi dong thap", "ha tinh va hd"); only the initialism is spelled out."""
    _, names = _initials()
    one = "|".join(sorted(names, key=len, reverse=True))
    full = "|".join(sorted((re.escape(n) for n in _pattern()[1]), key=len, reverse=True))
    return re.compile(
        rf"(?<![a-z0-9])(?:(?:{one}){_JOIN}(?:{full})|(?:{full}){_JOIN}(?:{one}))(?![a-z0-9])"
    )


@lru_cache(maxsize=1)
def _after_tinh() -> re.Pattern[str]:
    """One initialism written as the province's name right after "tỉnh" ("tỉnh TQ"); "tĩnh"
    of "Hà Tĩnh" is no "tỉnh"."""
    _, names = _initials()
    one = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?<!\bha )tinh\s+(?:{one})(?![a-z0-9])")


# Words a province's name follows in the name of a thing of it: "Báo Hà Tĩnh" (its newspaper).
_NAMED = frozenset(("bao",))


def place_words(words: list[str], provinces: Sequence[str]) -> frozenset[int]:
    """Where the question names a place: the positions of its folded words that say a place's
    whole name ("hà tĩnh"), not a word of it said alone ("máy tính", "cấp tỉnh")."""
    out: set[int] = set()
    bare = [re.sub(r"'s$", "", w.strip(",.;:?!()\"'")) for w in words]  # marks, "'s" off
    for name in {tuple(fold(p).split()) for p in provinces}:
        n = len(name)
        for i in range(len(bare) - n + 1):
            # ("Báo Hà Tĩnh" is a newspaper's name: a thing of the place, no place named)
            if n and tuple(bare[i : i + n]) == name and (i == 0 or bare[i - 1] not in _NAMED):
                out.update(range(i, i + n))
    return frozenset(out)
