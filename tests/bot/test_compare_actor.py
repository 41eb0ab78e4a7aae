"""A comparison takes a side's figure only from a line said of the actor it asks: never the
province's portal for the departments' and districts' own sites, never one tier's share for a
question that names another tier or none ("UBND xã", "communes" name one); "báo chí TW" names
the central press; the state asked of counted things is read from the measure, not from a
system's name or a closing "which … most".
Tables over made-up reports (and the state rules over made-up questions)."""

from __future__ import annotations

from bot.compare_actor import other_actor, sites_asked, tier_asked, tier_owner, tiers_asked
from bot.compare_rules import asked_statuses, statuses
from bot.outlets import outlets
from core.query import parse_query
from index.facts import build_facts
from index.generations import LoadedIndex
from tests.bot.test_compare_answered import BP, BP19
from tests.bot.test_compare_states import _figures
from tests.helpers.mini_index import compare_wired, mini_corpus, side_row
from tests.helpers.typed import body

MEDIA = """A. TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH
1. Kết quả tuyên truyền trên các cơ quan thông tấn, báo chí
- Báo chí TW và tỉnh bạn cũng đã có trên {press} tin, bài tuyên truyền về công tác cải cách
hành chính của tỉnh.
2. Tuyên truyền trên Cổng thông tin điện tử của tỉnh
Cổng Thông tin điện tử đã cập nhật hơn {portal} tin, bài tuyên truyền về công tác cải cách
hành chính trên địa bàn tỉnh.
3. Kết quả tuyên truyền tại các sở, ban, ngành, UBND các huyện
Công tác tuyên truyền CCHC trên các Trang thông tin điện tử của các sở, ngành, địa phương được
chú trọng. Đồng thời đăng tải trên {pages} các tin bài, văn bản chỉ đạo về cải cách hành chính.
"""
DOCS = """B. HIỆN ĐẠI HÓA HÀNH CHÍNH
1. Ứng dụng công nghệ thông tin
- Tỷ lệ trao đổi văn bản điện tử của UBND cấp xã với các cơ quan cấp tỉnh và huyện đạt {xa}%.
- Số máy chủ được đầu tư mới trong kỳ: 12 máy chủ.
"""


def _media() -> LoadedIndex:
    return mini_corpus([
        (BP19, MEDIA.format(press=35, portal=45, pages="2.300")),
        (BP, MEDIA.format(press=75, portal=95, pages="1.800")),
    ])  # fmt: skip


def test_the_departments_sites_never_take_the_portals_count() -> None:
    index = _media()
    for question, language in (
        ("Bình Phước: số tin bài trên trang thông tin điện tử các sở, ngành, huyện về CCHC, "
         "quý I/2019 so với 6 tháng đầu năm 2022", "vi"),
        ("Binh Phuoc departments' and districts' websites: reform news items, Q1 2019 vs "
         "first half of 2022", "en"),
    ):  # fmt: skip
        table = compare_wired(index, question, language)
        assert "**45**" not in body(table), body(table)
        assert "**95**" not in body(table), body(table)
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    sites = parse_query("số tin bài trên trang thông tin điện tử của các sở, ngành Bình Phước")
    assert sites_asked(sites)
    assert other_actor(sites, facts["95"])
    assert not other_actor(sites, facts["1.800"])
    # the portal asked (no departments' sites): the portal's figure stays
    portal = parse_query("Cổng thông tin điện tử Bình Phước đăng bao nhiêu tin")
    assert not other_actor(portal, facts["95"])


def test_tw_names_the_central_press() -> None:
    assert outlets(parse_query("bao chi TW dang bao nhieu tin").expanded) == {"press"}
    assert outlets(parse_query("báo chí Trung ương").expanded) == {"press"}
    question = "bao chi TW dang bao nhieu tin CCHC Binh Phuoc: quy I/2019 so voi 6 thang dau 2022"
    table = compare_wired(_media(), question)
    assert "**35**" in side_row(table, "Quý I/2019"), body(table)
    assert "**75**" in side_row(table, "6 tháng đầu năm 2022"), body(table)


def test_one_tiers_share_is_no_whole() -> None:
    index = mini_corpus([(BP19, DOCS.format(xa=88)), (BP, DOCS.format(xa=97))])
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    assert tier_owner(facts["97%"]) == "xa"
    whole = parse_query("Tỷ lệ văn bản trao đổi điện tử giữa các cơ quan nhà nước ở Bình Phước")
    assert not tier_asked(whole)
    assert other_actor(whole, facts["97%"])
    part = parse_query("Tỷ lệ trao đổi văn bản điện tử của UBND cấp xã Bình Phước")
    assert tier_asked(part)
    assert not other_actor(part, facts["97%"])
    table = compare_wired(
        index, "Share of documents exchanged electronically among state agencies in Binh Phuoc, "
        "Q1 2019 vs first half of 2022", "en",
    )  # fmt: skip
    assert "**88%**" not in body(table), body(table)
    assert "**97%**" not in body(table), body(table)
    table = compare_wired(
        index, "Tỷ lệ trao đổi văn bản điện tử của UBND cấp xã Bình Phước: quý I/2019 so với "
        "6 tháng đầu năm 2022",
    )  # fmt: skip
    assert "**97%**" in side_row(table, "6 tháng đầu năm 2022"), body(table)


def test_a_tier_named_in_other_words_keeps_its_share() -> None:
    index = mini_corpus([(BP19, DOCS.format(xa=88)), (BP, DOCS.format(xa=97))])
    facts = {f.value: f for f in build_facts(index.reports.values(), index.chunks)}
    for question in (
        "Tỷ lệ UBND xã Bình Phước gửi văn bản điện tử cho cơ quan tỉnh, huyện",
        "ty le cac xa binh phuoc trao doi van ban dien tu",
        "Share of communes in Binh Phuoc exchanging documents electronically",
        "Binh Phuoc commune-level e-document exchange rate",
    ):
        assert "xa" in tiers_asked(parse_query(question)), question
        assert not other_actor(parse_query(question), facts["97%"]), question
    # "xã hội" (society) and "từ xa" (remote) name no commune; "Hà Tĩnh" names no province tier
    social = parse_query("Tỷ lệ hồ sơ bảo hiểm xã hội nộp từ xa ở Hà Tĩnh")
    assert tiers_asked(social) == frozenset()
    assert other_actor(social, facts["97%"])
    # a district asked: the communes' share is another tier's
    district = parse_query("Tỷ lệ văn bản điện tử của các huyện Bình Phước")
    assert tiers_asked(district) == {"huyen"}
    assert other_actor(district, facts["97%"])
    table = compare_wired(
        index, "Tỷ lệ UBND xã ở Bình Phước trao đổi văn bản điện tử: quý I/2019 so với nửa đầu 2022"
    )
    assert "**97%**" in side_row(table, "6 tháng đầu năm 2022"), body(table)


def test_a_one_stop_door_is_no_owner() -> None:
    # "bộ phận một cửa cấp huyện" folds "cửa" as "của" does: the desk, not an owner's tier
    text = "1. Nhân sự\nNhân sự làm việc tại Bộ phận một cửa cấp huyện gồm 14 công chức.\n"
    index = mini_corpus([(BP, text)])
    facts = build_facts(index.reports.values(), index.chunks)
    assert [tier_owner(f) for f in facts if f.value == "14"] == [""]


def test_the_state_asked_is_the_measures() -> None:
    # a system's name holds "giải quyết": no state of the counted dossiers
    assert statuses("he thong thong tin giai quyet tthc") == frozenset()
    # a closing "which … most" restates the measure in its own verb: the head's state is asked
    q = parse_query("Binh Phuoc và Yen Bai tiếp nhận bao nhiêu hồ sơ, bên nào xử lý nhiều hơn?")
    assert asked_statuses(q) == {"tiep nhan"}
    assert asked_statuses(parse_query("Which province resolved more dossiers?")) == {"giai quyet"}
    got = _figures("Dossiers received in Binh Phuoc and Yen Bai, which one processed more?")
    assert got["Bình Phước"].startswith("**5.432**"), got
    assert got["Yên Bái"].startswith("**8.765**"), got
