"""The several quantities one question asks at once, each with what it counts.

"PAPI đạt mấy điểm, đứng thứ bao nhiêu" asks a score and a rank; "how many complaints came in,
how many were closed, what share" two counts and a share, each with its own label; "bao nhiêu
thủ tục nhóm 1, nhóm 2" one count for each of two parallel labels ("nhóm 1", "nhóm 2": one head,
two tails); "thu phí và lệ phí … bao nhiêu, bằng mấy % kế hoạch" an amount and a share for each
of two labels. `asked_quantities` reads them from the question's own words: a kind asked (score,
rank, share), coordinated "how many X" / "X bao nhiêu" asks, and parallel labels. A label is a
tuple of word groups, each group the folded Vietnamese alternatives one asked word may be written
as in a report; bot/several_figures.py finds each quantity's figure by its own label."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot import counted
from bot.extractive.words import YEARLIKE
from bot.measure_asked import RANK_WORDS, SCORE_WORDS
from bot.named_index import INDEXES
from core.lexicon import to_vietnamese
from core.text import fold

SCORE, RANK, SHARE, COUNT = "score", "rank", "share", "count"

# A share asked in words: "bằng mấy %", "bao nhiêu %", "tỷ lệ bao nhiêu", "what share/percent".
_SHARE_ASKED = re.compile(
    r"\b(?:bao nhieu|may|bang may|dat may)\s*(?:%|phan tram)"
    r"|\bty le\s+(?:\w+\s+){0,3}?(?:la\s+)?bao nhieu\b"
    r"|\bwhat (?:share|percent(?:age)?|proportion|rate)\b"
)
# A score asked beside another ask ("bao nhiêu điểm và xếp thứ mấy"): bot/measure_asked.py
# reads none when a word follows "điểm" ("điểm cầu"), a joining word is no such word; nor is
# the name of a composite index the score is of, with its year ("mấy điểm SIPAS 2021 và …").
_INDEX_NAME = "|".join(f"(?:{p})" for p in INDEXES.values())
_SCORE_AND = re.compile(
    rf"\b(?:bao nhieu|may) diem(?:\s+(?:{_INDEX_NAME})(?:\s+(?:nam\s+)?(?:19|20)\d\d)?)?"
    r"(?=\s*(?:[,;?]|va\b|and\b|$))"
)
# The label words after an English share asked ("what share resolved").
_SHARE_LABEL = re.compile(
    r"\bwhat (?:share|percent(?:age)?|proportion|rate)\s+((?:[a-z]+\s*){1,3})"
)
# An English count asked with its label, up to the next ask, comma or end.
_HOW_MANY = re.compile(
    r"\bhow (?:many|much)\s+(.*?)(?=,|;|\?|\bhow (?:many|much)\b|\bwhat\b|\band\b|\bvs\b|$)"
)
# A Vietnamese count asked after its label ("nhận bao nhiêu, trả bao nhiêu"): the last MAX_LABEL
# words before "bao nhiêu" (a verb of two syllables; the subject before it is no label), more
# words back to its verb while two asks' labels read alike ("đang xử lý" / "đã xử lý", "thu
# phí" / "chi phí": `_apart`).
MAX_LABEL = 2
# Words before a verb that set an ask apart though they are no label alone: đã / đang / chưa /
# không / sẽ (done, under way, not yet, not, to be).
_ASPECT = frozenset({"da", "dang", "chua", "khong", "se"})
_VI_CLAUSE = re.compile(r"[,;?]|\bva\b|\bcon\b")
# Words of an asked clause that are no label: asking, linking, of time.
_NOT_LABEL = frozenset(
    """did do does were was are is the a an of have has had been it they there get got in on
    for to by its their which that this those these then da duoc co la thi nhung""".split()  # noqa: SIM905
)
# Heads of parallel phrases that name periods or places, not quantities ("năm 2021 và năm 2022").
_PERIOD_HEADS = frozenset("nam quy thang ky dot year quarter month q tinh huyen xa".split())  # noqa: SIM905
_JOINS = frozenset({",", "va", "and", "vs", "hoac", "or"})
_TOKEN = re.compile(r"[a-z0-9]+|[,;]")


@dataclass(frozen=True)
class Ask:
    """One quantity asked: its kind, its label (word groups, each of alternatives, all to be
    found beside the figure; empty for a kind with no label) and how the question says it."""

    kind: str
    label: tuple[tuple[str, ...], ...]
    words: str


def _vi_label(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """A Vietnamese label: one group per word (the word itself)."""
    return tuple((w,) for w in words)


def _en_label(text: str) -> tuple[tuple[str, ...], ...]:
    """An English label's Vietnamese word groups: each translated word (core/lexicon.tsv) must
    be found by one of its report terms; words without a term are left out; () when none."""
    groups: list[tuple[str, ...]] = []
    for word in text.split():
        if word in _NOT_LABEL:
            continue
        terms = tuple(to_vietnamese(word))
        if terms and terms not in groups:
            groups.append(terms)
    # What is counted ("dossiers") is often written once for several figures ("tiếp nhận
    # 1.204 hồ sơ, giải quyết 1.180"): the other words label each ask, when there are some.
    own = [g for g in groups if not any(counted.noun_words(f"0 {t}", "0") for t in g)]
    return tuple(own or groups)


def parallel_labels(folded: str) -> list[list[str]]:
    """Parallel phrases of the question: one head and several tails ("muc 3, muc 4", "tong thu
    va tong chi", "level 3 and level 4", "muc 3 va 4"), each as its words; [] when none.
    Periods and places ("năm 2021 và năm 2022") are no quantities."""
    toks = _TOKEN.findall(folded)
    for i in range(len(toks)):
        for h in (2, 1):
            head = toks[i : i + h]
            if len(head) < h or any(t in _JOINS or t == ";" for t in head):
                continue
            if head[0] in _PERIOD_HEADS:
                continue
            tails = _tails(toks, i + h, head)
            if len(tails) >= 2 and len(set(tails)) == len(tails):
                return [[head[-1], t] for t in tails]  # "dvc muc 3" → "muc 3"
    return []


def _tails(toks: list[str], j: int, head: list[str]) -> list[str]:
    """The tails after `head` at toks[j]: "3 , muc 4" → ["3", "4"]; "3 va 4" → ["3", "4"]."""
    if j >= len(toks) or toks[j] in _JOINS or toks[j] == ";":
        return []
    tails = [toks[j]]
    j += 1
    while j + 1 < len(toks) and toks[j] in _JOINS:
        k = j + 1
        if toks[k : k + len(head)] == head and k + len(head) < len(toks):
            nxt, j = toks[k + len(head)], k + len(head) + 1
        elif tails[0].isdigit() and toks[k].isdigit():
            nxt, j = toks[k], k + 1  # "mức 3 và 4": the head said once
        else:
            break
        if nxt in _JOINS or nxt == ";" or nxt.isdigit() != tails[0].isdigit():
            break
        tails.append(nxt)
    if any(YEARLIKE.fullmatch(t) for t in tails):
        return []  # years: a period compared, not quantities
    return tails


def _english_counts(folded: str) -> list[Ask]:
    """Each English "how many <label>" ask with a label the lexicon can read."""
    out: list[Ask] = []
    for m in _HOW_MANY.finditer(folded):
        text = " ".join(re.sub(r"[^a-z0-9 ]+", " ", m.group(1)).split())
        label = _en_label(text)
        if label:
            out.append(Ask(COUNT, label, text))
    return out


def _vietnamese_counts(folded: str) -> list[Ask]:
    """Each Vietnamese "<label> bao nhiêu" ask, when the question has several ("tiếp nhận bao
    nhiêu, giải quyết bao nhiêu"); one alone asks the question's subject."""
    heads: list[list[str]] = []
    for clause in _VI_CLAUSE.split(folded):
        if _SHARE_ASKED.search(clause):
            continue  # "đạt bao nhiêu %": the share asked, no count
        words = re.findall(r"[a-z0-9]+", clause)
        at = next((i for i in range(len(words) - 1) if words[i : i + 2] == ["bao", "nhieu"]), 0)
        head = [w for w in words[:at] if w not in _NOT_LABEL or w in _ASPECT]
        if [w for w in head if w not in _ASPECT]:
            heads.append(head)
    out = [Ask(COUNT, _vi_label(label), " ".join(label)) for label in _apart(heads)]
    return out if len(out) >= 2 else []


def _apart(heads: list[list[str]]) -> list[list[str]]:
    """Each ask's label: the last MAX_LABEL words of its clause (an aspect word alone is none),
    one word more back towards its verb, clause by clause, while it reads like another ask's
    ("ngân sách" of "thu ngân sách" and "chi ngân sách"); two labels still alike stay so, and
    bot/several_figures.py gives such a pair no figure."""
    size = [MAX_LABEL] * len(heads)

    def label(i: int) -> list[str]:
        n = size[i]
        while n < len(heads[i]) and all(w in _ASPECT for w in heads[i][-n:]):
            n += 1  # "chưa" alone names nothing: back to a word that does
        return heads[i][-n:]

    for _ in range(max((len(h) for h in heads), default=0)):
        alike = {i for i in range(len(heads)) for j in range(len(heads))
                 if i != j and label(i) == label(j) and size[i] < len(heads[i])}  # fmt: skip
        if not alike:
            break
        for i in alike:
            size[i] += 1
    return [label(i) for i in range(len(heads))]


def said_as(question: str, folded: str, words: str) -> str:
    """The asked words as the question writes them (diacritics kept), else as folded."""
    m = re.search(r"(?<!\w)" + r"[\s,]+".join(map(re.escape, words.split())) + r"(?!\w)", folded)
    if m is None or len(folded) != len(question):
        return words
    return question[m.start() : m.end()]


def asked_quantities(question: str, *, language: str | None = None) -> list[Ask]:
    """The quantities a question asks, in its order of kinds: score, rank, counts by label,
    shares; [] when it asks fewer than two (one figure is the figure answerer's). `language`
    ("en", "vi": the answer's) names the score and rank asks; when None it is guessed from
    the question's asking words."""
    question = " ".join(question.split())
    folded = fold(question, repair=False).lower()
    en = language == "en" if language else _english(folded)
    asks: list[Ask] = []
    if SCORE_WORDS.search(folded) or _SCORE_AND.search(folded):
        asks.append(Ask(SCORE, (), "score" if en else "điểm"))
    if RANK_WORDS.search(folded):
        asks.append(Ask(RANK, (), "rank" if en else "thứ hạng"))
    counts = _english_counts(folded) + [
        replace(a, words=said_as(question, folded, a.words)) for a in _vietnamese_counts(folded)
    ]
    if not counts:
        for words in parallel_labels(folded):
            label = _en_label(" ".join(words)) if en else _vi_label(words)
            label = label or _vi_label(words)
            asks.append(Ask(COUNT, label, said_as(question, folded, " ".join(words))))
    asks += counts
    share = _SHARE_ASKED.search(folded)
    if share:
        m = _SHARE_LABEL.search(folded)
        label = _en_label(m.group(1)) if m else ()
        said = m.group(0) if m else share.group(0)
        asks.append(Ask(SHARE, label, said_as(question, folded, said.strip())))
    return asks if len(asks) >= 2 else []


def _english(folded: str) -> bool:
    """The question is English (its asking words are)."""
    return bool(re.search(r"\b(?:how|what|which)\b", folded))
