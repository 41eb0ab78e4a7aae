"""Section answers over the real seed index: the asked section found by heading and contents,
its items listed and cited; the structure helpers on real chunks; long sections ranked."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.section_answer import SectionAnswerer
from bot.structure import Trees, items_of, textrank
from index.normalize import fold
from index.query import parse_query
from tests.helpers.typed import (
    assert_items_cited,
    assert_quotes_at_lines,
    assert_restored,
    bullets,
)

TQ = "002_e5e7f1c560f345ee"
HD = "004_b819450d24d342ba"


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
    assert "… còn" in ans.text
    assert "mục nữa" in ans.text


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
