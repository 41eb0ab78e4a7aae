"""Three or more parts of one breakdown asked at once: "số hồ sơ cấp tỉnh, cấp huyện, cấp xã mỗi
cấp bao nhiêu", "dịch vụ công mức độ 2, 3 và 4", "quarters I, II and III each". The parts are a
list in the question: items alike in shape (each the same head word and its own term, or bare
terms after the first item's head: "mức độ 2, 3 và 4" → "mức độ 2", "mức độ 3", "mức độ 4"),
joined by commas and a last "và"/"and". Each part's question is the question with the list
replaced by that one part (its head said), the words that only compare or ask each left out; the
parts then go through the same checks as two parts (`bot/compare_parts_answer.py`)."""

from __future__ import annotations

import re

from bot.compare_between import bare
from bot.compare_list_mixed import mixed_list, opened_list
from bot.compare_parts import Part, compare_words, part_question
from bot.extractive.whole_asked import COMPARED, EACH, sums_parts
from bot.part_words import words_said
from bot.stopwords import LIST_JOIN, OPENS_ITEM_STOP, QUESTION_WORDS
from core.places import place_words
from core.query import ParsedQuery

MIN_PARTS = 3  # two parts are `bot/compare_parts.py`'s
MAX_ITEM = 3  # words of one listed item, its head included
_JOIN = LIST_JOIN
Span = tuple[int, int]  # (start, end) of folded words
# A plural or a collective before bare terms: one whole ("các / khối sở, ban, ngành").
_WHOLE = frozenset(["cac", "nhung", "the", "all", "khoi"])
_EVERY = frozenset(["tung", "moi", "each", "every"])
# The head a comparison names its sides by: "mức nào nhiều hơn", "cấp nào cao hơn", "which
# level has more". A list none of whose words is that head is a scope ("Khối sở, ban, ngành
# … mức 3 và mức 4: mức nào nhiều hơn?"), not the sides.
_NAMED_HEAD = re.compile(r"\b([a-z]+) nao\b|\bwhich ([a-z]+)\b")
# ... none of them a head: words of the verb, and "loại" / "kind" / "type", which name any list's
# items ("mỗi loại bao nhiêu, loại nào nhiều nhất": the kinds listed)
_NO_HEAD = frozenset(["one", "ones", "is", "was", "has", "had", "of", "the", "co", "la", "thi",
                      "loai", "kind", "type"])  # fmt: skip
_PAIRS = {("muc", "do"), ("cap", "do")}  # a head of two words ("mức độ 2, 3 và 4")


def _singular(head: str) -> str:
    """An English head said once for every part in the plural ("levels 2, 3 and 4"): one part's."""
    return head[:-1] if head.isascii() and head.endswith("s") and len(head) > 3 else head


def _items(words: list[str], at: int, size: int) -> list[tuple[int, int]]:
    """The items of a list whose second item starts at `at` and is `size` words long: (start,
    end) of each from the second on, each the same size, joined by a comma or "và"/"and"."""
    out, k, joined = [], at, at > 0 and bare(words[at - 1]) in _JOIN
    while k + size <= len(words):
        out.append((k, k + size))
        last = words[k + size - 1]
        more = last == bare(last) and k + size < len(words) and words[k + size] in _JOIN
        if joined and not more:  # the item after the list's "và"/"and" ends it, but where
            break  # another "và" follows it ("…, and what share …"; "level 4 and level 5")
        if last.endswith(","):
            joined = k + size < len(words) and bare(words[k + size]) in _JOIN
            k += size + joined
        elif k + size < len(words) and words[k + size] in _JOIN:
            k, joined = k + size + 1, True
        else:
            break
        if k >= len(words) or any(w.endswith(",") for w in words[k : k + size - 1]):
            break
    return out


def _alike(words: list[str], items: list[tuple[int, int]], head: int) -> bool:
    """Whether listed items are of one shape: the same `head` words first (none: any words),
    each word with a letter or digit, none only a question's function words (`QUESTION_WORDS`)."""
    firsts = [[bare(w) for w in words[s : s + head]] for s, _ in items]
    if any(all(bare(w) in QUESTION_WORDS for w in words[s:e]) for s, e in items):
        return False  # "… commune level, totals and the average": "the" is no item
    return all(f == firsts[0] for f in firsts) and all(
        any(c.isalnum() for c in bare(w)) for s, e in items for w in words[s:e]
    )


def _pair_opened(words: list[str], first: Span, rest: list[Span]) -> Span:
    """The first item, its two-word head (`_PAIRS`) taken whole where the items after it say
    only its first word ("cấp độ 1, cấp 2 và cấp 3": "cấp độ 1" is the first item)."""
    s = first[0]
    if s < 1 or not rest or (bare(words[s - 1]), bare(words[s])) not in _PAIRS:
        return first
    pair = (bare(words[s - 1]), bare(words[s]))
    shortened = all(
        bare(words[a]) == pair[0] and (b - a < 2 or bare(words[a + 1]) != pair[1]) for a, b in rest
    )  # every item after the first says the head's first word only ("cấp 2", not "cấp độ 3")
    return (s - 1, first[1]) if shortened else first


def _same_tail(words: list[str], items: list[tuple[int, int]]) -> bool:
    """Whether listed items of two words or more end in one word, each with its own words
    before it ("phản ánh đã xử lý, đang xử lý và chưa xử lý"): alike as a shared head makes them."""
    tails = {bare(words[e - 1]) for _, e in items}
    owns = {tuple(bare(w) for w in words[s : e - 1]) for s, e in items}
    return len(tails) == 1 and len(owns) == len(items) and _alike(words, items, 0)


def _listed(
    words: list[str], places: frozenset[int]
) -> tuple[int, int, list[tuple[Span | None, Span]]] | None:
    """The list's span (start, end) and each part's head said once before the list (None: its
    own) and its own words, or None."""
    for c, word in enumerate(words):
        if not word.endswith(",") or c + 1 >= len(words):
            continue
        at = c + 1 + (bare(words[c + 1]) in _JOIN)
        for size in range(MAX_ITEM, 0, -1):
            rest = _items(words, at, size)
            first = _pair_opened(words, (c + 1 - size, c + 1), rest)
            if len(rest) < MIN_PARTS - 1 or first[0] < 0:
                continue
            listed = [first, *rest]
            if any(i in places for s, e in listed for i in range(s, e)):
                continue
            head = 0  # the words every item opens with ("mức độ" of "mức độ 2, mức độ 3")
            while head < size - 1 and _alike(words, listed, head + 1):
                head += 1
            if head and _alike(words, listed, head) or size > 1 and _same_tail(words, listed):
                return first[0], listed[-1][1], [(None, span) for span in listed]
            if size == 1 and _alike(words, listed, 0) and first[0] > 0:
                # bare terms after the first item's head ("mức độ 2, 3 và 4"): the head is
                # the word or two before the first that no comma ends
                h = first[0] - 1
                opens = h - 1 if h > 0 and (bare(words[h - 1]), bare(words[h])) in _PAIRS else h
                if words[h].endswith(",") or h in places or bare(words[h]) in _WHOLE:
                    continue  # ("các sở, ban, ngành": one whole named by its kinds)
                if bare(words[h]) in OPENS_ITEM_STOP and (
                    h == 0 or words[h - 1] != bare(words[h - 1])
                ):
                    continue  # a setting opening a clause ("Between January, March and May, …")
                return opens, listed[-1][1], [((opens, first[0]), s) for s in listed]
    return None


HEAD_WORDS = 2  # a repeated head of two words ("chứng thư cá nhân, chứng thư tổ chức và …")
MAX_TERM = 2  # words of a term after a repeated head


def _term_end(words: list[str], k: int) -> int | None:
    """The end of an item opening at `k` with the repeated head: after one or two words of
    its own, at a comma (included) or right before a "và"/"and"; None otherwise."""
    for t in range(1, MAX_TERM + 1):
        end = k + HEAD_WORDS + t
        if end > len(words) or any(w.endswith(",") for w in words[k : end - 1]):
            return None
        if words[end - 1].endswith(",") or end < len(words) and words[end] in _JOIN:
            return end
    return None


def _last_item(words: list[str], k: int) -> int | None:
    """The end of a list's last item, opening at `k` after its "và"/"and": up to `MAX_ITEM`
    words, ended by punctuation or before a question word (`QUESTION_WORDS`, `_EVERY`)."""
    end = k
    while end < len(words) and end - k < MAX_ITEM + HEAD_WORDS:
        w = bare(words[end])
        if not any(c.isalnum() for c in w) or w in QUESTION_WORDS or w in _EVERY:
            break
        end += 1
        if words[end - 1] != w:  # punctuation after it ends the item
            break
    return end if k < end and end - k <= MAX_ITEM + HEAD_WORDS - 1 else None


def _head_some(
    words: list[str], places: frozenset[int]
) -> tuple[int, int, list[tuple[Span | None, Span]]] | None:
    """A list whose first items repeat a two-word head, each with a term of its own of one or
    two words, and whose last item (after "và"/"and") need not ("chứng thư cá nhân, chứng thư
    tổ chức và SIM ký số"): items of unequal length `_listed` cannot read. None when none."""
    for c, word in enumerate(words):
        if not word.endswith(",") or c + 1 >= len(words):
            continue
        for t in range(1, MAX_TERM + 1):
            s = c + 1 - HEAD_WORDS - t
            head = [bare(w) for w in words[s : s + HEAD_WORDS]] if s >= 0 else []
            if not head or (
                s > 0
                and not words[s - 1].endswith(",")
                and bare(words[s - 1]) not in QUESTION_WORDS
            ):
                continue
            items, k = [(s, c + 1)], c + 1
            while (end := _term_end(words, k)) is not None and [
                bare(w) for w in words[k : k + HEAD_WORDS]
            ] == head:
                items.append((k, end))
                k = end
                if k < len(words) and words[k] in _JOIN:
                    last = _last_item(words, k + 1)
                    if last is not None and len(items) + 1 >= MIN_PARTS:
                        listed = [*items, (k + 1, last)]
                        if not any(i in places for a, b in listed for i in range(a, b)):
                            return s, last, [(None, span) for span in listed]
                    break
    return None


def _other_head(words: list[str], start: int, end: int) -> bool:
    """The comparison names its sides by a head (`_NAMED_HEAD`) the question says outside the
    list and the list never says: the sides are elsewhere."""
    text = " ".join(bare(w) for w in words)
    heads = {h for m in _NAMED_HEAD.finditer(text) for h in m.groups() if h} - _NO_HEAD
    listed = {bare(w) for w in words[start:end]}
    outside = [bare(w) for w in words[:start] + words[end:]]
    return any(h not in listed and outside.count(h) >= 2 for h in heads)


def _head_repeated(words: list[str], items: list[tuple[Span | None, Span]]) -> bool:
    """Whether every listed item says the same head and a term of its own ("cấp tỉnh, cấp
    huyện và cấp xã", "level 2, level 3 and level 4"): each side named whole, so each is asked
    its own figure, where "các sở, ban, ngành" or "tỉnh, huyện, xã" may name one whole."""
    if any(head is not None or e - s < 2 for head, (s, e) in items):
        return False
    return len({bare(words[s]) for _, (s, _e) in items}) == 1


def listed_parts(q: ParsedQuery) -> list[Part]:
    """One part per item of a list of three or more parts of one breakdown the question asks
    apart ("mỗi loại", "lần lượt", "each", or a comparison) or names each whole with one head
    (`_head_repeated`); [] when it asks of fewer, names no such list, or asks none apart (a
    total: "tổng số …")."""
    apart = EACH.search(q.folded) or COMPARED.search(q.folded)
    words = q.folded.split()
    places = place_words(words, q.provinces)
    found = _listed(words, places) or _head_some(words, places)
    if found is None and (mixed := mixed_list(q, words, places) or opened_list(q, words, places)):
        found = mixed[0], mixed[1], [(None, span) for span in mixed[2]]  # "tại X, cấp A và cấp B"
    if found is None:
        return []
    start, end, items = found
    outside = " ".join(words[:start] + words[end:])  # ("at district level in total": the item's)
    if not apart and (sums_parts(outside) or not _head_repeated(words, items)):
        return []  # "Các sở, ban, ngành … có bao nhiêu": one whole named by its parts
    if start > 0 and bare(words[start - 1]) in _EVERY:
        return []  # "… ở từng cấp tỉnh, huyện, xã": a breakdown asked of every part named
    if _other_head(words, start, end):
        return []
    drop = compare_words(words)
    parts = []
    for head, (s, e) in items:
        said = [_singular(words_said(q, words, [head]).rstrip(","))] if head else []
        said.append(words_said(q, words, [(s, e)]).strip(",;?!."))
        label = " ".join(said).strip()
        text = words_said(q, words, [(0, start), label, (end, len(words))], drop)
        parts.append(Part(label, part_question(text)))
    return parts
