"""Handouts on Typst, timed as whole processes: `coresponse worksheet` and `coresponse compare`
of the four presets, each a fresh interpreter (imports, fonts and the compiler included).

With ``--before REV`` the same commands also run from a ``git archive`` of that revision
(the reportlab handouts) with the same interpreter, so the two renderers are compared
on the same machine in the same run. Also prints the in-process compile time of each
template (warm) and the pages of each PDF.

    uv run python benchmarks/typeset_bench.py [--reps 5] [--before 4b21f2f]
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRESETS = ("mid-city", "rural-sheriff", "large-city", "blank")


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr.strip()}")
    return took


def pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def time_tree(tree: Path, work: Path, reps: int, label: str) -> list[tuple[str, float, float, int]]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    py = sys.executable
    plans = []
    for name in PRESETS:
        p = work / f"{name}.coresponse.yaml"
        if not p.exists():
            run([py, "-m", "wizard.cli", "new", "--preset", name, "-o", str(p)], tree, env)
        plans.append(str(p))
    out = []
    for what, args, target in (
        ("worksheet", ["worksheet"], work / f"ws-{label}.pdf"),
        ("compare 4 presets", ["compare", *plans], work / f"cmp-{label}.pdf"),
    ):
        times = [run([py, "-m", "wizard.cli", *args, "-o", str(target)], tree, env) for _ in range(reps)]
        out.append((what, statistics.median(times), min(times), pages(target)))
    return out


def warm_compile(reps: int) -> list[tuple[str, float]]:
    sys.path.insert(0, str(ROOT))
    from wizard import presets
    from wizard.content import default_content
    from wizard.handouts import render_comparison, render_worksheet

    content = default_content()
    plans = [(f"{n}.yaml", presets.new_plan(content, n)) for n in PRESETS]
    render_worksheet(content)
    render_comparison(plans, content)
    res = []
    for what, fn in (("worksheet", lambda: render_worksheet(content)),
                     ("compare 4 presets", lambda: render_comparison(plans, content))):
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        res.append((what, statistics.median(times)))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--before", help="a git revision with the reportlab handouts, timed alongside")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = [("typst", *r) for r in time_tree(ROOT, work, args.reps, "typst")]
        if args.before:
            tree = work / "before"
            tree.mkdir()
            tar = subprocess.run(["git", "-C", str(ROOT), "archive", args.before], capture_output=True,
                                 check=True).stdout
            tarfile.open(fileobj=io.BytesIO(tar)).extractall(tree, filter="data")
            rows += [(f"reportlab ({args.before})", *r) for r in time_tree(tree, work, args.reps, "before")]
    print(f"whole process, median of {args.reps} (min), Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"{'renderer':<24} {'document':<20} {'median s':>9} {'min s':>7} {'pages':>6}")
    for who, what, med, low, n in rows:
        print(f"{who:<24} {what:<20} {med:>9.2f} {low:>7.2f} {n:>6}")
    print("in process, warm (template compile + facts), median:")
    for what, med in warm_compile(args.reps):
        print(f"  {what:<20} {med * 1000:>7.0f} ms")


if __name__ == "__main__":
    main()
