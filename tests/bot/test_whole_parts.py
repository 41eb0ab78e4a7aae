"""A question asking several parts of one breakdown whose stated figure is the breakdown's
whole gets each part's item figure, the whole never bold (bot/whole_parts.py). Report text
written for the test, in the reports' style."""

from __future__ import annotations

from bot.extractive.sites import _figures_of
from bot.whole_parts import _whole_items, whole_parts
from core.query import parse_query
from core.result import Answer, Citation
from tests.helpers.mini_index import mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

Số lượng hồ sơ đã tiếp nhận: 52.870 hồ sơ.

Số lượng hồ sơ đang giải quyết: 4.310; trong đó, trong hạn: 3.905, quá hạn: 405.

Đã cấp 960 chứng thư số cho tổ chức và cá nhân (trong đó: chứng thư số cá nhân là 610; chứng thư số của tổ chức là 350).

5. Tài chính công

Kinh phí được giao năm 2022 là 8.400.000.000 đồng.
"""


INDEX = mini_index(REPORT)


def _whole_stated(question: str) -> Answer | None:
    """The whole stated in bold, its quote cut at the ";" (as a clause quote is), through
    `whole_parts`."""
    chunk = next(c for c in INDEX.chunks if "4.310" in c.text)
    quote = "Số lượng hồ sơ đang giải quyết: 4.310;"
    cit = Citation(1, chunk.report_id, "", "", "", "", chunk.section, quote, 1.0, chunk_id=chunk.id)
    text = f"**4.310** [1]\n> {quote}\n\nNguồn:\n[1] …"
    ans = Answer(question, text, False, (cit,), figure="4.310")
    return whole_parts(parse_query(question), ans, INDEX)


def test_items_of_a_whole_are_read_past_its_semicolon() -> None:
    sites = _figures_of("Hồ sơ đang giải quyết: 4.310; trong đó, trong hạn: 3.905, quá hạn: 405.", [])
    got = _whole_items(sites, "4.310")
    assert got is not None
    assert {s.figure for s in got[1]} == {"3.905", "405"}
    assert _whole_items(sites, "405") is None  # an item heads no breakdown


def test_each_asked_part_gets_its_item_not_the_whole() -> None:
    ans = _whole_stated("Hồ sơ đang giải quyết: mấy hồ sơ trong hạn và mấy hồ sơ quá hạn?")
    assert ans is not None
    assert "**3.905**" in ans.text, ans.text
    assert "**405**" in ans.text
    assert "**4.310**" not in ans.text  # the whole, not bold
    assert "4.310" in ans.text
    assert "trong hạn: 3.905, quá hạn: 405" in ans.text  # the sentence read past the ";"


def test_the_whole_asked_alone_stays() -> None:
    assert _whole_stated("Bao nhiêu hồ sơ đang giải quyết?") is None


def test_a_part_no_item_names_reads_not_stated() -> None:
    ans = _whole_stated("Bao nhiêu hồ sơ đang giải quyết trước hạn, bao nhiêu quá hạn?")
    assert ans is not None
    assert "**405**" in ans.text, ans.text
    assert "trước hạn: không nêu" in ans.text


def test_parts_the_whole_is_said_of_leave_the_whole() -> None:
    # "cho tổ chức và cá nhân", before the bracket: the whole asked, not its parts
    chunk = next(c for c in INDEX.chunks if "960" in c.text)
    quote = "Đã cấp 960 chứng thư số cho tổ chức và cá nhân"
    cit = Citation(1, chunk.report_id, "", "", "", "", chunk.section, quote, 1.0, chunk_id=chunk.id)
    question = "Đã cấp bao nhiêu chứng thư số cho tổ chức và cá nhân?"
    ans = Answer(question, f"**960** [1]\n> {quote}", False, (cit,), figure="960")
    assert whole_parts(parse_query(question), ans, INDEX) is None
