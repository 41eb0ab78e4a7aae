"""Small talk ("xin chào", "cảm ơn", "bạn là ai?", "what can you do?", "ok"): a short polite
reply in the user's language and example questions built from the reports held. Never a
retrieval result, never a figure."""

from __future__ import annotations

from core.result import Answer
from core.text import fold
from index.generations import LoadedIndex

_REPLIES = {
    "greet": ("Xin chào! Tôi trả lời câu hỏi về các báo cáo cải cách hành chính.",
              "Hello! I answer questions about the administrative-reform reports."),
    "thanks": ("Rất vui được giúp bạn.", "You are welcome."),
    "who": ("Tôi là Hỏi Báo Cáo, trợ lý tra cứu các báo cáo cải cách hành chính, chính quyền "
            "điện tử và dịch vụ công của các tỉnh. Mỗi câu trả lời trích dẫn báo cáo, mục và "
            "dòng nguồn.",
            "I am Hỏi Báo Cáo, an assistant that looks things up in provincial reports on "
            "administrative reform, e-government and public services. Every answer cites the "
            "report, section and source lines."),
    "help": ("Tôi tìm số liệu, tỷ lệ và thông tin của báo cáo (số hiệu, cơ quan, ngày, người "
             "ký) trong các báo cáo đã có, kèm trích dẫn.",
             "I find figures, percentages and report details (number, agency, date, signer) in "
             "the reports held, with citations."),
    "ack": ("Vâng.", "Okay."),
    "bye": ("Tạm biệt! Cần tra cứu gì cứ hỏi nhé.", "Goodbye! Ask any time."),
}  # fmt: skip


class SmallTalk:
    """Replies to small talk, with a hint naming the provinces and a report the index holds."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index

    def examples(self, en: bool) -> list[str]:
        """Three example questions about what the index holds."""
        reports = sorted(self.index.reports.values(), key=lambda r: r.id)
        provinces = list(dict.fromkeys(r.province for r in reports if r.province))
        if not provinces:
            return []
        p1 = provinces[0]
        p2 = provinces[1] if len(provinces) > 1 else p1
        numbered = next((r.number for r in reports if r.number), "")
        if en:
            e1, e2 = fold(p1).title(), fold(p2).title()
            out = [f"How many level-4 online public services does {e1} offer?",
                   f"What share of dossiers did {e2} settle on time?"]  # fmt: skip
            if numbered:
                out.append(f"Who signed report {numbered}?")
            return out
        out = [f"{p1} có bao nhiêu dịch vụ công trực tuyến mức độ 4?",
               f"Tỷ lệ hồ sơ giải quyết đúng hạn của {p2} là bao nhiêu?"]  # fmt: skip
        if numbered:
            out.append(f"Ai ký báo cáo {numbered}?")
        return out

    def answer(self, question: str, kind: str, language: str) -> Answer:
        """The reply to one kind of small talk (bot.intents.smalltalk_kind)."""
        en = language == "en"
        reply = _REPLIES.get(kind, _REPLIES["greet"])[1 if en else 0]
        examples = self.examples(en)
        if examples:
            head = "You can ask, for example:" if en else "Bạn có thể hỏi, ví dụ:"
            reply += "\n\n" + head + "\n" + "\n".join(f"- {e}" for e in examples)
        return Answer(question, reply, True, (), language=language, intent="smalltalk")

    def out_of_scope(self, question: str, language: str) -> Answer:
        """A question about nothing the reports hold: say so, and what can be asked."""
        en = language == "en"
        reply = (
            "That is outside what the reports cover (administrative reform, e-government, "
            "public services)."
            if en
            else "Câu hỏi này nằm ngoài nội dung các báo cáo (cải cách hành chính, chính quyền "
            "điện tử, dịch vụ công)."
        )
        examples = self.examples(en)
        if examples:
            head = "You can ask, for example:" if en else "Bạn có thể hỏi, ví dụ:"
            reply += "\n\n" + head + "\n" + "\n".join(f"- {e}" for e in examples)
        return Answer(question, reply, True, (), language=language, intent="out_of_scope")
