"""The courtesy around a typed question is taken off before it is read (core/preamble.py)."""

from __future__ import annotations

import pytest

from core.preamble import how_many, plain_wording, without_courtesy
from core.query import parse_query


@pytest.mark.parametrize(
    ("folded", "rest"),
    [
        ("hi, can you tell me how many ho so were received?", "how many ho so were received?"),
        ("cho minh hoi: so ho so truc tuyen la bao nhieu?", "so ho so truc tuyen la bao nhieu?"),
        ("xin chao ban! cho em hoi ty le dung han bao nhieu a?", "ty le dung han bao nhieu?"),
        ("ban oi cho minh hoi ty le la bao nhieu vay ban?", "ty le la bao nhieu?"),
        ("could you please tell me the online rate, thanks", "the online rate"),
        ("i would like to know how many services there are", "how many services there are"),
        ("anh chi cho em hoi voi, tinh co bao nhieu xa", "tinh co bao nhieu xa"),
        ("chao ad, muon hoi ve so ho so", "so ho so"),
        ("vui long cho biet so cuoc hop", "so cuoc hop"),
        ("so lop tap huan da mo duoc bao nhieu roi?", "so lop tap huan da mo duoc bao nhieu?"),  # rồi: already
        ("ty le xa co wifi cong cong dat may phan tram roi a", "ty le xa co wifi cong cong dat may phan tram"),
    ],
)
def test_the_courtesy_is_taken_off(folded: str, rest: str) -> None:
    assert without_courtesy(folded) == rest


@pytest.mark.parametrize(
    "folded",
    [
        "xin chao",  # small talk on its own stays whole
        "chao ban nhe",
        "hello there",
        "ok, thanks",
        "cam on ban nhieu nhe!",
        "cam on ban",
        "hello",
        "phat hanh bao nhieu ban?",  # bản: a noun after "bao nhiêu", not "bạn"
        "dien tich bao nhieu ha?",  # hectares
        "co bao nhieu nha?",  # nhà
        "co bao nhieu the?",  # thẻ
        "tinh co bao nhieu ho so?",
        "phat bao nhieu to roi?",  # tờ rơi: leaflets, their "rơi" no particle
    ],
)
def test_a_question_without_courtesy_is_unchanged(folded: str) -> None:
    assert without_courtesy(folded) == folded


def test_the_parsed_question_keeps_its_text_and_reads_without_the_courtesy() -> None:
    q = parse_query("Chào bạn, cho mình hỏi năm 2021 Tuyên Quang có bao nhiêu ạ?")
    assert q.text.startswith("Chào bạn")
    assert q.folded == "nam 2021 tuyen quang co bao nhieu?"
    assert q.provinces == ("Tuyên Quang",)
    assert q.years == (2021,)


@pytest.mark.parametrize(
    ("folded", "plain"),
    [
        (
            "tinh co may dich vu cong muc do 4 o cap xa",
            "tinh co bao nhieu dich vu cong muc do 4 o cap xa",
        ),
        ("theo bao cao, tinh co may xa?", "tinh co bao nhieu xa?"),
        ("huyen co may may chu?", "huyen co bao nhieu may chu?"),
        ("according to the reports, how many schools", "how many schools"),
    ],
)
def test_may_is_asked_as_bao_nhieu(folded: str, plain: str) -> None:
    assert plain_wording(folded) == plain


@pytest.mark.parametrize(
    "folded",
    [
        "ke hoach so may?",  # a document's number
        "xep thu may ca nuoc?",  # a rank
        "gap may lan?",  # a ratio, read as it is
        "bao cao quy may?",  # which quarter
        "dich vu cong muc may?",  # which level
        "ty le may tinh tren can bo",  # máy tính
        "cai cach to chuc bo may",  # bộ máy
        "huyen nao chua co may chu",  # máy chủ
        "how many dossiers in may 2022",  # the month
        "theo bao cao so 98, co bao nhieu xa",  # a report named, not courtesy
    ],
)
def test_other_mays_are_kept(folded: str) -> None:
    assert plain_wording(folded) == folded


@pytest.mark.parametrize(
    ("folded", "plain"),
    [
        ("i'm preparing a note for my boss. in 2021, how many x?", "in 2021, how many x?"),
        ("minh dang lam bao cao cho so. tinh co bao nhieu xa?", "tinh co bao nhieu xa?"),
        ("tinh co bao nhieu xa? ghi ro nguon giup minh.", "tinh co bao nhieu xa?"),
        ("how many schools? please cite the source.", "how many schools?"),
        ("tinh co bao nhieu xa ghi ro nguon giup minh.", "tinh co bao nhieu xa"),
        ("how many schools, with sources", "how many schools"),
    ],
)
def test_sentences_about_the_asker_or_the_answer_are_left_out(folded: str, plain: str) -> None:
    assert plain_wording(folded) == plain


@pytest.mark.parametrize(
    "folded",
    [
        "tinh co 1.044 dich vu. trong do cap huyen bao nhieu?",  # the first sentence is the topic
        "tp. ha tinh co bao nhieu xa?",  # an abbreviation ends no sentence
        "minh dang lam bao cao cho so.",  # nothing else asks: kept whole
    ],
)
def test_other_sentences_are_kept(folded: str) -> None:
    assert plain_wording(folded) == folded


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("Đồng Tháp nhận được mấy phản ánh?", "Đồng Tháp nhận được bao nhiêu phản ánh?"),
        ("MẤY xã có bộ phận một cửa", "bao nhiêu xã có bộ phận một cửa"),
        ("Huyện đã cấp mấy chứng thư số? Tỉnh nào nhiều hơn?",
         "Huyện đã cấp bao nhiêu chứng thư số? Tỉnh nào nhiều hơn?"),  # another sentence asks
        ("truong hoc nhan duoc may may tinh", "truong hoc nhan duoc bao nhieu may tinh"),
        ("so truong tang may lan", "so truong tang bao nhieu lan"),
        ("Tỉnh nhận mấy hồ sơ và giải quyết bao nhiêu?", "Tỉnh nhận bao nhiêu hồ sơ và giải quyết bao nhiêu?"),
    ],
)  # fmt: skip
def test_a_counting_may_is_asked_as_bao_nhieu(typed: str, asked: str) -> None:
    assert how_many(typed) == asked


@pytest.mark.parametrize(
    "typed",
    [
        "Huyện xếp thứ mấy cả nước?",  # a rank
        "Kế hoạch số mấy?",  # a document's number
        "Dịch vụ ở cấp mấy?",  # which level ("cấp mấy chứng thư" is issuing)
        "Mấy giờ bộ phận một cửa mở cửa?",  # the time
        "Trong mấy bài báo đó, bài nào nói về thuế?",  # "the few", another word asks
        "Huyện có máy chủ không, mấy năm nay?",  # marked: "máy" is a machine
        "ty le may tinh tren can bo",  # máy tính
        "tinh co dung dien toan dam may",  # đám mây, the cloud
        "tinh sap xep lai to chuc bo may cac so",  # bộ máy, the apparatus
        "How many servers may the province buy?",  # English
    ],
)
def test_other_mays_are_left_as_typed(typed: str) -> None:
    assert how_many(typed) == typed


@pytest.mark.parametrize(
    ("folded", "plain"),
    [
        ("ai ky bc 77 cua van phong", "ai ky bao cao 77 cua van phong"),
        ("so hieu bc cua so noi vu?", "so hieu bao cao cua so noi vu?"),
        ("theo bc, tinh co bao nhieu xa", "theo bao cao, tinh co bao nhieu xa"),
        # the type code of a number, or part of a longer code, stays
        ("so 77/bc vpubnd", "so 77/bc vpubnd"),
        ("so 77 / bc - vpubnd", "so 77 / bc - vpubnd"),
        ("bcd tinh", "bcd tinh"),
        ("trang bc.gov", "trang bc.gov"),
    ],
)
def test_bc_is_read_as_bao_cao(folded: str, plain: str) -> None:
    assert plain_wording(folded) == plain


@pytest.mark.parametrize(
    ("folded", "plain"),
    [
        ("xa co cong thong tin bao nhieu cai?", "xa co cong thong tin bao nhieu?"),
        ("so may tinh bao nhieu chiec", "so may tinh bao nhieu"),
        # a classifier before the counted noun, or no count, stays
        ("bao nhieu cai may in", "bao nhieu cai may in"),
        ("cai cach hanh chinh", "cai cach hanh chinh"),
    ],
)
def test_a_classifier_closing_the_count_is_dropped(folded: str, plain: str) -> None:
    assert plain_wording(folded) == plain


def test_a_terse_count_closed_by_a_classifier_reads_as_a_count() -> None:
    folded = parse_query("yb tram y te chuan may cai").folded
    assert folded == "yen bai tram y te chuan bao nhieu"
