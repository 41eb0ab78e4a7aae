"""Telegram messages from rendered HTML (bot/render.py): split on the HTML's structure under
Telegram's limit, never inside a tag or an entity, at most a few messages per answer."""

from __future__ import annotations

import functools
import html
import re
from collections import deque
from collections.abc import Iterator

MAX_LEN = 4096  # Telegram's limit, in UTF-16 code units


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
