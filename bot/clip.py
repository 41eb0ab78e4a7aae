"""Cutting display text to a length: the one rule for answer items, headings and Telegram's
compact source lines."""

from __future__ import annotations


def clip(text: str, limit: int) -> str:
    """`text` (white space folded) cut at a word boundary to at most `limit` characters, with an
    ellipsis; a word so long that the boundary would lose more than half is cut inside."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    cut = cut if cut > limit // 2 else limit - 1
    return text[:cut].rstrip(" ,;:–-") + "…"
