"""Summary and list questions in more wordings, and the list mechanisms they need: places a
sentence names by their kind, a list that runs on into its sentence, what the asker sets
aside ("Ngoài …"), a name the question quotes (the summary mechanisms are tested in
test_sumlist_parts_figures.py). Real parts: a small real index (tests/helpers/mini_index.py)
of report texts written here."""

from __future__ import annotations

import re

import pytest

from bot.intents import Intent, read_intent, report_fields
from bot.intents_types import is_list, is_summary
from bot.list_answer import ListAnswerer, head_words
from bot.list_asked import besides, set_aside
from bot.list_find import enumerations, places_named
from bot.list_items import quoted_names, quotes_name
from bot.list_kinds import kind_fit
from bot.section_answer import SectionAnswerer
from core.query import parse_query
from core.text import fold
from tests.helpers.mini_index import everything, mini_index


@pytest.mark.parametrize(
    "question",
    [
        "What does the Binh Phuoc report say overall?",
        "what does the Quang Nam report say in general",
        "Nội dung báo cáo 77/BC-VPUBND là gì?",
        "Báo cáo của Bình Phước năm 2022 có những nội dung gì?",
        "Sum up the Binh Phuoc report",
        "What's in the Quang Nam report?",
    ],
)
def test_more_ways_to_ask_for_a_summary(question: str) -> None:
    assert is_summary(parse_query(question))


@pytest.mark.parametrize(
    "question",
    [
        "Nội dung của báo cáo về dịch vụ công là gì?",
        "What does the Binh Phuoc report say about online dossiers?",
    ],
)
def test_what_a_report_says_of_a_topic_stays_no_summary(question: str) -> None:
    assert not is_summary(parse_query(question))


def test_a_summary_of_the_newest_report_is_no_report_header() -> None:
    q = parse_query("Tóm tắt báo cáo mới nhất của Quảng Nam")
    assert report_fields(q.folded) == ()
    assert read_intent(q).intent != Intent.REPORT_FACT
    # the newest report's own fields are still report facts
    assert report_fields(parse_query("Báo cáo mới nhất của Quảng Nam ký ngày nào?").folded)


@pytest.mark.parametrize(
    "question",
    [
        "Những sáng kiến mới trong cải cách TTHC mà Sở Nội vụ Bình Phước triển khai là gì?",
        "Các phần mềm dùng chung của tỉnh Quảng Nam gồm những gì?",
        "What equipment and software does the Binh Phuoc centre use?",
        "What hardware have the communes received?",
    ],
)
def test_more_ways_to_ask_for_a_list(question: str) -> None:
    assert is_list(parse_query(question))


def test_places_a_sentence_names_by_their_kind() -> None:
    found = places_named(
        "UBND thành phố Đồng Xoài và UBND thị xã Bình Long đang xây dựng đề án đô thị thông minh."
    )
    assert found
    assert found[0][1] == ["UBND thành phố Đồng Xoài", "UBND thị xã Bình Long"]
    # as OCR spells the kinds; a place named once is named once
    ocr = places_named("dua tin vé huyén Lộc Ninh; huyén Bù Đăng; lai huyén Lộc Ninh.")
    assert ocr
    assert ocr[0][1] == ["huyén Lộc Ninh", "huyén Bù Đăng"]
    # "xã hội" names no place; a kind word its comma ends names nothing
    assert places_named("Công tác xã hội hóa và các huyện, thị xã, Thành phố đều tham gia.") == []


def test_places_as_ocr_spells_them_are_places() -> None:
    assert kind_fit("place", ["huyén Binh Giang", "thanh phd Chi Linh", "UBND thij x4 Ky Anh"]) == 1.0


REPORT = """BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Xây dựng đô thị thông minh

Hệ thống giám sát điều hành thông minh đã vận hành ổn định. UBND thành phố Đồng Xoài và UBND thị xã Bình Long đang chuẩn bị các nội dung để xây dựng Đề án đô thị thông minh giai đoạn 2022-2025.

Các huyện, thị xã, thành phố tiếp tục cập nhật dữ liệu lên hệ thống.

2. Trung tâm Phục vụ hành chính công

Biên chế thuộc các cơ quan cử đến làm việc tại Trung tâm: Có 12 công chức của 9 sở, ban, ngành, 03 chiến sỹ của Công an tỉnh, 02 công chức của Bảo hiểm xã hội tỉnh, 02 nhân viên của Công ty Điện lực, 01 nhân viên Ngân hàng Nông nghiệp làm việc tại Trung tâm để hướng dẫn, tiếp nhận, luân chuyển hồ sơ, thu phí, lệ phí và trả kết quả giải quyết hồ sơ cho cá nhân, tổ chức.

3. Tuyên truyền

Tiếp tục nâng cao chất lượng chương trình chuyên đề: “Chính quyền số” (phát 02 số/tháng) trên sóng truyền hình tỉnh đã tập trung phản ánh những vấn đề nổi bật trong lĩnh vực chuyển đổi số: Nền tảng số cho nông dân; Chữ ký số cho doanh nghiệp; Thanh toán không dùng tiền mặt.

Ngoài ra, các chuyên đề pháp luật trên sóng truyền hình đã lồng ghép tuyên truyền về chuyển đổi số trong các chuyên đề, chuyên mục như: “Nông thôn mới”, “Đối thoại chính sách”, “Doanh nghiệp và hội nhập”.
"""


@pytest.fixture(scope="module")
def lists() -> tuple[ListAnswerer, object]:
    index = mini_index(REPORT)
    return ListAnswerer(index, SectionAnswerer(index)), index


def _items(answer_text: str) -> list[str]:
    return [re.sub(r"\s*\[\d+\]$", "", m) for m in re.findall(r"^- (.*)$", answer_text, re.M)]


def test_which_localities_answered_by_the_places_a_sentence_names(lists) -> None:  # type: ignore[no-untyped-def]
    answerer, index = lists
    q = parse_query("Những địa phương nào đang chuẩn bị xây dựng Đề án đô thị thông minh?")
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    assert _items(ans.text) == ["UBND thành phố Đồng Xoài", "UBND thị xã Bình Long"]
    assert ans.citations
    assert "Đồng Xoài" in ans.citations[0].quote


def test_a_list_ends_where_an_item_runs_on_with_the_sentence() -> None:
    found = enumerations(
        "Biên chế cử đến Trung tâm: Có 12 công chức của 9 sở, ban, ngành, 03 chiến sỹ của Công an "
        "tỉnh, 02 công chức của Bảo hiểm xã hội tỉnh, 01 nhân viên Ngân hàng Nông nghiệp làm việc "
        "tại Trung tâm để hướng dẫn, tiếp nhận, luân chuyển hồ sơ, thu phí, lệ phí và trả kết quả."
    )
    assert any(f[-1] == "01 nhân viên Ngân hàng Nông nghiệp làm việc tại Trung tâm" for f in found)
    assert all("thu phí" not in f for f in found)


def test_what_the_asker_sets_aside_is_not_listed_again(lists) -> None:  # type: ignore[no-untyped-def]
    aside = besides(fold("Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến?"))
    assert aside == ["12", "cong", "chuc", "cua", "9", "so", "nganh"]
    assert set_aside("12 công chức của 9 Sở, ban, ngành", aside)
    assert not set_aside("03 chiến sỹ của Công an tỉnh", aside)
    answerer, index = lists
    q = parse_query(
        "Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến làm việc tại Trung tâm?"
    )
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    got = _items(ans.text)
    assert got[0].startswith("03 chiến sỹ")
    assert got[-1].startswith("01 nhân viên Ngân hàng")
    assert not any("12 công chức" in i for i in got)


def test_the_list_a_quoted_name_leads_into(lists) -> None:  # type: ignore[no-untyped-def]
    assert quoted_names(fold("Chuyên đề 'Chính quyền số' đề cập những nội dung nào?")) == [
        "chinh quyen so"
    ]
    assert quotes_name("chương trình chuyên đề: “Chính quyền số” (phát", ["chinh quyen so"])
    answerer, index = lists
    q = parse_query("Chuyên đề 'Chính quyền số' trên sóng truyền hình đề cập những nội dung nào?")
    ans = answerer.answer(q, everything(index), "vi")
    assert ans is not None
    assert _items(ans.text) == [
        "Nền tảng số cho nông dân", "Chữ ký số cho doanh nghiệp",
        "Thanh toán không dùng tiền mặt",
    ]  # fmt: skip


DIRECTIVES = """BÁO CÁO
Kết quả ứng dụng công nghệ thông tin quý I năm 2022

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Công tác chỉ đạo, điều hành

Trong quý I năm 2022, hệ thống văn bản về CNTT tiếp tục được UBND tỉnh quan tâm, chỉ đạo Sở Thông tin và Truyền thông tham mưu ban hành, cụ thể:

- Kế hoạch số 12/KH-UBND ngày 10/01/2022 của UBND tỉnh về ứng dụng công nghệ thông tin năm 2022.

- Văn bản số 88/UBND-KGVX ngày 15/01/2022 về việc tăng cường bảo đảm an toàn thông tin mạng.

- Quyết định số 205/QĐ-UBND ngày 28/01/2022 ban hành Bộ tiêu chí đánh giá chính quyền điện tử.

2. Kết quả về ứng dụng CNTT

Các cơ quan đã triển khai các hệ thống: quản lý văn bản và điều hành, thư điện tử công vụ, hội nghị truyền hình trực tuyến.
"""


def test_which_documents_asked_without_nhung_are_the_documents_listed() -> None:
    q = parse_query("Văn bản chỉ đạo nào về CNTT được ban hành ở Bình Phước trong quý I/2022?")
    assert is_list(q)
    index = mini_index(DIRECTIVES)
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "vi")
    assert ans is not None
    got = _items(ans.text)
    assert len(got) == 3
    assert got[0].startswith("Kế hoạch số 12/KH-UBND")
    assert "205/QĐ-UBND" in got[2]
    assert len(ans.citations) == 3


TEAMS = """BÁO CÁO
Kết quả cải cách hành chính năm 2022

I. KẾT QUẢ THỰC HIỆN

1. Cải cách thủ tục hành chính

+ Về tổ chức bộ máy, nhân sự:

Đối với Trung tâm Phục vụ hành chính công tỉnh:

Giám đốc Trung tâm là Phó Chánh Văn phòng UBND tỉnh; 01 Phó Giám đốc chuyên trách và có 03 tổ chuyên môn, gồm: T6 Hanh chinh - Tong hop; T6 Hudng dan, tiép nhan va tra két qua giai quyét TTHC; T6 Kiém tra - Giam sat.

Biên chế của Trung tâm Phục vụ hành chính công: Có 10 công chức, viên chức và người lao động (trong đó có 04 công chức; 05 viên chức và 01 lao động hợp đồng).
"""


def test_which_teams_are_the_items_that_open_with_the_kind_as_ocr_misreads_it() -> None:
    index = mini_index(TEAMS)
    q = parse_query("What specialised teams does Binh Phuoc's Public Administration Service Centre have?")
    ans = ListAnswerer(index, SectionAnswerer(index)).answer(q, everything(index), "en")
    assert ans is not None
    got = _items(ans.text)
    assert len(got) == 3
    assert all("Kiểm tra" in i or "Hướng dẫn" in i or "Hành chính" in i for i in got)
    assert not any("công chức" in i for i in got)


def test_items_that_open_with_the_asked_kind_name_it() -> None:
    index = mini_index(TEAMS)
    answerer = ListAnswerer(index, SectionAnswerer(index))
    q = parse_query("What specialised teams does the centre have?")
    head = head_words(q)
    assert head[0] == "to"
    teams = next(e for e in answerer.enumerations("t001") if e.items[0].startswith("T6"))
    staff = next(e for e in answerer.enumerations("t001") if e.items[0].startswith("10"))
    # "T6 Hướng dẫn" is "Tổ Hướng dẫn": every item names a team
    assert answerer._head_fit(teams, head) >= answerer._head_fit(staff, head) + 1.0


@pytest.mark.parametrize(
    ("question", "item", "aside"),
    [
        # what is set aside is the centre's own staff: staff of another agency are listed
        ("Ngoài công chức của Trung tâm, những cơ quan nào cử người đến?",
         "03 công chức của Bảo hiểm xã hội tỉnh", False),
        ("ngoai vien chuc cua so, nhung don vi nao tham gia", "05 viên chức của Bệnh viện tỉnh", False),
        ("Ngoài cán bộ của các huyện, những đơn vị nào được tập huấn?",
         "40 cán bộ của các huyện", True),
        ("Ngoài 12 công chức của 9 sở, ngành, những đơn vị nào cử người đến?",
         "12 công chức của 9 Sở, ban, ngành", True),
    ],
)  # fmt: skip
def test_set_aside_of_its_owner(question: str, item: str, aside: bool) -> None:
    assert set_aside(item, besides(fold(question))) is aside
