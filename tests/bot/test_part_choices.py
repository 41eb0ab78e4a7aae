"""A part asked for by a label several parts carry (bot/part_choices.py, bot/part_contents.py,
bot/summary_answer.py): "phần II" of a province with two reports, each with A > II and B > II,
lists the choices (which report, which part) unless the question's period or words tell one;
a numeric label ("section 2", "mục 3") is never answered by a part with another number, and a
label no part carries is said to be not found. Reports written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.part_contents import ContentsAnswerer
from bot.part_labels import part_labels
from bot.part_outline import OutlineAnswerer
from bot.section_answer import SectionAnswerer
from bot.summary_answer import SummaryAnswerer
from bot.summary_named import NamedParts
from core.query import parse_query
from core.result import Answer
from tests.helpers.mini_index import REPORT as BP22
from tests.helpers.mini_index import everything, mini_corpus

BP23 = replace(BP22, id="t002", file="t002.txt", number="12/BC-VPUBND", date="2023-12-10",
               year=2023, period="Năm 2023")  # fmt: skip

TEXT = """BÁO CÁO
Kết quả tuyên truyền và chuyển đổi số {period}

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Tuyên truyền trên báo chí

- Báo tỉnh đăng tải {n} tin, bài về cải cách hành chính.

2. Tuyên truyền trên Cổng thông tin điện tử

- Cổng thông tin điện tử đăng 95 tin, bài.

II. ĐÁNH GIÁ CHUNG

1. Ưu điểm

- Các cơ quan quan tâm công tác tuyên truyền.

2. Tồn tại, hạn chế

- Nội dung tuyên truyền chưa phong phú.

B. CHUYỂN ĐỔI SỐ

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Hạ tầng số

- Lắp đặt 40 điểm truy cập.

2. Dữ liệu số

- Xây dựng 3 cơ sở dữ liệu.

II. NHIỆM VỤ THỜI GIAN TỚI

1. Hoàn thiện hạ tầng

- Nâng cấp mạng diện rộng.

2. Phát triển dữ liệu

- Số hóa hồ sơ lưu trữ.
"""


@pytest.fixture(scope="module")
def answerers() -> tuple[ContentsAnswerer, SummaryAnswerer, object]:
    index = mini_corpus([
        (BP22, TEXT.format(period="6 tháng đầu năm 2022", n=60)),
        (BP23, TEXT.format(period="năm 2023", n=80)),
    ])  # fmt: skip
    sections = SectionAnswerer(index)
    contents = ContentsAnswerer(sections, NamedParts(index, sections), OutlineAnswerer(sections))
    return contents, SummaryAnswerer(index, sections), index


def _contents(answerers, question: str) -> Answer | None:  # type: ignore[no-untyped-def]
    contents, _, index = answerers
    lang = "en" if question[:4] in ("What", "Whic") else "vi"
    return contents.answer(parse_query(question), everything(index), lang)


def _choices(ans: Answer) -> list[str]:
    return [line for line in ans.text.split("\n\n")[0].splitlines() if line.startswith("- ")]


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("What does section 2 of the report cover?", [("2",)]),
        ("mục 2.1 gồm những nội dung gì", [("2", "1")]),
        ("Phần 3. gồm những gì?", [("3",)]),
        ("muc 2 bao cao binh phuoc co nhung noi dung gi", [("2",)]),
        ("Mục 3 về dịch vụ công trực tuyến gồm gì", [("3",)]),  # "mục" written: a part
        # without diacritics "muc 3, 4" / "muc 4" of online services is a level ("mức")
        ("tom tat ket qua cung cap dvc truc tuyen muc 3, 4 cua binh phuoc", []),
        ("so ho so muc 4 cua binh phuoc", []),
        ("muc 3 va muc 4 gom gi", []),
        # a share, a figure, a year: no label
        ("phần 1/3 số hồ sơ", []),
        ("mục 1.845 hồ sơ", []),
        ("part 2022 of the plan", []),
    ],
)
def test_a_number_after_a_word_for_a_part_is_a_label(question: str, labels: list) -> None:  # type: ignore[type-arg]
    assert part_labels(question) == labels


@pytest.mark.parametrize(
    "question",
    [
        "What does part II of the Binh Phuoc report cover?",
        "Phần II báo cáo Bình Phước gồm những nội dung nào?",
        "muc II cua bao cao binh phuoc co nhung noi dung gi",
    ],
)
def test_a_label_of_several_parts_and_reports_lists_the_choices(answerers, question) -> None:  # type: ignore[no-untyped-def]
    ans = _contents(answerers, question)
    assert ans is not None
    assert not ans.abstained
    assert "**" not in ans.text  # no part stated as the answer
    lines = _choices(ans)
    assert len(lines) == 4  # A > II and B > II of each report
    assert sum("Năm 2023" in line for line in lines) == 2
    assert all("II. " in line for line in lines)


def test_the_period_named_picks_the_report(answerers) -> None:  # type: ignore[no-untyped-def]
    ans = _contents(answerers, "Phần II của báo cáo Bình Phước năm 2023 gồm những nội dung gì?")
    assert ans is not None
    lines = _choices(ans)
    assert len(lines) == 2
    assert all("Năm 2023" in line for line in lines)


@pytest.mark.parametrize(
    "question",
    [
        "Mục II (nhiệm vụ thời gian tới) của báo cáo Bình Phước năm 2023 gồm những nội dung nào?",
        "What does part II (nhiệm vụ thời gian tới) of the 2023 Binh Phuoc report cover?",
        "phan II nhiem vu thoi gian toi bao cao binh phuoc nam 2023 gom nhung gi",
    ],
)
def test_words_tell_the_labelled_parts_apart(answerers, question) -> None:  # type: ignore[no-untyped-def]
    ans = _contents(answerers, question)
    assert ans is not None
    assert all("B. CHUYỂN ĐỔI SỐ > II. NHIỆM VỤ" in c.section for c in ans.citations)
    assert all(c.period == "Năm 2023" for c in ans.citations)


@pytest.mark.parametrize(
    "question",
    [
        "What does section 2 of the Binh Phuoc 2023 report cover?",
        "Mục 2 của báo cáo Bình Phước năm 2023 gồm những nội dung gì?",
        "muc 2 bao cao binh phuoc nam 2023 co nhung noi dung gi",
    ],
)
def test_a_numeric_label_is_never_answered_by_another_number(answerers, question) -> None:  # type: ignore[no-untyped-def]
    ans = _contents(answerers, question)
    assert ans is not None
    lines = _choices(ans)
    assert len(lines) == 4
    assert all(line.split(" > ")[-1].startswith("2. ") for line in lines)


@pytest.mark.parametrize(
    "question",
    [
        "What does section 7 of the Binh Phuoc 2023 report cover?",
        "Phần IV báo cáo Bình Phước năm 2023 gồm những nội dung nào?",
        "muc 5 bao cao binh phuoc nam 2023 gom nhung gi",
    ],
)
def test_a_label_no_part_carries_is_not_found(answerers, question) -> None:  # type: ignore[no-untyped-def]
    ans = _contents(answerers, question)
    assert ans is not None
    assert ans.abstained
    assert "**" not in ans.text
    assert not ans.citations


@pytest.mark.parametrize(
    ("question", "choices"),
    [
        ("Tóm tắt mục 5 của báo cáo Bình Phước năm 2023", None),  # not found
        ("Summarise section 2 of the 2023 Binh Phuoc report", 4),
        ("tom tat phan II bao cao binh phuoc nam 2023", 2),
    ],
)
def test_a_summary_of_a_label_lists_or_says_not_found(answerers, question, choices) -> None:  # type: ignore[no-untyped-def]
    _, summary, index = answerers
    lang = "en" if question.startswith("Summ") else "vi"
    ans = summary.answer(parse_query(question), everything(index), lang)
    assert ans is not None
    if choices is None:
        assert ans.abstained
        assert "**" not in ans.text
    else:
        assert len(_choices(ans)) == choices
        assert all(c.period == "Năm 2023" for c in ans.citations)
