"""`python -m eval.robust`: do answers hold up when dev questions are reworded the way staff
type them? Each named rewording is applied to a seeded sample of the dev questions it fits;
the original and the reworded question go through the same `answer()` the web UI uses, and
for the questions answered right in their original wording the table gives how many stay
right, and how many turn into a wrong figure stated (the worst outcome) or into "not found" /
"not sure". A rewording never changes what is asked, so every loss is a robustness defect.

The rewordings (`REWORDINGS`):
- courtesy: a greeting or "may I ask" before ("Cho mình hỏi …", "Hi, can you tell me …")
- context: a sentence about the asker before ("Mình đang tổng hợp số liệu cho sở. …")
- request: a request about the answer after ("… Ghi rõ nguồn giúp mình.")
- per_report: "theo báo cáo, …" / "according to the report, …" before
- nodiac: Vietnamese typed without diacritics
- may: "bao nhiêu" typed "mấy" (Vietnamese)
- terse: typed as keywords, "bao nhiêu" last, without filler words (Vietnamese)
- abbrev: one full term written as its abbreviation or the other way round (Vietnamese)
- en_wording: one common English wording swapped for another staff use (English)
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from eval.scoring import QUESTIONS, Outcome, Question, load_questions

Rewording = Callable[[Question, random.Random], str | None]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _by_lang(en: Sequence[str], vi: Sequence[str], after: bool = False) -> Rewording:
    """A phrase of the question's language put before it (after it, with `after`)."""

    def reword(q: Question, rng: random.Random) -> str | None:
        phrase = rng.choice(en if q.lang == "en" else vi)
        phrase = _fold(phrase) if q.lang == "vi_nodiac" else phrase
        return f"{q.q} {phrase}" if after else f"{phrase} {_lower_first(q.q)}"

    return reword


def _nodiac(q: Question, rng: random.Random) -> str | None:
    folded = _fold(q.q)
    return folded if q.lang == "vi" and folded != q.q else None


def _may(q: Question, rng: random.Random) -> str | None:
    if q.lang == "en" or "bao nhiêu" not in q.q or re.search(r"bao nhiêu (%|phần trăm)", q.q):
        return None
    return q.q.replace("bao nhiêu", "mấy", 1)


_FILLER = re.compile(
    r"\b(?:có|đã|được|của|là|thì|hiện|co|da|duoc|cua|la|thi|hien)\s+", re.IGNORECASE
)


def _terse(q: Question, rng: random.Random) -> str | None:
    """Typed as keywords ("Tuyên Quang DVC mức độ 4 bao nhiêu"): no filler words, no question
    mark, "bao nhiêu" last."""
    if q.lang == "en":
        return None
    asks = re.search(r"\bbao nhi[eê]u\b", q.q, re.IGNORECASE)
    if not asks:
        return None
    text = _FILLER.sub("", q.q.replace(asks.group(0), " ", 1)).rstrip(" ?.")
    return " ".join(f"{text} {asks.group(0)}".split())


def _swaps(pairs: Sequence[tuple[str, str]], langs: frozenset[str]) -> Rewording:
    """The first of `pairs` (a regular expression, its replacement) the question holds."""

    def reword(q: Question, rng: random.Random) -> str | None:
        if q.lang not in langs:
            return None
        for pattern, repl in pairs:
            if re.search(pattern, q.q):
                return re.sub(pattern, repl, q.q, count=1)
        return None

    return reword


_ABBREVIATIONS = (
    ("thủ tục hành chính", "TTHC"), ("TTHC", "thủ tục hành chính"),
    ("cải cách hành chính", "CCHC"), ("CCHC", "cải cách hành chính"),
    ("dịch vụ công trực tuyến", "DVCTT"), ("dịch vụ công", "DVC"), ("DVC", "dịch vụ công"),
    ("mức độ 4", "mức 4"), ("mức 4", "mức độ 4"), ("Ủy ban nhân dân", "UBND"),
    ("UBND", "Ủy ban nhân dân"), ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("cán bộ, công chức", "CBCC"), ("quý I/2019", "quý 1 năm 2019"),
    ("thu tuc hanh chinh", "tthc"), ("tthc", "thu tuc hanh chinh"), ("dich vu cong", "dvc"),
    ("muc do 4", "muc 4"), ("cai cach hanh chinh", "cchc"),
)  # fmt: skip
_EN_WORDINGS = (
    (r"\bdossiers\b", "applications"), (r"\bapplications\b", "dossiers"),
    (r"\badministrative procedures\b", "admin procedures"), (r"\bpercentage\b", "share"),
    (r"\bproportion\b", "percentage"), (r"\brate\b", "percentage"),
    (r"\bfirst half of 2022\b", "H1 2022"), (r"\bH1 2022\b", "first half of 2022"),
    (r"\bQ1 2019\b", "the first quarter of 2019"), (r"\bQ3 2022\b", "the third quarter of 2022"),
    (r"\bonline public services\b", "online services"), (r"\bprovincial\b", "province-level"),
    (r"\bcommune-level\b", "commune"), (r"^How many\b", "What is the number of"),
    (r"^What is\b", "What's"), (r"\bHa Tinh\b", "Ha Tinh province"),
)  # fmt: skip

REWORDINGS: dict[str, Rewording] = {
    "courtesy": _by_lang(
        ("Hi, can you tell me", "Hello! Could you tell me", "Quick question:"),
        ("Cho mình hỏi", "Chào bạn, cho em hỏi", "Anh chị cho em hỏi chút,"),
    ),
    "context": _by_lang(
        ("I'm preparing a briefing for the department.", "I need this for a report."),
        ("Mình đang tổng hợp số liệu cho sở.", "Em đang làm báo cáo cho lãnh đạo."),
    ),
    "request": _by_lang(
        ("Please cite the source.", "Thanks!"),
        ("Ghi rõ nguồn giúp mình.", "Cảm ơn bạn."),
        after=True,
    ),
    "per_report": _by_lang(("According to the report,",), ("Theo báo cáo,",)),
    "nodiac": _nodiac,
    "may": _may,
    "terse": _terse,
    "abbrev": _swaps(_ABBREVIATIONS, frozenset({"vi", "vi_nodiac"})),
    "en_wording": _swaps(_EN_WORDINGS, frozenset({"en"})),
}


@dataclass(frozen=True)
class Held:
    """One rewording's figures: of `right` questions answered right in their own wording,
    how many stay right, turn into a wrong figure, or into no answer."""

    name: str
    asked: int
    right: int
    kept: int
    wrong: int
    lost_ids: tuple[str, ...]

    @property
    def kept_share(self) -> float:
        """Percent of the originally right answers still right."""
        return 100.0 * self.kept / self.right if self.right else float("nan")


def reworded(
    questions: Sequence[Question], name: str, sample: int, seed: int = 7
) -> list[Question]:
    """A seeded sample (all when `sample` is 0) of the questions the rewording fits, reworded
    (the same id: the pairs are matched by it)."""
    rng = random.Random(f"{seed}:{name}")
    fits = [(q, t) for q in questions if (t := REWORDINGS[name](q, rng)) is not None]
    if sample and len(fits) > sample:
        fits = rng.sample(fits, sample)
    return [replace(q, q=t) for q, t in fits]


def held(name: str, before: dict[str, Outcome], after: Sequence[Outcome]) -> Held:
    """The rewording's table row from the outcomes of the original and reworded questions."""
    right = [o for o in after if before[o.id].correct]
    lost = tuple(o.id for o in right if not o.correct)
    return Held(name, len(after), len(right), len(right) - len(lost),
                sum(o.wrong for o in right), lost)  # fmt: skip


def table(rows: Sequence[Held]) -> str:
    """The Markdown table of every rewording's figures."""
    lines = ["| rewording | asked | right before | still right | kept % | turned wrong |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        lines.append(f"| {r.name} | {r.asked} | {r.right} | {r.kept} | {r.kept_share:.1f} | "
                     f"{r.wrong} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Answer each rewording's sample and its originals, print the table (and the ids lost)."""
    parser = argparse.ArgumentParser(prog="python -m eval.robust", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--sample", type=int, default=150, help="questions per rewording (0: all)")
    parser.add_argument("--only", default="", help="comma-separated rewordings")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", action="store_true", help="print the ids each rewording lost")
    args = parser.parse_args(argv)
    from bot.compose import make_service
    from core.settings import load_settings
    from eval.runner import service_runner

    names = [n for n in args.only.split(",") if n] or list(REWORDINGS)
    unknown = [n for n in names if n not in REWORDINGS]
    if unknown:
        parser.error(f"unknown rewording(s): {', '.join(unknown)}")
    questions = [q for q in load_questions(QUESTIONS) if q.category != "smalltalk"]
    ask = service_runner(make_service(load_settings()), "hybrid")
    originals = {q.id: q for q in questions}
    before: dict[str, Outcome] = {}
    rows = []
    for name in names:
        variants = reworded(questions, name, args.sample, args.seed)
        for q in variants:
            if q.id not in before:
                before[q.id] = ask(originals[q.id])
        rows.append(held(name, before, [ask(q) for q in variants]))
    print(table(rows))
    if args.show:
        for r in rows:
            print(f"{r.name}: {', '.join(r.lost_ids) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
