"""Telegram's `/figures <province> [words]`: a province's figures from the fact table, as
Telegram HTML (bot/telegram_html.py's conventions: report text escaped, never a link), a
readable number of rows and "… N more"."""

from __future__ import annotations

import re

from bot.clip import clip as shorten
from bot.figure_table import FigureQuery, FigureRow, FigureTable, level_text
from bot.render import safe
from core.places import province_mentions, strip_places
from core.text import fold

MAX_ROWS = 15
COUNTS_CHARS = 90
TEXTS = {
    "vi": {
        "usage": "Dùng <code>/figures tên tỉnh</code> (có thể thêm từ khoá), ví dụ "
                 "<code>/figures {example}</code>.",
        "known": "Các tỉnh có số liệu: {names}.",
        "unknown": "Không nhận ra tỉnh trong “{asked}”.",
        "absent": "Chưa có báo cáo nào của {province}.",
        "head": "<b>Số liệu của {province}</b> ({n} số liệu{matching})",
        "matching": " khớp “{words}”",
        "none": "Không có số liệu nào của {province} khớp “{words}”.",
        "more": "… còn {n} số liệu nữa: thêm từ khoá (ví dụ <code>/figures {province} hồ sơ"
                "</code>) hoặc xem tab “Số liệu” trên trang web.",
        "lines": "dòng",
    },
    "en": {
        "usage": "Use <code>/figures province</code> (optionally with words to look for), e.g. "
                 "<code>/figures {example}</code>.",
        "known": "Provinces with figures: {names}.",
        "unknown": "No province recognised in “{asked}”.",
        "absent": "No report of {province} yet.",
        "head": "<b>Figures of {province}</b> ({n} figures{matching})",
        "matching": " matching “{words}”",
        "none": "No figure of {province} matches “{words}”.",
        "more": "… {n} more: add words (e.g. <code>/figures {province} hồ sơ</code>) or see "
                "the “Figures” tab of the web page.",
        "lines": "lines",
    },
}  # fmt: skip


def _province(table: FigureTable, folded: str) -> tuple[str, str]:
    """The known province the words name (or the first province they name, known or not)
    and the words left when it is taken out; ("", words) when they name none."""
    known = {fold(p, repair=False): p for p in table.provinces()}
    for name in sorted(known, key=len, reverse=True):  # a corpus province by its folded name
        m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded)
        if m:
            rest = folded[: m.start()] + " " + folded[m.end() :]
            return known[name], re.sub(r"^\s*tinh\b|\s+", " ", rest).strip()
    named = province_mentions(folded)
    if named:
        return named[0], strip_places(folded)
    return "", folded


def _informative(row: FigureRow) -> bool:
    """A figure that says what it counts: a unit or a share, and a topic."""
    f = row.fact
    return bool(f.unit or f.kind == "percent") and row.topic != "other"


def _line(row: FigureRow, lang: str) -> str:
    f = row.fact
    level = level_text(f.level, lang, "")
    what = shorten(row.counts, COUNTS_CHARS)
    where = f"{row.report_number or f.report_id[:12]}, {TEXTS[lang]['lines']} "
    where += f"{f.line_start}–{f.line_end}"
    when = f.when if "/" in f.when else f.period  # a date the clause names, else the period
    extra = "; ".join(x for x in (level, when) if x)
    return (
        f"• <b>{safe(f.value)}</b> {safe(what)}"
        + (f" — <i>{safe(extra)}</i>" if extra else "")
        + f" [{safe(where)}]"
    )


def figures_reply(table: FigureTable, asked: str, lang: str, limit: int = MAX_ROWS) -> str:
    """The reply to `/figures <asked>`: the province's figures (those saying what they count
    first, then in report order), at most `limit`, or a clear message naming the provinces
    that have figures."""
    t = TEXTS[lang]
    known = table.provinces()
    names = safe(", ".join(known)) if known else "—"
    example = safe(known[0]) if known else "Tuyên Quang"
    folded = fold(asked, repair=False).strip()
    if not folded:
        return t["usage"].format(example=example) + "\n" + t["known"].format(names=names)
    province, words = _province(table, folded)
    if not province:
        return (
            t["unknown"].format(asked=safe(shorten(asked, 60))) + " "
            + t["known"].format(names=names) + "\n" + t["usage"].format(example=example)
        )  # fmt: skip
    if province not in known:
        return t["absent"].format(province=safe(province)) + " " + t["known"].format(names=names)
    rows = table.select(FigureQuery(provinces=(province,), text=words))
    if not rows:
        return t["none"].format(province=safe(province), words=safe(words))
    rows = sorted(rows, key=lambda r: (not _informative(r), r.n))
    matching = t["matching"].format(words=safe(words)) if words else ""
    lines = [t["head"].format(province=safe(province), n=len(rows), matching=matching)]
    lines += [_line(r, lang) for r in rows[:limit]]
    if len(rows) > limit:
        lines.append(t["more"].format(n=len(rows) - limit, province=safe(province)))
    return "\n".join(lines)
