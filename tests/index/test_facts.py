"""The fact table: figures of hand-written clauses, the golden sample of the seed reports, the CLI."""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

import pytest

from core.settings import Settings
from index.__main__ import main as index_main
from index.chunk import chunk_report
from index.clause_tokens import canonical
from index.facts import Fact, current_facts, extract_facts
from index.metadata import Report
from tests.conftest import REPO

GOLDEN = REPO / "tests" / "golden" / "facts_sample.toml"
REPORT = Report(id="r", file="r.txt", province="Tuyên Quang", period="Quý II/2022", year=2022)


def facts_of(text: str) -> list[Fact]:
    return extract_facts(REPORT, chunk_report(REPORT, text))


def one(facts: list[Fact], value: str) -> Fact:
    found = [f for f in facts if f.value == value]
    assert len(found) == 1, [f.value for f in facts]
    return found[0]


def test_parenthesised_breakdown_has_parent_label_level_and_scope() -> None:
    facts = facts_of(
        "Số dịch vụ công mức độ 4 là: 1.044, đạt tỷ lệ 55,82% (trong đó: 1.002 dịch vụ công cấp "
        "tỉnh; 36 dịch vụ công cấp huyện; 06 dịch vụ công cấp xã)."
    )
    head, share, part = one(facts, "1.044"), one(facts, "55,82%"), one(facts, "36")
    assert (head.level, head.parts, head.parent, head.unit) == ("4", 3, "", "dich vu cong")
    assert (share.kind, share.level) == ("percent", "4")
    assert (part.parent, part.scope, part.level) == (head.id, "huyen", "4")
    assert "cấp huyện" in part.label


def test_colon_breakdown_parts_keep_their_own_labels() -> None:
    facts = facts_of(
        "Tổng số hồ sơ đã tiếp nhận: 184.408 (trực tuyến: 42.360, trực tiếp: 142.048)."
    )
    head = one(facts, "184.408")
    online = one(facts, "42.360")
    assert online.parent == head.id
    assert online.label_folded == "truc tuyen"


def test_list_after_trong_do_breaks_down_the_headline() -> None:
    facts = facts_of(
        "Toàn tỉnh có 1.889 TTHC, trong đó:\n- Cấp tỉnh: 1.497 TTHC;\n- Cấp huyện: 272 TTHC."
    )
    head = one(facts, "1.889")
    assert one(facts, "272").parent == head.id
    assert one(facts, "272").scope == "huyen"


def test_dates_years_document_numbers_and_levels_are_not_figures() -> None:
    facts = facts_of(
        "Theo Quyết định số 603/QĐ-UBND ngày 30/9/2021, năm 2022 tỉnh cung cấp 584 dịch vụ công "
        "mức độ 3, 4 trên Cổng Dịch vụ công quốc gia; Covid-19."
    )
    assert [f.value for f in facts] == ["584"]
    assert facts[0].level == "3,4"


def test_ocr_ty_le_is_not_a_figure() -> None:
    facts = facts_of("Số dịch vụ công mức độ 2 là: 598, đạt ty 16 31,97%.")
    assert [f.value for f in facts] == ["598", "31,97%"]


def test_share_takes_what_the_count_before_it_counts() -> None:
    facts = facts_of("Số dịch vụ công mức độ 2 là: 598, đạt tỷ lệ 31,97%.")
    assert "dich vu cong" in one(facts, "31,97%").counts_folded


def test_when_is_the_date_the_clause_names() -> None:
    facts = facts_of("Tính đến ngày 14/6/2022, đã tiếp nhận 17.667 hồ sơ.")
    assert one(facts, "17.667").when == "14/6/2022"


def test_canonical_values() -> None:
    assert [canonical(v) for v in ("1.044", "55,82%", "19/63", "6.182,582")] == [
        "1044", "55.82", "19/63", "6182.582"
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The golden sample: rows checked by hand against the report text


def _golden() -> list[dict[str, str]]:
    with GOLDEN.open("rb") as fh:
        rows: list[dict[str, str]] = tomllib.load(fh)["fact"]
    return rows


def test_golden_sample_is_large_and_spans_every_report() -> None:
    rows = _golden()
    assert len(rows) >= 150
    assert len({r["report"] for r in rows}) == 5


@pytest.fixture(scope="module")
def seed_facts(seed_settings: Settings) -> list[Fact]:
    return current_facts(seed_settings.path(seed_settings.index.dir))


def test_golden_sample_matches_the_extractor(seed_facts: list[Fact]) -> None:
    by_id = {f.id: f for f in seed_facts}
    problems = []
    for row in _golden():
        cands = [
            f
            for f in seed_facts
            if f.report_id.startswith(row["report"])
            and f.value == row["value"]
            and f.line_start <= int(row["line"]) <= f.line_end
        ]
        fields = ("unit", "kind", "level", "scope")
        ok = [
            f
            for f in cands
            if all(getattr(f, k) == row.get(k, getattr(f, k)) for k in fields)
            and (
                "parent" not in row or (by_id[f.parent].value if f.parent else "") == row["parent"]
            )
        ]
        if not ok:
            problems.append(f"{row['report']}:{row['line']} {row['value']} {row} ~ {cands[:1]}")
    assert not problems, "\n".join(problems[:20])


def test_cli_filters_and_exports_csv(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.bot.test_cli import _config

    cfg = _config(tmp_path, seed_settings)
    assert index_main(["--config", str(cfg), "facts", "--province", "Tuyên Quang",
                       "--grep", "mức độ 4"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "1.044" in out
    assert "Hà Tĩnh" not in out
    target = tmp_path / "facts.csv"
    assert index_main(["--config", str(cfg), "facts", "--csv", str(target)]) == 0
    with target.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 300
    assert {"value", "unit", "level", "scope", "parent", "label", "line_start"} <= set(rows[0])


def test_a_telephone_number_is_not_a_figure() -> None:
    # A comparison once put a hotline's number in a cell: a number a few words after the
    # name of a telephone line, with no counted unit after it, is the line's number.
    facts = facts_of(
        "Tuyên truyền số tổng đài thông tin dịch vụ công tỉnh Tuyên Quang 1022 trên các "
        "phương tiện thông tin đại chúng; đường dây nóng 0207 tiếp nhận 25 cuộc gọi."
    )
    assert [f.value for f in facts] == ["25"]
    calls = facts_of("Tổng đài đã tiếp nhận 250 cuộc gọi của người dân.")
    assert [f.value for f in calls] == ["250"]


def test_each_figure_of_a_slashed_pair_of_counts_is_a_figure() -> None:
    # "120 sản phẩm/340 gian hàng": two counts of two units, not a ratio nor a document number
    facts = facts_of("Sàn giao dịch duy trì chào bán cho 120 sản phẩm/340 gian hàng trong kỳ.")
    assert [f.value for f in facts] == ["120", "340"]
    assert (one(facts, "120").unit, one(facts, "340").unit) == ("san pham", "gian hang")


def test_a_number_after_a_slash_of_a_document_or_date_stays_no_figure() -> None:
    facts = facts_of(
        "Theo Kế hoạch 45/KH-UBND ngày 12/3/2022 và Nghị định 61/2018/NĐ-CP, có 77 hồ sơ."
    )
    assert [f.value for f in facts] == ["77"]


def test_the_end_of_a_range_of_years_is_no_figure() -> None:
    # "giai đoạn 2021-2025" and its OCR'd form with a footnote mark run into the end year
    # ("2021 -20255"): a period, never 20.255 of a thing; a count after it is still a figure
    facts = facts_of(
        "Triển khai Đề án truyền thông về văn bản quy phạm pháp luật giai đoạn 2021 -20255, "
        "giao Sở Tư pháp hướng dẫn; kế hoạch 2021 – 2025 đã cấp 2030 tài khoản."
    )
    assert [f.value for f in facts] == ["2030"]
    # a count that merely follows a year, with no dash or "đến" between, stays a figure
    assert [f.value for f in facts_of("Năm 2022 tỉnh ban hành 2023 văn bản.")] == ["2023"]


@pytest.mark.parametrize(
    ("line", "value", "words"),
    [
        # a label with "quản lý, theo dõi" before a colon
        (
            "Tổng số hồ sơ thuộc diện quản lý, theo dõi của Sở đến cuối kỳ: 2.716",
            "2.716",
            "tong so ho so thuoc dien quan ly theo doi",
        ),
        # the same without diacritics
        (
            "Tong so ho so thuoc dien quan ly, theo doi cua So den cuoi ky: 2.716",
            "2.716",
            "tong so ho so thuoc dien quan ly theo doi",
        ),
        (
            "Số văn bản đã tiếp nhận, xử lý trên hệ thống trong quý là 9.310 văn bản.",
            "9.310",
            "so van ban da tiep nhan xu ly",
        ),
        (
            "Số lượng tài khoản của các sở, ban, ngành được cấp mới là 412.",
            "412",
            "so luong tai khoan cua cac so ban nganh",
        ),
        (
            "Cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số: 275 người.",
            "275",
            "can bo cong chuc vien chuc duoc boi duong",
        ),
        (
            "Ty le phan anh duoc tiep nhan, tra loi dung han la 96,5%.",
            "96,5%",
            "ty le phan anh duoc tiep nhan tra loi",
        ),
    ],
)
def test_a_comma_of_a_joined_pair_does_not_cut_the_label(line: str, value: str, words: str) -> None:
    assert words in one(facts_of(line), value).counts_folded


def test_a_comma_stays_a_boundary_between_items_and_after_an_opening_phrase() -> None:
    # items each with their own figure
    facts = facts_of("Số điểm cầu đã lắp đặt gồm 23 cấp huyện, 160 cấp xã.")
    assert one(facts, "160").counts_folded == "cap xa"
    # a time or linking phrase before the comma is no label
    for line, value in [
        ("Trong quý II năm nay, Trung tâm đã tiếp nhận 57 cuộc gọi.", "57"),
        ("Ngoai ra, Trung tam da ho tro 14 doanh nghiep.", "14"),
    ]:
        counts = one(facts_of(line), value).counts_folded
        assert not counts.startswith(("trong", "ngoai")), counts
    # a noun inside another clause's list opens no label: "bố trí cán bộ, công chức …"
    facts = facts_of(
        "UBND xã bố trí cán bộ, công chức trực, hướng dẫn tại Bộ phận Một cửa gồm: 02 công chức."
    )
    assert not one(facts, "02").counts_folded.startswith("cong chuc truc")


def test_a_figure_that_leads_its_item_takes_no_words_of_the_item_before() -> None:
    facts = facts_of("100% can bo, vien chuc cap tinh, cap huyen, 85% can bo, vien chuc cap xa.")
    assert one(facts, "85%").scope in {"", "xa"}


def test_a_long_piece_between_commas_is_an_item_not_one_of_a_pair() -> None:
    line = (
        "Số lượng hồ sơ của cơ quan ngành dọc nhận tại Trung tâm hành chính công, Bộ phận một "
        "cửa của các huyện, thị xã theo Kế hoạch số 12/KH-UBND: 64 hồ sơ."
    )
    assert not one(facts_of(line), "64").counts_folded.startswith("so luong")
