"""A question asking two counts at once ("bao nhiêu giáo viên ở bao nhiêu trường?", "how
many classes and how many participants?") gets both when the stated figure's own sentence gives
the second: "75 giáo viên của 9 trường" answers 75 and 9. The second figure is the one
of that sentence whose count noun (bot/counted.py) is the second noun asked; it gets its own
figure line, citing the same source, so every front end shows it as the first one."""

from __future__ import annotations

import re
from dataclasses import replace

from bot import counted
from core.query import ParsedQuery
from core.result import Answer

# A figure as the reports write it: "16", "1.204", "2,5", "87%"; not part of a date or a ratio.
_FIGURE = re.compile(r"(?<![\d.,/])\d+(?:[.,]\d+)*(?:\s?%)?(?![\d/])")
# A sentence: up to its full stop (not a decimal point or thousands dot) or the end.
_SENTENCE = re.compile(r".+?(?:[.!?](?=\s|$)|$)", re.S)


def second_count(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with the second count the question asks added from the stated figure's
    sentence, or None when the question asks one count, the answer states none, or the sentence
    gives no single figure of the second noun asked."""
    nouns = counted.asked_nouns(q.folded)
    if len(nouns) < 2 or nouns[1] == nouns[0] or ans.abstained or not ans.figure:
        return None
    if not ans.citations:
        return None
    cit = ans.citations[0]
    if counted.figure_nouns(cit.quote, ans.figure)[:1] not in ([], [nouns[0]]):
        return None  # the stated figure counts another thing than the first asked
    lines = ans.text.split("\n")
    second = _one_of(cit.quote, nouns[1], ans.figure)
    if second:
        line = f"**{second}** {_noun_after(cit.quote, second)} [{cit.n}]"
        lines.insert(1, line.replace("  ", " "))
        return replace(ans, text="\n".join(lines))
    # the sentence right after the quoted one in its paragraph ("… có 63 hợp tác xã … .
    # Trong năm, đã mở 14 lớp tập huấn …"), quoted under the added line
    nxt = _next_sentence(cit.quote, cit.context)
    second = _one_of(nxt, nouns[1], ans.figure)
    if not second or len(lines) < 2 or not lines[1].startswith(">"):
        return None
    line = f"**{second}** {_noun_after(nxt, second)} [{cit.n}]".replace("  ", " ")
    lines[2:2] = [line, f"> {nxt}"]
    return replace(ans, text="\n".join(lines))


def _one_of(text: str, noun: str, stated: str) -> str:
    """The one figure of `text` (other than the stated one) whose count noun is `noun`; ""
    when none or several."""
    found = {
        m.group(0).strip() for m in _FIGURE.finditer(text)
        if m.group(0).strip() != stated and counted.figure_nouns(text, m.group(0).strip())[:1] == [noun]
    }  # fmt: skip
    return found.pop() if len(found) == 1 else ""


def _next_sentence(quote: str, context: str) -> str:
    """The sentence after `quote` in its paragraph `context`; "" when there is none."""
    at = context.find(quote) if quote else -1
    if at < 0:
        return ""
    rest = context[at + len(quote) :].lstrip(" .;")
    m = _SENTENCE.match(rest)
    return m.group(0).strip() if m else ""


def _noun_after(quote: str, figure: str) -> str:
    """The count noun right after a figure as the report writes it ("sở, ban, ngành"): as many
    of the words after it as the noun has."""
    at = quote.find(figure)
    nouns = counted.figure_nouns(quote, figure)
    if at < 0 or not nouns:
        return ""
    words = quote[at + len(figure) :].split()
    folded = counted.noun_words(quote, figure)
    return " ".join(words[: len(folded.split())]).rstrip(",.;")


# A question asking how the counted things turned out beside their count ("bao nhiêu đơn thư
# và kết quả giải quyết thế nào?", "how many … and how were they handled?"), folded.
_OUTCOME_ASKED = re.compile(
    r"\b(?:ket qua(?: thuc hien| giai quyet)?|tinh hinh thuc hien)\s+(?:ra sao|nhu the nao|the nao)"
    r"|\bhow (?:did|were|was) (?:they|it|these|those) (?:go|turn out|handled|done|carried out)"
    r"|\bwith what results?\b"
)
# Where a sentence breaks its figure down: "…, trong đó có 30 …" (OCR reads "đó" "d6").
_OF_WHICH = re.compile(r"\btrong (?:đó|do|d6|dé)(?!\w)", re.I)
# A question asking a whole split into its parts: "chia theo", "từng loại", "each".
_PARTS_ASKED = re.compile(
    r"\bchia (?:ra|theo)\b|\b(?:moi|tung) (?:noi|cap|loai|muc|nhom|ben|phan|don vi|hinh thuc)\b"
    r"|\blan luot\b|\beach\b|\bsplit\b|\bbr(?:oken|eak(?:s)?) down\b|\bbreakdown\b"
)
# The largest part asked: "loại nào cao nhất", "which is the largest".
_MOST_ASKED = re.compile(r"\b(?:nhieu|lon|cao) nhat\b|\b(?:most|largest|biggest|highest)\b")
# Where one part of a breakdown ends and the next begins: a semicolon, a comma that is no
# decimal comma ("2,5 tỷ"), or "và" before the next part's figure ("07 xe tải và 02 …").
_PIECE_BREAK = re.compile(r";\s*|(?<!\d),\s*|,(?!\d)\s*|\s+(?:và|va|and)\s+(?=\d)")
# Words around a part's label that are no part of it: "có", a colon.
_LABEL_EDGE = re.compile(r"^\s*(?:có|co)\s+|\s*:\s*$", re.I)
MIN_PIECES = 2  # a breakdown has two parts at least; one piece names no largest


def breakdown(q: ParsedQuery, ans: Answer) -> Answer | None:
    """The answer with the breakdown of its stated figure that the quoted sentence gives
    ("12 xe, trong đó 10 xe mới, 2 xe cũ") stated too, when the question asks how the
    counted things turned out beside their count, or asks the whole split into its parts
    ("chia theo …", "each"): then also when the stated figure is one of those
    parts, and the largest part is named when asked; None otherwise."""
    apart = bool(_PARTS_ASKED.search(q.folded))
    if ans.abstained or not ans.figure or not ans.citations:
        return None
    if not (apart or _OUTCOME_ASKED.search(q.folded)):
        return None
    cit = ans.citations[0]
    quote = cit.quote
    at = quote.find(ans.figure)
    m = _OF_WHICH.search(quote, at + len(ans.figure)) if at >= 0 else None
    if m is not None and not _owns(quote[at + len(ans.figure) : m.start()]):
        m = None  # that "trong đó" breaks down a later figure, not the stated one
    if m is None and apart and at >= 0:  # the stated figure is one part of the breakdown
        m = next((o for o in _OF_WHICH.finditer(quote, 0, at) if ")" not in quote[o.end() : at]), None)
    if m is None:
        return None
    part = _own_bracket(quote[m.start() :]).strip().rstrip(".;")
    figures = [f for f in _FIGURE.findall(part) if f.strip() != ans.figure]
    if not figures:
        return None
    shown = _FIGURE.sub(lambda f: f"**{f.group(0).strip()}**", part)
    lines = ans.text.split("\n")
    at_line = 2 if len(lines) > 1 and lines[1].startswith(">") else 1
    added = [f"{shown[:1].upper()}{shown[1:]} [{cit.n}]"]
    top = largest_part(part) if apart and _MOST_ASKED.search(q.folded) else None
    if top is not None:
        label, fig = top
        added.append(f"{'Largest' if ans.language == 'en' else 'Nhiều nhất'}: {label} ({fig}).")
    lines[at_line:at_line] = added
    return replace(ans, text="\n".join(lines))


def _owns(between: str) -> bool:
    """Whether a "trong đó" after the stated figure breaks that figure down: no other figure
    (a share of it, "đạt 12%", aside) and no ";" stand between them ("40 lớp, …; học viên là
    900, đạt 12% (trong đó …)" breaks down 900, not 40)."""
    return ";" not in between and all("%" in f for f in _FIGURE.findall(between))


def _own_bracket(tail: str) -> str:
    """A breakdown up to the bracket it opens in, when it opens in one ("trong đó …: 6, …) …"
    stops at ")"), else whole."""
    close = tail.find(")")
    return tail[:close] if close >= 0 and "(" not in tail[:close] else tail


def largest_part(part: str) -> tuple[str, str] | None:
    """(label in the report's words, figure) of the largest of a breakdown's counts, each a
    piece between commas, semicolons or "và" holding one figure; None when a piece holds none
    or several, a figure is a share, fewer than two pieces, or two tie for the largest."""
    body = _OF_WHICH.sub(" ", part, count=1)
    pieces = [p for p in _PIECE_BREAK.split(body) if p.strip()]
    found: list[tuple[float, str, str]] = []
    for piece in pieces:
        figs = _FIGURE.findall(piece)
        if len(figs) != 1 or "%" in figs[0]:
            return None
        label = _LABEL_EDGE.sub("", _FIGURE.sub(" ", piece, count=1))
        label = " ".join(label.split()).strip(" :-")
        if not label:
            return None
        found.append((float(figs[0].replace(".", "").replace(",", ".")), label, figs[0].strip()))
    if len(found) < MIN_PIECES:
        return None
    found.sort(reverse=True)
    if found[0][0] == found[1][0]:
        return None
    return found[0][1], found[0][2]
