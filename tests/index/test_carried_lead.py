"""A chunk whose opening list items the chunk boundary cut off from the line they hang from
("- Kết quả giải ngân vốn (Dự án: Kho lưu trữ …:" in one chunk, "- Kế hoạch vốn đã cấp năm
2021 là: …" in the next) carries that line into what BM25 and the dense embedder see, not
into its quotes. The report text is written for the test, in the reports' style."""

from __future__ import annotations

from core.text import fold
from index.build import _index_texts
from index.chunk import carried, chunk_report
from index.lexical import Bm25Index
from tests.helpers.mini_index import REPORT

FILLER = "\n".join(
    f"+ Nội dung thứ {i} về quản lý tài chính công được các đơn vị thực hiện theo kế hoạch."
    for i in range(9)
)
TEXT = (
    "BÁO CÁO\nCông tác cải cách hành chính năm 2022\n\nII. KẾT QUẢ THỰC HIỆN\n\n"
    "5. Cải cách tài chính công\n\n"
    f"{FILLER}\n\n"
    "- Kết quả giải ngân vốn đầu tư công (Dự án: Trụ sở tiếp công dân của tỉnh):\n\n"
    "* Tổng mức đầu tư dự án: 8.400.000.000 đồng.\n\n"
    "Trong đó:\n\n"
    "- Kế hoạch vốn đã cấp năm 2021 là: 2.100.000.000 đồng.\n\n"
    "- Kế hoạch vốn đã cấp năm 2022 là: 6.300.000.000 đồng.\n"
)


def _chunks() -> list:  # type: ignore[type-arg]
    return chunk_report(REPORT, TEXT, max_chars=960)


def test_the_line_the_opening_items_hang_from_is_carried() -> None:
    chunks = _chunks()
    cut = next(i for i, c in enumerate(chunks) if c.text.startswith("- Kế hoạch vốn"))
    raw, shown = carried(chunks[cut - 1], chunks[cut])
    assert raw == "- Kết quả giải ngân vốn đầu tư công (Dự án: Trụ sở tiếp công dân của tỉnh):"
    assert shown == raw  # a clean report reads as written
    assert carried(None, chunks[0]) == ("", "")


def test_bm25_finds_the_items_by_the_project_named_above_them() -> None:
    chunks = _chunks()
    folded, dense = _index_texts({REPORT.id: REPORT}, chunks, "restored")
    best = int(
        Bm25Index.build(folded).scores(fold("dự án trụ sở tiếp công dân vốn cấp năm 2021")).argmax()
    )
    assert "2.100.000.000" in chunks[best].text
    assert "Trụ sở tiếp công dân" in dense[best]
    assert "Trụ sở tiếp công dân" not in chunks[best].text  # quotes keep the chunk's own text
