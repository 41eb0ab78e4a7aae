"""Of two shares in one clause, the one whose own label ("tỷ lệ …" since the previous share)
names what the question asks the share of is stated; the words of the period and the share
words themselves tell no share apart, and a share with no "tỷ lệ" of its own ("100% cán bộ
…": its words follow it) leaves the choice to the clause. The report text is written for the
test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.question import _rate_units
from bot.extractive.shares import _of_max_score, share_asked, share_fit, share_of
from bot.extractive.sites import _figures_of, _Site
from core.query import parse_query
from tests.helpers.mini_index import ask, everything, extractive, mini_index

REPORT = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Tỷ lệ TTHC đã cung cấp dịch vụ công trực tuyến toàn trình đạt 72%, tỷ lệ hồ sơ nộp trực tuyến 6 tháng đầu năm đạt 41%.

- Đến ngày 10/6/2022 đã tiếp nhận 45.210 hồ sơ trên hệ thống một cửa điện tử (đạt tỷ lệ 100%), tỷ lệ giải quyết đúng hạn đạt 97,6%.
"""

TWO_SHARES = (
    "Tỷ lệ TTHC đã cung cấp dịch vụ công trực tuyến toàn trình đạt 72%, tỷ lệ hồ sơ nộp trực "
    "tuyến 6 tháng đầu năm đạt 41%."
)


def _site(clause: str, figure: str) -> _Site:
    return next(f for f in _figures_of(clause, []) if f.figure == figure)


def test_a_share_label_runs_from_its_own_share_word() -> None:
    assert _site(TWO_SHARES, "72%").share_label[:3] == ("ty", "le", "tthc")
    second = _site(TWO_SHARES, "41%").share_label
    assert second[:4] == ("ty", "le", "ho", "so")
    assert "tthc" not in second
    # no share word before it: its label is not before it
    staff = "100% cán bộ cấp tỉnh, 90% cán bộ cấp xã dùng thư điện tử."
    assert _site(staff, "90%").share_label == ()


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Tỷ lệ thủ tục hành chính đã cung cấp dịch vụ công trực tuyến toàn trình 6 tháng đầu "
         "năm 2022 là bao nhiêu?", "72%"),
        ("ty le ho so nop truc tuyen 6 thang dau nam 2022", "41%"),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn trên hệ thống một cửa điện tử là bao nhiêu?", "97,6%"),
    ],
)  # fmt: skip
def test_the_share_whose_own_label_is_asked_is_stated(question: str, figure: str) -> None:
    index = mini_index(REPORT)
    ans = ask(index, question)
    assert ans.figure == figure, ans.text


COMPUTERS = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

6. Xây dựng chính quyền điện tử

- Xây dựng đội ngũ công chức và hiện đại hóa hành chính các cơ quan đều đạt tỷ lệ trên 90% so với điểm tối đa.

- Hạ tầng kỹ thuật được đầu tư: máy tính/công chức đạt 100%, mạng nội bộ tại các cơ quan đạt 100%.
"""


def test_a_close_runner_up_that_says_what_is_counted_is_offered_not_not_found() -> None:
    # The best-scoring share (90%) counts no computers; the next one says "máy tính", and "trên"
    # is the "per" its "/" writes: the answer names it, it does not say "not found".
    index = mini_index(COMPUTERS)
    q = parse_query("ty le may tinh tren cong chuc cac co quan")
    ans = extractive(index).answer(q, everything(index), "vi")
    assert not ans.abstained, ans.text
    first = ans.figure or ans.candidates[0].figure
    assert first == "100%", ans.text


def test_tren_in_a_rate_is_the_per_sign_not_a_counted_word() -> None:
    # "máy tính trên cán bộ" is written "máy tính/cán bộ" in the reports
    units = _rate_units(parse_query("tỷ lệ máy tính trên cán bộ"))
    assert "tren" not in units
    assert {"may", "tinh"} <= units


PORTAL = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Đến hết 15/6/2022, tỉnh đã hoàn thành tích hợp 312 dịch vụ công mức độ 3, 4 lên Cổng Dịch vụ công quốc gia, đạt tỷ lệ 38%.
"""


def test_a_service_level_says_the_service_is_online() -> None:
    index = mini_index(PORTAL)
    q = parse_query("What share of online services had been integrated with the national portal?")
    ans = extractive(index).answer(q, everything(index), "en")
    assert not ans.abstained, ans.text
    assert (ans.figure or ans.candidates[0].figure) == "38%", ans.text


OF_WHAT = """BÁO CÁO
Kết quả chuyển đổi số 6 tháng đầu năm 2022

II. KẾT QUẢ THỰC HIỆN

5. Hiện đại hóa hành chính

- Tỷ lệ hồ sơ DVC trực tuyến mức độ 3, mức độ 4 được tiếp nhận 6 tháng đầu năm đạt 47%.

- Tỷ lệ dịch vụ công trực tuyến mức độ 3, mức độ 4 có phát sinh hồ sơ còn thấp (đạt 31%).
"""


def test_what_a_share_is_of_is_read_after_its_share_word() -> None:
    assert share_of(("ty", "le", "ho", "so", "dvc")[2:]) == "dossiers"
    assert share_of(("dich", "vu", "cong", "co", "phat", "sinh", "ho", "so")) == "services"
    q = parse_query("What share of level 3 and 4 online services had any dossiers?")
    assert share_asked(q) == "services"
    assert share_asked(parse_query("tỷ lệ TTHC có hồ sơ trực tuyến")) == "procedures"


@pytest.mark.parametrize(
    ("question", "of"),
    [
        # an English noun compound is of its last noun: its head
        ("What proportion of online service applications were submitted online?", "dossiers"),
        ("What share of procedure dossiers were filed electronically?", "dossiers"),
        ("What percentage of dossier services were integrated?", "services"),
        ("What share of online services had applications?", "services"),
        ("tỷ lệ hồ sơ dịch vụ công trực tuyến", "dossiers"),
    ],
)
def test_an_english_compound_is_a_share_of_its_head(question: str, of: str) -> None:
    assert share_asked(parse_query(question)) == of


@pytest.mark.parametrize(
    ("question", "figure", "language"),
    [
        ("What share of level 3 and 4 online services actually received dossiers?", "31%", "en"),
        ("What proportion of level 3 and 4 online service applications were received?", "47%",
         "en"),
        ("Tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 được tiếp nhận là bao nhiêu?", "47%",
         "vi"),
    ],
)  # fmt: skip
def test_a_share_of_what_is_asked_wins_over_a_share_of_another_thing(
    question: str, figure: str, language: str
) -> None:
    index = mini_index(OF_WHAT)
    ans = ask(index, question, language)
    assert ans.figure == figure, ans.text


MAX_SCORE = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH

2. Về thực hiện kế hoạch CCHC năm 2023

Đến thời điểm báo cáo đã thực hiện được 40 nhiệm vụ trong tổng số 48 nhiệm vụ, đạt 83,33 % kế hoạch đề ra.

4. Về công tác kiểm tra CCHC

Chỉ số cải cách hành chính của tỉnh năm 2022 có 3 lĩnh vực đạt tỷ lệ trên 85% so với điểm tối đa, đứng trong tốp đầu cả nước.
"""


def test_a_share_of_the_maximum_score_answers_no_question_without_a_score() -> None:
    index = mini_index(MAX_SCORE)
    plan = ask(
        index,
        "what percentage of its 2023 administrative reform plan has the province completed",
        "en",
    )
    assert plan.figure in {"83,33%", ""}, plan.text
    assert plan.figure != "85%"
    assert _of_max_score(_site(MAX_SCORE.splitlines()[-1], "85%").own)


def test_a_share_of_the_maximum_score_is_a_unit_doubt_unless_a_score_is_asked() -> None:
    site = _site("Chỉ số CCHC của tỉnh đạt tỷ lệ trên 85% so với điểm tối đa.", "85%")
    change, _, doubts = share_fit(site, False, None, score_asked=False)
    assert change < 0
    assert doubts == frozenset({"unit"})
    assert share_fit(site, False, None, score_asked=True) == (0.0, 0, frozenset())
    plain = _site("Đã thực hiện 40/48 nhiệm vụ, đạt 83,33 % kế hoạch đề ra.", "83,33%")
    assert share_fit(plain, False, None, score_asked=False) == (0.0, 0, frozenset())
