"""The domain lexicon: large enough, every term from the reports, English expanded to it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.lexicon import (
    NEGATED_REACH,
    alike_terms,
    negated_spans,
    read_lexicon,
    staff_words,
    to_english,
    to_vietnamese,
    variants,
    without_denied,
)
from core.query import parse_query
from core.text import fold
from tests.conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path


def _skeleton(text: str) -> str:
    return " ".join(
        re.sub(r"[aeiouy]", "", w) or w for w in re.sub(r"[^a-z0-9 ]", " ", text).split()
    )


def test_lexicon_has_300_terms_each_with_english() -> None:
    terms = read_lexicon()
    assert len(terms) >= 300
    assert all(t.english for t in terms)


def test_every_term_is_the_reports_own_wording() -> None:
    corpus = " ".join(
        fold(p.read_text(encoding="utf-8"))
        for p in sorted((REPO / "corpus" / "reports").glob("*.txt"))
    )
    words = " " + " ".join(re.sub(r"[^a-z0-9 ]", " ", corpus).split()) + " "
    skeletons = " " + _skeleton(corpus) + " "
    missing = [
        t.vi
        for t in read_lexicon()
        if f" {' '.join(re.sub(r'[^a-z0-9 ]', ' ', t.folded).split())} " not in words
        and f" {_skeleton(t.folded)} " not in skeletons  # OCR breaks vowels ("dugc")
    ]
    assert not missing


def test_english_question_gains_the_report_wording() -> None:
    got = to_vietnamese("how many dossiers were settled on time at district level")
    assert {"ho so", "dung han", "cap huyen"} <= set(got)


def test_come_in_is_received_or_arising() -> None:
    # "requests that came in" are the dossiers received (tiếp nhận) or arising (phát sinh)
    got = to_vietnamese("how many requests had come in by june")
    assert {"tiep nhan", "phat sinh"} <= set(got)
    assert {"tiep nhan", "phat sinh"} <= set(to_vietnamese("files that came in online"))


def test_staff_seconded_from_their_agencies_work_at_the_centre() -> None:
    assert "lam viec tai" in to_vietnamese("how many officers are seconded from the police")


def test_vietnamese_terms_read_back_in_english() -> None:
    assert to_english("ho so da giai quyet qua han") == ["dossier", "settled", "overdue"]


def test_query_expansion_hook_adds_lexicon_terms() -> None:
    assert "truc tuyen" in parse_query("How many dossiers were submitted online?").expanded


def test_british_spelling_and_irregular_plurals_name_the_term() -> None:
    # The lexicon writes "organizational certificates"; a question may spell it the British way.
    assert "chung thu so to chuc" in to_vietnamese("how many organisational certificates")
    assert variants("city") == ["city", "cities"]
    assert "specialized database" in variants("specialised database")


def test_abbreviations_the_reports_write_join_the_expansion() -> None:
    # "CSDL", "CQNN" are how the reports write these: an English question reaches them too.
    expanded = parse_query("What share of state agencies have specialised databases?").expanded
    assert {"csdl", "cqnn"} <= set(expanded.split())


def test_provincial_alone_is_no_provincial_level() -> None:
    # "the provincial portal" is the province's portal, not its cấp tỉnh part.
    assert (
        "cap tinh"
        not in parse_query("How many services does the provincial portal offer?").expanded
    )
    assert "cap tinh" in parse_query("How many services at provincial level?").expanded


def test_several_levels_in_english_read_as_the_reports_list() -> None:
    assert "muc do 3 va 4" in parse_query("What share of services are level 3 or 4?").expanded
    assert "muc do 3 va 4" in parse_query("services at levels 3 and 4").expanded
    assert "muc do 4" in parse_query("How many full-process online services?").expanded
    assert "muc do 3 va 4" in parse_query("What share of level 3-4 services?").expanded


def test_a_level_range_written_with_a_dash_names_both_levels() -> None:
    from bot.extractive.levels import asked_levels

    assert asked_levels(parse_query("tỷ lệ DVC mức độ 3-4 của Tuyên Quang").expanded) == {3, 4}
    assert asked_levels(parse_query("dvc muc 3-4 tuyen quang").expanded) == {3, 4}
    # a figure after the level is no second level
    assert asked_levels(parse_query("dvc mức độ 4 1.044 là của tỉnh nào").expanded) == {4}


def test_legal_and_personnel_wordings_reach_the_report_terms() -> None:
    got = set(to_vietnamese("documents expired entirely, partly repealed, kept unchanged"))
    assert {"het hieu luc toan bo", "het hieu luc mot phan", "giu nguyen"} <= got
    got = set(to_vietnamese("specific objectives, activities, elected, customs"))
    assert {"muc tieu cu the", "hoat dong", "bau", "hai quan"} <= got


def test_a_province_name_is_no_lexicon_term() -> None:
    # "Dong Thap" must not read as "đồng" (VND), nor "Ha Tinh" as any term
    expanded = parse_query("How many tasks did Dong Thap's office complete?").expanded
    assert " dong " not in f" {expanded.split('complete', 1)[1]} "


def test_an_amount_of_money_asked_names_the_currency() -> None:
    assert "dong" in parse_query("How much funding was the office allocated?").expanded.split()
    assert "dong" not in parse_query("How much did the office grow?").expanded.split()


def test_variants_make_no_double_plurals_or_doubled_endings() -> None:
    # "documents" is already plural; "programme" already holds "program".
    assert variants("documents") == ["documents"]
    assert variants("programme") == ["programme", "program"]
    assert "programmeme" not in variants("program")


def test_a_verb_in_another_form_names_the_same_term() -> None:
    # The lexicon writes "recruited", "assigned"; a question may say "recruit", "assign",
    # "recruiting"; a lexicon "-ing" form is also asked in the past ("processed").
    assert "tuyen dung" in to_vietnamese("how many did the province recruit")
    assert "tuyen dung" in to_vietnamese("recruiting civil servants")
    assert "giao" in parse_query("How many tasks did the Government assign?").expanded.split()
    assert {"transfer", "transferring"} <= set(variants("transferred"))
    assert "simplify" in variants("simplified")
    # an adjective's adverb: "regular" → "regularly", "electronic" → "electronically"
    assert "electronically" in variants("electronic")
    # no stem of under four letters: "noted" never becomes the negation "not"
    assert "not" not in variants("noted")


def test_a_negated_term_reads_as_the_reports_negation() -> None:
    # "non-" is "không", "un-" and "not yet" are "chưa"; "đã" (done) is dropped when negated
    assert "khong tu chu" in parse_query("What share of the non-autonomous budget?").expanded
    assert "chua giai ngan" in parse_query("How much funding remains undisbursed?").expanded
    expanded = parse_query("How many tasks have not yet been completed?").expanded
    assert "chua hoan thanh" in expanded
    assert "chua da" not in expanded
    assert "chua giai quyet" in parse_query("How many unresolved petitions?").expanded
    # "under", "units", "unemployment" are no negations: "un-" negates a participle
    assert "chua" not in parse_query("What is the unemployment rate?").expanded.split()
    assert "chua" not in parse_query("How many units are under the department?").expanded.split()


def test_everyday_english_reaches_report_words() -> None:
    assert "thuong xuyen" in to_vietnamese("officials who regularly use email")
    assert "duoi dang dien tu" in to_vietnamese("documents exchanged electronically")


def test_a_bare_verb_base_takes_no_plural_of_another_sense() -> None:
    # "placed" (ranked) gives the verb "place", but "places" climbed are "bậc", not "xếp thứ"
    assert "xep thu" not in to_vietnamese("how many places did it climb")
    assert "bac" in to_vietnamese("how many places did it climb")
    assert "xep thu" in to_vietnamese("where did the province place")
    # a written wording keeps its plural: "recruit" is the lexicon's own word
    assert "tuyen dung" in to_vietnamese("new recruits")


def test_applications_asked_are_dossiers() -> None:
    # staff say "applications" for hồ sơ; "ứng dụng" (the use of IT) is not what they count
    got = to_vietnamese("how many applications were filed online")
    assert "ho so" in got
    assert "ung dung" not in got
    assert "ung dung cong nghe thong tin" in to_vietnamese("it application")


def test_a_written_wording_keeps_its_own_terms_over_an_inflected_one() -> None:
    # "projected" (ước đạt) gives the base "project", which the lexicon writes for dự án
    assert "uoc dat" not in to_vietnamese("the archive project")
    assert "du an" in to_vietnamese("the archive project")
    assert "uoc dat" not in parse_query("How much capital is left for the project?").expanded


def test_a_compound_staff_or_certificate_wording_names_its_whole_term() -> None:
    # "staff streamlining" is one report term (tinh giản biên chế), not "staff" (cán bộ, a part
    # of a breakdown) beside "streamlining"; a "digital signature certificate" is a chứng thư số
    assert "can bo" not in parse_query("how many people were cut by staff streamlining").expanded
    assert "tinh gian bien che" in parse_query("staff cuts in 2022").expanded
    personal = parse_query("personal digital signature certificates issued").expanded
    assert "chung thu so ca nhan" in personal
    assert "chung thu so" in parse_query("digital signature certificates").expanded


def test_a_negation_inside_a_lexicon_wording_is_no_negation() -> None:
    # a "public non-business unit" is a đơn vị sự nghiệp công lập, no "không doanh nghiệp";
    # a negation outside such a wording still reads as the reports' negation
    units = parse_query("how many people work in public non-business units").expanded
    assert "don vi su nghiep cong lap" in units
    assert "khong doanh nghiep" not in units
    assert "chua giai ngan" in parse_query("how much capital is undisbursed").expanded


def test_a_profile_is_a_dossier() -> None:
    assert "ho so" in parse_query("how many civil servant profiles were updated").expanded


def test_a_quarter_in_roman_or_ordinal_english_reads_as_the_reports_quarter() -> None:
    # "quarter III of 2022" and "3rd quarter" are the reports' "Quý III" as "Q3" is
    for question in ("dossiers in quarter III of 2022", "dossiers in the 3rd quarter of 2022"):
        q = parse_query(question)
        assert q.quarter == 3
        assert "quy iii" in q.expanded
    assert parse_query("tasks in quarter I 2019").quarter == 1
    assert parse_query("how many dossiers in quarter, in total").quarter == 0


def test_everyday_staff_english_names_the_report_terms() -> None:
    # words staff write in English for report terms: a firm is a doanh nghiệp, a dispatch a
    # công văn, "reflections and recommendations" the phản ánh, kiến nghị (PAKN)
    for english, term in (("firms registered", "doanh nghiep"),
                          ("official dispatches issued", "cong van"),
                          ("reflections and recommendations received", "phan anh kien nghi"),
                          ("cooperatives", "hop tac xa"), ("fiber coverage", "cap quang")):  # fmt: skip
        assert term in parse_query(english).expanded, english


def test_a_determiner_other_than_the_lexicons_the_names_the_same_term() -> None:
    # the lexicon writes "past the deadline", "within the time limit": a question may say
    # "their", "its", "a" or nothing there
    for english, term in (("permits past their deadline", "qua han"),
                          ("cases still within its time limit", "trong han"),
                          ("requests handled past deadline", "qua han")):  # fmt: skip
        assert term in parse_query(english).expanded, english
    assert "past their deadline" in variants("past the deadline")
    assert variants("the deadline")[:1] == ["the deadline"]  # a leading "the" stays as it is


def test_more_everyday_english_names_the_report_terms() -> None:
    # a plain verb for recruiting, a shop on a trading platform, an officer, a law rapporteur,
    # civil service posts
    for english, term in (("how many teachers will the city hire", "tuyen dung"),
                          ("online shops opened on the marketplace", "gian hang"),
                          ("a full-time officer for each ward", "can bo"),
                          ("law rapporteurs trained this year", "bao cao vien phap luat"),
                          ("civil service posts left unfilled", "bien che cong chuc"),
                          ("passed the competitive examinations", "thi tuyen")):  # fmt: skip
        assert term in parse_query(english).expanded, english


def test_a_possessive_deadline_is_read_as_overdue() -> None:
    # "past the deadline" typed "past their deadline" names the same term
    assert "qua han" in to_vietnamese("how many files were past their deadline")


def test_terms_sharing_an_english_phrase_are_alike(tmp_path: Path) -> None:
    lexicon = tmp_path / "lexicon.tsv"
    lexicon.write_text(
        "hộp thư góp ý\tfeedback box|suggestion box\n"
        "hòm thư góp ý\tsuggestion box\n"
        "văn phòng\toffice\n"
        "cơ quan\toffice|agency\n",
        encoding="utf-8",
    )
    assert alike_terms("hop thu gop y", lexicon) == {"hom thu gop y"}
    assert alike_terms("hom thu gop y", lexicon) == {"hop thu gop y"}
    # one shared English word is no bridge
    assert alike_terms("van phong", lexicon) == frozenset()


def test_a_staff_word_the_reports_do_not_write_is_counted_in_their_words() -> None:
    # "đầu mối" is no report term; its wording is
    assert staff_words("dau moi", ("to chuc",)) == {"dau", "moi"}
    # a report term, an abbreviation or an English key keeps its words
    assert staff_words("ho so", ("ho so",)) == set()
    assert staff_words("tthc", ("thu tuc hanh chinh",)) == set()
    assert staff_words("toan trinh", ("muc do 4",)) == set()


def test_document_verbs_and_legal_effect_wordings_reach_the_report_terms() -> None:
    assert "kien toan" in parse_query("Which decision reorganised the audit team?").expanded
    assert "ung cuu su co" in parse_query("Who leads incident response?").expanded
    expanded = parse_query("Which circulars were wholly repealed last spring?").expanded
    assert "het hieu luc toan bo" in expanded
    said = parse_query("Were any bylaws of the city ceased to have effect in part?").expanded
    assert "het hieu luc mot phan" in said


def test_a_hyphenated_wording_of_syllables_is_english() -> None:
    # "top-up" is made of letters Vietnamese syllables have ("tóp", "úp"), but it is English
    assert "muc ho tro" in parse_query("What is the monthly top-up for teachers?").expanded
    from core.query import GLOSSARY

    assert GLOSSARY.get("top up") == ("muc ho tro",)


def test_everyday_english_reads_as_the_reports_terms() -> None:
    # "punctual(ity)" is the reports' "đúng hạn", "paperless" their "hoàn toàn dưới dạng điện
    # tử", a "workplan" their "kế hoạch", a "completion" their "hoàn thành"
    assert "dung han" in to_vietnamese("how punctual was the handling of appeals")
    assert "hoan toan duoi dang dien tu" in to_vietnamese("invoices issued fully paperless")
    assert "ke hoach" in to_vietnamese("the department's 2021 workplan")
    assert "hoan thanh" in to_vietnamese("the completion of the audit tasks")
    # "utilisation"/"utilization" of funds or systems is the reports' "sử dụng", either spelling
    assert "su dung" in to_vietnamese("utilisation of the allocated budget")
    assert "su dung" in to_vietnamese("the utilization of shared software")


def test_a_negation_denies_the_whole_term_after_it() -> None:
    # "not fully online" denies "fully online" (toàn trình), not the word "fully" alone; the
    # plain term's wording is not appended beside the denied one
    online = parse_query("how many commune procedures were not fully online").expanded
    assert "chua toan trinh" in online
    assert " toan trinh" not in online.replace("chua toan trinh", "").replace("khong toan trinh", "")
    # a term the lexicon also writes denied inside takes that wording ("kinh phí thực hiện
    # không tự chủ"), not "không" before the whole term
    funds = parse_query("was any non-self-financed funding carried over to next year").expanded
    assert "kinh phi thuc hien khong tu chu" in funds
    assert "khong kinh phi" not in funds
    assert "kinh phi thuc hien tu chu" not in funds
    # a negation of a word naming no term leaves the text as it is
    assert "chua" not in parse_query("How many units are under the department?").expanded.split()


def test_the_denied_forms_come_from_the_lexicon() -> None:
    spans = negated_spans("was the non autonomous funding cut", to_vietnamese)
    assert spans == []  # the lexicon writes "non-autonomous funding" whole: no negation
    text = "was the non self financed funding cut"
    (a, b, wordings), = negated_spans(text, to_vietnamese)
    assert "kinh phi thuc hien khong tu chu" in wordings
    assert text[a:b] == "non self financed funding"
    assert without_denied(text, to_vietnamese) == "was the  cut"


def test_a_negation_reaches_a_term_of_as_many_words_as_its_reach_and_no_longer() -> None:
    # "self financed funding" (as many words as the reach) is denied whole
    within = "non self financed funding"
    assert len(within.split()) == NEGATED_REACH + 1
    (a, b, wordings), = negated_spans(within, to_vietnamese)
    assert (a, b) == (0, len(within))
    assert "kinh phi thuc hien khong tu chu" in wordings
    # "e commerce trading platform" (one word more) is out of reach: only its first words are
    # denied, never the whole platform (sàn giao dịch thương mại điện tử)
    beyond = "non e commerce trading platform"
    assert len(beyond.split()) == NEGATED_REACH + 2
    (a, b, wordings), = negated_spans(beyond, to_vietnamese)
    assert b < beyond.index("trading")
    assert not any("san giao dich" in w for w in wordings)


def test_taking_on_staff_is_recruiting_or_receiving_them() -> None:
    # "take on" staff: the reports write tuyển dụng (by exam) or tiếp nhận (without one)
    expanded = parse_query("How many teachers were taken on by the district last year?").expanded
    assert "tuyen dung" in expanded, expanded
    assert "tiep nhan" in expanded, expanded


def test_finishing_processing_is_settling() -> None:
    # the reports count dossiers "đã giải quyết" / "giải quyết xong", never "hoàn thành xử lý"
    expanded = parse_query("How many requests had the ward finished processing by June?").expanded
    assert "giai quyet xong" in expanded, expanded
    assert "xu ly" not in expanded, expanded
