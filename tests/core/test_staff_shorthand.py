"""Staff shorthand and plain words the reports spell out: "KH" is a kế hoạch, "admin reform"
is cải cách hành chính, and "lúc" (the moment, "tới lúc tổng kết") the reports' "thời điểm".
Our own wordings."""

from __future__ import annotations

import pytest

from bot.extractive.concepts import ConceptMatcher
from core.query import GLOSSARY, compound_abbreviation, expansions, parse_query
from core.query_words import MAX_JOINED


def test_kh_is_a_plan() -> None:
    assert GLOSSARY["kh"] == ("ke hoach",)
    assert "ke hoach" in parse_query("KH tuyên truyền năm nay có mấy nội dung?").expanded


def test_admin_reform_is_administrative_reform() -> None:
    assert "cai cach hanh chinh" in parse_query("How much was spent on admin reform?").expanded


def test_the_moment_of_the_report_is_its_thoi_diem() -> None:
    matcher = ConceptMatcher({}, 2.0)
    concepts = matcher.concepts(parse_query("Tới lúc tổng kết còn mấy hồ sơ chưa xử lý?"))
    moment = next(c for c in concepts if ("luc",) in c.alternatives)
    assert ("thoi", "diem") in moment.alternatives


def test_hcnn_is_state_administration() -> None:
    # an asker's abbreviation the reports spell out: "cơ quan HCNN" is a cơ quan hành chính nhà nước
    assert GLOSSARY["hcnn"] == ("hanh chinh nha nuoc",)
    q = parse_query("Bao nhiêu cơ quan HCNN cấp xã có wifi?")
    assert "hanh chinh nha nuoc" in q.expanded


def test_joined_abbreviations_read_as_their_parts() -> None:
    # "VBQPPL" joins "VB" and "QPPL": the reports write "văn bản QPPL" or spell both out
    assert compound_abbreviation("vbqppl") == "van ban quy pham phap luat"
    assert "van ban quy pham phap luat" in parse_query("Quý này có mấy VBQPPL mới?").expanded
    assert compound_abbreviation("khdn") == "ke hoach doanh nghiep"


def test_words_that_join_no_abbreviations_stay_as_they_are() -> None:
    for word in ("booths", "dataset", "cbccvc", "thanh", "hoso", "vbq"):
        assert compound_abbreviation(word) == ""  # a word, a known one, or not all parts
    # at the limit: `MAX_JOINED` parts are read, one more is no join
    assert compound_abbreviation("vb" * MAX_JOINED) == " ".join(["van ban"] * MAX_JOINED)
    assert compound_abbreviation("vb" * (MAX_JOINED + 1)) == ""


def test_dtpt_is_development_investment() -> None:
    # budget lines' short form: "chi ĐTPT" is chi đầu tư phát triển
    assert "dau tu phat trien" in parse_query("Vốn ĐTPT năm nay giải ngân được bao nhiêu?").expanded



@pytest.mark.parametrize(
    "question",
    ["Bình Phước đã xong bao nhiêu nhiệm vụ?", "binh phuoc lam xong may nhiem vu",
     "Bình Phước đã hoàn tất bao nhiêu nhiệm vụ?"],
)
def test_work_done_as_staff_say_it_reads_as_the_reports_state(question: str) -> None:
    # the reports tell a count of tasks done as "đã hoàn thành" or "đã thực hiện (được)"
    extra = expansions(parse_query(question).folded)
    assert "da hoan thanh" in extra
    assert "da thuc hien" in extra
