"""The noun a comparison side's figure counts, as written right after it: a count of feedback
"about procedures" is no count of procedures, however much of the question its sentence says.
Made-up reports of two provinces."""

from __future__ import annotations

from bot.side_noun import counts_another_kind, kind_of, own_noun
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

KT = Report(
    "t401", "t401.txt", province="Kon Tum", agency="Văn phòng UBND tỉnh Kon Tum",
    number="77/BC-VPUBND", date="2022-09-20", year=2022, period="Quý III/2022", quarter=3,
)  # fmt: skip
LS = Report(
    "t402", "t402.txt", province="Lạng Sơn", agency="UBND tỉnh Lạng Sơn",
    number="201/BC-UBND", date="2022-12-15", year=2022, period="Năm 2022",
)  # fmt: skip
KT_TEXT = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
2. Cải cách thủ tục hành chính
- Số TTHC của tỉnh đến thời điểm báo cáo: 1.702, trong đó: cấp tỉnh: 1.311 thủ tục, cấp huyện: 240 thủ tục, cấp xã: 151 thủ tục.
+ Tổng số phản ánh, kiến nghị về TTHC thuộc thẩm quyền của tỉnh: từ ngày 15/6/2022 đến ngày 14/9/2022, Văn phòng UBND tỉnh tiếp nhận 64 phản ánh, kiến nghị của người dân liên quan đến TTHC và đã chuyển cơ quan có thẩm quyền xử lý.
"""
LS_TEXT = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
2. Cải cách thủ tục hành chính
- Toàn tỉnh hiện có 1.806 TTHC thuộc thẩm quyền giải quyết, trong đó: cấp tỉnh 1.420, cấp huyện 238, cấp xã 148.
"""


def _index():  # type: ignore[no-untyped-def]
    return mini_corpus([(KT, KT_TEXT), (LS, LS_TEXT)])


def test_the_noun_written_after_a_count_is_read_across_its_comma() -> None:
    index = _index()
    by_value = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    assert own_noun(by_value["64"]) == "phan anh kien nghi"
    assert own_noun(by_value["1.311"]) == "thu tuc"
    assert own_noun(by_value["1.702"]) == ""  # "1.702, trong đó": no noun right after it


def test_a_count_of_another_kind_of_thing_is_not_the_asked_one() -> None:
    index = _index()
    by_value = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    procedures = frozenset({"thu tuc"})
    assert counts_another_kind(by_value["64"], procedures)  # feedback about procedures
    assert not counts_another_kind(by_value["1.311"], procedures)
    assert not counts_another_kind(by_value["1.702"], procedures)
    # feedback asked: the feedback count is its figure
    assert not counts_another_kind(by_value["64"], frozenset({"phan anh kien nghi"}))
    # a question naming no countable thing of a kind decides nothing
    assert not counts_another_kind(by_value["64"], frozenset({"nam"}))


def test_nouns_that_count_the_same_things_are_one_kind() -> None:
    assert kind_of("tthc") == kind_of("thu tuc")
    assert kind_of("cong chuc") == kind_of("nguoi")
    assert kind_of("ho so") != kind_of("thu tuc")
    assert kind_of("thang") is None  # a time says how long, not what is counted


def test_the_side_states_its_total_not_the_feedback_count() -> None:
    table = compare(
        _index(), "Tổng số TTHC thuộc thẩm quyền của Kon Tum (quý III/2022) so với Lạng Sơn?"
    )
    assert table is not None
    rows = [r.strip("|").split("|") for r in body(table).splitlines() if r.startswith("| ")]
    got = {r[0].strip(): r[1].strip() for r in rows[1:]}
    assert "1.702" in got["Kon Tum"]
    assert "64" not in got["Kon Tum"]
    assert "1.806" in got["Lạng Sơn"]
