"""The words an asked part is written with are that part's: read by their OCR skeleton they
name no sibling part ("tuyến" of "trực tuyến" is no "tồn", "trực" no "trước"), so the online
item of a breakdown of newly received dossiers is that part, not another. The report text is
written for the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.choice import _sibling_part
from bot.extractive.question import _asked_parts
from bot.extractive.sites import _figures_of
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Công tác cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

- Tổng số hồ sơ TTHC đã tiếp nhận 6 tháng đầu năm 2022: 120.500; trong đó: Số mới tiếp nhận trong kỳ: 110.200 (trực tuyến: 30.100, trực tiếp và qua dịch vụ bưu chính: 80.100); số từ kỳ trước chuyển qua: 10.300.
"""

_QUESTION = "Binh Phuoc: how many newly received administrative files were submitted online?"


def test_an_asked_parts_words_name_no_sibling_by_their_skeleton() -> None:
    line = REPORT.splitlines()[-1]
    online = next(f for f in _figures_of(line, []) if f.figure == "30.100")
    assert not _sibling_part(online, _asked_parts(parse_query(_QUESTION)))


def test_the_online_part_of_newly_received_dossiers_is_stated() -> None:
    index = mini_index(REPORT)
    assert ask(index, _QUESTION, "en").figure == "30.100"
    assert ask(index, "Binh Phuoc nhan bao nhieu ho so tu ky truoc chuyen qua").figure == "10.300"
