"""Lists a clause announces inside a longer sentence: "như" after a colon, quoted titles."""

from __future__ import annotations

from bot.list_find import enumerations


def test_such_as_announces_its_list_in_a_sentence_a_colon_opened() -> None:
    # the colon opens a semicolon series of remarks; the list is the one "như" announces in
    # its second piece, and it ends before the verb the last item runs on with ("được …")
    found = enumerations(
        "Triển khai có hiệu quả nhiệm vụ cải cách TTHC, thể hiện: Quan tâm, chú trọng công tác "
        "chỉ đạo, điều hành có nhiều chuyển biến tích cực; các nhiệm vụ chuyên môn như việc "
        "đánh giá tác động TTHC, rà soát, đơn giản hóa TTHC, công bố, công khai thủ tục hành "
        "chính được các cơ quan, đơn vị, địa phương quan tâm thực hiện; công tác tuyên truyền "
        "được quan tâm."
    )
    assert [
        "việc đánh giá tác động TTHC", "rà soát", "đơn giản hóa TTHC",
        "công bố, công khai thủ tục hành chính",
    ] in found  # fmt: skip


def test_quoted_titles_in_a_row_are_a_list() -> None:
    # two names in quotation marks, parted by a comma, whatever commas they hold themselves
    found = enumerations(
        "Duy trì có hiệu quả chuyên mục “Doanh nghiệp hỏi, cơ quan nhà nước trả lời”, “Tư vấn "
        "hỗ trợ pháp lý doanh nghiệp” kịp thời trả lời các thắc mắc của doanh nghiệp."
    )
    assert ["Doanh nghiệp hỏi, cơ quan nhà nước trả lời", "Tư vấn hỗ trợ pháp lý doanh nghiệp"] in (
        found
    )
    # one quoted name is a name, no list
    assert not any(
        "Cải cách hành chính" in items
        for items in enumerations("Chương trình “Cải cách hành chính” phát 02 số mỗi tháng.")
    )
