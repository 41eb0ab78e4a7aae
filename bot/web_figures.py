"""The web's figure explorer (issue #16): the fact table of the index in use as a tab.

Filter by province, period, topic and service level, search free text (diacritics, case and
OCR damage do not matter), sort; a row opens its source card; the filtered rows download as CSV
or XLSX. The tab reads the table through `AnswerService.figure_table()` of the service in use, so
a new index generation brings new rows and filter choices; it follows the page's language. None
of its events is in Gradio's API.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from bot.admin import ServiceHolder
from bot.figure_table import (
    SORT_TEXT,
    SORTS,
    FigureQuery,
    FigureRow,
    FigureTable,
    level_text,
    scope_text,
    topic_text,
)
from core.result import Citation

Cards = Callable[[list[Citation], str], str]

# The tab's events, none in Gradio's API (api_visibility="private").
EVENTS = ("figures_open", "figures_filter", "figures_source", "figures_csv", "figures_xlsx",
          "figures_lang")  # fmt: skip
# Rows the page shows at once; the export has every filtered row.
MAX_SHOWN = 500
# Exports kept on disk this long for Gradio to copy into its cache (which it sweeps itself).
EXPORT_KEEP_S = 600
TAB_LABEL = "Số liệu / Figures"
TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "intro": "### Số liệu trong các báo cáo\nMỗi dòng là một số liệu báo cáo nêu; bấm vào "
                 "một dòng để xem nguồn.",
        "province": "Tỉnh", "period": "Kỳ báo cáo", "topic": "Chủ đề", "level": "Mức độ",
        "search": "Tìm (có dấu hoặc không dấu)",
        "search_hint": "ví dụ: hồ sơ trực tuyến, \"muc do 4\" (cụm từ), 1.044",
        "sort": "Sắp xếp", "csv": "Tải CSV", "xlsx": "Tải Excel (XLSX)", "file": "Tệp tải về",
        "count": "**{n}** số liệu", "shown": " (hiển thị {k} dòng đầu; lọc thêm hoặc tải tệp "
                                               "để xem hết)",
        "none": "Không có số liệu nào khớp bộ lọc.",
        "pick": "Bấm vào một dòng của bảng để xem nguồn của số liệu.",
        "reloaded": "Chỉ mục báo cáo vừa đổi: bảng đã được tải lại, hãy chọn lại dòng.",
        "lines": "dòng", "file_name": "so-lieu",
    },
    "en": {
        "intro": "### Figures in the reports\nEach row is one figure a report states; click a "
                 "row to see its source.",
        "province": "Province", "period": "Period", "topic": "Topic", "level": "Service level",
        "search": "Search (with or without diacritics)",
        "search_hint": "e.g. hồ sơ trực tuyến, \"muc do 4\" (a phrase), 1.044",
        "sort": "Sort", "csv": "Download CSV", "xlsx": "Download Excel (XLSX)",
        "file": "Download", "count": "**{n}** figures",
        "shown": " (showing the first {k}; filter further or download to see them all)",
        "none": "No figure matches the filters.",
        "pick": "Click a row of the table to see the figure's source.",
        "reloaded": "The report index has just changed: the table was reloaded; pick the row "
                    "again.",
        "lines": "lines", "file_name": "figures",
    },
}  # fmt: skip
COLUMNS = {
    "vi": ["STT", "Tỉnh", "Kỳ báo cáo", "Chủ đề", "Số liệu", "Mức độ, cấp",
           "Nội dung (lời báo cáo)", "Nguồn"],
    "en": ["No.", "Province", "Period", "Topic", "Figure", "Level, scope",
           "What it counts (report's words)", "Source"],
}  # fmt: skip
# The table in the page's own font, figures on one line (the chat's CSS is bot/web.py's).
STYLE = """<style>
#hbc-fig-table [role=gridcell], #hbc-fig-table th { font-family: var(--font); font-size: 0.9em; }
#hbc-fig-table [data-col="4"] { white-space: nowrap; font-weight: 600; }
.hbc-fig-head { margin: 0 0 4px 0; }
</style>"""
FILTERS = ("province", "period", "topic", "level")


def _lang(choice: str) -> str:
    return "en" if choice == "English" else "vi"


def _query(province: Any, period: Any, topic: Any, level: Any, text: Any, sort: Any) -> FigureQuery:
    """The filters as the page sends them (lists of choice values, text) → a FigureQuery;
    anything of another shape counts as no filter."""

    def values(v: Any) -> tuple[str, ...]:
        return tuple(x for x in v if isinstance(x, str)) if isinstance(v, list) else ()

    return FigureQuery(
        values(province), values(period), values(topic), values(level),
        text[:200] if isinstance(text, str) else "",
        sort if isinstance(sort, str) else "report",
    )  # fmt: skip


def table_rows(table: FigureTable, rows: Sequence[FigureRow], lang: str) -> list[list[Any]]:
    """The rows as the page's table shows them (COLUMNS of TEXT[lang])."""
    t = TEXT[lang]
    out = []
    for r in rows[:MAX_SHOWN]:
        f = r.fact
        source = f"{r.report_number or f.report_id[:12]}, {t['lines']} {f.line_start}–{f.line_end}"
        level = ", ".join(x for x in (level_text(f.level, lang, ""), scope_text(f.scope, lang)) if x)
        out.append([r.n, f.province, f.period, topic_text(r.topic, lang), f.value, level or "—",
                    r.counts, source])  # fmt: skip
    return out


def source_card(table: FigureTable, row: FigureRow, lang: str, cards: Cards) -> str:
    """The row's figure, what it counts and its source card (the chat's card: report, section,
    lines, the quote restored in its paragraph, the OCR line one click away)."""
    f = row.fact
    when = f.when if "/" in f.when else ""  # a date the clause names
    where = ", ".join(x for x in (f.province, f.period, when) if x)
    head = (
        f'<p class="hbc-fig-head"><strong>{html.escape(f.value)}</strong> '
        f"{html.escape(row.counts)} <span class=\"hbc-meta\">({html.escape(where)} · "
        f"{html.escape(topic_text(row.topic, lang))})</span></p>"
    )
    card = cards([table.citation(row)], lang)
    # The chat's cards are #hbc-src-N, the targets of its [n] links: this one is not.
    return head + card.replace('id="hbc-src-', 'id="hbc-fig-src-')


def _export_dir() -> Path:
    """A folder for export files (inside Gradio's temp folder when set), swept of old files."""
    base = Path(os.environ.get("GRADIO_TEMP_DIR") or tempfile.gettempdir()) / "hbc-figures"
    base.mkdir(parents=True, exist_ok=True)
    now = time.time()
    for old in base.glob("*/*"):
        try:
            if now - old.stat().st_mtime > EXPORT_KEEP_S:
                old.unlink()
                old.parent.rmdir()
        except OSError:
            continue
    folder = base / uuid.uuid4().hex
    folder.mkdir()
    return folder


def figures_tab(holder: ServiceHolder, cards: Cards, lang: gr.Radio) -> None:
    """The figure explorer tab; inside a gr.Blocks. `cards` renders source cards as the chat
    does; `lang` is the page's language switch."""
    with gr.Tab(TAB_LABEL, elem_id="hbc-figures-tab") as tab:
        ui = _figures_layout()
    _wire_figures(tab, ui, lang, FigureHandlers(holder, cards))


def _figures_layout() -> dict[str, Any]:
    """The filters and search, the table beside the picked row's source, the downloads."""
    t = TEXT["vi"]
    gr.HTML(STYLE, padding=False, elem_classes=["hbc-hidden"])
    intro = gr.Markdown(t["intro"])
    with gr.Row():
        boxes = {
            k: gr.Dropdown([], multiselect=True, label=t[k], elem_id=f"hbc-fig-{k}")
            for k in FILTERS
        }
    with gr.Row():
        search = gr.Textbox(
            label=t["search"], placeholder=t["search_hint"], scale=3, max_lines=1,
            elem_id="hbc-fig-search",
        )  # fmt: skip
        sort = gr.Dropdown(
            [(SORT_TEXT[s][0], s) for s in SORTS], value="report", label=t["sort"], scale=1,
            elem_id="hbc-fig-sort",
        )  # fmt: skip
    count = gr.Markdown("", elem_id="hbc-fig-count")
    with gr.Row():
        with gr.Column(scale=5):
            grid = gr.Dataframe(
                headers=COLUMNS["vi"], interactive=False, wrap=True, max_height=620,
                column_widths=["44px", "84px", "88px", "100px", "76px", "84px", "210px",
                               "100px"],
                elem_id="hbc-fig-table",
            )  # fmt: skip
        with gr.Column(scale=2):
            card = gr.HTML(f'<p class="hbc-empty">{t["pick"]}</p>', elem_id="hbc-fig-source")
    with gr.Row():
        csv_btn = gr.Button(t["csv"], size="sm", elem_id="hbc-fig-csv")
        xlsx_btn = gr.Button(t["xlsx"], size="sm", elem_id="hbc-fig-xlsx")
        file = gr.File(label=t["file"], visible=False, interactive=False,
                       elem_id="hbc-fig-file")  # fmt: skip
    generation = gr.State("")  # the index generation the shown rows come from
    picked = gr.State(0)  # the row whose source is shown (0: none)
    return {
        "intro": intro, "boxes": boxes, "search": search, "sort": sort, "count": count,
        "grid": grid, "card": card, "csv_btn": csv_btn, "xlsx_btn": xlsx_btn, "file": file,
        "generation": generation, "picked": picked,
    }  # fmt: skip


def _wire_figures(tab: gr.Tab, ui: dict[str, Any], lang: gr.Radio, h: FigureHandlers) -> None:
    """Opening the tab, filtering, picking a row, downloading and the language switch."""
    private: dict[str, Any] = {"api_visibility": "private"}
    boxes, sort, search, grid, generation = (
        ui["boxes"], ui["sort"], ui["search"], ui["grid"], ui["generation"]
    )  # fmt: skip
    filters = [*boxes.values(), search, sort]
    list_outputs = [*boxes.values(), sort, grid, ui["count"], generation]
    tab.select(h.refresh, [*filters, lang, generation], list_outputs, api_name="figures_open",
               **private)  # fmt: skip
    gr.on(
        [*(b.change for b in boxes.values()), sort.change, search.submit, search.input],
        h.on_filter, [*filters, lang, generation], list_outputs, trigger_mode="always_last",
        show_progress="hidden", api_name="figures_filter", **private,
    )  # fmt: skip
    grid.select(
        h.on_pick, [lang, generation], [ui["card"], ui["picked"]], api_name="figures_source",
        **private,
    )  # fmt: skip
    ui["csv_btn"].click(
        h.export("csv"), [*filters, lang], ui["file"], api_name="figures_csv", **private
    )
    ui["xlsx_btn"].click(
        h.export("xlsx"), [*filters, lang], ui["file"], api_name="figures_xlsx", **private
    )
    lang.change(
        h.on_lang, [*filters, lang, generation, ui["picked"]],
        [ui["intro"], *boxes.values(), sort, search, grid, ui["count"], ui["card"],
         ui["csv_btn"], ui["xlsx_btn"], ui["file"], generation],
        api_name="figures_lang", **private,
    )  # fmt: skip


class FigureHandlers:
    """The figure explorer's event handlers, reading the fact table of the index in use."""

    def __init__(self, holder: ServiceHolder, cards: Cards) -> None:
        self.holder = holder
        self.cards = cards

    @staticmethod
    def choices(table: FigureTable, lang_code: str, values: Sequence[Any]) -> list[Any]:
        """Dropdown updates with the table's choices in `lang_code`, keeping what is picked and
        still offered."""
        c = table.choices(lang_code)
        out = []
        for k, v in zip((*FILTERS, "sort"), values, strict=True):
            offered = {value for _, value in c[k]}
            if k == "sort":
                kept: Any = v if v in offered else "report"
            else:
                kept = [x for x in v if x in offered] if isinstance(v, list) else []
            out.append(gr.update(choices=c[k], value=kept, label=TEXT[lang_code][k]))
        return out

    @staticmethod
    def shown(table: FigureTable, q: FigureQuery, lang_code: str) -> tuple[Any, str]:
        """The rows matching `q` for the grid, and the count line above it."""
        rows = table.select(q)
        tt = TEXT[lang_code]
        if not rows:
            note = tt["none"]
        else:
            n = f"{len(rows):,}"  # 1,234 in English, 1.234 in Vietnamese
            note = tt["count"].format(n=n if lang_code == "en" else n.replace(",", "."))
            if len(rows) > MAX_SHOWN:
                note += tt["shown"].format(k=MAX_SHOWN)
        value = {"data": table_rows(table, rows, lang_code), "headers": COLUMNS[lang_code]}
        return gr.update(value=value), note

    def refresh(self, *args: Any) -> tuple[Any, ...]:
        """Everything from the index in use: choices, rows, count (opening the tab)."""
        province, period, topic, level, text, order, lang_choice, _gen = args
        lang_code = _lang(lang_choice)
        table = self.holder.service.figure_table()
        updates = self.choices(table, lang_code, (province, period, topic, level, order))
        grid_value, note = self.shown(table, _query(province, period, topic, level, text, order),
                                      lang_code)  # fmt: skip
        return (*updates, grid_value, note, table.generation)

    def on_filter(self, *args: Any) -> tuple[Any, ...]:
        """The rows for the filters; the choices too when the index changed meanwhile."""
        province, period, topic, level, text, order, lang_choice, gen = args
        table = self.holder.service.figure_table()
        if table.generation != gen:
            return self.refresh(*args)
        grid_value, note = self.shown(table, _query(province, period, topic, level, text, order),
                                      _lang(lang_choice))  # fmt: skip
        return (*[gr.skip()] * 5, grid_value, note, gen)

    def on_pick(self, lang_choice: str, gen: str, data: gr.SelectData) -> tuple[Any, Any]:
        """The source card of the row clicked."""
        lang_code = _lang(lang_choice)
        table = self.holder.service.figure_table()
        if table.generation != gen:
            return f'<p class="hbc-empty">⚠️ {TEXT[lang_code]["reloaded"]}</p>', 0
        row_value = data.row_value if isinstance(data.row_value, list) else []
        try:
            n = int(row_value[0])
        except (IndexError, TypeError, ValueError):
            return gr.skip(), gr.skip()
        row = table.row(n)
        if row is None:
            return gr.skip(), gr.skip()
        return source_card(table, row, lang_code, self.cards), n

    def export(self, kind: str) -> Callable[..., Any]:
        """The handler writing the rows shown as a `kind` (csv or xlsx) file to download."""
        holder = self.holder

        def run(*args: Any) -> Any:
            province, period, topic, level, text, order, lang_choice = args
            lang_code = _lang(lang_choice)
            table = holder.service.figure_table()
            rows = table.select(_query(province, period, topic, level, text, order))
            stamp = time.strftime("%Y%m%d-%H%M")
            path = _export_dir() / f"{TEXT[lang_code]['file_name']}-{stamp}.{kind}"
            data = table.csv_bytes(rows, lang_code) if kind == "csv" else table.xlsx_bytes(
                rows, lang_code)  # fmt: skip
            path.write_bytes(data)
            return gr.update(value=str(path), visible=True, label=TEXT[lang_code]["file"])

        return run

    def on_lang(self, *args: Any) -> tuple[Any, ...]:
        """Relabel the tab in the language chosen, its rows and source card too."""
        province, period, topic, level, text, order, lang_choice, gen, n = args
        lang_code = _lang(lang_choice)
        tt = TEXT[lang_code]
        table = self.holder.service.figure_table()
        grid_value, note = self.shown(table, _query(province, period, topic, level, text, order),
                                      lang_code)  # fmt: skip
        row = table.row(n) if isinstance(n, int) and table.generation == gen else None
        shown_card = (source_card(table, row, lang_code, self.cards) if row is not None
                      else f'<p class="hbc-empty">{html.escape(tt["pick"])}</p>')  # fmt: skip
        return (
            gr.update(value=tt["intro"]),
            *self.choices(table, lang_code, (province, period, topic, level, order)),
            gr.update(label=tt["search"], placeholder=tt["search_hint"]), grid_value, note,
            shown_card, gr.update(value=tt["csv"]), gr.update(value=tt["xlsx"]),
            gr.update(label=tt["file"]), table.generation,
        )  # fmt: skip
