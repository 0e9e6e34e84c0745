"""Figures for the frozen program (PyInstaller, packaging/): build time, size, start time.

    uv run python benchmarks/frozen.py            # builds dist/coresponse/ first (packaging/build.sh)
    uv run python benchmarks/frozen.py --no-build # measures an existing dist/coresponse/

Standard library only. Prints one table: the build's wall time, the folder's size on
disk, the size of the folder as a zip (deflate, level 9, symbolic links kept as links:
what an agency downloads),
and medians of the window's cold start (``coresponse-wizard --exit-after-start``,
offscreen, to first paint and exit), of ``coresponse presets`` and of a charter export,
each run from a temporary folder with a clean home.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _zip_size(folder: Path, work: Path) -> int:
    out = work / "coresponse.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for p in sorted(folder.rglob("*")):
            name = str(Path("coresponse") / p.relative_to(folder))
            if p.is_symlink():  # stored as a link (as `zip -y` does), not a second copy of the library
                info = zipfile.ZipInfo(name)
                info.external_attr = (0o120777 << 16)
                z.writestr(info, os.readlink(p))
            elif p.is_file():
                z.write(p, name)
    return out.stat().st_size


def _median_run(cmd: list[str], env: dict, cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-build", action="store_true", help="measure the dist/coresponse/ already built")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args(argv)
    dist = ROOT / "dist" / "coresponse"
    build_s = None
    if not args.no_build:
        t0 = time.perf_counter()
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, cwd=ROOT)
        build_s = time.perf_counter() - t0
    exe = ".exe" if os.name == "nt" else ""
    cli, gui = dist / f"coresponse{exe}", dist / f"coresponse-wizard{exe}"
    if not (cli.exists() and gui.exists()):
        print(f"{dist}: no frozen program; run packaging/build.sh", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        home = work / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
                   QT_QPA_PLATFORM="offscreen")
        subprocess.run([str(cli), "new", "--preset", "large-city", "-o", "x.yaml"], env=env, cwd=work, check=True,
                       capture_output=True)
        rows = [
            ("PyInstaller build (packaging/build.sh), wall time", f"{build_s:.0f} s" if build_s else "not run"),
            ("dist/coresponse/ on disk", f"{_size(dist) / 1e6:.0f} MB"),
            ("dist/coresponse/ zipped (deflate 9)", f"{_zip_size(dist, work) / 1e6:.0f} MB"),
            ("Window cold start (--exit-after-start, offscreen), median",
             f"{_median_run([str(gui), '--exit-after-start'], env, work, args.runs) * 1000:.0f} ms"),
            ("coresponse presets, median",
             f"{_median_run([str(cli), 'presets'], env, work, args.runs) * 1000:.0f} ms"),
            ("coresponse export (large-city, 29 pages), median",
             f"{_median_run([str(cli), 'export', 'x.yaml', '-o', 'x.pdf'], env, work, max(3, args.runs // 2)):.2f} s"),
        ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}} | value")
    print(f"{'-' * width}-|-------")
    for name, value in rows:
        print(f"{name:<{width}} | {value}")
    print(f"(machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; runs: {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
