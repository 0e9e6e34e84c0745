"""No import circles inside ui/ or wizard/ (issue 14).

Every module's imports are read with ``ast``. Imports at module level (outside
``if TYPE_CHECKING:``) run when the module loads: a cycle among them fails the
test, naming the modules. Imports inside functions and under ``if TYPE_CHECKING``
tie modules together as well (a page that names the main window's type depends on
it, whether or not the import runs): a cycle through them fails too.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ui", "wizard")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _targets(node: ast.Import | ast.ImportFrom, here: str, is_package: bool, known: set[str]) -> set[str]:
    out: set[str] = set()
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    else:
        base = node.module or ""
        if node.level:
            pkg = here.split(".") if is_package else here.split(".")[:-1]
            pkg = pkg[: len(pkg) - (node.level - 1)]
            base = ".".join(pkg + ([base] if base else []))
        names = [base] + [f"{base}.{a.name}" for a in node.names]
    for name in names:
        while name and name not in known:  # 'ui.pages.agency.AgencyPage' → 'ui.pages.agency'
            name = name.rpartition(".")[0]
        if name and name != here and not here.startswith(name + "."):
            out.add(name)  # a module's own packages are loading already: not an edge
    return out


def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(module-level imports, imports inside functions) between the project's modules."""
    files = {module_name(p): p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py")}
    known = set(files)
    top: dict[str, set[str]] = {m: set() for m in files}
    inner: dict[str, set[str]] = {m: set() for m in files}
    typing_only: dict[str, set[str]] = {m: set() for m in files}

    for mod, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_pkg = path.name == "__init__.py"

        def visit(node: ast.AST, in_function: bool, mod=mod, is_pkg=is_pkg) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _is_type_checking(child):
                    for sub in ast.walk(ast.Module(body=child.body, type_ignores=[])):
                        if isinstance(sub, ast.Import | ast.ImportFrom):
                            typing_only[mod] |= _targets(sub, mod, is_pkg, known)
                    for sub in child.orelse:
                        visit(ast.Module(body=[sub], type_ignores=[]), in_function)
                    continue
                if isinstance(child, ast.Import | ast.ImportFrom):
                    (inner if in_function else top)[mod] |= _targets(child, mod, is_pkg, known)
                    continue
                visit(child, in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda))

        visit(tree, False)
    # A package's __init__ runs before any of its submodules: importing a.b imports a.
    for mod in files:
        for dep in list(top[mod]):
            parent = dep.rpartition(".")[0]
            while parent:
                if parent in known and parent != mod and not mod.startswith(parent + "."):
                    top[mod].add(parent)
                parent = parent.rpartition(".")[0]
    import_graph.typing_only = typing_only  # type: ignore[attr-defined]
    return top, inner


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_the_reader_finds_imports():
    top, inner = import_graph()
    assert "ui.document" in top["ui.binding"]
    assert "wizard.steps" in top["ui.main_window"]
    assert "wizard.storage" in inner["ui.document"]  # imported inside a function


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_among_module_level_imports():
    top, inner = import_graph()
    found = cycles(top)
    assert not found, "import circles among module-level imports: " + "; ".join(" ↔ ".join(c) for c in found)


def test_no_import_cycle_counting_imports_in_functions_and_for_type_checking():
    top, inner = import_graph()
    typing_only = import_graph.typing_only  # type: ignore[attr-defined]
    found = cycles({m: top[m] | inner[m] | typing_only[m] for m in top})
    assert not found, "import circles (counting imports inside functions and under TYPE_CHECKING): " + "; ".join(
        " ↔ ".join(c) for c in found)


def test_a_type_checking_import_back_is_a_cycle(tmp_path):
    """The reader sees an import under ``if TYPE_CHECKING`` (the shape of the old
    main_window ↔ pages circle)."""
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ui.main_window import X\n")
    node = tree.body[1]
    assert isinstance(node, ast.If) and _is_type_checking(node)
    assert _targets(node.body[0], "ui.pages.base", False, {"ui.main_window", "ui.pages.base"}) == {"ui.main_window"}
