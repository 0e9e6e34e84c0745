"""How fast and how small a CAD-export import is: 1,000,000 CSV rows, and an XLSX file.

    uv run python benchmarks/calls_import.py              # 1,000,000 CSV rows, 50,000 XLSX rows
    uv run python benchmarks/calls_import.py --rows 200000 --xlsx-rows 20000
    uv run python benchmarks/calls_import.py --json       # one JSON line

The export (seven columns with fake names and addresses, ISO date-times, 6 % BH calls)
is generated into a temporary folder first; then each import runs in its own process
(``python -c`` calling :func:`wizard.calls.import_calls`), so that its wall time and
its own peak RSS (``VmHWM`` at exit) are measured without the generator's memory.
Targets for the CSV: under 5 s and under 300 MB. XLSX is reported on its own, smaller
size: openpyxl's streaming reader parses XML cell by cell, roughly ten times slower
per row than the csv module; the target is the same 300 MB (it streams too) and the
time is reported per 100,000 rows. Each CSV row also shows the *floor*: the csv module
alone reading the same file in its own process (the import cannot be faster than that),
and every import its process CPU time, which a busy machine inflates less than wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MAX_S = 5.0
MAX_RSS_MB = 300

_RUN = """
import sys, time
from wizard.calls import Columns, import_calls
t0 = time.perf_counter()
r = import_calls(sys.argv[1], Columns(when="Received Date Time", type="Nature Code"),
                 ["MENTAL", "SUICIDAL PERSON", "PSYCH EVAL"], tz=sys.argv[2] or None)
took = time.perf_counter() - t0
import resource
ru = resource.getrusage(resource.RUSAGE_SELF)
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))
print(took, rss // 1024, r.demand.rows_read, r.demand.total_bh, ru.ru_utime + ru.ru_stime)
"""

_FLOOR = """
import csv, sys, time
t0 = time.perf_counter()
with open(sys.argv[1], newline="", encoding="utf-8") as fh:
    for row in csv.reader(fh):
        pass
print(time.perf_counter() - t0)
"""


def measure(path: Path, tz: str = "") -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _RUN, str(path), tz], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.split()
    wall = time.perf_counter() - started
    took, rss, rows, bh, cpu = float(out[0]), int(out[1]), int(out[2]), int(out[3]), float(out[4])
    r = {"file": path.name, "mb": round(path.stat().st_size / 1e6, 1), "rows": rows, "bh": bh,
         "import_s": round(took, 2), "process_s": round(wall, 2), "process_cpu_s": round(cpu, 2), "peak_rss_mb": rss}
    if path.suffix == ".csv":  # the floor: the csv module alone reading every row of the same file
        floor = float(subprocess.run([sys.executable, "-c", _FLOOR, str(path)], capture_output=True, text=True,
                                     check=True).stdout)
        r["csv_floor_s"] = round(floor, 2)
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--xlsx-rows", type=int, default=50_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from tests import callgen

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = callgen.write_csv(Path(tmp) / "calls.csv", callgen.million(args.rows))
        results.append(measure(csv_path) | {"what": "CSV, naive local times"})
        utc = Path(tmp) / "calls_utc.csv"
        callgen.write_csv(utc, callgen.million(args.rows), fmt=lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"))
        results.append(measure(utc, "America/Chicago") | {"what": "CSV, UTC times → America/Chicago"})
        os.unlink(csv_path)
        os.unlink(utc)
        if args.xlsx_rows:
            x = callgen.write_xlsx(Path(tmp) / "calls.xlsx", callgen.million(args.xlsx_rows))
            results.append(measure(x) | {"what": "XLSX, date-time cells"})
    ok = True
    for r in results:
        if r["file"].endswith(".csv"):
            r["target"] = f"< {MAX_S:g} s, < {MAX_RSS_MB} MB (scaled to {args.rows:,} rows)"
            r["meets"] = r["import_s"] < MAX_S * args.rows / 1_000_000 and r["peak_rss_mb"] < MAX_RSS_MB
        else:
            r["per_100k_s"] = round(r["import_s"] * 100_000 / max(1, r["rows"]), 2)
            r["target"] = f"< {MAX_RSS_MB} MB"
            r["meets"] = r["peak_rss_mb"] < MAX_RSS_MB
        ok = ok and r["meets"]
    if args.json:
        print(json.dumps({"calls_import": results}))
    else:
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"{'import':<36} {'rows':>10} {'MB':>7} {'import s':>9} {'csv floor s':>12} {'process CPU s':>14} "
              f"{'peak RSS':>9}  meets")
        for r in results:
            print(f"{r['what']:<36} {r['rows']:>10,} {r['mb']:>7} {r['import_s']:>9} {r.get('csv_floor_s', ''):>12} "
                  f"{r['process_cpu_s']:>14} {r['peak_rss_mb']:>6} MB  {'yes' if r['meets'] else 'NO'} "
                  f"({r['target']}{', ' + str(r['per_100k_s']) + ' s per 100,000 rows' if 'per_100k_s' in r else ''})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
