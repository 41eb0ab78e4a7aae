"""A side whose figure counts the asked tier of government together with another tier: "not
sure", its figure a candidate. Lines and wordings written for the test."""

from __future__ import annotations

from bot.compare_sides import Side
from bot.compare_table import Cell
from bot.compare_tiers_joined import one_tier_of_joined
from core.query import parse_query
from core.result import Citation
from index.metadata import Report
from tests.helpers.mini_index import compare_wired, mini_corpus, side_row
from tests.helpers.typed import body


def _cell(line: str, figure: str, part: str = "", side: str = "Lâm Đồng") -> Cell:
    cit = Citation(1, "r", "báo cáo", "1/BC", "Sở", "1/1/2022", "mục", line, 0.9,
                   chunk_id="r:0001", line_start=1, line_end=1)  # fmt: skip
    return Cell(Side(side, (side,), ()), figure=figure, citation=cit, part=part)


_JOINED = _cell("Toàn tỉnh có 812 thủ tục được số hóa cấp tỉnh và cấp huyện.", "812")
_ONE = _cell("Các sở, ngành cấp tỉnh đã số hóa 406 thủ tục hành chính.", "406")
_LISTED = _cell("Đã số hóa 530 thủ tục tại cấp huyện, cấp xã.", "530")
_ALL = _cell("100% thủ tục cấp tỉnh, cấp huyện đã được số hóa.", "100%")


def test_a_figure_of_two_tiers_is_not_one_tiers() -> None:
    q = parse_query("Procedures digitised at the provincial level: Lam Dong versus Binh Phuoc?")
    got = one_tier_of_joined(q, [_JOINED, _ONE, _ALL])
    assert got[0].figure == ""
    assert got[0].citation is None
    assert [f for f, _ in got[0].doubted] == ["812"]
    # a figure of the asked tier alone stands; a share of 100% said of both is each one's
    assert got[1].figure == "406"
    assert got[2].figure == "100%"
    district = parse_query("Thủ tục được số hóa ở cấp huyện: Lâm Đồng so với Bình Phước?")
    assert one_tier_of_joined(district, [_LISTED])[0].figure == ""


def test_joined_tiers_asked_together_or_as_a_part_stand() -> None:
    both = parse_query("Thủ tục số hóa cấp tỉnh và cấp huyện của Lâm Đồng so với Bình Phước?")
    assert one_tier_of_joined(both, [_JOINED])[0].figure == "812"
    whole = parse_query("Procedures digitised: Lam Dong versus Binh Phuoc?")
    assert one_tier_of_joined(whole, [_JOINED])[0].figure == "812"
    row = _cell(_JOINED.citation.quote if _JOINED.citation else "", "812", part="cấp tỉnh")
    tier = parse_query("Procedures digitised at the provincial level: Lam Dong versus Binh Phuoc?")
    assert one_tier_of_joined(tier, [row])[0].figure == "812"


_OLD = Report(
    "t601", "t601.txt", province="Lâm Đồng", agency="Sở TT&TT Lâm Đồng",
    number="12/BC-STTTT", date="2019-04-05", year=2019, quarter=1, period="Quý I/2019",
)  # fmt: skip
_NEW = Report(
    "t602", "t602.txt", province="Lâm Đồng", agency="Sở TT&TT Lâm Đồng",
    number="88/BC-STTTT", date="2022-06-20", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
_OTHER = Report(
    "t603", "t603.txt", province="Bình Phước", agency="Sở TT&TT Bình Phước",
    number="40/BC-STTTT", date="2022-05-25", year=2022, period="5 tháng đầu năm 2022",
)  # fmt: skip
_OLD_TEXT = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
3. Hạ tầng kỹ thuật
- Toàn tỉnh đã lắp đặt 146 điểm cầu truyền hình trực tuyến cấp tỉnh và cấp huyện, mỗi đơn vị
cấp xã có 2 điểm cầu.
"""
_NEW_TEXT = """B. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ
4. Hạ tầng kỹ thuật
- Các sở, ban, ngành hiện nay đã có 31 điểm cầu truyền hình trực tuyến, 12 phòng họp không giấy.
"""
_OTHER_TEXT = """II. Kết quả cải cách hành chính
- Số điểm cầu hội nghị truyền hình trực tuyến đang vận hành là: 196 (trong đó: 24 điểm cầu cấp
tỉnh; 97 điểm cầu cấp huyện; 75 điểm cầu cấp xã);
"""


def test_a_side_asking_one_tier_never_bolds_two_tiers_figure() -> None:
    asked = "Video conference points at the provincial level — Lam Dong vs Binh Phuoc"
    # only the figure of two tiers together: a candidate, never bold
    alone = compare_wired(mini_corpus([(_OLD, _OLD_TEXT), (_OTHER, _OTHER_TEXT)]), asked, "en")
    assert "not sure: 146?" in side_row(alone, "Lâm Đồng"), body(alone)
    assert "**24**" in side_row(alone, "Bình Phước"), body(alone)
    # beside a newer report's line of the provincial departments: that line
    index = mini_corpus([(_OLD, _OLD_TEXT), (_NEW, _NEW_TEXT), (_OTHER, _OTHER_TEXT)])
    table = compare_wired(index, asked, "en")
    assert "**146**" not in side_row(table, "Lâm Đồng"), body(table)
    assert "**31**" in side_row(table, "Lâm Đồng"), body(table)


def test_parts_of_a_state_said_together_are_no_tiers() -> None:
    # "đúng hạn và trước hạn" is what the reports count as on time: the side keeps its figure
    on_time = _cell("Trong quý có 52 hồ sơ được giải quyết đúng hạn và trước hạn.", "52")
    q = parse_query("Dossiers settled on time: Lam Dong versus Binh Phuoc?")
    got = one_tier_of_joined(q, [on_time])
    assert got[0].figure == "52"
    assert got[0].citation is not None
