"""A figure's own label (the words that name it) and reading a phrase in it: what lets the
answerer pick the part of a breakdown the question names rather than the headline. Clauses
written for the test, in the reports' style (OCR spellings included)."""

from __future__ import annotations

from bot.extractive.breakdown import names_phrase
from bot.extractive.question import QUALIFIERS
from bot.extractive.sites import _figures_of
from bot.extractive.tuning import LABEL_WORDS


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
