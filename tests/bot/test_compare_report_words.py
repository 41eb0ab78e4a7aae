"""A comparison across reports: the words that name a side's report or date ("the Q1 2019
report", "(June 2022)", "tính đến cuối 9/2022") are never what the side counts, a figure of an
outlet the question does not name never fills a side of the outlets it names, and a side's own
answer fills a side only from a line of the asked subject. Reports made up for the test, or
words alone."""

from __future__ import annotations

from bot.compare_answered import DOUBTED_TOPIC, topical
from bot.compare_kind import asked_kind
from bot.compare_outlets import fact_of_other_outlet
from bot.compare_pick import ACCEPT, Pick
from bot.compare_sides import Side, side_query
from core.query import parse_query
from index.facts import build_facts
from tests.bot.test_compare_answered import BP, YB
from tests.helpers.mini_index import compare_wired, mini_corpus, side_row
from tests.helpers.typed import body


def _words(text: str, province: str, year: int) -> tuple[str, ...]:
    q = parse_query(text)
    return asked_kind(side_query(q, Side(province, (province,), (year,)))).words


def test_a_month_and_a_report_are_no_topic_words() -> None:
    text = "Records received online: Dong Thap (June 2022) against Ha Tinh (half-year report)?"
    for province in ("Đồng Tháp", "Hà Tĩnh"):
        words = _words(text, province, 2022)
        assert not {"june", "half", "report", "phong", "su"} & set(words), words
        assert "online" in words, words
    words = _words("Số hồ sơ tiếp nhận của Đồng Tháp (tính đến cuối 9/2022) so với Hà Tĩnh",
                   "Đồng Tháp", 2022)  # fmt: skip
    assert not {"cuoi", "9"} & set(words), words
    # "máy" (machines) folds to "may": with no year after it, it stays a topic word
    words = _words("Số máy tính của cán bộ Hà Tĩnh so với Tuyên Quang năm 2022", "Hà Tĩnh", 2022)
    assert "may" in words, words


PROCEDURES = """II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH
2. Cải cách thủ tục hành chính
Tổng số TTHC thuộc thẩm quyền giải quyết của tỉnh: {total}, trong đó: cấp tỉnh: {tinh} thủ
tục, cấp huyện: {huyen} thủ tục, cấp xã: {xa} thủ tục.
"""


def test_a_side_dated_by_its_report_is_found() -> None:
    index = mini_corpus([
        (BP, PROCEDURES.format(total=1_560, tinh="1.230", huyen=210, xa=120)),
        (YB, PROCEDURES.format(total=1_470, tinh="1.150", huyen=205, xa=115)),
    ])  # fmt: skip
    table = compare_wired(index, "How many district-level procedures: the Binh Phuoc half-year "
                          "report against the Yen Bai Q1 2019 report?", "en")  # fmt: skip
    assert "**210**" in side_row(table, "Bình Phước"), body(table)
    assert "**205**" in side_row(table, "Yên Bái"), body(table)


PRESS = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan thông tấn, báo chí
- Trên các ấn phẩm báo in và báo điện tử, Báo Bình Phước đã đăng tải 120 tin và ảnh về CCHC;
- Báo chí Trung ương và tỉnh bạn cũng đã có trên 80 tin, bài tuyên truyền về CCHC của tỉnh.
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh
Cổng Thông tin điện tử đã cập nhật hơn 95 tin, bài tuyên truyền về cải cách hành chính.
"""


def test_an_outlet_not_asked_is_no_side_of_two_asked_outlets() -> None:
    index = mini_corpus([(BP, PRESS)])
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    both = parse_query("Binh Phuoc: reform items run by the web portal and by the newspaper")
    assert fact_of_other_outlet(both, facts["80"])  # the central press: neither asked outlet
    assert not fact_of_other_outlet(both, facts["120"])
    assert not fact_of_other_outlet(both, facts["95"])


def test_an_own_answer_needs_a_line_of_the_asked_subject() -> None:
    index = mini_corpus([(BP, PRESS)])
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    asked = asked_kind(parse_query("Số tin bài CCHC trên Cổng thông tin điện tử Bình Phước"))
    said = facts["95"]
    off, on = DOUBTED_TOPIC / 2, (DOUBTED_TOPIC + ACCEPT) / 2
    assert not topical(asked, said, [Pick(said, 0.0, off)])
    assert topical(asked, said, [Pick(said, 0.0, on)])
    # the ranking left the fact out: `keeps_kind` alone judges it
    assert topical(asked, said, [Pick(facts["120"], 0.0, off)])


TWICE = """6. Xây dựng chính quyền điện tử
Tỷ lệ văn bản trao đổi dưới dạng điện tử đạt 97%, 97% cán bộ, công chức được cấp hộp thư công vụ.
"""


def test_an_own_answer_may_be_any_fact_of_its_figure_in_its_passage() -> None:
    index = mini_corpus([(BP, TWICE)])
    facts = build_facts(index.reports.values(), index.chunks)
    docs, mail = sorted(facts, key=lambda f: f.span_start)
    assert docs.norm == mail.norm
    assert docs.chunk_id == mail.chunk_id
    asked = asked_kind(parse_query("Tỷ lệ cán bộ Bình Phước có hộp thư công vụ"))
    off, on = DOUBTED_TOPIC / 2, (DOUBTED_TOPIC + ACCEPT) / 2
    # the answer's quote holds both: the one the ranking reads as of the subject settles it
    assert topical(asked, docs, [Pick(docs, 0.0, off), Pick(mail, 0.0, on)])


def test_the_doubted_topic_is_some_but_not_enough() -> None:
    # a figure shown unsure, or an own answer, needs some of the topic: less than a ranked
    # figure needs to stand on its own
    assert 0.0 < DOUBTED_TOPIC < ACCEPT


def test_what_follows_a_back_referenced_side_is_its_own() -> None:
    text = ("How many online services did Ha Tinh offer, compared with those offered in Tuyen "
            "Quang through the national portal?")  # fmt: skip
    first = _words(text, "Hà Tĩnh", 2022)
    second = _words(text, "Tuyên Quang", 2022)
    assert "quoc" not in first, first
    assert "quoc" in second, second
    # a shared tail after a plain contrast stays every side's
    shared = _words("Số hồ sơ trực tuyến của Hà Tĩnh so với Tuyên Quang qua Cổng dịch vụ công "
                    "quốc gia", "Hà Tĩnh", 2022)  # fmt: skip
    assert "quoc" in shared, shared
