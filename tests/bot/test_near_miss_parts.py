"""A question narrowing its figure to a part of a breakdown (a level of government, a dossier's
state, who applied) or to one service level gets "not found" with the nearest figure when the
figure's clause says the whole, a sibling part or several levels together; the figure stands
when its clause says what was asked (bot/extractive/parts_said.py, bot/near_miss.py). The
report text is written for the test, in the reports' style (OCR "mức đã 4" included)."""

from __future__ import annotations

import pytest

from bot.extractive import parts_said
from bot.extractive.choice import _distinct_figures
from bot.near_miss import near_miss
from core.query import parse_query
from core.result import Answer, Citation, FigureCandidate
from index.generations import LoadedIndex
from tests.helpers.mini_index import ask, everything, extractive, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

2. Cải cách thủ tục hành chính

- Tổng số hồ sơ tiếp nhận trong kỳ: 52.400 (trực tuyến: 18.300, trực tiếp: 34.100).

- Từ ngày 01/01/2022 đến ngày 15/6/2022, tổng số hồ sơ đã giải quyết là 41.200 hồ sơ, số hồ sơ đang giải quyết là 2.100 hồ sơ.

- Hệ thống một cửa điện tử của các sở, ban, ngành, UBND cấp huyện, UBND cấp xã vận hành ổn định. Tỷ lệ hồ sơ trả kết quả đúng hạn đạt 97,6%.

5. Kết quả cung cấp dịch vụ công trực tuyến

- Đến ngày 15/6/2022, trên Cổng dịch vụ công của tỉnh phát sinh 2.480 hồ sơ DVC mức 3, mức 4, tăng 310 hồ sơ so với quý trước.

- Số dịch vụ công mức độ 3 là 182 (trong đó: 64 dịch vụ công cấp tỉnh; 97 dịch vụ công cấp huyện; 21 dịch vụ công cấp xã).
"""


@pytest.fixture(scope="module")
def index() -> LoadedIndex:
    return mini_index(REPORT)


def _answer(index: LoadedIndex, question: str, language: str = "vi") -> Answer:
    """The extractive answer as the service gives it: a near miss turned into "not found"."""
    q = parse_query(question)
    ans = ask(index, question, language)
    return near_miss(q, ans, language) or ans


def test_a_province_total_is_no_commune_figure(index: LoadedIndex) -> None:
    ans = _answer(index, "Cấp xã tiếp nhận bao nhiêu hồ sơ trực tuyến trong 6 tháng đầu năm 2022?")
    assert ans.abstained
    assert "cấp xã" in ans.text
    assert "18.300" in ans.text
    assert "Tổng số hồ sơ tiếp nhận" in ans.citations[0].quote
    whole = _answer(index, "Tiếp nhận bao nhiêu hồ sơ trực tuyến trong 6 tháng đầu năm 2022?")
    assert not whole.abstained
    assert whole.figure == "18.300"


def test_an_english_commune_question_gets_not_found_too(index: LoadedIndex) -> None:
    ans = _answer(index, "How many dossiers did the commune level receive online?", "en")
    assert ans.abstained
    assert ans.text.startswith("Not found")
    assert "commune level" in ans.text


def test_a_state_never_broken_out_is_not_found(index: LoadedIndex) -> None:
    ans = _answer(index, "Trong số hồ sơ đã giải quyết, bao nhiêu hồ sơ quá hạn?")
    assert ans.abstained
    assert "quá hạn" in ans.text
    done = _answer(index, "Tổng số hồ sơ đã giải quyết là bao nhiêu?")
    assert not done.abstained
    assert done.figure == "41.200"


def test_the_paragraphs_other_sentence_does_not_say_the_level(index: LoadedIndex) -> None:
    ans = _answer(index, "Tỷ lệ hồ sơ trả kết quả đúng hạn của cấp xã là bao nhiêu?")
    assert ans.abstained
    assert "97,6%" in ans.text
    whole = _answer(index, "Tỷ lệ hồ sơ trả kết quả đúng hạn là bao nhiêu?")
    assert not whole.abstained
    assert whole.figure == "97,6%"


def test_levels_three_and_four_together_are_no_level_four_figure(index: LoadedIndex) -> None:
    ans = _answer(index, "Phát sinh bao nhiêu hồ sơ DVC mức độ 4?")
    assert ans.abstained
    assert "mức độ 3, 4 gộp lại" in ans.text
    both = _answer(index, "Phát sinh bao nhiêu hồ sơ DVC mức 3, mức 4?")
    assert not both.abstained
    assert both.figure == "2.480"


JOINED = """BÁO CÁO
Kết quả cải cách hành chính quý III năm 2022

2. Cải cách thủ tục hành chính

- Tổng số hồ sơ tiếp nhận trong kỳ: 52.400 (trực tuyến: 18.300, trực tiếp và qua dịch vụ bưu chính: 34.100).
"""


def test_a_part_counted_together_with_a_sibling_is_not_found() -> None:
    ans = _answer(mini_index(JOINED), "Tiếp nhận bao nhiêu hồ sơ qua dịch vụ bưu chính?")
    assert ans.abstained
    assert "tính gộp cả trực tiếp" in ans.text
    assert "34.100" in ans.text


def test_parts_joined_in_a_figures_own_words() -> None:
    clause = "Số mới tiếp nhận: 9.500 (trực tuyến: 3.100, trực tiếp và qua dịch vụ bưu chính: 6.400)"
    post = parse_query("bao nhiêu hồ sơ nộp qua bưu chính")
    assert parts_said.joined_parts(post, clause, "6.400") == (("truc", "tiep"),)
    both = parse_query("bao nhiêu hồ sơ nộp trực tiếp và qua bưu chính")
    assert parts_said.joined_parts(both, clause, "6.400") == ()
    shares = "100% CBCC cấp tỉnh, cấp huyện được trang bị máy tính; 63% cơ quan cấp tỉnh, cấp huyện"
    district = parse_query("tỷ lệ CBCC cấp huyện được trang bị máy tính")
    assert parts_said.joined_parts(district, shares, "100%") == ()  # each one's share


def test_a_sibling_item_is_not_the_asked_part() -> None:
    clause = (
        "(trong đó: 64 dịch vụ công cấp tỉnh; 97 dịch vụ công cấp huyện; 21 dịch vụ công cấp xã)"
    )
    q = parse_query("có bao nhiêu dịch vụ công mức độ 3 cấp xã")
    assert parts_said.unsaid_parts(q, clause, "", "", "97") == (("cap", "xa"),)
    assert parts_said.unsaid_parts(q, clause, "", "", "21") == ()


def test_what_the_sentence_says_before_the_clause_counts() -> None:
    para = "Tổng số hồ sơ cấp huyện: 5.000; trong đó: trực tuyến: 1.200, trực tiếp: 3.800."
    quote = "trong đó: trực tuyến: 1.200, trực tiếp: 3.800."
    assert parts_said.lead_of(quote, para).startswith("Tổng số hồ sơ cấp huyện")
    q = parse_query("cấp huyện có bao nhiêu hồ sơ trực tuyến")
    assert parts_said.unsaid_parts(q, quote, para, "", "1.200") == ()
    other = "Hệ thống vận hành ở cấp huyện. Trong đó: trực tuyến: 1.200."
    assert parts_said.lead_of("Trong đó: trực tuyến: 1.200.", other) == " "


def test_words_that_say_a_level_of_government() -> None:
    assert parts_said.says_part(("cap", "xa"), "138/138 xã, phường, thị trấn")
    assert not parts_said.says_part(("cap", "xa"), "2.058 hồ sơ bảo hiểm xã hội")
    assert not parts_said.says_part(("cap", "xa"), "UBND thị xã Kỳ Anh")
    assert parts_said.says_part(("cap", "huyen"), "UBND thị xã Kỳ Anh")
    assert parts_said.says_part(("cap", "tinh"), "Các sở, ban, ngành đã có 251 DVC")
    # "tỉnh" beside another level of government is the provincial one, alone the whole province
    beside = "đã trả 4.100 hồ sơ (1.300 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, 2.800 hồ sơ tại cấp huyện)"
    assert parts_said.says_part(("cap", "tinh"), beside)
    assert not parts_said.says_part(
        ("cap", "tinh"), "Cổng dịch vụ công tỉnh cung cấp 1.870 dịch vụ công"
    )
    assert not parts_said.says_part(("cap", "tinh"), "Tính đến ngày 14/6/2022, Hà Tĩnh có 12 huyện")
    assert parts_said.says_part(("tre", "han"), "quá hạn: 75")


def test_what_a_question_narrows_its_figure_to() -> None:
    assert ("cap", "xa") in parts_said.asked_parts(
        parse_query("Trung bình mỗi xã có bao nhiêu DVC?")
    )
    assert ("cap", "xa") in parts_said.asked_parts(parse_query("How many services per commune?"))
    early = parse_query("What share of businesses had switched to e-invoices by early June?")
    assert ("truoc", "han") not in parts_said.asked_parts(early)  # "early" names no state
    assert ("qua", "han") in parts_said.asked_parts(parse_query("How many dossiers were overdue?"))
    # a result handed back late is a dossier past its deadline, however the verb says it
    for verb in ("returned", "delivered", "completed"):
        late = parse_query(f"How many permit applications were {verb} late last year?")
        assert ("qua", "han") in parts_said.asked_parts(late)
    on_time = "Có 5.120 hồ sơ được tiếp nhận, tỷ lệ trả kết quả đúng hạn đạt 98,5%."
    late = parse_query("How many of the 5.120 applications were returned late?")
    assert parts_said.unsaid_parts(late, on_time, figure="98,5%")


def test_a_misread_level_word_still_names_the_level() -> None:
    clause = "Các sở, ban, ngành đã có 88 DVC trực tuyến mức độ 3, 205 DVC trực tuyến mức đã 4."
    assert parts_said.figure_levels(clause, "205") == frozenset({4})
    assert parts_said.figure_levels(clause, "88") == frozenset({3})
    q = parse_query("các sở ban ngành có bao nhiêu DVC mức độ 4")
    assert parts_said.other_levels(q, clause, "205") == frozenset()
    assert parts_said.other_levels(q, clause, "88") == frozenset({3})


MAIL = """BÁO CÁO
Kết quả xây dựng chính quyền điện tử năm 2022

6. Xây dựng và phát triển chính quyền điện tử

- Hạ tầng: Đã cấp 100% hộp thư điện tử công vụ cho cán bộ, công chức trong tỉnh.

- Thư điện tử: 100% cán bộ, công chức cấp tỉnh, cấp huyện, 85% cán bộ, công chức cấp xã thường xuyên sử dụng thư điện tử công vụ trong công việc.
"""


def test_the_figure_is_cited_where_its_clause_says_the_part_asked() -> None:
    # the clause that best matches the words says no level of government
    ans = _answer(
        mini_index(MAIL), "ty le can bo cong chuc cap huyen su dung hop thu dien tu cong vu"
    )
    assert not ans.abstained
    assert ans.figure == "100%"
    assert "cấp huyện" in ans.citations[0].quote


COMPUTERS = """BÁO CÁO
Tình hình ứng dụng công nghệ thông tin quý I năm 2019

2. Kết quả về ứng dụng CNTT

- Trang bị: 100% CBCC cấp tỉnh, cấp huyện, 88% CBCC cấp xã được trang bị máy tính.

- Kết nối: Tỷ lệ máy tính của cán bộ, công chức cấp tỉnh, cấp huyện được kết nối mạng nội bộ đạt 58%.
"""


def test_a_close_runner_up_said_of_the_asked_level_comes_first() -> None:
    index = mini_index(COMPUTERS)
    answerer = extractive(index)
    q = parse_query("What percentage of commune-level officials had computers?")
    by_figure = {
        c.figure: c
        for c in _distinct_figures(answerer.scorer.candidates(q, everything(index).hits))
    }
    # the provincial and district share ranked first, as wording close to a question can make it
    ranked = [by_figure["58%"], by_figure["88%"], by_figure["100%"]]
    assert answerer._part_instead(q, ranked)[0].figure == "88%"
    assert answerer._part_instead(q, [by_figure["88%"], by_figure["58%"]])[0].figure == "88%"


def test_a_figure_owns_every_level_of_its_listed_run() -> None:
    """A figure whose own words stop at "và" owns every level its run of levels lists."""
    line = "Có 640 thủ tục cấp tỉnh và cấp huyện, 52 thủ tục cho mỗi đơn vị cấp xã."
    assert parts_said.own_parts(line, "640") == {("cap", "tinh"), ("cap", "huyen")}
    assert parts_said.own_parts(line, "52") == {("cap", "xa")}


@pytest.mark.parametrize(
    "question",
    [
        "schools run by provincial + district level bodies",
        "how many procedures at the province and district levels?",
        "bao nhiêu thủ tục cấp tỉnh & cấp huyện?",
    ],
)
def test_levels_joined_by_a_sign_or_province_are_a_run(question: str) -> None:
    """"+", "&" join levels; "province" opens a run that ends in "level(s)"."""
    asked = set(parts_said.asked_parts(parse_query(question)))
    assert asked == {("cap", "tinh"), ("cap", "huyen")}


def test_province_alone_opens_no_run() -> None:
    """"Hà Tĩnh province and …" names no provincial level."""
    asked = parts_said.asked_parts(parse_query("how many communes in the province and district X"))
    assert ("cap", "tinh") not in asked


def _hedge(quote: str, figs: list[str], question: str) -> Answer:
    """A hedged answer listing the figures of one quoted clause as its candidates."""
    cit = Citation(1, "r", "t", "", "", "", "2. Cải cách thủ tục hành chính", quote, 1.0)
    cands = tuple(FigureCandidate(f, "", "", cit) for f in figs)
    return Answer(question, "…", False, (cit,), candidates=cands)


def test_a_hedge_whose_only_figure_of_the_part_counts_it_with_a_sibling_is_not_found() -> None:
    quote = "Số mới tiếp nhận: 9.500 (trực tuyến: 3.100, trực tiếp và qua dịch vụ bưu chính: 6.400)"
    question = "Riêng số hồ sơ gửi qua bưu chính, không kể trực tiếp, là bao nhiêu?"
    q = parse_query(question)
    ans = near_miss(q, _hedge(quote, ["6.400", "3.100", "9.500"], question), "vi")
    assert ans is not None
    assert ans.abstained
    assert "6.400" in ans.text
    # a runner-up said of the asked part by its own words keeps the hedge open
    quote2 = quote + "; qua bưu chính: 1.200"
    assert near_miss(q, _hedge(quote2, ["6.400", "1.200"], question), "vi") is None
