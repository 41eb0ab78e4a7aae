"""Comparison sides found beside the other side in one line or one report layout (round 18):
a part's label said whole in a figure's lead beats one of its words said nearer in another
compound (bot/compare_lines.py); English shorthand and English names of a breakdown's parts
(core/en_wording.py, bot/compare_parts_answer.py); two periods named as their reports
(bot/compare_sides.py, bot/near_miss.py); a bare "%" in English (core/preamble.py). The
report lines are made up for the test."""

from __future__ import annotations

import pytest

from bot.compare_lines import share_out
from bot.compare_parts import Part
from bot.compare_parts_answer import _parts_are_asked
from bot.compare_sides import Side, side_query
from bot.near_miss import longer_period
from core.preamble import shorthand
from core.query import expansions, parse_query
from core.text import fold
from tests.bot.test_near_miss_period import stated

# -- one line, each part's label beside its figure ---------------------------------------------


@pytest.mark.parametrize(
    ("labels", "line", "expected"),
    [
        # "tiếp" of "tiếp nhận" is nearer the whole than "trực tiếp" is to its own figure
        (["trực tuyến", "trực tiếp"],
         "Tổng số hồ sơ tiếp nhận trong tháng: 2.310 (nộp trực tuyến: 615, trực tiếp tại một cửa "
         "và qua bưu điện: 1.695).", ["615", "1.695"]),
        # "qua mạng" is the asker's word for the reports' "trực tuyến" (the glossary's reading)
        (["qua mạng", "trực tiếp"],
         "Số lượt tiếp dân 48; tiếp nhận 920 đơn (truc tuyen 300, truc tiep va buu chinh 620).",
         ["300", "620"]),
        (["qua zalo", "trực tiếp"],
         "Số lượt tiếp dân 48; tiếp nhận 920 đơn (truc tuyen 300, truc tiep va buu chinh 620).",
         None),  # "qua zalo" is no word of the line, nor read as one: nothing shared out
        (["trực tuyến", "trực tiếp"],
         "Số lượt tiếp dân 48; tiếp nhận 920 đơn (trực tuyến 300, trực tiếp và bưu chính 620).",
         ["300", "620"]),
        # an English label read in the reports' words: the label said whole beats a line that
        # says only its last words ("sim ký số cá nhân")
        (["personal certificates", "organisation certificates"],
         "Đã cấp 905 chứng thư số (chứng thư số cá nhân: 611; chứng thư số của tổ chức: 204; "
         "sim ký số cá nhân: 90).", ["611", "204"]),
        # bare labels fit the SIM signatures as well as the certificates: not sure
        (["cá nhân", "tổ chức"],
         "Đã cấp 905 chứng thư số (chứng thư số cá nhân: 611; chứng thư số của tổ chức: 204; "
         "sim ký số cá nhân: 90).", None),
    ],
)  # fmt: skip
def test_a_label_said_whole_wins_over_one_word_said_nearer(
    labels: list[str], line: str, expected: list[str] | None
) -> None:
    assert share_out(labels, line, False, 8) == expected


# -- English names of the parts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("how many org certs did Ha Tinh issue", "organisation certificates"),
        ("orgs vs indivs with digital signatures", "organisations vs individuals"),
        ("indiv certs issued by Hai Duong", "individual certificates"),
    ],
)
def test_english_shorthand_for_organisations_and_individuals(typed: str, words: str) -> None:
    assert words in parse_query(typed).folded


def _parts(*texts: str) -> list[Part]:
    return [Part(t, parse_query(t)) for t in texts]


def test_parts_named_in_english_are_the_breakdown_compared() -> None:
    # "individual … compared with organisation …": each part's own question asks its part
    assert _parts_are_asked(_parts(
        "Tuyen Quang how many individual digital certificates",
        "Tuyen Quang how many organisation digital certificates",
    ))  # fmt: skip
    assert _parts_are_asked(_parts("so chung thu so ca nhan", "so chung thu so to chuc"))
    # one breakdown asked of every part alike: the levels are no parts compared
    assert not _parts_are_asked(_parts(
        "so DVC muc do 3 o cap tinh, cap huyen, cap xa",
        "so DVC muc do 4 o cap tinh, cap huyen, cap xa",
    ))  # fmt: skip


# -- two periods named as their reports --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "quarters"),
    [
        ("Ha Tinh: number of level-4 services, the Q2 2019 report vs the H1 2022 report?",
         {2019: 2, 2022: 0}),
        ("Tuyên Quang: số hồ sơ trực tuyến theo báo cáo quý II/2019 và báo cáo 6 tháng đầu năm "
         "2022?", {2019: 2, 2022: 0}),
        ("tuyen quang so ho so truc tuyen bc quy 2 2019 va bc 9 thang 2022", {2019: 2, 2022: 0}),
        # one quarter written for both years: both sides are of that quarter
        ("Hà Tĩnh quý II năm 2019 và 2022: bao nhiêu DVC mức 4?", {2019: 2, 2022: 2}),
    ],
)  # fmt: skip
def test_a_period_side_asks_its_own_period_not_its_report(
    question: str, quarters: dict[int, int]
) -> None:
    q = parse_query(question)
    for year, quarter in quarters.items():
        sq = side_query(q, Side(str(year), q.provinces, (year,)))
        assert sq.quarter == quarter
        assert "report" not in sq.folded.split()
        assert "bao cao" not in sq.folded


HALF = "Tỷ lệ cán bộ cấp xã có máy tính 6 tháng đầu năm đạt 96%."


def test_a_longer_period_the_question_names_is_no_near_miss_of_its_quarter() -> None:
    both = parse_query("Binh Phuoc: commune officials with computers, Q1 2019 vs H1 2022 report?")
    assert longer_period(both, stated("96%", HALF, "6 tháng đầu năm 2022"), "en") is None
    vi = parse_query("Bình Phước quý I/2019 so với 6 tháng đầu năm 2022: tỷ lệ CBCC có máy tính?")
    assert longer_period(vi, stated("96%", HALF, "6 tháng đầu năm 2022"), "vi") is None
    alone = parse_query("Bình Phước quý I/2022: tỷ lệ CBCC cấp xã có máy tính?")
    assert longer_period(alone, stated("96%", HALF, "6 tháng đầu năm 2022"), "vi") is not None


# -- a bare "%" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("what % of the self managed funds was spent", "what percent of the self managed funds"),
        ("% of dossiers filed online", "percent of dossiers filed online"),
        ("ty le % ho so truc tuyen", "ty le phan tram ho so truc tuyen"),
        ("hai duong % dvc muc 4?", "hai duong phan tram dvc muc 4?"),
        ("bao nhieu % ho so", "bao nhieu % ho so"),
    ],
)
def test_a_bare_percent_sign_reads_as_the_word_of_its_language(folded: str, expected: str) -> None:
    assert expected in shorthand(folded)


# -- an English label's channel, and its auxiliaries ---------------------------------------------


def test_an_english_label_keeps_its_own_reading_of_online() -> None:
    from bot.compare_lines import translated
    from bot.compare_part_line import _channel_said

    assert translated("applications received online")
    assert _channel_said("applications received online") == "applications received online"
    # "qua mạng" is read in the reports' word through the glossary: the label stays as typed
    assert translated("hồ sơ qua mạng")
    assert _channel_said("hồ sơ qua mạng") == "hồ sơ qua mạng"
    assert "truc tuyen" in expansions(fold("hồ sơ qua mạng", repair=False))
    # read in the reports' words, the English label leads to no figure of the whole
    line = "Tiếp nhận trong tháng: 7.450 (trực tuyến: 2.100, trực tiếp và bưu chính: 5.350)."
    assert share_out(["applications received online", "in person or by post"], line, False, 8) != [
        "7.450", "5.350"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("Binh Phuoc 2022: what percent of the autonomous vs the non-autonomous funding had been "
         "used?", ["autonomous funding", "non-autonomous funding"]),
        ("Hai Duong: how many level 3 versus level 4 services are there?",
         ["level 3 services", "level 4 services"]),
    ],
)  # fmt: skip
def test_a_part_label_ends_before_the_auxiliary_the_parts_share(
    question: str, labels: list[str]
) -> None:
    from bot.compare_parts import parts_of

    assert [p.label for p in parts_of(parse_query(question), en=True)] == labels
