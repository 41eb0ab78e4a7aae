"""A figure whose own clause says its things underwent another action than the rare one asked
(rejected, cancelled, abolished …) is "not found" (bot/state_asked.py). Text made up, in the
reports' style."""

from __future__ import annotations

import pytest

from bot.near_miss import near_miss
from bot.state_asked import asked_state, other_state
from core.query import parse_query
from core.text import fold
from tests.helpers.answers import stated

RECEIVED = "Tính đến ngày 30/9/2023, toàn tỉnh đã tiếp nhận 54.210 hồ sơ, trả kết quả 50.004 hồ sơ."
STOCK = "Toàn tỉnh hiện có 1.204 TTHC, trong đó: 38 TTHC bị bãi bỏ, 70 TTHC được sửa đổi."
BARE = "Năm 2023, có 25 hồ sơ của tổ chức, cá nhân."


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("Bao nhiêu hồ sơ bị từ chối tiếp nhận trong năm 2023?", "tu choi"),
        ("how many applications did the province reject last year", "tu choi"),
        ("so thu tuc bi bai bo nam 2023 la bao nhieu", "bai bo"),
        ("How many permits were revoked in 2023?", "thu hoi"),
        ("How many dossiers were carried over into the next quarter?", "ton"),
        ("Bao nhiêu hồ sơ đã bị hủy?", "huy"),
        ("Tỉnh huy động bao nhiêu kinh phí?", ""),  # "huy động", no cancelling
        ("Tỉnh đã huy động bao nhiêu kinh phí?", ""),  # mobilised, not cancelled
        ("Bao nhiêu nguồn lực được huy động?", ""),
        ("How many dossiers were rejected or cancelled?", ""),  # two asked: none
        ("Bao nhiêu hồ sơ được tiếp nhận?", ""),  # a common action is not one of the class
        ("Bao nhiêu cán bộ bị kỷ luật năm 2023?", "ky luat"),
        ("Kiểm tra kỷ luật, kỷ cương được mấy cuộc?", ""),  # a topic, not "disciplined"
        ("Bao nhiêu cuộc kiểm tra kỷ luật kỷ cương hành chính?", ""),
        ("Tỉnh làm gì để giữ kỷ cương, kỷ luật?", ""),
        # a common action asked beside the rare one: both are asked
        ("Bao nhiêu hồ sơ được tiếp nhận và bao nhiêu bị từ chối?", ""),
        ("How many dossiers were received and how many rejected?", ""),
    ],
)
def test_asked_state(question: str, state: str) -> None:
    assert asked_state(fold(question)) == state


def test_another_action_in_the_clause() -> None:
    assert other_state("tu choi", RECEIVED, "54.210") == "tiep nhan"
    assert other_state("huy", RECEIVED, "50.004") == "tra ket qua"
    assert other_state("bai bo", STOCK, "1.204") == "hien co"  # a stock, nothing abolished


def test_a_common_action_the_question_names_is_no_other_action() -> None:
    both = fold("Bao nhiêu hồ sơ được tiếp nhận và bao nhiêu bị từ chối?")
    assert other_state("tu choi", RECEIVED, "54.210", both) == ""
    assert other_state("tu choi", RECEIVED, "50.004", both) == "tra ket qua"
    # the action the rare one is done to ("từ chối tiếp nhận") is no action asked beside it
    once = fold("Bao nhiêu hồ sơ bị từ chối tiếp nhận?")
    assert other_state("tu choi", RECEIVED, "54.210", once) == "tiep nhan"


def test_a_staff_action_is_another_action_than_discipline() -> None:
    moved = "Sở Nội vụ đã ra quyết định nâng ngạch 05 viên chức và điều động 03 công chức."
    assert other_state("ky luat", moved, "05") == "nang ngach"
    assert other_state("ky luat", moved, "03")  # a staff action, not a disciplined count
    punished = "Trong năm, 02 công chức bị kỷ luật khiển trách sau khi được bổ nhiệm."
    assert other_state("ky luat", punished, "02") == ""  # its own clause says it


def test_the_asked_action_or_none_said_stands() -> None:
    assert other_state("bai bo", STOCK, "38") == ""  # its own item says it
    assert other_state("tu choi", BARE, "25") == ""  # no state said: left to other checks
    assert other_state("tu choi", RECEIVED, "99") == ""  # figure not in the line


def test_received_count_is_no_rejected_count() -> None:
    q = parse_query("How many dossiers did the province reject by 30/9/2023?")
    got = near_miss(q, stated("54.210", RECEIVED, language="en"), "en")
    assert got is not None
    assert got.abstained
    assert "54.210" in got.text
    assert "**" not in got.text
    assert "tiếp nhận" in got.text


def test_an_item_said_abolished_stands() -> None:
    q = parse_query("Bao nhiêu thủ tục hành chính bị bãi bỏ?")
    assert near_miss(q, stated("38", STOCK), "vi") is None


LABELLED = "Tổng số văn bản đã tiếp nhận và xử lý trong năm là: 4.120 văn bản."
LEAD = "Tình hình quản lý biên chế của Sở: thực hiện đúng số được giao (42 biên chế), năm 2023."
HAS = "Nhân sự của Ban: có 12 người (trong đó có 07 công chức; 05 viên chức)."
ISSUED = "Năm 2023, đã cấp được 2.500 giấy phép lái xe cho người dân."
ITEM = "Tổng số hồ sơ đã tiếp nhận: 900, trong đó: đã giải quyết 850, từ chối: 12 hồ sơ."


def test_a_label_or_a_lead_says_what_an_item_underwent() -> None:
    assert other_state("tu choi", LABELLED, "4.120") == "tiep nhan"  # the label before ':'
    assert other_state("tinh gian", LEAD, "42") == "quan ly"  # the lead of its breakdown
    assert other_state("ky luat", HAS, "07") == "co"  # "có 07": a stock
    assert other_state("thu hoi", ISSUED, "2.500") == "cap"  # "đã cấp": issued
    assert other_state("tu choi", ITEM, "12") == ""  # its own label says the asked state
    assert other_state("thu hoi", "Có 40 đơn vị cấp xã.", "40") == ""  # "cấp xã": a level


@pytest.mark.parametrize(
    ("question", "state"),
    [
        ("Bao nhiêu biên chế được tinh giản năm 2023?", "tinh gian"),
        ("How many posts did the department streamline?", "tinh gian"),
        ("how many officials did the city discipline", "ky luat"),
        (
            "May huan luyen vien bi xu ly ky luat trong mua giai?",
            "ky luat",
        ),  # "xử lý" is how, not another
        ("Bao nhiêu doanh nghiệp bị xử phạt?", "xu phat"),
        # a common action describing what is counted is no second ask
        ("Of the 300 requests received, how many were turned down?", "tu choi"),
        ("Trong số lô hàng kho đã tiếp nhận, bao nhiêu bị trả lại?", "tra lai"),
        ("Bao nhiêu hồ sơ tiếp nhận và bị từ chối?", ""),  # joined: both asked
        # a state left out of the count is not asked
        ("Sở nhận mấy lá đơn trong tháng, không kể đơn tồn đọng?", ""),
        ("How many requests arrived, not counting those carried over?", ""),
    ],
)
def test_asked_state_wider(question: str, state: str) -> None:
    assert asked_state(fold(question)) == state


def test_a_described_action_is_no_answer() -> None:
    described = fold("Of the 54.210 dossiers received, how many were rejected?")
    assert other_state("tu choi", RECEIVED, "54.210", described) == "tiep nhan"


@pytest.mark.parametrize(
    ("question", "state"),
    [
        # "định"/"chỉ" of common words is no suspension; "đình chỉ" itself is
        ("Cách xác định chỉ số hài lòng của khách du lịch?", ""),
        ("Quy định chi tiết về giá vé xe buýt là gì?", ""),
        ("Bao nhiêu quán karaoke bị đình chỉ hoạt động?", "dinh chi"),
        # a consolidated text is no merger; units merged are
        ("Có bao nhiêu văn bản hợp nhất về giá vé?", ""),
        ("Bao nhiêu trường tiểu học được hợp nhất?", "sap nhap"),
        ("Bao nhiêu thôn được sáp nhập?", "sap nhap"),
        # a warning alone is no reprimand; a warning given to someone is
        ("Có mấy đợt cảnh cáo về bão lũ?", ""),
        ("Bao nhiêu thủ kho bị cảnh cáo?", "ky luat"),
        # discipline as a topic is no action
        ("How many talks on school discipline were held?", ""),
        ("How many referees were disciplined?", "ky luat"),
    ],
)
def test_asked_state_not_inside_common_words(question: str, state: str) -> None:
    assert asked_state(fold(question)) == state


@pytest.mark.parametrize(
    ("question", "state"),
    [
        # at most `_JOIN_WORDS` (3) between "và" and the rare state: joined, both asked
        ("Bao nhiêu thùng hàng được tiếp nhận và sau đó bị từ chối?", ""),
        ("Bao nhiêu thùng hàng được tiếp nhận và sau đó trong tuần đầu bị từ chối?", "tu choi"),
        # at most `_LEFT_WORDS` (3) between the leaving-out words and the state: left out
        ("Sở nhận mấy lá đơn, không tính ba lá đơn tồn đọng?", ""),
        ("Sở nhận mấy lá đơn, không tính các lá đơn gửi qua bưu điện còn tồn đọng?", "ton"),
        # "năm ngoái" (last year) leaves nothing out
        ("Bao nhiêu lá đơn từ năm ngoái còn tồn đọng?", "ton"),
    ],
)
def test_window_limits(question: str, state: str) -> None:
    assert asked_state(fold(question)) == state
