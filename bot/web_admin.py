"""The web admin tab and its routes: log in (throttled), edit, add, remove, re-index, feedback.

Every admin event is private (not listed nor callable by Gradio's API clients) and checks the
server-side admin session named by the HttpOnly cookie `/hbc/admin/login` sets; each action is
logged in one line (what, which report, client, session).
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from bot.admin import EDITABLE, Admin, report_rows
from bot.feedback import FeedbackStore, source_labels
from bot.web_guard import ADMIN_COOKIE, AdminSessions, Throttle, session_id
from core.errors import HbcError
from index.metadata import Report
from index.readers import SUFFIXES, accepted

log = logging.getLogger(__name__)

NO_SESSION = (
    "Phiên quản trị đã hết hạn hoặc chưa đăng nhập / admin session expired or not logged in"
)
LOGIN_FORM = """
<form id="hbc-admin-form" class="hbc-login" autocomplete="off">
  <label for="hbc-admin-pw">Mật khẩu / Password</label>
  <input id="hbc-admin-pw" name="password" type="password" autocomplete="current-password">
  <button type="submit" class="lg secondary">Đăng nhập / Log in</button>
  <span id="hbc-admin-login-msg" role="status"></span>
</form>
"""
FEEDBACK_HEADERS = [
    "id", "Thời điểm / time", "Đánh giá / rating", "Câu hỏi / question", "Câu trả lời / answer",
    "Nguồn / sources", "Góp ý / comment",
]  # fmt: skip
# The admin speaks Vietnamese first; English after the slash.
FIELD_LABELS = {
    "province": "Tỉnh / province", "agency": "Cơ quan / agency", "number": "Số hiệu / number",
    "date": "Ngày (yyyy-mm-dd) / date", "year": "Năm / year", "quarter": "Quý / quarter",
    "period": "Kỳ báo cáo / period", "title": "Tiêu đề / title", "signer": "Người ký / signer",
}  # fmt: skip


def report_label(r: Report) -> str:
    """How the report picker names a report: number, province, period, title."""
    head = r.number or r.id
    where = ", ".join(x for x in (r.province, r.period) if x)
    title = r.title if len(r.title) <= 70 else r.title[:69] + "…"
    return f"{head} — {where}: {title}" if where else f"{head}: {title}"


def add_admin_routes(
    app: FastAPI, password: str, sessions: AdminSessions, throttle: Throttle,
    feedback: FeedbackStore,
) -> None:  # fmt: skip
    """POST /hbc/admin/login, POST /hbc/admin/logout, GET /hbc/admin/feedback.csv."""

    @app.post("/hbc/admin/login")
    async def login(request: Request) -> Response:
        client = request.client.host if request.client else "?"
        wait = throttle.wait_s(client)
        if wait > 0:
            return JSONResponse(
                {"message": f"⏳ Thử lại sau {wait:.0f} giây / try again in {wait:.0f} s"},
                status_code=429,
                headers={"Retry-After": str(int(wait) + 1)},
            )
        form = await request.form()
        given = str(form.get("password") or "")
        if not password or not hmac.compare_digest(given.encode(), password.encode()):
            wait = throttle.failed(client)
            log.warning("admin login failed client=%s next_wait_s=%.0f", client, wait)
            return JSONResponse({"message": "❌ Sai mật khẩu / wrong password"}, status_code=401)
        throttle.succeeded(client)
        token = sessions.open(client)
        log.info("admin login client=%s session=%s", client, session_id(token))
        response = JSONResponse({"message": "✅"})
        response.set_cookie(
            ADMIN_COOKIE, token, httponly=True, samesite="strict", path="/",
            secure=request.url.scheme == "https",
        )  # fmt: skip
        return response

    @app.post("/hbc/admin/logout")
    async def logout(request: Request) -> Response:
        token = request.cookies.get(ADMIN_COOKIE)
        sessions.close(token)
        log.info("admin logout session=%s", session_id(token))
        response = JSONResponse({"message": "👋"})
        response.delete_cookie(ADMIN_COOKIE, path="/")
        return response

    @app.get("/hbc/admin/feedback.csv")
    async def feedback_csv(request: Request) -> Response:
        token = request.cookies.get(ADMIN_COOKIE)
        if not sessions.check(token):
            return Response(NO_SESSION, status_code=403, media_type="text/plain")
        log.info("admin action=feedback_csv session=%s", session_id(token))
        return Response(
            feedback.csv_text().encode("utf-8-sig"),  # the BOM makes Excel read UTF-8
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="feedback.csv"'},
        )


def _field_grid(prefix: str) -> dict[str, Any]:
    """One textbox per editable metadata field, three to a row (title on a row of its own)."""
    boxes: dict[str, Any] = {}
    short = [k for k in EDITABLE if k != "title"]
    for i in range(0, len(short), 3):
        with gr.Row():
            for k in short[i : i + 3]:
                boxes[k] = gr.Textbox(label=FIELD_LABELS[k], elem_id=prefix + k)
    boxes["title"] = gr.Textbox(label=FIELD_LABELS["title"], elem_id=prefix + "title")
    return {k: boxes[k] for k in EDITABLE}


def admin_tab(
    admin: Admin | None, enabled: bool, sessions: AdminSessions, feedback: FeedbackStore,
    max_upload_mb: int, forget_upload: Callable[[Path], None],
) -> list[Any]:  # fmt: skip
    """The admin tab; inside a gr.Blocks. Returns the events that change the index (add,
    remove, re-index), for the page to refresh what it shows of the index after them."""
    with gr.Tab("Quản trị / Admin", elem_id="hbc-admin-tab"):
        if admin is None or not enabled:
            gr.Markdown("Trang quản trị đang tắt: đặt HBC_ADMIN_PASSWORD để bật. / "
                        "Admin tab is off: set HBC_ADMIN_PASSWORD to turn it on.")  # fmt: skip
            return []
        ui = _admin_layout()
    handlers = AdminHandlers(admin, sessions, feedback, max_upload_mb, forget_upload)
    return _wire_admin(ui, handlers)


def _admin_layout() -> dict[str, Any]:
    """The login form and, hidden until a session opens, the reports table and the add,
    edit/remove and feedback tabs."""
    gr.HTML(LOGIN_FORM, elem_id="hbc-admin-login")
    # Clicked by the page script once /hbc/admin/login has set the session cookie.
    enter = gr.Button("enter", elem_id="hbc-admin-enter", elem_classes=["hbc-hidden"])
    msg = gr.Markdown("", elem_id="hbc-admin-msg")
    with gr.Column(visible=False) as panel:
        logout = gr.Button("Đăng xuất / Log out", size="sm", elem_id="hbc-admin-logout")
        table = gr.Dataframe(
            headers=["id", *(FIELD_LABELS[k] for k in EDITABLE)], interactive=False, wrap=True,
            elem_id="hbc-reports",
        )  # fmt: skip
        with gr.Tab("Thêm báo cáo / Add a report"):
            with gr.Row():
                upload = gr.File(
                    label=accepted(described=True),
                    file_types=list(SUFFIXES),
                    elem_id="hbc-upload",
                )
                read_btn = gr.Button("Đọc tệp / Read the file")
            staged = gr.State(None)
            new_fields = _field_grid("hbc-new-")
            add = gr.Button("Thêm và lập chỉ mục / Add and index", variant="primary")
        with gr.Tab("Sửa, xoá / Edit, remove"):
            pick = gr.Dropdown([], label="Báo cáo / Report", elem_id="hbc-pick")
            fields = _field_grid("hbc-edit-")
            with gr.Row():
                save = gr.Button("Lưu metadata / Save metadata")
                reindex = gr.Button("Lập lại chỉ mục / Re-index")
            with gr.Row():
                confirm_rm = gr.Checkbox(
                    label="Xoá thật / I mean it", value=False, elem_id="hbc-confirm-rm"
                )
                remove_btn = gr.Button("Xoá báo cáo đã chọn / Remove the picked report")
        with gr.Tab("Góp ý / Feedback"):
            with gr.Row():
                fb_refresh = gr.Button("Tải góp ý / Load feedback")
                gr.HTML('<a href="hbc/admin/feedback.csv" download id="hbc-feedback-csv">'
                        "⬇ CSV</a>")  # fmt: skip
            fb_table = gr.Dataframe(
                headers=FEEDBACK_HEADERS, interactive=False, wrap=True, elem_id="hbc-feedback"
            )
    return {
        "enter": enter, "msg": msg, "panel": panel, "logout": logout, "table": table,
        "upload": upload, "read_btn": read_btn, "staged": staged, "new_fields": new_fields,
        "add": add, "pick": pick, "fields": fields, "save": save, "reindex": reindex,
        "confirm_rm": confirm_rm, "remove_btn": remove_btn, "fb_refresh": fb_refresh,
        "fb_table": fb_table,
    }  # fmt: skip


def _wire_admin(ui: dict[str, Any], h: AdminHandlers) -> list[Any]:
    """Connect the admin components to their handlers; returns the events that change the
    index (add, remove, re-index)."""
    private: dict[str, Any] = {"api_visibility": "private"}
    table, pick, msg, staged = ui["table"], ui["pick"], ui["msg"], ui["staged"]
    fields, new_fields, confirm = ui["fields"], ui["new_fields"], ui["confirm_rm"]
    ui["enter"].click(h.do_enter, None, [msg, ui["panel"], table, pick], **private)
    ui["logout"].click(
        h.do_logout, None, [msg, ui["panel"]],
        js="() => { fetch('hbc/admin/logout', {method: 'POST'}); }", **private,
    )  # fmt: skip
    pick.change(h.load, pick, list(fields.values()), **private)
    ui["save"].click(h.do_save, [pick, *fields.values()], [table, msg], **private)
    ui["read_btn"].click(h.do_read, ui["upload"], [staged, msg, *new_fields.values()], **private)
    ui["fb_refresh"].click(h.do_feedback, None, ui["fb_table"], **private)
    return [
        ui["add"].click(
            h.do_add, [staged, *new_fields.values()], [table, pick, msg, staged], **private
        ),
        ui["remove_btn"].click(h.do_remove, [pick, confirm], [table, pick, msg, confirm], **private),
        ui["reindex"].click(h.do_reindex, None, [table, pick, msg], **private),
    ]


class AdminHandlers:
    """The admin tab's event handlers; each checks the admin session first and logs the
    action."""

    def __init__(
        self, admin: Admin, sessions: AdminSessions, feedback: FeedbackStore,
        max_upload_mb: int, forget_upload: Callable[[Path], None],
    ) -> None:  # fmt: skip
        self.admin = admin
        self.sessions = sessions
        self.feedback = feedback
        self.max_upload_mb = max_upload_mb
        self.forget_upload = forget_upload

    def session(self, request: gr.Request | None, action: str, target: str = "") -> None:
        """Refuse without a live admin session; log the action with who and what."""
        token = request.cookies.get(ADMIN_COOKIE) if request is not None else None
        client = request.client.host if request is not None and request.client else "?"
        if not self.sessions.check(token):
            log.warning("admin action=%s refused: no session client=%s", action, client)
            raise gr.Error(NO_SESSION)
        log.info(
            "admin action=%s target=%s client=%s session=%s",
            action, target or "-", client, session_id(token),
        )  # fmt: skip

    def refresh(self) -> tuple[Any, Any]:
        """The reports table and the report picker's choices."""
        reports = self.admin.reports()
        choices = [(report_label(r), r.id) for r in reports]
        return report_rows(reports), gr.update(choices=choices, value=None)

    def do_enter(self, request: gr.Request) -> tuple[Any, ...]:
        """Show the panel once the login route has opened a session."""
        token = request.cookies.get(ADMIN_COOKIE) if request is not None else None
        if not self.sessions.check(token):
            return NO_SESSION, gr.update(visible=False), gr.update(), gr.update()
        self.session(request, "open")
        rows, choices = self.refresh()
        return "✅", gr.update(visible=True), rows, choices

    def do_logout(self, request: gr.Request) -> tuple[Any, ...]:
        """Close the session and hide the panel."""
        token = request.cookies.get(ADMIN_COOKIE) if request is not None else None
        self.sessions.close(token)
        log.info("admin logout session=%s", session_id(token))
        return "👋", gr.update(visible=False)

    def load(self, rid: str, request: gr.Request) -> list[Any]:
        """The picked report's metadata into the edit fields."""
        self.session(request, "load", rid)
        r = next((x for x in self.admin.reports() if x.id == rid), None)
        return [str(getattr(r, k)) if r else "" for k in EDITABLE]

    def do_save(  # one parameter per EDITABLE field: Gradio passes inputs positionally
        self, rid: str, province: str, agency: str, number: str, date: str, year: str,
        quarter: str, period: str, title: str, signer: str, request: gr.Request,
    ) -> tuple[Any, str]:  # fmt: skip
        """Save the edited metadata (applied at the next re-index)."""
        self.session(request, "save", rid)
        values = (province, agency, number, date, year, quarter, period, title, signer)
        try:
            self.admin.save_report(rid, dict(zip(EDITABLE, values, strict=True)))
        except HbcError as exc:
            return gr.update(), f"⚠️ {exc}"
        return self.refresh()[0], "✅ Đã lưu; lập lại chỉ mục để áp dụng / saved; re-index to apply"

    def done(self, text: str) -> tuple[Any, ...]:
        """The refreshed table and picker, with a message."""
        rows, choices = self.refresh()
        return rows, choices, text

    def do_read(
        self, file: Any, request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> list[Any]:  # fmt: skip
        """Read an uploaded file and propose its metadata for checking before it is added."""
        self.session(request, "read", Path(str(getattr(file, "name", file) or "")).name)
        blank = [gr.update()] * len(EDITABLE)
        if file is None:
            return [None, "⚠️ Chọn tệp trước / choose a file first", *blank]
        path = Path(file if isinstance(file, str) else file.name)
        progress((0, 1), desc="read")
        try:
            item = self.admin.preview(path, self.max_upload_mb)
        except HbcError as exc:
            self.forget_upload(path)
            return [None, f"⚠️ {exc}", *blank]
        x = item.extracted
        how = f"PDF, {x.pages} trang/pages" if x.pages else x.kind.upper()
        if x.ocr_pages:
            how += f", OCR {len(x.ocr_pages)} trang/pages"
        note = f"📄 {path.name} ({how}): kiểm tra metadata rồi bấm Thêm / check, then Add"
        return [item, note, *[str(getattr(item.report, k)) for k in EDITABLE]]

    def do_add(  # one parameter per EDITABLE field: Gradio passes inputs positionally
        self, item: Any, province: str, agency: str, number: str, date: str, year: str,
        quarter: str, period: str, title: str, signer: str, request: gr.Request,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:  # fmt: skip
        """Add the file read, with the metadata as checked, and index it."""
        self.session(request, "add", getattr(getattr(item, "report", None), "id", ""))
        if item is None:
            return gr.update(), gr.update(), "⚠️ Đọc tệp trước / read a file first", None
        values = (province, agency, number, date, year, quarter, period, title, signer)
        try:
            out = self.admin.add(
                item,
                dict(zip(EDITABLE, values, strict=True)),
                lambda stage, d, t: progress((d, t), desc=stage),
            )
        except HbcError as exc:
            return gr.update(), gr.update(), f"⚠️ {exc}", item
        self.forget_upload(Path(item.source))
        b = out.build
        text = f"✅ {out.added[0].id}" + (f": {b.generation}, {b.reports} reports" if b else "")
        return (*self.done(text), None)

    def do_remove(self, rid: str, sure: bool, request: gr.Request) -> tuple[Any, ...]:
        """Remove the picked report once the box is ticked."""
        self.session(request, "remove", rid)
        if not rid or not sure:
            return (gr.update(), gr.update(), "⚠️ Chọn báo cáo và đánh dấu Xoá thật / pick and tick",
                    False)  # fmt: skip
        try:
            self.admin.remove(rid)
        except HbcError as exc:
            return gr.update(), gr.update(), f"⚠️ {exc}", False
        return (*self.done(f"✅ {rid} đã xoá / removed"), False)

    def do_reindex(
        self, request: gr.Request, progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:  # fmt: skip
        """Rebuild the index from the reports on disk."""
        self.session(request, "reindex")
        try:
            stats = self.admin.reindex(lambda stage, d, t: progress((d, t), desc=stage))
        except HbcError as exc:
            return gr.update(), gr.update(), f"⚠️ {exc}"
        return self.done(
            f"✅ {stats.generation}: {stats.reports} reports, {stats.chunks} chunks, "
            f"{stats.embedded} embedded, {stats.seconds:.1f} s"
        )

    def do_feedback(self, request: gr.Request) -> list[list[Any]]:
        """The latest feedback rows."""
        self.session(request, "feedback")
        return [
            [r["id"], r["ts"], r["rating"], r["question"], r["answer"],
             source_labels(r["sources"]), r["comment"]]
            for r in self.feedback.recent()
        ]  # fmt: skip
