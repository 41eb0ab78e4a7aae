"""Which of a question's two coordinations names the sides of a comparison: of two plain
"và"/"and", the one inside a scope a preposition opens after the first ("compare spending to
date and the spending rate for the autonomous and the non-autonomous parts", "số hồ sơ tiếp
nhận và tỷ lệ đúng hạn của cấp huyện và cấp xã") names the sides; the first joins the
measures asked of each side."""

from __future__ import annotations

from bot.part_words import bare_word as bare

_AND = ("va", "and")
# Words that open the scope the measures are asked of: "… for / of / at A and B", "của / ở /
# tại / cho / đối với A và B".
_SCOPE = frozenset(["for", "of", "at", "in", "cua", "o", "tai", "cho", "doi"])


def scope_first(
    words: list[str], splits: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """Two plain "và"/"and" splits, the later inside a scope a preposition opens after the
    first ("compare spending and its rate for the autonomous and the non-autonomous parts"):
    the scope's "and" names the sides, the first joins the measures asked of each; tried first."""
    plain = [s for s in splits if s[1] == 1 and not s[2] and bare(words[s[0]]) in _AND]
    if (contrast := _contrast_after(words, splits, plain)) is not None:
        return [contrast, *[s for s in splits if s != contrast]]
    if len(plain) != 2:
        return splits
    first, second = plain
    between = {bare(w) for w in words[first[0] + 1 : second[0]]}
    if not between & _SCOPE:
        return splits
    return [second, *[s for s in splits if s != second]]


# Words on from a plain "and" within which a contrast ("compare with", "versus", "so với") makes
# the "and" one side's list ("schools and kindergartens compared with private clinics").
LIST_REACH = 4


def _contrast_after(
    words: list[str], splits: list[tuple[int, int, bool]], plain: list[tuple[int, int, bool]]
) -> tuple[int, int, bool] | None:
    """The contrast split a few words (`LIST_REACH`) after the question's one plain "and",
    which then joins two things of one side: the contrast names the sides; None if none."""
    if len(plain) != 1:
        return None
    at = plain[0][0]
    after = [s for s in splits if s[2] and s[1] >= 1 and at < s[0] <= at + LIST_REACH]
    return after[0] if after else None
