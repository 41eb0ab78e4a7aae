"""A count is said of the system its own item names (bot/platforms.py): the national portal's
count is not the province's own system's, nor the other way round."""

from __future__ import annotations

from bot.compare_subject import elsewhere
from bot.platforms import asked_platforms, other_platform
from core.query import parse_query
from core.text import fold

_LINE = (
    "Hiện nay, trên Hệ thống thông tin giải quyết TTHC của tỉnh đang cung cấp 1.420 dịch vụ "
    "công trực tuyến, trong đó có 390 dịch vụ mức độ 4; tích hợp được 360 dịch vụ công trực "
    "tuyến trên Cổng Dịch vụ công quốc gia."
)
_OCR = "Tỉnh đã tích hợp 212 dịch vụ công mức độ 3, 4 trên Céng dich vu cong Qudc gia."


def test_a_question_names_its_system_in_either_language() -> None:
    assert asked_platforms(fold("Bao nhiêu DVC được tích hợp lên Cổng DVC quốc gia?")) == {"national"}
    assert asked_platforms("how many services are on the national public service portal") == {
        "national"
    }
    assert asked_platforms("how many services does the provincial dossier system offer") == {
        "province"
    }
    assert asked_platforms(fold("số DVC trên hệ thống một cửa của tỉnh")) == {"province"}
    assert asked_platforms("how many online services were provided") == frozenset()


def test_a_figure_of_the_other_system_is_not_the_asked_one() -> None:
    national = "how many services were integrated onto the national portal"
    assert other_platform(national, _LINE, "1.420")
    assert other_platform(national, _LINE, "390")  # the item runs to its ";"
    assert not other_platform(national, _LINE, "360")
    assert not other_platform(national, _OCR, "212")  # OCR-read "Céng … Qudc gia"
    province = fold("số DVC trên hệ thống thông tin giải quyết TTHC của tỉnh")
    assert other_platform(province, _LINE, "360")
    assert not other_platform(province, _LINE, "1.420")


def test_no_system_or_both_asked_is_not_judged() -> None:
    assert not other_platform("how many online services", _LINE, "1.420")
    both = fold("trên hệ thống của tỉnh và tích hợp lên Cổng DVC quốc gia")
    assert not other_platform(both, _LINE, "1.420")


def test_a_part_is_held_to_its_outlet_and_its_system() -> None:
    part = parse_query("How many services were integrated onto the national portal?")
    assert elsewhere(part, _LINE, "390")
    assert not elsewhere(part, _LINE, "360")
