"""What a figure counts against what the question counts: an English count noun said right
before "how many", a noun that opens the next figure's label (not a second name of this one's),
and a ratio asked after the parts, which is no part's figure."""

from __future__ import annotations

from bot import counted
from bot.compare_parts_answer import without_ratio
from core.query import parse_query

LINE = (
    "Tổng số hồ sơ tiếp nhận là 9.120 hồ sơ (trong đó: dịch vụ công mức độ 3 là 4.210 hồ sơ, "
    "dịch vụ công mức độ 4 là 3.005 hồ sơ)"
)


def test_a_noun_before_how_many_is_what_is_counted() -> None:
    assert counted.asked_noun("the lagging districts — how many?") == "huyen"
    assert counted.asked_noun("procedures: how many were handled online?") == "thu tuc"
    # a noun after "how many" still says it first
    assert counted.asked_noun("how many dossiers were level 3 services?") == "ho so"


def test_the_head_of_the_phrase_before_how_many_is_counted() -> None:
    # the head comes first; a "for …" modifier names another noun after it
    assert counted.asked_noun("dossiers filed for level 3 services — how many?") == "ho so"
    # a dash opens another phrase: the noun right before "how many" heads it
    assert counted.asked_noun("procedures - dossiers how many?") == "ho so"


def test_the_noun_may_end_its_phrase_before_words_words_before_how_many() -> None:
    assert counted._BEFORE_WORDS == 1
    assert counted.asked_noun("the communes connected: how many?") == "xa"
    assert counted.asked_noun("the communes connected online: how many?") == ""


def test_a_ratio_or_a_far_noun_names_nothing_counted() -> None:
    assert counted.asked_noun("services in 2021: how many times more in 2022?") == ""
    assert counted.asked_noun("dossiers received online in the quarter: how many?") == ""


def test_a_noun_opening_the_next_label_is_not_this_figures() -> None:
    assert counted.figure_nouns(LINE, "4.210") == ["ho so"]
    # a dossier count does not answer a count of services
    assert counted.other_thing("the level 3 services: how many?", LINE, "4.210") == "ho so"
    # two names of one count stay: "công chức, viên chức" both counted
    assert counted.figure_nouns("có 12 công chức, viên chức tham gia tập huấn", "12") == [
        "can bo", "vien chuc",
    ]  # fmt: skip


def test_a_label_ending_in_a_colon_says_what_is_counted() -> None:
    text = "số dịch vụ công đang cung cấp mức độ 3 là: 315, đạt tỷ lệ 20%"
    assert counted.own_thing(text, "315") == "dich vu"


def test_a_ratio_asked_after_the_parts_leaves_their_questions() -> None:
    q = parse_query(
        "Procedures at district level and procedures at commune level: how many each, how "
        "many times as many at commune level?"
    )
    assert "times" not in without_ratio(q, en=True).folded
    assert "district level" in without_ratio(q, en=True).folded
    other = parse_query("Dossiers received versus dossiers settled in 2021, and by what factor?")
    assert "factor" not in without_ratio(other, en=True).folded
    plain = parse_query("How many level-3 services and level-4 services?")
    assert without_ratio(plain) is plain


def test_a_ratio_that_alone_makes_the_parts_is_kept() -> None:
    # without the ratio only one part is read: the question stays as asked
    q = parse_query(
        "Kon Tum online services at level 2 and level 3: how many of each, and about how many "
        "times more level 2?"
    )
    assert without_ratio(q, en=True) is q


def test_a_noun_in_the_possessive_is_no_thing_counted() -> None:
    assert counted.asked_noun("of the decrees, how many came from the people's council?") == ""
    assert counted.asked_noun("how many officials' requests were granted?") == ""
    assert counted.asked_noun("how many people attended?") == "nguoi"
