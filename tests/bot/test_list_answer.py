"""List answers over the real seed index, and enumeration reading on sentences: the passage
that lists the asked kind of thing, exactly its items, each cited."""

from __future__ import annotations

import re

from bot.answer import AnswerService
from bot.intents_types import is_list, section_kind
from bot.list_answer import activity, head_words
from bot.list_find import block_lists, enumerations, outside_split
from bot.list_items import digits_read, lead_dropped, split_items
from bot.list_kinds import asked_kind
from bot.structure import paragraphs
from core.query import parse_query
from core.text import fold
from index.chunk import Chunk
from tests.helpers.typed import (
    assert_items_cited,
    assert_quotes_at_lines,
    assert_restored,
    body,
    bullets,
)

HT22 = "000_e698a6639bf0946b"
HT19 = "001_cfc09c4d7094a6ed"
TQ = "002_e5e7f1c560f345ee"
HD = "004_b819450d24d342ba"


def items(ans_bullets: list[str]) -> list[str]:
    """The bullets' texts without the marker and the citation."""
    return [re.sub(r"^- |\s*\[\d+\]$", "", b) for b in ans_bullets]


def test_enumeration_after_colon_with_semicolons() -> None:
    found = enumerations("Hệ thống gồm 3 phân hệ: Phân hệ A và B; Phân hệ C; Phân hệ D.")
    assert ["Phân hệ A và B", "Phân hệ C", "Phân hệ D"] in found


def test_enumeration_in_brackets() -> None:
    found = enumerations("Một số xã chưa dùng phần mềm (Vũ Quang, Kỳ Anh, Lộc Hà, ...).")
    assert ["Vũ Quang", "Kỳ Anh", "Lộc Hà"] in found


def test_enumeration_run_after_a_lead_clause() -> None:
    found = enumerations(
        "Đã kiểm tra văn bản do HĐND và UBND thị xã Kinh Môn và các huyện Bình Giang, "
        "Cẩm Giàng, Nam Sách."
    )
    assert any({"Cẩm Giàng", "Nam Sách"} <= set(f) for f in found)
    assert all("Đã kiểm tra" not in item for f in found for item in f)
    # the place the lead clause ends on is an item of the run
    assert any("thị xã Kinh Môn" in f for f in found)


def test_a_run_after_a_two_word_noun_starts_at_the_first_name() -> None:
    # "… bằng các phần mềm I-Office, TDOoffice, …": the noun after "các" has two words; the
    # list starts at the name after it.
    found = enumerations(
        "Hoạt động được kết nối liên thông bằng các phần mềm I-Office, TDOoffice, hệ thống gửi "
        "nhận văn bản, theo dõi ý kiến chỉ đạo và trang điều hành tác nghiệp của tỉnh."
    )
    assert any(f[:2] == ["I-Office", "TDOoffice"] for f in found), found


def test_a_semicolon_series_first_item_without_its_lead_in() -> None:
    # "… bài viết như A; B; C" and "… trong 6 tháng đầu năm A; B; C" (titles): the first item
    # is the title, not the clause that announces the series.
    for lead in ("Báo Hà Tĩnh đăng nhiều bài viết như", "Báo đăng bài trong 6 tháng đầu năm"):
        found = enumerations(
            f"{lead} Cải cách hành chính năm 2021; Lấy sự hài lòng làm thước đo; Gắn chuyển "
            "đổi số với hiện đại hóa."
        )
        assert found, lead
        assert found[0][0] == "Cải cách hành chính năm 2021", found


def test_counted_items_in_brackets_after_of_which() -> None:
    # "(trong đó có 01 lãnh đạo, 01 chuyên viên, từ 5 - 7 công chức, 04 chiến sỹ Công an cấp
    # huyện và 02 công chức của Bảo hiểm xã hội cấp huyện)": "trong đó có" leads in, and "và"
    # joins two counted items however long.
    found = enumerations(
        "Nhân sự làm việc tại Bộ phận Một cửa cấp huyện gồm có từ 12 - 14 cán bộ, công chức "
        "(trong đó có 01 lãnh đạo, 01 chuyên viên, từ 5 - 7 công chức, 04 chiến sỹ Công an cấp "
        "huyện và 02 công chức của Bảo hiểm xã hội cấp huyện)."
    )
    assert [
        "01 lãnh đạo", "01 chuyên viên", "từ 5 - 7 công chức", "04 chiến sỹ Công an cấp huyện",
        "02 công chức của Bảo hiểm xã hội cấp huyện",
    ] in found, found  # fmt: skip


def test_prose_is_no_list() -> None:
    assert enumerations("Tỉnh đã hoàn thành kế hoạch đề ra trong năm.") == []


def test_list_ends_where_the_sentence_goes_on() -> None:
    # after an ellipsis, and after a last item that runs on with a verb
    (found,) = enumerations(
        "Các hệ thống: Công báo điện tử; Điều hành tác nghiệp; Thư điện tử của tỉnh; Theo dõi "
        "YKCĐ tiếp tục phát huy hiệu quả, hỗ trợ tốt cho công tác CCHC."
    )
    assert found[-1] == "Theo dõi YKCĐ"
    (found,) = enumerations(
        "các phần mềm như: tài chính - kế toán, quản lý tài sản, giải quyết khiếu nại, tố "
        "cáo... cũng đang được ứng dụng rộng rãi tại các đơn vị, phát huy hiệu quả."
    )
    assert found == ["tài chính - kế toán", "quản lý tài sản", "giải quyết khiếu nại, tố cáo"]


def test_and_splits_items_not_names() -> None:
    (found,) = enumerations(
        "Triển khai trong các lĩnh vực: Giáo dục, Y tế, Nông nghiệp và Phát triển nông thôn, "
        "Tài nguyên và Môi trường."
    )
    assert found[-1] == "Tài nguyên và Môi trường"
    (found,) = enumerations(
        "kết nối với một số cơ sở dữ liệu như: dữ liệu về dân cư, đăng ký kinh doanh, lý lịch "
        "tư pháp và hộ tịch điện tử; hệ thống VNPOST về tiếp nhận hồ sơ; tích hợp nghĩa vụ tài "
        "chính đất đai; góp phần đồng bộ việc tổ chức."
    )
    assert found == ["dữ liệu về dân cư", "đăng ký kinh doanh", "lý lịch tư pháp",
                     "hộ tịch điện tử"]  # fmt: skip


def test_semicolon_series_after_a_colon_keeps_its_first_item() -> None:
    (found,) = enumerations(
        "Bồi dưỡng cán bộ cấp xã như: Tổ chức, thực hiện mở lớp bồi dưỡng cán bộ, công chức cấp "
        "xã theo Chương trình mục tiêu quốc gia giai đoạn 2021-2025; lớp bồi dưỡng công tác "
        "thanh niên; lớp bồi dưỡng văn hóa công vụ năm 2022."
    )
    assert len(found) == 3
    assert found[0].startswith("Tổ chức, thực hiện mở lớp")


def test_two_verbs_sharing_their_object_are_one_item() -> None:
    (found,) = enumerations(
        "trên phần mềm chuyên ngành như: Cấp đổi, cấp lại giấy phép lái xe, đăng ký kinh doanh "
        "và cấp phiếu lý lịch tư pháp."
    )
    assert found == [
        "Cấp đổi, cấp lại giấy phép lái xe",
        "đăng ký kinh doanh",
        "cấp phiếu lý lịch tư pháp",
    ]


def test_numbers_are_no_named_things() -> None:
    # a breakdown of counts after colons is not a list of things
    assert enumerations("Có 96 TTHC (trong đó tại Trung tâm: 37, tại cấp huyện: 45).") == []
    # nor a sentence of shares cut at its commas
    shares = "100% cán bộ, công chức cấp tỉnh, cấp huyện, 90% cán bộ, công chức cấp xã dùng thư."
    assert not any(any("%" in i for i in items) for items in enumerations(shares))


def test_what_the_question_asks_to_list() -> None:
    assert head_words(parse_query("Những huyện, thị xã nào được kiểm tra?"))[:2] == [
        "huyen",
        "thi",
    ]
    assert "phan" in head_words(parse_query("Which subsystems does the IOC include?"))
    # "which districts' legal documents": the districts are listed, not the documents
    assert "huyen" in head_words(parse_query("Which districts' legal documents were checked?"))
    # the English head noun comes last, after its modifiers
    head = head_words(parse_query("Which new administrative procedure reform models are used?"))
    assert head[:2] == ["mo", "hinh"]
    # a head noun only the lexicon translates still comes first, and names the class asked
    head = head_words(parse_query("Which security training documents did the office send?"))
    assert head[:2] == ["van", "ban"]
    assert asked_kind(head) == "doc"
    # a long head noun phrase ("những cơ sở dữ liệu quốc gia và chuyên ngành nào": 9 words)
    long = parse_query("Hệ thống đã kết nối với những cơ sở dữ liệu quốc gia và chuyên ngành nào?")
    assert is_list(long)
    assert head_words(long)[:4] == ["co", "so", "du", "lieu"]  # "cơ sở" keeps its "cơ"


def test_list_questions_are_read_as_lists() -> None:
    for text in (
        "Sở TT&TT Hà Tĩnh đã tham mưu ban hành những văn bản nào?",  # 'Sở', not 'số'
        "liet ke cac he thong dung chung cua Tuyen Quang",
        "What documents did Tuyen Quang advise the province to issue?",
        "Những thủ tục hành chính nào có số lượng hồ sơ trực tuyến lớn?",
        "Các trung tâm có những trang thiết bị, phần mềm hiện đại nào?",
    ):
        q = parse_query(text)
        assert is_list(q), text
        assert section_kind(q) is None, text  # "to issue" names no problem
    assert not is_list(parse_query("Những huyện nào có bao nhiêu hồ sơ?"))


def test_which_systems(service: AnswerService) -> None:
    ans = service.answer(
        "Trung tâm tích hợp dữ liệu Tuyên Quang duy trì những hệ thống dùng chung nào?"
    )
    assert not ans.abstained
    assert ans.citations[0].report_id == TQ
    listed = bullets(ans)
    assert len(listed) >= 3
    assert any("thư điện tử" in i for i in listed)  # restored ("thu dién tir" in the OCR)
    assert_items_cited(ans)
    assert_restored(ans)
    assert_quotes_at_lines(ans.citations)


def test_which_sectors_no_diacritics(service: AnswerService) -> None:
    ans = service.answer("nhung nganh nao cua ha tinh co he thong csdl chuyen nganh nam 2019")
    assert ans.citations[0].report_id == HT19
    listed = items(bullets(ans))
    assert any("Tài chính" in i for i in listed)
    assert any("Tư pháp" in i for i in listed)
    # the list of sectors, not the software fields listed in the next brackets
    assert not any("quản lý" in i for i in listed)
    assert_items_cited(ans)


def test_documents_listed_exactly(service: AnswerService) -> None:
    ans = service.answer(
        "Sở TT&TT Hà Tĩnh đã tham mưu ban hành những văn bản nào trong quý II năm 2022?"
    )
    assert {c.report_id for c in ans.citations} == {HT22}
    listed = items(bullets(ans))
    assert len(listed) == 8
    # every item is a document with its number; a date a stray ';' cut off stays with it
    assert all(re.search(r"\d+/[A-ZĐ]", i) for i in listed), listed
    assert not any(fold(i).startswith("ngay") for i in listed)
    # "… và nhiều văn bản chỉ đạo khác" closes the list; it is no part of the last item
    assert "khác" not in listed[-1]
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)


def test_list_stops_at_the_enumeration_end(service: AnswerService) -> None:
    ans = service.answer(
        "Những cơ sở dữ liệu nào đã được tích hợp, kết nối với Hệ thống thông tin giải quyết "
        "thủ tục hành chính tỉnh Hải Dương?"
    )
    listed = [fold(i) for i in items(bullets(ans))]
    assert len(listed) == 4, listed
    assert any("dan cu" in i for i in listed)
    assert any("ho tich" in i for i in listed)
    # what follows the list in the sentence is not an item
    assert not any("vnpost" in i or "gop phan" in i for i in listed)
    assert_items_cited(ans)


def test_english_head_noun_finds_the_list(service: AnswerService) -> None:
    ans = service.answer(
        "Which subsystems does Ha Tinh's intelligent operations centre (IOC) include?"
    )
    listed = items(bullets(ans))
    assert len(listed) == 7
    assert all(fold(i).startswith(("phan he", "phian he")) for i in listed), listed
    assert ans.citations[0].report_id == HT22
    assert_restored(ans)


def test_a_list_of_things_before_a_section(service: AnswerService) -> None:
    # "prioritise" names a section of next tasks, but the question asks which sectors
    ans = service.answer("Which sectors will Ha Tinh prioritise for digital transformation tasks?")
    listed = [fold(i) for i in items(bullets(ans))]
    assert len(listed) == 6, listed
    assert {"giao duc", "du lich", "xay dung"} <= set(listed)


def test_list_ends_at_an_ellipsis(service: AnswerService) -> None:
    ans = service.answer(
        "liet ke cac he thong dung chung ma cac co quan nha nuoc Tuyen Quang dang su dung"
    )
    listed = items(bullets(ans))
    assert len(listed) == 4
    assert all(fold(i).startswith("he thong") for i in listed), listed
    assert "phục vụ" not in listed[-1]  # "…,... để phục vụ công tác chỉ đạo" goes on


def test_places_a_clause_ends_on(service: AnswerService) -> None:
    ans = service.answer(
        "Hải Dương đã kiểm tra công tác theo dõi thi hành pháp luật tại những đơn vị nào?"
    )
    listed = [fold(i) for i in items(bullets(ans))]
    assert listed == ["huyen binh giang", "thanh pho chi linh", "cac so, nganh"], listed


def test_block_list_cites_each_item_at_its_lines(service: AnswerService) -> None:
    ans = service.answer(
        "Trong quý I năm 2019 Hà Tĩnh đã ban hành những văn bản nào về ứng dụng CNTT?"
    )
    listed = items(bullets(ans))
    assert len(listed) == 3
    assert all(re.search(r"\d+/", i) for i in listed)
    assert len(ans.citations) == 3
    assert len({c.line_start for c in ans.citations}) == 3
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)


def test_a_list_about_something_else_is_no_answer(service: AnswerService) -> None:
    # Places are listed in the reports, but none about the asked matter (a smart-city scheme):
    # no list of other places; the two localities the scheme's sentence names answer (the
    # places a sentence names by their kind, `list_find.places_named`), cited at it.
    ans = service.answer("nhung dia phuong nao o ha tinh dang chuan bi de an do thi thong minh")
    assert [fold(b) for b in items(bullets(ans))] == ["ubnd thanh pho ha tinh", "ubnd thi xa ky anh"]
    assert any("thong minh" in fold(c.quote) for c in ans.citations)


def test_a_block_list_item_may_run_on_into_unmarked_paragraphs(service: AnswerService) -> None:
    # "Các cơ quan thông tấn, báo chí …:" then "- Đài Phát thanh …", two unmarked paragraphs
    # that go on about its programmes, "- Báo Hà Tĩnh …", "- Báo chí Trung ương …", "- Các tạp
    # chí …": one list of four outlets, not the programme names inside the first one's text.
    ans = service.answer("Cac co quan bao chi nao tuyen truyen CCHC o Ha Tinh quy 1 2019?")
    listed = [fold(i) for i in items(bullets(ans))]
    assert len(listed) == 4, listed
    for outlet in ("dai phat thanh", "bao ha tinh", "bao chi trung uong", "cac tap chi"):
        assert any(i.startswith(outlet) for i in listed), (outlet, listed)
    assert {c.report_id for c in ans.citations} == {HT19}
    assert_quotes_at_lines(ans.citations)


def test_a_bare_which_names_the_list_it_announces(service: AnswerService) -> None:
    # "… trên mạng xã hội nào?" (no "những/các"): the report's "mạng xã hội (facebook,
    # zalo...)" is the list that phrase announces; a bare "nào" after a kind no list is
    # announced by ("kênh nào" here) gets no list.
    ans = service.answer("Hà Tĩnh tuyên truyền CCHC trên mạng xã hội nào?")
    assert [fold(i) for i in items(bullets(ans))] == ["facebook", "zalo"]
    assert {c.report_id for c in ans.citations} == {HT19}
    assert_quotes_at_lines(ans.citations)
    other = service.answer("Hải Dương phổ biến pháp luật qua kênh nào?")
    assert not bullets(other) or "mục được nêu" not in body(other)


def test_kinds_named_before_gi_or_after_loai() -> None:
    # "về những lĩnh vực gì": a kind of thing asked with "gì", not only "nào"
    q = parse_query("Tờ rơi hướng dẫn người dân về những thủ tục gì?")
    assert is_list(q)
    assert head_words(q)[:2] == ["thu", "tuc"]
    # "những loại giấy phép nào": the permits are listed, "loại" is no kind of thing
    assert head_words(parse_query("Tỉnh đã cấp những loại giấy phép nào?"))[:2] == ["giay", "phep"]
    assert head_words(parse_query("Which kinds of permits were issued?"))[:2] == ["giay", "phep"]
    # an English noun the glossary lacks: "channels" is "kênh"
    assert head_words(parse_query("Which channels does the province use?")) == ["kenh"]


def test_column_is_no_level() -> None:
    # "chuyên mục nào" (which columns) is a list; "mức nào" (which level) asks a figure
    assert is_list(parse_query("Báo tỉnh đăng tin trên những chuyên mục nào?"))
    assert not is_list(parse_query("Dịch vụ này đạt mức nào?"))


def test_what_plural_noun_then_a_preposition_is_a_list() -> None:
    assert is_list(parse_query("What new schemes for farmers is the province running?"))
    assert not is_list(parse_query("What share of dossiers is filed online?"))


def test_of_which_with_a_colon_opens_the_list() -> None:
    # "trong đó:" as OCR reads it ("trong d6:")
    found = enumerations(
        "Đã cấp 900 thẻ (trong d6: thẻ cá nhân là 500; thẻ tổ chức là 300; thẻ khác là 100)."
    )
    assert ["thẻ cá nhân là 500", "thẻ tổ chức là 300", "thẻ khác là 100"] in found


def test_a_run_starts_after_its_lead_word() -> None:
    # "… quy định về | an toàn thực phẩm, giao thông, …": the first item follows "về"
    found = enumerations(
        "Các xã đã phát hành 500 tờ rơi hướng dẫn quy định về an toàn thực phẩm, giao thông, "
        "môi trường, xây dựng nhà ở."
    )
    assert ["an toàn thực phẩm", "giao thông", "môi trường", "xây dựng nhà ở"] in found


def test_items_after_such_as() -> None:
    # "như A, B và C" without a colon announces a list; "cũng như" does not
    found = enumerations(
        "Sở tăng cường tuyên truyền qua việc dùng các ứng dụng như Thi tìm hiểu pháp luật trực "
        "tuyến, Facebook, Zalo và Đài truyền thanh xã; đồng thời biên soạn tài liệu."
    )
    # the list ends with its clause (at ";"), led by "như"
    assert ["Thi tìm hiểu pháp luật trực tuyến", "Facebook", "Zalo và Đài truyền thanh xã"] in found


def test_and_parts_two_longer_lowercase_items() -> None:
    found = enumerations(
        "Các phần mềm I-Office, TDOffice, hệ thống gửi nhận văn bản, theo dõi ý kiến chỉ đạo và "
        "trang điều hành tác nghiệp của tỉnh."
    )
    assert any(
        items[-2:] == ["theo dõi ý kiến chỉ đạo", "trang điều hành tác nghiệp của tỉnh"]
        for items in found
    )


def test_items_done_are_no_named_things() -> None:
    assert activity("- Phối hợp với Hội Phụ nữ tổ chức tổng kết")
    assert activity("+ Phéi hop véi Hội Phụ nữ")  # OCR spelling, one letter off
    assert not activity("- Đài Phát thanh và Truyền hình tỉnh")


def test_a_block_list_stops_at_the_recipients() -> None:
    text = "Đề nghị Bộ sớm hướng dẫn:\n- Hướng dẫn vị trí việc làm.\n- Hướng dẫn định mức.\n"
    text += "Nơi nhận:\n- Bộ Nội vụ;\n- Lưu: VT."
    chunk = Chunk("c0", "r", 0, "V. KIẾN NGHỊ", text, 1, 6)
    found = block_lists(paragraphs(chunk))
    assert [[p.text for p in under] for _, under in found] == [
        ["- Hướng dẫn vị trí việc làm.", "- Hướng dẫn định mức."]
    ]


def test_what_a_section_names_is_no_kind_of_thing() -> None:
    # "kiến nghị các bộ ngành những gì": "các bộ ngành" is who is asked, not what is listed
    assert head_words(parse_query("Tỉnh kiến nghị Bộ Nội vụ và các bộ ngành những gì?")) == []


def test_a_word_read_with_a_digit_is_spelled_as_its_paragraph_spells_it() -> None:
    context = "các mô hình mới: M6 hình một cửa; M6 hình số hóa; Mô hình hẹn giờ tại nhà"
    assert digits_read("M6 hình một cửa", context) == "Mô hình một cửa"
    # figures and codes stay as they are when the paragraph has no such word
    assert digits_read("đạt 1.044 hồ sơ qua mạng 4G", context) == "đạt 1.044 hồ sơ qua mạng 4G"


def test_listed_items_read_as_restored_vietnamese(service: AnswerService) -> None:
    ans = service.answer("Đồng Tháp đang triển khai những mô hình mới nào trong cải cách TTHC?")
    listed = bullets(ans)
    assert listed, ans.text
    # no "M6 hình" (a letter read as a digit) where the paragraph spells "Mô hình"
    assert not any(re.search(r"\b[^\W\d_]+\d\b", i) for i in listed), listed


def test_which_documents_is_answered_by_documents(service: AnswerService) -> None:
    # the block list of things done ("Tham mưu …", "Rà soát …") and the agencies' list are
    # no answer to "which documents": the list of decisions and plans is
    ans = service.answer(
        "Which documents did Ha Tinh's Department of Information and Communications advise the "
        "province to issue in the first half of 2022 to build e-government?"
    )
    listed = items(bullets(ans))
    assert len(listed) >= 5, ans.text
    assert all(re.search(r"\d+/", i) for i in listed), listed
    assert_items_cited(ans)
    assert activity("Rà soát, xây dựng danh mục")  # the comma after the verb


def test_no_items_cut_inside_quotation_marks() -> None:
    # the name of a scheme in quotes is one thing, whatever commas it holds
    assert split_items("Sở trình Đề án “Sắp xếp các phòng, ban, đơn vị trực thuộc”") == [
        "Sở trình Đề án “Sắp xếp các phòng, ban, đơn vị trực thuộc”"
    ]


def test_a_list_opening_inside_a_bracket_starts_there() -> None:
    assert lead_dropped(["đạt 55% (trong đó: 12 thủ tục cấp tỉnh", "6 cấp huyện", "3 cấp xã"]) == [
        "12 thủ tục cấp tỉnh",
        "6 cấp huyện",
        "3 cấp xã",
    ]


def test_two_semicolon_pieces_and_a_parallel_and_are_three_items() -> None:
    found = enumerations(
        "Về bổ nhiệm: Đã bổ nhiệm 01 viên chức làm Phó Giám đốc Trung tâm; bổ nhiệm 01 công "
        "chức làm Trưởng phòng Kinh tế và bổ nhiệm 01 Trưởng phòng Tổng hợp."
    )
    assert [
        "Đã bổ nhiệm 01 viên chức làm Phó Giám đốc Trung tâm",
        "bổ nhiệm 01 công chức làm Trưởng phòng Kinh tế",
        "bổ nhiệm 01 Trưởng phòng Tổng hợp",
    ] in found


def test_the_added_model_is_listed_and_cited(service: AnswerService) -> None:
    ans = service.answer("Văn phòng UBND tỉnh Đồng Tháp đang triển khai những mô hình mới nào?")
    assert any("Phiếu điện tử" in b for b in bullets(ans)), ans.text
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)


def test_a_list_question_no_passage_lists_gets_items_not_a_figure(service: AnswerService) -> None:
    # "những chức danh nào": no enumeration names them as asked; the answer is a cited list of
    # the part's items, never a figure in bold for a question that asks none
    ans = service.answer("Văn phòng UBND Đồng Tháp đã bổ nhiệm những chức danh nào trong quý III?")
    assert not re.search(r"\*\*\d[\d.,%]*\*\*", ans.text), ans.text  # no figure stated
    assert bullets(ans), ans.text
    assert_items_cited(ans)


def test_semicolons_inside_a_bracket_belong_to_its_list() -> None:
    assert outside_split("a: 3 (trong đó: x; y; z); b: 4 (trong đó: u; v)") == [
        "a: 3 (trong đó: x; y; z)",
        " b: 4 (trong đó: u; v)",
    ]


def test_a_series_of_counted_items_starts_at_the_first_count() -> None:
    found = enumerations("Hiện nay có 20 sở, ban, ngành; 07 huyện, thành phố; 138 xã thực hiện.")
    assert any(items[0] == "20 sở, ban, ngành" for items in found), found
