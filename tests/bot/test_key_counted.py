"""Which figures may be a summary's key figures: counts with their counted noun, shares,
ratios, amounts, labelled figures; never a word misread as a number, a rank, nor a number in a
list of article titles. Made-up report lines."""

from __future__ import annotations

from bot.key_counted import MONEY_SIGN_FLOOR, counts_something, in_titles, is_money
from bot.key_figures import broken_down, bullet_heads, varied
from index.facts import Fact, build_facts
from tests.helpers.mini_index import mini_index


def _fact(value: str, clause: str, unit: str = "", kind: str = "count", start: int = 0) -> Fact:
    return Fact(
        id="r:0#0", report_id="r", province="", chunk_id="r:0", section="", page=1,
        line_start=1, line_end=1, span_start=start, span_end=start + len(clause), value=value,
        norm=value.replace(".", "").rstrip("%"), unit=unit, kind=kind, counts="",
        counts_folded="", level="", scope="", parent="", label="", label_folded="", parts=0,
        when="", period="", clause=clause, lead="",
    )  # fmt: skip


def test_a_count_with_its_noun_after_it_counts_something() -> None:
    assert counts_something(_fact("2.400", "Đã cấp 2.400 hộp thư cho cán bộ, công chức.", "can bo"))
    assert counts_something(_fact("35", "Hệ thống phục vụ 35 cuộc họp trong quý.", "cuoc hop"))


def test_a_share_a_ratio_and_an_amount_count_something() -> None:
    assert counts_something(_fact("72%", "Tỷ lệ hồ sơ trực tuyến đạt 72%.", "%", "percent"))
    assert counts_something(_fact("14/20", "Có 14/20 xã hoàn thành.", ""))
    assert counts_something(_fact("3.000.000", "Kinh phí 3.000.000 đồng.", "dong"))


def test_the_dong_sign_written_onto_an_amount_makes_it_money() -> None:
    # the fact table read the noun before as its unit; the sign after it says money
    fee = _fact("5.000", "Phí gửi xe 5.000đ/lượt cho khách vãng lai.", "khach")
    assert is_money(fee)
    assert counts_something(fee)
    assert is_money(_fact("150.000", "tiền ăn 150.000d/ngay cho vận động viên", "van dong vien"))
    assert is_money(_fact("5.000.000", "Kinh phí 5.000.000 đồng.", "dong"))
    # a word opening on the letter is no sign, spaced or glued: "12 dự án", "12dự án"
    assert not is_money(_fact("12", "Triển khai 12 dự án trong năm.", "du an"))
    assert not is_money(_fact("12", "Co 12 dan toc cung sinh song.", "dan toc"))
    assert not is_money(_fact("12", "Triển khai 12dự án trong năm.", "du an"))


def test_a_capital_d_or_a_small_number_is_no_dong_sign() -> None:
    # "3D", "360D": a dimension, a model; the sign is "đ" or a lower-case "d"
    assert not is_money(_fact("3", "Phòng chiếu phim 3D của nhà văn hóa.", "phong"))
    assert not is_money(_fact("360", "Máy quét 360D cho thư viện.", "may"))
    # below `MONEY_SIGN_FLOOR` no amount in đồng: "3d" is OCR of another word
    assert MONEY_SIGN_FLOOR == 1000.0
    assert not is_money(_fact("999", "trồng 999d cây xanh", "cay"))
    assert is_money(_fact("1.000", "vé gửi xe đạp 1.000đ/lượt", "xe"))


def test_a_labelled_figure_counts_what_its_label_names() -> None:
    assert counts_something(_fact("2.310", "Số hồ sơ mới tiếp nhận trong kỳ: 2.310"))
    assert counts_something(_fact("640", "Số hồ sơ tiếp nhận là 640", "ho so"))


def test_a_word_misread_as_a_number_counts_nothing() -> None:
    # "Người dân hỏi - Chính quyền trả lời" printed with "lời" read as "101"
    assert not counts_something(
        _fact("101", "chuyên mục Người dân hỏi - Chính quyền trả 101 đã hoạt động.", "nguoi dan")
    )
    # a count whose noun the fact table did not read keeps its words: it may count something
    assert counts_something(_fact("44", "Đã tuyển dụng 44 coéng chic qua thi tuyển."))


def test_a_rank_is_no_count() -> None:
    assert not counts_something(
        _fact("5", "Tỉnh tăng 3 bậc, xếp thứ 5 về Chỉ số cải cách", "chi so")
    )
    assert counts_something(_fact("5/63", "Tỉnh xếp thứ 5/63 tỉnh, thành phố.", ""))
    # the same value written twice: the place its unit follows is the figure's
    assert not counts_something(
        _fact("6", "Tỉnh tăng 6 bậc, xếp thứ 6 về Chỉ số cải cách", "chi so")
    )
    assert counts_something(_fact("12", "Xếp thứ 12, cấp 12 chứng thư số", "chung thu so"))


TITLES_TEXT = (
    "Báo tỉnh đăng các bài: Sở Tư pháp giải quyết đúng hạn 2.150 hồ sơ; Nâng cao chất lượng "
    "phục vụ người dân; Đẩy mạnh chuyển đổi số năm 2023; Chính quyền gần dân hơn."
)
RESULTS_TEXT = "Kết quả: Cấp tỉnh: 420 hồ sơ; Cấp huyện: 1.310 hồ sơ; Cấp xã: 2.050 hồ sơ."
CLAUSES_TEXT = (
    "Đã tiếp nhận 2.150 hồ sơ; giải quyết đúng hạn 2.100 hồ sơ; trả kết quả qua bưu chính."
)


def test_a_number_in_a_list_of_article_titles_is_no_key_figure() -> None:
    at = TITLES_TEXT.index("Sở Tư pháp")
    assert in_titles(_fact("2.150", TITLES_TEXT[at:], "ho so", start=at), TITLES_TEXT)


def test_a_list_of_results_is_no_list_of_titles() -> None:
    at = RESULTS_TEXT.index("Cấp huyện")
    assert not in_titles(_fact("1.310", RESULTS_TEXT[at:], "ho so", start=at), RESULTS_TEXT)
    assert not in_titles(_fact("2.150", CLAUSES_TEXT, "ho so"), CLAUSES_TEXT)


SHARE_FIRST = """BÁO CÁO
Tình hình chuyển đổi số quý I năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC

- Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến đạt 64%. Hiện có 318 dịch vụ công được tích hợp lên Cổng dịch vụ công quốc gia.

- 100% cơ quan cấp tỉnh có trang thông tin điện tử; 100% cơ quan cấp huyện có phần mềm một cửa; 82% cơ quan cấp xã được kết nối mạng chuyên dùng.
"""


def test_a_bullet_opening_on_a_share_is_headed_by_it() -> None:
    index = mini_index(SHARE_FIRST)
    facts = build_facts(index.reports.values(), index.chunks)
    heads = {f.value for f in bullet_heads(facts, broken_down(facts))}
    assert "64%" in heads
    assert "318" not in heads
    # a value already told of the same unit ("100%" again) tells less than a new one
    told = [f.value for f in varied(facts, 4, broken_down(facts))]
    assert told == ["64%", "100%", "318", "82%"]
