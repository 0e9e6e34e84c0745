"""The performance benchmark: one table of medians, each against a floor and a target.

    uv run python benchmarks/run.py            # about 3 minutes on 2 cores
    uv run python benchmarks/run.py --quick    # fewer repetitions, about 2 minutes

Standard library only: everything that touches Qt, reportlab or the plan runs in
subprocesses (``floor_start.py``, ``window_driver.py``, ``export_bench.py`` and the
``coresponse`` command) with ``QT_QPA_PLATFORM=offscreen`` and settings, autosave and
recovery files in a temporary folder, so the user's own files are never touched.
Floors are measured in the same run, on the same machine, in the same environment:

- cold start: a script that imports PySide6, pydantic and PyYAML and shows an empty
  QWizard until its first paint (``floor_start.py``);
- page switch and keystroke: the same interaction on plain Qt widgets (a QWizard of
  label pages; a spin box driving a label) in the window process;
- open: PyYAML parsing the plan file; pypdf reading the charter's embedded plan;
- export: a plain platypus document with as many pages as the charter;
- export vs LibreOffice: ``soffice --headless --convert-to pdf`` of the same charter's
  text as HTML (``export_vs_libreoffice.py``; target: the export 2× faster);
- batch: time per plan in a batch of 10 (for the batch of 100);
- memory: the cold-start floor's peak RSS.

The bad-input rows (``bad_inputs.py``) have targets but no floor: every file of the
corpus refused in under 1 s of CPU and 200 MB, each in its own process.

Timed assertions live here, never in the test suite.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
PRESET = "large-city"


@dataclass
class Row:
    name: str
    value: str
    floor: str = ""
    ratio: float | None = None
    target: str = ""
    ok: bool | None = None
    runs: int = 1

    def cells(self) -> list[str]:
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else ""
        verdict = "" if self.ok is None else ("PASS" if self.ok else "MISS")
        return [self.name, self.value, self.floor, ratio, self.target, verdict, str(self.runs)]


HEADER = ["measure", "median", "floor", "× floor", "target", "result", "runs"]


def table(rows: list[Row]) -> str:
    cells = [HEADER] + [r.cells() for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    line = lambda c: "| " + " | ".join(x.ljust(w) for x, w in zip(c, widths, strict=True)) + " |"  # noqa: E731
    out = [line(HEADER), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(c) for c in cells[1:]]
    return "\n".join(out)


def med(xs) -> float:
    return statistics.median(list(xs))


def ms(x: float) -> str:
    return f"{x:.0f} ms" if x >= 100 else f"{x:.1f} ms"


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --- machine --------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    ram = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
                break
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.system()} {platform.release()})"
    except OSError:
        pass
    try:
        pyside = importlib.metadata.version("PySide6")
    except importlib.metadata.PackageNotFoundError:
        pyside = "?"
    try:
        load = f" · load average {os.getloadavg()[0]:.1f} at start"
    except OSError:
        load = ""
    parts = [cpu, f"{os.cpu_count()} cores", ram, os_name, f"Python {platform.python_version()}",
             f"PySide6 {pyside}"]
    return ", ".join(p for p in parts if p) + load


# --- subprocesses -----------------------------------------------------------------------------


class Env:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.vars = dict(os.environ)
        self.vars.update({
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_DATA_HOME": str(tmp / "data"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        })
        self.vars.pop("PYTHONSTARTUP", None)

    def run(self, args: list[str], timeout: float = 1800) -> str:
        p = subprocess.run(args, cwd=ROOT, env=self.vars, capture_output=True, text=True, timeout=timeout)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:3])}… exited {p.returncode}:\n{p.stderr[-3000:]}")
        return p.stdout

    def json(self, args: list[str], timeout: float = 1800) -> dict:
        out = self.run(args, timeout).strip().splitlines()
        return json.loads(out[-1])

    def timed(self, args: list[str]) -> tuple[float, float | None]:
        """Wall seconds from spawn to exit, and the child's peak RSS in MB (when known)."""
        t0 = time.perf_counter()
        p = subprocess.Popen(args, cwd=ROOT, env=self.vars, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if hasattr(os, "wait4"):
            _pid, status, usage = os.wait4(p.pid, 0)
            took = time.perf_counter() - t0
            p.returncode = os.waitstatus_to_exitcode(status)
            rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        else:  # pragma: no cover - Windows
            p.wait()
            took, rss = time.perf_counter() - t0, None
        err = p.stderr.read().decode(errors="replace") if p.stderr else ""
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited {p.returncode}:\n{err[-3000:]}")
        return took, rss


def tool(name: str) -> str:
    for cand in (BIN / name, BIN / f"{name}.exe"):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run this with `uv run python benchmarks/run.py`")
    return found


# --- measurements --------------------------------------------------------------------------------


def cold_start(env: Env, runs: int) -> tuple[list[Row], float]:
    floor_cmd = [sys.executable, str(HERE / "floor_start.py")]
    app_cmd = [tool("coresponse-wizard"), "--exit-after-start"]
    env.timed(floor_cmd)  # warm the disk cache for both, as any second start would be
    env.timed(app_cmd)
    floors, apps, floor_rss = [], [], []
    for i in range(runs):
        log(f"cold start {i + 1}/{runs}")
        f, rss = env.timed(floor_cmd)
        a, _ = env.timed(app_cmd)
        floors.append(f)
        apps.append(a)
        if rss is not None:
            floor_rss.append(rss)
    f, a = med(floors) * 1000, med(apps) * 1000
    ratio = a / f
    row = Row("Cold start (--exit-after-start)", ms(a), ms(f), ratio, "≤ 1.3× floor", ratio <= 1.3, runs)
    return [row], (med(floor_rss) if floor_rss else 0.0)


def window(env: Env, files: dict[str, Path], runs: int, quick: bool) -> list[dict]:
    driver = [sys.executable, str(HERE / "window_driver.py"), str(files["plan"]), str(files["charter"])]
    results = []
    for i in range(runs):
        log(f"window walk {i + 1}/{runs}")
        args = driver + [str(env.tmp / f"window-export-{i}.pdf"), "--passes", "1" if quick else "3",
                         "--reps", "10" if quick else "20"]
        result = env.json(args, timeout=600)
        for kind in ("pdf", "yaml"):
            log(f"open a {kind} as the first thing after start-up {i + 1}/{runs}")
            first = env.json(driver + [str(env.tmp / "unused.pdf"), "--first-open", kind], timeout=120)
            result[f"first_open_{kind}_ms"] = first["first_open_ms"]
        log(f"rushed walk {i + 1}/{runs}")
        result.update(env.json(driver + [str(env.tmp / "unused.pdf"), "--rush"], timeout=300))
        results.append(result)
    return results


def window_rows(results: list[dict], export: list[dict], floor_rss: float) -> list[Row]:
    n = len(results)
    rows = []
    medians, worsts, firsts, fmed, fworst = [], [], [], [], []
    worst_page = []
    for r in results:
        first = r["switch_first_ms"]
        all_ = list(first.values()) + r["switch_warm_ms"]
        medians.append(med(all_))
        worsts.append(max(all_))
        firsts.append(med(first.values()))
        worst_page.append(max(first, key=first.get))
        fmed.append(med(r["floor_switch_ms"]))
        fworst.append(max(r["floor_switch_ms"]))
    m, w, fm, fw = med(medians), med(worsts), med(fmed), med(fworst)
    rows.append(Row(f"Page switch, median ({PRESET}, first visits included)", ms(m), ms(fm), m / fm,
                    "< 16 ms", m < 16, n))
    slowest = max(set(worst_page), key=worst_page.count)
    rows.append(Row(f"Page switch, worst (slowest first visit: {slowest})", ms(w), ms(fw), w / fw,
                    "< 50 ms", w < 50, n))
    rows.append(Row("Page switch, first visits only (median)", ms(med(firsts)), ms(fm), med(firsts) / fm, "", None, n))
    rush_med = med(med(r["rush_ms"].values()) for r in results)
    rush_worst = med(max(r["rush_ms"].values()) for r in results)
    rush_page = max(results[0]["rush_ms"], key=results[0]["rush_ms"].get)
    rows.append(Row("First visits clicked straight through after opening (no idle), median", ms(rush_med),
                    ms(fm), rush_med / fm, "", None, n))
    rows.append(Row(f"First visits clicked straight through, worst ({rush_page})", ms(rush_worst), ms(fw),
                    rush_worst / fw, "", None, n))

    fk = med(med(r["floor_key_ms"]) for r in results)
    for key, what in (("key_staffing_ms", "clinician FTE"), ("key_funding_ms", "budget line FTE")):
        v = med(med(r[key]) for r in results)
        rows.append(Row(f"Live: {what} keystroke → figures painted", ms(v), ms(fk), v / fk, "< 16 ms", v < 16, n))
        worst = med(max(r[key]) for r in results)
        rows.append(Row(f"Live: {what} keystroke, worst", ms(worst), "", None, "", None, n))
    c = med(med(r["checks_ms"]) for r in results)
    rows.append(Row("Live: readiness checks after a typing pause", ms(c), ms(fk), c / fk, "< 16 ms", c < 16, n))

    fy = med(e["floor_open_yaml_ms"] for e in export)
    fp = med(e["floor_open_pdf_ms"] for e in export)
    oy = med(r["open_yaml_ms"] for r in results)
    op = med(r["open_pdf_ms"] for r in results)
    rows.append(Row("Open a plan (.yaml) → first page painted", ms(oy), ms(fy), oy / fy, "< 100 ms", oy < 100, n))
    rows.append(Row("Open a charter (.pdf) → first page painted", ms(op), ms(fp), op / fp, "< 100 ms", op < 100, n))
    for kind, floor in (("yaml", fy), ("pdf", fp)):
        v = med(r[f"first_open_{kind}_ms"] for r in results)
        rows.append(Row(f"Open a {'plan' if kind == 'yaml' else 'charter'} as the first thing after start-up",
                        ms(v), ms(floor), v / floor, "", None, n))

    rss = med(r["peak_rss_mb"] for r in results)
    rows.append(Row("Memory: peak RSS after every page + export + preview", f"{rss:.0f} MB",
                    f"{floor_rss:.0f} MB" if floor_rss else "", rss / floor_rss if floor_rss else None,
                    "< 250 MB", rss < 250, n))
    return rows


def export(env: Env, files: dict[str, Path], runs: int, reps: int) -> list[dict]:
    out = []
    for i in range(runs):
        log(f"export and open {i + 1}/{runs}")
        out.append(env.json([sys.executable, str(HERE / "export_bench.py"), str(files["plan"]),
                             str(files["charter"]), "--reps", str(reps)]))
    return out


def export_rows(export: list[dict]) -> list[Row]:
    n = sum(len(e["export_s"]) for e in export)
    t = med(x for e in export for x in e["export_s"])
    f = med(x for e in export for x in e["floor_export_s"])
    pages = export[0]["pages"]
    per, fper = t / pages * 1000, f / export[0]["floor_pages"] * 1000
    first = med(e["export_first_s"] for e in export)
    return [
        Row(f"Export {PRESET} charter ({pages} pages)", f"{t:.2f} s", f"{f:.2f} s", t / f, "", None, n),
        Row("Export, time per page", ms(per), ms(fper), per / fper, "≤ 3× floor", per / fper <= 3, n),
        Row("Export, first in a fresh process (imports, fonts)", f"{first:.2f} s", "", None, "", None, len(export)),
    ]


def batch(env: Env, sizes: tuple[int, ...], runs: int) -> list[Row]:
    """`coresponse export A B … -o DIR/ --jobs N`, timed by benchmarks/batch_export.py's helpers
    (plans are copies of the sample agencies' presets, in turn; start-up included)."""
    if "--jobs" not in env.run([tool("coresponse"), "export", "--help"]):
        return [Row("Batch export", "n/a: `coresponse export A B … -o DIR/ --jobs N` not available")]
    import batch_export  # benchmarks/batch_export.py, next to this file

    cores = os.cpu_count() or 1
    folder = env.tmp / "batch"
    folder.mkdir(exist_ok=True)
    plans = batch_export.make_plans(folder, max(sizes))
    per: dict[tuple[int, int], float] = {}
    counts: dict[tuple[int, int], int] = {}
    for size in sizes:
        for jobs in sorted({1, cores}):
            n = runs if size <= 10 else 1
            times = []
            for r in range(n):
                log(f"batch {size} plans, {jobs} process{'es' if jobs > 1 else ''} ({r + 1}/{n})")
                took = batch_export.time_batch(plans[:size], folder / f"out-{size}-{jobs}-{r}", jobs)
                times.append(took[0] if isinstance(took, tuple) else took)  # (wall, CPU) or wall
            per[(size, jobs)] = med(times) / size
            counts[(size, jobs)] = n
    small, big = min(sizes), max(sizes)
    rows = []
    for jobs in sorted({1, cores}):
        a, b = per[(small, jobs)], per[(big, jobs)]
        label = f"{jobs} process{'es' if jobs > 1 else ''}"
        rows.append(Row(f"Batch, per plan, {small} plans, {label}", ms(a * 1000), "", None, "", None,
                        counts[(small, jobs)]))
        rows.append(Row(f"Batch, per plan, {big} plans, {label} (floor: {small} plans)", ms(b * 1000),
                        ms(a * 1000), b / a, "≤ 1.15× (flat)", b / a <= 1.15, counts[(big, jobs)]))
    if cores > 1:
        speed = per[(big, 1)] / per[(big, cores)]
        want = 0.85 * cores
        rows.append(Row(f"Batch, {big} plans, speed-up with {cores} processes", f"{speed:.2f}×", "", None,
                        f"≥ {want:.2f}× ({cores} cores)", speed >= want, counts[(big, cores)]))
    return rows


def bad_inputs(env: Env) -> list[Row]:
    """Every bad-input file refused by its own `coresponse` process (benchmarks/bad_inputs.py)."""
    s = env.json([sys.executable, str(HERE / "bad_inputs.py"), "--json"], timeout=900)
    n = s["inputs"]
    return [
        Row(f"Bad input, slowest refusal ({s['slowest_file']}), CPU", f"{s['slowest_cpu_s']:.2f} s", "", None,
            "< 1 s", not s["over_cpu"], n),
        Row(f"Bad input, largest peak RSS ({s['largest_file']})", f"{s['largest_rss_mb']:.0f} MB", "", None,
            "< 200 MB", not s["over_rss"], n),
    ]


def sync_rows(env: Env) -> list[Row]:
    """Shared plans (benchmarks/sync_bench.py): merging 10,000 updates on open; one keystroke's append."""
    s = env.json([sys.executable, str(HERE / "sync_bench.py"), "--json"], timeout=900)
    return [
        Row(f"Shared plan: open, merging {s['updates']:,} updates", ms(s["open_s"] * 1000),
            f"{ms(s['open_floor_s'] * 1000)} (pycrdt alone)", s["open_s"] / s["open_floor_s"], "< 1 s", s["open_s"] < 1,
            s["open_runs"]),
        Row("Shared plan: one keystroke's append (diff, fsync, settle)", ms(s["key_ms"]),
            f"{ms(s['key_floor_ms'])} (append + fsync)", s["key_ms"] / s["key_floor_ms"], "< 50 ms",
            s["key_ms"] < 50, s["key_runs"]),
    ]


def libreoffice(env: Env, runs: int) -> list[Row]:
    """`coresponse export` against `soffice --convert-to pdf` of the same charter as HTML
    (benchmarks/export_vs_libreoffice.py), both whole processes."""
    s = env.json([sys.executable, str(HERE / "export_vs_libreoffice.py"), "--preset", PRESET, "--reps", str(runs),
                  "--json"], timeout=1800)
    if "libreoffice_s" not in s:
        return [Row("Export vs LibreOffice", f"n/a: LibreOffice {s['libreoffice']}")]
    e, lo = s["export_median_s"], s["libreoffice_median_s"]
    rows = [Row(f"Export {PRESET} charter ({s['export_pages']} p.), whole process; floor: LibreOffice HTML → PDF "
                f"({s['libreoffice_pages']} p.)", f"{e:.2f} s", f"{lo:.2f} s", e / lo, "≤ 0.50× (2× faster)",
                e / lo <= 1 / s["target"], runs)]
    for key, what in (("typst", "Python compiling the same Typst inputs, nothing else"),
                      ("parts", "the same + pydantic's plan models + reportlab graphics (the export's floor)")):
        f = s[f"floor_{key}_median_s"]
        rows.append(Row(f"  {what}; floor: LibreOffice", f"{f:.2f} s", f"{lo:.2f} s", f / lo, "", None, runs))
    return rows


def guarded(part: str, measure) -> list[Row]:
    """A part that fails becomes one row saying why; the rest of the table still prints."""
    try:
        return measure()
    except Exception as exc:  # noqa: BLE001 - report, do not lose the other measurements
        log(f"{part} failed: {type(exc).__name__}: {exc}")
        return [Row(f"{part}: not measured ({type(exc).__name__}: {str(exc).splitlines()[0][:80]})", "")]


def prepare(env: Env) -> dict[str, Path]:
    plan = env.tmp / f"{PRESET}.coresponse.yaml"
    charter = env.tmp / f"{PRESET}-charter.pdf"
    cli = tool("coresponse")
    env.run([cli, "new", "--preset", PRESET, "-o", str(plan)])
    env.run([cli, "export", str(plan), "-o", str(charter)])
    return {"plan": plan, "charter": charter}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    ap.add_argument("--only", choices=["start", "window", "export", "batch", "bad", "sync", "libreoffice"], action="append",
                    help="run only these parts (repeatable)")
    args = ap.parse_args(argv)
    parts = set(args.only or ["start", "window", "export", "batch", "bad", "sync", "libreoffice"])
    q = args.quick
    started = time.perf_counter()
    info = machine()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="coresponse-bench-") as tmp:
        env = Env(Path(tmp))
        files = prepare(env)
        floor_rss = 0.0
        if "start" in parts or "window" in parts:
            start_rows, floor_rss = cold_start(env, 5 if q else 11)
            if "start" in parts:
                rows += start_rows
        exp = export(env, files, 1 if q else 3, 3 if q else 5) if ("export" in parts or "window" in parts) else []
        if "window" in parts:
            rows += guarded("window", lambda: window_rows(window(env, files, 2 if q else 3, q), exp, floor_rss))
        if "export" in parts:
            rows += export_rows(exp)
        if "batch" in parts:
            rows += guarded("batch", lambda: batch(env, (10, 100), 1 if q else 3))
        if "bad" in parts:
            rows += guarded("bad input", lambda: bad_inputs(env))
        if "sync" in parts:
            rows += guarded("sync", lambda: sync_rows(env))
        if "libreoffice" in parts:
            rows += guarded("export vs LibreOffice", lambda: libreoffice(env, 3 if q else 5))
    print(f"Machine: {info}")
    print(f"Mode: {'--quick' if q else 'full'}; every figure is the median of `runs` runs; "
          f"{time.perf_counter() - started:.0f} s in all.\n")
    print(table(rows))
    misses = [r.name for r in rows if r.ok is False]
    print(f"\n{len(misses)} target{'s' if len(misses) != 1 else ''} missed" + (": " + "; ".join(misses) if misses else "."))
    return 0


if __name__ == "__main__":
    sys.exit(main())
