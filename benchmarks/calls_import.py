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
time is reported per 100,000 rows.
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
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))
print(took, rss // 1024, r.demand.rows_read, r.demand.total_bh)
"""


def measure(path: Path, tz: str = "") -> dict:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _RUN, str(path), tz], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.split()
    wall = time.perf_counter() - started
    took, rss, rows, bh = float(out[0]), int(out[1]), int(out[2]), int(out[3])
    return {"file": path.name, "mb": round(path.stat().st_size / 1e6, 1), "rows": rows, "bh": bh,
            "import_s": round(took, 2), "process_s": round(wall, 2), "peak_rss_mb": rss}


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
        print(f"{'import':<36} {'rows':>10} {'MB':>7} {'import s':>9} {'process s':>10} {'peak RSS':>9}  meets")
        for r in results:
            print(f"{r['what']:<36} {r['rows']:>10,} {r['mb']:>7} {r['import_s']:>9} {r['process_s']:>10} "
                  f"{r['peak_rss_mb']:>6} MB  {'yes' if r['meets'] else 'NO'} ({r['target']})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
