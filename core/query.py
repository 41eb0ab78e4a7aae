"""Reading a question: folded form, provinces, years, quarter, and domain-term expansion."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from core import query_words
from core.abbreviations import ABBREVIATIONS as ABBREVIATIONS
from core.abbreviations import REVERSE as REVERSE
from core.abbreviations import REVERSE_RE as REVERSE_RE
from core.chat_words import counting_bn
from core.lexicon import (
    bare_bases,
    merge_plurals,
    negated,
    other_sense,
    read_lexicon,
    term_pattern,
    to_vietnamese,
    unelided,
    variants,
    without_denied,
    without_time_qualifiers,
)
from core.places import capital_initials, expand_initials, province_mentions, strip_provinces
from core.preamble import how_many, plain_wording
from core.query_period import asked_period
from core.query_words import JOIN_TOKEN, joined_wording, levels_named
from core.text import fold, is_syllable
from core.typos import retyped

# Domain glossary (folded): abbreviations (core/abbreviations.py) and English terms staff use,
# with the report wording. Used for lexical matching only; the dense query stays the plain question.
GLOSSARY: dict[str, tuple[str, ...]] = {
    **ABBREVIATIONS, **query_words.PARAPHRASES,
    "toan trinh": ("muc do 4",),
    # staff's own words the reports spell out: "DN" doanh nghiệp, "HS" hồ sơ, "VB" văn bản, "KH"
    # kế hoạch, who assigns tasks, "CP" Chính phủ, "TTg" Thủ tướng (documents' numbers "NĐ-CP")
    "dn": ("doanh nghiep",), "cp": ("chinh phu",), "ttg": ("thu tuong chinh phu",),  # fmt: skip
    "hs": ("ho so",), "vb": ("van ban",), "kh": ("ke hoach",),  # fmt: skip
    "dau moi": ("to chuc",), "mot phan": ("muc do 3",),  # fmt: skip
    "level 4": ("muc do 4", "toan trinh"),
    "full process": ("muc do 4", "toan trinh"),
    "whole process": ("muc do 4", "toan trinh"),
    "entirely online": ("muc do 4", "toan trinh"),
    "completely online": ("muc do 4", "toan trinh"),
    "partial": ("muc do 3", "mot phan"),
    "level 3": ("muc do 3",),
    "level 2": ("muc do 2",),
    "online public service": ("dich vu cong truc tuyen",),
    # the online channel as askers say it, the reports' "trực tuyến": dossiers sent "qua mạng",
    # "trên mạng", "over the internet" are the ones received "trực tuyến"
    "qua mang": ("truc tuyen",), "tren mang": ("truc tuyen",),  # fmt: skip
    "qua internet": ("truc tuyen",), "via the internet": ("truc tuyen",),  # fmt: skip
    "over the internet": ("truc tuyen",), "through the internet": ("truc tuyen",),  # fmt: skip
    "public service": ("dich vu cong",),
    "administrative procedure": ("thu tuc hanh chinh",),
    "administrative reform": ("cai cach hanh chinh",),
    "dossier": ("ho so",),
    "application": ("ho so",),
    "received": ("tiep nhan",),
    "resolved": ("giai quyet",),
    "settled": ("giai quyet",),
    "processed": ("giai quyet",),
    "overdue": ("qua han",),
    "late": ("qua han",),
    # the reports' own words for a Vietnamese question's everyday ones ("trễ hạn": "quá hạn")
    "tre han": ("qua han",),
    "tre hen": ("qua han",),
    "on time": ("dung han",),
    "ahead of schedule": ("truoc han",),
    "before the deadline": ("truoc han",),
    "pending": ("dang giai quyet",),
    "in progress": ("dang giai quyet", "dang thuc hien", "dang trong thoi gian thuc hien"),
    # the part not (yet) done of what was assigned or planned: the reports say it as "chưa hoàn
    # thành", "còn lại" or "còn … đang (trong thời gian) thực hiện" (still being carried out)
    **dict.fromkeys(  # "outstanding" only by what is left ("outstanding individuals" excel)
        ("not done", "not yet done", "not completed", "not yet completed", "not finished",
         "not yet finished", "unfinished", "uncompleted", "incomplete", "remain outstanding",
         "remains outstanding", "still outstanding", "left outstanding", "outstanding work",
         *(f"outstanding {w}s" for w in ("task", "dossier", "file", "application", "case",
                                         "amount", "balance", "item", "target"))),
        ("chua hoan thanh", "con lai", "dang thuc hien", "dang trong thoi gian thuc hien"),
    ),  # fmt: skip
    "digital signature": ("chu ky so",),
    "digital certificate": ("chung thu so",),
    "e-invoice": ("hoa don dien tu",),
    "electronic invoice": ("hoa don dien tu",),
    "feedback": ("phan anh kien nghi",),
    "petition": ("phan anh kien nghi",),
    "complaint": ("phan anh kien nghi",),
    "task": ("nhiem vu",),
    "plan": ("ke hoach",),
    "decision": ("quyet dinh",),
    "resolution": ("nghi quyet",),
    "budget": ("kinh phi", "ngan sach"),
    "funding": ("kinh phi",),
    "disbursed": ("giai ngan",),
    "disbursement": ("giai ngan",),
    "investment": ("dau tu",),
    "civil servant": ("cong chuc",),
    "public employee": ("vien chuc",),
    "staff quota": ("bien che",),
    "training": ("dao tao boi duong", "tap huan"),  # courses ("tập huấn") are training too
    "rank": ("xep thu",),
    "ranked": ("xep thu",),
    "score": ("diem",),
    "percentage": ("ty le",),
    "percent": ("ty le",),
    "rate": ("ty le",),
    "provincial level": ("cap tinh",),
    "district level": ("cap huyen",),
    "commune level": ("cap xa",),
    "district": ("huyen", "cap huyen"),
    "commune": ("xa", "cap xa"),
    "department": ("so ban nganh",),
    "agencies": ("co quan",),
    # a case of its own kind ("tiếp nhận các trường hợp đặc biệt"), no dossier ("cases": "hồ sơ")
    "special case": ("truong hop dac biet",),
    "special cases": ("truong hop dac biet",),
    "news": ("tin bai",),
    "articles": ("tin bai",),
    "leaflet": ("to roi",),
    "server": ("may chu",),
    "computer": ("may tinh",),
    "email": ("thu dien tu",),
    "portal": ("cong thong tin",),
    "video conference": ("hoi nghi truyen hinh truc tuyen",),
    "signed": ("ky",),
    "who signed": ("giam doc", "chu tich"),
    "national public service portal": ("cong dich vu cong quoc gia",),
    "integrated": ("tich hop",),
    "one-stop": ("mot cua",),
    "one stop": ("mot cua",),
    "digital transformation": ("chuyen doi so",),
    "e-government": ("chinh quyen dien tu",),
    "digital government": ("chinh quyen so",),
    "information security": ("an toan thong tin",),
    "how many": ("bao nhieu",),
    # Everyday English for the same things (singular; a plural "s" is matched too).
    "online service": ("dich vu cong truc tuyen",),
    "level 1": ("muc do 1",),
    "full online": ("toan trinh", "muc do 4"),
    "fully online": ("muc do 4", "toan trinh"),
    "end to end": ("muc do 4", "toan trinh"),
    "partially online": ("muc do 3", "mot phan"),
    "partly online": ("muc do 3", "mot phan"),
    "level one": ("muc do 1",),
    "level two": ("muc do 2",),
    "level three": ("muc do 3",),
    "level four": ("muc do 4",),
    "issue": ("cap",),
    "issued": ("cap",),
    "grant": ("cap",),
    "granted": ("cap",),
    "provide": ("cung cap",),
    "provided": ("cung cap",),
    "offer": ("cung cap",),
    "record": ("ho so",),
    "file": ("ho so",),
    "submitted": ("tiep nhan",),
    "filed": ("tiep nhan", "phat sinh"),
    "returned": ("tra ket qua",),
    "result": ("ket qua",),
    "handled": ("giai quyet",),
    "completed": ("hoan thanh",),
    "carried out": ("thuc hien",),
    "implemented": ("trien khai",),
    "course": ("lop",),
    "hotline": ("tong dai",),
    "switchboard": ("tong dai",),
    "published": ("dang tai",),
    "posted": ("dang tai",),
    "posts": ("tin bai",),
    "press": ("bao chi",),
    "newspaper": ("bao",),
    "central": ("trung uong",),
    "software": ("phan mem",),
    "updated": ("cap nhat",),
    "entered": ("cap nhat",),
    "member": ("thanh vien",),
    "business": ("doanh nghiep",),
    "enterprise": ("doanh nghiep",),
    "company": ("doanh nghiep",),
    "household": ("ho",),
    "allocated": ("giao",),
    "assigned": ("giao",),
    "position": ("bien che",),
    "payroll": ("bien che",),
    "recruited": ("tuyen dung",),
    "recruitment": ("tuyen dung",),
    "hired": ("tuyen dung",),
    "exam": ("thi tuyen",),
    "examination": ("thi tuyen",),
    "connected": ("ket noi",),
    "connection": ("ket noi",),
    "ward": ("phuong",),
    "town": ("thi tran",),
    "video conferencing": ("hoi nghi truyen hinh truc tuyen",),
    "meeting": ("cuoc hop",),
    "share": ("ty le",),
    "proportion": ("ty le",),
    "platform": ("nen tang",),
    "operation": ("hoat dong",),
    "operating": ("hoat dong",),
    "revenue": ("thu ngan sach", "tong thu"),
    "expenditure": ("chi ngan sach",),
    "spending": ("chi ngan sach",),
    "streamlined": ("tinh gian bien che",),
    "downsizing": ("tinh gian bien che",),
    "legal document": ("van ban quy pham phap luat",),
    "legal normative document": ("van ban quy pham phap luat",),
    "inspection": ("kiem tra",),
    "communication": ("tuyen truyen",),
    "propaganda": ("tuyen truyen",),
    "television": ("truyen hinh",),
    "radio": ("phat thanh",),
    "electronic": ("dien tu",),
    "database": ("co so du lieu",),
    "specialised database": ("co so du lieu chuyen nganh",),
    "specialized database": ("co so du lieu chuyen nganh",),
    "data": ("du lieu",),
    "smart": ("thong minh",),
    "e-commerce": ("thuong mai dien tu",),
    "ecommerce": ("thuong mai dien tu",),
    "stall": ("gian hang",),
    "booth": ("gian hang",),
    "login": ("dang nhap", "luot dang nhap"),
    "equipped": ("trang bi",),
    "personal": ("ca nhan",),
    "individual": ("ca nhan",),
    "organisation": ("to chuc",),
    "organization": ("to chuc",),
    "government": ("chinh phu",),
    "prime minister": ("thu tuong",),
    "office": ("van phong",),
    "people's committee": ("uy ban nhan dan",),
    "people s committee": ("uy ban nhan dan",),
    "people's council": ("hoi dong nhan dan",),
    "people s council": ("hoi dong nhan dan",),
    "home affairs": ("noi vu",),
    "justice": ("tu phap",),
    "finance": ("tai chinh",),
    "health": ("y te",),
    "education": ("giao duc",),
    "hospital": ("benh vien",),
    "teacher": ("giao vien",),
    "archive": ("kho luu tru",),
    "storage": ("kho luu tru",),
    "total investment": ("tong muc dau tu",),
    "capital": ("von",),
    "poverty": ("ho ngheo",),
    "poor household": ("ho ngheo",),
    "satisfaction": ("hai long",),
    "competitiveness": ("nang luc canh tranh",),
    "tax": ("thue",),
    "invoice": ("hoa don",),
    "certificate": ("chung thu",),
    "signature": ("chu ky",),
    "civil servant record": ("ho so can bo cong chuc",),
    "personnel": ("can bo cong chuc",),
    "official": ("can bo",),
    "session": ("buoi",),
    # Parts of a breakdown, so an English question names the part it asks for.
    "online": ("truc tuyen",),
    "in person": ("truc tiep",),
    "directly": ("truc tiep",),
    "postal": ("buu chinh",),
    "by post": ("buu chinh",),
    "carried over": ("ton ky truoc",),
    "backlog": ("ton ky truoc",),
    "previous period": ("ky truoc",),
    "newly received": ("moi tiep nhan",),
    "early": ("truoc han",),
    "legal education": ("pho bien giao duc phap luat",),
    "law dissemination": ("pho bien giao duc phap luat",),
}

# A service level in English words: the hand entries above read it (as "muc do N"); a lexicon
# phrase holding one ("fully online public service") would hide the level inside its wording.
_LEVEL_WORDING = re.compile(
    r"\b(?:full|fully|partly|partially|entirely|completely) online\b|\bend to end\b|"
    r"\b(?:full|whole) process\b|\bpartial\b|\blevel \w+"
)

# Lexicon terms that name a period ("6 tháng đầu năm", "quý I"): not topic phrases.
PERIOD_TERM = re.compile(r"(?:quy|6 thang|thang|nam|ngay|ky bao cao|thoi diem|giai doan)\b")


# English words that say what form of answer is wanted or are too general to be a topic on
# their own ("the total", "the list", "the period", "used"): never a concept by themselves.
_GENERAL_WORDS = frozenset(
    """total count quantity list summary section title period phase stage result record text
    case present mean help used using usage kept state information local service official
    security unit time turn visit number year month quarter report""".split()  # noqa: SIM905
)


def _single_words() -> dict[str, frozenset[str]]:
    """English single-word wordings (plural "s" dropped) whose lexicon terms are all of two or
    more syllables, and no word in `_GENERAL_WORDS`: the word and those terms, each a wording
    of it ("transferred" → "dieu dong" or "thuyen chuyen": the reports say either). A word
    naming a one-syllable term ("people" → "nguoi", "issued" → "cap") is left out: alone, such
    a syllable matches almost any clause."""
    named: dict[str, set[str]] = {}
    for term in read_lexicon():
        for english in term.english:
            word = english.strip()
            if word.isalpha() and len(word) >= 4:
                key = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
                named.setdefault(key, set()).add(term.folded)
    return {
        w: frozenset(t)
        for w, t in named.items()
        if all(len(x.replace(",", " ").split()) >= 2 for x in t)
        and not {w, w + "s"} & _GENERAL_WORDS
    }  # fmt: skip


def _lexicon_glossary() -> dict[str, tuple[str, ...]]:
    """The domain lexicon's English wordings (core/lexicon.tsv) as glossary entries, for the
    wordings the hand glossary above does not have: the figure answerer weighs a glossary
    phrase as one concept whose report wording may stand in for it, and an English word it
    does not know as a word the clause lacks. Phrases, and single words whose terms are of
    two or more syllables ("flyers" → "to roi"; "transferred" → "dieu dong", "thuyen chuyen",
    either standing in for it): a word naming a one-syllable term ("people", "issue") as a
    full-weight concept matches too much; an unhyphenated wording made only of Vietnamese
    syllables would match Vietnamese questions' own words ("top-up" is English); a term far
    longer than its wording asks for words the question never said."""
    out: dict[str, list[str]] = {}
    single = _single_words()
    for term in read_lexicon():
        for english in term.english:
            key = " ".join(re.sub(r"[^a-z0-9 ]+", " ", english).split())
            if not key or key in GLOSSARY or key != english.replace("-", " "):
                continue  # hand entries win; wordings with other punctuation never match
            singular = key[:-1] if key.endswith("s") and not key.endswith("ss") else key
            if " " not in key and term.folded not in single.get(singular, ()):
                continue
            if "-" not in english and all(is_syllable(t) for t in key.split()):
                continue
            if _LEVEL_WORDING.search(key) or key.startswith("the "):
                continue  # the level stays readable; an article is no part of a term
            if PERIOD_TERM.match(term.folded):
                continue  # a period narrows the search (reports, dates); it is no topic
            if len(term.folded.split()) > 2 * len(key.split()) + 1:
                continue  # the term says much more than the wording ("administrative dossiers")
            # the report's words without its commas ("so, ban, nganh"): a clause's tokens
            # carry none, so a wording with one would never be credited
            wording = " ".join(re.sub(r"[^a-z0-9 ]+", " ", term.folded).split())
            if wording not in out.setdefault(key, []):
                out[key].append(wording)
    merge_plurals(out)
    return {k: tuple(v) for k, v in out.items()}


_WRITTEN = frozenset(GLOSSARY)  # wordings written by hand, before the lexicon's and variants
GLOSSARY.update(_lexicon_glossary())
# Every wording also as a question may type it: British or American spelling, "-ies"/"-es"
# plurals, "organizational" for "organization" (core/lexicon.py's `variants`).
# A form the lexicon writes for a term of another sense keeps to that term (`other_sense`:
# "staff" is no "biên chế" of "staffing").
_BARE: set[str] = set()
for _key, _wording in list(GLOSSARY.items()):
    _BARE |= bare_bases(_key)
    for _form in variants(_key)[1:]:
        if not other_sense(_form, _key, _wording):
            GLOSSARY.setdefault(_form, _wording)
GLOSSARY_RE = term_pattern(GLOSSARY, _BARE - _WRITTEN)


@dataclass(frozen=True)
class ParsedQuery:
    """A question read for retrieval and answering."""

    text: str
    folded: str
    expanded: str
    provinces: tuple[str, ...]
    years: tuple[int, ...]
    quarter: int


# "How much funding / budget / capital …": an amount of money asked.
_HOW_MUCH_MONEY = re.compile(
    r"\bhow much\b.*\b(?:fund\w*|budget\w*|capital|investment|revenue|spending|spent|"
    r"expenditure|costs?|allowance|money|disburs\w*|vnd)\b"
)


def expand(folded: str) -> str:
    """The folded question with glossary expansions appended (both directions): the report
    wording of its glossary and lexicon terms, and the abbreviations the reports write for
    those ("database" → "co so du lieu" → "csdl")."""
    extra = expansions(folded)
    return folded if not extra else folded + " " + " ".join(extra)


@functools.lru_cache(maxsize=1024)
def expansions(folded: str) -> tuple[str, ...]:
    """What `expand` appends, one report wording or abbreviation each: read one by one, no
    phrase runs from one into the next ("tong so" then "nganh thue" is no "sở, ngành")."""
    extra: list[str] = []
    for m in GLOSSARY_RE.finditer(plain := without_denied(folded, _word_terms)):
        extra.extend(GLOSSARY[m.group(1)])
    extra.extend(levels_named(folded))
    extra.extend(w for t in JOIN_TOKEN.findall(folded) if (w := compound_abbreviation(t)))
    if _HOW_MUCH_MONEY.search(folded):  # an amount of money: the reports write it in đồng
        extra.append("dong")
    # the reports' words for English terms (core/lexicon.tsv); a province's name is no term
    # ("Dong Thap" holds the "dong" of đồng)
    extra.extend(to_vietnamese(strip_provinces(plain)))
    extra.extend(negated(folded, _word_terms))
    for text in (folded, " ".join(extra)):
        for m in REVERSE_RE.finditer(text):
            if REVERSE[m.group(1)] not in extra:
                extra.append(REVERSE[m.group(1)])
    return tuple(extra)


# The one-word abbreviations staff join into one ("VBQPPL" = "VB" + "QPPL"): the glossary's
# abbreviations, and its staff's own with no vowel ("vb", "hs", "ttg"); never an English word.
_PARTS = {
    k: v[0]
    for k, v in GLOSSARY.items()
    if k.isalpha() and len(k) <= 5 and (k in ABBREVIATIONS or not re.search("[aeiouy]", k))
}


def compound_abbreviation(word: str) -> str:
    """The report wording of a word joining the glossary's abbreviations (`joined_wording`)."""
    return joined_wording(word, _PARTS, GLOSSARY)


def _word_terms(word: str) -> list[str]:
    """The report wordings one English word names (glossary first, then the lexicon)."""
    m = GLOSSARY_RE.fullmatch(word)
    return [*(GLOSSARY[m.group(1)] if m else ()), *to_vietnamese(word)]


def terms_named(words: str) -> frozenset[str]:
    """The reports' wordings (folded Vietnamese) of the glossary and domain-lexicon terms
    folded words name: "public services" → {"dich vu cong"}, "level 4" → {"muc do 4"}."""
    found: set[str] = set()
    for m in GLOSSARY_RE.finditer(words):
        found.update(GLOSSARY[m.group(1)])
    for m in REVERSE_RE.finditer(words):
        found.add(REVERSE[m.group(1)])
    found.update(to_vietnamese(words))
    found.update(negated(words, _word_terms))
    # as words, without the report's commas ("can bo, cong chuc"): clause tokens hold none
    return frozenset(" ".join(re.sub(r"[^a-z0-9 ]+", " ", w).split()) for w in found)


def parse_query(question: str) -> ParsedQuery:
    """Fold the question and find what it names: provinces, years, quarter."""
    question = counting_bn(question)  # "tỉnh bn": how many; typed: fold without OCR repair
    typed = how_many(capital_initials(question))  # "TQ có …": capitals name the province
    # a hyphen joins no words; slips are read as meant ("bussinesses", "tuyen quag": core/typos)
    folded = retyped(re.sub(r"(?<=\w)-(?=\w)", " ", fold(typed, repair=False)))
    folded = plain_wording(folded)  # "chào bạn, cho mình hỏi …", "có mấy …" (core/preamble)
    folded = expand_initials(folded)  # provinces' initials as sides: "dvc muc 4 tq vs ht"
    folded = unelided(without_time_qualifiers(folded))
    years, quarter = asked_period(folded)
    provinces = tuple(province_mentions(folded))
    return ParsedQuery(question, folded, expand(folded), provinces, years, quarter)
