"""A section, summary or list answer to a question naming several provinces that quotes one of
them only ("How did A and B do on …?" told by A's section alone): it answers one side and
says nothing of the others, while its text holds that one report's figures, none of them
the other provinces' asked ones. Not found is said instead, naming the provinces the
passages found tell of and those they do not, with those passages listed as the nearest
(never a figure stated). A comparison table, an abstention, or an answer that quotes every
province named is left as it is."""

from __future__ import annotations

from bot.render import passage_line, with_sources
from core.query import ParsedQuery
from core.result import Answer

# The rule under a Markdown table's head: a comparison table, its missing sides said in rows.
_TABLE_RULE = "\n|---"


def told_provinces(ans: Answer) -> tuple[str, ...]:
    """The provinces an answer's citations quote, in order of first citation."""
    return tuple(dict.fromkeys(c.province for c in ans.citations if c.province))


def one_province_told(q: ParsedQuery, ans: Answer | None, language: str) -> Answer | None:
    """The typed answer, or not found when it quotes some but not all of the several
    provinces the question names (see the module's notes)."""
    if ans is None or ans.abstained or len(q.provinces) < 2 or _TABLE_RULE in ans.text:
        return ans
    told = told_provinces(ans)
    untold = [p for p in q.provinces if p not in told]
    if not told or not untold or not set(told) <= set(q.provinces):
        return ans
    en = language == "en"
    if en:
        head = (f"Not found: the passages found tell of {', '.join(told)} only, not of "
                f"{', '.join(untold)}; the nearest passages:")  # fmt: skip
    else:
        head = (f"Không tìm thấy: các đoạn tìm được chỉ nói về {', '.join(told)}, không nói "
                f"về {', '.join(untold)}; các đoạn gần nhất:")  # fmt: skip
    lines = [f"[{c.n}] {passage_line(c, en)}" for c in ans.citations]
    text = with_sources("\n".join([head, *lines]), ans.citations, en)
    return Answer(q.text, text, True, ans.citations, language=language,
                  intent=ans.intent, not_found_why="one province of several")  # fmt: skip
