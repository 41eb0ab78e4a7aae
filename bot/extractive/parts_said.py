"""What a question narrows a figure to, against what the stated figure's clause says: the part
of a breakdown it names (the level of government "cấp xã", who applied "doanh nghiệp", a
dossier's state "quá hạn", the channel "bưu chính") and the service level ("mức độ 4").

A real figure of the report said of the whole (the province's total for "cấp xã", the resolved
count for "bao nhiêu … quá hạn") or of levels 3 and 4 together (for "mức độ 4") is a near miss:
the reports do not give what is asked. The clause is read with what its sentence says before it
("Tổng số hồ sơ …: 118.944; trong đó: … trực tuyến: 23.940") and its section heading, never with
the paragraph's other sentences (a line listing "sở, ban, ngành, UBND cấp huyện, UBND cấp xã"
before "… đúng hạn đạt 99,8%" says nothing of the commune level)."""

from __future__ import annotations

import functools
import re

from bot.extractive.breakdown import names_phrase
from bot.extractive.levels import _LEVEL_TOKENS, _LEVELS, _level_run, asked_levels
from bot.extractive.question import PART_FAMILIES, SAME_PART, _asked_parts, other_names
from bot.extractive.question import PART_NAMES as OTHER_NAMES
from bot.extractive.sites import _figures_of
from bot.extractive.words import _folded_tokens
from core.query import ParsedQuery
from core.text import figures, fold
from index.lexical import tokenize

# The parts checked, with how an answer names them (Vietnamese, English). The online channel is
# bot/channel.py's ("điện tử", a service level 3 or 4 and the portal say it too); the levels of
# "tồn kỳ trước" are single syllables too common to read alone.
PART_NAMES: dict[tuple[str, ...], tuple[str, str]] = {
    ("cap", "tinh"): ("cấp tỉnh", "the provincial level"),
    ("cap", "huyen"): ("cấp huyện", "the district level"),
    ("cap", "xa"): ("cấp xã", "the commune level"),
    ("to", "chuc"): ("tổ chức", "organisations"),
    ("ca", "nhan"): ("cá nhân", "individuals"),
    ("doanh", "nghiep"): ("doanh nghiệp", "businesses"),
    ("truc", "tiep"): ("trực tiếp", "in person"),
    ("buu", "chinh"): ("bưu chính", "the postal service"),
    ("dung", "han"): ("đúng hạn", "on time"),
    ("truoc", "han"): ("trước hạn", "ahead of time"),
    ("trong", "han"): ("trong hạn", "within the time limit"),
    ("qua", "han"): ("quá hạn", "overdue"),
    ("tre", "han"): ("trễ hạn", "late"),
    ("dang", "giai", "quyet"): ("đang giải quyết", "in progress"),
    ("chua", "giai", "quyet"): ("chưa giải quyết", "not yet resolved"),
}
# Other words that say a part in a clause: a commune ("138/138 xã", "phường", "thị trấn"; not
# "xã hội", not "thị xã", a district-level town), a district ("UBND các huyện", "thị xã"), a
# dossier past its deadline ("quá hạn" or "trễ hạn").
# A part's own English label in a comparison ("provincial tier vs commune tier") says its level
# as the reports' "cấp tỉnh" does: the parts compared are then the levels themselves.
_SAID_AS: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    ("cap", "tinh"): (("provincial",), *(_folded_tokens(w) for w in ("province level", "province tier"))),
    ("cap", "huyen"): (("huyen",), ("thi", "xa"), ("district",)),
    ("cap", "xa"): (("phuong",), ("thi", "tran"), ("commune",)),
    ("qua", "han"): (("tre", "han"),),
    ("tre", "han"): (("qua", "han"),),
    ("buu", "chinh"): (("bcci",),),  # "dịch vụ BCCI": bưu chính công ích, the public postal service
}
# "tỉnh" (not "Hà Tĩnh", not "tính đến") in a clause that names the district or commune level
# too is the provincial level: "11.261 hồ sơ tại Trung tâm … tỉnh, 259.999 hồ sơ tại cấp huyện".
_PROVINCE = re.compile(r"\btỉnh\b")
_COMMUNE = re.compile(r"(?<!\bthi )\bxa\b(?! hoi)")
# A question asking per commune or district ("trung bình mỗi xã", "per commune") asks a figure of
# that level as much as "cấp xã" does.
_EACH = {
    ("cap", "xa"): re.compile(r"\b(?:moi|tung) xa\b|\b(?:per|each|every) commune\b"),
    ("cap", "huyen"): re.compile(r"\b(?:moi|tung) huyen\b|\b(?:per|each|every) district\b"),
}
# Levels of government listed with "cấp" said once ("cấp tỉnh, huyện, xã", "cấp tỉnh/huyện/xã",
# "provincial, district and commune"): each word of the run names its level, "huyện" and "xã"
# included, which alone are too common to read as a level.
_LEVEL_WORD = r"(?:cap )?(?:tinh|huyen|xa)|provincial|province|district|commune"
# "+" and "&" join levels too ("commune & district levels"); "province", common alone ("Hà
# Tĩnh province and …"), opens a run only where the run ends in "level(s)".
_LEVEL_JOIN = r"\s*(?:,|/|\+|&|\bva\b|\band\b|,\s*(?:va|and))\s*"
_LEVEL_LIST = re.compile(
    rf"\b(?:cap (?:tinh|huyen|xa)|provincial|district|"
    rf"province(?=(?:{_LEVEL_JOIN}(?:{_LEVEL_WORD})\b)+\s+levels?\b))"
    rf"(?:{_LEVEL_JOIN}(?:{_LEVEL_WORD})\b)+"
)
_LEVEL_OF = {"tinh": ("cap", "tinh"), "provincial": ("cap", "tinh"), "province": ("cap", "tinh"),
             "huyen": ("cap", "huyen"), "district": ("cap", "huyen"), "xa": ("cap", "xa"),
             "commune": ("cap", "xa")}  # fmt: skip
_STATES = frozenset(p for p in PART_NAMES if p[-1] in ("han", "quyet"))
# English words for a dossier's state that say nothing else.
# A deadline may be "the", "their", "its" or bare ("past their deadline", "within time limit").
_DEADLINE = r"(?:(?:the|their|its|a) )?(?:deadlines?|time limits?)"
_EN_STATES = re.compile(
    rf"\b(?:overdue|on time|ahead of (?:schedule|time|{_DEADLINE})|before {_DEADLINE}|"
    rf"within {_DEADLINE}|in progress|pending|not yet (?:resolved|settled)|behind schedule|"
    r"(?:resolved|settled|handled|processed|returned|delivered|completed|finished|were|was|are|"
    rf"is|been) late|(?:after|past|passed|beyond|missed) {_DEADLINE}|past due|"
    r"(?:still|currently|now) (?:being )?(?:processing|processed|handling|handled)|"
    r"(?:still|currently) in process)\b"
)
# Where a sentence ends: what a clause follows in its paragraph starts after the last one.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def asked_parts(q: ParsedQuery) -> tuple[tuple[str, ...], ...]:
    """The parts (`PART_NAMES`) the question narrows its figure to, in its order. A dossier's
    state is read from the question's own Vietnamese words or `_EN_STATES`, not from the
    lexicon's reading of a single English word ("by early June" is no "trước hạn")."""
    parts = [
        p for p in _asked_parts(q)
        if p in PART_NAMES and (p not in _STATES or _says(p, q.folded) or _EN_STATES.search(q.folded))
    ]  # fmt: skip
    parts += [p for p in listed_levels(q.folded) if p not in parts]
    return tuple(parts + [p for p, each in _EACH.items() if p not in parts and each.search(q.folded)])


def listed_levels(folded: str) -> list[tuple[str, ...]]:
    """The levels of government a run of two or more names (`_LEVEL_LIST`), in its order."""
    out: list[tuple[str, ...]] = []
    for m in _LEVEL_LIST.finditer(folded):
        for w in re.findall(r"\w+", m.group(0)):
            part = _LEVEL_OF.get(w)
            if part is not None and part not in out:
                out.append(part)
    return out if len(out) >= 2 else []


def _says(part: tuple[str, ...], folded: str) -> bool:
    """Whether folded text holds the part's words in a row, or another name of the part in a
    row (`SAME_PART`, `question.PART_NAMES`: "trễ hạn" says "quá hạn")."""
    names = [part, *(o for o, p in (*SAME_PART.items(), *OTHER_NAMES.items()) if p == part)]
    return any(re.search(rf"\b{' '.join(n)}\b", folded) for n in names)


def lead_of(quote: str, context: str) -> str:
    """What the quote's sentence says before it in its paragraph ("" when the quote starts its
    sentence or is not found in the paragraph)."""
    at = context.find(quote) if quote else -1
    if at <= 0:
        return ""
    before = context[:at]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def says_part(part: tuple[str, ...], text: str) -> bool:
    """Whether a text (a clause, its lead, its heading) says a part, OCR-misread forms included."""
    tokens = _folded_tokens(text)
    if names_phrase(part, tokens) or part in other_names(tokens):
        return True
    if part == ("cap", "xa") and _COMMUNE.search(" ".join(tokens)):
        return True
    if part == ("cap", "tinh") and _PROVINCE.search(text.lower()):
        return says_part(("cap", "huyen"), text) or says_part(("cap", "xa"), text)
    return any(names_phrase(p, tokens) for p in _SAID_AS.get(part, ()))


def unsaid_parts(
    q: ParsedQuery, quote: str, context: str = "", section: str = "", figure: str = ""
) -> tuple[tuple[str, ...], ...]:
    """The parts the question asks that the stated figure is not said of: its own label names a
    sibling part instead ("114 dịch vụ công cấp huyện" for "cấp xã"), or neither the clause,
    what its sentence says before it, nor its section heading says the part. Of several parts
    of one family asked ("cấp tỉnh, cấp huyện"; "overdue" read as "quá hạn" and "trễ hạn"), one
    said is enough."""
    texts = [t for t in (quote, lead_of(quote, context), section) if t]
    asked = asked_parts(q)
    unsaid = [p for p in asked if not any(says_part(p, t) for t in texts)]
    # the figure's own words, read only when its clause names a sibling of an asked part
    if figure and any(says_part(o, quote) for p in asked if p not in unsaid for o in _siblings(p)):
        own = own_parts(quote, figure)
        unsaid += [p for p in asked if p not in unsaid and p not in own
                   and any(o in own for o in _siblings(p))]  # fmt: skip
    return tuple(
        p for p in unsaid
        if not any(o in asked and o not in unsaid and o in _siblings(p) for o in asked)
    )  # fmt: skip


def joined_parts(q: ParsedQuery, quote: str, figure: str) -> tuple[tuple[str, ...], ...]:
    """The parts the figure's own words name together with a part the question asks, of the
    same family and not asked themselves ("trực tiếp và qua dịch vụ bưu chính: 142.048" for
    "qua bưu chính"): the figure counts them together, a near miss of the one asked. A share of
    100% said of several parts is each one's ("100% CBCC cấp tỉnh, cấp huyện")."""
    asked = asked_parts(q)
    if not asked or not figure or figures(figure) == {"100"} and figure.endswith("%"):
        return ()
    own = own_parts(quote, figure)
    return tuple(
        o for p in asked if p in own for o in _siblings(p) if o in own and o not in asked
    )  # fmt: skip


def _siblings(part: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The other parts of the part's family ("cấp tỉnh", "cấp huyện" for "cấp xã")."""
    return next((tuple(o for o in f if o != part) for f in PART_FAMILIES if part in f), ())


@functools.lru_cache(maxsize=1024)
def own_parts(quote: str, figure: str) -> frozenset[tuple[str, ...]]:
    """The parts the words that name the figure alone in its clause say ("114 dịch vụ công cấp
    huyện"; bot/extractive/sites.py's `own`), by their own words: those words may stop short of
    what follows another name of a part ("… các sở, ngành | , UBND cấp huyện")."""
    wanted = frozenset(figures(figure))
    # only the stretch of the clause between semicolons that holds the figure: an item's words
    # never run past one, and the reading costs far less than the whole clause's
    piece = next((p for p in quote.split(";") if wanted & set(figures(p))), quote)
    own = next((f.own for f in _figures_of(piece, []) if frozenset(figures(f.figure)) == wanted), ())
    own = (*own, *_share_words(piece, figure))
    return _with_listed(frozenset(p for p in PART_NAMES if names_phrase(p, own)), piece)


def _with_listed(parts: frozenset[tuple[str, ...]], piece: str) -> frozenset[tuple[str, ...]]:
    """Parts with every level of government listed in one run with a level among them ("482
    trường … cấp huyện và cấp xã": a figure's own words stop at "và", yet the run's levels
    are all the figure's)."""
    for m in _LEVEL_LIST.finditer(fold(piece)):
        run = frozenset(listed_levels(m.group(0)))
        if run & parts:
            parts |= run
    return parts


# A share that opens what it is a share of ("100% cán bộ, công chức cấp tỉnh, cấp huyện, 90% …
# cấp xã"), and the next share or figure of its stretch.
_SHARE_OPENS = re.compile(r"%\s*(?=[^\W\d_])")
_NEXT_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*%")


def _share_words(piece: str, figure: str) -> tuple[str, ...]:
    """The words a share is followed by up to the next share of its stretch, when it opens
    them ("100% cán bộ, công chức cấp tỉnh, cấp huyện, 90% …": its own words run past the
    commas, and those before the next share are not that share's); none for other figures."""
    at = piece.find(figure) if figure.endswith("%") else -1
    m = _SHARE_OPENS.match(piece, at + len(figure) - 1) if at >= 0 else None
    if m is None:
        return ()
    nxt = _NEXT_FIGURE.search(piece, m.end())
    return tuple(_folded_tokens(piece[m.end() : nxt.start() if nxt else len(piece)]))


# A service level as OCR and restoration write it: "mức đã 4", "muc dd 4", "mirc d6 4".
_LEVEL_MISREAD = re.compile(r"\b(?:muc|mirc|mic|murc)\s+d\w{0,2}\s+(?=[1-4]\b)")


def _levels_text(quote: str) -> str:
    """The clause folded, its service levels written "muc do N" however misread."""
    return _LEVEL_MISREAD.sub("muc do ", fold(quote))


def _runs(tokens: list[str]) -> list[frozenset[int]]:
    """The service levels a text names, one set per run ("mức 3, mức 4" is one run: {3, 4})."""
    out: list[frozenset[int]] = []
    for i in range(len(tokens) - 1):
        if tokens[i] in _LEVEL_TOKENS and tokens[i + 1] in _LEVELS and (
            i < 2 or tokens[i - 1] not in _LEVELS and tokens[i - 2] not in _LEVELS
        ):  # a run starts here, not "muc 3, muc 4"'s second level
            out.append(_level_run(tokens, i + 1))
    return out


@functools.lru_cache(maxsize=1024)
def figure_levels(quote: str, figure: str) -> frozenset[int]:
    """The service levels the clause says its figure is of (bot/extractive/levels.py); when it
    names none for the figure, the levels of the clause's only run of levels ("phát sinh 1.636
    hồ sơ DVC mức 3, mức 4 …, tăng 505 hồ sơ": 505 too is of levels 3 and 4)."""
    text = _levels_text(quote)
    wanted = frozenset(figures(figure))
    own = next((f.levels for f in _figures_of(text, []) if frozenset(figures(f.figure)) == wanted
                and f.levels), frozenset())  # fmt: skip
    if own:
        return own
    runs = set(_runs(tokenize(text)))
    return next(iter(runs)) if len(runs) == 1 else frozenset()


def other_levels(q: ParsedQuery, quote: str, figure: str) -> frozenset[int]:
    """The service levels the figure is of when they are not the ones asked (levels 3 and 4
    together for "mức độ 4", level 2 for "mức độ 4"); empty when it stands or says none."""
    asked = asked_levels(q.expanded)
    if not asked or not figure:
        return frozenset()
    levels = figure_levels(quote, figure)
    return levels if levels and levels != asked and not levels < asked else frozenset()


def level_words(levels: frozenset[int], en: bool) -> str:
    """"mức độ 3, 4" / "levels 3 and 4 together", "level 2"."""
    nums = sorted(levels)
    if en:
        if len(nums) == 1:
            return f"level {nums[0]}"
        return "levels " + ", ".join(map(str, nums[:-1])) + f" and {nums[-1]} together"
    joined = ", ".join(map(str, nums))
    return f"mức độ {joined}" + (" gộp lại" if len(nums) > 1 else "")


def part_words(parts: tuple[tuple[str, ...], ...], en: bool) -> str:
    """The parts as an answer names them ("cấp xã", "the commune level")."""
    return ", ".join(PART_NAMES[p][1 if en else 0] for p in parts)

