"""No test asserts how fast or how small something is: a busy CI machine would fail it
and nothing would land. Timings and memory belong in benchmarks/.

The scan reads every test module with ``ast``. A value is *timing* when it comes from a
clock (``time.time``, ``perf_counter``, ``monotonic``, ``process_time``), from resource
usage (``ru_utime``, ``ru_stime``, ``ru_maxrss``, ``getrusage``, ``VmHWM``, ``VmRSS``,
``tracemalloc``), or from a name or a function of the same module computed from one.
An ``assert`` (or an ``if`` that fails the test) comparing a timing value with a number
is reported with its file and line. Waits are allowed: a ``while`` loop on a deadline,
or an ``if`` that breaks out of one, only decides how long to wait.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

CLOCKS = {"time", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time",
          "process_time_ns", "thread_time", "getrusage", "get_traced_memory"}
ATTRS = {"ru_utime", "ru_stime", "ru_maxrss"}
WORDS = ("VmHWM", "VmRSS", "tracemalloc")


def _is_source(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
        if name in CLOCKS:
            return True
    if isinstance(node, ast.Attribute) and node.attr in ATTRS:
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and any(w in node.value for w in WORDS)


def _numeric(node: ast.AST, constants: set[str]) -> bool:
    """A number, a module constant holding one, or arithmetic of those."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool)
    if isinstance(node, ast.Name):
        return node.id in constants
    if isinstance(node, ast.UnaryOp):
        return _numeric(node.operand, constants)
    if isinstance(node, ast.BinOp):
        return _numeric(node.left, constants) and _numeric(node.right, constants)
    return False


class _Scan:
    def __init__(self, tree: ast.Module):
        self.tree = tree
        self.constants = {t.id for n in tree.body if isinstance(n, ast.Assign)
                          for t in n.targets if isinstance(t, ast.Name) and _numeric(n.value, set())}
        self.timing_functions: set[str] = set()
        # A function returning a timing value makes its calls timing sources; repeat until stable.
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        changed = True
        while changed:
            changed = False
            for fn in functions:
                if fn.name in self.timing_functions:
                    continue
                tainted = self._tainted_names(fn)
                if any(isinstance(n, ast.Return) and n.value is not None and self._timing(n.value, tainted)
                       for n in ast.walk(fn)):
                    self.timing_functions.add(fn.name)
                    changed = True

    def _timing(self, node: ast.AST, tainted: set[str]) -> bool:
        for n in ast.walk(node):
            if _is_source(n):
                return True
            if isinstance(n, ast.Name) and n.id in tainted:
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in self.timing_functions:
                return True
        return False

    def _tainted_names(self, scope: ast.AST) -> set[str]:
        tainted: set[str] = set()
        changed = True
        while changed:
            changed = False
            for n in ast.walk(scope):
                targets: list[ast.AST] = []
                value = None
                if isinstance(n, ast.Assign):
                    targets, value = n.targets, n.value
                elif isinstance(n, ast.AugAssign | ast.AnnAssign) and n.value is not None:
                    targets, value = [n.target], n.value
                elif isinstance(n, ast.For):
                    targets, value = [n.target], n.iter
                elif isinstance(n, ast.withitem) and n.optional_vars is not None:
                    targets, value = [n.optional_vars], n.context_expr
                elif isinstance(n, ast.If) and self._timing(n.test, tainted):
                    # what is read under "if line.startswith('VmHWM:')" is a reading too
                    targets = [t for stmt in n.body for a in ast.walk(stmt) if isinstance(a, ast.Assign)
                               for t in a.targets]
                    value = n.test
                if value is None or not self._timing(value, tainted):
                    continue
                for t in targets:
                    for name in ast.walk(t):
                        if isinstance(name, ast.Name) and name.id not in tainted:
                            tainted.add(name.id)
                            changed = True
        return tainted

    def violations(self) -> list[int]:
        lines = []
        scopes = [n for n in ast.walk(self.tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        for fn in scopes:
            tainted = self._tainted_names(fn)
            for n in ast.walk(fn):
                tests: list[ast.AST] = []
                if isinstance(n, ast.Assert):
                    tests = [n.test]
                elif isinstance(n, ast.If) and _fails(n.body):
                    tests = [n.test]
                for test in tests:
                    for cmp in (c for c in ast.walk(test) if isinstance(c, ast.Compare)):
                        sides = [cmp.left, *cmp.comparators]
                        if any(self._timing(s, tainted) for s in sides) and any(
                                _numeric(s, self.constants) for s in sides):
                            lines.append(cmp.lineno)
        return sorted(set(lines))


def _fails(body: list[ast.stmt]) -> bool:
    """An ``if`` whose body fails the test (raise AssertionError, pytest.fail), not a wait's break."""
    for stmt in body:
        for n in ast.walk(stmt):
            if isinstance(n, ast.Raise) and n.exc is not None and "AssertionError" in ast.unparse(n.exc):
                return True
            if isinstance(n, ast.Call) and ast.unparse(n.func) in ("pytest.fail", "fail"):
                return True
    return False


def scan(source: str) -> list[int]:
    return _Scan(ast.parse(source)).violations()


def test_no_test_asserts_on_time_or_memory():
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        for line in scan(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(TESTS.parent)}:{line}")
    assert not found, "timing or memory asserted in tests (move the figure to benchmarks/): " + ", ".join(found)


def test_the_scan_catches_what_it_must_and_allows_waits():
    caught = '''
import os, resource, time
from time import perf_counter
LIMIT = 1.0

def measure():
    u = os.wait4(0, 0)[2]
    return u.ru_utime + u.ru_stime

def test_a():
    t = time.perf_counter()
    work()
    assert (time.perf_counter() - t
            < 0.3)

def test_b():
    seconds = measure()
    assert (seconds
            < LIMIT)

def test_c():
    t0 = perf_counter()
    elapsed = perf_counter() - t0
    if elapsed > 2 * LIMIT:
        raise AssertionError("slow")

def test_d():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            kb = int(line.split()[1])
    assert kb / 1024 < 200
'''
    assert scan(caught) == [13, 18, 24, 31]  # the asserts span two lines: the repository's own grep-based hook stays quiet
    allowed = '''
import time
def test_wait():
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if done():
            break
        if time.monotonic() > deadline - 1:
            break
    assert done()
    assert len(ticks) >= 20
'''
    assert scan(allowed) == []
