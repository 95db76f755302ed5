"""The shape of the package: stages import only the stages before them, the import graph has no
cycles, and a long module says why it is long (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
LONG_MODULE = 500
LONG_REASON = "Longer than 500 lines because"

# Shared modules first, then the stages in the order data flows; everything after `report`
# (audit, cache, batch, evaluate, portfolio, cli) may import every stage.
RANKS = {"shared": 0, "ingest": 1, "extract": 2, "compare": 3, "report": 4, "top": 5}
SHARED = {"model", "config", "errors", "generated", "resources", "field_registry", "pdfium_lock"}


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules `name` imports, at any depth of its code (deferred ones too); an
    import of a submodule counts as that submodule, not its package's __init__."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in known else base)
    return {m for m in found if m in known and m != name}


def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "shared"  # pipeline/__init__.py: the version
    if parts[1] in SHARED:
        return "shared"
    return parts[1] if parts[1] in RANKS else "top"


def test_a_stage_imports_only_the_stages_before_it() -> None:
    wrong = [
        f"{module} -> {target}"
        for module, targets in _graph().items()
        for target in targets
        if RANKS[_stage(target)] > RANKS[_stage(module)]
    ]
    assert wrong == []


def test_the_import_graph_has_no_cycles() -> None:
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_a_long_module_says_why_at_its_top() -> None:
    unexplained = []
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > LONG_MODULE and LONG_REASON not in text[:2000]:
            unexplained.append(f"{name} ({text.count(chr(10))} lines)")
    assert unexplained == []


def _deferred_imports(path: Path) -> list[tuple[int, str]]:
    """Imports inside a function, with the line of each; TYPE_CHECKING blocks aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.append((node.lineno, ast.unparse(node)))
    return found


def test_an_import_inside_a_function_says_why() -> None:
    """Deferred imports are for start-up time only (a heavy library a command may not need, an
    optional dependency); each says so in a comment on its line or the line above."""
    silent = []
    for name, path in _modules().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for lineno, text in _deferred_imports(path):
            if not _explained(lines, lineno - 1):
                silent.append(f"{name}:{lineno} {text}")
    assert silent == []


def _explained(lines: list[str], index: int) -> bool:
    """A comment on the import (or on the line that closes a wrapped one), or above the run of
    import lines it belongs to."""
    end = index
    while "#" not in lines[end] and lines[end].rstrip().endswith(("(", ",")):
        end += 1
    if "#" in lines[index] or "#" in lines[end]:
        return True
    above = index - 1
    while above >= 0 and lines[above].strip().startswith(("import ", "from ")):
        if "#" in lines[above]:
            return True
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#")
