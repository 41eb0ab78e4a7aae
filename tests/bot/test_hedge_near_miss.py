"""A "not sure" whose candidates are all near misses or all off the asked topic, a rare action
judged on the candidates counting the asked noun, a unit's own staff or budget asked of the
whole province, a whole's share stated for its part, and a change stated the other way
(bot/hedge_near_miss.py, bot/state_asked.py, bot/near_miss_asked.py, bot/share_part.py,
bot/reversed_change.py). The report lines are written for the test."""

from __future__ import annotations

from dataclasses import replace

from bot.hedge_near_miss import beyond_one, each_near_miss, off_topic
from bot.near_miss import near_miss
from bot.near_miss_asked import unit_own
from bot.reversed_change import reversed_change
from bot.share_part import part_share, share_of_part
from bot.state_asked import counting_asked, state_unsaid
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate

AGENCY = "Sở Nội vụ Bình Phước"


def cited(quote: str, n: int = 1, section: str = "II. Kết quả", agency: str = AGENCY) -> Citation:
    """A citation of `quote` in a report by `agency`, under `section`."""
    return Citation(n, "t001", "Báo cáo", "51/BC-SNV", agency, "2021-12-10", section,
                    quote, 0.9, context=quote)  # fmt: skip


def stated(figure: str, quote: str, section: str = "II. Kết quả") -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cited(quote, section=section),),
                  figure=figure, language="en")  # fmt: skip


def hedged(*pairs: tuple[str, str]) -> Answer:
    """A "not sure" listing each (figure, quote) as a candidate."""
    cands = tuple(
        FigureCandidate(f, quote, "2021", cited(quote, i + 1)) for i, (f, quote) in enumerate(pairs)
    )
    return Answer("?", "Not sure", False, tuple(c.citation for c in cands), candidates=cands,
                  language="en")  # fmt: skip


def test_a_rare_action_is_judged_on_the_candidates_counting_the_asked_noun() -> None:
    q = parse_query("Bình Phước đã thu hồi bao nhiêu chứng thư số?")
    ans = hedged(("812", "Đã cấp 812 chứng thư số cho các cơ quan."),
                 ("15", "Hệ thống đã phục vụ 15 cuộc họp trực tuyến."))  # fmt: skip
    assert [f for f, _ in counting_asked(q, [(c.figure, c.citation) for c in ans.candidates])] == [
        "812"
    ]
    out = state_unsaid(q, ans, "vi")
    assert out is not None
    assert out.abstained
    assert "812" in out.text
    # a candidate that says the asked action keeps the answer open
    said = hedged(("812", "Đã cấp 812 chứng thư số."), ("9", "Đã thu hồi 9 chứng thư số."))
    assert state_unsaid(q, said, "vi") is None


def test_a_units_own_staff_section_is_no_figure_of_the_whole_province() -> None:
    q = parse_query("Across the whole of Binh Phuoc province, how many civil servants were recruited?")
    line = "Đơn vị đã tuyển dụng 02 công chức theo quy định."
    ans = unit_own(q, stated("02", line, "II. Kết quả > 4. Chế độ công vụ"), "en")
    assert ans is not None
    assert ans.abstained
    assert AGENCY in ans.text
    # another section: the figure may be the province's
    assert unit_own(q, stated("02", line, "II. Kết quả > 2. Cải cách TTHC"), "en") is None
    # a line that speaks for the province stands
    whole = "Các cơ quan trên địa bàn tỉnh tuyển dụng 120 công chức."
    assert unit_own(q, stated("120", whole, "II. Kết quả > 4. Chế độ công vụ"), "en") is None


def test_a_not_sure_of_near_misses_only_becomes_not_found() -> None:
    q = parse_query("How many level 4 services did Binh Phuoc integrate on the national portal?")
    together = "Đã tích hợp 320 dịch vụ công mức độ 3, 4 trên Cổng Dịch vụ công quốc gia."
    dossiers = "Tiếp nhận 5.100 hồ sơ trực tuyến mức độ 4."
    ans = each_near_miss(q, hedged(("320", together), ("5.100", dossiers)), "en", near_miss)
    assert ans is not None
    assert ans.abstained
    # a candidate no check judges keeps the "not sure"
    own = "Đã tích hợp 150 dịch vụ công mức độ 4 trên Cổng Dịch vụ công quốc gia."
    assert each_near_miss(q, hedged(("320", together), ("150", own)), "en", near_miss) is None
    # a stated figure is not judged here
    assert each_near_miss(q, stated("320", together), "en", near_miss) is None


def test_a_not_sure_whose_passages_miss_an_asked_term_becomes_not_found() -> None:
    q = parse_query("What was Binh Phuoc's spending on digital transformation?")
    ans = hedged(("9.500", "Tổng chi ngân sách địa phương ước đạt 9.500 tỷ đồng."),
                 ("2.100", "Chi đầu tư phát triển ước đạt 2.100 tỷ đồng."))  # fmt: skip
    out = off_topic(q, ans, "en")
    assert out is not None
    assert out.abstained
    assert "digital transformation" in out.text
    said = hedged(("9.500", "Tổng chi ngân sách ước đạt 9.500 tỷ đồng."),
                  ("40", "Chi cho chuyển đổi số đạt 40 tỷ đồng."))  # fmt: skip
    assert off_topic(q, said, "en") is None


SPENDING = (
    "Tổng chi ngân sách địa phương ước đạt 9.500 tỷ đồng, đạt 112% dự toán, trong đó: "
    "Chi thường xuyên ước đạt 6.000 tỷ đồng, bằng 97% dự toán."
)


def test_a_wholes_share_stated_for_its_part_reads_not_sure() -> None:
    q = parse_query("Chi thường xuyên của Bình Phước đạt bao nhiêu phần trăm dự toán?")
    found = part_share(q.expanded, SPENDING, "112%")
    assert found is not None
    assert found[0] == "97%"
    assert found[1].startswith("chi thuong xuyen")
    ans = share_of_part(q, stated("112%", SPENDING), "vi")
    assert ans is not None
    assert not ans.figure
    assert [c.figure for c in ans.candidates] == ["97%", "112%"]
    # the whole asked: it stands
    whole = parse_query("Tổng chi ngân sách địa phương của Bình Phước đạt bao nhiêu % dự toán?")
    assert share_of_part(whole, stated("112%", SPENDING), "vi") is None
    assert beyond_one(whole, stated("112%", SPENDING), "vi", "percent").figure == "112%"


def test_a_change_stated_the_other_way_is_not_found_for_the_premise() -> None:
    rose = "Chỉ số PAR Index năm 2020 của tỉnh đạt 85,1 điểm, tăng 7 bậc so với năm 2019."
    q = parse_query("Vì sao chỉ số PAR Index 2020 của Bình Phước giảm 7 bậc?")
    passage = replace(stated("", rose), figure="")
    ans = reversed_change(q, passage, "vi")
    assert ans is not None
    assert ans.abstained
    assert "tăng 7 bậc" in ans.text
    # the same way, or another count, stands
    assert reversed_change(parse_query("Vì sao PAR Index 2020 tăng 7 bậc?"), passage, "vi") is None
    assert (
        reversed_change(parse_query("Why did the PAR Index fall 3 places?"), passage, "en") is None
    )
    assert reversed_change(parse_query("Why did the PAR Index fall 7 places?"), passage, "en")


def test_the_counted_thing_is_no_topic_term() -> None:
    # the reports count people by their own categories ("công chức"), not "người làm việc"
    q = parse_query("How many people work at the province's service centre?")
    ans = hedged(("12", "Trung tâm phục vụ hành chính công có 12 công chức."),
                 ("40", "Tiếp nhận 40 hồ sơ tại Trung tâm phục vụ hành chính công."))  # fmt: skip
    assert off_topic(q, ans, "en") is None
