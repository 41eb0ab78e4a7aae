"""A share is told by what its own label says it is a share of: a share of documents exchanged
electronically does not answer a share of dossiers handled online (a near miss, "not found")."""

from __future__ import annotations

from bot.near_miss_asked import other_share, share_thing
from core.query import parse_query
from core.result import Answer, Citation

DOCS = "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan nhà nước đạt 92%;"
DOSSIERS = "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 41%;"


def _answer(quote: str, figure: str) -> Answer:
    cit = Citation(1, "r", "Báo cáo", "01/BC", "Sở", "01/01/2020", "", quote, 1.0)
    return Answer("q", f"**{figure}** [1]", False, (cit,), figure=figure)


def test_the_label_says_what_a_share_is_of() -> None:
    assert share_thing(DOCS, "92%") == "documents"
    assert share_thing(DOSSIERS, "41%") == "dossiers"
    assert share_thing("đạt 95% kế hoạch", "95%") is None  # no share word: not judged
    assert share_thing(DOCS, "92") is None  # no percentage


def test_a_share_of_another_thing_is_not_found() -> None:
    q = parse_query("Tỷ lệ hồ sơ được xử lý trực tuyến năm 2020 là bao nhiêu?")
    ans = other_share(q, _answer(DOCS, "92%"), "vi")
    assert ans is not None
    assert ans.abstained
    assert other_share(q, _answer(DOSSIERS, "41%"), "vi") is None


def test_a_question_naming_no_thing_is_not_judged() -> None:
    q = parse_query("Tỷ lệ đạt bao nhiêu phần trăm?")
    assert other_share(q, _answer(DOCS, "92%"), "vi") is None
