"""`python -m eval.fit` on a tiny set: it writes a weights file the fact answerer loads."""

from __future__ import annotations

import json
from pathlib import Path

from bot.fact_answer import FEATURES, load_weights
from core.settings import Settings
from eval.fit import Outcome as FitOutcome
from eval.fit import TrainQuestion, choose, dev_questions, main, utility
from tests.bot.test_cli import _config

TINY = """
[[question]]
id = "t-1"
q = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
category = "vi"
reports = ["002_e5e7f1c560f345ee"]
expect = ["1.044"]

[[question]]
id = "t-2"
q = "How many Tuyen Quang public services are at level 3?"
category = "en"
reports = ["002_e5e7f1c560f345ee"]
expect = ["228"]

[[question]]
id = "t-3"
q = "Hải Dương có bao nhiêu TTHC?"
category = "vi"
reports = ["004_b819450d24d342ba"]
expect = ["1.889"]

[[question]]
id = "u-1"
q = "Lào Cai có bao nhiêu hồ sơ?"
category = "unanswerable"
"""


def test_fit_on_a_tiny_set_writes_loadable_weights(seed_settings: Settings, tmp_path: Path) -> None:
    questions = tmp_path / "q.toml"
    questions.write_text(TINY, encoding="utf-8")
    out = tmp_path / "weights.json"
    cfg = _config(tmp_path, seed_settings)
    code = main(["--config", str(cfg), "--questions", str(questions), "--generated", "30",
                 "--out", str(out)])  # fmt: skip
    assert code == 0
    w = load_weights(out)
    assert w.features == tuple(FEATURES)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["fitted_on"]["dev_questions"] == 4
    assert "all/all" in data["cross_validated"]


def _o(expect: str, p1: float, p2: float, right: bool) -> FitOutcome:
    q = TrainQuestion("x", "x", "r", expect, "dev", "vi")
    return FitOutcome(q, p1, p2, right, right, right)


def test_utility_prefers_not_sure_to_a_wrong_figure() -> None:
    wrong_close = [_o("1", 0.6, 0.55, False)]
    assert utility(wrong_close, 0.0, 0.1) > utility(wrong_close, 0.0, 0.0)


def test_choose_abstains_below_unanswerable_scores() -> None:
    os_ = [_o("", 0.2, 0.1, False), _o("1", 0.9, 0.1, True)]
    threshold, _ = choose(os_)
    assert 0.2 < threshold <= 0.9


def test_dev_questions_carry_the_language_typed_not_the_kind(tmp_path: Path) -> None:
    """A question's language is its own `lang` (or read from its words), not its kind: an
    English question of kind "figure" is English."""
    path = tmp_path / "q.toml"
    path.write_text(
        '[[question]]\nid = "k-1"\nq = "How many online services does Hai Duong have?"\n'
        'kind = "figure"\nlang = "en"\nreports = ["004_b819450d24d342ba"]\nexpect = ["1.889"]\n\n'
        '[[question]]\nid = "k-2"\nq = "hai duong co bao nhieu dich vu cong?"\nkind = "figure"\n'
        'lang = "vi_nodiac"\nreports = ["004_b819450d24d342ba"]\nexpect = ["1.889"]\n',
        encoding="utf-8",
    )
    assert {q.qid: q.language for q in dev_questions(path)} == {"k-1": "en", "k-2": "vi_nodiac"}
