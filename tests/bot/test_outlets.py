"""The outlets a report counts news items on are told apart: the provincial web portal's items
are not the newspaper's, and "in print and online" is the newspaper's print and online
editions ("báo in và báo điện tử"), not the online channel of a dossier ("trực tuyến"). The
report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from core.lexicon import to_vietnamese
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Tình hình tuyên truyền cải cách hành chính năm 2023

A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH

1. Kết quả tuyên truyền trên các cơ quan báo chí

Trên các ấn phẩm báo in và báo điện tử, Báo tỉnh đã đăng tải 140 tin và ảnh về công tác CCHC, tập trung phản ánh việc cung cấp dịch vụ công trực tuyến.

2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh

Trong năm, Cổng Thông tin điện tử đã cập nhật hơn 95 tin, bài tuyên truyền về công tác cải cách hành chính trên địa bàn tỉnh.
"""


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return mini_index(REPORT)


def test_print_and_online_is_the_newspaper_s_editions() -> None:
    words = to_vietnamese("how many items did the newspaper run in print and online")
    assert "bao in va bao dien tu" in words
    assert "truc tuyen" not in words


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many news items on administrative reform did the provincial web portal post?", "95"),
        (
            "How many items about administrative reform did the newspaper run in print and online?",
            "140",
        ),
    ],
)
def test_each_outlet_gets_its_own_figure(index, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, question, "en")
    # stated, or first of the candidates when the confidence model hedges
    assert (ans.figure or ans.candidates[0].figure) == figure


def test_the_e_commerce_trading_floor_is_an_outlet_of_its_own() -> None:
    """A question about the e-commerce trading floor's posts is not answered by the
    newspaper's items; the floor's own clause, or one naming no outlet, is not judged."""
    from bot.outlets import other_outlet, outlets
    from core.query import parse_query

    q = parse_query("how many posts on the e-commerce trading floor, Lạng Sơn vs Cao Bằng?")
    asked = f"{q.folded} {q.expanded}"
    assert outlets(asked) == frozenset({"trading floor"})
    assert outlets("san giao dich tmdt cua tinh co 40 gian hang") == frozenset({"trading floor"})
    assert other_outlet(asked, "Báo điện tử của tỉnh đưa 37 bài viết", "37")
    assert not other_outlet(asked, "Sàn giao dịch TMĐT giới thiệu 85 mặt hàng", "85")
    assert not other_outlet(asked, "Tháng này, đã thêm khoảng 46 bài", "46")


def test_a_province_s_own_domain_names_its_portal() -> None:
    """ "<province>.gov.vn" ("www." before it or not) is the province's web portal; a subdomain
    is another of its systems."""
    from bot.outlets import outlets

    assert outlets("langson.gov.vn: so tin bai") == frozenset({"portal"})
    assert outlets("xem http://langson.gov.vn) co 5 tin") == frozenset({"portal"})
    assert outlets("tren dichvucong.langson.gov.vn co 5 ho so") == frozenset()
    assert outlets("trang www.caobang.gov.vn co 7 bai") == frozenset({"portal"})
    assert outlets("www.dichvucong.caobang.gov.vn co 7 ho so") == frozenset()


def test_a_national_domain_is_no_province_s_portal() -> None:
    """A one-label domain that is no province's name (a national portal or ministry) is not
    the province's web portal."""
    from bot.outlets import outlets

    for domain in ("chinhphu.gov.vn", "dichvucong.gov.vn", "baochinhphu.gov.vn", "mic.gov.vn"):
        assert outlets(f"tren {domain} co 9 bai") == frozenset(), domain
