"""A question asking two parts of one breakdown at once gets a figure line for each part, not
the first part's figure alone (bot/each_part.py); a figure said of both parts together stays
as it is. Report text written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.render import document
from core.result import Answer
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import plain_service

REPORT = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Số lượng hồ sơ đã giải quyết: 96.210; trong đó, giải quyết trước hạn: 81.004, đúng hạn:
14.380, quá hạn: 826.

Hồ sơ đang giải quyết: 7.940 hồ sơ. Trong đó, trong hạn: 6.512, quá hạn: 1.428.

5. Dịch vụ công trực tuyến

Các cơ quan cấp huyện đã tiếp nhận 3.216 hồ sơ dịch vụ công trực tuyến mức độ 4, trung bình mỗi
huyện 402 hồ sơ.

6. Hiện đại hóa hành chính

Tính đến hết tháng 9/2022, đã cấp 2.310 chứng thư số cho các cơ quan, tổ chức và cá nhân
(trong đó: chứng thư số cá nhân là 1.642; chứng thư số của tổ chức là 518; sim ký số cá nhân
là 150). Phối hợp cấp 4.120 chứng thư số cho tổ chức, cá nhân và 27 thiết bị ký số.

7. Dịch vụ bưu chính công ích

- Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích: đã tiếp nhận 9.480 hồ sơ (trong đó: 8.115 hồ
sơ tại Trung tâm Hành chính công cấp huyện; 1.365 hồ sơ đăng ký đất đai).
"""


def _ask(question: str) -> Answer:
    return plain_service(mini_index(REPORT)).answer(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Giải quyết trước hạn và đúng hạn bao nhiêu hồ sơ?", ("81.004", "14.380")),
        ("How many dossiers were resolved ahead of time and how many on time?", ("81.004", "14.380")),
        ("Đã cấp bao nhiêu chứng thư số cá nhân và tổ chức?", ("1.642", "518")),
        # "trong" is a preposition, no word of the part's own: its qualifier names it
        ("Hồ sơ đang giải quyết: bao nhiêu còn trong hạn, bao nhiêu đã quá hạn?", ("6.512", "1.428")),
    ],
)  # fmt: skip
def test_each_part_asked_gets_its_figure(question: str, expected: tuple[str, str]) -> None:
    ans = _ask(question)
    head = ans.text.split(">")[0]
    for fig in expected:
        assert f"**{fig}**" in head, ans.text
    figures = [r.text for b in document(ans).blocks for r in b.runs if r.kind == "figure"]
    assert set(expected) <= set(figures)


def test_one_part_asked_gets_one_figure() -> None:
    ans = _ask("Giải quyết đúng hạn bao nhiêu hồ sơ?")
    assert ans.figure == "14.380"
    assert ans.text.count("**") == 2


def test_a_figure_of_both_parts_together_adds_no_other() -> None:
    # "4.120 … cho tổ chức, cá nhân": one figure of both; "27 thiết bị" is no part of it
    ans = _ask("Phối hợp cấp bao nhiêu chứng thư số cho tổ chức, cá nhân và thiết bị ký số?")
    assert "**27** —" not in ans.text


def test_one_part_of_several_asked_is_not_stated_as_the_answer() -> None:
    # the report gives the district level alone: its figure, bold, would read as both levels'
    ans = _ask("Cấp huyện và cấp xã tiếp nhận bao nhiêu hồ sơ dịch vụ công trực tuyến mức độ 4?")
    assert not ans.figure
    assert "**" not in ans.text
    assert ans.candidates[0].figure == "3.216"
    assert _ask("Cấp huyện tiếp nhận bao nhiêu hồ sơ dịch vụ công trực tuyến mức độ 4?").figure == "3.216"


def test_a_part_the_whole_breakdown_is_of_adds_no_other() -> None:
    # every item is received by post: "bưu chính" says what the whole is of, and "1.365 hồ sơ
    # đăng ký đất đai" is no postal part beside the district's
    ans = _ask("Hồ sơ tiếp nhận qua bưu chính công ích, riêng cấp huyện là bao nhiêu?")
    assert ans.figure == "8.115"
    assert "**1.365**" not in ans.text
