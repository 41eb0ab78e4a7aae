"""Report summaries over the real seed index: one bullet per top-level section (or per area of
the part asked for), every sentence cited, the key figures stated."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from bot.answer import AnswerService
from bot.compare_facts import is_bare
from bot.key_counted import counts_something
from bot.key_figures import key_facts, keyness
from bot.structure import Trees, readable_heading
from bot.summary_answer import whole_report
from bot.summary_parts import item_label
from core.text import fold
from index.chunk import INTRO
from tests.helpers.typed import (
    assert_items_cited,
    assert_quotes_at_lines,
    assert_restored,
    body,
    bullets,
)

DT = "003_65220bd344690fa1"
TQ = "002_e5e7f1c560f345ee"


@pytest.mark.parametrize(
    ("question", "report"),
    [
        ("Tóm tắt báo cáo của Đồng Tháp", DT),
        ("tom tat bao cao cua dong thap", DT),
        ("summarise the Tuyen Quang report", TQ),
    ],
)
def test_report_summary(service: AnswerService, question: str, report: str) -> None:
    ans = service.answer(question)
    assert not ans.abstained
    assert {c.report_id for c in ans.citations} == {report}
    tops = [
        readable_heading(s.path, s.all_paras())
        for s in Trees(service.retriever.index).get(report).children
        if s.heading != INTRO
    ]
    # One bullet per top-level section, in report order, each led by its heading (a results
    # section's limitations, causes, tasks, proposals told after it, labelled "I. … — 3. …").
    labels = [re.match(r"- \*\*(.*?)\*\*", line).group(1) for line in bullets(ans)]  # type: ignore[union-attr]
    assert [t[:60] for t in tops if any(lb.startswith(t[:60]) for lb in labels)] == list(
        dict.fromkeys(lb.split(" — ")[0][:60] for lb in labels)
    )
    assert len(labels) >= len(tops) - 1  # a heading-only section has nothing to say
    assert_items_cited(ans)
    assert_quotes_at_lines(ans.citations)
    # The key figures: figure-stating clauses, each cited, told with the part that states them
    # (a paragraph holds those of no part told).
    figures = _key_entries(ans)
    assert figures
    assert all(re.search(r"\d.*\[\d+\]$", f) for f in figures), figures


def test_summary_reads_restored(service: AnswerService) -> None:
    # Tuyên Quang's report is OCR-damaged: bullets, figures and quotes read restored.
    ans = service.answer("summarise the Tuyen Quang report")
    assert_restored(ans)
    assert "Kết quả" in body(ans)


def test_summary_of_a_named_section_answers_that_section(service: AnswerService) -> None:
    ans = service.answer("tóm tắt những hạn chế của Hải Dương")
    assert "Tóm tắt** báo cáo" not in ans.text  # not the whole report
    assert ans.citations
    assert all("han che" in fold(c.section) for c in ans.citations)
    assert_items_cited(ans)


def test_summary_header_and_figures(service: AnswerService) -> None:
    # Hà Tĩnh's Q1/2019 report has no number: no empty slot in the header.
    ans = service.answer("tom tat bao cao Ha Tinh quy I/2019")
    assert {c.report_id for c in ans.citations} == {"001_cfc09c4d7094a6ed"}
    assert "**Tóm tắt** báo cáo (" in ans.text
    assert "  " not in ans.text.splitlines()[0]
    # A key figure a bullet already states is not said twice.
    said = [(c.chunk_id, c.quote_original) for c in ans.citations]
    assert len(said) == len(set(said))


def test_summary_of_a_province_is_of_its_newest_report(service: AnswerService) -> None:
    ans = service.answer("tom tat bao cao Ha Tinh")
    assert {c.report_id for c in ans.citations} == {"000_e698a6639bf0946b"}  # 2022, not 2019


def test_part_summary_by_area(service: AnswerService) -> None:
    ans = service.answer(
        "Tóm tắt kết quả cải cách hành chính theo từng lĩnh vực của Văn phòng UBND tỉnh Đồng Tháp"
    )
    assert all(c.report_id == DT for c in ans.citations)
    labels = bullets(ans)
    # The part "II. Kết quả thực hiện …" has six areas: one bullet each.
    assert len(labels) == 6
    assert_items_cited(ans)


def _key_entries(ans: object) -> list[str]:
    """The key figures a report summary states: those told in a part's bullet ("Số liệu: …")
    and those of the paragraph of key figures, each "clause [n]"."""
    said = body(ans)  # type: ignore[arg-type]
    runs = re.findall(r"(?:Số liệu|Figures): (.*)$", said, re.M)
    runs += re.findall(r"^\*\*(?:Số liệu chính|Key figures)\*\*: (.*)$", said, re.M)
    return [e.strip() for run in runs for e in run.split(" · ")]


def test_key_figures_come_from_the_fact_table(service: AnswerService) -> None:
    # Before: the key figures were the clauses with most digits (dates, plan numbers, a
    # running header); now figures of the report's fact table, each cited with its clause.
    ans = service.answer("Tóm tắt báo cáo của Đồng Tháp")
    facts = service.typed.summary.by_report[DT]  # type: ignore[union-attr]
    entries = _key_entries(ans)
    assert len(entries) >= 5
    by_n = {c.n: c for c in ans.citations}
    for entry in entries:
        m = re.search(r"\[(\d+)\]$", entry)
        assert m, entry
        cit = by_n[int(m.group(1))]
        values = {f.value for f in facts if f.chunk_id == cit.chunk_id}
        assert any(v in entry and v in cit.quote for v in values), entry
    assert_quotes_at_lines(ans.citations)


def test_key_figures_are_headlines_spread_over_sections(service: AnswerService) -> None:
    facts = service.typed.summary.by_report[DT]  # type: ignore[union-attr]
    picked = key_facts(facts)
    assert picked
    assert not any(f.parent for f in picked)  # a part is told by its whole
    clauses = [(f.chunk_id, f.span_start) for f in picked]
    assert len(clauses) == len(set(clauses))  # one per clause
    order = [facts.index(f) for f in picked]
    assert order == sorted(order)  # in report order
    # every section stating a figure (a bare "Điều 4" or "7 nội dung" is none, nor a word
    # misread as a number: "chế 46 quy định") has its say
    sections = {" > ".join(f.section.split(" > ")[:2]) for f in facts
                if not is_bare(f) and counts_something(f)}  # fmt: skip
    chosen = {" > ".join(f.section.split(" > ")[:2]) for f in picked}
    assert len(chosen) >= min(len(sections), len(picked)) - 1  # every section has its say
    # A count of a named unit outweighs the same number with no unit, a part, a target.
    unit = next(f for f in facts if f.unit and f.unit != "%" and not f.parent and not f.parts)
    assert keyness(unit) > keyness(replace(unit, unit=""))
    assert keyness(unit) > keyness(replace(unit, parent=facts[0].id))
    assert keyness(unit) > keyness(replace(unit, counts_folded=f"phan dau {unit.counts_folded}"))
    # A total told part by part is a headline even when its unit is said only in its parts
    # ("1.845, trong đó: cấp tỉnh: 1.409 thủ tục …").
    assert keyness(replace(unit, unit="", parts=3)) >= keyness(unit)


def test_a_results_bullet_states_a_key_figure(service: AnswerService) -> None:
    # The section with most figures is summarised by clauses that state some of them.
    ans = service.answer("Tóm tắt báo cáo của Đồng Tháp")
    facts = service.typed.summary.by_report[DT]  # type: ignore[union-attr]
    tops: dict[str, int] = {}
    for f in facts:
        tops[f.section.split(" > ")[0]] = tops.get(f.section.split(" > ")[0], 0) + 1
    busiest = max(tops, key=lambda t: tops[t])
    chunks = {f.chunk_id for f in facts if f.section.split(" > ")[0] == busiest}
    by_n = {c.n: c for c in ans.citations}
    # (told area by area: its areas' bullets)
    lines = [b for b in bullets(ans)
             if {by_n[int(n)].chunk_id for n in re.findall(r"\[(\d+)\]", b)} & chunks]  # fmt: skip
    quotes = [by_n[int(n)] for line in lines for n in re.findall(r"\[(\d+)\]", line)]
    stated = {(f.chunk_id, f.value) for f in facts if keyness(f) >= 1.0}
    assert any(c.chunk_id == cid and v in c.quote for c in quotes for cid, v in stated)


def test_the_closing_is_no_section_and_no_figure(service: AnswerService) -> None:
    # One report's last heading runs into its recipients ("VI. KIẾN NGHỊ … Nơi nhận: KT.
    # CHÁNH VĂN PHÒNG"): that section has nothing of its own, so it gets no bullet, and no
    # bullet quotes the closing; "khoản 2 Điều 4" is no key figure.
    ans = service.answer("Báo cáo quý III/2022 của Văn phòng UBND tỉnh Đồng Tháp nói gì?")
    assert {c.report_id for c in ans.citations} == {DT}
    for line in bullets(ans):
        assert not re.search(r"noi nh\w*\s*:|chanh van phong", fold(line)), line
    for report in (DT, TQ):
        facts = service.typed.summary.by_report[report]  # type: ignore[union-attr]
        assert not any(is_bare(f) for f in key_facts(facts))


def test_a_part_named_by_its_heading_words_is_summarised_alone(service: AnswerService) -> None:
    # No "phần"/"mục": the question's topic is the heading of one part of the report, so that
    # part is summarised area by area, not the whole report.
    ans = service.answer(
        "Tom tat tinh hinh xay dung chinh quyen dien tu cua Ha Tinh 6 thang dau nam 2022"
    )
    head = body(ans).splitlines()[0]
    assert head.startswith("**Tóm tắt** mục"), head
    assert "chinh quyen dien tu" in fold(head)
    assert len(bullets(ans)) >= 3
    assert_items_cited(ans)


def test_a_share_reached_outweighs_a_line_of_a_budget(service: AnswerService) -> None:
    facts = service.typed.summary.by_report[DT]  # type: ignore[union-attr]
    share = next(f for f in facts if f.kind == "percent" and not f.parent)
    money = next(f for f in facts if f.unit == "dong" and not f.parent and not f.parts)
    reached = replace(share, counts_folded="kinh phi da su dung dat ty le")
    assert keyness(reached) > keyness(money)
    assert keyness(reached) > keyness(replace(share, counts_folded="kinh phi da su dung"))


def test_an_item_is_labelled_by_its_words_before_the_colon() -> None:
    assert item_label("- Kết quả rà soát TTHC: Quý III, Văn phòng đã …") == "Kết quả rà soát TTHC"
    assert item_label("+ Tiếp tục rà soát văn bản.") == "Tiếp tục rà soát văn bản."
    # no short label before a colon: the item's first sentence, not its first 120 letters
    item = (
        "- Việc cập nhật phần mềm quản lý văn bản ở một số xã bị chậm do mất điện kéo dài. "
        "Ông B. Trần phụ trách. Hệ thống thư điện tử vẫn hoạt động ổn định."
    )
    assert (
        item_label(item)
        == "Việc cập nhật phần mềm quản lý văn bản ở một số xã bị chậm do mất điện kéo dài."
    )


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("Tóm tắt báo cáo cải cách hành chính quý III/2022 của Đồng Tháp", True),
        ("Summarise the Dong Thap Q3 2022 administrative reform report", True),
        ("Tóm tắt kết quả cải cách hành chính trong báo cáo của Đồng Tháp", False),
        ("Summarise the results of the Dong Thap report", False),
        # words of how or for whom between "tóm tắt" and "báo cáo": still the whole report
        ("Tóm tắt sơ lược báo cáo chuyển đổi số của Yên Bái", True),
        ("tom tat giup toi bao cao quy II cua Gia Lai", True),
        ("Tóm tắt ngắn gọn toàn bộ báo cáo năm 2021", True),
        ("Tóm tắt sơ lược kết quả số hóa trong báo cáo", False),
    ],
)
def test_a_summary_of_the_report_itself(question: str, whole: bool) -> None:
    assert whole_report(fold(question)) == whole


def test_a_part_named_by_an_abbreviation_or_its_parent_heading(service: AnswerService) -> None:
    # "thủ tục hành chính" names "2. Cải cách TTHC"; "results … e-government" names "II. Kết
    # quả … > 6. Xây dựng chính quyền điện tử"
    for question, words in (
        ("tom tat ket qua cai cach thu tuc hanh chinh cua dong thap quy 3 2022", "tthc"),
        ("Give me an overview of Hai Duong's e-government results in 2022", "chinh quyen dien tu"),
    ):
        head = body(service.answer(question)).splitlines()[0]
        assert head.startswith(("**Tóm tắt** mục", "**Summary** of “")), head
        assert words in fold(head), head


def test_a_part_of_two_areas_is_told_by_their_sub_areas(service: AnswerService) -> None:
    ans = service.answer(
        "Tóm tắt phần hiện đại hóa hành chính trong báo cáo quý I/2019 của Hà Tĩnh"
    )
    labels = [fold(b) for b in bullets(ans)]
    assert len(labels) == 4, labels
    assert any("uu diem" in b for b in labels)
    assert any("ton tai" in b for b in labels)


def test_a_report_summary_says_what_the_report_is_based_on(service: AnswerService) -> None:
    # the opening's "Thực hiện công văn số …" clause, cited, right under the title
    ans = service.answer("Tóm tắt báo cáo năm 2022 của Hải Dương")
    basis = ans.text.split("\n")[1]
    assert basis.startswith("**Căn cứ**: Thực hiện công văn số 581/BNV-CCHC")
    assert basis.endswith("[1]")
    assert ans.citations[0].section == INTRO
