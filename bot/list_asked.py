"""What a list question asks to be listed: the kind of thing, in the reports' words ("những
huyện nào" → huyện, "which subsystems" → phân hệ), a bare "X nào/gì", whether a kind of thing
is asked at all rather than a kind of section ("những hạn chế nào"), and what the question sets
aside ("Ngoài X, những Y nào …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.intents_types import DOCS_ASKED, WHO_PLACED
from bot.list_gloss import plural, vi_gloss
from bot.list_items import EN_MORE_READINGS, EN_NOUNS
from bot.section_answer import compound
from bot.stopwords import LIST_HEAD_STOP
from core.lexicon import to_vietnamese
from core.query import ParsedQuery, expand
from core.text import fold
from core.typos import misread
from index.lexical import tokenize

# "Ngoài 29 công chức của 16 sở, ngành, những đơn vị nào …", "besides X, which …": what the
# asker already has, up to the words asking for the list (folded).
_BESIDES = re.compile(
    r"\b(?:ngoai|besides|apart from|other than|except(?: for)?)\s+(.+?),?\s+"
    r"(?=(?:nhung|cac|which|what|who|ai)\b)"
)
# The same up to its comma when it has one ("ngoài công chức các sở, những cơ quan nào": what
# is set aside is "công chức các sở", not "công chức").
_BESIDES_COMMA = re.compile(
    r"\b(?:ngoai|besides|apart from|other than|except(?: for)?)\s+([^,?;]+?),\s+"
    r"(?=(?:nhung|cac|which|what|who|ai)\b)"
)


# Set aside at the end, in English ("who works at the centre besides its own staff?").
_BESIDES_END = re.compile(
    r"\s+\b(?:besides|apart from|other than|except(?: for)?)\s+([^,?;]+?)\s*\??\s*$"
)


def _aside(folded_question: str) -> re.Match[str] | None:
    return (
        _BESIDES_COMMA.search(folded_question)
        or _BESIDES.search(folded_question)
        or _BESIDES_END.search(folded_question)
    )


def without_aside(folded_question: str) -> str:
    """The question without what it sets aside ("Ngoài X, những Y nào …" → "những Y nào …",
    "… besides X?"): X names neither what is listed nor what it is about."""
    m = _aside(folded_question)
    return folded_question[: m.start()] + folded_question[m.end() :] if m else folded_question


def besides(folded_question: str) -> list[str]:
    """The words of what a question sets aside ("Ngoài …", "besides …"), in the reports'
    words when it is said in English ("besides the provincial departments" → sở, ban, ngành);
    [] when none."""
    m = _aside(folded_question)
    if not m:
        return []
    said = m.group(1)
    if _OWN_STAFF.search(said):
        return list(OWN_STAFF_WORDS)  # "besides its own staff": the unit's own payroll
    english = re.search(r"\b(?:the|of|and|all|other)\b", said)
    vietnamese = to_vietnamese(said) if english else []
    return re.findall(r"\w+", vietnamese[0] if vietnamese else said)


# A unit's own staff set aside in English ("apart from its own staff"), and the reports' words
# for it: "biên chế của <đơn vị>" (those sent from other agencies are "biên chế thuộc các cơ
# quan cử đến").
_OWN_STAFF = re.compile(r"\bown\s+(?:staff|employees|personnel|workforce|payroll|people)\b")
OWN_STAFF_WORDS = ("bien", "che", "cua")


def lead_sets_aside(lead: str, words: Sequence[str]) -> bool:
    """Whether the clause leading into a list (folded, as restored) names, word after word, the
    group the question sets aside ("Ngoài biên chế của Trung tâm, …": a list led in by "Biên
    chế của Trung tâm …: Có" is that group, not the others asked for)."""
    have = re.findall(r"\w+", fold(lead))
    n = len(words)
    return n >= 2 and any(
        all(h == w or misread(w, h) for h, w in zip(have[i : i + n], words, strict=True))
        for i in range(len(have) - n + 1)
    )


ASIDE_SHARE = 0.6  # of the set-aside words an item holds to be what was set aside
# "X của Y", "X of Y": what is set aside belongs to an owner.
_OWNER = frozenset(["cua", "of"])


def set_aside(item: str, words: list[str]) -> bool:
    """Whether a listed item (as restored) is what the question sets aside: most
    (`ASIDE_SHARE`) of those words in it, one misread letter tolerated; of a thing and its
    owner ("công chức của Trung tâm"), most of each: "03 công chức của Bảo hiểm xã hội" is
    another owner's."""
    have = re.findall(r"\w+", fold(item))
    at = next((i for i, w in enumerate(words) if w in _OWNER), -1)
    parts = [words[:at], words[at + 1 :]] if 0 < at < len(words) - 1 else [words]
    return bool(words) and all(_holds(have, part) for part in parts)


def _holds(have: list[str], words: list[str]) -> bool:
    """Whether an item's words hold most of some words."""
    found = sum(any(w == h or misread(w, h) for h in have) for w in words)
    return found >= ASIDE_SHARE * len(words)


_EN_STOP = re.compile(
    r"\b(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should|of|in|on|for|"
    r"from|by|to|with|at|that|which|whose|the|a|an)\b"
)

# (the phrase after the last "những/các": "kiến nghị các Bộ, ngành … hướng dẫn những Nghị
# định nào" asks for decrees, not ministries)
_HEAD_VI = re.compile(
    r"\b(?:nhung|cac)\s+((?:(?!nhung\b|cac\b)[\w,&]+\s+){0,12}?)nao\b|"
    r"\b(?:nhung|cac)\s+((?:(?!nhung\b|cac\b)\w+\s+){1,4}?)gi\b|" + DOCS_ASKED.pattern
)
# ("could you list some of the plans …": what is listed follows "list")
_HEAD_EN = re.compile(
    r"\b(?:which|what|list(?:\s+(?:some|all|any))?(?:\s+of)?(?:\s+the)?)\s+((?:[\w'/-]+\s+){0,6})"
)
# "what are the units that …": asks things listed as "which units" does, but only
# when its head noun is one of the list nouns (`EN_NOUNS`: teams, districts, systems …);
# "what are the shortcomings / the office's tasks" asks a section.
_HEAD_EN_ARE = re.compile(r"\bwhat\s+(?:are|were)\s+the\s+((?:[\w'/-]+\s+){0,6})")
# "which agencies and companies second staff …": two nouns joined end the noun phrase
_JOINED = re.compile(r"^(.*?\S\s+(?:and|or)\s+\S+)\s.*$")
# "những loại / hình thức / dạng X nào": X is what is listed.
_KIND_OF = re.compile(r"^(?:loai|kieu|dang|hinh thuc)\s+(?=\w)")
KIND_WORDS = frozenset(["loai", "kieu"])
_LIST_VI = re.compile(
    r"\b(?:liet ke|ke ten|neu|ke)\s+(?:(?:ra|ten)\s+)?(?:(?:cac|nhung)\s+)?((?:\w+\s+){0,3})"
)


# The people a "who is placed there" question lists, in the reports' words: officials sent
# to work there ("… các cơ quan cử đến làm việc tại Trung tâm: 29 công chức …").
_PEOPLE = "can bo cong chuc cu den lam viec"


def head_words(q: ParsedQuery) -> list[str]:
    """What kind of thing the question wants listed, in the reports' words: between
    'những/các' and 'nào' ('những huyện, thị xã nào' → huyện, thị xã), after 'liệt kê', or the
    noun after 'which/what' ('which districts' → huyện); not in what it sets aside ("ngoài
    công chức các sở, những cơ quan nào": cơ quan)."""
    folded = without_aside(q.folded)
    m = _HEAD_VI.search(folded) or _LIST_VI.search(folded)
    gloss = vi_gloss(folded)
    if m or gloss:
        phrase = next(g for g in m.groups() if g is not None) if m else gloss
        # "những loại chứng thư số nào": the kind is what follows "loại"
        phrase = _KIND_OF.sub(" ", phrase)
        words = tokenize(expand(phrase.replace(",", " ")))
        # "cơ quan" keeps its "cơ" (folded alike, "có" is a stop word): "quan" alone is "quận"
        kept = [w for i, w in enumerate(words)
                if w not in LIST_HEAD_STOP or compound(w, words[i + 1 : i + 2])]  # fmt: skip
        return list(dict.fromkeys(kept))[:6]
    nouns = _en_nouns(folded)
    if not nouns and WHO_PLACED.search(folded):
        return tokenize(expand(_PEOPLE))  # "who is posted to …": the people placed there
    out: list[str] = []
    for w in nouns:
        vi = _en_noun(w)
        # a noun the lexicon knows though the list nouns do not ("documents": văn bản), read
        # alone, so the head noun's words come first ("IT guidance documents": văn bản, then
        # hướng dẫn) and name the class of thing asked
        said = [vi] if vi else to_vietnamese(w)
        out.extend(t for x in said for t in tokenize(x))
    for vi in to_vietnamese(" ".join(nouns[::-1])):
        out.extend(tokenize(vi))
    return [w for w in dict.fromkeys(out) if len(w) > 1][:6]


def _en_nouns(folded: str) -> list[str]:
    """The English nouns naming what is listed, the head noun first ("which new reform
    models" → models, reform, new); [] when the question has no "which/what/list" phrase."""
    are = _HEAD_EN_ARE.search(folded)
    if are:
        nouns = _nouns_of(are.group(1))
        if nouns and "'" not in are.group(1) and _en_noun(nouns[0]):
            return nouns
    m = _HEAD_EN.search(folded)
    if not m:
        return []
    return _nouns_of(m.group(1))


def _nouns_of(said: str) -> list[str]:
    """The nouns of the phrase after "which/what", the head noun first."""
    # "which kinds of permits": the permits are listed
    phrase = re.sub(r"^(?:kinds?|types?|sorts?) of ", "", said)
    phrase = _JOINED.sub(r"\1", _EN_STOP.split(phrase)[0].strip())
    words = _to_plural(phrase.split())
    # "which districts' legal documents": the possessor is what is listed
    owner = next((w for w in words if w.endswith("'")), None)
    # the English head noun comes last ("new reform models"): it is what is listed
    # ("teams/units": the first named, the more specific, first)
    return [owner.rstrip("'")] if owner else [n for w in words[::-1] for n in w.split("/") if n]


# Words that join two head nouns ("agencies and companies", "teams / units").
_NOUN_JOIN = frozenset(["and", "or", "&", "/"])


def _to_plural(words: list[str]) -> list[str]:
    """The noun phrase after "which": up to its first plural noun ("which units provide online
    services": the units are listed, "provide online services" is what they do), or the second
    of two joined ("agencies and companies"); all of it without a plural."""
    for i, w in enumerate(words):
        if plural(w.split("/")[-1]) and (i + 1 == len(words) or words[i + 1] not in _NOUN_JOIN):
            return words[: i + 1]
    return words


def _en_noun(word: str) -> str | None:
    """The reports' word for an English noun of the list nouns (`EN_NOUNS`), singular or
    plural; None for another noun."""
    stem = re.sub(r"(ies)$", "y", word)
    stem = stem if stem in EN_NOUNS else re.sub(r"e?s$", "", word)
    return EN_NOUNS.get(stem) or EN_NOUNS.get(word)


def head_readings(q: ParsedQuery) -> list[list[str]]:
    """The readings of an English head noun the lexicon gives in two or more senses sharing
    no word ("reports": phóng sự, báo cáo), each as its words: a list is of one sense,
    and is scored by it alone. [] for one reading, or a Vietnamese question."""
    folded = without_aside(q.folded)
    if _HEAD_VI.search(folded) or _LIST_VI.search(folded) or vi_gloss(folded):
        return []
    nouns = _en_nouns(folded)
    if not nouns or _en_noun(nouns[0]):
        return []
    more = EN_MORE_READINGS.get(re.sub(r"s$", "", nouns[0]))
    readings = [tokenize(x) for x in [*to_vietnamese(nouns[0]), *([more] if more else [])]]
    seen = [w for r in readings for w in r]
    return readings if len(readings) >= 2 and len(seen) == len(set(seen)) else []


# "… trên mạng xã hội nào?", "… qua kênh gì?": a kind of thing asked without "những/các"
# (one or several); the last one to three words before "nào/gì".
_BARE_HEAD = re.compile(r"((?:\b[a-z]+\s+){1,3})(?:nao|gi)\b")
# What "X nào/gì" asks that is no kind of thing a report lists: a place or time, a manner.
_BARE_NOT = frozenset(
    ["tinh", "ngay", "quy", "nam", "thang", "luc", "khi", "the", "nhu", "ai", "sao", "la",
     "lam", "bao", "cai", "dieu", "viec", "ky", "so", "muc", "cap", "tu", "ve"]
)  # fmt: skip


def bare_heads(q: ParsedQuery) -> list[str]:
    """The phrases a question may name a kind of thing by before a bare "nào/gì" ("mạng xã
    hội nào" → "hoi", "xa hoi", "mang xa hoi"), longest last; [] when the word before is no
    such noun."""
    m = _BARE_HEAD.search(q.folded)
    if not m:
        return []
    words = m.group(1).split()
    if words[-1] in _BARE_NOT or words[-1] in LIST_HEAD_STOP:
        return []
    return [
        " ".join(words[-n:]) for n in range(1, len(words) + 1) if len(" ".join(words[-n:])) >= 4
    ]


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
