"""Words that stand for the thing a comparison's part before names ("compare X of A with that
of B", "those issued by …"): the part after is what follows them."""

from __future__ import annotations

import re

from bot.part_words import bare_word as _bare

# Words standing for the thing the part before names ("compare X of A with that of B"): the
# part after is what follows them.
_STANDS_FOR = (("that", "of"), ("those", "of"), ("the", "one", "of"), ("the", "ones", "of"),
               ("those", "by"), ("that", "among"), ("those", "among"), ("that", "for"),
               ("those", "for"), ("cai", "cua"))  # fmt: skip
# ... or a pronoun, a participle and "by" ("those issued by", "the ones kept by"): the part
# after "by" names who did it. A participle: a word in -ed or a common irregular one.
_BY = tuple(p + ("*", "by") for p in (("those",), ("the", "ones"), ("the", "one"), ("that",)))
# "… than it approved", "… than they registered": a pronoun standing for the place both parts
# share, before the part after's verb.
_PRONOUN = frozenset(["it", "they"])
_PARTICIPLE = re.compile(r"[a-z]{3,}ed|run|kept|held|made|done|written|built|sent|paid|led")


def stands_for(words: list[str], at: int) -> int:
    """How many words at `at` stand for the thing the part before names; 0 if none."""
    bare = [_bare(w) for w in words[at : at + 4]]
    for said in _STANDS_FOR + _BY:
        got = bare[: len(said)]
        fits = len(got) == len(said) and all(s in (g, "*") for s, g in zip(said, got, strict=True))
        if fits and ("*" not in said or _PARTICIPLE.fullmatch(got[said.index("*")])):
            return len(said)
    return int(len(bare) > 1 and bare[0] in _PRONOUN and bool(_PARTICIPLE.fullmatch(bare[1])))
