"""A labelled list item followed by unmarked paragraphs ("+ Kết quả …: …" then what was done,
paragraph by paragraph) is a block of its own for the section answer, under its label."""

from __future__ import annotations

from bot.section_answer import label_of, labelled_runs
from tests.helpers.paras import paras as _paras

TEXT = "\n\n".join([
    "- Kết quả thực hiện cơ chế một cửa:",
    "+ Kết quả cấp giấy phép trực tuyến: Thực hiện Nghị định số 10/2021/NĐ-CP của Chính phủ.",
    "Nâng cấp phần mềm cấp phép của tỉnh.",
    "Tập huấn cho 40 công chức cấp huyện.",
    "+ Kết quả tiếp nhận hồ sơ: đã tiếp nhận 1.200 hồ sơ.",
    "Trong đó trực tuyến 300 hồ sơ.",
])  # fmt: skip


def test_a_labelled_item_and_the_paragraphs_after_it() -> None:
    runs = labelled_runs(_paras(TEXT))
    # the second "+" item has one paragraph after it: its own sentence, no run
    assert len(runs) == 1
    para, run = runs[0]
    assert label_of(para.text) == "Kết quả cấp giấy phép trực tuyến"
    assert [p.text for p in run] == [
        "Nâng cấp phần mềm cấp phép của tỉnh.", "Tập huấn cho 40 công chức cấp huyện."
    ]


def test_no_label_no_run() -> None:
    text = "\n\n".join(["- Nâng cấp phần mềm.", "Đào tạo công chức.", "Mua sắm máy chủ."])
    assert labelled_runs(_paras(text)) == []
