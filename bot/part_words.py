"""The words of a question's parts: the question's own words (diacritics kept) for spans of its
folded words (`bot/compare_parts.py` finds the spans), a part's words without a gloss, and how
two parts' words match (one said again, negated, or sharing a noun)."""

from __future__ import annotations

import re
import unicodedata

from bot.stopwords import PART_STOP
from core.lexicon import vietnamese_terms
from core.query import ParsedQuery, terms_named
from core.text import fold


def _fold_word(token: str) -> list[str]:
    return re.sub(r"(?<=\w)-(?=\w)", " ", fold(token, repair=False)).split()


def _originals(q: ParsedQuery, words: list[str]) -> list[int] | None:
    """For each folded word, the index of the question's own word it comes from (None when
    the folded question does not split word for word: then its folded words are used)."""
    own: list[int] = []
    for i, token in enumerate(q.text.split()):
        own.extend([i] * len(_fold_word(token)))
    if len(own) != len(words):
        return None
    return own


def said_word(q: ParsedQuery, words: list[str], i: int) -> str | None:
    """The question's own word (as typed) the folded word at `i` comes from; None when the
    folded question does not split word for word."""
    own = _originals(q, words)
    return None if own is None else q.text.split()[own[i]]


def words_said(
    q: ParsedQuery,
    words: list[str],
    spans: list[tuple[int, int] | str],
    drop: frozenset[int] = frozenset(),
) -> str:
    """The question's own words (diacritics kept) for spans of its folded words, those in
    `drop` left out; a string among the spans is said as it is."""
    own = _originals(q, words)
    tokens = q.text.split()
    out: list[str] = []
    for span in spans:
        if isinstance(span, str):
            out.append(span)
            continue
        keep = [k for k in range(*span) if k not in drop]
        if own is None:
            out.extend(words[k] for k in keep)
            continue
        out.extend(tokens[i] for i in dict.fromkeys(own[k] for k in keep))
    # a part's words moved before others keep no "?" inside its question ("mức 3? được …")
    return " ".join([*(w.rstrip("?") for w in out[:-1]), *out[-1:]])


def unglossed(words: list[str]) -> list[str]:
    """The words without those in brackets, which only gloss the words before them
    ("autonomous (tự chủ)")."""
    out, depth = [], 0
    for w in words:
        depth += w.count("(")
        if not depth:
            out.append(w)
        depth = max(0, depth - w.count(")"))
    return out


# Words that negate a part ("không tự chủ", "non-autonomous").
NEGATION = frozenset(["khong", "chua", "non", "not", "un"])


def bare_word(token: str) -> str:
    """A folded word without the punctuation typed around it, nor an "'s"."""
    return re.sub(r"'s$", "", token.strip(",.;:?!()\"'"))


def shared_after(words: list[str], xs: int, xe: int, ys: int, ye: int) -> int | None:
    """Where the part after says, past the part before's words negated, the noun both parts
    share ("autonomous and non-autonomous budgets": "budgets"); None when it does not."""
    x = [bare_word(w) for w in unglossed(words[xs:xe])]
    y = [bare_word(w) for w in words[ys:ye]]
    k = 0
    while k < len(y) and y[k] in NEGATION:
        k += 1
    if k == 0 or y[k : k + len(x)] != x or k + len(x) >= len(y):
        return None
    at, depth = ys + k + len(x), 0
    # a gloss after the words said again ("non-autonomous (không tự chủ) allocation"): past it
    while at < ye and (depth or words[at].startswith("(")):
        depth = max(0, depth + words[at].count("(") - words[at].count(")"))
        at += 1
    return at if at < ye else None


def alike(words: list[str], xs: int, ys: int, ye: int) -> tuple[int, int]:
    """The ends of two parts that say the same words but a negation ("kinh phí tự chủ của … và
    kinh phí không tự chủ …"): the part before runs while its words are the part after's, the
    part after while its words are the part before's (or a negation)."""
    after = {bare_word(w) for w in words[ys:ye]}
    xe = xs
    while xe < ys and bare_word(words[xe]) in after:
        xe += 1
    before = {bare_word(w) for w in words[xs:xe]} | NEGATION
    end = ys
    while end < ye and bare_word(words[end]) in before:
        end += 1
    return xe, end


def alike_cut(words: list[str], span: tuple[int, int], after: tuple[int, int]) -> tuple[int, int]:
    """The ends of two parts whose head is said far before the split, cut to the words they
    share but a negation (`alike`: "kinh phí tự chủ của … và kinh phí không tự chủ"); kept
    when the cut leaves them alike ("số hồ sơ tiếp nhận qua … so với số hồ sơ đã trả": each is
    the head and its own words) or either with no word of its own past the head both say
    ("giấy phép đã cấp rồi … và giấy phép chờ …": "giấy phép" alone sets nothing apart)."""
    (xs, xe), (ys, ye) = span, after
    same_e, same_ye = alike(words, xs, ys, ye)
    x, y = [bare_word(w) for w in words[xs:same_e]], [bare_word(w) for w in words[ys:same_ye]]
    if x != y and min(len(x), len(y)) > said_again(words, xs, ys):
        return same_e, same_ye
    return xe, ye


def negated(words: list[str], xs: int, xe: int, ys: int, ye: int) -> bool:
    """Whether the part after is the part before's end negated ("tự chủ và không tự chủ",
    "thường xuyên và không thường xuyên"): what is and what is not cannot be one figure."""
    x = [bare_word(w) for w in words[xs:xe]]
    y = [bare_word(w) for w in words[ys:ye]]
    kept = [w for w in y if w not in NEGATION]
    return 0 < len(kept) < len(y) and len(kept) <= len(x) and x[len(x) - len(kept) :] == kept


def said_again(words: list[str], xs: int, ys: int) -> int:
    """How many words the part after says again from the part before ("kinh phí …")."""
    k = 0
    while xs + k < ys and ys + k < len(words):
        if bare_word(words[xs + k]) != bare_word(words[ys + k]):
            break
        k += 1
    return k


# Words that deal one thing out per unit ("per ward … against per hamlet", "mỗi phường …
# hơn mỗi thôn"): said again before another noun, they set two units apart.
DISTRIBUTIVE = frozenset(["each", "every", "per"])
# "mỗi" folds to "moi" as "mới", "mọi" and "mời" do: in a question typed without marks it deals
# out only before a unit ("moi huyen", "moi don vi").
_MOI_UNITS = frozenset(["huyen", "xa", "so", "don vi", "tinh", "nganh", "phuong", "co quan"])


def said_lowered(q: ParsedQuery) -> list[str]:
    """The question's words as typed, NFC and lowered, bare of punctuation."""
    return [t.strip(",.;:?!()\"'") for t in unicodedata.normalize("NFC", q.text).lower().split()]


def distributive(q: ParsedQuery, words: list[str], i: int) -> bool:
    """Whether the folded word at `i` deals one thing out per unit (`DISTRIBUTIVE`, "mỗi")."""
    word = bare_word(words[i])
    if word in DISTRIBUTIVE:
        return True
    if word != "moi":
        return False
    if not q.text.isascii():
        said = said_lowered(q)
        own = _originals(q, words)  # (not word for word: any "mỗi" the question says)
        return "mỗi" in ([said[own[i]]] if own is not None else said)
    after = [bare_word(w) for w in words[i + 1 : i + 3]]
    return bool(after) and (after[0] in _MOI_UNITS or " ".join(after) in _MOI_UNITS)


# What opens the words both parts share after a Vietnamese part's head and its one word: a
# verb, a preposition or a period ("… mức 2 được triển khai ở …"); any other word qualifies
# the part before ("mức 2 một phần …": "một phần" is that part's own, not the other's).
_SHARED_OPENERS = frozenset(
    ["duoc", "da", "dang", "se", "co", "la", "bi", "o", "tai", "tren", "trong", "cua", "thuoc",
     "qua", "cho", "ve", "tu", "den", "voi", "nam", "quy", "thang", "khi", "can", "phai"]
)  # fmt: skip


def parallel_end(words: list[str], span: tuple[int, int], after: tuple[int, int],
                 places: frozenset[int], limit: int, premodified: bool = True) -> int:  # fmt: skip
    """Where the part before ends when the part after is its head and one word of its own
    ("level 2 clinics … keep, compared with level 5", "per ward in <tỉnh> … against per
    hamlet"): after the head and its one word, the words after those being both parts' (the
    place, the verb). Only when the part before runs past `limit` words or holds a place; else
    the part's end as it is. Not `premodified` (Vietnamese: a qualifier follows what it
    qualifies), only where a verb, preposition, period or place opens those words
    (`_SHARED_OPENERS`)."""
    (xs, xe), (ys, ye) = span, after
    k = said_again(words, xs, ys)
    cut = xs + k + 1
    if k < 1 or ye - ys != k + 1 or xe <= cut or cut - 1 in places:
        return xe
    if bare_word(words[cut - 1]) in PART_STOP:
        return xe
    if not premodified and cut not in places and bare_word(words[cut]) not in _SHARED_OPENERS:
        return xe
    return cut if xe - xs > limit or any(i in places for i in range(cut, xe)) else xe


# Words that open a period both parts share ("between 3 Mar 2020 and …", "từ 1/4/2020 …").
_PERIOD_OPENS = frozenset(["between", "from", "since", "tu"])
PERIOD_REACH = 2  # words after the opener within which a number dates it ("from Dec 2021")


def dated_aside(words: list[str], at: int) -> bool:
    """Whether a bracketed aside opens at `at` and holds a number ("(Dec 2021 - Jun 2022)": a
    period, both parts'), or a period said in words ("between 3 Mar 2020 and …", "từ
    1/4/2020"); an aside in words ("(không tự chủ)") glosses the part it follows."""
    if bare_word(words[at]) in _PERIOD_OPENS:
        return any(c.isdigit() for c in " ".join(words[at + 1 : at + 1 + PERIOD_REACH]))
    if not words[at].startswith("("):
        return False
    aside = []
    for w in words[at:]:
        aside.append(w)
        if ")" in w:
            break
    return any(c.isdigit() for c in " ".join(aside))


def more_noun(words: list[str], xs: int) -> int:
    """Where an English part's "how many" goes: before the noun "more"/"fewer" counts ("more
    dossiers came in via A or B": "how many dossiers came in via A", not "… via how many A",
    a count of A itself), else before the part's label at `xs`."""
    for i in range(xs - 2, -1, -1):
        if bare_word(words[i]) in ("more", "fewer") and bare_word(words[i + 1]) not in PART_STOP:
            return i + 1 if words[i + 1][-1:] not in ",.;:?!" else xs
    return xs


# An English possessive opening the part after "and" ("… the fee income and its capital
# spending on schools reached …"): that part is a whole noun phrase, up to its verb.
_POSSESSIVE = frozenset(("its", "their"))
# A past-tense verb ends the phrase: "-ed" after a stem of three letters at least ("reached",
# "issued"; "red", "bed" are none), not "-eed" ("speed", "proceed": no past tense), and not
# the participles the reports' topics use as adjectives ("based", "detailed": "its
# detailed plan" goes on).
_EN_VERB = re.compile(r"[a-z]{3,}(?<!e)ed")
_ED_ADJECTIVES = frozenset(
    ["based", "detailed", "advanced", "dedicated", "integrated", "specialized", "specialised", "qualified", "skilled", "related", "centralized", "centralised", "automated", "unified", "limited", "assigned", "allocated"]
)


def owned_end(words: list[str], at: int, start: int, most: int) -> int | None:
    """Where the part after "and its"/"and their" ends (`at`: the possessive, `start`: the
    part's first word): at the first past-tense verb within `most` words ("… and its capital
    spending on schools reached …"); None when no possessive opens it, or a stop word or a
    clause's end comes first (the phrase's end is not known)."""
    if at >= len(words) or bare_word(words[at]) not in _POSSESSIVE:
        return None
    for i in range(start + 1, min(len(words), start + most + 1)):
        w = bare_word(words[i])
        if _EN_VERB.fullmatch(w) and w not in _ED_ADJECTIVES:
            return i
        if w in PART_STOP or words[i - 1][-1:] in ",.;:?!":
            return None
    return None


# A period written as dates opening a clause ("từ 2/3/2020 đến 11/8/2020 đã cấp …"): it
# dates both parts, no part's label.
_DATES = re.compile(
    r"(?:(?:tu|from) )?(?:ngay )?\d\S* (?:den|toi|to|until) (?:het )?(?:ngay )?\d\S* "
)


def past_dates(words: list[str], xs: int, at: int) -> int:
    """Where a part's label starts past a period written as dates at `xs` (`_DATES`)."""
    m = _DATES.match(" ".join(words[xs:at]) + " ")
    return xs + len(m.group(0).split()) if m and xs + len(m.group(0).split()) < at else xs


# Two English auxiliaries or more a part's words end on, with the participle the parts share
# ("the self-managed vs the non-self-managed funds had been spent", "… had been used"): no
# words of the part's name. One may be the part's own ("kept as they are", "still being",
# "those that were received"), and stays.
_AUX = r"\s+(?:had|has|have|was|were|is|are|been|being|did|do|does)"
_AUX_END = re.compile(
    rf"(?:{_AUX}){{2,}}(?:\s+(?:[a-z]+ed|spent|paid|done|given|taken|sent|built|held|kept|set|cut))?$"
)


# An aside a part's words end on, which dates or glosses the question, not the part: a
# bracket the part cuts before it closes ("… tổ chức (tính đến 5/2024"), or a closed one
# holding a figure or date ("… cá nhân (as of 3/2024)"). A label never ends on one.
_TRAILING_ASIDE = re.compile(r"\s*\((?:[^()]*$|[^()]*\d[^()]*\)\s*$)")


# Words that open a part of a whole the question states, not the part's own name: "(tổng 300
# hồ sơ,) trong đó cấp xã …", "of which …" (accented, folded and English).
_OF_WHICH = re.compile(r"^(?:trong (?:đó|do|số đó|so do)|of which|of these|of them|among them)\s+",
                       re.IGNORECASE)  # fmt: skip
# The word joining a part to the one before it ("…, đã giải quyết bao nhiêu và tỷ lệ là bao
# nhiêu": "và tỷ lệ"), folded or not: it joins the parts, it names neither.
_JOINED = re.compile(r"^(?:và|va|and)\s+(?=\S)", re.IGNORECASE)
# A verb of share closing a part ("… cấp xã chiếm", "… accounted for"): what a part is asked
# with, never a word the line names it by.
_SHARE_VERB = re.compile(
    r"\s+(?:chiếm|chiem|accounts? for|accounted for|made up|trong (?:số đó|so do|đó|do)|of them"
    r"|among them)$", re.IGNORECASE)  # fmt: skip


def part_label(said: str) -> str:
    """A part's label: its words, without the punctuation, English auxiliaries and a trailing
    aside (`_TRAILING_ASIDE`) ending them (the aside kept when it is all the label says), nor
    a "trong đó" or a joining "và" opening it or a "chiếm" closing it (`_OF_WHICH`,
    `_JOINED`, `_SHARE_VERB`)."""
    bare = _TRAILING_ASIDE.sub("", said.rstrip(",.;:?! ")).strip() or said
    bare = _AUX_END.sub("", bare.strip(",.;:?!()")).strip(",.;:?!()")
    bare = _JOINED.sub("", bare).strip(",.;:?!() ") or bare
    return _SHARE_VERB.sub("", _OF_WHICH.sub("", bare)).strip(",.;:?!() ") or bare


def of_which_only(label: str) -> bool:
    """Whether a label says only that its part is of the whole before it ("trong đó"): no
    words that name the part."""
    return bool(_OF_WHICH.match(label + " ")) and not _OF_WHICH.sub("", label + " ").strip()


# A part before this short at most may be a modifier whose head noun the part after says once
# ("individual vs organisation digital certificates": "individual" of "digital certificates").
MAX_MODIFIER = 3
_LISTING = frozenset({"va", "and", "or", "hoac", "hay", "/"})
# Words that open a phrase of place or purpose, never a head noun ("spending on schools").
_PREPOSITIONS = frozenset("on by to from per via under about over into within".split())  # noqa: SIM905


def _named(words: list[str]) -> frozenset[str]:
    """The report terms (folded Vietnamese) words name, English or Vietnamese."""
    said = " ".join(words)
    return terms_named(said) | frozenset(vietnamese_terms(said))


def shared_head(words: list[str], xs: int, xe: int, ys: int, ye: int) -> int | None:
    """Where the part after says, past its own modifier, the head noun both parts share when
    the question says it once after two modifiers ("individual vs organisation digital
    certificates", "cá nhân so với tổ chức chứng thư số"): the part after is the part before's
    like (a modifier naming a term, as many words long as the part before) followed by words
    naming a term the part before does not name. None when the part after is no such modifier
    and head ("resolved versus still being processed": "still" names nothing) or lists things."""
    x = [bare_word(w) for w in unglossed(words[xs:xe])]
    y = [bare_word(w) for w in words[ys:ye]]
    if not 1 <= len(x) <= MAX_MODIFIER or len(y) <= 1 or not _named(x):
        return None
    if any(w[-1:] in ",/;" or bare_word(w) in _LISTING for w in words[ys : ye - 1]):
        return None  # the part after lists things ("hộ, cá nhân kinh doanh", "in person / by post")
    if y[0] == x[0] and len(x) > 1 and _named(x[-1:]):
        return None  # "total revenue vs total spending": each says its opening and its own head
    # the modifier of the part after is as long as the part before ("fee income and its
    # capital spending on schools" shares nothing: "on schools" is no head)
    k = len(x)
    if k < len(y):
        mod, head = y[:k], y[k:]
        if head[0] in PART_STOP | _PREPOSITIONS or head[0].isdigit() or not _named(mod):
            return None
        if mod[-1] in x[:-1]:  # "booths kept and new booths built": the part before says
            return None  # its own word where the head would follow the word both say
        # the modifier ends where the words across it name no term of their own ("in person";
        # "cán bộ công chức" is one noun, no "cán bộ" of "công chức")
        if not _named(y[: k + 1]) <= _named(mod) | _named(head[:1]):
            return None
        if set(vietnamese_terms(" ".join(y))) - _named(mod) - _named(head):
            return None
        own = _named(head) - _named(mod)
        if own and not own & _named(x):
            return ys + k
    return None


def shared_lead(words: list[str], xs: int, xe: int, ys: int, ye: int) -> int:
    """Where the part before's own words start when the part after is a shorter like of its
    end ("hồ sơ đang xử lý còn đúng hạn bao nhiêu, đã trễ hạn bao nhiêu": both end on "hạn",
    "đã trễ hạn" is three words, so "hồ sơ đang xử lý" leads both and "còn đúng hạn" is the
    part before's own); `xs` when the parts end on different words or the part after is
    one word or not shorter."""
    size = ye - ys
    if not 2 <= size < xe - xs or bare_word(words[xe - 1]) != bare_word(words[ye - 1]):
        return xs
    return xe - size


# Words that open what qualifies a thing counted ("cấp tỉnh có máy chủ", "agencies with a
# server"): said after one of two parallel parts, what follows is what both parts count.
QUALIFIERS = frozenset(["co", "duoc", "dung", "with", "having", "that", "which", "who", "using"])


def qualified_ends(words: list[str], xs: int, xe: int, ys: int, ye: int) -> tuple[int, int]:
    """The parts' ends without a qualifier one of them says past the other's length (`QUALIFIERS`),
    when the two are parallel (a word said again at the same place: "cấp tỉnh có máy chủ" and
    "cấp huyện", "provincial agencies" and "district agencies with a server"): that qualifier
    is what both parts count, no part's own word. (xe, ye) as they were otherwise."""
    x = [bare_word(w) for w in words[xs:xe]]
    y = [bare_word(w) for w in words[ys:ye]]
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    n = len(short)
    if not short or len(long_) <= n + 1 or long_[n] not in QUALIFIERS:
        return xe, ye
    if not any(a == b for a, b in zip(short, long_[:n], strict=True)):
        return xe, ye
    return (xe, ys + n) if long_ is y else (xs + n, ye)


# "A khác (với) B thế nào", "how does A differ from B": the word between two parts sets them
# apart when the question asks how they differ (a "thế nào"/"ra sao"/"how" said with it; else
# "khác" is "other": "các cơ quan khác").
_DIFFERS = (("khac", "voi"), ("khac", "so", "voi"), ("khac",), ("differ", "from"),
            ("differs", "from"), ("different", "from"))  # fmt: skip
_HOW = re.compile(r"\b(the nao|ra sao|nhu the nao|o diem nao|bao nhieu|how)\b")


HEAD_BACK = 6  # words before a bare "khác" the word after it is looked for (a head said again)


def differs_at(words: list[str], i: int) -> int:
    """How many words at `i` say one part differs from the other ("khác với", "differ from")
    in a question asking how (`_HOW`); 0 if none. A bare "khác" only before a head said again
    ("cấp tỉnh khác cấp xã"), else it is "other" ("các huyện khác là", "khác nhau")."""
    for said in _DIFFERS:
        if tuple(bare_word(w) for w in words[i : i + len(said)]) != said:
            continue
        if i + len(said) >= len(words) or _HOW.search(" ".join(words)) is None:
            return 0
        if said == ("khac",):
            head = bare_word(words[i + 1])
            before = {bare_word(w) for w in words[max(0, i - HEAD_BACK) : i]}
            if head in PART_STOP or head in QUALIFIERS or head not in before:
                return 0
        return len(said)
    return 0


def qualified(
    words: list[str], x: tuple[int, int], y: tuple[int, int], tail: int, drop: frozenset[int]
) -> tuple[int, int, int]:
    """(the part before's end, the part after's end, where the rest starts), a qualifier one
    of two parallel parts says past the other's words left to both (`qualified_ends`)."""
    (xs, xe), (ys, ye) = x, y
    said_ye = ye  # (the closing "ra sao?" only compares: no word of the part's)
    while said_ye > ys + 1 and said_ye - 1 in drop:
        said_ye -= 1
    xe, own_ye = qualified_ends(words, xs, xe, ys, said_ye)
    return (xe, own_ye, own_ye) if own_ye < said_ye else (xe, ye, tail)
