"""A figure that counts another thing than the question asks to count is "not found"
(bot/counted.py, AnswerService)."""

from __future__ import annotations

import pytest

from bot import counted
from bot.answer import AnswerService


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("hai duong tiep nhan bao nhieu ho so truc tuyen", "ho so"),
        ("tuyen quang co bao nhieu tthc", "thu tuc"),  # an abbreviation, as its words
        ("dong thap co bao nhieu can bo, cong chuc", "can bo"),
        ("ty le giai quyet dung han la bao nhieu", ""),  # a share: no count noun
        # English, as the reports' Vietnamese noun, adjectives between
        ("how many level-3 online public services does hai duong offer", "dich vu"),
        ("how many administrative procedures does tuyen quang have", "thu tuc"),
        # a question opening on "Số" and a count noun asks that count; "Sở …" names none
        ("so ho so dich vu cong muc do 4 cap huyen la bao nhieu", "ho so"),
        ("so noi vu co bao nhieu can bo", "can bo"),
        ("so don vi phoi hop la bao nhieu", ""),  # "số đơn vị" names no thing
        ("so dong thoi cong bo tin bai la bao nhieu", ""),  # "số đồng thời", no amount
        ("so hs cap huyen tiep nhan quy 2", "ho so"),  # staff's "HS" for hồ sơ
        # four words between "how many" and the noun once "level-4" is "level 4"
        ("how many level 4 online public services did the province run", "dich vu"),
        ("how many leaders sit on the board", "lanh dao"),
    ],
)
def test_asked_noun(question: str, noun: str) -> None:
    assert counted.asked_noun(question) == noun


@pytest.mark.parametrize(
    ("sentence", "figure", "nouns"),
    [
        (
            "tiếp nhận, luân chuyển hồ sơ trên 02 hệ thống phần mềm: Một là",
            "02",
            ["he thong", "phan mem"],
        ),
        ("Đã bổ nhiệm 01 viên chức giữ chức vụ Phó Giám đốc", "01", ["vien chuc"]),
        ("cấp tỉnh: 1.409 thủ tục, cấp huyện: 275 thủ tục", "275", ["thu tuc"]),
        ("mới tiếp nhận trong kỳ: 184.408 (trực tuyến: 42.360", "184.408", []),  # none after
        ("1.044, đạt tỷ lệ 55,82%", "1.044", []),
    ],
)
def test_figure_nouns(sentence: str, figure: str, nouns: list[str]) -> None:
    assert counted.figure_nouns(sentence, figure) == nouns


def test_other_thing() -> None:
    sentence = "tiếp nhận, luân chuyển hồ sơ trên 02 hệ thống phần mềm"
    assert counted.other_thing("bao nhieu ho so", sentence, "02") == "he thong"
    assert counted.other_thing("bao nhieu he thong", sentence, "02") == ""
    # several things counted together: the asked one among them is enough
    both = "có 12 công chức, viên chức làm việc"
    assert counted.other_thing("bao nhieu vien chuc", both, "12") == ""
    # a share is no count of things, unless a share is what is asked
    leaders = "Hoàn thành cung cấp chứng thư số cho 100% lãnh đạo"
    assert counted.other_thing("how many digital certificates", leaders, "100%") == "%"
    assert counted.other_thing("ty le dvc tren tong so dich vu", "đạt tỷ lệ 12,19%", "12,19%") == ""
    # money asked: an amount is written in đồng, a count of certificates is none
    certs = "đã cấp 1.742 chứng thư số cho các cơ quan"
    assert counted.other_thing("da chi bao nhieu tien", certs, "1.742") == "chung thu"
    budget = "Kinh phí quản lý hành chính được giao: 19.961.000.000 đồng."
    assert counted.other_thing("bao nhieu kinh phi", budget, "19.961.000.000") == ""
    assert counted.other_thing("ho tro bao nhieu dong", "Một cửa 300.000đ/tháng", "300.000") == ""
    # a generic counter counts whatever the clause names
    units = "doanh nghiệp, tổ chức chuyển đổi sử dụng hóa đơn điện tử là: 4.599/4.722 đơn vị"
    assert counted.other_thing("how many businesses", units, "4.599/4.722") == ""


def test_the_last_of_english_count_nouns_is_what_is_counted() -> None:
    # "staff records", "personnel files": records of staff are dossiers (hồ sơ), not people
    assert counted.asked_noun("how many staff records were digitised by june") == "ho so"
    assert counted.asked_noun("number of personnel files kept by the department") == "ho so"
    assert counted.asked_noun("how many business accounts were opened") == "tai khoan"
    assert counted.asked_nouns("how many staff records and how many districts") == [
        "ho so",
        "huyen",
    ]
    files = "số hóa 12.400 hồ sơ cán bộ, công chức"
    assert counted.other_thing("how many staff records were digitised", files, "12.400") == ""


def test_people_asked_are_counted_as_people_cadres_or_employees() -> None:
    # English "staff", "people" are people, whatever the report counts them as
    assert counted.asked_noun("how many staff paid from the state budget") == "nguoi"
    posts = "đơn vị sự nghiệp công lập giao 32.554 người, số có mặt"
    assert counted.other_thing("how many staff paid from the state budget", posts, "32.554") == ""
    centre = "Có 10 công chức, viên chức và người lao động"
    assert counted.other_thing("bao nhieu nguoi lam viec", centre, "10") == ""
    # cadres asked, counted as people ("biên chế … 1.752 người")
    quota = (
        "Biên chế công chức năm 2022 tỉnh được giao 1.858 người; số thực tế có mặt là 1.752 người"
    )
    assert counted.other_thing("how many civil servants were in post", quota, "1.752") == ""
    # still not a count of systems
    systems = "luân chuyển hồ sơ trên 02 hệ thống phần mềm"
    assert counted.other_thing("how many staff", systems, "02") == "he thong"


@pytest.mark.parametrize(
    "question",
    [
        "hai duong tiep nhan bao nhieu ho so truc tuyen nam 2022",
        "Đồng Tháp có bao nhiêu cán bộ, công chức?",
        "How many administrative procedures does Tuyen Quang have in total?",
        "How many digital certificates has Dong Thap issued?",
    ],
)
def test_a_figure_of_another_thing_is_not_found(service: AnswerService, question: str) -> None:
    ans = service.answer(question)
    assert ans.abstained
    assert not ans.figure


def test_the_asked_thing_is_still_answered(service: AnswerService) -> None:
    ans = service.answer("Đồng Tháp có bao nhiêu thủ tục hành chính cấp huyện?")
    assert not ans.abstained
    assert "275" in ans.text


def test_an_item_of_a_breakdown_of_the_asked_thing_counts_it() -> None:
    # "21 văn bản QPPL, trong đó có 14 quyết định …": the decisions are documents
    sentence = "Đã tự kiểm tra 31 văn bản QPPL, trong đó có 19 quyết định QPPL ban hành năm 2021"
    question = "bao nhieu van ban ban hanh nam 2021"
    assert counted.other_thing(question, sentence, "19") == ""
    assert (
        counted.other_thing(question, "UBND tỉnh ban hành 19 quyết định công bố TTHC", "19")
        == "quyet dinh"
    )


def test_a_count_of_a_subgroup_is_no_count_of_the_group() -> None:
    # "01 lãnh đạo … và các công chức chuyên môn": the leaders only, not the unit's staff
    desk = "Tổ tiếp nhận gồm 02 lãnh đạo phòng và các công chức Tư pháp, Địa chính"
    assert counted.other_thing("to tiep nhan co bao nhieu can bo, cong chuc", desk, "02") == (
        "lanh dao"
    )
    assert counted.other_thing("to tiep nhan co bao nhieu lanh dao", desk, "02") == ""
    # the subgroup named in the question is asked
    assert counted.other_thing("co bao nhieu can bo lanh dao", desk, "02") == ""


def test_levels_of_government_are_no_dossiers() -> None:
    linked = "phần mềm liên thông 04 cấp chính quyền từ tỉnh đến xã"
    assert counted.other_thing("so hs cap xa da giai quyet", linked, "04") == "cap chinh quyen"


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        # the label before the colon says what the figure counts
        ("(trong đó: TTHC giải quyết tại cấp tỉnh: 52; cấp xã 8)", "52", "thu tuc"),
        ("Tổng số hồ sơ đã tiếp nhận: 7.310", "7.310", "ho so"),
        # so does a label the figure follows after "là"
        ("đã cấp 900 tài khoản (trong đó: tài khoản của cơ quan là 120; còn lại cá nhân)", "120",
         "tai khoan"),
        ("Cấp huyện là 45", "45", ""),
        # a label naming a level or place says where, not what is counted
        ("Hồ sơ tiếp nhận gồm cấp tỉnh: 210, cấp huyện: 330", "330", ""),
        ("Phân bổ theo đơn vị: Xã Tân Hòa: 12", "12", ""),
        # a noun after the figure wins; no colon, no label
        ("Số lượng TTHC: 96 TTHC", "96", ""),
        ("tiếp nhận thêm 71 trong quý", "71", ""),
    ],
)
def test_label_noun(sentence: str, figure: str, noun: str) -> None:
    assert counted.label_noun(sentence, figure) == noun


def test_a_figure_labelled_with_la_counts_another_thing_than_people_asked() -> None:
    sentence = "đã cấp 900 tài khoản (trong đó: tài khoản của tổ chức là 120; cá nhân là 780)"
    assert counted.other_thing("bao nhieu cong chuc duoc tuyen dung", sentence, "120") == (
        "tai khoan"
    )


def test_a_figure_labelled_with_another_noun_counts_another_thing() -> None:
    sentence = "(trong đó: TTHC giải quyết tại cấp tỉnh: 52; cấp xã 8)"
    assert counted.other_thing("how many dossiers did the province receive", sentence, "52") == (
        "thu tuc"
    )
    assert counted.other_thing("bao nhieu thu tuc", sentence, "52") == ""


def test_labelled() -> None:
    total = "- Tổng số quyết định đã ban hành trong quý: 7 quyết định;"
    assert counted.labelled(total, "7", "quyet dinh")
    event = "- Bồi dưỡng cán bộ, công chức: Cử 04 công chức dự lớp"
    assert not counted.labelled(event, "04", "can bo")


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        # a report's abbreviation said in an English question is its noun, before an English
        # noun further on ("of the ministries' agencies")
        ("how many tthc of the ministries' agencies are done online", "thu tuc"),
        ("how many dvc of the districts reach level 4", "dich vu"),
        # press pieces: "articles", "bài" and "tin" are one thing
        ("how many articles did the radio station post", "tin"),
        ("bao nhieu bai viet duoc dang", "tin"),
        ("how many publications were issued", "an pham"),
    ],
)
def test_asked_noun_equivalents(question: str, noun: str) -> None:
    assert counted.asked_noun(question) == noun


@pytest.mark.parametrize(
    ("question", "sentence", "figure", "other"),
    [
        # the same thing said in another word of the reports: stands
        ("how many articles ran in may", "Báo X đăng 45 tin và ảnh về chủ đề này.", "45", ""),
        ("bao nhieu don vi bi giam", "Đã giảm 9 tổ chức bên trong các cơ quan.", "9", ""),
        ("bao nhieu don vi bi giam", "Đã giảm 4 phòng chuyên môn.", "4", ""),
        ("bao nhieu don vi bi giam", "Đã giảm 9 công chức.", "9", "can bo"),
        ("how many tthc are listed", "Danh mục: 73 thu tuc hanh chinh.", "73", ""),
        # different things still differ
        ("how many articles ran", "Báo X phát hành 3 ấn phẩm.", "3", "an pham"),
        ("how many tthc are listed", "Đã tiếp nhận 73 hồ sơ.", "73", "ho so"),
        # "tin" of "thông tin", "tin học", "tin dùng" and "bãi" of "bãi bỏ", "bãi đỗ" are no
        # press pieces
        ("how many articles ran", "Vận hành 45 hệ thống thông tin dùng chung.", "45", "he thong"),
        ("bao nhieu tin bai duoc dang", "Năm nay có 12 TTHC bãi bỏ.", "12", "thu tuc"),
        ("bao nhieu tin bai duoc dang", "Trang bị 5 phòng tin học.", "5", "phong"),
        ("bao nhieu tin bai duoc dang", "Có 30 doanh nghiệp tin dùng.", "30", "doanh nghiep"),
        ("bao nhieu tin bai duoc dang", "Có 3 xã xây bãi đỗ xe.", "3", "xa"),
    ],
)
def test_equivalent_counted_words(question: str, sentence: str, figure: str, other: str) -> None:
    assert counted.other_thing(question, sentence, figure) == other


def test_a_noun_after_a_copula_and_a_preposition_is_not_what_is_counted() -> None:
    # the things counted are named before "how many"; the firms only say whom they were for
    assert counted.asked_noun("permits granted last spring: how many were for small firms?") == ""
    assert counted.asked_noun("the dossiers: how many were from businesses?") == "ho so"
    assert counted.asked_noun("how many were in the districts") == ""
    # a copula then the noun still counts that noun
    assert counted.asked_noun("how many were officials") == counted.asked_noun("how many officials")
