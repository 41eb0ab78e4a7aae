"""A summary asked of the results and another part joined to them (bot/summary_scope.py):
several parts, not the tasks section alone; the words that name the parts are no topic."""

from __future__ import annotations

import pytest

from bot.summary_scope import several_parts, without_parts
from core.text import fold


@pytest.mark.parametrize(
    "question",
    [
        "Tóm lược tình hình chuyển đổi số quý II và phương hướng quý III của Sở Y tế",
        "tom tat ket qua cong tac van thu nam 2021, nhiem vu nam 2022",
        "Summarise the progress on digital archives and the tasks for next year",
        "Give me the main results and priorities of the health department",
        "Tóm tắt những hạn chế và kết quả kiểm soát thủ tục",
    ],
)
def test_results_joined_to_another_part(question: str) -> None:
    assert several_parts(fold(question))


@pytest.mark.parametrize(
    "question",
    [
        # the results OF the tasks: one thing, nothing joins them
        "Tóm tắt kết quả thực hiện nhiệm vụ số hóa hồ sơ năm 2021",
        "Tóm tắt kết quả nâng cấp đường làng và cải tạo chợ quê",
        "Tóm tắt những nhiệm vụ trọng tâm năm tới",
        "Summarise the results of the one-stop shop",
    ],
)
def test_one_part_asked(question: str) -> None:
    assert not several_parts(fold(question))


def test_part_words_are_no_topic() -> None:
    left = without_parts(fold("Tóm tắt kết quả văn thư lưu trữ và nhiệm vụ năm tới"))
    assert "ket qua" not in left
    assert "nhiem vu" not in left
    assert "van thu luu tru" in left
