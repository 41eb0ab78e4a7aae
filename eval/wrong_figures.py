"""`python -m eval.wrong_figures RESULTS.json`: how many answers state a wrong figure in bold.

A figure stated in bold (`**…**` outside quotes and the source list) that is not an expected
value of an answerable question, or any bold figure in the answer to an unanswerable one, is a
wrong stated figure: the worst outcome. Hedged answers ("Chưa chắc chắn — …") state none.
Also counts hedged answers and whether they list the expected figure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from core.text import figures
from eval.scoring import claims, is_figure, value_in

_BOLD = re.compile(r"\*\*(.+?)\*\*")
HEDGES = ("Chưa chắc chắn", "Not sure")


def wrong_bold(answer: str, expected: list[str], answerable: bool) -> bool:
    """Whether the answer states, in bold, a figure that is not an expected one."""
    stated = [b for b in _BOLD.findall(claims(answer)) if is_figure(b)]
    if not stated:
        return False
    if not answerable:
        return True
    # A stated fraction holds its parts ("221/262" states 221): right when it holds one.
    wanted = [figures(v) for v in expected if is_figure(v)]
    return any(not any(w and w <= figures(b) for w in wanted) for b in stated)


def main(argv: list[str] | None = None) -> int:
    """Print the counts for each configuration of a results.json."""
    args = sys.argv[1:] if argv is None else argv
    data = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    for cfg, outcomes in data["outcomes"].items():
        wrong = [o["id"] for o in outcomes
                 if wrong_bold(o["answer"], o["expected"], o["answerable"])]  # fmt: skip
        hedged = [o for o in outcomes if o["answer"].startswith(HEDGES)]
        listed = sum(
            o["answerable"] and all(value_in(v, o["answer"]) for v in o["expected"]) for o in hedged
        )
        answerable = sum(o["answerable"] for o in outcomes)
        print(f"{cfg}: {len(wrong)} wrong stated figures ({', '.join(wrong) or '-'}); "
              f"{len(hedged)} hedged ({listed} listing the expected figure); "
              f"{answerable} answerable of {len(outcomes)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
