"""What the question counts, and whether the chosen passage says it: an English counted
phrase read through the glossary and the domain lexicon. Our own wordings."""

from __future__ import annotations

from bot.extractive.question import _asked_parts, _counts_other, _english_counted, _rate_units
from core.query import parse_query, terms_named
from tests.helpers.mini_index import ask, mini_index


def _counted(question: str) -> tuple[frozenset[str], ...]:
    return _english_counted(parse_query(question))


def test_terms_are_named_in_the_reports_words() -> None:
    assert "dich vu cong" in terms_named("public services")
    assert "muc do 4" in terms_named("level 4")
    assert not terms_named("doctors")


def test_each_counted_word_carries_the_report_wordings_of_its_terms() -> None:
    entries = _counted("How many level 3 public services does Tuyen Quang provide?")
    assert entries
    assert all(entries)  # every counted word is covered
    assert any("dich vu cong" in e for e in entries)


def test_an_unknown_plural_noun_is_counted_as_unsaid() -> None:
    # the phrase ends at the auxiliary verb: "recruited" is not what is counted
    assert _counted("How many doctors were recruited in Hai Duong in 2022?") == (frozenset(),)


def test_uncovered_words_that_are_not_plural_nouns_are_left_out() -> None:
    # "work" is a verb here: never an unknown counted thing (it reads with "people")
    entries = _counted("How many people work at the one-stop office?")
    assert entries
    assert all(entries)
    # "doctors" is unknown to the lexicon: its entry is empty
    assert frozenset() in _counted("How many doctors work in the district?")


def test_a_vietnamese_question_has_no_english_counted_phrase() -> None:
    assert _counted("Năm 2022 Hải Dương tuyển dụng bao nhiêu giáo viên?") == ()


def test_a_rate_is_of_what_it_names() -> None:
    # the words before "rate" name what it is a rate of; none of them is a report term here
    assert _counted("What is the unemployment rate in Hai Duong?") == (frozenset(),)
    # "percentage of X": X is what is counted
    entries = _counted("What percentage of online dossiers did Ha Tinh receive?")
    assert entries
    assert all(entries)


def test_a_vietnamese_share_names_its_words_without_the_province() -> None:
    q = parse_query("Tỷ lệ hài lòng của người dân Hải Dương năm 2022?")
    assert {"hai", "long", "nguoi"} <= _rate_units(q)  # "hài lòng", not the "Hải" of the name
    assert "duong" not in _rate_units(q)


def test_a_part_cut_by_the_counted_words_window_is_read_whole() -> None:
    from bot.extractive.question import part_cut
    from bot.extractive.scorer import ClauseScorer

    assert part_cut(["ho", "so", "qua"], ["han"]) == ("han",)
    assert part_cut(["ho", "so", "qua"], ["nhieu"]) == ()
    assert "han" in ClauseScorer._units(parse_query("Tuyên Quang có bao nhiêu hồ sơ quá hạn?"))


def test_a_staff_word_is_counted_in_the_reports_wording() -> None:
    from bot.extractive.scorer import ClauseScorer

    units = ClauseScorer._units(parse_query("Tuyên Quang đã cắt bao nhiêu đầu mối trong năm?"))
    assert "chuc" in units  # "tổ chức", as the reports write the units cut
    assert not {"dau", "moi"} & units


def test_within_the_deadline_is_a_part_like_overdue() -> None:
    from bot.extractive.question import _asked_parts

    q = parse_query("dong thap co bao nhieu ho so dang giai quyet trong han")
    assert ("trong", "han") in _asked_parts(q)


def test_a_part_said_within_a_longer_part_asked_is_not_asked() -> None:
    assert _asked_parts(parse_query("kinh phí không tự chủ là bao nhiêu")) == (
        ("khong", "tu", "chu"),
    )
    assert _asked_parts(parse_query("kinh phí tự chủ là bao nhiêu")) == (("tu", "chu"),)
    assert _asked_parts(parse_query("tổng thu ngân sách")) == (("thu", "ngan", "sach"),)


def test_dong_is_what_an_asked_amount_of_money_is_counted_in() -> None:
    assert not _counts_other("dong", frozenset({"kinh", "phi", "khong", "tu", "chu"}))
    assert _counts_other("dong", frozenset({"ho", "so"}))  # "bao nhiêu hồ sơ": not money


def test_how_many_of_the_counts_what_follows() -> None:
    # "how many of the legal documents …": "of the" is no end of the counted phrase
    entries = _counted("How many of the legal documents were found to have errors?")
    assert any("van ban" in e for e in entries)


def test_the_counted_noun_may_come_before_how_many() -> None:
    # "Of the procedures …, how many are handled …": what is counted is named first
    entries = _counted("Of the sector procedures in Hai Duong, how many are handled at the centre?")
    assert any("thu tuc" in e for e in entries)
    # "…, how many were cadres and civil servants": the part asked is named after the verb
    entries = _counted("Of those downsized in 2022, how many were cadres and civil servants?")
    assert any("cong chuc" in e for e in entries)
    assert _counted("How many were received online?") == ()


def test_a_dossiers_state_in_english_with_any_determiner_is_asked() -> None:
    from bot.extractive.parts_said import asked_parts

    # "their"/"its" or no determiner before the deadline; "were late" after a verb
    for question, part in (("How many permits in Binh Duong went past their deadline?",
                            ("qua", "han")),
                           ("How many land files are still within their time limit?",
                            ("trong", "han")),
                           ("How many certificates delivered by post were late?",
                            ("qua", "han")),
                           ("How many land files is the district currently processing?",
                            ("dang", "giai", "quyet"))):  # fmt: skip
        assert part in asked_parts(parse_query(question)), question


_RECEIVED = """BÁO CÁO
Kết quả cải cách hành chính quý II năm 2023

II. KẾT QUẢ THỰC HIỆN

6. Hiện đại hóa hành chính

Theo thống kê trên Cổng dịch vụ công của tỉnh, từ ngày 01/3/2023 đến ngày 31/5/2023, tổng số hồ sơ tiếp nhận thực hiện TTHC là: 12.345 hồ sơ (trong đó: dịch vụ công mức độ 3 là 4.000 hồ sơ, dịch vụ công mức độ 4 là 8.345 hồ sơ), số hồ sơ đã giải quyết là 11.002 hồ sơ.
"""


def test_dossiers_submitted_are_the_dossiers_received() -> None:
    # "hồ sơ nộp" (submitted) is what the report counts as "hồ sơ tiếp nhận" (received)
    index = mini_index(_RECEIVED)
    assert ask(index, "co bao nhieu ho so nop theo dich vu cong muc do 4?").figure == "8.345"
    assert ask(index, "bao nhiêu hồ sơ nộp qua dịch vụ công mức độ 3?").figure == "4.000"
