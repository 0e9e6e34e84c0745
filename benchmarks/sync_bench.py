"""Shared-plan benchmark: merging 10,000 updates on open, and one keystroke's append.

    uv run python benchmarks/sync_bench.py          # a table
    uv run python benchmarks/sync_bench.py --json   # one JSON line (benchmarks/run.py)

A large-city plan is shared in a temporary folder; two people's logs then get 10,000
updates between them, as the window writes them: one per keystroke in a rationale and
in the training plan, and a number field typed over. Measured:

- open: ``SharedPlan(path)`` — read every snapshot and log, apply every record, settle
  the merged plan through the plan model (what opening a shared plan costs); floor:
  pycrdt applying 10,000 one-entry map updates to an empty document;
- keystroke: ``SharedPlan.commit`` of a plan with one character more in a rationale —
  the difference written to the CRDT, the record appended, flushed and fsynced, the
  merged plan settled; floor: appending and fsyncing the same bytes to a file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pycrdt import Doc, Map  # noqa: E402

from wizard import presets, storage  # noqa: E402
from wizard.content import default_content  # noqa: E402
from wizard.sync import SharedPlan, mapping, share  # noqa: E402
from wizard.sync import log as synclog  # noqa: E402

UPDATES = 10_000


def build(folder: Path) -> Path:
    path = folder / "large-city.coresponse.yaml"
    storage.save_plan(presets.new_plan(default_content(), "large-city"), path)
    share(path, "Alex Kim", "Mid City PD", "alex-laptop")
    snap = next(path.with_name(path.name + ".sync").glob("*.snapshot"))
    st = synclog.LogState(snap)
    (state,) = synclog.read_new(st)
    for who, field, n in (("alex-kim-alex-laptop", "program_model", UPDATES // 2),
                          ("dr-whitaker-desk", "staffing", UPDATES - UPDATES // 2)):
        doc = Doc()
        doc.apply_update(state)
        root = doc.get(mapping.ROOT, type=Map)
        header = {"kind": "log", "format": synclog.FORMAT, "person": who, "device": "bench", "generation": who}
        chunks = [synclog.preamble(), synclog.header_record(header)]
        text = root[field]["rationale" if field == "program_model" else "training_plan"]
        for i in range(n):
            sv = doc.get_state()
            if i % 10 == 9:
                root["agency"]["square_miles"] = 100 + i % 400
            else:
                text.insert(len(text), "abcdefghij "[i % 11])
            chunks.append(synclog.encode_record(doc.get_update(sv)))
        (path.with_name(path.name + ".sync") / f"{who}.updates").write_bytes(b"".join(chunks))
    return path


def floor_apply() -> float:
    src = Doc()
    m = src.get("m", type=Map)
    ups = []
    for i in range(UPDATES):
        sv = src.get_state()
        m[f"k{i % 50}"] = i
        ups.append(src.get_update(sv))
    t = time.perf_counter()
    d = Doc()
    for u in ups:
        d.apply_update(u)
    return time.perf_counter() - t


def measure(runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="coresponse-sync-bench-") as tmp:
        path = build(Path(tmp))
        opens = []
        for _ in range(runs):
            t = time.perf_counter()
            sp = SharedPlan(path, "Sam Ortiz", device="bench")
            opens.append(time.perf_counter() - t)
        assert len(sp.plan.program_model.rationale) >= UPDATES // 2 * 0.9 - 1000, "updates not merged"
        keys, floor_keys = [], []
        for i in range(60):
            plan = sp.plan.model_copy(deep=True)
            plan.program_model.rationale += "xyz"[i % 3]
            t = time.perf_counter()
            sp.commit(plan)
            keys.append(time.perf_counter() - t)
        record = synclog.encode_record(b"x" * 40)
        with open(Path(tmp) / "floor.bin", "ab") as fh:
            for _ in range(60):
                t = time.perf_counter()
                fh.write(record)
                fh.flush()
                os.fsync(fh.fileno())
                floor_keys.append(time.perf_counter() - t)
        floors = [floor_apply() for _ in range(runs)]
        return {
            "updates": UPDATES,
            "open_s": statistics.median(opens), "open_floor_s": statistics.median(floors), "open_runs": runs,
            "key_ms": statistics.median(keys) * 1000, "key_worst_ms": max(keys) * 1000,
            "key_floor_ms": statistics.median(floor_keys) * 1000, "key_runs": len(keys),
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    r = measure(args.runs)
    if args.json:
        print(json.dumps(r))
        return 0
    print(f"Open a shared plan with {r['updates']:,} updates in its logs: {r['open_s']:.3f} s "
          f"(floor, pycrdt applying {r['updates']:,} map updates: {r['open_floor_s']:.3f} s)")
    print(f"One keystroke's append (diff, CRDT, fsync, settle): {r['key_ms']:.1f} ms median, "
          f"{r['key_worst_ms']:.1f} ms worst (floor, append + fsync: {r['key_floor_ms']:.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
