"""Restoration benchmark: syllable accuracy of `index.restore` on the clean report folded to
ASCII (language model built without it) and against the hand-corrected gold sample of the OCR
reports (eval/restore_gold.tsv), numbers altered, and the time and memory to restore the corpus.

    python -m eval.restore
"""

from __future__ import annotations

import argparse
import difflib
import re
import resource
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from index.restore import Restored, Restorer, is_damaged, key_of, load_model
from index.restore_syllables import TOKEN

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "reports"
GOLD = ROOT / "eval" / "restore_gold.tsv"
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
_DOCNUM = re.compile(r"\d+\s*/\s*[A-ZĐ][\w-]*(?:/[\w-]+)*")


def ascii_fold(text: str) -> str:
    """Every diacritic dropped, đ → d, case kept: what a diacritic-less typist produces."""
    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in out if unicodedata.category(c) != "Mn"))


def syllables(text: str) -> list[str]:
    """Lowercase NFC word tokens of a text (what syllable accuracy compares)."""
    return [unicodedata.normalize("NFC", m.group().lower()) for m in TOKEN.finditer(text)]


def aligned_accuracy(gold: list[str], got: list[str]) -> tuple[int, int]:
    """(gold syllables matched in order, gold syllables) — a token inserted or dropped costs
    only itself, not the rest of the line."""
    sm = difflib.SequenceMatcher(a=gold, b=got, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()), len(gold)


def clean_report_accuracy(restorer: Restorer, text: str) -> tuple[int, int]:
    """Fold the clean report, restore it, compare token by token (token counts are kept)."""
    ref = syllables(text)
    got = syllables(restorer.restore(ascii_fold(text)).text)
    assert len(ref) == len(got), "restoration must keep the token count"
    words = [(r, g) for r, g in zip(ref, got, strict=True) if key_of(r).isalpha()]
    return sum(r == g for r, g in words), len(words)


def _reports() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


def _clean_accuracy(reports: dict[str, str], clean: list[str]) -> tuple[int, int]:
    """Syllables restored right and in all over the clean reports folded to ASCII, by a
    language model that has not seen them."""
    ok = total = 0
    for rid in clean:
        o, t = clean_report_accuracy(Restorer(load_model()), reports[rid])
        ok, total = ok + o, total + t
    return ok, total


def _restored_line(
    original: str, damaged: list[str], reports: dict[str, str], restored: dict[str, Restored]
) -> str:
    """What the restorer made of one OCR line of a damaged report (the line itself if no
    damaged report has it)."""
    for rid in damaged:
        text = reports[rid]
        at = ("\n" + text).find("\n" + original + "\n")
        if at < 0 and text.endswith(original):
            at = len(text) - len(original)
        if at >= 0:
            r = restored[rid]
            return r.text[r.to_restored(at) : r.to_restored(at + len(original))]
    return original


def _gold_scores(
    rows: list[list[str]], damaged: list[str], reports: dict[str, str],
    restored: dict[str, Restored], show: int,
) -> tuple[int, int, int, int]:  # fmt: skip
    """Over the gold sample: syllables right and in all, and numbers changed of those the gold
    keeps; the first `show` lines that differ are printed."""
    g_ok = g_total = changed = kept_total = 0
    shown = 0
    for original, corrected in rows:
        out = _restored_line(original, damaged, reports, restored)
        o, t = aligned_accuracy(syllables(corrected), syllables(out))
        g_ok, g_total = g_ok + o, g_total + t
        for pattern in (_NUMBER, _DOCNUM):
            want = Counter(pattern.findall(original)) & Counter(pattern.findall(corrected))
            have = Counter(pattern.findall(out))
            changed += sum((want - have).values())
            kept_total += sum(want.values())
        if show and shown < show and o < t:
            shown += 1
            print(f"  ocr : {original}\n  gold: {corrected}\n  got : {out}\n")
    return g_ok, g_total, changed, kept_total


def main(argv: list[str] | None = None) -> int:
    """Print the restoration table."""
    parser = argparse.ArgumentParser(prog="python -m eval.restore", description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="print N gold lines that differ")
    args = parser.parse_args(argv)
    reports = _reports()
    clean = [rid for rid, t in reports.items() if not is_damaged(t)]
    damaged = [rid for rid in reports if rid not in clean]

    # 1. The clean report(s), folded: the language model must not have seen them.
    ok, total = _clean_accuracy(reports, clean)
    clean_acc = ok / max(total, 1)

    # 2. The OCR reports against the gold sample; the clean reports may serve the LM here.
    t0 = time.perf_counter()
    restorer = Restorer(load_model(tuple(reports[r] for r in clean)))
    t_load = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    restored = {rid: restorer.restore(reports[rid]) for rid in damaged}
    t_restore, c_restore = time.perf_counter() - t0, time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [line.rstrip("\n").split("\t") for line in GOLD.open(encoding="utf-8")][1:]
    g_ok, g_total, changed, kept_total = _gold_scores(rows, damaged, reports, restored, args.show)
    gold_acc = g_ok / max(g_total, 1)
    n_chars = sum(len(reports[r]) for r in damaged)

    print("| measure | value | target |")
    print("|---|---|---|")
    print(
        f"| syllable accuracy, clean report(s) {', '.join(r[:3] for r in clean)} folded to "
        f"ASCII (LM without them) | {100 * clean_acc:.1f} % ({ok}/{total}) | ≥ 95 % |"
    )
    print(
        f"| syllable accuracy, gold sample ({len(rows)} OCR lines) | {100 * gold_acc:.1f} % "
        f"({g_ok}/{g_total}) | ≥ 95 % |"
    )
    print(
        f"| numbers and document numbers changed (of {kept_total} kept by the gold) | "
        f"{changed} | 0 |"
    )
    print(
        f"| restoring the {len(damaged)} OCR reports ({n_chars:,} chars) | {t_restore:.2f} s "
        f"({c_restore:.2f} s CPU; + model load {t_load:.2f} s) | < 10 s |"
    )
    print(f"| peak memory (RSS) | {peak:.0f} MiB | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
