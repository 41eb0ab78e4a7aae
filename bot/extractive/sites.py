"""Where each figure of a clause stands, whatever the question (its distances to every word,
breakdown, levels, label): worked out once per clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.extractive.breakdown import (
    _before_parenthesis,
    _breakdown_opener,
    _breakdown_words,
    _heads,
    _label,
    _opens_breakdown,
    _opens_parenthesis,
    in_parentheses,
    names_phrase,
)
from bot.extractive.clause_runs import coordinated
from bot.extractive.dossier_action import action_at
from bot.extractive.levels import _LEVEL_LIST, _LEVEL_WORD, _LEVELS, _figure_levels
from bot.extractive.misread import misread
from bot.extractive.question import (
    KIND_FAMILIES,
    PART_FAMILIES,
    PART_NAMES,
    QUALIFIERS,
    SIBLING_FAMILIES,
    STAFF,
    one_name,
    other_names,
    outermost,
)
from bot.extractive.shared_tail import TAIL_WORDS, with_shared_tail
from bot.extractive.tuning import AFTER_CROSS, BEFORE_CROSS, HEAD_DIST, LABEL_WORDS
from bot.extractive.words import (
    _CURRENCY,
    _DATE,
    _DOCNUM,
    _FIG,
    _YEARLIKE,
    STANDARD,
    _folded,
    _keys,
    _Word,
    _words,
    label_years,
    skeleton,
    year_word,
)
from index.lexical import tokenize

KIND_PHRASES = frozenset(p for f in KIND_FAMILIES for p in f)
_NEXT_FIGURE = re.compile(r"\s+\d{1,3}(?:\.\d{3})+\b")
_TIME_WORDS = frozenset({"ngay", "thang", "nam", "nim", "tuan", "quy", "gio", "phut"})


# `_Site.group` of the items of a clause that opens a breakdown of the paragraph's earlier
# figure ("trong đó, trước hạn: 80.502, đúng hạn: 20.658 …"): their headline is not here.
_OWN_BREAKDOWN = -2


# Clauses whose figures are kept worked out (~10 KiB each with their figures; the seed corpus
# has ~900 clauses that the evaluation questions reach). Emptied when full.
_SITE_CACHE = 4096


@dataclass(frozen=True)
class _Site:
    """What a figure's clause says around it, whatever the question: worked out once."""

    figure: str  # as written, "%" included
    canon: str  # folded, to compare with numbers the question names
    is_percent: bool
    year_after: frozenset[str] | None  # a year-like figure: the word after it; else None
    dist: dict[str, int]  # token → distance in words (context and heads included)
    sk_dist: dict[str, int]  # the same by skeleton
    in_breakdown: bool
    head: list[str]  # what the breakdown is of (clause before it, paragraph lead-in)
    item: list[str]  # the figure's own item of the breakdown
    head_keys: frozenset[str]  # `_keys` of head and item
    item_keys: frozenset[str]
    levels: frozenset[int]
    after_total: bool  # "trong tong so 55"
    following: set[str]
    introduced: bool
    before_in_item: set[str]
    unit_after: str  # the word right after the figure ("" if a number or nothing)
    # What names this figure: its own item's words (before it and the next few after it), the
    # heads of its enumeration and the paragraph's lead-in; not its neighbour items' words.
    label: tuple[str, ...] = ()
    quals: frozenset[tuple[str, ...]] = frozenset()  # the `QUALIFIERS` its label names
    # The words that name this figure alone ("90 viên chức", "quá hạn: 1380"): after it up to
    # the next figure or item boundary, or, when it is introduced ("…: 1380", "… là 90"),
    # before it back to the previous figure or boundary. A breakdown's items differ in these.
    own: tuple[str, ...] = ()
    # For an item of a breakdown: the word index of the headline it breaks down (items of one
    # breakdown share it; -1 otherwise), and the clause's words before that headline (what the
    # whole breakdown is of: "Biên chế của Trung tâm …: có 10 …").
    group: int = -1
    subject: tuple[str, ...] = ()
    pos: int = -1  # the word index of the figure in its clause
    # "… hoàn thành 144/147, còn 03 nhiệm vụ đang …": a figure right after "còn" (still, left),
    # or one its own words call the rest ("Nguồn vốn còn lại: 3.176.914.000"), is what remains
    # of a count given before it, not the count.
    remainder: bool = False
    # For a percentage: its own label as a share, the clause's words from the last share word
    # ("tỷ lệ", "phần trăm") since the previous percentage up to it. "Tỷ lệ TTHC … đạt 60%, tỷ
    # lệ hồ sơ … đạt 53%": what each share is of. For a percentage with no share word before it
    # that ends its item ("… dưới dạng điện tử đạt 98%,"), the words since the previous one.
    # Empty for other figures and for one whose words follow it ("100% cán bộ …").
    share_label: tuple[str, ...] = ()
    # What was done with what it counts (`ACTIONS`: received, returned), said nearest before
    # the figure, or before the headline it is an item of, since the figure before that.
    action: tuple[str, ...] | None = None
    years: frozenset[str] = frozenset()  # the years its label says it is for ("năm 2021")
    staff: frozenset[tuple[str, ...]] = frozenset()  # the one kind of staff (`STAFF`) it names


_SHARE_WORDS = (("ty", "le"), ("ti", "le"), ("phan", "tram"))


def _share_label(stretch: list[str]) -> tuple[str, ...]:
    """The words of a stretch from its last share word ("tỷ lệ") on; () when it has none."""
    for i in range(len(stretch) - 2, -1, -1):
        if (stretch[i], stretch[i + 1]) in _SHARE_WORDS:
            return tuple(stretch[i:])
    return ()


def _with_share_labels(sites: list[_Site], words: list[_Word]) -> list[_Site]:
    """The sites, each percentage with its own label (`_share_label` of the clause's words
    since the previous percentage); a percentage with no share word there that ends its item
    ("… hoàn toàn dưới dạng điện tử đạt 98%, …": `introduced`) is labelled by all those words,
    as one with a share word is."""
    out, start = [], 0
    for f in sites:
        if f.is_percent:
            stretch = [t for w in words[start : f.pos] for t in w[2]]
            label = _share_label(stretch) or (tuple(stretch) if f.introduced else ())
            f, start = replace(f, share_label=label), f.pos + 1
        out.append(f)
    return out


# A thousands word after a figure, as people read it ("30 ngàn tờ rơi", OCR "30 ngan to roi").
_THOUSANDS = {"ngan": " ngàn", "nghin": " nghìn"}


def _thousands(after: list[str]) -> tuple[str, list[str]]:
    """The thousands word right after a figure ("hơn 30 ngàn tờ rơi": part of the figure) and
    the words after it, what the figure counts; ("", the words) when there is none ("ngân
    sách", "ngân hàng" are no thousands)."""
    if after[:1] in (["ngan"], ["nghin"]) and after[1:2] not in (["sach"], ["hang"]):
        return after[0], after[1:]
    return "", after


def _figures_of(text: str, context: list[tuple[list[str], int]]) -> list[_Site]:
    """The figures of a clause with their surroundings; the question-independent half of
    `ExtractiveAnswerer._figure_sites`."""
    blocked = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _DOCNUM.finditer(text)]
    blocked += [(m.start(), m.end()) for m in STANDARD.finditer(text)]
    words, bounds = _words(text)
    bounds = coordinated(text, words, _list_continued(text, words, bounds))
    opens, inside = _opens_breakdown(words), in_parentheses(text, words)
    found = [(m, _figure_word(text, m, blocked, words)) for m in _FIG.finditer(_CURRENCY.sub(" ", text))]
    at = {idx for _, idx in found if idx is not None}
    out: list[_Site] = []
    for m, idx in found:
        if idx is None:
            continue
        s, raw = m.start(), m.group(0)
        year_after = _year_after(text, m.end(), raw)
        is_percent = text[m.end() : m.end() + 2].lstrip().startswith("%")
        breakdown = _breakdown_opener(text, words, bounds, idx)
        opener, headline = breakdown if breakdown is not None else (None, None)
        # An item of an enumeration: its head qualifies it.
        item_heads = _heads(text, words, bounds, idx) if bounds[idx] > 0 else []
        dist = _word_distances(words, bounds, idx, item_heads, headline, context)
        dist = with_shared_tail(dist, words, bounds, at, idx)  # "…, 92% … có máy chủ"
        head, item = _breakdown_words(words, bounds, idx, opener, context, inside)
        preceding = " ".join(t for w in words[max(0, idx - 3) : idx] for t in w[2])
        mult, after = _thousands(tokenize(_folded(text[s + len(raw) : s + len(raw) + 24])))
        own = _own_words(text, words, bounds, idx, at, s)
        label = _label(text, words, bounds, idx, item_heads,
                       context[0][0] if context and (opener is not None or opens) else [])  # fmt: skip
        out.append(
            _Site(
                figure=raw + _THOUSANDS.get(mult, "") + ("%" if is_percent else ""),
                canon=_folded(raw).replace(" ", ""), is_percent=is_percent, year_after=year_after,
                dist=dist, sk_dist={skeleton(t): d for t, d in dist.items()},
                in_breakdown=opener is not None, head=head, item=item,
                levels=_figure_levels(words, bounds, idx, headline, item_heads),
                head_keys=_keys(head), item_keys=_keys(item),
                after_total="tong so" in preceding,
                following=_following(words, idx + 1 + bool(mult)),
                introduced=_introduced(text, words, bounds, idx, s),
                before_in_item=_before_in_item(text, words, bounds, idx, at, s),
                unit_after="" if not after or after[0].replace(".", "").isdigit() else after[0],
                label=label,
                years=label_years(label) | _years_after(words, bounds, idx, at),
                quals=_quals_of(label, not _ALL_LEVELS.search(_folded(text))),
                staff=_staff_of(text, words, bounds, idx, own),
                own=own,
                group=headline if headline is not None else (_OWN_BREAKDOWN if opens else -1),
                pos=idx,
                action=_action_before(words, at, idx if headline is None else headline),
                remainder=idx > 0 and words[idx - 1][2][-1:] == ["con"] or _says_rest(own),
                # a breakdown of the paragraph's earlier figure is of what its lead-in says
                subject=tuple(t for w in words[: headline or 0] for t in w[2])
                if headline is not None or not context else tuple(context[0][0]),
            )
        )  # fmt: skip
    out = _shared_units_labelled(out, text, words, bounds, at)
    return _with_headline_years(_with_share_labels(out, words))


def _shared_units_labelled(
    sites: list[_Site], text: str, words: list[_Word], bounds: list[int], at: set[int]
) -> list[_Site]:
    """The sites, an item of a breakdown whose own words (after it) are only what a sibling's
    say too ("giữ nguyên: 352 thủ tục; … đơn giản hóa 72 thủ tục": "thủ tục") also named by
    its words before it (back to the figure or item boundary before), which tell it apart."""
    out = []
    for f in sites:
        if f.group != -1 and f.own and any(
            g is not f and g.group == f.group and set(f.own) <= set(g.own) for g in sites
        ):
            before = _own_words(text, words, bounds, f.pos, at, 0, back=True)
            f = replace(f, own=(*before, *f.own))
        out.append(f)
    return out


def _year_after(text: str, end: int, raw: str) -> frozenset[str] | None:
    """The word after a figure that could be a year ("2021 …"), None for other figures."""
    return frozenset(tokenize(_folded(text[end : end + 12]))[:1]) if _YEARLIKE.fullmatch(raw) else None


def _years_after(words: list[_Word], bounds: list[int], idx: int, at: set[int]) -> frozenset[str]:
    """The years the words after a figure, in its item and up to the next figure (`at`), say
    it is for ("14 quyết định … ban hành trong 6 tháng cuối năm 2021, 07 … 6 tháng đầu năm
    2022": 2021, then 2022); not a year it is compared with (`label_years`)."""
    after: list[str] = []
    for j in range(idx + 1, len(words)):
        if j in at or bounds[j] != bounds[idx]:
            break
        after.extend(words[j][2])
    return label_years(after)


def _with_headline_years(sites: list[_Site]) -> list[_Site]:
    """The sites, each item of a breakdown also said of the years its headline is for ("Tổng
    chi … năm 2021 ước đạt 15.300 tỷ, trong đó: chi đầu tư phát triển … 4.870 tỷ"): a part
    is of its whole's year."""
    years = {f.pos: f.years for f in sites}
    return [
        replace(f, years=f.years | years[f.group]) if years.get(f.group) else f for f in sites
    ]


def _action_before(words: list[_Word], at: set[int], idx: int) -> tuple[str, ...] | None:
    """The action (`ACTIONS`) said nearest before the word at `idx`, back to the figure before
    it (`at`: the clause's figure word indexes) and at most `LABEL_WORDS` words back."""
    start = idx - 1
    while start >= max(0, idx - LABEL_WORDS) and start not in at:
        start -= 1
    toks = [t for w in words[start + 1 : idx] for t in w[2]]
    found = [a for i in range(len(toks)) if (a := action_at(toks, i)) is not None]
    return found[-1] if found else None


def _list_continued(text: str, words: list[_Word], bounds: list[int]) -> list[int]:
    """The item boundaries with a segment that only names another part of a family the
    segment before it names joined to that segment ("100% CBCC cấp tỉnh, cấp huyện, 95% CBCC
    cấp xã" gives its 100% to "cấp tỉnh" and "cấp huyện" alike), and so one that goes on a
    name its commas split ("các sở, ban, ngành: 1497")."""
    segments: dict[int, list[int]] = {}
    for j, b in enumerate(bounds):
        segments.setdefault(b, []).append(j)
    joined: dict[int, int] = {}
    new = -1
    previous: tuple[str, ...] = ()
    for b in sorted(segments):
        toks = tuple(t for j in segments[b] for t in words[j][2])
        spot = text[words[segments[b][0]][0] : words[segments[b][-1]][1]]
        bare = tuple(t for t in toks if t != "va")
        continues = new >= 0 and _name_goes_on(previous, toks) or (
            new >= 0 and not _FIG.search(_DATE.sub(" ", spot))
        ) and any(
            len(p) == len(bare) and names_phrase(p, bare)
            and any(names_phrase(o, previous) for o in family if o != p)
            for family in PART_FAMILIES for p in family
        )  # fmt: skip
        if not continues:
            new += 1
            previous = ()
        joined[b] = new
        previous = (*previous, *toks)
    return [joined[b] for b in bounds]


def _name_goes_on(before: tuple[str, ...], toks: tuple[str, ...]) -> bool:
    """Whether a segment goes on a name its commas split (`PART_NAMES`: "các sở, ban, ngành")."""
    for name in PART_NAMES:
        for k in range(1, len(name)):
            m = min(len(name) - k, len(toks))
            run = (*before[-k:], *toks[:m])
            if m and toks[:m] == name[k : k + m] and names_phrase(name[: k + m], run):
                return True
    return False


# "các sở, ngành, địa phương", "sở, ban, ngành và UBND cấp huyện": the departments named with
# the localities, all levels, not the provincial one (`PART_NAMES`).
_ALL_LEVELS = re.compile(r"\bs\w?,? (?:ban,? )?nganh,? (?:va |cac )?(?:dia phuong|ubnd|uy ban|cap)")


def _named_other(own: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The parts a figure's own label names by another name (`other_names`), but for a name
    right after the figure: "16 sở, ban, ngành" counts departments, it is no part label."""
    cut = own.index("|") if "|" in own else len(own)
    after = own[cut + 1 :]
    if other_names(after[:3]):
        after = ()
    return other_names(own[:cut]) | other_names(after)


def _quals_of(label: tuple[str, ...], names: bool = True) -> frozenset[tuple[str, ...]]:
    """The qualifiers (`QUALIFIERS`) a figure's label names. Its heads and lead-in (the runs
    after the second "|") name none of a family of sibling parts when they name two of them:
    "… cho các cơ quan, tổ chức và cá nhân (trong đó: … cá nhân là 1.101; … tổ chức là 427)"
    is said of every item, and tells no item apart. With `names`, other names of a part count
    (`PART_NAMES`: "các sở, ban, ngành" is the provincial level)."""
    cut = [i for i, t in enumerate(label) if t == "|"]
    own, rest = (label[: cut[1]], label[cut[1] :]) if len(cut) >= 2 else (label, ())
    # "khong tu chu" says no "tu chu": a phrase said only within a longer one is not said
    quals = set(outermost([p for p in QUALIFIERS if names_phrase(p, own)]))
    quals |= _named_other(own) if names else set()
    around = {p for p in QUALIFIERS if names_phrase(p, rest)} | (
        other_names(rest) if names else set()
    )  # fmt: skip
    for family in SIBLING_FAMILIES:
        if len(around & set(family)) >= 2:
            around -= set(family)
    # The kind of money a breakdown's lead-in names ("Tổng thu …, trong đó: thu … đạt 133%")
    # is its headline's as much as its items': it tells no item apart.
    return frozenset(one_name(quals | (around - KIND_PHRASES)))


def _staff_of(
    text: str, words: list[_Word], bounds: list[int], idx: int, own: tuple[str, ...]
) -> frozenset[tuple[str, ...]]:
    """The kind of staff (`STAFF`) the words naming the figure at `idx` alone say, when they
    say one: its own words ("90 viên chức và …"), or for a figure that opens a parenthesis the
    words before it ("viên chức (15 biên chế)"); "công chức, viên chức" tells neither apart."""
    if _opens_parenthesis(text, words[idx][0]):
        own = tuple(_before_parenthesis(text, words, bounds, idx))
    named = frozenset(p for p in STAFF if names_phrase(p, own))
    return named if len(named) == 1 else frozenset()


def _says_rest(own: tuple[str, ...]) -> bool:
    """Whether a figure's own words call it the rest ("còn lại")."""
    return any(own[i : i + 2] == ("con", "lai") for i in range(len(own) - 1))


# Words that open a breakdown or link a label to its figure, naming nothing themselves.
_OPENER_WORDS = frozenset({"la", "trong", "do", "co", "gom", "so"})


def _own_words(
    text: str, words: list[_Word], bounds: list[int], idx: int, at: set[int], s: int,
    forward: bool = False, back: bool = False,
) -> tuple[str, ...]:
    """The words that name the figure at `idx` alone (`_Site.own`): Vietnamese counts name
    what they count after the figure ("90 viên chức và 13 …"), a label ending in ":" or "là"
    before it ("quá hạn: 1380"); with `back`, the words before it whatever ends them. At most
    `LABEL_WORDS` (twice that with `back`: a long label, "số lượng TTHC đề nghị sửa đổi, bổ
    sung, kiến nghị đơn giản hóa 72"), never across another figure (`at`: word indexes of the
    clause's figures) or an item boundary."""
    before = back or not forward and (
        text[:s].rstrip().endswith(":") or (idx > 0 and words[idx - 1][2][-1:] == ["la"])
    )
    step = -1 if before else 1
    out: list[str] = []
    j = idx + step
    while 0 <= j < len(words) and len(out) < LABEL_WORDS * (1 + back):
        if j in at or bounds[j] != bounds[idx]:
            break
        out = [*words[j][2], *out] if before else [*out, *words[j][2]]
        j += step
    out = [t for t in out if t not in _OPENER_WORDS]
    if before and not out:  # "(trong đó: 15.609 hồ sơ …": the words after it name it
        return _own_words(text, words, bounds, idx, at, s, forward=True)
    return tuple(out)


def _following(words: list[_Word], at: int) -> set[str]:
    """Tokens of the two words from `at` on, a plural marker first skipped ("1500 các tin bài")."""
    at += words[at][2] in (["cac"], ["nhung"]) if at < len(words) else 0
    return {t for w in words[at : at + 2] for t in w[2]}


def _before_in_item(
    text: str, words: list[_Word], bounds: list[int], idx: int, at: set[int], s: int
) -> set[str]:
    """Tokens before a figure that may name what it counts: up to eight words of its item, and
    its whole label when a colon ends it ("Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi …:
    1.845", commas included) back to the colon, semicolon, parenthesis or figure before."""
    b = text[:s].rstrip()
    label_at = max(b.rfind(c, 0, len(b) - 1) for c in ";:(") + 1 if b.endswith(":") else len(text)
    last = max((k for k in at if k < idx), default=-1)
    return {
        t for j in range(max(0, idx - 16), idx)
        if (bounds[j] == bounds[idx] and j >= idx - 8) or (words[j][0] >= label_at and j > last)
        for t in words[j][2]
    }  # fmt: skip


def _introduced(text: str, words: list[_Word], bounds: list[int], idx: int, s: int) -> bool:
    """ "... la: 1.044" / "...: 1.044" / "so PAKN da giai quyet xong 75." (the figure ends its
    item): the counted thing was named just before."""
    return idx > 0 and (
        words[idx - 1][2][-1:] == ["la"]
        or text[:s].rstrip().endswith(":")
        or idx + 1 == len(words)
        or bounds[idx + 1] != bounds[idx]
    )


def _figure_word(
    text: str, m: re.Match[str], blocked: list[tuple[int, int]], words: list[_Word]
) -> int | None:
    """The index of the word a figure match falls in, or None when the match is no figure: in
    a date or document number, a level ("mức độ 4"), a date or duration, a list marker, or an
    OCR misreading."""
    s, e = m.start(), m.end()
    if any(a <= s < b for a, b in blocked):
        return None
    raw = m.group(0)
    before = _folded(text[max(0, s - 18) : s])
    if _LEVEL_WORD.search(before) or (raw in _LEVELS and _LEVEL_LIST.search(before)):
        return None
    idx = next((i for i, w in enumerate(words) if w[0] <= s < w[1]), None)
    if idx is None:
        return None
    prev_word = words[idx - 1][2][-1:] if idx > 0 else []
    next_word = words[idx + 1][2] if idx + 1 < len(words) else []  # "02 so/thang" too
    if set(prev_word + next_word) & _TIME_WORDS or year_word(words, idx):
        return None  # "ngay 25 thang 12", "6 thang dau nam": a date or a duration
    if idx == 0 and text[e : e + 1] in {",", "."}:
        return None  # a list marker ("4, Tiep tuc ...")
    if len(raw) <= 2 and _NEXT_FIGURE.match(text, e):
        return None  # "14 72.529": OCR read "là" as 14; the figure is the next one
    if misread(text, m, words, idx):
        return None  # OCR's digits for a word, a period's closing year (misread.py)
    return idx


def _word_distances(
    words: list[_Word], bounds: list[int], idx: int, item_heads: list[int],
    headline: int | None, context: list[tuple[list[str], int]],
) -> dict[str, int]:  # fmt: skip
    """How far each word is from the figure at `idx`; an item's heads (and the headline it
    breaks down) and the paragraph's context count as near."""
    # Words around the figure, nearer ones counting more; words across a comma, semicolon
    # or parenthesis belong to a neighbouring item of an enumeration ("1997 DVC ... cap
    # tinh va cap huyen, 35 DVC ... cap xa") and count as farther.
    dist: dict[str, int] = {}
    for j in range(max(0, idx - 20), min(len(words), idx + TAIL_WORDS)):
        if j == idx:
            continue
        lo, hi = (j, idx) if j < idx else (idx, j)
        crossed = bounds[hi] - bounds[lo]
        d = hi - lo + (BEFORE_CROSS if j < idx else AFTER_CROSS) * crossed
        for t in words[j][2]:
            if d < dist.get(t, 99):
                dist[t] = d
    if bounds[idx] > 0:
        heads = set(item_heads)
        if headline is not None:  # and so does the figure it breaks down
            heads |= {j for j in range(headline + 1) if bounds[j] == bounds[headline]}
        for j in sorted(heads):
            for t in words[j][2]:
                dist[t] = min(dist.get(t, 99), HEAD_DIST)
    for toks, far in context:
        for t in toks:
            dist[t] = min(dist.get(t, 99), far)
    return dist
