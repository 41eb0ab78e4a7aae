"""A figure's own label (the words that name it) and reading a phrase in it: what lets the
answerer pick the part of a breakdown the question names rather than the headline. Clauses
written for the test, in the reports' style (OCR spellings included)."""

from __future__ import annotations

from bot.extractive.breakdown import named_items, names_phrase
from bot.extractive.question import QUALIFIERS
from bot.extractive.sites import _figures_of
from bot.extractive.tuning import LABEL_WORDS
from bot.extractive.words import phrase_said


def _label(clause: str, figure: str, lead: str = "") -> tuple[str, ...]:
    context = [(lead.split(), 20)] if lead else []
    site = next(s for s in _figures_of(clause, context) if s.figure == figure)
    return site.label


def test_a_phrase_is_read_in_a_row_with_ocr_forms() -> None:
    assert names_phrase(("cap", "huyen"), ("tong", "cap", "huyen", "co"))
    assert names_phrase(("truc", "tuyen"), ("tryc", "tuyen"))  # one letter misread
    assert names_phrase(("cap", "xa"), ("dich", "vu", "cong", "cp", "xa"))  # vowel lost
    assert names_phrase(("ca", "nhan"), ("chung", "thu", "so", "ce", "nhan"))  # "cé nhan"
    # words apart are not the phrase: "cấp tỉnh và huyện" does not say "cấp huyện"
    assert not names_phrase(("cap", "huyen"), ("cap", "tinh", "va", "huyen"))
    # a run ends at "|": no phrase across the figure
    assert not names_phrase(("qua", "han"), ("qua", "|", "han"))
    assert not names_phrase(("ca", "nhan"), ("co", "quan"))


def test_a_breakdown_items_label_is_its_own_words_not_its_neighbours() -> None:
    clause = "trong đó, giải quyết trước hạn: 151.156, đúng hạn: 20.658, quá hạn: 2491."
    late = _label(clause, "2491")
    assert names_phrase(("qua", "han"), late)
    assert not names_phrase(("truoc", "han"), late)
    early = _label(clause, "151.156")
    assert names_phrase(("truoc", "han"), early)
    assert not names_phrase(("qua", "han"), early)


def test_a_label_stops_at_the_figure_before_it() -> None:
    clause = "Đã thực hiện được 50 nhiệm vụ trong tổng số 55 nhiệm vụ của kế hoạch."
    done = ("da", "thuc", "hien")
    assert done in QUALIFIERS
    assert names_phrase(done, _label(clause, "50"))
    assert not names_phrase(done, _label(clause, "55"))


def test_an_item_of_a_breakdown_of_the_clause_before_takes_the_paragraphs_lead() -> None:
    # "Số hồ sơ đang giải quyết: 13.622;" then, as its own clause, the breakdown.
    clause = "trong đó, trong hạn: 11.275, quá hạn: 2.347."
    label = _label(clause, "2.347", lead="so ho so dang giai quyet")
    assert names_phrase(("qua", "han"), label)
    assert names_phrase(("dang", "giai", "quyet"), label)
    # a clause that does not open a breakdown does not borrow the paragraph's words
    other = _label("Tỷ lệ hồ sơ quá hạn là 2%.", "2%", lead="so ho so dang giai quyet")
    assert not names_phrase(("dang", "giai", "quyet"), other)


def test_a_label_is_at_most_label_words_each_side() -> None:
    words = " ".join(f"tu{i}" for i in range(LABEL_WORDS + 5))
    label = _label(f"{words} 123 {words}", "123")
    before, after = label.index("|"), label[label.index("|") + 1 :].index("|")
    assert before == LABEL_WORDS
    assert after == LABEL_WORDS


def _named(clause: str, question_words: str) -> list[str]:
    sites = _figures_of(clause, [])
    concepts = [((w,),) for w in question_words.split()]
    named = named_items([(s.pos, s.group, s.own, s.subject, s.is_percent) for s in sites], concepts)
    return [sites[i].figure for i in sorted(named)]


def test_a_figure_is_named_by_its_own_words() -> None:
    clause = "Số cán bộ đi học là 57 người trong đó có 40 chuyên viên và 17 kỹ thuật viên."
    own = {s.figure: s.own for s in _figures_of(clause, [])}
    assert own["40"][:2] == ("chuyen", "vien")  # a count names what it counts after it
    assert own["17"] == ("ky", "thuat", "vien")
    late = {s.figure: s.own for s in _figures_of("trong đó, đúng hạn: 120, quá hạn: 7.", [])}
    assert late["7"] == ("qua", "han")  # a label ending in ":" names the figure after it


def test_the_item_whose_own_words_the_question_says_is_named() -> None:
    clause = "Số cán bộ đi học là 57 người trong đó có 40 chuyên viên và 17 kỹ thuật viên."
    assert _named(clause, "can bo di hoc ky thuat") == ["17"]
    assert _named(clause, "can bo di hoc chuyen") == ["40"]
    # words every item or the headline says name no item: the headline is asked
    assert _named(clause, "can bo di hoc nguoi") == []
    assert _named(clause, "can bo di hoc vien") == []


def test_words_of_what_the_whole_breakdown_is_of_name_no_item() -> None:
    # "công" of the centre's name is the breakdown's subject, not the "04 công chức" item
    clause = (
        "Biên chế của Trung tâm hành chính công: có 12 công chức, viên chức "
        "(trong đó có 04 công chức; 08 viên chức)."
    )
    assert _named(clause, "trung tam hanh chinh cong vien") == ["08"]
    assert _named(clause, "trung tam hanh chinh cong") == []


def test_a_figure_after_con_is_what_remains() -> None:
    sites = {s.figure: s for s in _figures_of("Đã hoàn thành 18/20 nhiệm vụ, còn 02 nhiệm vụ.", [])}
    assert sites["02"].remainder
    assert not sites["18/20"].remainder


def test_a_figure_naming_no_level_is_another_level_when_its_clause_names_the_asked_one() -> None:
    from bot.extractive.named_parts import _named_and_other_parts
    from core.query import parse_query

    clause = "Cổng cung cấp 900 dịch vụ công, số dịch vụ công mức độ 2 là: 300, mức độ 4 là: 500."
    facts = _figures_of(clause, [])
    _, other, _ = _named_and_other_parts(
        parse_query("có bao nhiêu dịch vụ công mức độ 2"), facts, [], (), frozenset()
    )
    doubted = {facts[i].figure for i, d in other.items() if "level" in d}
    assert doubted == {"900"}  # the all-levels total; 300 names level 2, 500 another level
    _, none_asked, _ = _named_and_other_parts(
        parse_query("có bao nhiêu dịch vụ công"), facts, [], (), frozenset()
    )
    assert not any("level" in d for d in none_asked.values())


def test_an_item_is_named_with_one_misread_letter_in_a_phrase() -> None:
    # OCR read "chuc" as "chue": the phrase's other words anchor it
    clause = "Số người nghỉ hưu là 48 người trong đó có 31 giáo viên và 17 cen bo cong chue."
    sites = _figures_of(clause, [])
    concepts = [(("can", "bo", "cong", "chuc"),)]
    named = named_items([(s.pos, s.group, s.own, s.subject, s.is_percent) for s in sites], concepts)
    assert [sites[i].figure for i in named] == ["17"]


def test_a_misread_letter_is_no_match_for_a_single_or_short_word() -> None:
    assert phrase_said(("can", "bo", "cong", "chuc"), {"cen", "bo", "cong", "chue"})
    assert not phrase_said(("chuc",), {"chue"})  # one word alone: no anchor
    assert not phrase_said(("tinh", "ban"), {"tinh", "bxn"})  # a 3-letter word: too short
    assert not phrase_said(("thu", "tuc", "hanh", "chinh"), {"thu", "tuc", "hxnh", "chxnh"})  # two
