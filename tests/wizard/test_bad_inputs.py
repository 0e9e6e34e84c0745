"""The bad-input corpus (tests/data/bad/): every file gives its one-line message,
fast and small, from the CLI and from the window, and never a traceback."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
MANIFEST = yaml.safe_load((BAD / "MANIFEST.yaml").read_text(encoding="utf-8"))["files"]
MAX_SECONDS = 1.0
MAX_RSS_MB = 200


@pytest.fixture(scope="session")
def big_file(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("big") / "ten_megabytes.yaml"
    with p.open("wb") as fh:
        fh.write(b"notes: |\n")
        line = b"  " + b"x" * 98 + b"\n"
        for _ in range(10 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    return p


# Runs the real CLI and, as it exits, records its own peak RSS (VmHWM: this process
# image only; a fork's rusage would include the test runner's memory at fork time).
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


def run_cli(*args: str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run `coresponse` and return (result, seconds, peak RSS in MB of that process)."""
    import tempfile

    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        r = subprocess.run([sys.executable, "-c", _WRAP, rss.name, *args], cwd=ROOT, capture_output=True,
                           text=True, timeout=30)
        elapsed = time.perf_counter() - start
        kb = rss.read().strip()
    return r, elapsed, (int(kb) / 1024 if kb else 0.0)


def test_corpus_is_big_enough():
    assert len(MANIFEST) >= 40
    for e in MANIFEST:
        assert (BAD / e["file"]).exists(), e["file"]


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"] for e in MANIFEST])
def test_cli_message(entry):
    path = BAD / entry["file"]
    r, seconds, rss = run_cli("check", str(path))
    assert "Traceback" not in r.stderr
    if entry["expect"] == "OK":
        assert r.returncode in (0, 1), r.stderr
        return
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(path) in lines[0]
    assert entry["expect"] in lines[0]
    assert seconds < MAX_SECONDS, f"{seconds:.2f} s"
    assert rss < MAX_RSS_MB, f"{rss:.0f} MB"


def test_ten_megabyte_file(big_file):
    r, seconds, rss = run_cli("check", str(big_file))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "10.0 MB" in r.stderr and str(big_file) in r.stderr
    assert seconds < MAX_SECONDS and rss < MAX_RSS_MB


