"""A comparison across reports: the words that name a side's report or date ("the Q3 2022
report", "(May 2022)", "tính đến hết 5/2022") are never what the side counts, a figure of an
outlet the question does not name never fills a side of the outlets it names, and a side's own
answer fills a side only from a line of the asked subject. Over the real seed index."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.compare_answered import ANSWERED_TOPIC
from bot.compare_cells import DOUBTED_TOPIC
from bot.compare_kind import asked_kind
from bot.compare_pick import ACCEPT
from bot.compare_sides import Side, side_query
from core.query import parse_query
from tests.helpers.typed import body


def _rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in r.strip("|").split("|")] for r in lines[1:]]


def _words(text: str, province: str, year: int) -> tuple[str, ...]:
    q = parse_query(text)
    return asked_kind(side_query(q, Side(province, (province,), (year,)))).words


def test_a_month_and_a_report_are_no_topic_words() -> None:
    words = _words("Level-3 online public services: Tuyen Quang (May 2022) vs Hai Duong "
                   "(2022 annual report)?", "Tuyên Quang", 2022)  # fmt: skip
    assert not {"may", "phong", "su"} & set(words), words
    words = _words("So sánh số chứng thư số đã cấp của Tuyên Quang (tính đến hết 5/2022) và "
                   "Hải Dương", "Tuyên Quang", 2022)  # fmt: skip
    assert not {"het", "5"} & set(words), words
    # "máy" (machines) folds to "may": with no year after it, it stays a topic word
    words = _words("Số máy tính của cán bộ Hà Tĩnh so với Tuyên Quang năm 2022", "Hà Tĩnh", 2022)
    assert "may" in words, words


def test_a_side_dated_by_its_report_is_found(service: AnswerService) -> None:
    ans = service.answer("District-level administrative procedures under local jurisdiction: "
                         "Dong Thap Q3 2022 report vs Hai Duong 2022 report?")  # fmt: skip
    rows = _rows(body(ans))
    assert len(rows) == 2, body(ans)
    for row in rows:
        assert row[1].startswith("**"), body(ans)
        assert "cấp huyện" in row[2], body(ans)


def test_an_outlet_not_asked_is_no_side_of_two_asked_outlets(service: AnswerService) -> None:
    ans = service.answer("How did the portal's and the newspaper's reform output in Ha Tinh "
                         "change between Q1 2019 and H1 2022?")  # fmt: skip
    assert "Trung ương" not in body(ans), body(ans)


def test_an_own_answer_of_another_subject_fills_no_side(service: AnswerService) -> None:
    ans = service.answer("How did Ha Tinh Newspaper's and the web portal's CCHC coverage in the "
                         "first half of 2022 compare with Q1 2019?")  # fmt: skip
    rows = _rows(body(ans))
    assert rows, body(ans)
    for row in rows:
        if row[1].startswith("**"):  # every bold figure counts news items
            assert re.search(r"\btin\b", row[2]), body(ans)
    assert "ATTT" not in body(ans), body(ans)


def test_the_answered_topic_is_the_doubted_one() -> None:
    # an own answer needs as much of the topic as a figure shown unsure, less than a ranked
    # figure needs to stand on its own
    assert ANSWERED_TOPIC == DOUBTED_TOPIC
    assert 0.0 < ANSWERED_TOPIC < ACCEPT


def test_what_follows_a_back_referenced_side_is_its_own() -> None:
    text = ("How many online services did Ha Tinh offer, compared with those offered in Tuyen "
            "Quang through the national portal?")  # fmt: skip
    first = _words(text, "Hà Tĩnh", 2022)
    second = _words(text, "Tuyên Quang", 2022)
    assert "quoc" not in first, first
    assert "quoc" in second, second
    # a shared tail after a plain contrast stays every side's
    shared = _words("Số hồ sơ trực tuyến của Hà Tĩnh so với Tuyên Quang qua Cổng dịch vụ công "
                    "quốc gia", "Hà Tĩnh", 2022)  # fmt: skip
    assert "quoc" in shared, shared
