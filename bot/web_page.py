"""The web page's words (Vietnamese and English), styles and scripts, and the answer service's
refusals in the page's language."""

from __future__ import annotations

import re

EXAMPLES = (
    "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?",
    "Đồng Tháp tiếp nhận bao nhiêu phản ánh kiến nghị trong quý III/2022?",
    "What was Hai Duong's PAR INDEX 2021 score?",
)
TEXT = {
    "vi": {
        "title": "## Hỏi Báo Cáo — hỏi đáp báo cáo cải cách hành chính",
        "placeholder": "Nhập câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh)…",
        "send": "Gửi",
        "province": "Tỉnh",
        "year": "Năm",
        "filters": "Bộ lọc (tỉnh, năm)",
        "sources": "### Nguồn trích dẫn",
        "no_sources": "Chưa có nguồn: hãy đặt câu hỏi.",
        "ocr_original": "bản gốc (OCR)",
        "comment": "Góp ý cho câu trả lời vừa đánh giá (không bắt buộc)",
        "send_comment": "Gửi góp ý",
        "thanks": "Cảm ơn đánh giá của bạn.",
        "thanks_comment": "Cảm ơn góp ý của bạn.",
        "unrated": "Đã bỏ đánh giá.",
        "too_many": "Bạn đánh giá quá nhanh; vui lòng đợi một phút.",
        "stale": "Không thể đánh giá câu trả lời này nữa (máy chủ đã khởi động lại); hãy hỏi lại.",
        "error": "Xin lỗi, đã có lỗi khi trả lời. Vui lòng thử lại.",
        "section": "Mục",
        "open_pdf": "Mở PDF ở trang {page}",
        "download": "Tải bản gốc",
        "past": "Các cuộc trò chuyện trước",
        "new": "Cuộc trò chuyện mới",
        "export": "Xuất Markdown",
        "question": "Hỏi",
        "answer": "Đáp",
    },
    "en": {
        "title": "## Hỏi Báo Cáo — ask the administrative-reform reports",
        "placeholder": "Type a question (Vietnamese with or without diacritics, or English)…",
        "send": "Send",
        "province": "Province",
        "year": "Year",
        "filters": "Filters (province, year)",
        "sources": "### Sources",
        "no_sources": "No sources yet: ask a question.",
        "ocr_original": "original (OCR)",
        "comment": "Comment on the answer you just rated (optional)",
        "send_comment": "Send comment",
        "thanks": "Thank you for your rating.",
        "thanks_comment": "Thank you for your comment.",
        "unrated": "Rating removed.",
        "too_many": "You are rating too fast; please wait a minute.",
        "stale": "This answer can no longer be rated (the server has restarted); ask again.",
        "error": "Sorry, something went wrong while answering. Please try again.",
        "section": "Section",
        "open_pdf": "Open the PDF at page {page}",
        "download": "Download the original",
        "past": "Past conversations",
        "new": "New conversation",
        "export": "Export as Markdown",
        "question": "Question",
        "answer": "Answer",
    },
}
CSS = """
.hbc-card { border: 1px solid #d0d7de; border-radius: 8px; padding: 6px 10px; margin: 6px 0; }
.hbc-card summary { font-weight: 600; cursor: pointer; }
.hbc-card mark { background: #fff3a3; color: #1f2328; padding: 0 2px; }
.dark .hbc-card mark { background: #6b5b00; color: #fffbe6; }
.hbc-meta { color: #57606a; font-size: 0.9em; }
.dark .hbc-meta { color: #aab4be; }
.dark .hbc-card { border-color: #444c56; }
.hbc-card.hbc-flash { outline: 3px solid #f2a900; }
.hbc-hidden { display: none !important; }
.hbc-login { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.hbc-login input { padding: 6px 8px; border: 1px solid var(--border-color-primary);
  border-radius: 6px; background: var(--input-background-fill); color: var(--body-text-color); }
.hbc-login button { padding: 6px 14px; }
#hbc-reports, #hbc-feedback { overflow-x: auto; }
/* A comparison table in the chat: no cell breaks inside a word; figures and sources (the second
   and last columns) stay on one line. */
#hbc-chat table th, #hbc-chat table td { word-break: normal; overflow-wrap: normal; }
#hbc-chat table td:nth-child(2), #hbc-chat table td:last-child { white-space: nowrap; }
@media (max-width: 640px) {
  /* A comparison table on a phone stacks, one card per row (side, figure, the report's words,
     date), so nothing is cut off in the chat bubble; no header row, and no source column (the
     figure carries its [n]). */
  #hbc-chat table, #hbc-chat table tbody, #hbc-chat table tr, #hbc-chat table td {
    display: block; width: auto; }
  #hbc-chat table thead { display: none; }
  #hbc-chat table tr { border: 1px solid var(--border-color-primary); border-radius: 8px;
    margin: 8px 0; padding: 6px 10px; }
  #hbc-chat table td { border: none !important; padding: 2px 0 !important; text-align: left;
    white-space: normal !important; }
  #hbc-chat table td:first-child { font-weight: 600; }
  #hbc-chat table td:nth-child(4) { color: var(--body-text-color-subdued); font-size: 0.9em; }
  #hbc-chat table td:last-child { display: none; }
  #hbc-chat { max-height: 60vh !important; }
  #hbc-title h2 { font-size: 1.15rem; }
  #hbc-reports table, #hbc-feedback table { min-width: 720px; }
}
"""
# Page script: [n] markers scroll to their card; the admin login form posts to our own route
# (the password is never a Gradio event input) and then opens the panel.
HEAD = r"""
<script>
document.documentElement.lang = "vi";
// Gradio picks its words' language from the browser; the VI/EN switch sets it (its core module
// exports changeLocale; the Vietnamese words come from GRADIO_VI through gr.I18n).
window.hbcLocale = async (lang) => {
  document.documentElement.lang = lang;
  const url = performance.getEntriesByType("resource").map((e) => e.name)
    .find((n) => /\/assets\/core-[^/]*\.js$/.test(n));
  try { if (url) (await import(url)).changeLocale(lang); } catch (err) { console.warn(err); }
  document.documentElement.lang = lang;
};
document.addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest('a[href^="#hbc-src-"]');
  if (!a) return;
  e.preventDefault(); e.stopPropagation();
  const card = document.getElementById(a.getAttribute("href").slice(1));
  if (!card) return;
  card.open = true;
  card.scrollIntoView({behavior: "smooth", block: "center"});
  card.classList.add("hbc-flash");
  setTimeout(() => card.classList.remove("hbc-flash"), 1500);
}, true);
document.addEventListener("submit", async (e) => {
  if (!e.target || e.target.id !== "hbc-admin-form") return;
  e.preventDefault();
  const form = e.target, input = form.querySelector("input[type=password]");
  const msg = form.querySelector("#hbc-admin-login-msg");
  const body = new URLSearchParams({password: input.value});
  input.value = "";
  let text = "⚠️";
  try {
    const r = await fetch("hbc/admin/login", {method: "POST", body, credentials: "same-origin"});
    text = (await r.json()).message || text;
    if (r.ok) document.querySelector("#hbc-admin-enter").click();
  } catch (err) { text = "⚠️ " + err; }
  msg.textContent = text;
}, true);
</script>
"""
SET_LANG_JS = """(...args) => {
  window.hbcLocale(args[0] === "English" ? "en" : "vi");
  return args;
}"""
LOAD_JS = """(...args) => { window.hbcLocale("vi"); return args; }"""
# Gradio's own words (upload box, chat buttons, errors) in Vietnamese; Gradio ships no Vietnamese.
GRADIO_VI = {
    "upload_text.click_to_upload": "Bấm để chọn tệp",
    "upload_text.drop_file": "Thả tệp vào đây",
    "common.or": "hoặc",
    "common.clear": "Xoá",
    "common.download": "Tải xuống",
    "common.error": "Lỗi",
    "common.loading": "Đang tải",
    "common.remove": "Bỏ",
    "common.submit": "Gửi",
    "common.empty": "Trống",
    "common.built_with_gradio": "Làm bằng Gradio",
    "chatbot.clear": "Xoá",
    "chatbot.copy_message": "Chép câu trả lời",
    "chatbot.copied_message": "Đã chép",
    "chatbot.like": "Hữu ích",
    "chatbot.dislike": "Không hữu ích",
    "dropdown.dropdown": "Danh sách",
    "dataframe.sort_ascending": "Xếp tăng dần",
    "dataframe.sort_descending": "Xếp giảm dần",
}
DOWNLOAD_JS = """(md) => {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([md], {type: "text/markdown;charset=utf-8"}));
  a.download = "hoi-bao-cao.md"; a.click(); URL.revokeObjectURL(a.href);
}"""
# The answer service words its refusals in English; the Vietnamese page shows them in Vietnamese.
VI_ERRORS = (
    (re.compile(r"the question is too long \((\d+) characters, at most (\d+)\)"),
     r"câu hỏi quá dài (\1 ký tự, tối đa \2)"),
    (re.compile(r"the question is empty.*"), "câu hỏi trống: hãy nhập điều bạn muốn biết"),
    (re.compile(r"the question has no words"), "câu hỏi không có chữ nào"),
    (re.compile(r"the question (is not|must be) text.*"), "câu hỏi phải là văn bản"),
)  # fmt: skip


def error_text(message: str, lang: str) -> str:
    """A refusal from the answer service in the page's language."""
    if lang == "vi":
        for pattern, vi in VI_ERRORS:
            if pattern.fullmatch(message):
                return pattern.sub(vi, message)
    return message
