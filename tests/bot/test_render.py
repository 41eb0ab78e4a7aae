"""The renderer: every shape an answer takes, in every target (golden files), and escaping."""

from __future__ import annotations

import json

import pytest

from bot.telegram_html import format_answer
from bot.web import TEXT
from bot.web_render import render_answer, source_cards
from tests.helpers.golden_answers import GOLDEN, answer_from_json

CASES = sorted(p.name.removesuffix(".answer.json") for p in GOLDEN.glob("*.answer.json"))
ORIGINALS = {"002_x.pdf"}  # the hostile case's report has its PDF kept


def _targets(case: str) -> dict[str, str]:
    ans = answer_from_json(json.loads((GOLDEN / f"{case}.answer.json").read_text("utf-8")))
    lang = "en" if ans.language == "en" else "vi"
    return {
        "web.md": render_answer(ans),
        "cards.html": source_cards(ans.citations, lang, TEXT[lang], ORIGINALS),
        "telegram.html": format_answer(ans),
        "cli.txt": ans.text,
    }


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_goldens: bool) -> None:
    for target, out in _targets(case).items():
        path = GOLDEN / f"{case}.{target}"
        if update_goldens:
            path.write_text(out + "\n", encoding="utf-8")
        assert out + "\n" == path.read_text("utf-8"), path.name


def test_goldens_cover_every_shape() -> None:
    intents = set()
    for case in CASES:
        data = json.loads((GOLDEN / f"{case}.answer.json").read_text("utf-8"))
        intents.add(data["intent"])
    assert {"figure", "percent", "comparison", "section", "report_fact", "smalltalk"} <= intents
    assert len(CASES) >= 20
