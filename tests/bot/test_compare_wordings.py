"""Comparisons asked the many ways staff word them: the intent in every wording (Vietnamese
with and without marks, English), each side asked for the same kind of figure (unit, service
level, the head noun of what is counted), timeline and date words kept out of a side's topic,
and a side without that kind of figure said to be missing."""

from __future__ import annotations

import re

import pytest

from bot.answer import AnswerService
from bot.compare_kind import asked_kind
from bot.compare_sides import Side, side_query
from bot.intents import Intent, read_intent
from bot.intents_types import is_comparison
from core.query import parse_query
from core.text import fold, parse_number
from tests.helpers.typed import body


def _rows(ans: object) -> list[list[str]]:
    lines = [line for line in body(ans).splitlines() if line.startswith("| ")]  # type: ignore[arg-type]
    return [[c.strip() for c in r.strip("|").split("|")] for r in lines[1:]]


def _side(rows: list[list[str]], label: str) -> list[str]:
    return next(r for r in rows if r[0] == label)


def _quote_of(ans: object, row: list[str]) -> str:
    n = int(row[4].strip("[]"))
    return next(c.quote for c in ans.citations if c.n == n)  # type: ignore[attr-defined]


def _missing(row: list[str]) -> bool:
    return row[1] == "—" and ("không tìm thấy" in row[2] or "not found" in row[2])


# ---------------------------------------------------------------------------------------------
# The intent, however it is worded


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ cán bộ cấp xã có máy tính ở Hà Tĩnh tăng hay giảm?",
        "ty le can bo cap xa co may tinh o ha tinh giam hay tang",
        "Ha Tinh news items on the provincial portal over the reporting periods",
        "Tuyen Quang and Hai Duong digital certificates side by side",
        "Đặt cạnh nhau số chứng thư số của Tuyên Quang và Hải Dương",
        "Số tin bài trên Cổng thông tin điện tử Hà Tĩnh qua các kỳ báo cáo",
        "Chênh lệch số TTHC cấp xã giữa Đồng Tháp và Hải Dương",
        "Which has more level-4 services, Tuyen Quang or Hai Duong?",
        "Tuyên Quang có nhiều DVC mức độ 4 bằng Hải Dương không?",
        "Does Tuyen Quang provide as many online services as Hai Duong?",
        "dvc muc 4 tq vs ht",
    ],
)
def test_a_comparison_in_every_wording(text: str) -> None:
    q = parse_query(text)
    assert is_comparison(q)
    assert read_intent(q).intent is Intent.COMPARISON


def test_a_count_of_documents_is_no_report_number() -> None:
    # "số văn bản QPPL đã ban hành" counts documents; "số văn bản của báo cáo" is its number.
    q = parse_query("So van ban QPPL da ban hanh cua Hai Duong va Dong Thap")
    assert read_intent(q).intent is Intent.COMPARISON
    asked = read_intent(parse_query("Số văn bản của báo cáo Hải Dương là gì?"))
    assert asked.intent is Intent.REPORT_FACT


def test_one_figure_asked_is_no_comparison() -> None:
    for text in ("Tỷ lệ cán bộ cấp xã có máy tính ở Hà Tĩnh năm 2022?",
                 "Tuyên Quang có bao nhiêu chứng thư số?"):  # fmt: skip
        assert not is_comparison(parse_query(text))


# ---------------------------------------------------------------------------------------------
# What each side is asked


def test_timeline_and_date_words_are_no_topic() -> None:
    # "qua các kỳ báo cáo" says over which periods; its "báo cáo" would match "Báo Hà Tĩnh".
    # A date after a side ("(đến 20/5/2022)") dates it; its numbers are no topic words.
    q = parse_query("Số tin bài trên Cổng thông tin điện tử tỉnh Hà Tĩnh qua các kỳ báo cáo")
    folded = side_query(q, Side("Quý I/2019", ("Hà Tĩnh",), (2019,))).folded
    assert "bao cao" not in folded
    assert "cong thong tin dien tu" in folded
    q = parse_query("Số chứng thư số của Hải Dương (năm 2022) và Tuyên Quang (tính đến 31/5/2022)")
    folded = side_query(q, Side("Tuyên Quang", ("Tuyên Quang",), ())).folded
    assert not re.search(r"\b(31|5)\b", folded), folded


def test_as_many_as_is_no_topic() -> None:
    # "bằng … không" asks whether the sides are equal: its "bằng" is no topic word
    q = parse_query("Tuyên Quang có nhiều DVC mức độ 4 bằng Hải Dương không?")
    folded = side_query(q, Side("Tuyên Quang", ("Tuyên Quang",), ())).folded
    assert "bang" not in folded.split()
    assert "muc do 4" in folded


def test_each_side_and_which_more_are_no_topic() -> None:
    # "mỗi tỉnh bao nhiêu, tỉnh nào cao hơn" asks every side and the larger: no "tinh" (the
    # reports write "UBND Tỉnh" in any sentence) and no stray "nhieu"/"cao" as topic words
    q = parse_query(
        "Số DVC mức độ 4 của Hà Tĩnh và Tuyên Quang mỗi tỉnh bao nhiêu, bên nào cao hơn?"
    )
    folded = side_query(q, Side("Hà Tĩnh", ("Hà Tĩnh",), ())).folded
    words = set(folded.split())
    assert not words & {"tinh", "cao", "ben"}, folded
    assert "muc do 4" in folded
    assert "bao nhieu" in folded


def test_the_head_noun_is_what_is_counted() -> None:
    # English names the head last ("procedure dossiers"), the reports' Vietnamese first ("hồ
    # sơ thủ tục hành chính"); a comma inside the counted words is no break.
    for text, unit in (
        ("Compare how many procedure dossiers Dong Thap and Tuyen Quang received", "ho so"),
        ("Đồng Tháp và Hải Dương nhận bao nhiêu phản ánh, kiến nghị về TTHC?",
         "phan anh kien nghi"),
        ("so sanh so ho so thu tuc hanh chinh cua tuyen quang va dong thap", "ho so"),
    ):  # fmt: skip
        q = parse_query(text)
        side = Side(q.provinces[0], q.provinces[:1], ())
        assert asked_kind(side_query(q, side)).units == {unit}, text


# ---------------------------------------------------------------------------------------------
# The same kind of figure on every side, or missing


def test_a_figure_of_every_level_is_not_one_levels(service: AnswerService) -> None:
    # "1.950 dịch vụ công trực tuyến, trong đó …" counts every level together: a side that
    # states no level-2 figure is missing, not given its total.
    ans = service.answer("Số DVC mức độ 2 Hải Dương so với Tuyên Quang")
    rows = _rows(ans)
    assert _missing(_side(rows, "Hải Dương"))
    tq = _side(rows, "Tuyên Quang")
    assert re.search(r"m\w*c d\w* 2", fold(_quote_of(ans, tq)))


def test_the_exact_level_beats_a_figure_of_more_levels(service: AnswerService) -> None:
    # "mức độ 3" asked: "228 … mức độ 3", not "584 dịch vụ công mức độ 3, 4".
    ans = service.answer("dich vu cong muc do 3 cua tuyen quang so voi hai duong")
    for row in _rows(ans):
        quote = fold(_quote_of(ans, row))
        figure = row[1].split("**")[1]
        stretch = quote[quote.find(figure) - 60 : quote.find(figure) + 40]
        assert not re.search(r"m\w*c d\w* 3,? (?:va )?4", stretch), (figure, quote)


def test_a_figure_of_the_asked_unit_says_its_words(service: AnswerService) -> None:
    # "1.870 dịch vụ công" is a figure of online public services however the report words
    # the unit: the side is not missing for want of "trực tuyến".
    ans = service.answer(
        "How many online public services in all do Tuyen Quang and Hai Duong offer?"
    )
    rows = _rows(ans)
    assert len(rows) == 2
    assert not any(_missing(r) for r in rows), rows


def test_a_side_without_the_counted_thing_is_missing(service: AnswerService) -> None:
    # Hải Dương states no count of dossiers received: its row says missing, not "96 TTHC".
    ans = service.answer("Compare how many procedure dossiers Dong Thap and Hai Duong received")
    rows = _rows(ans)
    assert _missing(_side(rows, "Hải Dương"))
    dt = _side(rows, "Đồng Tháp")
    assert re.search(r"h\w s\w .*ti\w*p nh\w*n", fold(_quote_of(ans, dt))), dt


def test_an_update_is_no_superlative() -> None:
    # "nhất" of "cao nhất" says how sides differ; "cập nhật" (updated) is a topic word.
    q = parse_query(
        "Số tin tức cập nhật trên Sàn TMĐT Hà Tĩnh và Tuyên Quang, tỉnh nào nhiều nhất?"
    )
    folded = side_query(q, Side("Hà Tĩnh", ("Hà Tĩnh",), ())).folded
    assert "cap nhat" in folded
    assert "nhieu nhat" not in folded


def test_a_share_names_what_is_shared_and_what_it_has(service: AnswerService) -> None:
    # "tỷ lệ cơ quan … có máy chủ": a share of agencies with security infrastructure names
    # agencies but not servers; a period that states no server share is missing.
    ans = service.answer("Tỷ lệ cơ quan cấp huyện có máy chủ ở Hà Tĩnh qua các kỳ báo cáo")
    rows = _rows(ans)
    assert len(rows) == 2
    for row in rows:
        assert _missing(row) or "may chu" in fold(_quote_of(ans, row)), row
    assert any(_missing(r) for r in rows)


def test_the_source_named_in_the_sentence_is_the_one_asked(service: AnswerService) -> None:
    # "Báo chí Trung ương và tỉnh bạn … trên 50 tin, bài" beside "Báo Hà Tĩnh … 60 tin":
    # the question names the national press; the sentence naming it holds the figure.
    ans = service.answer(
        "Số tin, bài của báo chí Trung ương và tỉnh bạn về CCHC Hà Tĩnh qua các kỳ báo cáo"
    )
    rows = _rows(ans)
    assert len(rows) == 2
    for row in rows:
        assert "trung uong" in fold(_quote_of(ans, row)), row


def test_a_short_subsection_heading_says_what_its_figure_counts(service: AnswerService) -> None:
    # "6. Về thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao" over one line
    # "UBND tỉnh được giao và hoàn thành 144/147 còn 03 nhiệm vụ …": the heading names what
    # the figure counts; "còn 03" is what is left, not the count.
    ans = service.answer("Nhiệm vụ Chính phủ, Thủ tướng giao: Đồng Tháp so với Hải Dương")
    rows = _rows(ans)
    hd = _side(rows, "Hải Dương")
    assert not _missing(hd), rows
    figure = hd[1].split("**")[1]
    quote = fold(_quote_of(ans, hd))
    assert not re.search(r"\bcon\s+" + re.escape(fold(figure)), quote), (figure, quote)


def test_the_provincial_departments_are_the_provincial_level(service: AnswerService) -> None:
    # "các sở, ban, ngành" asks the provincial level: each side's part at that level, however
    # its report names it ("cấp tỉnh: 1.409", "của các sở, ban, ngành: 1497").
    ans = service.answer("TTHC của các sở, ban, ngành ở Hải Dương và Đồng Tháp là bao nhiêu?")
    rows = _rows(ans)
    assert len(rows) == 2, rows
    for row in rows:
        figure = row[1].split("**")[1]
        quote = fold(_quote_of(ans, row))
        at = r"(?:cap tinh|ban,? nganh)\W*" + re.escape(fold(figure))
        assert re.search(at, quote), (row, quote)


def test_a_count_narrowed_before_its_figure_is_not_the_total(service: AnswerService) -> None:
    # "Tổng số TTHC được công bố 391 thủ tục" (announced this quarter) beside "Tổng số TTHC
    # thuộc thẩm quyền …: 1.845": the question says nothing of announcing.
    ans = service.answer("Đồng Tháp so với Hải Dương: tổng cộng bao nhiêu thủ tục hành chính?")
    for row in _rows(ans):
        if " — " in row[0] or _missing(row):
            continue
        quote = fold(_quote_of(ans, row))
        figure = fold(row[1].split("**")[1])
        assert not re.search(r"duoc cong bo\s+" + re.escape(figure), quote), (row, quote)


def test_the_online_channel_asked_is_not_every_channel(service: AnswerService) -> None:
    # "hồ sơ tiếp nhận trực tuyến": a side stating only its count over every channel is
    # missing; a side stating the online part gives it.
    ans = service.answer("Số hồ sơ tiếp nhận trực tuyến của Tuyên Quang và Đồng Tháp")
    rows = _rows(ans)
    assert _missing(_side(rows, "Tuyên Quang"))
    dt = _side(rows, "Đồng Tháp")
    figure = fold(dt[1].split("**")[1])
    assert re.search(r"truc tuyen\W*" + re.escape(figure), fold(_quote_of(ans, dt)))


def test_an_addition_is_not_the_count(service: AnswerService) -> None:
    # "xây dựng mới 3 gian hàng": the new ones; never the figure for how many there are.
    ans = service.answer("Số gian hàng trên Sàn giao dịch TMĐT Hà Tĩnh qua các kỳ báo cáo")
    for row in _rows(ans):
        if _missing(row):
            continue
        figure = fold(row[1].split("**")[1])
        assert not re.search(r"\bmoi\s+" + re.escape(figure) + r"\b", fold(_quote_of(ans, row)))


def test_levels_asked_together_are_summed_and_marked_computed(service: AnswerService) -> None:
    # "mức độ 3 và mức độ 4": a side stating each level's count but not their total gets a
    # row per level, each cited, under their sum marked computed (never bold, never reported).
    ans = service.answer("Tuyên Quang và Hải Dương có bao nhiêu DVC mức độ 3 và mức độ 4?")
    rows = _rows(ans)
    hd = [r for r in rows if r[0].startswith("Hải Dương")]
    assert hd[0][0] == "Hải Dương"
    assert "**" not in hd[0][1]
    assert "tính toán từ" in hd[0][1] or "computed from" in hd[0][1]
    parts = [parse_number(r[1].split("**")[1]) for r in hd[1:]]
    assert [r[0] for r in hd[1:]] == ["Hải Dương — mức độ 3", "Hải Dương — mức độ 4"]
    assert parse_number(hd[0][1].split(" ")[0]) == sum(p or 0.0 for p in parts)
    for r in hd[1:]:
        level = r[0][-1]
        assert re.search(rf"m\w*c d\w* {level}", fold(_quote_of(ans, r))), r


def test_an_english_auxiliary_is_no_topic_word() -> None:
    # "how many … do X have": "do" folds like "độ" of "mức độ", a word of many figures' items
    q = parse_query("How many district-level procedures do Binh Phuoc and Yen Bai have?")
    sq = side_query(q, Side("Bình Phước", ("Bình Phước",), ()))
    assert "do" not in asked_kind(sq).words
    assert "huyen" in asked_kind(sq).words
