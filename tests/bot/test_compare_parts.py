"""Two parts of one report side by side: the parts a question names (a contrast word, a second
number asked, a head word said again), each asked of the figure answerer on its own and set in
the comparison table; a part the report does not give reads "not found", never another figure.
Questions and reports made up for the test."""

from __future__ import annotations

import re

import pytest

from bot.compare_parts import parts_of
from bot.part_words import owned_end
from core.query import parse_query
from tests.helpers.mini_index import mini_index
from tests.helpers.parts import part_rows, parts_answer, parts_service
from tests.helpers.typed import body

TEXT = """II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Kết quả giải quyết hồ sơ
- Số hồ sơ tiếp nhận trong kỳ: 5.432 hồ sơ;
- Số lượng hồ sơ đã giải quyết: 4.321 hồ sơ;
- Số lượng hồ sơ đang giải quyết: 1.111 hồ sơ.
2. Cải cách tài chính công
- Kinh phí thường xuyên được giao: 8.500.000.000 đồng, đã sử dụng đạt tỷ lệ 61,5%.
- Kinh phí không thường xuyên được giao: 2.300.000.000 đồng, đã sử dụng đạt tỷ lệ 48,2%.
3. Dịch vụ công trực tuyến
Cổng dịch vụ công của tỉnh đang cung cấp 412 dịch vụ công trực tuyến mức độ 3.
"""


def _split(question: str) -> list[tuple[str, str]]:
    return [(p.label, p.query.folded) for p in parts_of(parse_query(question))]


def test_a_second_number_asked_splits_the_question() -> None:
    got = _split("Bình Phước có bao nhiêu DVC mức độ 2 và bao nhiêu DVC mức độ 3?")
    assert [label for label, _ in got] == ["DVC mức độ 2", "DVC mức độ 3"]
    assert "muc do 2" in got[0][1]
    assert "muc do 3" not in got[0][1]
    assert "muc do 3" in got[1][1]
    assert "muc do 2" not in got[1][1]


def test_a_head_word_said_again_and_a_negation() -> None:
    got = _split("Kinh phí thường xuyên và kinh phí không thường xuyên ở Bình Phước là bao nhiêu?")
    assert [label.lower() for label, _ in got] == [
        "kinh phí thường xuyên", "kinh phí không thường xuyên"
    ]  # fmt: skip
    assert "khong" not in got[0][1]
    assert "khong thuong xuyen" in got[1][1]


def test_parts_that_end_on_one_word_and_english_versus() -> None:
    got = _split("Ty le su dung kinh phi thuong xuyen va khong thuong xuyen cua tinh chenh nhau?")
    assert [label for label, _ in got] == ["thuong xuyen", "khong thuong xuyen"]
    got = _split("In Binh Phuoc, how many complaints were settled versus still pending?")
    assert [label for label, _ in got] == ["settled", "still pending"]
    assert got[1][1].startswith("in binh phuoc, how many complaints were still pending")


def test_a_part_its_possessive_opens_runs_to_its_verb() -> None:
    got = _split(
        "Compare the shares of plan that Binh Phuoc's fee income and its capital spending on "
        "schools reached in 2022."
    )
    assert [label for label, _ in got] == ["fee income", "capital spending on schools"]
    assert "schools" not in got[0][1]
    assert "fee income" not in got[1][1]


@pytest.mark.parametrize("word", ["speed", "proceed", "based", "detailed", "red"])
def test_a_word_ending_in_ed_that_is_no_past_verb_ends_no_part(word: str) -> None:
    words = f"fees and its {word} capital spending reached the target".split()
    assert owned_end(words, 2, 3, 6) == 6  # "reached", not the word


def test_a_newspaper_named_after_the_province_and_those_printed_by_others() -> None:
    got = _split(
        "Compare 2022 reform stories in Báo Bình Phước with those published "
        "by central press in Bình Phước"
    )
    assert [label for label, _ in got] == ["Báo Bình Phước", "central press"]
    assert "central" not in got[0][1]
    assert "central press" in got[1][1]


def test_a_verb_before_the_number_asked_and_one_after() -> None:
    got = _split("binh phuoc tiep nhan bao nhieu ho so va da giai quyet duoc bao nhieu")
    assert [label for label, _ in got] == ["tiep nhan", "da giai quyet"]
    assert "da giai quyet bao nhieu ho so" in got[1][1]


def test_two_questions_joined_and_parts_said_far_apart() -> None:
    # "how many X were A and how many X were B": each question whole
    got = _split(
        "In Binh Phuoc, how many permits were issued in 2022 and how many permits were revoked?"
    )
    assert [label for label, _ in got] == ["permits were issued in 2022", "permits were revoked"]
    assert got[1][1] == "in binh phuoc, how many permits were revoked?"
    # the head word said again far before: the words both parts say, the negation apart
    got = _split(
        "Kinh phí thường xuyên của Sở Nội vụ Bình Phước đã giải ngân bao nhiêu và kinh phí không "
        "thường xuyên đã giải ngân bao nhiêu?"
    )
    assert [label.lower() for label, _ in got] == [
        "kinh phí thường xuyên", "kinh phí không thường xuyên"
    ]  # fmt: skip
    # both parts end on one word, each with its own modifier
    got = _split("Which is bigger in Binh Phuoc: the total land revenue or the fee revenue?")
    assert [label for label, _ in got] == ["total land revenue", "fee revenue"]


def test_each_place_asked_its_own_number_splits() -> None:
    # "… và … mỗi nơi bao nhiêu": one number of each part, the "each" words in neither label
    got = _split(
        "Bình Phước: bộ phận một cửa cấp tỉnh và cấp huyện mỗi nơi tiếp nhận bao nhiêu hồ sơ?"
    )
    assert [label for label, _ in got] == ["cấp tỉnh", "cấp huyện"]
    assert "cap huyen" not in got[0][1]
    assert "cap tinh" not in got[1][1]
    assert all("moi noi" not in folded for _, folded in got)


def test_a_part_and_its_negation_each_asked_its_share_split() -> None:
    # "X và không X … đạt bao nhiêu % mỗi loại": each kind its own share
    got = _split(
        "Bình Phước: kinh phí thường xuyên và không thường xuyên đạt bao nhiêu % mỗi loại?"
    )
    assert [label for label, _ in got] == ["thường xuyên", "không thường xuyên"]
    assert "khong" not in got[0][1]
    assert all("moi loai" not in folded for _, folded in got)


def test_one_thing_of_two_names_or_a_sum_is_not_split() -> None:
    # "cổng hoặc trang", "in person or by post": one count; "tổng số … và …": their sum;
    # "đúng hạn và trước hạn … bao nhiêu": one count of both; a comma before the question's
    # only "bao nhiêu" sets nothing apart
    assert _split("Bao nhiêu xã ở Bình Phước có cổng hoặc trang thông tin điện tử?") == []
    assert _split("How many dossiers in Binh Phuoc were filed in person or by post?") == []
    assert _split("Tổng số DVC mức độ 3 và mức độ 4 của Bình Phước là bao nhiêu?") == []
    assert _split("Bình Phước giải quyết đúng hạn và trước hạn bao nhiêu hồ sơ?") == []
    assert _split("Trong 6 tháng đầu năm, bao nhiêu hồ sơ ở Bình Phước bị quá hạn?") == []
    # two provinces are the sides of the province table, not parts
    assert _split("Bình Phước và Yên Bái, tỉnh nào nhiều hồ sơ hơn?") == []


def test_each_part_gets_its_own_figure_in_one_table() -> None:
    index = mini_index(TEXT)
    q = parse_query("Bình Phước tiếp nhận bao nhiêu hồ sơ và đã giải quyết được bao nhiêu?")
    ans = parts_answer(index, q)
    assert ans is not None
    assert ans.intent == "comparison"
    rows = part_rows(ans)
    assert rows["tiếp nhận"].startswith("**5.432**"), rows
    assert rows["đã giải quyết"].startswith("**4.321**"), rows
    assert "Lớn hơn: tiếp nhận (5.432 so với 4.321)" in ans.text


def test_a_part_the_report_does_not_give_reads_not_found() -> None:
    index = mini_index(TEXT)
    q = parse_query("Bình Phước có bao nhiêu DVC mức độ 3 và bao nhiêu DVC mức độ 4?")
    ans = parts_answer(index, q)
    assert ans is not None
    rows = part_rows(ans)
    assert rows["DVC mức độ 3"].startswith("**412**"), rows
    assert rows["DVC mức độ 4"] == "—", rows  # no level-4 count: said missing, no figure
    assert "**" not in ans.text.split("DVC mức độ 4 |")[1].split("\n")[0]


def test_the_service_answers_parts_as_a_table() -> None:
    index = mini_index(TEXT)
    ans = parts_service(index).answer(
        "Số hồ sơ đã giải quyết và số hồ sơ đang giải quyết ở Bình Phước, loại nào nhiều hơn?"
    )
    rows = part_rows(ans)
    assert rows["hồ sơ đã giải quyết"].startswith("**4.321**"), rows
    assert rows["hồ sơ đang giải quyết"].startswith("**1.111**"), rows
    assert ans.retrieved  # the parts' retrieved chunks, for the evaluation's ranks


def test_parts_the_figure_answerer_doubts_are_never_stated() -> None:
    # "kinh phí thường xuyên" is said in the line of "… không thường xuyên" too: the figure
    # answerer is not sure of either part, and no figure is stated as the answer
    index = mini_index(TEXT)
    ans = parts_service(index).answer(
        "Tỷ lệ sử dụng kinh phí thường xuyên và không thường xuyên, loại nào cao hơn?"
    )
    assert not re.search(r"\*\*[^*]*\d", body(ans)), ans.text


TEXT2 = """II. KẾT QUẢ CẢI CÁCH THỂ CHẾ
Rà soát văn bản quy phạm pháp luật: tổng số văn bản hết hiệu lực toàn bộ là 14 văn bản, văn
bản hết hiệu lực một phần là 9 văn bản.
III. HIỆN ĐẠI HÓA HÀNH CHÍNH
Cổng Dịch vụ công tỉnh cung cấp 1.020 dịch vụ công, số dịch vụ công đang cung cấp mức độ 3 là:
305, đạt tỷ lệ 29,9%; số dịch vụ công đang cung cấp mức độ 4 là: 611, đạt tỷ lệ 59,9%.
Từ ngày 01/01/2022 đến ngày 30/6/2022, tổng số hồ sơ tiếp nhận là 41.882 hồ sơ (trong đó: dịch
vụ công mức độ 3 là 20.417 hồ sơ, dịch vụ công mức độ 4 là 15.230 hồ sơ).
"""


def test_a_count_of_documents_is_no_question_about_a_report_number() -> None:
    # "Số văn bản …" asks how many documents, not a report's number ("số hiệu")
    ans = parts_service(mini_index(TEXT2)).answer(
        "Số văn bản hết hiệu lực toàn bộ và hết hiệu lực một phần ở Bình Phước"
    )
    rows = part_rows(ans)
    assert rows["hết hiệu lực toàn bộ"].startswith("**14**"), rows
    assert rows["hết hiệu lực một phần"].startswith("**9**"), rows


def test_no_number_asked_asks_the_count_of_the_thing_named() -> None:
    # "… mức độ 3 và mức độ 4, loại nào nhiều hơn?": the services are counted, not the
    # dossiers filed through them
    ans = parts_service(mini_index(TEXT2)).answer(
        "Ở Bình Phước, dịch vụ công mức độ 3 và mức độ 4, loại nào nhiều hơn?"
    )
    rows = part_rows(ans)
    assert rows["mức độ 3"].startswith("**305**"), rows
    assert rows["mức độ 4"].startswith("**611**"), rows


def test_a_word_of_the_place_name_said_alone_is_no_place() -> None:
    # "máy tính" folds to "may tinh", a word of "Hà Tĩnh": not the place, so the part before
    # still runs back over it
    got = _split(
        "Năm 2021 ở Hà Tĩnh: tỷ lệ hộ dân được trang bị máy tính và tỷ lệ kết nối cáp quang "
        "của hộ dân lần lượt là bao nhiêu?"
    )
    assert [label for label, _ in got] == ["trang bị máy tính", "kết nối cáp quang"]


def test_the_one_place_named_inside_the_part_before_dates_both_parts() -> None:
    got = _split("so sánh số đơn Hà Tĩnh nhận qua bưu điện và số đơn gửi qua bưu điện")
    assert [label for label, _ in got][0] == "đơn nhận qua bưu điện"
    assert all("ha tinh" in folded for _, folded in got)
    # two places named: the sides of the comparison table, not two parts
    assert _split("so sánh số đơn Hà Tĩnh nhận và số đơn Hải Dương nhận") == []


def test_the_noun_after_a_part_and_its_negation_is_both_parts() -> None:
    got = [
        (p.label, p.query.folded)
        for p in parts_of(parse_query("Compare the use rates of the autonomous and "
                                      "non-autonomous funds in Binh Phuoc."), en=True)
    ]  # fmt: skip
    assert [label for label, _ in got] == ["autonomous funds", "non-autonomous funds"]
    assert "autonomous funds" in got[0][1]
    assert "how many" not in got[0][1]  # "rates" asks the number


def test_a_second_clause_asked_after_a_comma_and_and_is_its_own_question() -> None:
    got = _split(
        "Of the permits Binh Phuoc received in 2022, how many were issued early or on time, "
        "and how many were still pending?"
    )
    assert [label for label, _ in got] == ["were issued early or on time", "were still pending"]
    assert "pending" not in got[0][1]
    assert "issued" not in got[1][1]
    assert got[1][1].startswith("of the permits binh phuoc received in 2022")


def test_a_long_part_with_the_place_inside_is_no_part() -> None:
    question = (
        "How many officers from district offices are posted to Binh Phuoc's one-stop public "
        "service centre, and from how many offices?"
    )
    assert _split(question) == []


def test_a_term_closing_the_question_is_the_part_after_the_contrast() -> None:
    got = _split("In Bình Phước, how many decisions were annulled fully versus only in part?")
    assert [label for label, _ in got] == ["fully", "only in part"]
    assert "in part" not in got[0][1]
    assert got[1][1].endswith("only in part?")
    # a place or a year closing the question dates both parts, it names neither
    got = _split("How many DVC level 3 versus level 4 in Bình Phước?")
    assert all("binh phuoc" in folded for _, folded in got)
    got = _split("How many DVC level 3 versus level 4 in 2021?")
    assert all("2021" in folded for _, folded in got)


def test_the_noun_both_parts_end_on_stays_with_the_part_after() -> None:
    got = _split(
        "Compare the online filing share among firms and among household firms in Bình Phước."
    )
    assert [label for label, _ in got] == ["among firms", "among household firms"]
    assert "firms firms" not in got[0][1]
    assert "household firms" in got[1][1]


TEXT3 = """II. HIỆN ĐẠI HÓA HÀNH CHÍNH
3. Dịch vụ công trực tuyến
Đến ngày 30/6/2022, số dịch vụ công trực tuyến mức độ 3 là: 310 (trong đó: 95 dịch vụ công cấp tỉnh; 140 dịch vụ công cấp huyện; 75 dịch vụ công cấp xã); số dịch vụ công trực tuyến mức độ 4 là: 920 (trong đó: 870 dịch vụ công cấp tỉnh; 42 dịch vụ công cấp huyện; 08 dịch vụ công cấp xã).
"""


def test_levels_asked_of_every_part_get_a_row_each() -> None:
    # "cấp" said once for three levels: each part's row splits into its levels
    ans = parts_service(mini_index(TEXT3)).answer(
        "Số dịch vụ công mức độ 3 và mức độ 4 của Bình Phước ở từng cấp tỉnh, huyện, xã là bao nhiêu?"
    )
    rows = part_rows(ans)
    want = {"mức độ 3 — cấp tỉnh": "95", "mức độ 3 — cấp huyện": "140", "mức độ 3 — cấp xã": "75",
            "mức độ 4 — cấp tỉnh": "870", "mức độ 4 — cấp huyện": "42", "mức độ 4 — cấp xã": "08"}  # fmt: skip
    for label, fig in want.items():
        assert rows[label].startswith(f"**{fig}**"), rows


def test_a_summing_word_said_again_opens_two_parts() -> None:
    # "tổng A và tổng B": each part its own total, neither summed with the other
    got = _split("Tổng vốn vay và tổng vốn góp của Long An năm 2021 là bao nhiêu?")
    assert [label for label, _ in got] == ["Tổng vốn vay", "tổng vốn góp"]
    assert "gop" not in got[0][1]
    assert "vay" not in got[1][1]


def test_respectively_sets_summed_parts_apart() -> None:
    # "tổng số … mức 3 và mức 4" sums them; "lần lượt" asks each its own figure
    assert _split("Tổng số DVC mức độ 3 và mức độ 4 của Long An là bao nhiêu?") == []
    got = _split("Tổng số DVC mức độ 3 và mức độ 4 của Long An lần lượt là bao nhiêu?")
    assert [label for label, _ in got] == ["mức độ 3", "mức độ 4"]
    assert all("lan luot" not in folded for _, folded in got)


def test_what_a_share_is_measured_against_is_no_side() -> None:
    # "so với dự toán / cùng kỳ": the baseline of the share asked, not a second thing
    assert _split("Tổng chi ngân sách Bình Phước đạt bao nhiêu phần trăm so với dự toán?") == []
    assert _split("How much did Binh Phuoc's revenue grow compared with the same period?") == []
    assert _split("Số hồ sơ tiếp nhận năm 2021 tăng bao nhiêu so với cùng kỳ?") == []
    # after a change word, the base of the change: "tăng so với quý IV bao nhiêu"
    assert _split("Hồ sơ DVC mức 3, mức 4 Bình Phước tăng so với quý IV bao nhiêu") == []
    # two things set side by side still split
    got = _split("Tổng thu ngân sách so với tổng chi ngân sách của Bình Phước thế nào?")
    assert len(got) == 2


def test_respectively_sets_two_parts_apart() -> None:
    # no comparison word, but "lần lượt" asks each part its own figure
    got = _split("Năm 2024 Cao Bằng tiếp nhận và trả kết quả lần lượt bao nhiêu hồ sơ?")
    assert [label for label, _ in got] == ["tiếp nhận", "trả kết quả"]
    assert all("lan luot" not in folded for _, folded in got)
    # nor without it: one thing asked
    assert _split("Năm 2024 Cao Bằng tiếp nhận và trả kết quả bao nhiêu hồ sơ?") == []


STAFF_TEXT = """II. KẾT QUẢ CẢI CÁCH CHẾ ĐỘ CÔNG VỤ
- Tuyển dụng công chức, viên chức
+ Ban hành thông báo danh sách xếp lương đối với viên chức trúng tuyển kỳ xét tuyển của Trung tâm dịch vụ nông nghiệp: 03 người.
+ Tiếp nhận các trường hợp đặc biệt vào làm công chức không qua thi tuyển 15 công chức.
"""


def test_a_part_passes_the_near_miss_check_of_a_figure_asked_alone() -> None:
    # no count of civil servants recruited by examination: the "03 … viên chức" line counts
    # other staff, and is never that part's figure in bold
    ans = parts_service(mini_index(STAFF_TEXT)).answer(
        "Bình Phước tuyển công chức qua thi tuyển và tiếp nhận không qua thi tuyển "
        "lần lượt bao nhiêu người?"
    )
    assert "**03**" not in body(ans), ans.text


def test_that_of_stands_for_the_thing_the_part_before_names() -> None:
    got = _split(
        "Compare the share of online payments of farms with that of cooperatives in Binh Phuoc."
    )
    assert [label for label, _ in got] == ["farms", "cooperatives"]
    assert "farms" in got[0][1]
    assert "cooperatives" not in got[0][1]
    assert "share of online payments of cooperatives" in got[1][1]
    assert "that of" not in got[1][1]


def test_a_place_after_a_part_is_both_parts_place() -> None:
    # the part after "và" runs up to the place, which both parts share
    got = _split("So sánh số xã loại 1 và loại 2 mà Bình Phước công nhận năm 2024.")
    assert [label for label, _ in got] == ["loại 1", "loại 2"]
    assert all("binh phuoc" in folded and "2024" in folded for _, folded in got)
    got = _split("Tổng vốn và tổng nợ của quỹ tỉnh Bình Phước năm 2024 là bao nhiêu?")
    assert [label.lower() for label, _ in got] == ["tổng vốn", "tổng nợ"]
    assert "tong no" not in got[0][1]


def test_a_gloss_in_brackets_keeps_the_shared_noun() -> None:
    got = _split(
        "Compare the use rate of recurrent (thuong xuyen) vs non-recurrent grants in Binh Phuoc."
    )
    assert [label for label, _ in got][1] == "non-recurrent grants"
    # the part's question reads its gloss after the English phrase (core/en_wording.py)
    assert "recurrent grants (thuong xuyen)" in got[0][1]


def test_a_term_closing_a_compared_part_is_its_own() -> None:
    # "in parallel with paper" names a term: the part after "with" runs to the end
    got = _split(
        "In Binh Phuoc, compare the share of files sent online only with the share sent "
        "in parallel with paper."
    )
    assert got[1][0] == "share sent in parallel with paper"
    assert "parallel" not in got[0][1]


def test_a_part_ending_where_a_stop_word_follows_is_whole() -> None:
    # the part after is a word longer than the part before, and all of it its own
    got = _split("So sánh số đơn thư tiếp nhận với số đơn thư đã xử lý của Bình Phước năm 2024")
    assert [label for label, _ in got] == ["đơn thư tiếp nhận", "đơn thư đã xử lý"]
    assert "ly" not in got[0][1].split()


def test_two_comparatives_joined_by_or_are_one_contrast() -> None:
    got = _split("Tỷ lệ ký số ở Bình Phước: cấp huyện cao hơn hay thấp hơn cấp xã?")
    assert [label for label, _ in got] == ["cấp huyện", "cấp xã"]
    assert "cap xa" not in got[0][1]
    got = _split("In Binh Phuoc, are level-3 services higher or lower than level-4 services?")
    assert [label for label, _ in got] == ["level-3 services", "level-4 services"]


def test_a_clause_asking_its_own_number_before_a_comma_splits() -> None:
    got = _split(
        "Bình Phước từ 01/01/2023 đến 30/6/2023 nhận bao nhiêu đơn thư, đã xử lý bao nhiêu?"
    )
    # the dates open the clause: they date both parts, no part's label
    assert [label for label, _ in got] == ["nhận", "đã xử lý"]
    assert "bao nhieu don thu" in got[0][1]


def test_parts_contrasted_with_no_number_asked_in_words() -> None:
    index = mini_index(TEXT)
    q = parse_query("Hồ sơ ở Bình Phước: đã giải quyết so với đang giải quyết?")
    ans = parts_answer(index, q)
    assert ans is not None
    rows = part_rows(ans)
    assert rows["đã giải quyết"].startswith("**4.321**"), rows
    assert rows["đang giải quyết"].startswith("**1.111**"), rows


def test_a_pronoun_a_participle_and_by_stand_for_the_thing_before() -> None:
    from bot.compare_parts import stands_for

    def _w(text: str) -> list[str]:
        return text.split()

    assert stands_for(_w("those issued by the ward offices"), 0) == 3
    assert stands_for(_w("the ones kept by district archives"), 0) == 4
    assert stands_for(_w("those run by private schools"), 0) == 3
    assert stands_for(_w("those of the city"), 0) == 2
    # no participle between the pronoun and "by": nothing stands for the thing before
    assert stands_for(_w("those red by the river"), 0) == 0
    assert stands_for(_w("those schools by the river"), 0) == 0
