"""The faithfulness guard of generated answers: every `[n]` names a given source and every number
the answer states (in digits of any script, glued to words, or as Vietnamese number words)
occurs in a source it cites; while an answer streams, only the sentences that pass are shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bot.llm_prompt import CITE, Source, is_not_found
from core.text import figures, parse_number

# Vietnamese number words. Ambiguous ones count only where they cannot mean anything else:
# "năm" (five / year) before mươi, trăm or a scale, or after linh/lẻ; "không" (zero / not)
# before trăm; "tư", "mốt", "lăm" after mươi/mười; "một" alone is an article ("một số").
_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
          "chín": 9}  # fmt: skip


_AFTER_TENS = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5, "năm": 5}


_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000,
           "tỉ": 1_000_000_000}  # fmt: skip


_NUMBER_WORDS = {*_UNITS, *_AFTER_TENS, *_SCALES, "không", "mười", "mươi", "trăm", "linh", "lẻ",
                 "rưỡi"}  # fmt: skip


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")


_GLUED_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def _spoken_value(words: list[str]) -> tuple[float | None, int]:
    """The value of the number that a run of number words and digits starts with ("chín
    nghìn chín trăm chín mươi chín", "1,5 triệu", "một trăm linh năm"), or None when it is
    not a number, and how many words it took."""
    total = 0.0
    group = 0.0  # below the last scale: hundreds, tens, units
    unit: float | None = None  # a unit not yet placed
    last_scale = 0
    used = len(words)
    numeral = False  # a scale or "trăm" multiplies only what a numeral said before it
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if w[0].isdigit():
            if unit is not None or group or total:
                used = i  # two numbers side by side: the first ends here
                break
            unit, numeral = parse_number(w), True
            if unit is None:
                return None, 1
        elif w in _UNITS:
            if unit is not None:
                used = i
                break
            unit, numeral = float(_UNITS[w]), True
        elif w in _AFTER_TENS and (
            prev in {"linh", "lẻ"} or nxt in {"mươi", "trăm", *_SCALES}
            if w == "năm"  # "hai mươi năm" is twenty years; 25 is "hai mươi lăm"
            else prev in {"mươi", "mười"}
        ):
            unit, numeral = float(_AFTER_TENS[w]), True
        elif w == "không" and nxt == "trăm":
            unit, numeral = 0.0, True
        elif w == "mười":
            group, unit, numeral = group + 10, None, True
        elif w == "mươi" and unit is not None:
            group, unit = group + unit * 10, None
        elif w == "trăm" and numeral:
            group, unit = group + (unit if unit is not None else 0) * 100, None
        elif w in _SCALES and numeral:
            amount = group + (unit or 0)
            total += (amount or 1) * _SCALES[w]
            group, unit, last_scale = 0.0, None, _SCALES[w]
        elif w == "rưỡi" and numeral:
            if last_scale and unit is None and not group:
                total += last_scale / 2
            elif unit is not None:
                unit += 0.5
        elif w in {"linh", "lẻ"}:
            continue
        else:
            used = i
            break
    if not numeral or words[:used] == ["một"]:
        return None, max(1, used)
    return total + group + (unit or 0), max(1, used)


def _spell_out(text: str) -> str:
    """The text with number words written as digits, for the guard: "chín nghìn chín trăm
    chín mươi chín" → "9999", "2 triệu rưỡi" → "2500000"."""
    out: list[str] = []
    pos = 0
    run: list[re.Match[str]] = []

    def flush() -> None:
        nonlocal pos
        while run:
            words = [m.group(0) for m in run]
            value, used = _spoken_value(words)
            if value is not None and any(not w[0].isdigit() for w in words[:used]):
                out.append(text[pos : run[0].start()])
                out.append(f"{value:.6f}".rstrip("0").rstrip("."))
                pos = run[used - 1].end()
            del run[:used]

    for m in _TOKEN.finditer(text):
        word = m.group(0)
        joined = not run or not text[run[-1].end() : m.start()].strip()
        if not joined:
            flush()
        if word[0].isdigit() or word in _NUMBER_WORDS:
            run.append(m)
        elif run:
            flush()
    if run:
        flush()
    out.append(text[pos:])
    return "".join(out)


def _plain_digits(text: str) -> str:
    """NFKC (superscripts, full-width and circled digits become 0-9), other scripts' decimal
    digits as 0-9, and digits glued to letters set apart ("tổngcộng9999" → "tổngcộng 9999")."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(
            str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text
        )
    return _GLUED_DIGITS.sub(" ", text)


def guard_numbers(text: str) -> set[str]:
    """Every number a text states, however it is written: digits in any script, glued to
    words, or Vietnamese number words; canonical as `figures` writes them."""
    return figures(_spell_out(_plain_digits(CITE.sub(" ", text)).lower()))


def check(text: str, sources: Sequence[Source], max_chars: int = 0) -> list[str]:
    """Problems of a generated answer: unknown source numbers, no citation, numbers that no
    cited source contains, too long. Empty means the answer may be shown."""
    if max_chars and len(text) > max_chars:
        return [f"the answer is longer than {max_chars} characters"]
    if is_not_found(text):
        return []
    problems: list[str] = []
    cited = {int(n) for n in CITE.findall(text)}
    bad = sorted(n for n in cited if not 1 <= n <= len(sources))
    if bad:
        problems.append(
            f"source number(s) {', '.join(f'[{n}]' for n in bad)} do not exist "
            f"(use [1] to [{len(sources)}])"
        )
    good = [s for s in sources if s.n in cited]
    if not cited:
        problems.append("no [n] citation")
    allowed: set[str] = set()
    for s in good:
        allowed |= figures(s.chunk.text) | guard_numbers(s.chunk.text)
    claimed = guard_numbers(text)
    invented = sorted(claimed - allowed)
    if invented and good:
        problems.append(f"number(s) {', '.join(invented)} are not in the cited sources")
    return problems


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def checked_prefix(text: str, shown: int, sources: Sequence[Source]) -> int:
    """How much of a streaming answer may be shown: whole sentences that pass the guard on
    their own, then the words of the next sentence up to its first number, number word or
    citation (those wait until the sentence is complete and checked). A sentence that fails
    holds it and everything after it until the whole answer is checked."""
    safe = shown
    start = _sentence_start(text, shown)
    for m in _SENTENCE_END.finditer(text, shown):
        sentence = text[start : m.start()]
        if sentence.strip() and _sentence_problems(sentence, sources):
            return safe
        safe = start = m.end()
    # The unfinished sentence: its plain words, never a partial last word.
    tail = text[start:]
    cut = tail.rfind(" ") + 1
    for m in _TOKEN.finditer(tail):
        if m.start() >= cut:
            break
        word = m.group(0).lower()
        if word[0].isnumeric() or word in _NUMBER_WORDS:
            cut = m.start()
            break
    for i, c in enumerate(tail[:cut]):
        if c.isnumeric() or c in "[［":
            cut = i
            break
    return max(safe, start + cut)


def _sentence_start(text: str, shown: int) -> int:
    """Where the sentence holding position `shown` begins."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, shown):
        begin = m.end()
    return begin


def _sentence_problems(sentence: str, sources: Sequence[Source]) -> bool:
    cited = {int(n) for n in CITE.findall(sentence)}
    if any(not 1 <= n <= len(sources) for n in cited):
        return True
    claimed = guard_numbers(sentence)
    if not claimed:
        return False
    allowed: set[str] = set()
    for s in sources:
        if s.n in cited:
            allowed |= figures(s.chunk.text) | guard_numbers(s.chunk.text)
    return not claimed <= allowed
