"""What a question leaves out: the report words of an excluded thing that is no part of a
breakdown ("apart from signing SIMs"), which the figure's own label must not say, OCR-bent or
not; and the one sibling part left when a question leaves out all the others of a family that
makes up the whole. The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.left_out import (
    _EXCLUDES,
    excluded_phrases,
    only_left_out,
    remaining_part,
    says_phrase,
    set_against_only,
)
from bot.extractive.question import _asked_parts, excluded_parts
from bot.extractive.sites import _figures_of, _Site
from core.lexicon import to_vietnamese
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

II. KẾT QUẢ THỰC HIỆN

3. Cải cách tổ chức bộ máy

+ Số lượng giải quyết tinh giản biên chế là 57 người trong đó có 41 viên chức và 16 cán bộ công chức.

4. Cải cách thủ tục hành chính

- Tổng số hồ sơ TTHC đã tiếp nhận trong năm: 86.200; trong đó: số mới tiếp nhận trong kỳ: 80.950 (trực tuyến: 21.400, trực tiếp và qua dịch vụ bưu chính: 59.550); số từ kỳ trước chuyển qua: 5.250.

6. Xây dựng chính quyền điện tử

- Chữ ký số: Tính đến hết tháng 9/2022, đã cấp 3.120 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số của tổ chức là 905; sim ký số cá nhân là 640; chứng thư số cá nhân là 1.575).
"""

SIGNATURES = (
    "đã cấp 3.120 chứng thư số cho các cơ quan, tổ chức và cá nhân (trong đó: chứng thư số "
    "của tổ chức là 905; sim ky s cá nhân là 640; chứng thư số cá nhân là 1.575)."
)


def _site(clause: str, figure: str) -> _Site:
    return next(f for f in _figures_of(clause, []) if f.figure == figure)


def test_the_words_left_out_in_either_language() -> None:
    assert ("sim", "ky", "so") in excluded_phrases(
        parse_query("Apart from signing SIMs, how many personal certificates were there?").folded
    )
    assert ("sim", "ky", "so") in excluded_phrases(
        parse_query("Ngoại trừ sim ký số, có bao nhiêu chứng thư số cá nhân?").folded
    )


def test_the_words_left_out_end_at_a_colon_or_a_stop() -> None:
    # the question's own words after the colon are not left out
    got = excluded_phrases(
        parse_query("Excluding signing SIMs: how many personal digital certificates?").folded
    )
    assert ("sim", "ky", "so") in got
    assert ("chung", "thu", "so", "ca", "nhan") not in got
    stop = excluded_phrases(parse_query("Không tính sim ký số. Chứng thư số cá nhân là bao nhiêu?").folded)
    assert ("chung", "thu", "so", "ca", "nhan") not in stop
    assert excluded_phrases(parse_query("Bao nhiêu chứng thư số cá nhân?").folded) == frozenset()


def test_a_label_says_what_is_left_out_even_ocr_bent() -> None:
    left = frozenset({("sim", "ky", "so")})
    assert says_phrase(_site(SIGNATURES, "640").label, left)  # "sim ky s"
    assert not says_phrase(_site(SIGNATURES, "1.575").label, left)
    assert not says_phrase(("sa", "kia", "su"), left)  # no word whole: no match


def test_leaving_out_all_other_siblings_asks_the_last() -> None:
    levels = ((("cap", "tinh"), ("cap", "huyen"), ("cap", "xa")),)
    left = frozenset({("cap", "huyen"), ("cap", "xa")})
    assert remaining_part(levels, [], left) == [("cap", "tinh")]
    assert remaining_part(levels, [("cap", "huyen")], left) == []  # a part of it said: no guess
    # two parts left: the question asks their sum, which no one label says
    assert remaining_part(levels, [], frozenset({("cap", "xa")})) == []
    q = parse_query("Không kể hồ sơ tồn từ kỳ trước, trong năm tỉnh mới tiếp nhận bao nhiêu hồ sơ?")
    assert ("moi", "tiep", "nhan") in _asked_parts(q)


def test_a_family_that_is_not_the_whole_leaves_no_part_asked() -> None:
    # who applied: organisations and individuals are not all (agencies apply too)
    q = parse_query("Không tính tổ chức và doanh nghiệp, tỉnh cấp bao nhiêu chứng thư số?")
    assert ("ca", "nhan") not in _asked_parts(q)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Apart from signing SIMs, how many personal certificates were issued?", "1.575"),
        ("Ngoại trừ sim ký số, tỉnh cấp bao nhiêu chứng thư số cá nhân?", "1.575"),
        ("Không kể hồ sơ tồn từ kỳ trước, trong năm tỉnh mới tiếp nhận bao nhiêu hồ sơ?", "80.950"),
    ],
)
def test_the_figure_of_what_remains_is_stated(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert not ans.abstained, ans.text
    assert ans.figure == figure, ans.text


def test_a_sibling_set_against_the_part_asked_is_no_concept_of_it() -> None:
    q = parse_query("How many held vien chuc posts as opposed to civil servants?")
    assert only_left_out(q.folded, (("civil", "servants"), ("cong", "chuc")))
    assert not only_left_out(q.folded, (("vien",),))
    # said before the exclusion word too: still asked
    both = parse_query("How many civil servants, not counting civil servants at commune level?")
    assert not only_left_out(both.folded, (("civil", "servants"), ("cong", "chuc")))


def test_the_part_asked_against_its_sibling_is_no_headline() -> None:
    # "as opposed to civil servants" names the sibling only to set it against the part asked:
    # the headline (57), which both items add up to, is never stated for it
    ans = ask(
        mini_index(REPORT),
        "Of those let go by payroll streamlining, how many were vien chuc staff as opposed to "
        "civil servants?",
        "en",
    )
    assert ans.figure == "41", ans.text


CENTRE = (
    REPORT
    + """
5. Hiện đại hóa nền hành chính

- Biên chế của Trung tâm Phục vụ hành chính công: Có 12 công chức, viên chức và người lao động (trong đó có 03 công chức; 07 viên chức và 02 lao động hợp đồng).
"""
)


@pytest.mark.parametrize(
    ("question", "right"),
    [
        # the sibling set against is the one after "as opposed to": the item before it is asked
        ("Of those let go by payroll streamlining, how many were officials as opposed to "
         "vien chuc staff?", "16"),
        # a difference asked beside the sibling set against: no one item answers it
        ("How many more vien chuc staff than officials, as opposed to contract workers, "
         "were let go under the payroll cuts?", None),
    ],
)  # fmt: skip
def test_a_sibling_set_against_never_brings_a_wrong_figure(question: str, right: str | None) -> None:
    ans = ask(mini_index(CENTRE), question, "en")
    # no figure in bold ("not sure", "not found"), or the right one
    assert not ans.figure or ans.figure == right, ans.text


def test_only_a_sibling_set_against_the_named_item_leaves_it_certain() -> None:
    against = parse_query("How many held vien chuc posts as opposed to civil servants?")
    item = ("co", "|", "vien", "chuc", "va")
    assert set_against_only(against.folded, True, item)
    assert not set_against_only(against.folded, False, item)  # no item named by its words
    # its label saying what is set against it: not the item asked
    assert not set_against_only(against.folded, True, ("can", "bo", "cong", "chuc"))
    # the item's own words only after the exclusion word: not the item asked
    after = parse_query("How many were civil servants as opposed to vien chuc staff?")
    assert not set_against_only(after.folded, True, item)
    # a difference asked ("not counting", "more … than"): no figure is certain
    minus = parse_query("How many vien chuc posts, not counting civil servant posts?")
    assert not set_against_only(minus.folded, True, item)
    more = parse_query("How many more vien chuc posts than civil servant posts, as opposed to "
                       "contract posts?")  # fmt: skip
    assert not set_against_only(more.folded, True, item)


PERMITS = (
    REPORT
    + """
8. Cấp phép xây dựng

- Số giấy phép xây dựng đã cấp: 3.400; trong đó, cấp tỉnh: 1.250, cấp huyện: 1.730, cấp xã: 420.
"""
)


def test_a_bracketed_not_naming_a_sibling_leaves_it_out() -> None:
    en = parse_query("How many building permits were issued at district level (not provincial level)?")
    assert ("cap", "tinh") in excluded_parts(en)
    assert ("cap", "tinh") not in _asked_parts(en)
    assert _EXCLUDES.search(en.folded)
    vi = parse_query("Giấy phép xây dựng cấp huyện (không phải cấp tỉnh) là bao nhiêu?")
    assert ("cap", "tinh") not in _asked_parts(vi)
    # a "not" outside brackets is no exclusion word: "not yet due" is a part asked
    assert excluded_phrases(parse_query("How many files are not yet due?").folded) == frozenset()


@pytest.mark.parametrize(
    "question",
    [
        "How many tasks are pending (not resolved yet)?",
        "Vị trí nào được tiếp nhận (không phải thi tuyển)?",
        "Bao nhiêu thủ tục được miễn (không phải nộp phí, lệ phí)?",
        # the bracket names again a part said before it: a gloss of the part asked
        "How many dossiers are past the deadline (not yet returned, late)?",
    ],
)
def test_a_bracketed_not_naming_no_part_excludes_nothing(question: str) -> None:
    q = parse_query(question)
    assert _EXCLUDES.search(q.folded) is None
    assert excluded_parts(q) == frozenset()
    assert excluded_phrases(q.folded) == frozenset()


def test_a_bracketed_not_naming_no_part_leaves_the_answer_bold() -> None:
    ans = ask(mini_index(PERMITS), "How many building permits were issued at district level "
              "(not yet all of them)?")  # fmt: skip
    assert ans.figure == "1.730", ans.text


@pytest.mark.parametrize(
    "question",
    [
        "How many building permits were issued at district level (not provincial level)?",
        "Giấy phép xây dựng cấp huyện (không phải cấp tỉnh) là bao nhiêu?",
    ],
)
def test_the_bracketed_sibling_is_never_the_figure(question: str) -> None:
    ans = ask(mini_index(PERMITS), question)
    assert ans.figure == "1.730", ans.text


def test_the_lexicon_reads_on_the_due_date_as_on_time() -> None:
    assert "dung han" in to_vietnamese("settled on the due date")
