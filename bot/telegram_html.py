"""Telegram HTML for answers: text from reports, users and models escaped and never a link;
messages split on the HTML's structure under Telegram's limit, at most a few per answer."""

from __future__ import annotations

import functools
import html
import re
from collections import deque
from collections.abc import Iterator

from bot.answer import Answer, Citation
from bot.clip import clip

MAX_LEN = 4096  # Telegram's limit, in UTF-16 code units
SECTION_CHARS = 80

# What Telegram would turn into a link or a mention: URLs, www., bare domains with a common
# top-level domain, e-mail addresses, @usernames. Shown inside <code>, where Telegram links
# nothing, so a report or a model cannot put a link into an answer.
_LINKISH = re.compile(
    r"(?i)\b[a-z][a-z0-9+.-]*://[^\s<>\"]*"
    r"|\bwww\.[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|io|me|co|biz|app|dev|xyz|ru|cn|uk|us"
    r"|top|site|online|link|ly|gl|to|cc|tk|ml)\b(?:/[^\s<>\"]*)?"
    r"|(?<![\w@])@\w{4,}"
)
# Our own figure line, as the extractive answerer writes it: "**1.044** (Tuyên Quang, …) [1]"
# followed by the quoted line that holds the figure.
_FIGURE_LINE = re.compile(r"\*\*([^*\n]{1,120})\*\*( \(.*)")
_SOURCES = re.compile(r"\n\n(?:Nguồn|Sources):\n")


def safe(text: str) -> str:
    """Escaped text in which nothing becomes a link: link-like runs go inside <code>."""
    out: list[str] = []
    last = 0
    for m in _LINKISH.finditer(text):
        out.append(html.escape(text[last : m.start()], quote=False))
        out.append(f"<code>{html.escape(m.group(0), quote=False)}</code>")
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


def source_entry(c: Citation) -> str:
    """One line of the compact source list."""
    who = ", ".join(x for x in (c.agency, c.date or c.period) if x)
    return f"[{c.n}] {c.number or c.period} — {who}; {clip(c.section, SECTION_CHARS)}"


def format_answer(ans: Answer, max_chars: int = 0) -> str:
    """Telegram HTML: every figure line's figure in bold, quotes in italics, [n] markers, then a
    compact source list; all other text escaped, any other markup shown as plain text. With
    `max_chars`, a longer body is cut there first (a runaway model answer is not escaped whole
    when only a few messages of it will be sent)."""
    body = _SOURCES.split(ans.text, maxsplit=1)[0]
    if max_chars and len(body) > max_chars:
        body = body[:max_chars].rstrip() + "…"
    body, table = _table_pre(body)
    lines = body.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if line == _TABLE_SLOT:
            out.append(table)
            continue
        if line.startswith("> "):
            out.append(f"<i>“{safe(line[2:])}”</i>")
            continue
        m = _FIGURE_LINE.fullmatch(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if m and following.startswith("> ") and m.group(1) in following:
            out.append(f"<b>{safe(m.group(1))}</b>" + safe(m.group(2).replace("**", "")))
        else:
            out.append(safe(line.replace("**", "")))
    text = "\n".join(out)
    if ans.citations:
        label = "Sources" if ans.language == "en" else "Nguồn"
        entries = "\n".join(safe(source_entry(c)) for c in ans.citations)
        text += f"\n\n<b>{label}:</b>\n{entries}"
    return text


_TABLE_SLOT = "\0table"


def _table_pre(body: str) -> tuple[str, str]:
    """A Markdown comparison table as one monospace <pre> block (side, figure, date, source
    columns; what each figure counts is in /sources N), and the body with a slot for it."""
    lines = body.split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    if len(rows) < 3:
        return body, ""
    cells = [[c.strip().replace("**", "") for c in lines[i].strip("|").split("|")] for i in rows]
    cells = [[r[0], r[1], r[3], r[4]] for r in cells if len(r) >= 5 and not set(r[0]) <= {"-"}]
    widths = [max(len(r[k]) for r in cells) for k in range(4)]
    text = "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)
    kept = lines[: rows[0]] + [_TABLE_SLOT] + lines[rows[-1] + 1 :]
    return "\n".join(kept), f"<pre>{safe(text)}</pre>"


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: characters beyond the BMP (emoji) count twice."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


_TOKEN = re.compile(r"<[^>]*>|&#?\w+;|\n|[^\S\n]+|[^\s<&]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z-]+)")


def _tokens(text: str, longest: int) -> Iterator[str]:
    """Tags, character entities, newlines, spaces and words; words longer than `longest` in
    pieces (a tag or an entity is never cut)."""
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if len(tok) > longest and tok[0] not in "<&":
            for i in range(0, len(tok), longest):
                yield tok[i : i + longest]
        else:
            yield tok


def _visible(piece: str) -> bool:
    return bool(re.sub(r"<[^>]*>", "", piece).strip())


Tags = tuple[tuple[str, str], ...]


def _closing(stack: Tags) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


@functools.lru_cache(maxsize=64)
def _closing_len(stack: Tags) -> int:
    return utf16_len(_closing(stack))


def _pieces(text: str, limit: int) -> Iterator[str]:
    """HTML pieces of at most `limit` UTF-16 units, each with its tags balanced: a tag open at a
    cut is closed at the end of one piece and opened again at the start of the next. Cuts fall
    at a line end in the second half of a piece, else at the last space, else between words'
    pieces."""
    source = _tokens(text, max(1, limit // 4))
    pending: deque[str] = deque()  # tokens given back after a cut, read before `source`
    stack: Tags = ()  # open tags: (name, the opening tag as written)
    cur: list[str] = []  # the piece being filled; cur[0] may be the tags opened again
    size = 0
    floor = 0  # tokens of cur that are the reopened tags
    breaks: list[tuple[int, int, bool, Tags]] = []  # index, size, newline?, open tags
    while True:
        tok = pending.popleft() if pending else next(source, None)
        if tok is None:
            break
        new_stack = stack
        if tok.startswith("<") and len(tok) > 1:
            m = _TAG_NAME.match(tok)
            name = m.group(1).lower() if m else ""
            if tok.startswith("</"):
                new_stack = stack[:-1] if stack and stack[-1][0] == name else stack
            elif not tok.endswith("/>"):
                new_stack = (*stack, (name, tok))
        n = utf16_len(tok)
        if size + n + _closing_len(new_stack) > limit and len(cur) > floor:
            lines = [b for b in breaks if b[2] and b[1] >= limit // 2]
            spaces = [b for b in breaks if not b[2]]
            cut = (lines or spaces or [(len(cur), size, False, stack)])[-1]
            index, _, _, open_then = cut
            piece = "".join(cur[:index]).rstrip() + _closing(open_then)
            if _visible(piece):
                yield piece
            pending.extendleft(reversed([*cur[index:], tok]))
            reopen = "".join(tag for _, tag in open_then)
            cur, floor = ([reopen], 1) if reopen else ([], 0)
            size = utf16_len(reopen)
            stack = open_then
            breaks = []
            while pending and not pending[0].strip():
                pending.popleft()
            if not pending:
                tok = next(source, None)
                while tok is not None and not tok.strip():
                    tok = next(source, None)
                if tok is not None:
                    pending.append(tok)
            continue
        cur.append(tok)
        size += n
        stack = new_stack
        if not tok.strip() and len(cur) > floor + 1:
            breaks.append((len(cur) - 1, size, tok == "\n", stack))
    last = "".join(cur[floor:]).rstrip()
    if last.strip():
        yield "".join(cur).rstrip() + _closing(stack)


def split_message(
    text: str, limit: int = MAX_LEN, max_pieces: int = 0, more: str = ""
) -> list[str]:
    """Pieces of valid HTML under `limit`, never cut inside a tag or a character entity; with
    `max_pieces`, at most that many, the last ending with the escaped note `more`."""
    pieces: list[str] = []
    for piece in _pieces(text, limit):
        pieces.append(piece)
        if max_pieces and len(pieces) > max_pieces:
            break
    if not max_pieces or len(pieces) <= max_pieces:
        return pieces
    note = "\n" + html.escape(more, quote=False)
    kept = pieces[: max_pieces - 1]
    kept.append(next(_pieces(pieces[max_pieces - 1], limit - utf16_len(note))) + note)
    return kept
