"""The structure of a clause around a figure: the breakdown it is an item of, the headline it
breaks down, the heads of its enumeration, its own label, and whether the question names what
tells the item apart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.extractive.tuning import LABEL_WORDS
from bot.extractive.words import (
    _DATE,
    _FIG,
    _YEARLIKE,
    _edit_keys,
    _folded,
    _found,
    _Word,
    phrase_said,
    skeleton,
    year_word,
)
from index.lexical import tokenize

_RESTATES = frozenset({"dat", "chiem", "bang", "tang", "giam", "tuong"})


_BREAKDOWN_WORDS = (("trong", "do"), ("trong", "so"), ("gom",), ("including",), ("of", "which"))


def in_parentheses(text: str, words: list[_Word]) -> list[bool]:
    """Per word of a clause, whether it lies inside a parenthesis that closes later on."""
    out: list[bool] = []
    for start, _, _ in words:
        opened = text.rfind("(", 0, start + 1)
        out.append(opened > text.rfind(")", 0, start) and text.find(")", start) >= 0)
    return out


def _breakdown_opener(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> tuple[int, int] | None:
    """Word indexes of what opens the breakdown the figure at `idx` is an item of (a "(" or a
    "trong do" / "gom") and of the earlier figure it breaks down (`_headline`). None when the
    figure is not an item."""
    start = words[idx][0]
    opened = _enclosing_paren(text, start)
    candidates: list[int] = []
    if opened > text.rfind(")", 0, start):
        inside = tokenize(_folded(text[opened + 1 : opened + 12]))[:1]
        if not set(inside) & _RESTATES:  # "(dat ty le 100%)" restates, it does not break down
            candidates.append(next(j for j, w in enumerate(words) if w[1] > opened))
    for j in range(idx - 1, 0, -1):
        if bounds[j] < bounds[idx] - 3 or ")" in text[words[j][0] : words[j][1]]:
            break  # too far back, or out of a closed parenthesis ("(trong do ...), da giai")
        toks = words[j][2] + (words[j + 1][2] if j + 1 < idx else [])
        if any(tuple(toks[: len(m)]) == m for m in _BREAKDOWN_WORDS):
            candidates.append(j)
            break
    share = bool(re.match(r"[\d.,]*\s?%", text[start:]))
    for j in sorted(candidates, reverse=True):
        headline = _headline(text, words, j, share)
        if headline is not None:
            return j, headline
    return None


def _enclosing_paren(text: str, start: int) -> int:
    """Where the last "(" before the word at `start` is, or the one that opens that word when
    the parenthesis holds another figure: "(11.261 hồ sơ tại …, 259.999 hồ sơ …)" breaks a
    figure down, "(59 biên chế)" restates one."""
    if text.startswith("(", start):
        close = text.find(")", start)
        inside = text[start + 1 : close if close >= 0 else len(text)]
        if sum(1 for _ in _FIG.finditer(_DATE.sub(" ", inside))) >= 2:
            return start
    return text.rfind("(", 0, start)


def _tells_apart(
    q_seq: list[str], item: list[str], head: list[str], item_keys: frozenset[str],
    head_keys: frozenset[str],
) -> bool:  # fmt: skip
    """True when the question names what sets a breakdown's item apart from what the breakdown
    is of: a question word, or a pair of adjacent question words ("cap tinh" when the head says
    "cung cap ... tinh"), found in the item and not in the head. OCR-misread words
    ("cung cip", "tryc tuyen") count as the word. `item_keys` / `head_keys`: `_keys` of them.
    A question asking the total ("tổng thu …") that the head says and the item does not
    ("Tổng thu …: 19.314 tỷ; …, trong đó: thu … 16.424 tỷ") asks the headline, no item."""
    if "tong" in q_seq and "tong" in head and "tong" not in item:
        return False

    def has(seq: list[str], words: tuple[str, ...]) -> bool:
        n = len(words)
        return any(
            all(_edit_keys(w) & _edit_keys(x) for w, x in zip(words, seq[i : i + n], strict=True))
            for i in range(len(seq) - n + 1)
        )

    for w in q_seq:
        if _edit_keys(w) & item_keys and not _edit_keys(w) & head_keys:
            return True
    return any(
        _edit_keys(a) & item_keys and _edit_keys(b) & item_keys
        and has(item, (a, b)) and not has(head, (a, b))
        for a, b in zip(q_seq, q_seq[1:], strict=False)
    )  # fmt: skip


def _headline(
    text: str, words: list[tuple[int, int, list[str]]], opener: int, share: bool = False
) -> int | None:
    """Word index of the figure a breakdown opening at word `opener` breaks down: the last
    figure before it that is not a year, a date or a percentage ("dat 96,1%, trong do tong so
    ... 78, da giai quyet 75": the counts a rate is made of, not its parts); for an item that
    is a percentage (`share`), the last percentage ("đạt 130% dự toán, trong đó: thu … đạt
    133%": a part's rate) when no other figure comes before the opener."""
    found: list[tuple[int, bool]] = []
    for j in range(opener):
        for m in _FIG.finditer(text[words[j][0] : words[j][1]]):
            raw = m.group(0)
            if _YEARLIKE.fullmatch(raw) or _DATE.search(text[words[j][0] : words[j][1]]):
                continue
            found.append((j, text[words[j][0] + m.end() :].lstrip().startswith("%")))
    plain = [j for j, pct in found if not pct]
    # A clause opening with a rate that restates the count before it ("…: 19.314 tỷ đồng; đạt
    # 130% so với dự toán, trong đó: thu … 16.424 tỷ đồng"): its items are that count's parts,
    # the rate standing in for it as their headline.
    restated = bool(words) and words[0][2][:1] != [] and words[0][2][0] in _RESTATES
    if (share or restated) and not plain:
        plain = [j for j, _ in found]
    return plain[-1] if plain else None


def _heads(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> list[int]:
    """Word indexes of the heads of the enumeration the figure at `idx` is an item of: the
    clause's opening segment, and the segment right before a parenthesis enclosing the figure
    ("so DVC muc do 4 la: 1.044 (trong do: 1.002 cap tinh; 36 cap huyen ...)")."""
    first = [j for j in range(idx) if bounds[j] == 0]
    # The opening segment heads the items only when it gives no figure of its own
    # ("1997 DVC cap tinh va cap huyen, 35 DVC cap xa" are two items, not a head and an item).
    opening = text[: words[first[-1]][1]] if first else ""
    out = set(first) if not _FIG.search(_DATE.sub(" ", opening)) else set()
    # "... la: 1.044, dat ty le 55,82%": a segment opening with "dat"/"chiem" restates the
    # item before it, which qualifies it like a head.
    seg = bounds[idx]
    first_of_seg = next((j for j in range(idx + 1) if bounds[j] == seg), idx)
    if seg > 0 and words[first_of_seg][2][:1] and words[first_of_seg][2][0] in _RESTATES:
        out.update(j for j in range(first_of_seg) if bounds[j] == seg - 1)
    start = words[idx][0]
    opened = _enclosing_paren(text, start)
    if opened > text.rfind(")", 0, start):
        p = next((j for j, w in enumerate(words) if w[1] > opened), idx)
        seg = bounds[p - 1] if p > 0 else 0
        out.update(j for j in range(p) if bounds[j] == seg)
    return sorted(out)


def names_phrase(phrase: Sequence[str], label: Sequence[str]) -> bool:
    """`_names_phrase`, cached: the same qualifiers and labels are read for every figure."""
    return _names_phrase(tuple(phrase), tuple(label))


@lru_cache(maxsize=262144)
def _names_phrase(phrase: tuple[str, ...], label: tuple[str, ...]) -> bool:
    """Whether a label says a phrase, its words in a row, OCR-misread forms included: a word of
    3+ letters one letter off ("tryc" for "truc", "cdp" for "cap") or without its vowels
    ("cp"), and in a phrase of two or
    more words with another word there as written, a 2-letter word with its first letter
    ("ce nhan" for "ca nhan"), a word of 3+ letters with the same consonants ("diang han"
    for "dung han") or with one letter more ("tong murc dau tu")."""
    n = len(phrase)

    def same(w: str, t: str) -> bool:
        # "cp" for "cap": OCR lost the vowel with its mark.
        return w == t or (len(w) >= 3 and (bool(_edit_keys(w) & _edit_keys(t)) or skeleton(w) == t))

    for i in range(len(label) - n + 1):
        window = label[i : i + n]
        exact = [same(w, t) for w, t in zip(phrase, window, strict=True)]
        if all(exact) or (n >= 2 and any(exact) and all(
            ok or (len(w) == 2 == len(t) and w[0] == t[0]) or _same_skeleton(w, t)
            or _one_more(w, t)
            for w, t, ok in zip(phrase, window, exact, strict=True)
        )):  # fmt: skip
            return True
    return False


def _one_more(w: str, t: str) -> bool:
    """A word of 3+ letters read with one letter more after its first ("murc" for "muc")."""
    return len(w) >= 3 and len(t) == len(w) + 1 and any(
        t[:k] + t[k + 1 :] == w for k in range(1, len(t))
    )


def _same_skeleton(w: str, t: str) -> bool:
    """Two words of 3+ letters with the same consonants, two at least ("dung" / "diang")."""
    return len(w) >= 3 and len(t) >= 3 and len(skeleton(w)) >= 2 and skeleton(w) == skeleton(t)


def _label(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int,
    heads: list[int], lead: list[str],
) -> tuple[str, ...]:  # fmt: skip
    """The words that name the figure at `idx`: its own item's words up to the neighbouring
    figures (at most `LABEL_WORDS` each side), the heads of its enumeration, and `lead` (the
    paragraph's opening words, for an item of a breakdown). "|" marks where a run of words
    stops, so that no phrase is read across two of them."""

    def own(j: int) -> bool:  # "năm 2021" says what the figure is for: part of its label
        return bounds[j] == bounds[idx] and (year_word(words, j) or not _FIG.search(
            _DATE.sub(" ", text[words[j][0] : words[j][1]])
        ))  # fmt: skip

    before: list[str] = []
    for j in range(idx - 1, max(-1, idx - 1 - LABEL_WORDS), -1):
        if not own(j):
            break
        before[:0] = words[j][2]
    after: list[str] = []
    for j in range(idx + 1, min(len(words), idx + 1 + LABEL_WORDS)):
        if not own(j):
            break
        after += words[j][2]
    return (*before, "|", *after, "|", *(t for j in heads for t in words[j][2]), "|", *lead)


def _opens_parenthesis(text: str, start: int) -> bool:
    """Whether the word at `start` opens a parenthesis: "(59" or "( 59"."""
    return text[start : start + 1] == "(" or text[:start].rstrip().endswith("(")


def _before_parenthesis(
    text: str, words: list[tuple[int, int, list[str]]], bounds: list[int], idx: int
) -> list[str]:
    """The words before the parenthesis a figure opens, back to the figure or item boundary
    before them (at most `LABEL_WORDS`): "biên chế công chức (59 biên chế), viên chức (15 biên
    chế)" says what 59 and 15 count before each parenthesis, not inside it."""
    out: list[str] = []
    for j in range(idx - 1, max(-1, idx - 1 - LABEL_WORDS), -1):
        if bounds[j] != bounds[idx - 1] or _FIG.search(_DATE.sub(" ", text[words[j][0] : words[j][1]])):
            break
        out[:0] = words[j][2]
    return out


def _opens_breakdown(words: list[_Word]) -> bool:
    """A clause that opens a breakdown of the paragraph's earlier figure ("trong do, trong han:
    11.275, qua han: 2.347" after "So ho so dang giai quyet: 7.310;"): the paragraph's
    opening words name its items too. OCR bends the second word ("trong dé")."""
    first_two = [t for w in words[:2] for t in w[2]][:2]
    return first_two[:1] == ["gom"] or (
        first_two[:1] == ["trong"] and len(first_two) == 2 and first_two[1][:1] in {"d", "s"}
    )


def _breakdown_words(
    words: list[_Word], bounds: list[int], idx: int, opener: int | None,
    context: list[tuple[list[str], int]], inside: list[bool],
) -> tuple[list[str], list[str]]:  # fmt: skip
    """For a figure in a breakdown: the words before its opener (with the paragraph's lead),
    but for those `inside` a parenthesis closed before it, and the words of its own item;
    empty otherwise."""
    if opener is None:
        return [], []
    # An earlier breakdown's items ("đã tiếp nhận 17.667 hồ sơ (trong đó: … tại Trung tâm …)
    # và đã trả 271.215 hồ sơ (11.261 … tại Trung tâm … tỉnh, …)") are not what this one is of.
    head = [t for j, w in enumerate(words[:opener]) if not inside[j] for t in w[2]]
    head += context[0][0] if context else []
    own = bounds[idx] - _share_of_count(words, bounds, idx, opener)
    item = [
        t
        for j in range(opener, idx + 8)
        if j < len(words) and own <= bounds[j] <= bounds[idx]
        for t in words[j][2]
    ]
    return head, item


# Words that only link a share to the count before it ("…, bằng 136% dự toán", "đạt 60%").
_SHARE_LINKS = frozenset({"bang", "dat", "chiem", "tuong", "duong", "khoang", "gan", "hon"})


def _share_of_count(words: list[_Word], bounds: list[int], idx: int, opener: int) -> int:
    """1 when the figure's comma-item names nothing but a link word before it and the item
    before it, within the same breakdown, holds a figure: the figure is that count's share
    ("trong đó: Chi đầu tư phát triển ước đạt 4.870 tỷ đồng, bằng 136% dự toán": 136% is the
    development spending's, its item words are those of the count); else 0."""
    seg = [t for j in range(opener, idx) if bounds[j] == bounds[idx] for t in words[j][2]]
    if not seg or not set(seg) <= _SHARE_LINKS:
        return 0
    before = [t for j in range(opener, idx) if bounds[j] == bounds[idx] - 1 for t in words[j][2]]
    return int(any(t[:1].isdigit() for t in before))


def named_items(
    items: list[tuple[int, int, tuple[str, ...], tuple[str, ...], bool]],
    asked: list[tuple[tuple[str, ...], ...]],
) -> set[int]:
    """Which items of a breakdown the question names by their own words. `items`: per figure
    of a clause (position, breakdown, own words, subject, percentage: `_Site.pos`, `.group`,
    `.own`, `.subject`, `.is_percent`; group -1 for a figure in no breakdown; shares are
    siblings of shares, counts of counts); `asked`: the question's concepts, each its
    wordings. An item says a concept when its own words hold a wording whole, one of those
    words setting it apart from the other items and the headline ("viên chức" in "103 người
    trong đó có 90 viên chức và 13 cán bộ công chức"), not all in what the whole breakdown is
    of ("Biên chế của Trung tâm …: có 10 … (trong đó có 04 công chức …)": "công" names no
    item). The item saying more concepts than each sibling is named; a question saying two
    items or more names their headline ("bao nhiêu công chức, viên chức và người lao động?")."""
    groups: dict[tuple[int, bool], list[int]] = {}
    for i, (_, group, _, _, pct) in enumerate(items):
        if group != -1:
            groups.setdefault((group, pct), []).append(i)
    named: set[int] = set()
    for (group, pct), members in groups.items():
        if len(members) < 2:
            continue
        head = [i for i, it in enumerate(items) if it[0] == group and it[4] == pct]
        rivals = members + head
        subject = items[members[0]][3]  # the same for every item of the breakdown

        def says(
            i: int, rivals: list[int] = rivals, subject: tuple[str, ...] = subject,
            members: list[int] = members,
        ) -> int:  # fmt: skip
            apart, said = _apart(items, i, rivals), set(items[i][2])
            # A subject that lists the items' parts ("TTHC … thực hiện tại Trung tâm …, Bộ
            # phận … cấp huyện, cấp xã: 96 (trong đó …: 37, …: 45; …)") names no item itself,
            # when the question asks what the subject counts too (another concept said there).
            listed = any(
                _found(frozenset(_apart(items, j, members)), set(subject)) >= 2
                for j in members if j != i
            )  # fmt: skip
            in_subject = [_says(concept, set(subject)) for concept in asked]
            return sum(
                any(
                    phrase_said(alt, said)
                    and _found(frozenset(alt), apart) > 0
                    and (
                        _found(frozenset(alt), set(subject)) < len(set(alt))
                        or listed and any(in_subject[:k] + in_subject[k + 1 :])
                    )
                    for alt in concept
                )
                for k, concept in enumerate(asked)
            )

        counts = [says(i) for i in members]
        best = max(counts)
        if len(head) == 1 and sum(n > 0 for n in counts) >= 2:
            named.add(head[0])
        elif best > 0 and counts.count(best) == 1:
            named.add(members[counts.index(best)])
    return named


def _says(concept: tuple[tuple[str, ...], ...], words: set[str]) -> bool:
    """Whether `words` hold every word of one of a concept's wordings."""
    return any(_found(frozenset(alt), words) == len(set(alt)) for alt in concept)


def _apart(
    items: list[tuple[int, int, tuple[str, ...], tuple[str, ...], bool]], i: int,
    rivals: list[int],
) -> set[str]:  # fmt: skip
    """The words of item `i`'s own label that no rival's own label says."""
    others = {t for j in rivals if j != i for t in items[j][2]}
    return {t for t in items[i][2] if not _found(frozenset((t,)), others)}


# Words that deny what follows them in an item's label ("không giữ chức danh lãnh đạo").
_NEGATIONS = frozenset({"khong", "chua"})
# ... and in a question, in either language ("without leadership posts", "not yet").
_ASKS_DENIED = r"\b(?:khong|chua|without|not|non|no)\s+(?:[a-z]+\s+)?"


def negated_items(
    items: list[tuple[int, int, tuple[str, ...], tuple[str, ...], bool]],
    asked: list[tuple[tuple[str, ...], ...]], question: str,
) -> set[int]:  # fmt: skip
    """Which items of a breakdown (`items` as for `named_items`) say an asked concept only
    after "không" / "chưa" in their own words ("… 10 công chức lãnh đạo và 18 công chức không
    giữ chức danh lãnh đạo" for "how many hold leadership posts"): the rest, not the part
    asked. A wording counts as said when at least half its words (two or more) are there; a
    question that denies a wording of the concept itself ("chưa giải quyết", "without
    leadership posts"; folded `question`) asks the denied item. So does an item whose denied
    words the question says two or more in a row, undenied (`_said_in_a_row`): a question
    typed without diacritics reads as single words, no concept of two."""
    out: set[int] = set()
    for i, (_, group, own, _, _) in enumerate(items):
        cut = next((k for k, t in enumerate(own) if t in _NEGATIONS), None)
        if group == -1 or cut is None:
            continue
        if _said_in_a_row(own[cut + 1 :], question):
            out.add(i)
            continue
        after = set(own[cut + 1 :])
        for concept in asked:
            for alt in concept:
                words = frozenset(alt)
                if len(words) < 2 or any(
                    re.search(_ASKS_DENIED + re.escape(a[0]) + r"\b", question) for a in concept
                ):
                    continue
                if _found(words, after) >= max(2, (len(words) + 1) // 2):
                    out.add(i)
    return out


def _said_in_a_row(denied: tuple[str, ...], question: str) -> bool:
    """Whether the folded question says two or more of an item's denied words (those after
    its "không" / "chưa") in a row as the item does, without denying them itself ("… co bao
    nhieu nguoi giu chuc danh lanh dao" against "18 … không giữ chức danh lãnh đạo")."""
    words = [w for w in denied if w != "|"]
    if any(re.search(_ASKS_DENIED + re.escape(w) + r"\b", question) for w in words):
        return False  # the question asks the denied item itself
    return any(
        re.search(rf"\b{re.escape(a)} {re.escape(b)}\b", question)
        for a, b in zip(words, words[1:], strict=False)
    )
