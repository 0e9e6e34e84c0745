"""The ``coresponse`` command, run as a user runs it: a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from factories import ready_plan

from wizard import storage

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wizard.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=60)


def test_presets_lists_name_first():
    r = run("presets")
    assert r.returncode == 0, r.stderr
    names = [line.split("\t")[0] for line in r.stdout.splitlines()]
    assert names[0] == "blank"
    assert {"rural-sheriff", "mid-city", "large-city"} <= set(names)
    assert all("\t" in line and len(line.split("\t")[1]) > 10 for line in r.stdout.splitlines())


@pytest.mark.parametrize("preset", ["blank", "rural-sheriff", "mid-city", "large-city"])
def test_new_then_check(tmp_path, preset):
    out = tmp_path / "x.yaml"
    r = run("new", "--preset", preset, "-o", str(out))
    assert r.returncode == 0, r.stderr
    plan = storage.load_plan(out)
    assert plan.metadata.revision == 1
    r = run("check", str(out))
    assert r.returncode in (0, 1), r.stderr
    assert r.stderr == ""
    j = run("check", str(out), "--format", "json")
    data = json.loads(j.stdout)
    assert j.returncode == (1 if data["blockers"] else 0)
    assert r.returncode == j.returncode
    assert {f["step"] for f in data["findings"]} <= {
        "agency", "model", "coverage", "staffing", "governance", "confidentiality", "data", "funding",
        "decisions", "signoff"}


def test_blank_plan_check_has_blockers_grouped_by_step(tmp_path):
    out = tmp_path / "b.yaml"
    run("new", "-o", str(out))
    r = run("check", str(out))
    assert r.returncode == 1
    assert "BLOCKER" in r.stdout and "Fix:" in r.stdout
    assert r.stdout.index("No primary program model") < r.stdout.index("signatory")


def test_ready_plan_check_is_clean(tmp_path):
    p = tmp_path / "ready.yaml"
    storage.save_plan(ready_plan(), p)
    r = run("check", str(p))
    assert r.returncode == 0
    assert "Ready: no findings." in r.stdout


BAD = {
    "empty.yaml": b"",
    "binary.yaml": bytes(range(256)),
    "latin1.yaml": "agency: {name: 'Caf\xe9'}".encode("latin-1"),
    "laughs.yaml": b'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a]\nc: [*b,*b,*b,*b]\n',
    "unknown.yaml": b"metadata: {schema_version: 2}\nagency: {nmae: x}\n",
    "wrongtype.yaml": b"metadata: {schema_version: 2}\nagency: {sworn_officers: lots}\n",
    "future.yaml": b"metadata: {schema_version: 99}\n",
    "big.yaml": b"#" * (3 * 1024 * 1024),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_exit_2_one_line(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(BAD[name])
    r = run("check", str(p))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(p) in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file_and_bad_output_folder(tmp_path):
    r = run("check", str(tmp_path / "none.yaml"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run("new", "-o", str(tmp_path / "nofolder" / "x.yaml"))
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_unknown_preset_and_usage_errors(tmp_path):
    r = run("new", "--preset", "atlantis", "-o", str(tmp_path / "x.yaml"))
    assert r.returncode == 2 and "no preset named 'atlantis'" in r.stderr
    assert run("frobnicate").returncode == 2
