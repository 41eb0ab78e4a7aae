"""Writes tests/golden/render/<case>.answer.json: real answers of the seed index, one per shape
an answer can take, for the renderer's golden tests. Run by hand after an answerer changes what
it returns (`.venv/bin/python -m tests.helpers.golden_answers`), then review the diffs."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from bot.compose import make_service
from core.result import Answer, Citation, FigureCandidate
from core.settings import load_settings
from index.retrieve import Filters

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "render"

# case name → question (the extractive figure answerer unless the name says "facts")
CASES = {
    "figure_vi": "Cổng dịch vụ công Tuyên Quang đang cung cấp bao nhiêu dịch vụ công mức độ 4?",
    "figure_en": "How many level-3 online public services does Tuyen Quang offer?",
    "docnum": "Kế hoạch tuyên truyền cải cách hành chính năm 2019 của UBND tỉnh Hà Tĩnh là kế "
    "hoạch số mấy?",
    "percent": "Tỷ lệ doanh nghiệp, tổ chức ở Hà Tĩnh đã chuyển đổi sang hóa đơn điện tử là "
    "bao nhiêu?",
    "hedge_vi": "Cấp huyện ở Hà Tĩnh có tổng cộng bao nhiêu dịch vụ công trực tuyến mức độ 4?",
    "hedge_en": "How many administrative dossiers were resolved in Dong Thap?",
    "not_found_vi": "GDP của Đồng Tháp năm 2022 là bao nhiêu?",
    "not_found_period_en": "How many level 4 online services did Dong Thap provide in Q1 2021?",
    "no_province": "Nghệ An có bao nhiêu dịch vụ công mức độ 4?",
    "two_sides": "So sanh tong so thu tuc hanh chinh thuoc tham quyen cua Dong Thap va Hai "
    "Duong, chia theo cap tinh, huyen, xa.",
    "passage": "huyen nao o ha tinh chua co may chu nam 2019",
    "compare_vi": "So sánh số DVC mức độ 4 của Tuyên Quang và Hà Tĩnh",
    "compare_en": "How many level-3 online public services do Tuyen Quang and Hai Duong provide?",
    "list": "Hệ thống Giám sát và Điều hành thông minh (IOC) tỉnh Hà Tĩnh gồm những phân hệ nào?",
    "section": "Những hạn chế trong cải cách hành chính của Tuyên Quang là gì?",
    "section_missing_en": "What are the recommendations in the Ha Tinh report?",
    "summary": "Tóm tắt báo cáo của Đồng Tháp",
    "signer": "Ai ký báo cáo cải cách hành chính năm 2022 của UBND tỉnh Hải Dương?",
    "no_signer": "Ai ký báo cáo 342/BC-VPUBND?",
    "report_fields": "Báo cáo của Hà Tĩnh do cơ quan nào ban hành, số hiệu và ngày nào?",
    "smalltalk": "xin chào",
    "out_of_scope": "thời tiết hôm nay thế nào?",
    "facts_figure": "Tỷ lệ CBCC cấp xã được trang bị máy tính ở Hà Tĩnh quý I/2019?",
    "facts_unsure": "tuyen quang da cap bao nhieu chung thu so ca nhan",
}


def answer_to_json(ans: Answer) -> dict[str, Any]:
    """An Answer as JSON (without timings and retrieved chunk ids, which vary by run)."""
    out = asdict(ans)
    out.pop("timings_ms")
    out.pop("retrieved")
    return out


def answer_from_json(data: dict[str, Any]) -> Answer:
    """The Answer a golden case holds."""
    cits = tuple(Citation(**c) for c in data["citations"])
    cands = tuple(
        FigureCandidate(**{**o, "citation": Citation(**o["citation"])}) for o in data["candidates"]
    )
    rest = {k: v for k, v in data.items() if k not in {"citations", "candidates"}}
    rest["chart"] = tuple(tuple(x) for x in rest["chart"])
    rest["doubts"] = tuple(rest["doubts"])
    return Answer(**rest, citations=cits, candidates=cands)


def _hostile() -> dict[str, Answer]:
    """What a poisoned report or a model could put into an answer's text and citations."""
    evil = Citation(
        1, "002_x", "<b>t</b>", "98/BC-STTTT", "<script>alert(1)</script> Sở", "23/5/2022",
        "II. ![x](http://evil.example/t.png) <img src=x> [bấm](https://evil.example/)",
        "- xem https://evil.example/q.png <img src=x> **đậm** [2]", 1.0,
        line_start=3, line_end=4, context="trước - xem https://evil.example/q.png <img src=x> "
        "**đậm** [2] sau", page=2,
    )  # fmt: skip
    text = (
        "Kết quả **1.044** (Tuyên Quang) [1] [7] **khác** ![t](http://track.example/t.png) "
        "<img src=x> <b>đậm</b> [bấm](https://evil.example/) www.evil.com admin@evil.vn "
        "@evilchannel\n> - xem https://evil.example/q.png\n# tiêu đề\n1. một\n| a | b |"
        "\n\nNguồn:\n[1] 98/BC-STTTT"
    )
    model = (
        "Theo báo cáo [1], có **1.044** dịch vụ & <b>nhiều</b> hơn.\n\n- ý một [1]\n- ý hai"
        "\n\n| x | y |\n|---|---|\n| <img src=x> | **12,5%** [1] |"
    )
    return {
        "hostile_text": Answer("q?", text, False, (evil,), figure="1.044"),
        "model_text": Answer(
            "q?", model, False, (replace(evil, agency="Sở TTTT"),), figure="1.044", language="en"
        ),  # fmt: skip
        "no_citations": Answer("q?", "Không tìm thấy.\n\nNguồn:\n(none)", True),
    }


def main() -> int:
    """Ask every case's question of the seed index and write its answer."""
    settings = load_settings()
    services = {"extractive": make_service(settings)}
    facts = replace(settings, answer=replace(settings.answer, figure_answerer="facts"))
    services["facts"] = make_service(facts)
    GOLDEN.mkdir(parents=True, exist_ok=True)
    answers = {
        case: services["facts" if case.startswith("facts") else "extractive"].answer(
            q, (), Filters()
        )
        for case, q in CASES.items()
    }
    answers.update(_hostile())
    for case, ans in answers.items():
        path = GOLDEN / f"{case}.answer.json"
        path.write_text(json.dumps(answer_to_json(ans), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")  # fmt: skip
        print(f"{case}: {ans.text.splitlines()[0][:80]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
