"""A clause after ";" that leaves out the subject or breakdown the clause before it names
("… giữ nguyên: 352 thủ tục; … đơn giản hóa 72 thủ tục"), and a label its commas split
("sửa đổi, bổ sung, kiến nghị đơn giản hóa 72"). The report text is written for the test, in
the reports' style."""

from __future__ import annotations

from bot.extractive.clause_runs import clause_runs, coordinated
from bot.extractive.sites import _figures_of
from bot.extractive.words import _words
from index.chunk import Chunk, Span, split_sentences
from tests.helpers.mini_index import ask, mini_index

LINE = (
    "Năm 2022 các sở, ngành đánh giá 518 biểu mẫu rà soát, trong đó: số thủ tục đề nghị giữ "
    "nguyên: 431 thủ tục; số thủ tục đề nghị sửa đổi, bổ sung, kiến nghị bãi bỏ 87 thủ tục."
)
REPORT = f"BÁO CÁO\nCông tác cải cách hành chính năm 2022\n\nII. KẾT QUẢ THỰC HIỆN\n\n2. Cải cách thủ tục hành chính\n\n{LINE}\n"  # fmt: skip


def _chunk(text: str) -> Chunk:
    """A chunk of the lines of `text`, one paragraph each, as `index.chunk` makes them."""
    spans, base = [], 0
    for line in text.split("\n"):
        spans += [Span(base + s, base + e, 1, 1) for s, e in split_sentences(line)]
        base += len(line) + 1
    return Chunk("r:0000", "r", 0, "II", text, 1, 1, tuple(spans))


def test_clauses_a_semicolon_splits_are_one_run() -> None:
    second = "Biên chế giao 120 người; số có mặt là 112 người;"
    text = f"{LINE}\n{second} và nhiều việc khác."
    runs = [text[s.start : s.end] for s in clause_runs(_chunk(text))]
    # a clause on its own subject ("và …") and the next paragraph stay apart
    assert runs == [LINE, second, "và nhiều việc khác."]


def test_the_figure_after_the_semicolon_keeps_the_subject() -> None:
    report = REPORT.replace(
        LINE,
        "+ Biên chế công chức năm 2022 được giao 1.240 người; số thực tế có mặt là 1.187 người.",
    )
    question = "Biên chế công chức năm 2022: số thực tế có mặt là bao nhiêu?"
    answer = ask(mini_index(report), question, "vi")
    assert answer.figure == "1.187"
    assert "Biên chế công chức" in answer.citations[0].quote


def test_a_comma_split_label_is_one_segment() -> None:
    text = "đề nghị sửa đổi, bổ sung, kiến nghị bãi bỏ 87 thủ tục, 12 thủ tục khác"
    words, bounds = _words(text)
    joined = coordinated(text, words, bounds)
    assert len(set(joined[: len(words) - 4])) == 1  # "sửa đổi" … "87 thủ tục" together
    assert joined[-4] != joined[0]  # "12 thủ tục khác" follows a figure: an item of its own


def test_a_label_before_a_shared_unit_names_the_item() -> None:
    own = {f.figure: f.own for f in _figures_of(LINE, [])}
    assert {"sua", "doi"} <= set(own["87"])
    assert "sua" not in own["431"]


def test_the_item_after_the_semicolon_is_stated() -> None:
    question = "Năm 2022 đề nghị sửa đổi, bổ sung, bãi bỏ bao nhiêu thủ tục?"
    assert ask(mini_index(REPORT), question, "vi").figure == "87"


def test_a_label_does_not_run_on_past_a_colon() -> None:
    text = (
        "- Kết quả bồi dưỡng cán bộ, công chức, viên chức: Cử 03 công chức tham gia lớp bồi dưỡng"
    )
    words, bounds = _words(text)
    joined = coordinated(text, words, bounds)
    three = next(i for i, w in enumerate(words) if w[2] == ["03"])
    assert joined[three] != joined[0]  # "cán bộ" heads the list, it does not name 03
    assert joined == bounds


def test_a_clause_opening_on_the_verb_keeps_the_subject() -> None:
    # "đạt 91% kế hoạch" after ";" has no subject of its own: it is the clause before's
    first = "+ Tổng vốn đầu tư công năm 2022 giải ngân 2.450 tỷ đồng;"
    text = f"{first} đạt 91% kế hoạch vốn giao, trong đó: vốn ngân sách tỉnh 1.020 tỷ đồng."
    runs = [text[s.start : s.end] for s in clause_runs(_chunk(text))]
    assert runs == [text]


def test_the_share_after_the_semicolon_is_the_subjects() -> None:
    report = REPORT.replace(
        LINE,
        "+ Tổng vốn đầu tư công năm 2022 giải ngân 2.450 tỷ đồng; đạt 91% kế hoạch vốn giao.\n"
        "+ Tổng vốn sự nghiệp ngân sách địa phương năm 2022 giải ngân 780 tỷ đồng, đạt 85% kế "
        "hoạch vốn giao ngân sách.",
    )
    question = "Tổng vốn đầu tư công năm 2022 giải ngân đạt bao nhiêu % kế hoạch vốn giao?"
    answer = ask(mini_index(report), question, "vi")
    assert answer.figure == "91%"
