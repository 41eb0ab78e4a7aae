"""A count or share asked of things that meet a condition is not answered by a figure whose
passage says none of the condition's terms (bot/near_miss_condition.py). Made-up lines."""

from __future__ import annotations

from dataclasses import replace

from bot.near_miss import near_miss
from bot.near_miss_condition import OPENING_WORDS, _opening, condition_terms, condition_unsaid
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate


def stated(figure: str, quote: str, section: str = "II. Kết quả") -> Answer:
    """An answer stating `figure` in bold, citing `quote`."""
    cit = Citation(1, "t001", "Báo cáo", "7/BC-SNV", "Sở Nội vụ Bình Phước", "2021-12-10",
                   section, quote, 0.9, context=quote)  # fmt: skip
    return Answer("?", f"**{figure}** [1]\n> {quote}", False, (cit,), figure=figure)


NO_STAFF = "100% các xã, phường không có cán bộ chuyên trách về công nghệ thông tin."
EQUIPPED = "100% công chức cấp huyện, 88% công chức cấp xã được trang bị máy tính."
PORTAL = "100% UBND cấp xã có Cổng/trang TTĐT, thông tin được cập nhật thường xuyên."


def test_the_condition_is_what_follows_the_measure_and_its_condition_word() -> None:
    q = parse_query("Có bao nhiêu phần trăm nhân viên bưu điện được trang bị máy tính?")
    assert condition_terms(q) == ["trang bi may tinh"]
    assert "may tinh" in condition_terms(parse_query("What share of schools were given computers?"))
    # no condition named: nothing to check
    assert condition_terms(parse_query("Tỷ lệ hồ sơ trực tuyến là bao nhiêu?")) == []


def test_a_line_that_says_none_of_the_condition_becomes_not_found() -> None:
    for text in ("Huyện có bao nhiêu phần trăm giáo viên được trang bị máy tính?",
                 "ty le nhan vien buu dien duoc trang bi may tinh la bao nhieu?",
                 "What share of clinic nurses were given computers?"):  # fmt: skip
        q = parse_query(text)
        ans = condition_unsaid(q, stated("100%", NO_STAFF), "vi")
        assert ans is not None, text
        assert ans.abstained, text
        assert near_miss(q, stated("100%", NO_STAFF), "vi", "percent") is not None


def test_a_line_that_says_the_condition_stands() -> None:
    q = parse_query("Tỷ lệ công chức cấp huyện được trang bị máy tính là bao nhiêu?")
    assert condition_unsaid(q, stated("88%", EQUIPPED), "vi") is None
    # an abbreviation's words written apart still say the term ("Cổng/trang TTĐT")
    en = parse_query("What share of communes have an electronic information portal?")
    assert condition_unsaid(en, stated("100%", PORTAL), "en") is None


def test_the_paragraphs_label_says_the_condition_for_its_lines() -> None:
    label = (
        "- Về Cổng dịch vụ công của huyện: có 120 thủ tục. Trong tháng, số lượt truy cập đạt 9.800."
    )
    q = parse_query("How many visits had the district's public service portal received?")
    quote = "số lượt truy cập đạt 9.800."
    cit = stated("9.800", quote).citations[0]
    ans = Answer("?", "**9.800** [1]", False, (replace(cit, context=label),), figure="9.800")
    assert condition_unsaid(q, ans, "en") is None
    # an opening sentence longer than `OPENING_WORDS` is cut short: no label
    long = " ".join(["công chức"] * OPENING_WORDS) + " trang bị máy tính. 100% xã không có cán bộ."
    assert "máy" not in _opening(long)
    assert _opening(label) == "- Về Cổng dịch vụ công của huyện"


def test_an_agency_that_owns_the_figure_is_no_condition() -> None:
    q = parse_query("What share of its yearly fund had the Lam Dong Provincial People's "
                    "Committee Office disbursed by June?")  # fmt: skip
    assert not any(t.startswith(("van phong", "uy ban")) for t in condition_terms(q))
    # a term is excluded whole: "chuyen doi so" is a condition, not the department "so"
    trained = parse_query("How many clerks were trained in digital transformation (chuyen doi so)?")
    assert "chuyen doi so" in condition_terms(trained)
    # the government's levels sort what is counted, they put no condition on it
    assert (
        condition_terms(parse_query("How many letters were sent by each level of government?"))
        == []
    )


def test_the_counted_things_own_words_are_no_condition() -> None:
    # "cơ quan" is no "có": the condition is what follows the typed "có"/"sử dụng"
    lan = parse_query("Tỷ lệ cơ quan nhà nước ở Nam Định có mạng nội bộ là bao nhiêu?")
    assert "nha nuoc" not in condition_terms(lan)
    mail = parse_query("Bao nhiêu cơ quan nhà nước sử dụng hộp thư điện tử?")
    assert condition_terms(mail) == ["hop thu dien tu"]
    # typed without diacritics, "co quan"/"co so" are never the condition word
    assert "nha nuoc" not in condition_terms(parse_query("ty le co quan nha nuoc co mang noi bo?"))
    db = parse_query("bao nhieu xa co co so du lieu dat dai?")
    assert "co so du lieu" in condition_terms(db)


def test_an_english_answer_quotes_the_term_as_the_reports_write_it() -> None:
    q = parse_query("How many clinic nurses were given computers?")
    ans = condition_unsaid(q, stated("100%", NO_STAFF), "en")
    assert ans is not None
    assert "“máy tính”" in ans.text


def test_english_be_opens_a_condition_only_before_a_participle() -> None:
    # "were vaccination dossiers" says what is counted; "were issued / have …" put a condition
    assert (
        condition_terms(parse_query("How many of the requests were land registration requests?"))
        == []
    )
    assert condition_terms(parse_query("How many forms was the district portal handling?")) == []
    assert condition_terms(parse_query("What share of clinic nurses were issued digital signatures?"))
    assert condition_terms(parse_query("What share of school teachers have computers?"))
    assert condition_terms(parse_query("How many libraries does the province have?")) == []


def hedged(figures: list[str], quote: str) -> Answer:
    """An answer stating no figure, its candidates all citing `quote`."""
    cit = Citation(1, "t001", "Báo cáo", "7/BC-SNV", "Sở Nội vụ Bình Phước", "2021-12-10",
                   "II. Kết quả", quote, 0.9, context=quote)  # fmt: skip
    cands = tuple(FigureCandidate(f, "", "", cit) for f in figures)
    return Answer("?", "Not sure", False, (cit,), candidates=cands)


def test_an_action_none_of_the_candidates_says_leaves_nothing_to_hedge() -> None:
    # the inverted English verb and a passive participle name an action
    merged = parse_query("How many wards did the town merge last year?")
    assert "sap nhap" in condition_terms(merged, actions=True)
    assert condition_terms(merged) == []  # a bold figure's action is not read
    fined = parse_query("How many teachers were disciplined in the county?")
    assert condition_terms(fined, actions=True) == ["ky luat"]
    ans = condition_unsaid(fined, hedged(["12", "40"], EQUIPPED), "en")
    assert ans is not None
    assert ans.abstained
    # one candidate's passage saying the action keeps the hedge
    said = "Đã kỷ luật 12 giáo viên vi phạm trong năm."
    assert condition_unsaid(fined, hedged(["12"], said), "en") is None
    # a figure in bold is left to the other checks
    assert condition_unsaid(fined, stated("12", EQUIPPED), "en") is None
