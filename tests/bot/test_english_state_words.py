"""English one-figure questions in officials' own words: a word that only qualifies what is
counted ("for its agencies and staff") puts no condition on it (bot/near_miss_condition.py);
English verbs of state and nouns the reports write their own way ("spent", "logged",
"filings", "videoconferencing") and an agency typed "PC office" reach the reports' terms
(core/lexicon.tsv, bot/extractive/agency_names.py). Real index, real AnswerService."""

from __future__ import annotations

from bot import counted
from bot.answer import AnswerService
from bot.extractive.agency_names import english_agency_names
from bot.near_miss_condition import condition_terms
from core.lexicon import to_vietnamese
from core.query import parse_query
from index.retrieve import Filters


def _figure(service: AnswerService, text: str) -> str | None:
    ans = service.answer(text, [], Filters())
    return None if ans.abstained else ans.figure


def test_a_word_that_also_names_the_counted_things_is_no_condition() -> None:
    # "staff" is also "cán bộ", "agencies" also "cơ quan": they qualify, nothing to require
    q = parse_query("How many mailboxes has the county opened for its agencies and staff?")
    assert not {"nguoi lao dong", "nhan vien", "ban, nganh"} & set(condition_terms(q))
    # a word of one rendering still names a condition
    given = parse_query("What share of clinic nurses were given computers?")
    assert "may tinh" in condition_terms(given)


def test_english_words_of_the_reports_terms() -> None:
    assert "ho so" in to_vietnamese("how many filings")
    assert "tiep nhan" in to_vietnamese("case files logged on the system")
    assert "su dung" in to_vietnamese("budget spent")
    assert "hoi nghi truyen hinh truc tuyen" in to_vietnamese("videoconferencing")
    assert "dong thap pc office" in english_agency_names("Văn phòng UBND tỉnh Đồng Tháp")


def test_staff_of_agencies_does_not_hide_the_figure(service: AnswerService) -> None:
    text = "How many digital certificates has Hai Duong provided for agency staff?"
    assert _figure(service, text) == "5.606"


def test_state_words_reach_the_figure(service: AnswerService) -> None:
    came = "How many filings came in through Tuyen Quang's portal from 15/12/2021 to 17/5/2022?"
    assert _figure(service, came) == "75.639"
    resolved = "How many filings were resolved in Tuyen Quang from 15/12/2021 to 17/5/2022?"
    assert _figure(service, resolved) == "72.529"
    # each kind of funding keeps its own share: no figure of the other kind in bold
    own = "What % of its autonomous funding had the Dong Thap PC office spent?"
    assert _figure(service, own) == "70,3%"
    other = "What % of its non-self-managed funding had the Dong Thap PC office spent?"
    assert _figure(service, other) == "72,1%"


def test_a_place_phrase_before_a_possessive_only_says_whose() -> None:
    # "in the province's system" is in that system; "in the province" alone is its scope
    assert "tren dia ban tinh" not in to_vietnamese("logged in the province's one stop system")
    assert "tren dia ban tinh" in to_vietnamese("dossiers resolved in the province")
    assert "tren dia ban tinh" in to_vietnamese("schools in the provinces")


def test_a_verb_after_how_many_names_no_count_noun() -> None:
    # "… how many came through level-4 services": the services are the way, not what is counted
    via = parse_query("Of the permits the town issued, how many came through level-4 services?")
    assert counted.asked_noun(via.folded) == ""
    assert counted.asked_noun(parse_query("How many dossiers came in by post?").folded) == "ho so"
