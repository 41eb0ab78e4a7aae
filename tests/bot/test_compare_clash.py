"""A part of one report's comparison keeps no bold figure its line says of another flow of
dossiers or another tier of government than the part asks (bot/compare_clash.py, wired in
bot/compare_guard.py)."""

from __future__ import annotations

from bot.compare_clash import asked_tier, flow_clash, said_flow, tier_clash
from bot.compare_guard import guarded
from bot.compare_parts import Part
from bot.compare_sides import Side
from bot.compare_table import Cell
from core.query import parse_query
from core.result import Citation

# Synthetic lines in the reports' manner: a received count broken down, then a returned one.
_POST = (
    "Qua dịch vụ bưu chính công ích, đã tiếp nhận 4.210 hồ sơ (trong đó: 3.900 hồ sơ tại "
    "Bộ phận một cửa cấp huyện; 310 hồ sơ thuế) và đã thực hiện trả 5.020 hồ sơ "
    "(1.100 hồ sơ tại Trung tâm tỉnh, 3.920 hồ sơ tại cấp huyện)."
)
_DESK = "Bộ phận Một cửa cấp xã bố trí 02 công chức địa chính và 01 công chức tư pháp."
_ISSUED = "Ủy ban nhân dân tỉnh đã ban hành 31 quyết định quy phạm pháp luật."


def _cit(quote: str) -> Citation:
    return Citation(1, "r", "", "", "", "", "", quote, 1.0, province="Hà Tĩnh", period="Năm 2023")


def _cell(label: str, figure: str, quote: str) -> Cell:
    return Cell(Side(label, (), ()), figure, quote, "", _cit(quote))


def test_a_bracketed_item_is_said_of_its_lead_s_flow() -> None:
    assert said_flow(_POST, "3.900") == "received"
    assert said_flow(_POST, "3.920") == "settled"  # the lead "đã thực hiện trả 5.020 hồ sơ"
    assert said_flow(_POST, "5.020") == "settled"
    assert said_flow(_DESK, "02") == ""  # no flow named


def test_a_part_asking_received_dossiers_doubts_a_returned_figure() -> None:
    q = "Of the dossiers received by post, how many at district desks versus for tax?"
    parts = [Part("district desks", parse_query(q)), Part("tax", parse_query(q))]
    cells = [_cell("district desks", "3.920", _POST), _cell("tax", "310", _POST)]
    out = flow_clash(parts, cells)
    assert out[0].citation is None
    assert not out[0].figure
    assert out[0].doubted[0][0] == "3.920"
    assert out[1] == cells[1]  # a received figure stays bold


def test_a_part_naming_both_flows_is_not_judged() -> None:
    q = "bao nhiêu hồ sơ được tiếp nhận và trả kết quả tại cấp huyện"
    parts = [Part("cấp huyện", parse_query(q))]
    cells = [_cell("cấp huyện", "3.920", _POST)]
    assert flow_clash(parts, cells) == cells


def test_the_provincial_body_names_the_provincial_tier() -> None:
    assert asked_tier("did the PPC issue") == "tinh"
    assert asked_tier("the provincial People's Committee") == "tinh"
    assert asked_tier("UBND cấp huyện") == "huyen"
    assert asked_tier("thuế") is None


def test_a_figure_said_of_another_tier_is_not_the_part_s() -> None:
    parts = [
        Part("did the PPC issue", parse_query("how many did the PPC issue")),
        Part("cấp xã", parse_query("bao nhiêu công chức cấp xã")),
    ]
    cells = [_cell(parts[0].label, "01", _DESK), _cell(parts[1].label, "02", _DESK)]
    out = guarded(parts, cells)
    assert out[0].citation is None
    assert not out[0].figure
    assert not out[0].doubted
    assert out[1].figure == "02"
    # a clause naming no tier decides nothing
    same = [_cell(parts[0].label, "31", _ISSUED)]
    assert tier_clash(parts[:1], same) == same

