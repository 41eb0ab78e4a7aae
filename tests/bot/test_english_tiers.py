"""English wordings of a breakdown's part and of what a figure is said of, over the real seed
index: a comparison part's English label ("district", "commune") says its level as the reports'
"cấp huyện" does; "as opposed to" leaves a part out; the national press is the reports' "báo chí
Trung ương", also asked with other provinces' press, and no national system; a district
one-stop question is not answered by a line that counts only the procedures of vertically-managed
(ngành dọc) agencies."""

from __future__ import annotations

from bot.answer import AnswerService
from bot.extractive.left_out import excluded_phrases
from bot.extractive.parts_said import says_part
from bot.near_miss import _NATIONAL
from bot.outlets import outlets
from core.lexicon import to_vietnamese
from core.query import parse_query


def test_an_english_part_label_says_its_level() -> None:
    assert says_part(("cap", "huyen"), "district offices")
    assert says_part(("cap", "xa"), "the commune side")
    assert says_part(("cap", "tinh"), "the provincial departments")
    assert not says_part(("cap", "xa"), "the provincial departments")


def test_as_opposed_to_leaves_the_other_part_out() -> None:
    asked = "How many dossiers did the provincial centre take in, as opposed to the commune level?"
    assert ("cap", "xa") in excluded_phrases(parse_query(asked).folded)
    assert excluded_phrases(parse_query("Which figure counts leaflets rather than posters?").folded)


def test_the_national_press_is_the_central_press() -> None:
    assert "bao chi trung uong" in to_vietnamese("stories in national newspapers about reform")
    assert "bao chi trung uong" in to_vietnamese("coverage in the national press")
    # "central and other provinces' press" still asks the central press outlet
    expanded = parse_query("How many articles did central and other provinces' press run?").expanded
    assert outlets(expanded) == {"press"}, expanded


def test_the_national_press_asks_no_national_system() -> None:
    assert not _NATIONAL.search("what did the national press write about the one-stop reform")
    assert _NATIONAL.search("how many procedures were integrated on the national portal")


def test_a_vertical_agency_count_is_no_one_stop_total(service: AnswerService) -> None:
    # the only district one-stop figure of this report counts the vertically-managed agencies'
    # procedures alone: the question, which names no such agencies, gets no bold figure
    ans = service.answer("Hai Duong 2022: how many administrative procedures are handled at the "
                         "district-level one-stop desks?")
    assert not ans.figure, ans.text


def test_a_tier_of_government_is_its_level() -> None:
    # "tier" is how English askers often say a level of government: the reports' "cấp tỉnh"
    assert "cap tinh" in parse_query("How many services sit at the provincial tier?").expanded
    assert "cap huyen" in parse_query("requests handled at district-tier desks").expanded


def test_the_provincial_tier_part_is_answered_not_the_total(service: AnswerService) -> None:
    ans = service.answer("For Dong Thap, the provincial tier holds what count of the procedure list?")
    assert ans.figure == "1.409", ans.text  # its part "cấp tỉnh: 1.409", not the total 1.845
