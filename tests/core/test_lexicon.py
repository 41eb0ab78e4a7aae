"""The domain lexicon: large enough, every term from the reports, English expanded to it."""

from __future__ import annotations

import re

from core.lexicon import read_lexicon, to_english, to_vietnamese
from core.query import parse_query
from core.text import fold
from tests.conftest import REPO


def _skeleton(text: str) -> str:
    return " ".join(
        re.sub(r"[aeiouy]", "", w) or w for w in re.sub(r"[^a-z0-9 ]", " ", text).split()
    )


def test_lexicon_has_300_terms_each_with_english() -> None:
    terms = read_lexicon()
    assert len(terms) >= 300
    assert all(t.english for t in terms)


def test_every_term_is_the_reports_own_wording() -> None:
    corpus = " ".join(
        fold(p.read_text(encoding="utf-8"))
        for p in sorted((REPO / "corpus" / "reports").glob("*.txt"))
    )
    words = " " + " ".join(re.sub(r"[^a-z0-9 ]", " ", corpus).split()) + " "
    skeletons = " " + _skeleton(corpus) + " "
    missing = [
        t.vi
        for t in read_lexicon()
        if f" {' '.join(re.sub(r'[^a-z0-9 ]', ' ', t.folded).split())} " not in words
        and f" {_skeleton(t.folded)} " not in skeletons  # OCR breaks vowels ("dugc")
    ]
    assert not missing


def test_english_question_gains_the_report_wording() -> None:
    got = to_vietnamese("how many dossiers were settled on time at district level")
    assert {"ho so", "dung han", "cap huyen"} <= set(got)


def test_vietnamese_terms_read_back_in_english() -> None:
    assert to_english("ho so da giai quyet qua han") == ["dossier", "settled", "overdue"]


def test_query_expansion_hook_adds_lexicon_terms() -> None:
    assert "truc tuyen" in parse_query("How many dossiers were submitted online?").expanded
