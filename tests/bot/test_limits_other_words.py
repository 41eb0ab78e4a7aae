"""Report parts asked in other words than their headings', over the real reports: the
limitations said as "weak points", "shortfalls", "điểm yếu", "thiếu sót" are the limitations
part, never a results part or a figure; a kind of part a report lacks is said to be missing,
not answered with another part (bot/kind_words.py LIMITS_OTHER_WORDS, bot/section_answer.py
EVALUATION_WORDS); the one document of the issuer a question names in full is stated only where
the question's other words are the citing report's topic (bot/docref_issuer.py `only_of_issuer`,
`rest_in_topic`); "the TQ report" is Tuyên Quang's (core/places.py)."""

from __future__ import annotations

import pytest

from bot.answer import AnswerService
from bot.docref_issuer import rest_in_topic
from bot.intents_types import section_kinds, wants_number
from core.places import capital_initials
from core.query import parse_query


@pytest.mark.parametrize(
    "question",
    [
        "What weak points did Hai Duong's 2022 administrative reform report identify?",
        "diem yeu trong cong tac CCHC cua Tuyen Quang nam 2022 la gi",
        "Những điểm yếu của Hải Dương trong CCHC năm 2022?",
        "Where did Ha Tinh's DoIC fall short in its Q1 2019 reform communication work?",
        "What deficiencies does the Tuyen Quang DoIC report mention?",
        "thieu sot trong cong tac CCHC cua Hai Duong 2022",
    ],
)
def test_limits_in_other_words_ask_the_limits(question: str) -> None:
    q = parse_query(question)
    assert section_kinds(q) == ["limits"]
    assert not wants_number(q.folded)


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("Ha Tinh DoIC's weak spots in digital government, first half of 2022?", "Tồn tại"),
        ("Những điểm yếu của Hải Dương trong CCHC năm 2022?", "tồn tại, hạn chế"),
        ("What deficiencies does the Tuyen Quang DoIC report mention?", "Tồn tại, hạn chế"),
    ],
)
def test_limits_answered_by_the_limits_part(
    service: AnswerService, question: str, heading: str
) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    first = ans.text.splitlines()[0]
    assert heading in first
    assert first.startswith("**")
    assert not ans.figure  # a list of the part's items: no figure in bold


@pytest.mark.parametrize(
    "question",
    [
        "What were the shortfalls of Dong Thap's provincial office in Q3 2022?",
        "What were the limitations of Dong Thap's provincial office in administrative reform "
        "in Q3 2022?",
    ],
)
def test_part_a_report_lacks_is_said_missing(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert "has no section on limitations" in ans.text
    assert "KẾT QUẢ" not in ans.text
    assert not ans.figure


def test_the_rest_of_the_subject_must_be_the_report_topic() -> None:
    # made-up words: a letter "about reporting on plan 12", cited by a report on a farm scheme
    said = {"bao", "cao", "ke", "hoach", "12"}
    topic = {"de", "an", "nong", "nghiep"}
    weights = {"de": 1.0, "an": 1.0, "nong": 2.0, "nghiep": 2.0, "theo": 0.5}
    assert rest_in_topic(weights, said, topic)  # the report's topic, asked "theo" the letter
    assert not rest_in_topic({**weights, "phu": 2.0, "cap": 2.0}, said, topic)  # another matter


@pytest.mark.parametrize(
    "question",
    [
        "Công văn nào của Sở Nội vụ Tuyên Quang quy định chế độ phụ cấp cho cán bộ?",
        "cong van nao cua So Noi vu Tuyen Quang ve tuyen dung cong chuc",
        "Which Department of Home Affairs letter set Tuyen Quang's recruitment quota?",
    ],
)
def test_the_named_issuer_on_another_topic_is_not_stated(
    service: AnswerService, question: str
) -> None:
    assert "**" not in service.answer(question).text.splitlines()[0]


def test_several_documents_of_the_named_issuer_stay_unsure(service: AnswerService) -> None:
    ans = service.answer("Which Ministry of Home Affairs letter did Hai Duong's 2022 report follow?")
    assert "**" not in ans.text.splitlines()[0]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Which online-payment figures does the TQ report give?", "tuyen quang"),
        ("Which shortcomings does the DT provincial office report admit?", "dong thap"),
        ("What does the HD DIC's report say?", "hai duong"),
    ],
)
def test_the_initialism_before_a_report_names_its_province(text: str, province: str) -> None:
    assert province in capital_initials(text)


def test_the_initialism_before_other_words_stays() -> None:
    assert capital_initials("Under the HD No. 5 of the board") == "Under the HD No. 5 of the board"


def test_the_named_issuer_picks_no_document_of_another_type(service: AnswerService) -> None:
    ans = service.answer("Ke hoach nao cua So Noi vu Tuyen Quang ve tuyen dung cong chuc?")
    assert "**" not in ans.text


def test_issuer_constants_keep_their_order() -> None:
    from bot.docref_answer import MIN_CANDIDATE
    from bot.docref_issuer import CITING_WORDS, ISSUER_MISMATCH, ISSUER_ONLY_COVERAGE, OPENING_CHARS

    assert 0 < ISSUER_ONLY_COVERAGE < MIN_CANDIDATE  # below the candidates' floor, above none
    assert 0 < ISSUER_MISMATCH < 1  # another issuer's reference ranks lower, not ruled out
    assert 200 <= OPENING_CHARS <= 2000  # a report's header, not its body
    assert {"can", "cu", "theo"} <= CITING_WORDS  # "căn cứ", "theo" ask, they are no topic


@pytest.mark.parametrize(
    "question",
    [
        "Enumerate the duties Tuyen Quang DoIC set itself for the coming months.",
        "Liệt kê các nhiệm vụ Văn phòng UBND tỉnh Đồng Tháp đặt ra cho cuối năm 2022",
        "cac nhiem vu tiep theo cua so tttt tuyen quang",
        "List the tasks the Dong Thap office set itself for the remainder of 2022.",
    ],
)
def test_tasks_set_for_what_is_ahead_ask_the_tasks(service: AnswerService, question: str) -> None:
    assert "tasks" in section_kinds(parse_query(question))
    first = service.answer(question).text.splitlines()[0]
    assert "Phương hướng" in first or "PHƯƠNG HUGNG" in first
