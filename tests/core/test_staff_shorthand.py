"""Staff shorthand and plain words the reports spell out: "KH" is a kế hoạch, "admin reform"
is cải cách hành chính, and "lúc" (the moment, "tới lúc tổng kết") the reports' "thời điểm".
Our own wordings."""

from __future__ import annotations

from bot.extractive.concepts import ConceptMatcher
from core.query import GLOSSARY, parse_query


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
