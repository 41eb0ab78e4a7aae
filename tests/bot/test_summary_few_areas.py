"""A part of few areas (fewer than `MANY_AREAS`) is told by two clauses of each area, a part of
many areas by one (bot/summary_answer.py `_part_lines`): an assessment of four points, each a
paragraph of several sentences, loses what its later sentences say when each point is told by
one clause. Real parts: a small real index of a report written here."""

from __future__ import annotations

import re

from tests.helpers.mini_index import mini_index, summarise

_POINT = (
    "- Điểm {n} đã có chuyển biến rõ rệt trong quý. Phần mềm quản lý văn bản thứ {n} đã được "
    "kết nối tới mọi cơ quan cấp huyện. Ngành giáo dục thứ {n} đã quan tâm triển khai ứng dụng "
    "trong quản lý trường học. Nhiều hồ sơ thứ {n} được xử lý trực tuyến hơn so với trước đây.\n\n"
)


def _report(points: int) -> str:
    body = "".join(_POINT.format(n=n) for n in range(1, points + 1))
    return (
        "BÁO CÁO\nTình hình hiện đại hóa hành chính quý I năm 2022\n\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n\nĐã triển khai các phần mềm dùng chung.\n\n"
        f"II. ĐÁNH GIÁ CHUNG\n\n{body}"
    )


def _bullets(points: int) -> list[str]:
    text = summarise(mini_index(_report(points)), "Tóm tắt phần đánh giá chung của báo cáo")
    assert "ĐÁNH GIÁ CHUNG" in text.splitlines()[0]
    return [line for line in text.splitlines() if line.startswith("- ")]


def test_few_areas_each_told_by_two_clauses() -> None:
    bullets = _bullets(3)
    assert len(bullets) == 3
    assert all(len(re.findall(r"\[\d+\]", b)) == 2 for b in bullets), bullets


def test_many_areas_each_told_by_one_clause() -> None:
    bullets = _bullets(6)
    assert len(bullets) == 6
    assert all(len(re.findall(r"\[\d+\]", b)) == 1 for b in bullets), bullets
