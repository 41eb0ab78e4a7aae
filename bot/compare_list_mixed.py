"""A list of three or more parts whose first item is said in its own words and the rest with
one repeated head: "tại Trung tâm X, cấp huyện và cấp xã mỗi nơi bao nhiêu", "at the county
office, city level and ward level each". `bot/compare_list.py` reads lists of items alike in
shape; this one reads the first item back from the comma before the alike items to the word
that opens it ("tại", "ở", "at", "between", …: `OPENS_ITEM`), up to `MAX_FIRST` words. The
items after it are two or more of one size, each opening with the same word and joined by
commas and a last "và"/"and" (so "cấp huyện và cấp xã" alone, two parts, is not read here).
A list whose every item opens with one such word ("at departments, at district level in total,
and at commune level in total") is read too, each item up to `MAX_FIRST` words
(`opened_list`)."""

from __future__ import annotations

from bot.compare_between import bare

Span = tuple[int, int]  # (start, end) of folded words

MAX_FIRST = 8  # words of the first item: a head and an abbreviation the folded question spells out
# ("Trung tâm PVHCC" → "trung tam phuc vu hanh chinh cong")
MIN_ALIKE = 2  # items after the first, alike with one head: three parts in all
MAX_ALIKE_SIZE = 3  # words of each alike item, its head included
_JOIN = ("va", "and")
# Words that open the first item of a list of places or units (folded): where the parts are.
OPENS_ITEM = ("tai", "o", "giua", "between", "at", "among", "across", "in")


def _alike_items(words: list[str], at: int, size: int) -> list[Span]:
    """Items of `size` words from `at`, joined by commas and a last "và"/"and" (after which
    the list ends), each opening with the word the first opens with."""
    out: list[Span] = []
    k = at
    while k + size <= len(words) and bare(words[k]) == bare(words[at]):
        inner = words[k : k + size - 1]
        if any(w != bare(w) for w in inner):
            break  # punctuation inside an item: no item of this size
        out.append((k, k + size))
        last, nxt = words[k + size - 1], words[k + size] if k + size < len(words) else ""
        if last.endswith(",") and bare(nxt) not in _JOIN:
            k += size
        elif (last.endswith(",") or last == bare(last)) and bare(nxt) in _JOIN:
            tail = k + size + 1
            if tail + size <= len(words) and bare(words[tail]) == bare(words[at]):
                out.append((tail, tail + size))
            return out
        else:
            break
    return []


def _first_item(words: list[str], comma: int, places: frozenset[int]) -> Span | None:
    """The first item, ending at the word with the comma at `comma`: back to the word after
    an opening word (`OPENS_ITEM`), none of its words a place's or punctuated inside."""
    for n in range(1, MAX_FIRST + 1):
        s = comma + 1 - n
        if s < 1:
            return None
        if s in places or any(w != bare(w) for w in words[s:comma]):
            return None
        if bare(words[s - 1]) in OPENS_ITEM and words[s - 1] == bare(words[s - 1]):
            return (s, comma + 1)
    return None


def mixed_list(words: list[str], places: frozenset[int]) -> tuple[int, int, list[Span]] | None:
    """The list's span and its items (the first in its own words, then two or more alike by
    their head), or None when the question names no such list."""
    for c, word in enumerate(words):
        if not word.endswith(",") or c + 1 >= len(words):
            continue
        for size in range(MAX_ALIKE_SIZE, 1, -1):
            rest = _alike_items(words, c + 1, size)
            if len(rest) < MIN_ALIKE or any(i in places for s, e in rest for i in range(s, e)):
                continue
            first = _first_item(words, c, places)
            if first is None or bare(words[first[0]]) == bare(words[c + 1]):
                continue  # (alike with the rest: `bot/compare_list.py`'s list)
            return first[0], rest[-1][1], [first, *rest]
    return None


def _opened_item(words: list[str], k: int) -> int | None:
    """The end of an item opening at `k` with an opening word: at the first word that ends
    in punctuation (included), within `MAX_FIRST` words after the opening word; None else."""
    for end in range(k + 2, min(len(words), k + 1 + MAX_FIRST) + 1):
        if words[end - 1] != bare(words[end - 1]):
            return end
    return None


def opened_list(words: list[str], places: frozenset[int]) -> tuple[int, int, list[Span]] | None:
    """Three or more items each opening with one opening word (`OPENS_ITEM`), the one before
    the last ending in a comma, the last after "và"/"and" or a comma ("at A, at B C, and at
    D"): the list's span and its items, the opening word included; None when none."""
    for s, word in enumerate(words):
        if word not in OPENS_ITEM:
            continue
        items: list[Span] = []
        k = s
        while k < len(words) and words[k] == word and (end := _opened_item(words, k)):
            items.append((k, end))
            if not words[end - 1].endswith(",") or end >= len(words):
                break
            k = end + (bare(words[end]) in _JOIN)
        if len(items) >= MIN_ALIKE + 1 and not any(
            i in places for a, b in items for i in range(a, b)
        ):
            return s, items[-1][1], items
    return None
