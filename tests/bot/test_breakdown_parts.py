"""The part of a breakdown a question asks, where the labels decide: of two breakdowns by the
same parts in one clause, the one of the asked action (received or returned) gives the
answer, and the earlier breakdown's items are not what the later one is of; a parenthesis that opens with a figure breaks the figure before it down when it holds
two or more; a breakdown's subject that lists its parts names no item itself; a civil
servant's grades are told apart.  The report text is written for the test, in the reports' style."""

from __future__ import annotations

import pytest

from bot.extractive.dossier_action import asked_action
from bot.extractive.sites import _figures_of
from core.query import parse_query
from tests.helpers.mini_index import ask, mini_index

REPORT = """BÁO CÁO
Kết quả cải cách hành chính năm 2023

II. KẾT QUẢ THỰC HIỆN

3. Cải cách thủ tục hành chính

- Kết quả tiếp nhận, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích: Tính đến ngày 30/6/2023, đã tiếp nhận 8.420 hồ sơ (trong đó: 6.100 hồ sơ tại cấp huyện; 2.320 hồ sơ tại cấp tỉnh) và đã thực hiện trả 9.875 hồ sơ (3.105 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, 6.770 hồ sơ tại cấp huyện).

- Dịch vụ bưu chính công ích năm 2023: đã nhận 5.200 hồ sơ (trong đó: 3.900 hồ sơ do Trung tâm Hành chính công các huyện chuyển; 1.300 hồ sơ bảo hiểm) và đã trả 4.950 hồ sơ (1.640 hồ sơ của Trung tâm Phục vụ hành chính công tỉnh, 3.310 hồ sơ của các huyện).

- Thủ tục hành chính của các cơ quan Trung ương đóng trên địa bàn được tiếp nhận tại Trung tâm Phục vụ hành chính công, Bộ phận Một cửa cấp huyện và cấp xã: 84 thủ tục (trong đó tại Trung tâm Phục vụ hành chính công: 29 thủ tục, tại Bộ phận Một cửa cấp huyện: 41 thủ tục; cấp xã: 14 thủ tục).

4. Cải cách chế độ công vụ

- Đã tổ chức kiểm tra công vụ tại 12 cơ quan, đơn vị.

- Đã bổ nhiệm vào ngạch chuyên viên đối với 58 công chức được tuyển dụng năm 2022 sau khi hết thời gian tập sự.

- Phê duyệt kết quả thi nâng ngạch và bổ nhiệm ngạch chuyên viên chính đối với 126 cán bộ, công chức trúng tuyển.

- Biên chế của Trung tâm Phục vụ hành chính công: có 12 người (trong đó 5 công chức, 7 viên chức).
"""

RECEIVED_RETURNED = (
    "Tính đến ngày 30/6/2023, đã tiếp nhận 8.420 hồ sơ (trong đó: 6.100 hồ sơ tại cấp huyện; "
    "2.320 hồ sơ tại cấp tỉnh) và đã thực hiện trả 9.875 hồ sơ (3.105 hồ sơ tại Trung tâm, "
    "6.770 hồ sơ tại cấp huyện)."
)


@pytest.fixture(scope="module")
def index():  # type: ignore[no-untyped-def]
    return mini_index(REPORT)


def test_each_figure_carries_the_action_said_before_its_headline() -> None:
    actions = {f.figure: f.action for f in _figures_of(RECEIVED_RETURNED, [])}
    assert actions["8.420"] == actions["6.100"] == actions["2.320"] == ("tiep", "nhan")
    assert actions["9.875"] == actions["3.105"] == actions["6.770"] == ("tra",)


def test_a_parenthesis_opening_with_a_figure_breaks_down_only_with_two() -> None:
    sites = {f.figure: f for f in _figures_of(RECEIVED_RETURNED, [])}
    assert sites["3.105"].in_breakdown
    assert sites["3.105"].group == sites["9.875"].pos
    alone = {f.figure: f for f in _figures_of("Sử dụng 42 biên chế công chức (45 biên chế).", [])}
    assert not alone["45"].in_breakdown  # one figure in it restates the one before


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("Bao nhiêu hồ sơ được trả kết quả qua bưu chính?", ("tra",)),
        ("How many dossiers were returned by post?", ("tra",)),
        ("Số hồ sơ tiếp nhận qua bưu chính là bao nhiêu?", ("tiep", "nhan")),
        ("Năm 2023 đã nhận bao nhiêu hồ sơ qua bưu chính?", ("tiep", "nhan")),
        ("Bao nhiêu cá nhân được cấp chữ ký số?", None),  # "cá nhân" receives nothing
        ("Đã kiểm tra công vụ bao nhiêu cơ quan?", None),  # "kiểm tra" is no return
        ("Bao nhiêu hồ sơ đã tiếp nhận và trả kết quả?", None),  # both: none decides
    ],
)
def test_the_action_a_question_asks(question: str, action: tuple[str, ...] | None) -> None:
    assert asked_action(parse_query(question)) == action


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Số hồ sơ trả kết quả qua bưu chính công ích ở cấp huyện là bao nhiêu?", "6.770"),
        ("Bao nhiêu hồ sơ tiếp nhận qua bưu chính công ích ở cấp huyện?", "6.100"),
        ("so ho so tra ket qua qua buu chinh o cap huyen la bao nhieu", "6.770"),
        # the words of an earlier breakdown ("Trung tâm … các huyện") tell this one's apart
        ("Bao nhiêu hồ sơ bưu chính năm 2023 được Trung tâm trả?", "1.640"),
        ("Bao nhiêu hồ sơ bưu chính năm 2023 đã nhận từ Trung tâm các huyện?", "3.900"),
        # an item its own words name is still of the other action ("trả", not "nhận")
        ("Trung tâm Phục vụ hành chính công tỉnh đã nhận bao nhiêu hồ sơ bưu chính năm 2023?",
         "3.900"),
        # a subject that lists the parts ("tại Trung tâm …, Bộ phận Một cửa …") names no item
        ("Trong các thủ tục của cơ quan Trung ương, bao nhiêu thủ tục được tiếp nhận tại "
         "Trung tâm Phục vụ hành chính công?", "29"),
        ("Trung tâm Phục vụ hành chính công có bao nhiêu người?", "12"),  # the subject's own
        # a civil servant's grade: "chuyên viên" is not "chuyên viên chính"
        ("Năm 2022 bao nhiêu công chức được bổ nhiệm ngạch chuyên viên chính?", "126"),
        ("How many officials were appointed to the senior specialist grade?", "126"),
        ("Bao nhiêu công chức được bổ nhiệm vào ngạch chuyên viên?", "58"),
    ],
)
def test_the_part_of_the_asked_actions_breakdown(index, question: str, figure: str) -> None:  # type: ignore[no-untyped-def]
    ans = ask(index, question)
    assert ans.figure == figure, ans.text


def test_names_phrase_reads_a_list_as_its_tuple() -> None:
    from bot.extractive.breakdown import names_phrase

    label = ["ho", "so", "tryc", "tuyen"]  # "tryc": OCR for "truc"
    assert names_phrase(("truc", "tuyen"), label) == names_phrase(("truc", "tuyen"), tuple(label))
    assert names_phrase(["truc", "tuyen"], label)
    assert not names_phrase(("buu", "chinh"), label)
