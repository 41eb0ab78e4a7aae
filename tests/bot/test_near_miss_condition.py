"""A count or share asked of things that meet a condition is not answered by a figure whose
passage says none of the condition's terms (bot/near_miss_condition.py). Made-up lines."""

from __future__ import annotations

from dataclasses import replace

from bot.near_miss import near_miss
from bot.near_miss_condition import OPENING_WORDS, _opening, condition_terms, condition_unsaid
from core.query import parse_query
from core.result import Answer, Citation


def stated(figure: str, quote: str, section: str = "II. Kết quả") -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    cit = Citation(1, "t001", "Báo cáo", "7/BC-SNV", "Sở Nội vụ Bình Phước", "2021-12-10",
                   section, quote, 0.9, context=quote)  # fmt: skip
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cit,), figure=figure)


NO_STAFF = "100% các xã, phường không có cán bộ chuyên trách về công nghệ thông tin."
EQUIPPED = "100% công chức cấp huyện, 88% công chức cấp xã được trang bị máy tính."
PORTAL = "100% UBND cấp xã có Cổng/trang TTĐT, thông tin được cập nhật thường xuyên."


def test_the_condition_is_what_follows_the_measure_and_its_condition_word() -> None:
    q = parse_query("Bao nhiêu phần trăm công chức cấp xã được trang bị máy tính?")
    assert condition_terms(q) == ["trang bi may tinh"]
    assert "may tinh" in condition_terms(parse_query("What share of communes have computers?"))
    # no condition named: nothing to check
    assert condition_terms(parse_query("Tỷ lệ hồ sơ trực tuyến là bao nhiêu?")) == []


def test_a_line_that_says_none_of_the_condition_becomes_not_found() -> None:
    for text in ("Tỉnh có bao nhiêu phần trăm công chức cấp xã được trang bị máy tính?",
                 "ty le cong chuc cap xa duoc trang bi may tinh la bao nhieu?",
                 "What share of commune officials were given computers?"):  # fmt: skip
        q = parse_query(text)
        ans = condition_unsaid(q, stated("100%", NO_STAFF), "vi")
        assert ans is not None, text
        assert ans.abstained, text
        assert near_miss(q, stated("100%", NO_STAFF), "vi", "percent") is not None


def test_a_line_that_says_the_condition_stands() -> None:
    q = parse_query("Bao nhiêu phần trăm công chức cấp xã được trang bị máy tính?")
    assert condition_unsaid(q, stated("88%", EQUIPPED), "vi") is None
    # an abbreviation's words written apart still say the term ("Cổng/trang TTĐT")
    en = parse_query("What share of communes have an electronic information portal?")
    assert condition_unsaid(en, stated("100%", PORTAL), "en") is None


def test_the_paragraphs_label_says_the_condition_for_its_lines() -> None:
    label = "- Về Sàn giao dịch TMĐT của tỉnh: có 300 thành viên. Trong quý, số lượt đăng nhập đạt 4.100."
    q = parse_query("How many log-ins had the province's e-commerce exchange reached?")
    quote = "số lượt đăng nhập đạt 4.100."
    cit = stated("4.100", quote).citations[0]
    ans = Answer("?", "**4.100** [1]", False, (replace(cit, context=label),), figure="4.100")
    assert condition_unsaid(q, ans, "en") is None
    # an opening sentence longer than `OPENING_WORDS` is cut short: no label
    long = " ".join(["công chức"] * OPENING_WORDS) + " trang bị máy tính. 100% xã không có cán bộ."
    assert "máy" not in _opening(long)
    assert _opening(label) == "- Về Sàn giao dịch TMĐT của tỉnh"


def test_an_agency_that_owns_the_figure_is_no_condition() -> None:
    q = parse_query("What share of its own budget had the Binh Phuoc Provincial People's "
                    "Committee Office spent by September?")  # fmt: skip
    assert not any(t.startswith(("van phong", "uy ban")) for t in condition_terms(q))
    # a term is excluded whole: "tinh gian bien che" is a condition, not the province "tinh"
    cut = parse_query("How many people were cut under staff streamlining (tinh gian bien che)?")
    assert "tinh gian bien che" in condition_terms(cut)
