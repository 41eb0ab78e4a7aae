"""The provincial departments written with one side's name ("sở ngành Bình Phước") scope that
side alone: it takes its departments' figure, the other side its whole one, and neither side
reads "sở ngành" as the thing counted. Made-up reports of two provinces."""

from __future__ import annotations

from bot.compare_kind import _PROVINCIAL_BODIES
from bot.compare_side_scope import others_scope_out
from bot.side_reading import own_clauses
from core.query import parse_query
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

ONE = Report(
    "t311", "t311.txt", province="Bình Phước", agency="Sở Thông tin và Truyền thông Bình Phước",
    number="12/BC-STTTT", date="2022-06-15", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
TWO = Report(
    "t312", "t312.txt", province="Lâm Đồng", agency="Sở Thông tin và Truyền thông Lâm Đồng",
    number="34/BC-STTTT", date="2022-05-20", year=2022, period="5 tháng đầu năm 2022",
)  # fmt: skip
ONE_TEXT = """B. CHÍNH QUYỀN ĐIỆN TỬ
7. Kết quả cung cấp dịch vụ công trực tuyến mức độ 3 và 4
- Các sở, ban, ngành hiện nay đã có 140 DVC trực tuyến mức độ 3, 370 DVC trực tuyến mức độ 4.
- Tổng cấp huyện có 910 DVC trực tuyến mức độ 4 (trung bình mỗi huyện có 91 DVC mức 4).
"""
TWO_TEXT = """II. KẾT QUẢ CẢI CÁCH HÀNH CHÍNH
4. Hiện đại hóa hành chính
- Số dịch vụ công đang cung cấp mức độ 4 là: 640, đạt tỷ lệ 41,5% (trong đó: 590 dịch vụ công cấp tỉnh; 44 dịch vụ công cấp huyện; 06 dịch vụ công cấp xã).
"""


def _table(question: str) -> str:
    table = compare(mini_corpus([(ONE, ONE_TEXT), (TWO, TWO_TEXT)]), question)
    assert table is not None
    return body(table)


def test_departments_named_with_one_side_scope_that_side_alone() -> None:
    text = _table("Dịch vụ công trực tuyến mức 4: sở ngành Bình Phước và tỉnh Lâm Đồng, đâu nhiều hơn?")
    assert "**370**" in text, text
    assert "**640**" in text, text  # the other side's whole, not its provincial tier's share
    assert "**590**" not in text, text


def test_departments_named_second_without_diacritics() -> None:
    text = _table("DVC muc do 4 cua tinh Lam Dong so voi cua so nganh Binh Phuoc")
    assert "**370**" in text, text
    assert "**640**" in text, text


def test_others_scope_out_keeps_the_sides_own_scope() -> None:
    folded = "dvc muc 4: so nganh binh phuoc va tinh lam dong"
    assert "so nganh" not in others_scope_out(folded, ("Lâm Đồng",))
    assert others_scope_out(folded, ("Bình Phước",)) == folded
    english = "online services: binh phuoc's provincial departments versus lam dong"
    assert "provincial" not in others_scope_out(english, ("Lâm Đồng",))


def test_bare_departments_are_a_scope_unless_counted() -> None:
    assert _PROVINCIAL_BODIES.search("dvc muc 3 cua so nganh binh phuoc")
    assert not _PROVINCIAL_BODIES.search("binh phuoc co bao nhieu so nganh")
    assert not _PROVINCIAL_BODIES.search("tong so nganh cua binh phuoc")
    assert not _PROVINCIAL_BODIES.search("so nganh, linh vuc co dvc")


def test_a_closing_comparison_is_no_clause_of_its_own() -> None:
    q = parse_query("Bình Phước có bao nhiêu DVC mức 3, Lâm Đồng thì bao nhiêu? Bên nào cao hơn?")
    assert own_clauses(q, ("Lâm Đồng",)) is None


def test_departments_before_a_plain_list_are_every_sides() -> None:
    folded = "tthc cua cac so, ban, nganh o binh phuoc va lam dong"
    assert others_scope_out(folded, ("Lâm Đồng",)) == folded
    assert others_scope_out(folded, ("Bình Phước",)) == folded


def test_a_bracket_after_one_name_scopes_that_side_alone() -> None:
    folded = "dvc muc 4 cua binh phuoc (khoi so, ban, nganh), lam dong va ha tinh"
    assert "khoi" not in others_scope_out(folded, ("Lâm Đồng",))
    assert "khoi" not in others_scope_out(folded, ("Hà Tĩnh",))
    assert others_scope_out(folded, ("Bình Phước",)) == folded
    # after the last name of a plain list, it is said of the whole list: kept
    listed = "dvc muc 4 cua lam dong va binh phuoc (khoi so, nganh)"
    assert others_scope_out(listed, ("Lâm Đồng",)) == listed
    # a service level or a channel in the bracket is that side's too
    levels = "dvc tich hop: binh phuoc (level 3 and level 4), lam dong"
    assert "level" not in others_scope_out(levels, ("Lâm Đồng",))
    # a bracket naming no part of government, level or channel is no scope: kept
    other = "ty le can bo dung thu dien tu: binh phuoc (co tai khoan) so voi lam dong"
    assert others_scope_out(other, ("Lâm Đồng",)) == other


def test_a_bracketed_scope_takes_the_other_sides_whole_figure() -> None:
    text = _table("So sánh số DVC trực tuyến mức độ 4 của Bình Phước (khối sở, ban, ngành) và Lâm Đồng.")
    assert "**370**" in text, text
    assert "**640**" in text, text  # not its provincial tier's 590
    assert "**590**" not in text, text
