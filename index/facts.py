"""The fact table: every figure of every report as one row, built at index time. A row says
what the figure is (value as written and normalised, unit, count or percentage), what it counts
(its item's words, as written and folded), service level, scope, the headline it is a part of
and the label that sets the part apart ("1.200, trong đó: cấp tỉnh 900 …"), the date or
period it holds for, and where it is. Written beside chunks.jsonl as facts.jsonl."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TextIO

from core.text import fold
from index.chunk import Chunk, Span
from index.clause_tokens import (
    DATE,
    UNITS,
    Tok,
    canonical,
    is_figure,
    level_of,
    raw_of,
    scope_of,
    segments,
    tokens,
    unit_after,
    when_of,
    words_between,
)
from index.metadata import Report
from index.rows import read_rows, write_rows

FACTS_FILE = "facts.jsonl"

# Units an item names before its figure ("Số lượng hồ sơ đã giải quyết: 96.117"); only nouns
# that are not also everyday words (điểm of "thời điểm", phòng of "văn phòng").
_ITEM_UNITS = tuple(
    u for u in UNITS if u not in {"diem", "phong", "dong", "ngay", "thang", "nam", "xa", "huyen",
                                  "co quan", "don vi", "ho", "may", "lop", "bo phan", "tin", "bai",
                                  "nganh", "dia phuong", "cuoc", "dich vu", "san pham", "trang"}
)  # fmt: skip
_LABEL_STOP = frozenset(
    "trong do so co la gom bao dat duoc voi va cua tai the nhu sau chiem khoang tren".split()  # noqa: SIM905
)
# Words of a figure's item before and after it, at most.
_BEFORE, _AFTER = 14, 8
# Commas a label may run back over to where it opens ("cán bộ, công chức, viên chức, người
# lao động": three joins, one spare).
_PAIR_HOPS = 4
# Words of a piece between two commas of a label's list ("ban", "công chức", "người lao động").
_PAIR_WORDS = 3
_SHARE_WORDS = frozenset({"ty", "le", "dat", "datty", "chiem", "bang", "tuong", "ung", "khoang"})


@dataclass(frozen=True)
class Fact:
    """One figure of one report, with what it counts and where it is."""

    id: str
    report_id: str
    province: str
    chunk_id: str
    section: str
    page: int
    line_start: int
    line_end: int
    span_start: int  # the clause's offsets in the chunk text
    span_end: int
    value: str  # as written: "1.044", "55,82%", "19/63"
    norm: str  # canonical: "1044", "55.82", "19/63"
    unit: str  # folded counted unit ("ho so", "tthc", "%"), "" when none is said
    kind: str  # "percent" | "count"
    counts: str  # what it counts: the words of its item, as written
    counts_folded: str
    level: str  # "2" | "3" | "4" | "3,4" | "toan trinh" | "mot phan" | ""
    scope: str  # "tinh" | "huyen" | "xa" (comma-joined when several) | ""
    parent: str  # id of the headline figure this one is a part of; "" for none
    label: str  # for a part: the words that set it apart (as written)
    label_folded: str
    parts: int  # for a headline: how many parts break it down
    when: str  # the date or period the clause names ("14/6/2022", "quy i nam 2022"), else ""
    period: str  # the report's period
    clause: str  # the clause as written (the quote)
    lead: str  # folded words the clause sits under (its paragraph's or list's opening)


@dataclass
class _Clause:
    """One clause being read for facts: where it is, its tokens and figures, and what the
    figures break down."""

    report: Report
    chunk: Chunk
    span: Span
    text: str
    toks: list[Tok]
    seg_of: dict[int, tuple[int, int]]  # token index -> its segment
    figs: list[int]  # token indexes of the figures
    fig_set: set[int]
    parent_of: dict[int, int]  # figure -> the figure it is a part of
    ids: dict[int, str]  # figure -> its fact id
    lead: str
    open_parent: str


def clause_facts(
    report: Report, chunk: Chunk, span: Span, first_id: int, lead: str, open_parent: str
) -> tuple[list[Fact], str]:
    """The facts of one clause; `open_parent` is a headline whose parts follow as list items.
    Returns the facts and the headline left open for the next clause ("…, trong đó:")."""
    text = chunk.sentence(span)
    toks = tokens(text)
    segs = segments(toks)
    figs = [i for i, t in enumerate(toks) if t.kind == "num" and is_figure(toks, i, text)]
    fig_set = set(figs)
    cl = _Clause(
        report, chunk, span, text, toks, {k: s for s in segs for k in range(s[0], s[1])}, figs,
        fig_set, _figure_parents(toks, fig_set),
        {i: f"{chunk.id}#{first_id + n}" for n, i in enumerate(figs)}, lead, open_parent,
    )  # fmt: skip
    facts: list[Fact] = []
    prev_fact: Fact | None = None
    by_idx: dict[int, Fact] = {}
    for i in figs:
        facts.append(_figure_fact(cl, i, by_idx, prev_fact))
        prev_fact = by_idx[i] = facts[-1]
    # a clause that ends by opening a list ("Toàn tỉnh có 1.889 TTHC, trong đó:") leaves its
    # last headline open for the list items that follow
    tail = fold(text[-40:])
    left_open = ""
    if facts and re.search(r"(trong do|gom|bao gom|cu the|nhu sau)\s*:?\s*$", tail):
        heads = [f for f in facts if not f.parent]
        left_open = heads[-1].id if heads else ""
    return facts, left_open


def _figure_parents(toks: list[Tok], fig_set: set[int]) -> dict[int, int]:
    """Which figure each figure is a part of: one inside a parenthesis right after a figure,
    or after "trong đó" / "gồm" / "bao gồm", breaks that figure down (a count a count, a
    share a share)."""
    parent_of: dict[int, int] = {}
    depth = 0
    # per open parenthesis: the headline it breaks down, (last figure, last count)
    paren_parent: list[tuple[int, int | None] | None] = []
    opener_parent: tuple[int, int | None] | None = None
    last_fig: int | None = None
    last_count: int | None = None
    for i, t in enumerate(toks):
        if t.raw == "(":
            # a parenthesis right after a figure (and its unit, its share) breaks it down:
            # "228, đạt tỷ lệ 12,19% (trong đó: 71 … cấp tỉnh; …)" breaks down 228
            near = (last_fig, last_count) if last_fig is not None and i - last_fig <= 12 else None
            paren_parent.append(near)
            depth += 1
        elif t.raw == ")":
            depth = max(0, depth - 1)
            if paren_parent:
                paren_parent.pop()
        elif t.kind == "word" and t.folded in {"trong", "gom", "bao"} and depth == 0:
            nxt = toks[i + 1].folded if i + 1 < len(toks) else ""
            if (
                (t.folded == "trong" and nxt in {"do", "so"})
                or t.folded == "gom"
                or (t.folded == "bao" and nxt == "gom")
            ):
                opener_parent = (last_fig, last_count) if last_fig is not None else None
        if i in fig_set:
            pair = next((p for p in reversed(paren_parent) if p is not None), None)
            if pair is None and depth == 0 and opener_parent is not None:
                pair = opener_parent
            if pair is not None:
                # a count breaks down a count, a share a share
                share = t.raw.endswith("%")
                parent = pair[0] if share or pair[1] is None else pair[1]
                # a count is never a part of a share ("đạt 130%, trong đó: Thu … 16.424 tỷ")
                if parent != i and (share or not toks[parent].raw.endswith("%")):
                    parent_of[i] = parent
            if i not in parent_of:
                last_fig = i
                if not t.raw.endswith("%"):
                    last_count = i
    return parent_of


def _own_item(cl: _Clause, i: int) -> tuple[int, list[Tok]]:
    """Where the figure's own item starts and its words: not past its neighbours (the one
    before with its unit), at most a few words on either side ("… đăng tải 60 tin và ảnh …
    trên 2 ấn phẩm …"); an item with fewer than two words, or one after a colon ("… đã tiếp
    nhận: 118.944", "mức độ 3 và 4 là: 2.164"), says what it counts in the item before it."""
    toks, figs, seg_of = cl.toks, cl.figs, cl.seg_of
    a, b = seg_of[i]
    k = figs.index(i)
    if k > 0 and figs[k - 1] >= a:
        a = max(a, figs[k - 1] + 1 + len(unit_after(toks, figs[k - 1]).split()))
    a = max(a, i - _BEFORE)
    if k + 1 < len(figs) and figs[k + 1] < b:
        b = figs[k + 1]
    b = min(b, i + 1 + _AFTER)
    seg_a = a
    own = words_between(toks, a, b, i)
    while seg_a > 0 and (
        toks[seg_a - 1].raw == ":" or len([w for w in own if w.folded not in _LABEL_STOP]) < 2
    ):
        prev_seg = seg_of.get(seg_a - 2)
        if prev_seg is None or toks[seg_a - 1].raw in "()":
            break
        if any(k in cl.fig_set for k in range(prev_seg[0], prev_seg[1])):
            break
        seg_a = prev_seg[0]
        own = words_between(toks, seg_a, b, i)
    # only a label written before its figure runs back ("90% cán bộ, …" leads its item)
    joined = _pair_start(cl, seg_a) if any(w.start < toks[i].start for w in own) else seg_a
    if joined != seg_a:
        seg_a = joined
        own = words_between(toks, seg_a, b, i)
    return seg_a, own


def _opens_label(toks: list[Tok], a: int, bare_noun: bool) -> bool:
    """True when the words from token `a` open a label of what is counted: "Tổng số …",
    "Số lượng …", "Tỷ lệ …", "Số hồ sơ …", or with `bare_noun` a counted noun alone ("Hồ sơ
    …", "Cán bộ …"; a noun alone may also be the next of a list of nouns)."""
    words = " ".join(t.folded for t in toks[a : a + 4] if t.kind == "word")
    if re.match(r"(tong so|so luong|ty le)\b", words):
        return True
    if words.startswith("so "):
        words, bare_noun = words[3:], True
    return bare_noun and any(words == u or words.startswith(u + " ") for u in _ITEM_UNITS)


def _pair_start(cl: _Clause, seg_a: int) -> int:
    """Where a label cut at a comma of a joined pair starts: "Tổng số TTHC … quản lý, theo
    dõi của Tỉnh: 1.200", "Số hồ sơ tiếp nhận, giải quyết …", "cán bộ, công chức, viên chức".
    A comma ends an item only when the words after it open a label of their own, the words
    before it hold a figure of their own ("71 cấp tỉnh, 114 cấp huyện"), or no label opens
    before it within _PAIR_HOPS commas, over pieces of at most _PAIR_WORDS words ("Trong 6
    tháng đầu năm, Cổng … 85 tin"; "… tại Trung tâm …, Bộ phận Một cửa cấp huyện, …: 96")."""
    toks, seg_of = cl.toks, cl.seg_of
    if _opens_label(toks, seg_a, bare_noun=False):
        return seg_a
    start, noun = seg_a, -1
    for _ in range(_PAIR_HOPS):
        if start < 2 or toks[start - 1].raw != ",":
            break
        prev_seg = seg_of.get(start - 2)
        if prev_seg is None or any(k in cl.fig_set for k in range(prev_seg[0], prev_seg[1])):
            break
        piece = words_between(toks, prev_seg[0], prev_seg[1])
        if not piece:
            break
        start, noun = prev_seg[0], -1
        if _opens_label(toks, start, bare_noun=False):
            return start
        if _opens_label(toks, start, bare_noun=True):
            noun = start  # a noun of a list of nouns: the list may open further back
        elif len(piece) > _PAIR_WORDS:
            break  # a longer piece between two commas is an item of its own, not a pair's
    # a bare noun opens the label only at the clause's start or after ; : ( ("Cán bộ, công
    # chức được tập huấn: 300"), not inside another clause's list ("UBND xã bố trí cán bộ,
    # công chức hướng dẫn, tiếp nhận … gồm có: 01 lãnh đạo") or another item's
    if noun > 0 and toks[noun - 1].raw == ",":
        noun = -1
    return noun if noun >= 0 else seg_a


def _item_end(cl: _Clause, i: int) -> int:
    """The end of the item's words after the figure: the next figure or item ("584 dịch vụ
    công mức độ 3, 4 …"); a comma ends it unless a level list goes on ("mức độ 3, 4")."""
    toks = cl.toks
    for k in range(i + 1, len(toks)):
        r = toks[k].raw
        if (
            k in cl.fig_set
            or r in ";()"
            or (
                r == ","
                and not (k + 1 < len(toks) and toks[k + 1].folded in {"1", "2", "3", "4", "muc"})
            )
        ):
            return k
    return len(toks)


def _unit_of(cl: _Clause, i: int, own: list[Tok], seg_folded: str) -> str:
    """The figure's unit: "%", the word after it, else a unit named before the figure, else
    one named after it in its item."""
    t = cl.toks[i]
    unit = unit_after(cl.toks, i)
    if t.raw.endswith("%"):
        unit = "%"
    if not unit:  # the unit named before the figure, else after it
        before_words = " ".join(w.folded for w in own if w.start < t.start)
        unit = next(
            (u for u in _ITEM_UNITS if re.search(rf"\b{u}\b", before_words)),
            next((u for u in _ITEM_UNITS if re.search(rf"\b{u}\b", seg_folded)), ""),
        )
    return unit


def _value_of(text: str, t: Tok) -> str:
    """The figure as written, spaces dropped, with a fraction's denominator ("12/15")."""
    value = t.raw.replace(" ", "")
    after = text[t.end : t.end + 14]
    frac = re.match(r"\s*/\s*(\d[\d.,]*)", after)
    if frac:
        value = f"{value}/{frac.group(1).rstrip('.,')}"
    return value


def _figure_fact(cl: _Clause, i: int, by_idx: dict[int, Fact], prev_fact: Fact | None) -> Fact:
    """The fact of the figure at token `i`: what it counts, its unit, level and scope, and the
    figure it is a part of; `prev_fact` is the clause's figure before it (a share of it)."""
    text, toks, t = cl.text, cl.toks, cl.toks[i]
    seg_a, own = _own_item(cl, i)
    seg_folded = " ".join(w.folded for w in own)
    counts_raw = raw_of(text, own)
    unit = _unit_of(cl, i, own, seg_folded)
    percent = unit == "%" or ("ty le" in seg_folded and "%" in text[t.end : t.end + 3])
    parent_i = cl.parent_of.get(i)
    parent_id = cl.ids.get(parent_i, "") if parent_i is not None else ""
    if not parent_id and cl.open_parent and depth_free(text, t.start):
        parent_id = cl.open_parent
    label_toks = [w for w in own if w.folded not in _LABEL_STOP] if parent_id else []
    parent_fact = by_idx.get(parent_i) if parent_i is not None else None
    head = parent_fact.counts_folded if parent_fact else ""
    end = _item_end(cl, i)
    window = " ".join(x.folded for x in toks[i + 1 : end] if x.raw not in ".:;()")
    window_before = " ".join(x.folded for x in toks[seg_a:i] if x.raw not in ".:;()")
    # "472 DVCTT mức độ 4": the level named after the figure is its own
    level = (
        level_of(window)
        or level_of(window_before)
        or (parent_fact.level if parent_fact else "")
        or level_of(cl.lead)
    )
    share_of = prev_fact if percent and prev_fact is not None and not (
        {w.folded for w in own} - _SHARE_WORDS
    ) else None  # fmt: skip
    if share_of is not None:
        # "598, đạt tỷ lệ 31,97%": the share of what the figure before it counts
        level = level or share_of.level
        counts_raw = f"{counts_raw} ({share_of.counts})"
        seg_folded = f"{seg_folded} {share_of.counts_folded}"
    scope = scope_of(seg_folded) or (share_of.scope if share_of else "")
    value = _value_of(text, t)
    report, chunk, span = cl.report, cl.chunk, cl.span
    return Fact(
        id=cl.ids[i], report_id=report.id, province=report.province, chunk_id=chunk.id,
        section=chunk.section, page=span.page, line_start=span.line_start,
        line_end=span.line_end, span_start=span.start, span_end=span.end, value=value,
        norm=canonical(value), unit=unit, kind="percent" if percent else "count",
        counts=counts_raw, counts_folded=seg_folded, level=level, scope=scope, parent=parent_id,
        label=raw_of(text, label_toks), label_folded=" ".join(w.folded for w in label_toks),
        parts=0, when=when_of(text), period=report.period, clause=text.strip(),
        lead=(cl.lead + " " + head).strip(),
    )  # fmt: skip


def depth_free(text: str, pos: int) -> bool:
    """True when pos is outside any parenthesis of the text."""
    return text.count("(", 0, pos) <= text.count(")", 0, pos)


def _lead_of(chunk: Chunk, span: Span) -> str:
    """The folded opening of the clause's paragraph (up to its first figure), or, for a list
    item, the line before it that ends with ':' — what the clause is about."""
    lead = chunk.lead(span)
    cut = re.search(r"\d", DATE.sub(" ", lead))
    return fold(lead[: cut.start()] if cut else lead)[:200]


def extract_facts(report: Report, chunks: Iterable[Chunk]) -> list[Fact]:
    """Every figure of one report's chunks, in reading order."""
    out: list[Fact] = []
    for chunk in chunks:
        if chunk.report_id != report.id:
            continue
        open_parent = ""
        last_head = ""
        n = 0
        for span in chunk.spans:
            text = chunk.sentence(span).lstrip()
            is_item = bool(re.match(r"[-+*•]|[a-zđ]\W", text))
            if fold(text[:12]).startswith("trong do") and last_head:
                # "…: 96.117; trong đó, giải quyết trước hạn: 80.502, …" parts its headline
                is_item, open_parent = True, last_head
            found, left_open = clause_facts(
                report, chunk, span, n, _lead_of(chunk, span), open_parent if is_item else ""
            )
            n += len(found)
            out.extend(found)
            heads = [f.id for f in found if not f.parent]
            last_head = heads[-1] if heads else ""
            if left_open:
                open_parent = left_open
            elif not is_item:
                open_parent = ""
    counts: dict[str, int] = {}
    for f in out:
        if f.parent:
            counts[f.parent] = counts.get(f.parent, 0) + 1
    return [f if f.id not in counts else _with_parts(f, counts[f.id]) for f in out]


def _with_parts(f: Fact, n: int) -> Fact:
    d = asdict(f)
    d["parts"] = n
    return Fact(**d)


def build_facts(reports: Iterable[Report], chunks: Sequence[Chunk]) -> list[Fact]:
    """The fact table of a whole corpus."""
    return [f for r in reports for f in extract_facts(r, chunks)]


def write_facts(gen_dir: Path, reports: Iterable[Report], chunks: Sequence[Chunk]) -> int:
    """Write facts.jsonl into an index generation; returns the number of rows."""
    return write_rows(gen_dir / FACTS_FILE, build_facts(reports, chunks))


def load_facts(gen_dir: Path, reports: Iterable[Report], chunks: Sequence[Chunk]) -> list[Fact]:
    """The generation's fact table; built from its chunks when an older generation lacks it."""
    path = gen_dir / FACTS_FILE
    if not path.exists():
        return build_facts(reports, chunks)
    return read_rows(path, Fact)


COLUMNS = tuple(f.name for f in fields(Fact))


def select(
    facts: Iterable[Fact], province: str = "", grep: str = "", report: str = ""
) -> list[Fact]:
    """Facts of a province / report whose counted words, label or clause contain `grep`
    (compared folded, so "mức độ 4" finds "muc do 4")."""
    want = fold(province, repair=False) if province else ""
    pattern = fold(grep, repair=False) if grep else ""
    out = []
    for f in facts:
        if want and fold(f.province, repair=False) != want:
            continue
        if report and not f.report_id.startswith(report):
            continue
        if pattern and pattern not in " ".join(
            (f.counts_folded, f.label_folded, fold(f.clause), f.lead)
        ):
            continue
        out.append(f)
    return out


def write_csv(facts: Iterable[Fact], out: TextIO) -> None:
    """All columns, one row per fact."""
    w = csv.writer(out)
    w.writerow(COLUMNS)
    for f in facts:
        d = asdict(f)
        w.writerow([d[c] for c in COLUMNS])


def table(facts: Sequence[Fact]) -> str:
    """A compact human table: value, unit, level, scope, part-of, what it counts, where."""
    rows = [
        f"{'value':>12} {'unit':<10} {'lvl':<5} {'scope':<6} {'part':<4} counts  [report:lines]"
    ]
    for f in facts:
        part = "↳" if f.parent else (f"{f.parts}p" if f.parts else "")
        what = f.label or f.counts
        rows.append(
            f"{f.value:>12} {f.unit[:10]:<10} {f.level[:5]:<5} {f.scope[:6]:<6} {part:<4} "
            f"{what[:70]}  [{f.report_id[:3]}:{f.line_start}-{f.line_end}]"
        )
    return "\n".join(rows)


def current_facts(index_dir: Path) -> list[Fact]:
    """The fact table of the CURRENT index generation (see index/generations.py)."""
    from core.errors import IndexMissingError
    from index.generations import chunk_from_json, current_generation

    gen = current_generation(index_dir)
    if gen is None:
        raise IndexMissingError(f"no index at {index_dir}; run: python -m index build")
    gen_dir = index_dir / gen
    if (gen_dir / FACTS_FILE).exists():
        return load_facts(gen_dir, (), ())
    with (gen_dir / "chunks.jsonl").open(encoding="utf-8") as fh:
        chunks = [chunk_from_json(line)[0] for line in fh]
    reports = [Report(**d) for d in json.loads((gen_dir / "reports.json").read_text("utf-8"))]
    return build_facts(reports, chunks)
