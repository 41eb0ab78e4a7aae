"""Provinces named by their initials in terse questions ("dvc muc 4 tq vs ht")."""

from __future__ import annotations

import pytest

from core.places import capital_initials, expand_initials, named_bodies
from core.query import parse_query


@pytest.mark.parametrize(
    ("text", "provinces"),
    [
        ("dvc muc 4 tq vs ht", ("Tuyên Quang", "Hà Tĩnh")),
        ("TTHC cấp tỉnh ĐT và HD", ("Đồng Tháp", "Hải Dương")),
        ("so sanh ho so tiep nhan ht, tq va dt", ("Hà Tĩnh", "Tuyên Quang", "Đồng Tháp")),
        ("bp hay yb nhiều chứng thư số hơn?", ("Bình Phước", "Yên Bái")),
        # one initialism written as the name after "tỉnh"
        ("tinh BP co bao nhieu xa", ("Bình Phước",)),
        ("Tỉnh YB cấp bao nhiêu chứng thư số?", ("Yên Bái",)),
        # one initialism beside a province's full name, as the other side
        ("số xã: BP so với Yên Bái?", ("Bình Phước", "Yên Bái")),
        ("gia lai hay kt nhiều DVC hơn", ("Gia Lai", "Kon Tum")),
        # one typed in capitals where a name stands: opening the question, after "ở / của"
        ("VL cấp bao nhiêu chứng thư số?", ("Vĩnh Long",)),
        ("so xa cua QB la bao nhieu", ("Quảng Bình",)),
        ("Có bao nhiêu DVC mức 3 ở ĐB?", ("Điện Biên",)),
        ("DB co bao nhieu DVC", ("Điện Biên",)),
        # after an English word that takes a place, or before the province's own body
        ("how many of YB's dossiers were late?", ("Yên Bái",)),
        ("communes in QB with a portal", ("Quảng Bình",)),
        ("GL PPC report: how many dossiers?", ("Gia Lai",)),
        # after a body's abbreviated name that the province's name completes
        ("Sở TTTT QB có bao nhiêu cán bộ?", ("Quảng Bình",)),
        ("UBND GL ban hanh nhung ke hoach nao", ("Gia Lai",)),
        ("VP UBND BP có mấy xe công?", ("Bình Phước",)),
        # lower case, opening a terse question, no common word's short form
        ("yb truong chuan quoc gia bao nhieu", ("Yên Bái",)),
    ],
)
def test_joined_initials_name_provinces(text: str, provinces: tuple[str, ...]) -> None:
    assert parse_query(text).provinces == provinces


@pytest.mark.parametrize(
    "folded",
    [
        "ht co bao nhieu dvc muc 4",  # one initialism alone: too often another abbreviation
        "so ho so la bao nhieu",  # "là", not Long An
        "nghi dinh nd va kh",  # the reports' own abbreviations (Nghị định, kế hoạch)
        "hn va hg",  # Hà Nội or Hà Nam, Hà Giang or Hậu Giang: not one province each
        "tinh hinh trien khai",  # "tình hình", no initialism
        "ha tinh bp",  # the "tĩnh" of Hà Tĩnh is no "tỉnh"
        "tinh la bao nhieu",  # "là": never read as a province
        "ht mot cua co bao nhieu ho so",  # "hệ thống": a common word's short form opening
        "cb cong chuc duoc dao tao bao nhieu",  # "cán bộ"
        "bn ho so da giai quyet",  # "bao nhiêu"
    ],
)
def test_other_initials_stay(folded: str) -> None:
    assert expand_initials(folded) == folded


@pytest.mark.parametrize(
    "text",
    [
        "HD số 12 quy định gì?",  # a document's kind before its number
        "Theo KH-UBND, có bao nhiêu việc?",
        "VP UBND tỉnh chi bao nhiêu?",  # a word of a body's abbreviated name (Văn phòng)
        "VP PPC report: how many staff?",  # … before the English name of the body too
        "Có bao nhiêu HD CNTT?",  # capitals before another abbreviation, not a body's
        "yb co bao nhieu xa",  # lower case alone: not read
        "Số hồ sơ trên HT một cửa",  # capitals, but not where a name stands
    ],
)
def test_capital_initials_elsewhere_stay(text: str) -> None:
    assert capital_initials(text) == text


def test_a_province_name_completing_a_body_name() -> None:
    assert named_bodies("bao ha tinh dang bao nhieu tin") == ["bao ha tinh"]
    assert named_bodies("hai quan dong thap va cuc thue tuyen quang") == [
        "hai quan dong thap", "cuc thue tuyen quang",
    ]  # fmt: skip
    assert named_bodies("dai phat thanh va truyen hinh hai duong phat may chuong trinh") == [
        "dai phat thanh va truyen hinh hai duong",
    ]
    # the place alone, or a report about it, is no body
    assert named_bodies("ha tinh co bao nhieu dvc") == []
    assert named_bodies("bao cao ha tinh nam 2022") == []


def test_strip_provinces_keeps_a_body_named_for_its_province() -> None:
    from core.places import strip_provinces

    text = "bao yen bai co may phong vien o yen bai va dai phat thanh va truyen hinh lao cai"
    # by default every name goes; kept, only the names that complete a body's name stay
    assert strip_provinces(text) == "bao co may phong vien o va dai phat thanh va truyen hinh"
    kept = strip_provinces(text, keep_bodies=True)
    assert kept == "bao yen bai co may phong vien o va dai phat thanh va truyen hinh lao cai"
    assert strip_provinces("bao cao yen bai", keep_bodies=True) == "bao cao"
