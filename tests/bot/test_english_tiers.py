"""English wordings of a breakdown's part and of what a figure is said of, over the real seed
index: a level of government said as a "tier" ("sit at the provincial tier") asks that level's
part of the line, never its headline total; "as opposed to" leaves the other parts out; the
one-stop shop is the reports' "Bộ phận Tiếp nhận và trả kết quả" too; the central press
("central papers", "national newspapers") and other provinces' press are the reports' "báo chí
Trung ương" and "tỉnh bạn", no national system."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.extractive.left_out import excluded_phrases
from bot.extractive.parts_said import asked_parts, says_part
from bot.near_miss import _NATIONAL
from bot.near_miss_condition import says_condition
from core.lexicon import alike_terms, to_vietnamese
from core.query import parse_query


@pytest.mark.parametrize(
    ("wording", "level"),
    [
        ("how many sit at the provincial tier", ("cap", "tinh")),
        ("how many belong to the province tier", ("cap", "tinh")),
        ("how many are handled at the district-tier office", ("cap", "huyen")),
        ("how many are at the commune tier", ("cap", "xa")),
    ],
)
def test_a_tier_names_its_level(wording: str, level: tuple[str, ...]) -> None:
    assert level in asked_parts(parse_query(f"Of the level 3 online services, {wording}?"))
    # a comparison's own English label names its level as the reports' words do
    assert says_part(level, wording)


def test_as_opposed_to_leaves_the_other_parts_out() -> None:
    got = excluded_phrases(
        parse_query("How many does the province run itself, as opposed to district level?").folded
    )
    assert ("cap", "huyen") in got
    assert excluded_phrases(parse_query("How many services rather than dossiers?").folded)


def test_the_one_stop_shop_is_the_reception_and_result_desk() -> None:
    assert "bo phan tiep nhan va tra ket qua" in alike_terms("bo phan mot cua")
    assert "bao chi trung uong" in to_vietnamese("central papers and other provinces press")
    assert "tinh ban" in to_vietnamese("out of province press bureaus")
    # a line that names the desk by its formal name says the one-stop shop (made-up figures)
    quote = "TTHC thực hiện tại Bộ phận Tiếp nhận và trả kết quả cấp huyện: 30; cấp xã: 12"
    assert says_condition(["bo phan mot cua"], quote, quote, "Cải cách thủ tục hành chính")
    assert not says_condition(["bo phan mot cua"], "cấp huyện: 30", "cấp huyện: 30", "")


def test_the_national_press_asks_no_national_system() -> None:
    assert not _NATIONAL.search("how many stories did national newspapers run")
    assert _NATIONAL.search("how many dossiers on the national portal")


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the level part of a "(trong đó: … cấp tỉnh; … cấp huyện; … cấp xã)" line
        ("Tuyen Quang 2022: among level 3 online public services, how many belong to the "
         "provincial tier?", "71"),
        ("Dong Thap Q3 2022: how many of the procedures are at the province tier?", "1.409"),
        ("Tuyen Quang: how many level-3 online services does the province itself provide, as "
         "opposed to districts and communes?", "71"),
    ],
)
def test_the_part_asked_in_english_is_stated(
    service: AnswerService, question: str, figure: str
) -> None:
    ans = service.answer(question)
    assert ans.figure == figure, ans.text
