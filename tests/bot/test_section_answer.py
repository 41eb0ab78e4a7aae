"""Section answers over the real seed index: the asked section found by heading and contents,
its items listed and cited; the structure helpers on real chunks; long sections ranked."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.section_answer import SectionAnswerer, read_out
from bot.structure import Trees, closing, items_of, ordinal, own_paras, textrank
from bot.web_page import TEXT
from bot.web_render import source_cards
from core.query import parse_query
from core.text import fold
from tests.helpers.typed import (
    assert_items_cited,
    assert_quotes_at_lines,
    assert_restored,
    bullets,
)

HT22 = "000_e698a6639bf0946b"
HT19 = "001_cfc09c4d7094a6ed"
TQ = "002_e5e7f1c560f345ee"
DT = "003_65220bd344690fa1"
HD = "004_b819450d24d342ba"
# What closes a report: recipients, filing line, signature, "Trên đây là …".
CLOSING = ("noi nh", "luu: vt", "luu vt", "kt. ", "giam doc", "tren day", "bo tt&tt", "(de bi")


@pytest.mark.parametrize(
    "question",
    [
        "Những khó khăn, vướng mắc của Tuyên Quang trong chuyển đổi số là gì?",
        "nhung han che, ton tai cua tuyen quang la gi",
        "What problems did Tuyen Quang report?",
    ],
)
def test_limitations_listed(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert {c.report_id for c in ans.citations} == {TQ}
    # Every item comes from the limitations section, one citation per item.
    assert all(c.section.endswith("Tồn tại, hạn chế") for c in ans.citations)
    assert len(bullets(ans)) == len(ans.citations) >= 5
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)
    # The whole section is one click away: each citation's context holds all of it.
    assert all(ans.citations[-1].quote[:40] in c.context for c in ans.citations)


def test_section_items_read_restored(service: AnswerService) -> None:
    # Tuyên Quang's report is OCR-damaged: staff read its restored text, the OCR line is kept.
    ans = service.answer("nhung han che, ton tai cua tuyen quang la gi")
    assert_restored(ans)
    assert "**3. Tồn tại, hạn chế**" in ans.text
    first = bullets(ans)[0]
    assert first.startswith("- " + " ".join(ans.citations[0].quote.lstrip("- ").split()[:6]))


def test_a_section_the_report_lacks_is_said_missing(service: AnswerService) -> None:
    # Đồng Tháp's report has no limitations section: say so, never figure candidates.
    ans = service.answer("Đồng Tháp có những hạn chế gì?")
    assert ans.abstained
    assert ans.citations == ()
    assert not ans.candidates
    assert "không có mục nói về hạn chế" in ans.text
    assert "Đồng Tháp" in ans.text


def test_causes_not_limitations(service: AnswerService) -> None:
    ans = service.answer("Nguyên nhân nào được Tuyên Quang nêu?")
    assert ans.citations
    assert all(fold(c.section).endswith("nguyen nhan") for c in ans.citations)
    assert_items_cited(ans)


def test_proposals_long_section_ranked(service: AnswerService) -> None:
    ans = service.answer("Hải Dương kiến nghị, đề xuất những gì?")
    assert all(c.report_id == HD and "kien nghi" in fold(c.section) for c in ans.citations)
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)


def test_long_section_says_how_many_more(service: AnswerService) -> None:
    index = service.retriever.index
    small = SectionAnswerer(index, max_items=3)
    q = parse_query("Phương hướng nhiệm vụ cuối năm 2022 của Văn phòng UBND tỉnh Đồng Tháp?")
    ans = small.answer(q, service.retriever.retrieve(q), "vi")
    assert ans is not None
    assert len(bullets(ans)) == 3
    assert "… còn 5 mục nữa" in ans.text
    # the most central items first: the three TextRank ranks highest of the section's eight
    block, _ = small.find(q, service.retriever.retrieve(q), ["tasks"]) or (None, 0)
    assert block is not None
    _, items = items_of(block.paras)
    central = textrank([it.full() for it in items])
    top = sorted(range(len(items)), key=lambda i: -central[i])[:3]
    assert [c.line_start for c in ans.citations] == [items[i].para.line_start for i in top]


def test_whole_section_one_click_away_in_the_web_card(service: AnswerService) -> None:
    small = SectionAnswerer(service.retriever.index, max_items=3)
    q = parse_query("Phương hướng nhiệm vụ cuối năm 2022 của Văn phòng UBND tỉnh Đồng Tháp?")
    ans = small.answer(q, service.retriever.retrieve(q), "vi")
    assert ans is not None
    html = source_cards(ans.citations, "vi", TEXT["vi"], set())
    cards = html.split('<details class="hbc-card"')[1:]
    assert len(cards) == 3
    for c, card in zip(ans.citations, cards, strict=True):
        shown, whole = card.split('<details class="hbc-whole">')
        # the card shows the item's own paragraph, marked; the whole section is one click away
        assert "<mark>" in shown
        assert shown.count("<p>") == 1
        # the heading and the section's eight items, the cited one marked
        assert "Toàn bộ mục (9)" in whole
        assert whole.count("<p>") == 9
        assert whole.count("<mark>") == 1
        assert c.quote[:30] in shown


def test_closing_is_no_item(service: AnswerService) -> None:
    # Hà Tĩnh's Q1/2019 limitations are the report's last section: the recipients and the
    # signature under it are not limitations
    ans = service.answer(
        "Những tồn tại, hạn chế trong hiện đại hóa hành chính của Hà Tĩnh quý I/2019 là gì?"
    )
    assert {c.report_id for c in ans.citations} == {HT19}
    assert len(bullets(ans)) == 3
    assert not any(w in fold(b) for b in bullets(ans) for w in CLOSING), bullets(ans)
    assert_items_cited(ans)


def test_closing_sentence_cut_from_the_last_item(service: AnswerService) -> None:
    ans = service.answer("What recommendations did Hai Duong make to the Ministry of Home Affairs?")
    assert {c.report_id for c in ans.citations} == {HD}
    assert len(bullets(ans)) == 7
    assert not any(w in fold(b) for b in bullets(ans) for w in CLOSING), bullets(ans)
    assert_quotes_at_lines(ans.citations)


def test_a_heading_run_into_the_recipients_has_no_items(service: AnswerService) -> None:
    # Đồng Tháp's "VI. KIẾN NGHỊ, ĐỀ XUẤT" is followed only by the recipients: no proposals
    ans = service.answer("Đồng Tháp có kiến nghị, đề xuất gì trong báo cáo quý III/2022?")
    assert ans.abstained
    assert "không có mục nói về kiến nghị" in ans.text


def test_next_heading_does_not_leak(service: AnswerService) -> None:
    # "5. Công tác tự đánh giá …" sits in section 4's chunk (its heading was not seen): it is
    # not part of section 4
    trees = Trees(service.retriever.index)
    sec = next(
        s for s in trees.get(HD).walk() if fold(s.heading).startswith("4. ve cong tac kiem tra")
    )
    assert len(sec.body()) > 1
    own = own_paras(sec.heading, sec.body())
    assert len(own) == 1
    ans = service.answer("Hải Dương đã làm gì về công tác kiểm tra cải cách hành chính năm 2022?")
    assert len(bullets(ans)) == 1
    assert "1149" not in ans.text
    # the heading run into section 4 heads a section of its own, with its items
    blocks = SectionAnswerer(service.retriever.index).blocks(HD)
    five = next(b for b in blocks if fold(b.heading).startswith("5. cong tac tu danh gia"))
    assert five.heading_para is not None
    assert any("1149" in p.text for p in five.paras)
    assert len(items_of(five.paras)[1]) == 5


def test_only_the_next_number_of_the_same_style_ends_a_section(service: AnswerService) -> None:
    assert ordinal("4. Về công tác") == ("digit", 4)
    assert ordinal("IV. PHƯƠNG HƯỚNG") == ("roman", 4)
    assert ordinal("B. XÂY DỰNG") == ("letter", 2)
    # a part lettered "B." keeps its roman-numbered sections ("I. KẾT QUẢ ĐẠT ĐƯỢC" …) and
    # ends at the report's closing
    trees = Trees(service.retriever.index)
    part = next(s for s in trees.get(HT22).walk() if fold(s.heading).startswith("b. xay dung"))
    own = own_paras(part.heading, part.body())
    assert any(fold(p.text).startswith("i. ket qua") for p in own)
    assert any(fold(p.text).startswith("iii. phuong huong") for p in own)
    assert not any(closing(p) for p in own)
    assert any(closing(p) for p in part.body())


def test_what_tasks_is_the_tasks_section(service: AnswerService) -> None:
    ans = service.answer("What tasks does Hai Duong set for administrative reform in 2023?")
    assert all(c.report_id == HD and "2023" in c.section for c in ans.citations)
    assert len(bullets(ans)) == 7
    assert_items_cited(ans)


def test_a_figure_question_is_not_a_section(service: AnswerService) -> None:
    ans = service.answer("Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?")
    assert ans.figure == "1.044"


def test_items_of_real_section(service: AnswerService) -> None:
    trees = Trees(service.retriever.index)
    limits = next(s for s in trees.get(TQ).walk() if s.heading.endswith("Ton tai, han ché"))
    lead, items = items_of(limits.body())
    assert not lead
    assert all(it.para.text.startswith("- ") for it in items)
    # Lines grow item by item: the items are in report order.
    starts = [it.para.line_start for it in items]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


def test_textrank_prefers_the_shared_topic() -> None:
    texts = [
        "dịch vụ công trực tuyến mức độ 4 được cung cấp",
        "hồ sơ dịch vụ công trực tuyến được tiếp nhận",
        "dịch vụ công trực tuyến mức độ 3 và mức độ 4",
        "hội nghị truyền hình",
    ]
    scores = textrank(texts)
    assert scores.index(min(scores)) == 3
    assert max(scores) > scores[3]


def test_a_heading_reads_out_its_abbreviations_one_way() -> None:
    # "Cải cách TTHC" names "thủ tục hành chính"; a heading spelling "cải cách hành chính" out
    # gains no "cchc" the question's own expansion would count twice
    assert "thu tuc hanh chinh" in read_out("2. Cải cách TTHC")
    assert "cchc" not in read_out("I. Công tác chỉ đạo cải cách hành chính").split()
