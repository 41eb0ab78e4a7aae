"""A list of three or more parts whose first item is said in its own words and the rest with
one repeated head: "tại bến xe khách, cấp huyện và cấp xã mỗi nơi bao nhiêu", "at the harbour
office, city level and ward level each". `bot/compare_list.py` reads lists of items alike in
shape; this one reads the first item back from the comma before the alike items to the word
that opens it ("tại", "ở", "at", "between", …: `OPENS_ITEM_STOP`, the Vietnamese ones typed
with their marks), up to `MAX_FIRST` words. The items after it are two or more of one size,
each opening with the same word and joined by commas and a last "và"/"and" (so "cấp huyện và
cấp xã" alone, two parts, is not read here). A list whose every item opens with one such word
("at the harbour, at city level, and at ward level") is read too, each item up to `MAX_FIRST`
words, the last ending before the asking (`LIST_END_STOP`: "each", "bao nhiêu", "in total")
unless the items before it end in those words too (`opened_list`)."""

from __future__ import annotations

import re
import unicodedata

from bot.compare_between import bare
from bot.part_words import said_word
from bot.stopwords import LIST_END_STOP, LIST_JOIN, OPENS_ITEM_SAID, OPENS_ITEM_STOP
from core.query import ParsedQuery
from core.text import fold

Span = tuple[int, int]  # (start, end) of folded words

MAX_FIRST = 8  # words of an item after its opening word: a unit's head of two or three words
# ("trung tâm", "văn phòng") and a name of up to five, an abbreviation spelt out when folded
MIN_ALIKE = 2  # items after the first, alike with one head: three parts in all
MAX_ALIKE_SIZE = 3  # words of each alike item, its head included
_JOIN = LIST_JOIN
_FOLDED_SAID = frozenset(fold(w) for w in OPENS_ITEM_SAID)  # "tai", "o", "giua"
_YEAR = re.compile(r"(?:19|20)\d\d\b")  # a year: a time, no part ("in 2022, level 3 and …")


def _opens(q: ParsedQuery, words: list[str], i: int) -> bool:
    """Whether the folded word at `i` opens an item (`OPENS_ITEM_STOP`), unpunctuated: a
    Vietnamese one as typed with its marks ("tại", not "Tài" of "Sở Tài chính"); in a question
    typed without marks, lower case (a name's word is capitalised)."""
    if words[i] not in OPENS_ITEM_STOP:
        return False
    if words[i] not in _FOLDED_SAID:
        return True  # an English one ("at", "between")
    said = said_word(q, words, i)
    if said is None or said.isascii():
        return said is None or said.strip(",.;:?!") == words[i]
    return unicodedata.normalize("NFC", said).lower() in OPENS_ITEM_SAID


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


def _first_item(
    q: ParsedQuery, words: list[str], comma: int, places: frozenset[int]
) -> Span | None:
    """The first item, ending at the word with the comma at `comma`: back to the word after
    an opening word (`_opens`), none of its words a place's, a year or punctuated inside; None
    too where the opening word opens the sentence or a clause ("Tại hội nghị, …": a setting)."""
    for n in range(1, MAX_FIRST + 1):
        s = comma + 1 - n
        if s < 1:
            return None
        if s in places or any(w != bare(w) for w in words[s:comma]) or _YEAR.match(words[s]):
            return None
        if _opens(q, words, s - 1):
            if s == 1 or words[s - 2] != bare(words[s - 2]):
                return None  # ("Long An: in 2022, …", "Tại hội nghị, …")
            return (s, comma + 1)
    return None


def mixed_list(
    q: ParsedQuery, words: list[str], places: frozenset[int]
) -> tuple[int, int, list[Span]] | None:
    """The list's span and its items (the first in its own words, then two or more alike by
    their head), or None when the question names no such list."""
    for c, word in enumerate(words):
        if not word.endswith(",") or c + 1 >= len(words) or words[c + 1] in OPENS_ITEM_STOP:
            continue  # (items each opened: `opened_list`'s)
        for size in range(MAX_ALIKE_SIZE, 1, -1):
            rest = _alike_items(words, c + 1, size)
            if len(rest) < MIN_ALIKE or any(i in places for s, e in rest for i in range(s, e)):
                continue
            first = _first_item(q, words, c, places)
            if first is None or bare(words[first[0]]) == bare(words[c + 1]):
                continue  # (alike with the rest: `bot/compare_list.py`'s list)
            return first[0], rest[-1][1], [first, *rest]
    return None


def _opened_item(words: list[str], k: int, last: bool) -> int | None:
    """The end of an item opening at `k` with an opening word, within `MAX_FIRST` words after
    it: at the first word that ends in punctuation (included) or before "và"/"and" and the
    same opening word; the last item also before the asking (`LIST_END_STOP`, "in total")."""
    for end in range(k + 2, min(len(words), k + 1 + MAX_FIRST) + 1):
        if words[end - 1] != bare(words[end - 1]):
            return end
        nxt = [bare(w) for w in words[end : end + 2]]
        if nxt and nxt[0] in _JOIN and nxt[1:] == [words[k]]:
            return end
        if last and nxt and (nxt[0] in LIST_END_STOP or nxt == ["in", "total"]):
            return end
    return None


def _own_tail(words: list[str], items: list[Span], end: int) -> int:
    """The last item's end, taking the words after it the item before it ends in too ("at B
    in total, and at C in total": "in total" is each item's own)."""
    before = [bare(w) for w in words[items[-2][0] : items[-2][1]]]
    for t in (2, 1):
        if len(before) > t + 1 and [bare(w) for w in words[end : end + t]] == before[-t:]:
            return end + t
    return end


def opened_list(
    q: ParsedQuery, words: list[str], places: frozenset[int]
) -> tuple[int, int, list[Span]] | None:
    """Three or more items each opening with one opening word (`_opens`), joined by commas and
    a last "và"/"and" ("at A, at B C, and at D"): the list's span and its items, the opening
    word included; None when none."""
    for s, word in enumerate(words):
        if not _opens(q, words, s):
            continue
        items: list[Span] = []
        k, last = s, False
        while k < len(words) and words[k] == word and (end := _opened_item(words, k, last)):
            items.append((k, end))
            if last or end >= len(words):
                break
            joined = bare(words[end]) in _JOIN
            if not joined and not words[end - 1].endswith(","):
                break
            k, last = end + joined, joined
        if last and len(items) >= MIN_ALIKE + 1:
            items[-1] = (items[-1][0], _own_tail(words, items, items[-1][1]))
            if not any(i in places for a, b in items for i in range(a, b)):
                return s, items[-1][1], items
    return None
