"""Question-type detection in Vietnamese, without diacritics and in English; figure questions
stay figure questions."""

from __future__ import annotations

import pytest

from bot.intents import Intent, read_intent
from bot.intents_types import (
    WANTS_PERCENT,
    is_comparison,
    is_list,
    is_summary,
    section_kind,
    section_kinds,
    summary_kinds,
)
from core.query import parse_query


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Những hạn chế của Hải Dương là gì?", "limits"),
        ("nhung kho khan vuong mac cua tuyen quang", "limits"),
        ("What problems did Tuyen Quang report?", "limits"),
        ("Nguyên nhân của tình trạng đó là gì?", "causes"),
        ("nguyen nhan cham tien do o ha tinh", "causes"),
        ("What are the causes given by Hai Duong?", "causes"),
        ("Hải Dương kiến nghị, đề xuất những gì?", "proposals"),
        ("kien nghi cua so tt&tt tuyen quang", "proposals"),
        ("What recommendations does Hai Duong make?", "proposals"),
        # the asks to higher authorities, said with "ask … for"
        ("What has Tuyen Quang asked the central agencies for?", "proposals"),
        # the same asks with the verb in -ing
        ("Which fees was Commune Z asking the province to waive?", "proposals"),
        ("What is District Y calling on the central agencies to change?", "proposals"),
        ("Phương hướng nhiệm vụ thời gian tới của Hà Tĩnh?", "tasks"),
        ("giai phap trong thoi gian toi cua dong thap", "tasks"),
        ("What are Dong Thap's next tasks?", "tasks"),
        # "what task(s)" asked in Vietnamese, the period after it
        ("Sở Nội vụ Hà Tĩnh đề ra nhiệm vụ gì cho quý IV?", "tasks"),
        ("tuyen quang dat nhiem vu nao cho 6 thang con lai", "tasks"),
        ("Ưu điểm của công tác tuyên truyền ở Hà Tĩnh?", "strengths"),
        # the good side under other names
        ("mat duoc cua cong tac so hoa ho so o Yen Bai", "strengths"),
        ("Những kết quả tích cực về một cửa của Bình Phước?", "strengths"),
        ("Điểm sáng của chuyển đổi số Gia Lai năm nay?", "strengths"),
        ("What merits did the audit find in the portal?", "strengths"),
        ("Kết quả cải cách thể chế của Hải Dương như thế nào?", "results"),
        ("ket qua cai cach the che cua hai duong nhu the nao", "results"),
        ("What did Dong Thap report on civil service reform?", "results"),
        # where the work is still stuck, how far it has got, asked plainly
        ("Xã B cấp phép xây dựng còn vướng khâu nào", "limits"),
        ("thu gom rac cua phuong C con yeu o khau nao", "limits"),
        ("xa B thuc hien cap nuoc sach toi dau roi", "results"),
    ],
)
def test_section_kind(question: str, kind: str) -> None:
    assert section_kind(parse_query(question)) == kind


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo số 12 của huyện A được gửi đến đâu?",  # where it is sent, no work asked of
        "Ông Đặng Văn Vương giữ chức vụ gì?",  # a name's "Vương", no "vướng"
        "Còn kho ở đâu lưu hồ sơ?",  # "kho", a storehouse
        "Phường C thực hiện tính đến đầu năm là bao nhiêu hồ sơ?",  # "đến đầu", a date
    ],
)
def test_the_same_words_elsewhere_are_no_section(question: str) -> None:
    assert section_kind(parse_query(question)) is None


def test_two_kinds_named() -> None:
    kinds = section_kinds(parse_query("Những tồn tại, hạn chế và nguyên nhân ở Hải Dương?"))
    assert set(kinds) == {"limits", "causes"}


@pytest.mark.parametrize(
    "question",
    [
        "Nguyên nhân của những khó khăn, vướng mắc trong báo cáo của Sở Nội vụ là gì?",
        "nguyen nhan dan den cac bat cap o huyen A",
        "What are the reasons for the shortcomings the department reports?",
        "causes of these weaknesses in the e-government work?",
        # a word between the cause word and "của": which causes, the main ones
        "Xã C có những nguyên nhân sâu xa nào của các thiếu sót ấy?",
        "nguyen nhan chinh cua nhung kho khan o huyen A la gi",
    ],
)
def test_causes_of_the_limits_are_the_causes(question: str) -> None:
    # the limitations word says whose causes: the causes section alone is asked
    assert section_kinds(parse_query(question)) == ["causes"]


@pytest.mark.parametrize(
    "question",
    [
        "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?",
        "how many level-4 DVCs does Tuyên Quang have?",
        "Số phản ánh kiến nghị Hải Dương tiếp nhận là bao nhiêu?",
        "ty le ho so truc tuyen cua dong thap",
    ],
)
def test_figure_questions_are_no_section(question: str) -> None:
    q = parse_query(question)
    assert section_kind(q) is None
    assert not is_summary(q)
    assert not is_list(q)


@pytest.mark.parametrize(
    "question",
    [
        "Tóm tắt báo cáo của Đồng Tháp",
        "tom tat bao cao hai duong",
        "Summarise the Hai Duong report",
        "Give me a rundown of the Binh Phuoc report",
        "Báo cáo của Sở TT&TT Tuyên Quang nói gì?",
        "Nội dung chính của báo cáo Hà Tĩnh 6 tháng đầu năm 2022 là gì?",
        "What are the main points of Tuyen Quang's report?",
        "What does the Dong Thap report say?",
        "key takeaways from the Ha Tinh report",
        "bao cao dong thap quy 3 co gi dang chu y",
    ],
)
def test_summary(question: str) -> None:
    q = parse_query(question)
    assert is_summary(q)
    assert section_kind(q) is None


@pytest.mark.parametrize(
    "question",
    [
        "Những huyện nào của Hải Dương được kiểm tra?",
        "cac he thong nao da trien khai o tuyen quang",
        "Which systems has Tuyen Quang deployed?",
        # 'what' and a plural noun, then a verb of where the things are
        "What departments sit under the provincial People's Committee office?",
        "What units work at Binh Phuoc's one-stop shop?",
        # a bracketed gloss between the things and the verb: the frame reads around it
        "What professional divisions (phòng chuyên môn) does Long An's health department have?",
        "Những đơn vị (cơ quan) nào của Bình Phước được khen thưởng?",
        # "các X … là gì" after what the question is about, set off by a colon
        "Long An: các phần mềm dùng chung mà các sở đang dùng để gửi nhận văn bản là gì",
        "cac phan mem dung chung ma cac so dang dung la gi",
        # 'what' and five words ending in a plural noun, a hyphenated word read as two
        "What new one-stop service channels did Long An open?",
        # "name all / every …": the whole list asked
        "Name every district of Hai Duong that was inspected.",
    ],
)
def test_list(question: str) -> None:
    assert is_list(parse_query(question))


@pytest.mark.parametrize(
    ("question", "compare"),
    [
        ("So sánh số DVC mức độ 4 của Hà Tĩnh và Tuyên Quang", True),
        ("so sanh so ho so cua dong thap va hai duong", True),
        ("Compare the level-4 services of Ha Tinh and Tuyen Quang", True),
        ("Tỷ lệ máy tính cấp xã ở Hà Tĩnh năm 2019 và năm 2022?", True),
        ("Hà Tĩnh có bao nhiêu DVC mức độ 4?", False),
        # one period ("from … to …"), and a difference asked against a reference
        ("Từ 15/12/2021 đến 17/5/2022 Tuyên Quang tiếp nhận bao nhiêu hồ sơ?", False),
        ("Số hồ sơ của Hà Tĩnh tăng bao nhiêu so với quý IV/2018?", False),
        # a difference asked between two named years: each year's figure side by side
        ("Số tin bài năm 2022 của Hà Tĩnh tăng bao nhiêu so với năm 2019?", True),
        # every province at once: a superlative, or "each province"
        ("Tỉnh nào có nhiều dịch vụ công mức độ 4 nhất?", True),
        ("How many online public services does each province provide?", True),
        ("Which of Ha Tinh, Tuyen Quang and Hai Duong has the most level-4 services?", True),
        # two provinces and "hơn": a comparison, though it names no number word
        ("Ha Tinh va Dong Thap, tinh nao nhieu dich vu cong hon?", True),
        ("Which of Ha Tinh and Dong Thap has more online services?", True),
        # two provinces, but sections asked for: not a table of figures
        ("Hà Tĩnh và Đồng Tháp có những hạn chế gì?", False),
        # one province set "against" another named right after it: two sides, no other word
        ("Ward-level broadband subscribers: Long An against Binh Phuoc?", True),
        ("Tuyen Quang's press releases set against those of Ha Tinh", True),
        # "against" before no province: not a second side
        ("Measures against corruption in Ha Tinh and Dong Thap", False),
    ],
)
def test_comparison(question: str, compare: bool) -> None:
    q = parse_query(question)
    assert is_comparison(q) is compare
    # One comparison test: the router's intent agrees with the typed answerers' test.
    assert (read_intent(q).intent == Intent.COMPARISON) is compare


@pytest.mark.parametrize(
    "question",
    [
        "các huyện nào của Hà Tĩnh đạt 100%?",
        "nhung xa nao cua ha tinh dat ty le bao nhieu",
        "Những huyện nào có bao nhiêu hồ sơ?",
    ],
)
def test_a_share_asked_is_not_a_list(question: str) -> None:
    assert not is_list(parse_query(question))


def test_a_share_as_a_threshold_is_still_a_list() -> None:
    assert is_list(parse_query("Which component areas scored above 90% of the maximum?"))


def test_strengths_are_a_section_not_a_figure() -> None:
    # "điểm" asks for a score, "ưu điểm" for a section
    assert section_kind(parse_query("Những ưu điểm của Hải Dương là gì?")) == "strengths"


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("tóm tắt những hạn chế của Hải Dương", ["limits"]),
        ("summarise the shortcomings Tuyen Quang reported", ["limits"]),
        ("Tóm tắt báo cáo của Đồng Tháp", []),
        ("Summarise Hai Duong's report and its priorities", []),
    ],
)
def test_a_summary_of_a_named_section(question: str, kinds: list[str]) -> None:
    assert summary_kinds(parse_query(question)) == kinds


def test_the_router_and_the_extractive_answerer_share_one_list_of_number_words() -> None:
    from bot.extractive import scorer
    from bot.intents_types import FIGURE_ASKED, WANTS_NUMBER

    assert scorer._WANTS_NUMBER is FIGURE_ASKED  # not a list of its own
    for words in ("bao nhieu", "how many", "ty le", "kinh phi", "xep thu", "dat bao nhieu"):
        assert WANTS_NUMBER.search(words), words
        assert FIGURE_ASKED.search(words), words
    # What each adds: comparisons and money state a figure; named counts route. A rank in any
    # wording does both: a passage quoted without the rank answers no "đứng thứ mấy".
    for words, router, figure in (("compare the two provinces", False, True), ("uu diem", False, True),
                                  ("so ho so tiep nhan", True, False), ("xep hang thu may", True, True),
                                  ("dung thu may", True, True), ("kinh phi 5 ty dong", True, True)):  # fmt: skip
        assert bool(WANTS_NUMBER.search(words)) is router, words
        assert bool(FIGURE_ASKED.search(words)) is figure, words


@pytest.mark.parametrize(
    "question",
    [
        "Báo cáo nói gì về dịch vụ công mức độ 4 của Tuyên Quang?",
        "What does the Dong Thap report say about online dossiers?",
    ],
)
def test_what_a_report_says_about_a_topic_is_no_summary(question: str) -> None:
    # "… nói gì về X": a question about X, not the whole report.
    assert not is_summary(parse_query(question))


def test_a_threshold_of_the_maximum_score_is_no_score_asked() -> None:
    # "điểm tối đa" says what the share is of: the question lists the areas above it
    assert is_list(parse_query("nhung chi tieu nao dat tren 80% diem toi da nam 2023"))
    assert is_list(parse_query("Những tiêu chí nào đạt trên 85% điểm tối đa?"))
    assert not is_list(parse_query("Tỉnh đạt bao nhiêu điểm tối đa?"))


@pytest.mark.parametrize(
    "question",
    [
        "the approval rates of paper and online filings in Bình Phước",
        "what shares of the grant did the two districts use",
        "compare the percentages of communes with and without Wi-Fi",
    ],
)
def test_a_share_asked_in_the_plural_is_a_share(question: str) -> None:
    assert WANTS_PERCENT.search(parse_query(question).folded)


def test_work_ahead_described_is_the_tasks_section() -> None:
    for text in (
        "Which forward-looking measures does the Quảng Nam report list?",
        "what upcoming work is planned in the province's report",
        "What does the department commit itself to for the next year?",
        "tinh se trien khai nhung viec gi trong nam toi",
        "Những nhiệm vụ cải cách trọng tâm nào được nêu?",
    ):
        assert "tasks" in section_kinds(parse_query(text)), text


def test_results_questions_stay_results() -> None:
    assert "tasks" not in section_kinds(parse_query("Kết quả cải cách thể chế năm 2022 thế nào?"))


@pytest.mark.parametrize(
    "question",
    [
        "Lam Dong and Ca Mau on the digital transformation index: how did they fare, their rankings?",
        "Lam Dong versus Ca Mau on the satisfaction index: their scores?",
    ],
)
def test_ranks_or_scores_asked_in_the_plural_ask_figures_of_each_side(question: str) -> None:
    # how two provinces fared alone asks a report's results; the rankings or scores asked of
    # both make it a comparison of their figures
    assert read_intent(parse_query(question)).intent is Intent.COMPARISON
