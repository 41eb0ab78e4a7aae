"""A comparison whose each side's clause asks its own figures ("X được giao bao nhiêu, xong bao
nhiêu; Y cả năm hoàn thành bao nhiêu"): each side's count (with its parts when the side asks
several) chosen on its own, not to look like the other side's. Made-up reports."""

from __future__ import annotations

from bot.compare_pick import Pick
from bot.compare_picks import FactPicks
from index.facts import build_facts
from index.metadata import Report
from tests.helpers.mini_index import compare, mini_corpus
from tests.helpers.typed import body

KT = Report(
    "t601", "t601.txt", province="Kon Tum", agency="Văn phòng UBND tỉnh Kon Tum",
    number="12/BC-VPUBND", date="2022-09-20", year=2022, period="Quý III/2022", quarter=3,
)  # fmt: skip
LS = Report(
    "t602", "t602.txt", province="Lạng Sơn", agency="UBND tỉnh Lạng Sơn",
    number="301/BC-UBND", date="2022-12-15", year=2022, period="Năm 2022",
)  # fmt: skip
KT_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
2. Kết quả thực hiện của Ủy ban nhân dân tỉnh
Quý III năm 2022, Tỉnh có 30 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó có 27 nhiệm vụ giải quyết đúng hạn và trước hạn, 3 nhiệm vụ chưa tới hạn giải quyết.
"""
LS_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
2. Về thực hiện kế hoạch CCHC năm 2022
Đến thời điểm báo cáo đã thực hiện được 40 nhiệm vụ trong tổng số 45 nhiệm vụ, đạt 88,9% kế hoạch.
6. Về thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao
UBND tỉnh được giao và hoàn thành 120/125, còn 05 nhiệm vụ đang trong thời gian thực hiện.
"""


def test_each_side_states_what_its_own_clause_asks() -> None:
    index = mini_corpus([(KT, KT_TEXT), (LS, LS_TEXT)])
    table = compare(
        index,
        "Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao cho Kon Tum quý 3 là bao nhiêu, đã xong "
        "bao nhiêu? Còn Lạng Sơn cả năm hoàn thành bao nhiêu?",
    )
    assert table is not None
    said = body(table)
    rows = [r.strip("|").split("|") for r in said.splitlines() if r.startswith("| ")]
    kon_tum = " ".join(r[1] for r in rows[1:] if r[0].strip().startswith("Kon Tum"))
    assert "**30**" in kon_tum
    assert "**27**" in kon_tum  # the part done, asked beside the count
    lang_son = " ".join(r[1] for r in rows[1:] if r[0].strip().startswith("Lạng Sơn"))
    assert "120/125" in lang_son
    assert "45" not in lang_son


def test_sides_asked_each_their_own_are_chosen_each_on_its_own() -> None:
    index = mini_corpus([(KT, KT_TEXT), (LS, LS_TEXT)])
    facts = build_facts(index.reports.values(), index.chunks)
    by_value = {f.value: f for f in facts}
    # the other side's runner-up looks like this side's pick (a count of one unit, not a
    # ratio): chosen together it wins, each on its own the better-scored figure does
    mine = [Pick(by_value["30"], 2.0, 0.8, 0.8)]
    theirs = [Pick(by_value["120/125"], 1.9, 0.8, 0.8), Pick(by_value["45"], 1.8, 0.8, 0.8)]
    together = FactPicks.choose(None, [mine, theirs])  # type: ignore[arg-type]
    apart = FactPicks.choose(None, [mine, theirs], together=False)  # type: ignore[arg-type]
    assert [p.fact.value for p in apart if p] == ["30", "120/125"]
    assert [p.fact.value for p in together if p] == ["30", "45"]
