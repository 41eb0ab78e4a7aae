"""A question's words that the stated figure's clause says only as the label of another item
of a breakdown: "… trả bao nhiêu hồ sơ bảo hiểm xã hội" answered with "trả 271.215 hồ sơ" from
"tiếp nhận 17.667 hồ sơ (trong đó: …; 2.058 hồ sơ bảo hiểm xã hội) và đã trả 271.215 hồ sơ",
"… mức độ 2 ở cấp huyện" with "mức độ 2 là: 598" from a clause whose "cấp huyện" labels "114
dịch vụ công cấp huyện", an item of level 3. The question's words are there, but each time as
what sets another item apart from its siblings: what the question asks is not said of the
stated figure (a near miss), and the reports give it of no figure when the item named is of
something else too.

Words are compared as pairs of adjacent topic words (stop words and breakdown openers left
out on both sides), so a common word alone ("hồ sơ") never decides; a pair said by the
figure's own words, its breakdown head or item, what its sentence says before it, or its
section heading is said of it."""

from __future__ import annotations

import re

from bot.extractive.parts_said import lead_of
from bot.extractive.question import _EXCLUDES, as_of_dropped
from bot.extractive.sites import _OPENER_WORDS, _figures_of
from bot.extractive.words import _folded_tokens, skeleton
from bot.stopwords import STOP
from core.query import ParsedQuery
from core.text import figures, fold

_SKIP = STOP | _OPENER_WORDS
# An item label that negates its words ("không giữ chức danh lãnh đạo", "chưa giải quyết").
_NEGATED = frozenset({"khong", "chua"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
_PHRASE_END = re.compile(r"[()\[\];:?!]")

Pair = tuple[str, str]


def _norm(token: str) -> str:
    """A token as compared: a syllable OCR left without vowels ("cp" of "cp xã") as "~" and
    its skeleton, which the question's words are compared in too (`_variants`); any other
    token as it is ("cung cấp" and "công cấp" stay apart)."""
    return "~" + token if token == skeleton(token) and token.isalpha() else token


def _topic(tokens: tuple[str, ...] | list[str]) -> list[str]:
    """The topic words of a token run, compared as `_norm`: no stop word, opener or number."""
    return [_norm(t) for t in tokens if t not in _SKIP and not any(ch.isdigit() for ch in t)]


def _variants(pair: Pair) -> list[Pair]:
    """A question's pair and its forms with a word's vowels lost to OCR ("~cp", "xa")."""
    a, b = pair
    sa, sb = "~" + skeleton(a), "~" + skeleton(b)
    return [pair, (sa, b), (a, sb)]


def _pairs(tokens: list[str]) -> list[Pair]:
    """Adjacent pairs of a run of topic words, in order, repeats kept."""
    return list(zip(tokens, tokens[1:], strict=False))


def _near_pairs(tokens: list[str], gap: int = 2) -> list[Pair]:
    """The pairs of a figure's own words in order with at most `gap` words between: the
    question's short form says them side by side ("DVC mức 4" of "DVC trực tuyến mức độ 4")."""
    return [(a, b) for i, a in enumerate(tokens) for b in tokens[i + 1 : i + 2 + gap]]


def _kept(folded: str) -> str:
    """The question without what it leaves out ("đúng hạn (không kể trước hạn)": the words
    after the exclusion, up to the end of its phrase)."""
    for m in reversed(list(_EXCLUDES.finditer(folded))):
        end = re.search(r"[),;?]|$", folded[m.end() :])
        folded = folded[: m.start()] + folded[m.end() + (end.start() if end else 0) :]
    return folded


def question_pairs(q: ParsedQuery) -> frozenset[Pair]:
    """The pairs of adjacent topic words of the question, the provinces' names and what it
    leaves out left out."""
    names = {t for p in q.provinces for t in fold(p).split()}
    # the question's own words only: the lexicon's rendering of English may name another form
    # of a name ("Public Administration Service Centre" is "Trung tâm Phục vụ Hành chính
    # công", the province's; a district's "Trung tâm Hành chính công" lacks "phục vụ")
    # a bracket, a colon or a semicolon ends a phrase: "cung cấp (tính tới …)" pairs no
    # "cấp tính" (a comma does not: "sở, ban, ngành")
    # the "tinh" of an "as of" ("cung cấp tính đến 20/5") is no "cấp tỉnh" (as_of_dropped)
    phrases = _PHRASE_END.split(as_of_dropped(q, _kept(q.folded)))
    return frozenset(
        v for text in phrases for p in _pairs(_topic(_folded_tokens(text)))
        if not set(p) <= names for v in _variants(p)
    )  # fmt: skip


def _key(pair: Pair) -> Pair:
    """A pair by its skeletons: OCR's vowel-less form and the word it lost vowels from meet."""
    return (skeleton(pair[0].lstrip("~")), skeleton(pair[1].lstrip("~")))


def _sentences(quote: str, context: str) -> list[str]:
    """The clause's paragraph by sentence (each read on its own: an item's words never run
    into the next sentence), or the clause alone when the paragraph does not hold it."""
    if not quote or quote not in context:
        return [quote]
    return [t for t in _SENTENCE.split(context) if t.strip()]


def _owners(sentences: list[str], canon: str) -> tuple[dict[Pair, list[str]], list[Pair]]:
    """Each pair some item's own label says, with those items' figures, and every pair the
    sentences say (repeats kept). Not counted as owners: headlines (whose words are shared),
    the figure's own items (the scores chose the whole over them: "đánh giá 424 biểu mẫu rà
    soát, trong đó: … đơn giản hóa 72" for "reviewing and simplifying"), and labels that
    negate their words ("18 công chức không giữ chức danh lãnh đạo")."""
    owners: dict[Pair, list[str]] = {}
    said: list[Pair] = []
    for text in sentences:
        said += _pairs(_topic(_folded_tokens(text)))
        sites = _figures_of(text, [])
        at = {s.pos for s in sites if s.canon == canon}
        for s in sites:
            if s.group == -1 or s.canon == canon or s.group in at or _NEGATED & set(s.own):
                continue
            for p in _pairs(_topic(list(s.own))):
                owners.setdefault(p, []).append(s.figure)
    return owners, said


def labelled_elsewhere(
    q: ParsedQuery, quote: str, figure: str, context: str = "", section: str = ""
) -> tuple[str, ...]:
    """The other items ("2.058") whose own labels are the only places the figure's paragraph
    says some pair of the question's words ("bao hiem"), never said of the figure itself (its
    own words, head, item, what its sentence says before it, its section heading); empty when
    the figure stands. The rest of the paragraph counts: a heading line or an earlier sentence
    saying the words says them of what follows."""
    wanted = frozenset(figures(figure))
    lead = lead_of(quote, context)
    mine = next((s for s in _figures_of(f"{lead} {quote}" if lead else quote, [])
                 if frozenset(figures(s.figure)) == wanted), None)  # fmt: skip
    if mine is None or not wanted:
        return ()
    asked = question_pairs(q)
    owners, said = _owners(_sentences(quote, context), mine.canon)
    said = [p for p in said if p in asked]
    if not said:
        return ()
    own = set(_near_pairs(_topic(list(mine.own)))) | set(_pairs(_topic(_folded_tokens(section))))
    for run in (mine.head, mine.item, list(mine.subject)):
        own |= set(_near_pairs(_topic(run)))
    own_keys = {_key(p) for p in own}
    out: list[str] = []
    for p in dict.fromkeys(said):
        if _key(p) not in own_keys and said.count(p) <= len(owners.get(p, [])):
            out += owners[p]
    return tuple(dict.fromkeys(out))
