"""How fast and how small each refusal of the bad-input corpus is.

    uv run python benchmarks/bad_inputs.py          # a table of the slowest inputs
    uv run python benchmarks/bad_inputs.py --json   # one JSON line (for run.py)

Every file of ``tests/data/bad/`` (and a generated 10 MB file) is given to the real
``coresponse`` command in its own process, as a user would; each process's CPU time
(user + system, from ``wait4``) and its own peak RSS (``VmHWM``, read as it exits, so the
parent's memory at fork time is not counted) are recorded. Targets: every input
refused or read in under 1 s of CPU and under 200 MB. The test suite checks the
messages (tests/wizard/test_bad_inputs.py); the figures live here, where a busy
machine makes a slow row, not a failed build.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "tests" / "data" / "bad"
MAX_CPU_S = 1.0
MAX_RSS_MB = 200

_WRAP = """
import sys
from wizard.cli import main
try:
    code = main(sys.argv[2:])
finally:
    for line in open('/proc/self/status'):
        if line.startswith('VmHWM:'):
            open(sys.argv[1], 'w').write(line.split()[1])
sys.exit(code)
"""


def manifest() -> list[dict]:
    import yaml  # PyYAML: the project's own dependency

    return yaml.safe_load((BAD / "MANIFEST.yaml").read_text(encoding="utf-8"))["files"]


def big_file(folder: Path) -> Path:
    p = folder / "ten_megabytes.yaml"
    with p.open("wb") as fh:
        fh.write(b"notes: |\n")
        line = b"  " + b"x" * 98 + b"\n"
        for _ in range(10 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return p


def measure(args: list[str]) -> tuple[int, float, float]:
    """(exit code, CPU seconds, peak RSS in MB) of one ``coresponse ARGS`` process."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        proc = subprocess.Popen([sys.executable, "-c", _WRAP, rss.name, *args], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        kb = rss.read().strip()
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, (int(kb) / 1024 if kb else 0.0)


def run_all() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="coresponse-bad-") as tmp:
        tmp_path = Path(tmp)
        inputs = [(e["file"], e.get("command", "check"), BAD / e["file"]) for e in manifest()]
        inputs.append(("ten_megabytes.yaml (generated)", "check", big_file(tmp_path)))
        for name, command, path in inputs:
            args = [command, str(path)] + (["-o", str(tmp_path / "out.yaml")] if command == "extract" else [])
            code, cpu, rss = measure(args)
            rows.append({"file": name, "command": command, "exit": code, "cpu_s": cpu, "rss_mb": rss})
            (tmp_path / "out.yaml").unlink(missing_ok=True)
    return rows


def summary(rows: list[dict]) -> dict:
    slow = max(rows, key=lambda r: r["cpu_s"])
    big = max(rows, key=lambda r: r["rss_mb"])
    return {"inputs": len(rows), "slowest_file": slow["file"], "slowest_cpu_s": slow["cpu_s"],
            "largest_file": big["file"], "largest_rss_mb": big["rss_mb"],
            "over_cpu": [r["file"] for r in rows if r["cpu_s"] >= MAX_CPU_S],
            "over_rss": [r["file"] for r in rows if r["rss_mb"] >= MAX_RSS_MB]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON line (the summary) for run.py")
    args = ap.parse_args(argv)
    rows = run_all()
    s = summary(rows)
    if args.json:
        print(json.dumps(s))
        return 0
    print(f"{'input':44} {'command':8} {'exit':>4} {'CPU s':>6} {'peak MB':>8}")
    for r in sorted(rows, key=lambda r: -r["cpu_s"])[:15]:
        print(f"{r['file'][:44]:44} {r['command']:8} {r['exit']:>4} {r['cpu_s']:>6.2f} {r['rss_mb']:>8.0f}")
    print(f"\n{s['inputs']} inputs. Slowest: {s['slowest_file']} {s['slowest_cpu_s']:.2f} s CPU "
          f"(target < {MAX_CPU_S:.0f} s); largest: {s['largest_file']} {s['largest_rss_mb']:.0f} MB "
          f"(target < {MAX_RSS_MB} MB).")
    if s["over_cpu"] or s["over_rss"]:
        print(f"Over target: CPU {s['over_cpu']}, memory {s['over_rss']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
