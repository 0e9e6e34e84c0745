"""Batch export wall time, 1 process against all cores: `uv run python benchmarks/batch_export.py [N] [--runs R]`.

Writes N plans (default 50: copies of the sample agencies' presets, in turn) to a
temporary folder, then times `coresponse export P1 … PN -o OUT/ --jobs 1` and
`--jobs <cores>` as a user runs them (a subprocess, start-up included), R times each
(median). Standard library only; nothing outside the temporary folder is touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

PRESETS = ("mid-city", "large-city", "rural-sheriff")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard.cli", *args], capture_output=True, text=True,
                          check=False)


def make_plans(folder: Path, n: int) -> list[Path]:
    sources = []
    for name in PRESETS:
        path = folder / f"preset-{name}.coresponse.yaml"
        r = cli("new", "--preset", name, "-o", str(path))
        if r.returncode:
            sys.exit(f"could not write the {name} preset: {r.stderr.strip()}")
        sources.append(path)
    plans = folder / "plans"
    plans.mkdir()
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = plans / f"plan-{i + 1:03d}-{src.stem.split('.')[0].removeprefix('preset-')}.coresponse.yaml"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def _children_cpu() -> float:
    if resource is None:
        return float("nan")
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def time_batch(plans: list[Path], out: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its worker processes)."""
    cpu0 = _children_cpu()
    started = time.perf_counter()
    r = cli("export", *map(str, plans), "-o", f"{out}{os.sep}", "--jobs", str(jobs))
    took = time.perf_counter() - started
    cpu = _children_cpu() - cpu0
    if r.returncode:
        sys.exit(f"batch export failed ({r.returncode}): {r.stderr.strip()[-500:]}")
    written = len(list(out.glob("*.pdf")))
    if written != len(plans):
        sys.exit(f"expected {len(plans)} charters, found {written}")
    shutil.rmtree(out)
    return took, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=50, help="how many plans (default 50)")
    ap.add_argument("--runs", type=int, default=1, help="repetitions of each measurement (median)")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="coresponse-batch-") as tmp:
        folder = Path(tmp)
        plans = make_plans(folder, args.n)
        results: dict[int, tuple[float, float]] = {}
        for jobs in sorted({1, cores}):
            runs = [time_batch(plans, folder / f"out-{jobs}-{r}", jobs) for r in range(args.runs)]
            results[jobs] = (statistics.median(t for t, _ in runs), statistics.median(c for _, c in runs))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"batch export of {args.n} plans ({', '.join(PRESETS)} in turn), {cores} CPU cores, "
          f"median of {args.runs} run(s), load average {load:.1f} at the end")
    print(f"{'processes':>10}{'wall s':>10}{'s per plan':>12}{'speed-up':>10}{'CPU s':>9}{'CPU/wall':>10}")
    base = results[1][0]
    for jobs, (t, cpu) in results.items():
        print(f"{jobs:>10}{t:>10.1f}{t / args.n:>12.2f}{base / t:>9.2f}×{cpu:>9.1f}{cpu / t:>10.2f}")
    print("CPU/wall is how many cores the batch kept busy; on a machine shared with other work the "
          "speed-up is capped by the cores left free.")


if __name__ == "__main__":
    main()
