"""A comparison side's cell carries every figure its report states of the asked thing: a
share with the count it is a share of ("90,90 % … (50/55)"), a count with the share the report
gives it ("228, đạt tỷ lệ 12,19%"), each service level of one sentence as its own row; and it
never takes a figure of another kind: a target set ("bảo đảm hoàn thành 100%"), a share of
another thing ("tỷ lệ TTHC …" for a share of dossiers). Tables over made-up reports."""

from __future__ import annotations

from dataclasses import replace

from bot.compare_beside import amount_before, asks_amount_too, beside, count_before, share_after
from bot.compare_parts_answer import asked_share
from core.query import parse_query
from core.result import Answer
from index.facts import build_facts
from index.generations import LoadedIndex
from index.metadata import Report
from tests.helpers.mini_index import compare_wired, mini_corpus
from tests.helpers.parts import parts_answer
from tests.helpers.typed import body

BP = Report(
    "t401", "t401.txt", province="Bình Phước", agency="UBND tỉnh Bình Phước",
    number="77/BC-UBND", date="2022-12-10", year=2022, period="Năm 2022",
)  # fmt: skip
YB = Report(
    "t402", "t402.txt", province="Yên Bái", agency="Sở TT&TT Yên Bái",
    number="52/BC-STTTT", date="2022-06-20", year=2022, period="6 tháng đầu năm 2022",
)  # fmt: skip
BP_TEXT = """I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
2. Về thực hiện kế hoạch CCHC năm 2022
Đến thời điểm báo cáo đã thực hiện được 41 nhiệm vụ trong tổng số 46 nhiệm vụ, đạt 89,13 %
kế hoạch đề ra và tiếp tục thực hiện những nhiệm vụ còn lại bảo đảm hoàn thành 100% nhiệm vụ.
II. KẾT QUẢ THỰC HIỆN
6. Xây dựng chính quyền điện tử
Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đang cung cấp 1.730 dịch vụ công
trực tuyến; tích hợp được 612 dịch vụ công trực tuyến trên Cổng dịch vụ công Quốc gia.
- Tỷ lệ TTHC đã triển khai DVC TT mức độ 3, mức độ 4 đạt 71%, tỷ lệ hồ sơ DVC TT mức độ 3, mức
độ 4 trực tuyến trong năm đạt 44%.
"""
YB_TEXT = """I. CÔNG TÁC CHỈ ĐẠO
1. Kết quả thực hiện kế hoạch
Triển khai Kế hoạch cải cách hành chính năm 2022, đến nay trên 87% các nhiệm vụ (20/23 nhiệm vụ)
đã được triển khai thực hiện tại các đơn vị.
II. CHÍNH QUYỀN ĐIỆN TỬ
7. Kết quả cung cấp dịch vụ công trực tuyến
Số dịch vụ công đang cung cấp mức độ 3 là: 236, đạt tỷ lệ 13,05% (trong đó: 70 dịch vụ công cấp
tỉnh; 120 dịch vụ công cấp huyện; 46 dịch vụ công cấp xã).
Hiện có 151 DVCTT mức độ 3 và 468 DVCTT mức độ 4 được tích hợp lên Cổng dịch vụ công quốc gia.
- Tỷ lệ hồ sơ DVC TT mức độ 3, mức độ 4 trực tuyến 6 tháng đầu năm đạt 39%.
"""


def _index() -> LoadedIndex:
    return mini_corpus([(BP, BP_TEXT), (YB, YB_TEXT)])


def _rows(table: Answer, side: str) -> list[str]:
    return [r for r in body(table).splitlines() if r.startswith(f"| {side}")]


def _figure(row: str) -> str:
    """A row's figure column (the column the table states; the next one quotes the report)."""
    return row.split("|")[2]


def test_a_target_is_never_the_result_and_a_share_shows_its_count() -> None:
    table = compare_wired(
        _index(),
        "So sánh mức độ hoàn thành nhiệm vụ kế hoạch CCHC năm 2022 của Bình Phước và Yên Bái.",
    )
    bp = " ".join(_figure(r) for r in _rows(table, "Bình Phước"))
    # "… đạt 89,13 % …" is the result (its sign spaced off); "bảo đảm hoàn thành 100%" a target
    assert "**89,13%**" in bp, body(table)
    assert "100%" not in bp, body(table)
    assert "41/46" in bp, body(table)  # the count the share is of, beside it
    yb = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
    assert "**87%**" in yb, body(table)
    assert "20/23" in yb, body(table)


def test_a_count_shows_the_share_its_report_gives_it() -> None:
    table = compare_wired(
        _index(), "So sánh số dịch vụ công trực tuyến mức độ 3 của Yên Bái và Bình Phước."
    )
    yb = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
    assert "**236**" in yb, body(table)
    assert "13,05%" in yb, body(table)


def test_each_level_of_one_sentence_is_its_own_row() -> None:
    table = compare_wired(
        _index(),
        "So sánh số dịch vụ công trực tuyến đã tích hợp lên Cổng Dịch vụ công quốc gia của Yên "
        "Bái và Bình Phước.",
    )
    yb = _rows(table, "Yên Bái")
    said = " ".join(_figure(r) for r in yb)
    # no total stated: each level's figure, each bold and cited, their sum marked computed
    assert "**151**" in said, body(table)
    assert "**468**" in said, body(table)
    assert "619" in said, body(table)
    assert "tính toán" in said, body(table)
    assert "**612**" in " ".join(_figure(r) for r in _rows(table, "Bình Phước")), body(table)


def test_a_share_of_another_thing_is_not_the_asked_share() -> None:
    table = compare_wired(_index(), "ty le ho so nop truc tuyen muc 3 4 cua binh phuoc so voi yen bai")
    bp = " ".join(_figure(r) for r in _rows(table, "Bình Phước"))
    assert "**44%**" in bp, body(table)
    assert "71%" not in bp, body(table)
    assert "**39%**" in " ".join(_figure(r) for r in _rows(table, "Yên Bái")), body(table)


def test_ocr_forms_of_a_share_of_another_thing_and_of_out_of() -> None:
    # OCR's "tỷ lệ" ("Ty 1¢", "ty 1€") still says what a share is of
    ocr = BP_TEXT.replace(
        "- Tỷ lệ TTHC đã triển khai DVC TT mức độ 3, mức độ 4 đạt 71%, tỷ lệ hồ sơ DVC TT mức độ 3, mức",
        "- Ty 1¢ TTHC da trien khai DVC TT muc do 3, muc do 4 dat 71%, ty 1€ hd so DVC TT muc do 3, muc",
    )
    assert ocr != BP_TEXT
    index = mini_corpus([(BP, ocr), (YB, YB_TEXT)])
    table = compare_wired(index, "ty le ho so nop truc tuyen muc 3 4 cua binh phuoc so voi yen bai")
    bp = " ".join(_figure(r) for r in _rows(table, "Bình Phước"))
    assert "**44%**" in bp, body(table)
    assert "71%" not in bp, body(table)
    # "… trong téng s6 46 …" (OCR): the count a share is of is read from the restored quote
    share = next(f for f in build_facts([BP], mini_corpus([(BP, BP_TEXT)]).chunks)
                 if f.value == "89,13%")  # fmt: skip
    ocr_share = replace(share, clause=share.clause.replace("tổng số", "téng s6"))
    assert beside(ocr_share) == ""
    assert beside(ocr_share, share.clause) == "41/46"


def test_levels_asked_together_that_one_sentence_states_one_by_one() -> None:
    index = _index()
    table = compare_wired(
        index,
        "So sánh số dịch vụ công trực tuyến mức độ 3 và mức độ 4 đã tích hợp lên Cổng dịch vụ "
        "công quốc gia của Yên Bái và Bình Phước.",
    )
    said = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
    assert "**151**" in said, body(table)
    assert "**468**" in said, body(table)
    # one level asked: that level's figure only
    table = compare_wired(
        index,
        "So sánh số dịch vụ công trực tuyến mức độ 4 đã tích hợp lên Cổng dịch vụ công quốc gia "
        "của Yên Bái và Bình Phước.",
    )
    said = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
    assert "**468**" in said, body(table)
    assert "151" not in said, body(table)


def test_a_result_asked_beside_the_count_shows_the_count_s_parts() -> None:
    yb = YB_TEXT + (
        "III. THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO\n"
        "Quý II năm 2022, Tỉnh có 28 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó "
        "có 25 nhiệm vụ giải quyết đúng hạn và trước hạn, 3 nhiệm vụ chưa tới hạn giải quyết.\n"
    )
    bp = BP_TEXT + (
        "III. VỀ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ GIAO\n"
        "UBND tỉnh được giao và hoàn thành 120/125 còn 05 nhiệm vụ đang trong thời gian thực hiện.\n"
    )
    index = mini_corpus([(BP, bp), (YB, yb)])
    for question in (
        "So sánh số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao và kết quả thực hiện của "
        "Yên Bái và Bình Phước.",
        "Compare how many tasks the Government assigned to Yen Bai and Binh Phuoc, and how many "
        "were completed.",
    ):
        table = compare_wired(index, question, "en" if question.startswith("Compare") else "vi")
        said = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
        assert "**28**" in said, body(table)
        assert "**25**" in said, body(table)  # the tasks done, beside those assigned
        assert "120/125" in " ".join(_figure(r) for r in _rows(table, "Bình Phước")), body(table)


def test_a_part_an_aside_lists_does_not_stand_for_its_whole() -> None:
    yb = YB_TEXT + (
        "8. Chữ ký số\n"
        "Tính đến hết tháng 05/2022, đã cấp 1.815 chứng thư số cho các cơ quan, tổ chức và cá nhân "
        "(trong đó: chứng thư số cá nhân là 1.160; chứng thư số của tổ chức là 433; sim ký số cá "
        "nhân là 222).\n"
    )
    bp = BP_TEXT + "Phối hợp cấp 4.870 chứng thư số cho tổ chức, cá nhân các cơ quan nhà nước.\n"
    index = mini_corpus([(BP, bp), (YB, yb)])
    table = compare_wired(
        index, "Yên Bái và Bình Phước đã cấp bao nhiêu chứng thư số cho cơ quan, tổ chức, cá nhân?"
    )
    said = " ".join(_figure(r) for r in _rows(table, "Yên Bái"))
    assert "**1.815**" in said, body(table)
    assert "433" not in said, body(table)
    # the part the question names alone is still that part
    table = compare_wired(index, "Yên Bái đã cấp bao nhiêu chứng thư số của tổ chức so với Bình Phước?")
    assert "**433**" in " ".join(_figure(r) for r in _rows(table, "Yên Bái")), body(table)


def test_the_share_said_right_after_a_fraction() -> None:
    text = (
        "Số hộ kinh doanh đã dùng hóa đơn điện tử: 4.120/4.500 hộ, đạt tỷ lệ 91,6%; còn lại 380 hộ."
    )
    end = text.index("4.500") + len("4.500")
    assert share_after(text, end) == "91,6%"
    # a share of the next item is not the fraction's ("…; trong đó 12% là …")
    assert share_after("đã dùng 4.120/4.500 hộ; trong đó 12% là hộ mới", 14) == ""


def test_a_share_asked_of_two_parts_reads_the_share_beside_each_count() -> None:
    q = parse_query("Tỷ lệ hộ kinh doanh và doanh nghiệp dùng hóa đơn điện tử ở Bình Phước?")
    quote = "Số hộ kinh doanh đã dùng hóa đơn điện tử: 4.120/4.500 hộ, đạt tỷ lệ 91,6%."
    assert asked_share(q, "4.120/4.500", quote) == "91,6%"
    assert (
        asked_share(parse_query("Bao nhiêu hộ kinh doanh dùng hóa đơn?"), "4.120/4.500", quote)
        == ""
    )


def test_the_amount_before_the_share_of_its_plan() -> None:
    quote = "Thu phí ước đạt 2.150,5 triệu đồng, bằng 95% kế hoạch; chi 800 tỷ đồng; đạt 60%."
    assert amount_before(quote, "95%") == "2.150,5 triệu đồng"
    assert amount_before(quote, "60%") == "800 tỷ đồng"
    assert amount_before(quote, "70%") == ""
    assert amount_before("đạt 95% kế hoạch", "95%") == ""


def test_an_amount_asked_besides_the_share() -> None:
    assert asks_amount_too("thu phi uoc dat bao nhieu, dat bao nhieu % ke hoach")
    assert asks_amount_too("how much was collected and what percent of the plan")
    assert not asks_amount_too("thu phi dat bao nhieu % ke hoach")
    assert not asks_amount_too("thu phi dat bao nhieu phan tram ke hoach")
    # the share asked as each thing "against" its plan, in a clause after the things named
    assert asks_amount_too("income versus outlay, and each against the plan?")
    assert asks_amount_too("phi va le phi thu duoc, va tung loai so voi ke hoach?")
    assert not asks_amount_too("income against the plan?")


def test_the_count_said_right_before_a_share() -> None:
    # made-up lines: the count the share is given, linking words only between them
    assert count_before("mức độ 2 là: 412, đạt tỷ lệ 27,5%; mức độ 3 là: 90", "27,5%") == "412"
    assert count_before("cấp xã có 1.210, chiếm 61%", "61%") == "1.210"
    # a period or a level before the share is no count of it; a counted word between them
    # leaves the count unsure of what the share is of
    assert count_before("6 tháng đầu năm 2022, tỷ lệ hồ sơ đạt 95%", "95%") == ""
    assert count_before("năm 2021, tỷ lệ 80%", "80%") == ""
    assert count_before("mức độ 4 chiếm tỷ lệ 55%", "55%") == ""
    assert count_before("có 75 hộ kinh doanh, tăng 12 hộ so với năm trước, chiếm 9%", "9%") == ""


def test_a_share_row_shows_the_count_said_before_it() -> None:
    # made-up: one province's levels as the parts compared, each share after its count
    text = """II. CHÍNH QUYỀN ĐIỆN TỬ
7. Kết quả cung cấp dịch vụ công trực tuyến
Tính đến ngày 15/6/2022, Cổng Dịch vụ công tỉnh cung cấp 1.500 dịch vụ công, số dịch vụ công
đang cung cấp mức độ 2 là: 412, đạt tỷ lệ 27,5%; số dịch vụ công đang cung cấp mức độ 3 là: 90,
đạt tỷ lệ 6,0%; số dịch vụ công đang cung cấp mức độ 4 là: 998, đạt tỷ lệ 66,5%.
"""
    ans = parts_answer(
        mini_corpus([(YB, text)]),
        "Yen Bai portal: compare the number and share of level 2, level 3 and level 4 services.",
        "en",
    )
    assert ans is not None
    said = " ".join(_figure(r) for r in body(ans).splitlines() if r.startswith("| level"))
    for share, count in (("27,5%", "412"), ("6,0%", "90"), ("66,5%", "998")):
        assert f"**{share}** ({count})" in said, body(ans)


def test_a_plan_share_row_shows_its_amount_though_only_the_share_is_asked() -> None:
    # made-up: two fee lines, each an amount and its share of the plan
    text = """II. KẾT QUẢ THỰC HIỆN
5. Cải cách tài chính công
+ Phí cấp phép xây dựng năm 2022 thu được 512,5 tỷ đồng, bằng 97% kế hoạch năm.
+ Phí đăng ký đất đai năm 2022 thu được 304,25 tỷ đồng, bằng 88% kế hoạch năm.
"""
    ans = parts_answer(
        mini_corpus([(BP, text)]),
        "Bình Phước 2022: phí cấp phép xây dựng và phí đăng ký đất đai mỗi loại đạt bao nhiêu % kế hoạch?",
        "vi",
    )
    assert ans is not None
    said = " ".join(_figure(r) for r in body(ans).splitlines() if r.startswith("| "))
    assert "**97%** (512,5 tỷ đồng)" in said, body(ans)
    assert "**88%** (304,25 tỷ đồng)" in said, body(ans)
