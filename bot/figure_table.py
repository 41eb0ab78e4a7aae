"""The fact table as people browse it (issue #16): every figure of the index in use, with its
topic, service level, period and source, filtered, searched, sorted and exported.

The web's figure explorer (bot/web_figures.py) and Telegram's `/figures` read it through
`AnswerService.figure_table()`. Text shown is the restored reading of OCR-damaged reports; the
OCR original stays beside it (the source card, the export's `quote_original` column).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.extractive import cite, readable_part
from bot.feedback import sheet_cell
from core.result import Citation
from core.text import fold
from index.chunk import Span
from index.facts import Fact
from index.generations import LoadedIndex

# (key, Vietnamese, English, folded words that say it): the first that matches a figure's unit,
# then the first that matches what it counts, is its topic.
TOPICS: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    ("dossiers", "Hồ sơ thủ tục", "Dossiers", re.compile(r"\bho so\b")),
    ("feedback", "Phản ánh, kiến nghị", "Feedback and petitions",
     re.compile(r"\b(pakn|phan anh|kien nghi)\b")),
    ("procedures", "Thủ tục hành chính", "Administrative procedures",
     re.compile(r"\b(tthc|thu tuc)\b")),
    ("services", "Dịch vụ công trực tuyến", "Online public services",
     re.compile(r"\b(dich vu cong|dvc|dvctt|cong dich vu)\b")),
    ("indices", "Chỉ số, xếp hạng", "Indices and rankings",
     re.compile(r"\b(par ?index|sipas|papi|pci|chi so|xep thu|xep hang|(?<!thoi )diem)\b")),
    ("staff", "Cán bộ, công chức", "Civil servants",
     re.compile(r"\b(can bo|cong chuc|vien chuc|bien che|lao dong|nhan vien)\b")),
    ("finance", "Tài chính, ngân sách", "Finance and budget",
     re.compile(r"\b(ty dong|trieu dong|ngan sach|von dau tu|giai ngan|tong thu)\b")),
    ("digital", "Chính quyền điện tử, CNTT", "E-government and IT",
     re.compile(r"\b(chung thu|chu ky so|tai khoan|thu dien tu|hoa don dien tu|phan mem|"
                r"dien tu|truc tuyen|cuoc hop|sim|may tinh|may chu|cap quang|4g|lgsp|mang)\b")),
    ("documents", "Văn bản, kế hoạch", "Documents and plans",
     re.compile(r"\b(van ban|ke hoach|quyet dinh|nhiem vu|de an|chuong trinh|qppl|chi thi|"
                r"bao cao)\b")),
    ("media", "Tuyên truyền", "Communication",
     re.compile(r"\b(tin bai|tin|bai viet|phong su|to roi|tuyen truyen|an pham|truyen thanh)\b")),
)  # fmt: skip
OTHER = ("other", "Khác", "Other")
_TOPIC_TEXT = {key: (vi, en) for key, vi, en, _ in TOPICS} | {OTHER[0]: (OTHER[1], OTHER[2])}
# Fact.level values in the order the filter lists them; "none" stands for a level not stated.
LEVELS = ("2", "3", "4", "3,4", "toan trinh", "mot phan", "none")
_SCOPES = {"tinh": ("cấp tỉnh", "provincial"), "huyen": ("cấp huyện", "district"),
           "xa": ("cấp xã", "commune")}  # fmt: skip
SORTS = ("report", "value_desc", "value_asc", "province", "period")
SORT_TEXT = {
    "report": ("Theo thứ tự trong báo cáo", "In report order"),
    "value_desc": ("Số liệu lớn trước", "Largest figure first"),
    "value_asc": ("Số liệu nhỏ trước", "Smallest figure first"),
    "province": ("Theo tỉnh (A→Z)", "By province (A→Z)"),
    "period": ("Kỳ báo cáo mới trước", "Newest period first"),
}
COLUMNS = {
    "vi": ("STT", "Tỉnh", "Kỳ báo cáo", "Chủ đề", "Số liệu", "Giá trị số", "Đơn vị", "Loại",
           "Mức độ", "Cấp", "Nội dung (lời báo cáo)", "Phần của", "Thời điểm", "Số báo cáo",
           "Cơ quan", "Ngày báo cáo", "Mục", "Trang", "Dòng từ", "Dòng đến", "Câu trích",
           "Câu gốc (OCR)", "Mã báo cáo", "Mã số liệu"),
    "en": ("No.", "Province", "Period", "Topic", "Figure", "Value", "Unit", "Kind", "Level",
           "Scope", "What it counts (report's words)", "Part of", "Holds for", "Report number",
           "Agency", "Report date", "Section", "Page", "Line from", "Line to", "Quote",
           "Original line (OCR)", "Report id", "Fact id"),
}  # fmt: skip


def topic_of(f: Fact, counts: str = "", parent: str = "") -> str:
    """A figure's topic key: by its unit, else by what it counts (`counts`: the restored
    reading), else its headline's topic (`parent`), else by the lines it sits under; "other"
    when none says."""
    for text in (f.unit, f"{f.counts_folded} {fold(counts)}", parent, f.lead):
        if not text or text == "%":
            continue
        if text in _TOPIC_TEXT:
            return text
        for key, _, _, pattern in TOPICS:
            if pattern.search(text):
                return key
    return OTHER[0]


def topic_text(key: str, lang: str) -> str:
    """A topic's name in `lang`."""
    vi, en = _TOPIC_TEXT.get(key, (OTHER[1], OTHER[2]))
    return en if lang == "en" else vi


def level_text(level: str, lang: str, none: str = "—") -> str:
    """A service level as people write it: "Mức độ 4", "Toàn trình"; `none` when none is said."""
    en = lang == "en"
    if level in ("", "none"):
        return none
    if level == "toan trinh":
        return "Full online" if en else "Toàn trình"
    if level == "mot phan":
        return "Partly online" if en else "Một phần"
    levels = level.replace(",", ", ")
    return f"Level{'s' if ',' in level else ''} {levels}" if en else f"Mức độ {levels}"


def scope_text(scope: str, lang: str) -> str:
    """Provincial / district / commune, in `lang`."""
    k = 1 if lang == "en" else 0
    return ", ".join(_SCOPES[s][k] for s in scope.split(",") if s in _SCOPES)


def _number(norm: str) -> float | None:
    try:
        return float(norm.split("/")[0])
    except ValueError:
        return None


@dataclass(frozen=True)
class FigureRow:
    """One figure of the table: the fact, its topic and number, its report's label, and the
    folded words free-text search looks in."""

    n: int  # 1-based, in report order: the row's number while this generation serves
    fact: Fact
    counts: str  # what it counts, as people read it (restored for an OCR-damaged report)
    topic: str
    number: float | None  # the figure as a number (the first of "19/63"); None if unreadable
    report_number: str
    agency: str
    date: str
    words: str  # " folded tokens " of province, period, what it counts, the clause


@dataclass(frozen=True)
class FigureQuery:
    """What a person filters the table by; empty means any."""

    provinces: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()  # LEVELS keys
    text: str = ""  # free text, compared folded (diacritics, case and OCR damage do not matter)
    sort: str = "report"


_WORD = re.compile(r"\w+")


def _tokens(text: str) -> str:
    return " " + " ".join(_WORD.findall(text)) + " "


class FigureTable:
    """The fact table of one loaded index generation, ready to browse."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self.generation = index.generation
        rows: list[FigureRow] = []
        topics: dict[str, str] = {}
        folded_clause: dict[tuple[str, int], str] = {}
        for f in index.facts():
            r = index.reports.get(f.report_id)
            if r is None or f.chunk_id not in index.position:
                continue  # a fact of a report no longer in the index
            chunk = index.chunks[index.position[f.chunk_id]]
            key = (f.chunk_id, f.span_start)
            if key not in folded_clause:
                folded_clause[key] = fold(f"{f.clause} {chunk.readable(self._span(f))}")
            counts = readable_part(chunk, f.counts, f.span_start, f.span_end).strip(" (),;:")
            topic = topics[f.id] = topic_of(f, counts, topics.get(f.parent, ""))
            words = _tokens(" ".join((fold(f.province), fold(f.period), f.counts_folded,
                                      f.label_folded, f.lead, folded_clause[key], f.norm)))  # fmt: skip
            row = FigureRow(len(rows) + 1, f, counts, topic, _number(f.norm), r.number,
                            r.agency, r.date_vn or r.period, words)  # fmt: skip
            rows.append(row)
        self.rows = rows
        self._period_order = {
            r.period: (-r.year, -r.quarter, r.period) for r in index.reports.values()
        }

    @staticmethod
    def _span(f: Fact) -> Span:
        return Span(f.span_start, f.span_end, f.line_start, f.line_end, f.page)

    def provinces(self) -> list[str]:
        """Provinces that have figures, A→Z."""
        return sorted({r.fact.province for r in self.rows if r.fact.province})

    def choices(self, lang: str) -> dict[str, list[tuple[str, str]]]:
        """(label, value) choices of each filter: province, period (newest first), topic and
        level (in their fixed order), sort."""
        periods = sorted({r.fact.period for r in self.rows if r.fact.period},
                         key=lambda p: self._period_order.get(p, (0, 0, p)))  # fmt: skip
        topics = {r.topic for r in self.rows}
        levels = {r.fact.level or "none" for r in self.rows}
        k = 1 if lang == "en" else 0
        return {
            "province": [(p, p) for p in self.provinces()],
            "period": [(p, p) for p in periods],
            "topic": [(topic_text(t, lang), t) for t in [*_TOPIC_TEXT] if t in topics],
            "level": [(level_text(v, lang, "Not stated" if k else "Không nêu"), v)
                      for v in LEVELS if v in levels],
            "sort": [(SORT_TEXT[s][k], s) for s in SORTS],
        }  # fmt: skip

    def select(self, q: FigureQuery) -> list[FigureRow]:
        """The rows that pass every filter and contain every word of the free text (the last
        word may be the start of one; words in "quotes" must stand together), in the order
        asked for."""
        text = q.text if q.text.strip() else ""
        phrases = [" " + " ".join(_WORD.findall(fold(p, repair=False))) + " "
                   for p in re.findall(r'"([^"]+)"', text)]  # fmt: skip
        words = _WORD.findall(fold(re.sub(r'"[^"]*"?', " ", text), repair=False))
        out = []
        for r in self.rows:
            f = r.fact
            if q.provinces and f.province not in q.provinces:
                continue
            if q.periods and f.period not in q.periods:
                continue
            if q.topics and r.topic not in q.topics:
                continue
            if q.levels and (f.level or "none") not in q.levels:
                continue
            if not all(p in r.words for p in phrases) or not all(
                f" {w} " in r.words or (i == len(words) - 1 and f" {w}" in r.words)
                for i, w in enumerate(words)
            ):
                continue
            out.append(r)
        return self._sorted(out, q.sort)

    def _sorted(self, rows: list[FigureRow], sort: str) -> list[FigureRow]:
        if sort == "value_desc":
            return sorted(rows, key=lambda r: (r.number is None, -(r.number or 0.0), r.n))
        if sort == "value_asc":
            return sorted(rows, key=lambda r: (r.number is None, r.number or 0.0, r.n))
        if sort == "province":
            return sorted(rows, key=lambda r: (fold(r.fact.province), r.n))
        if sort == "period":
            return sorted(rows, key=lambda r: (self._period_order.get(r.fact.period, (0, 0, "")),
                                               r.n))  # fmt: skip
        return rows

    def row(self, n: int) -> FigureRow | None:
        """The row numbered `n`, if any."""
        return self.rows[n - 1] if 1 <= n <= len(self.rows) else None

    def citation(self, row: FigureRow, n: int = 1) -> Citation:
        """The row's source as citation `n`: report, section, lines, the quoted clause restored
        with its OCR original, its paragraph around it."""
        f = row.fact
        chunk = self.index.chunks[self.index.position[f.chunk_id]]
        span = next((s for s in chunk.spans if (s.start, s.end) == (f.span_start, f.span_end)),
                    self._span(f))  # fmt: skip
        return cite(self.index.reports[f.report_id], n, chunk, span, 0.0)

    def records(self, rows: Iterable[FigureRow], lang: str) -> list[list[object]]:
        """Export rows, one list per figure in COLUMNS[lang]'s order."""
        out: list[list[object]] = []
        by_id = {r.fact.id: r for r in self.rows}
        for r in rows:
            f, c = r.fact, self.citation(r)
            parent = by_id.get(f.parent)
            number = int(r.number) if r.number is not None and r.number.is_integer() else r.number
            out.append([
                r.n, f.province, f.period, topic_text(r.topic, lang), f.value, number,
                "%" if f.kind == "percent" else f.unit,
                ("percentage" if lang == "en" else "tỷ lệ") if f.kind == "percent"
                else ("count" if lang == "en" else "số lượng"),
                level_text(f.level, lang, ""), scope_text(f.scope, lang),
                r.counts, parent.fact.value if parent else "", f.when, r.report_number,
                r.agency, r.date, c.section, f.page or "", f.line_start, f.line_end, c.quote,
                c.quote_original, f.report_id, f.id,
            ])  # fmt: skip
        return out

    def csv_bytes(self, rows: Sequence[FigureRow], lang: str) -> bytes:
        """The rows as CSV (UTF-8 with a byte-order mark, so spreadsheets read the diacritics);
        a text cell that a spreadsheet would run as a formula starts with ' instead."""
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(COLUMNS[lang])
        w.writerows([sheet_cell(v) if v is not None else "" for v in rec]
                    for rec in self.records(rows, lang))  # fmt: skip
        return out.getvalue().encode("utf-8-sig")

    def xlsx_bytes(self, rows: Sequence[FigureRow], lang: str) -> bytes:
        """The rows as an Excel workbook: one sheet, a bold frozen header, figures as numbers in
        the value column; every text cell is text (never a formula)."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "Số liệu" if lang == "vi" else "Figures"
        ws.append(list(COLUMNS[lang]))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for rec in self.records(rows, lang):
            ws.append(["" if v is None else v for v in rec])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # shown as written, never run
        ws.freeze_panes = "A2"
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()
