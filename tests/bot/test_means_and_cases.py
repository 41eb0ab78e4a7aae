"""Three readings of what a question asks that are no words a figure's line must say: a denial
read past the means it is done by ("không qua sát hạch" against "theo hình thức sát hạch"), the
public at large ("người dân, doanh nghiệp": no part by who applied), and cases ("bao nhiêu trường
hợp là …", "how many cases were …": what the cases are is counted). Report text written for the
test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.english_phrases import participle_terms
from bot.extractive.negation import denies_asked
from bot.extractive.public_named import public_named
from bot.extractive.question import _asked_parts, _english_counted
from core.query import parse_query
from core.text import fold
from index.lexical import tokenize
from tests.helpers.mini_index import ask, mini_index


def _t(text: str) -> list[str]:
    return tokenize(fold(text))


def test_a_denial_is_read_past_its_means_words_both_ways() -> None:
    denied = _t("tiếp nhận vào làm viên chức không qua sát hạch")
    assert denies_asked(denied, _t("bao nhiêu viên chức theo hình thức sát hạch"))
    assert denies_asked(
        _t("đã tuyển qua sát hạch"), _t("bao nhiêu viên chức không theo hình thức sát hạch")
    )
    assert not denies_asked(denied, _t("bao nhiêu viên chức không theo hình thức sát hạch"))
    assert not denies_asked(_t("đã tuyển qua sát hạch"), _t("bao nhiêu viên chức bằng sát hạch"))


def test_overdue_is_no_means() -> None:
    """Folded "qua han" is "quá hạn": "chưa quá hạn" is not read as denying "hạn …"."""
    assert not denies_asked(
        _t("hồ sơ trong hạn giải quyết 12"), _t("bao nhiêu hồ sơ chưa quá hạn giải quyết")
    )
    assert denies_asked(_t("hồ sơ quá hạn 5"), _t("bao nhiêu hồ sơ chưa quá hạn"))


REPORT = """BÁO CÁO
Kết quả cải cách chế độ công vụ năm 2022

II. KẾT QUẢ THỰC HIỆN

4. Cải cách chế độ công vụ

- Đã tuyển dụng qua sát hạch 61 viên chức các đơn vị sự nghiệp công lập thuộc tỉnh.

- Tiếp nhận vào làm viên chức không qua sát hạch 9 viên chức (trong đó 3 viên chức quản lý và 6 viên chức không giữ chức vụ quản lý).

- Số người chuyển công tác ra ngoài tỉnh là 41 người trong đó có 35 giáo viên và 6 nhân viên hợp đồng.
"""


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Tỉnh tuyển được bao nhiêu viên chức theo hình thức sát hạch?", "61"),
        ("Tỉnh tiếp nhận bao nhiêu viên chức không theo hình thức sát hạch?", "9"),
        ("Trong số người chuyển công tác ra ngoài tỉnh, có bao nhiêu trường hợp là giáo viên?", "35"),
    ],
)  # fmt: skip
def test_the_asked_figure_is_stated(question: str, figure: str) -> None:
    ans = ask(mini_index(REPORT), question)
    assert ans.figure == figure, ans.text


@pytest.mark.parametrize(
    ("question", "public"),
    [
        ("tỷ lệ thư góp ý gửi qua cổng của người dân, doanh nghiệp", True),
        ("how many complaints from citizens and businesses", True),
        ("share of people's and enterprises' petitions", True),
        ("bao nhieu ho so cua to chuc va nguoi dan", True),
        ("bao nhiêu hồ sơ của doanh nghiệp", False),
        ("how many dossiers did individuals and businesses submit", False),
    ],
)  # fmt: skip
def test_the_public_named_asks_no_part_by_who_applied(question: str, public: bool) -> None:
    q = parse_query(question)
    assert public_named(q) is public
    assert (
        ("doanh", "nghiep") in _asked_parts(q) or ("to", "chuc") in _asked_parts(q)
    ) is not public


def test_a_participle_after_the_copula_asks_any_of_its_wordings() -> None:
    terms = participle_terms(
        fold("The archive opened 40 files last spring; how many were filed by fax?")
    )
    assert len(terms) == 1
    assert {"tiep nhan", "phat sinh"} <= terms[0]
    # an irregular participle of the list is read too; one naming no term asks nothing
    assert participle_terms(fold("how many were found faulty at the depot?")) == (
        frozenset({"phat hien"}),
    )
    assert participle_terms(fold("how many were given a bicycle?")) == ()
    assert participle_terms(fold("how many were teachers?")) == ()
    assert participle_terms(fold("bao nhiêu hồ sơ được tiếp nhận")) == ()


def test_cases_count_what_they_are() -> None:
    counted = _english_counted(parse_query("In 2022, how many cases were public employees?"))
    assert counted, counted
    assert all(counted), counted  # "public employees", not an unknown "cases"
