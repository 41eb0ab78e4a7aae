"""The layout's rules, read from the source: the flow is one way (eval → bot → index → core)
with no import cycles, front ends and the evaluation ask the answer service, never its
retriever, and nothing ships code that imports the tests; no function runs over 60 lines and no
module over 500."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LAYERS = {"core": 0, "index": 1, "bot": 2, "eval": 3}  # a package may import its own layer and below


def _modules(package: str) -> list[Path]:
    return sorted((REPO / package).rglob("*.py"))


def _imports(path: Path, top_level: bool = False) -> set[str]:
    """Modules a file imports (with `from m import n`, both m and m.n); top_level: only those
    imported when the module loads, not inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body if top_level else ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_imports_go_down_the_layers_and_never_into_the_tests(package: str) -> None:
    for path in _modules(package):
        for name in _imports(path):
            top = name.split(".")[0]
            assert top != "tests", f"{path.relative_to(REPO)} imports {name}"
            if top in LAYERS:
                assert LAYERS[top] <= LAYERS[package], f"{path.relative_to(REPO)} imports {name}"


def test_front_ends_and_eval_ask_the_service_not_its_retriever() -> None:
    for path in _modules("bot") + _modules("eval"):
        if path.name == "answer.py" and path.parent.name == "bot":
            continue  # the service itself
        assert ".retriever.index" not in path.read_text(encoding="utf-8"), path


def test_no_module_imports_itself_round_a_cycle() -> None:
    paths = {".".join(p.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__"): p
             for package in LAYERS for p in _modules(package)}  # fmt: skip
    graph = {
        name: sorted(d for d in _imports(REPO / path, top_level=True) if d in paths and d != name)
        for name, path in paths.items()
    }
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            pytest.fail("import cycle: " + " → ".join([*trail[trail.index(name) :], name]))
        if name in done:
            return
        for dep in graph[name]:
            visit(dep, [*trail, name])
        done.add(name)

    for name in graph:
        visit(name, [])


MAX_FUNCTION_LINES = 60


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_no_function_is_longer_than_sixty_lines(package: str) -> None:
    """A longer function is split where a name would explain its parts."""
    long = []
    for path in _modules(package):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name} ({lines})")
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: " + ", ".join(long)


MAX_MODULE_LINES = 500


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_no_module_is_longer_than_five_hundred_lines(package: str) -> None:
    """A longer module is split where a name would explain its parts."""
    long = []
    for path in _modules(package):
        name = path.relative_to(REPO).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            long.append(f"{name} ({lines})")
    assert not long, f"modules over {MAX_MODULE_LINES} lines: " + ", ".join(long)
