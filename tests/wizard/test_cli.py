"""The ``coresponse`` command: its messages in-process, and as a real process at the end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli as run
from cli_runner import run_subprocess
from factories import ready_plan

from wizard import storage

ROOT = Path(__file__).resolve().parents[2]




def test_presets_lists_name_first():
    r = run("presets")
    assert r.returncode == 0, r.stderr
    names = [line.split("\t")[0] for line in r.stdout.splitlines()]
    assert names[0] == "blank"
    assert {"rural-sheriff", "mid-city", "large-city", "fire-led", "county-shared"} <= set(names)
    assert all("\t" in line and len(line.split("\t")[1]) > 10 for line in r.stdout.splitlines())


@pytest.mark.parametrize("preset", ["blank", "rural-sheriff", "mid-city", "large-city", "fire-led", "county-shared"])
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
        "agency", "model", "coverage", "staffing", "governance", "agreement", "confidentiality", "data", "funding",
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


# --- The real program, as the shell sees it: a handful of subprocesses -------------------


def test_real_process_exit_codes_and_stderr(tmp_path):
    """0 for a clean plan, 1 for blockers, 2 with one line on stderr and no traceback."""
    ready, blank, bad = tmp_path / "ready.yaml", tmp_path / "blank.yaml", tmp_path / "bad.yaml"
    storage.save_plan(ready_plan(), ready)
    assert run_subprocess("new", "-o", str(blank)).returncode == 0
    bad.write_bytes(BAD["laughs.yaml"])
    ok, no, unreadable = (run_subprocess("check", str(p)) for p in (ready, blank, bad))
    assert (ok.returncode, no.returncode, unreadable.returncode) == (0, 1, 2)
    assert ok.stderr == no.stderr == ""
    assert unreadable.stdout == "" and len(unreadable.stderr.strip().splitlines()) == 1
    assert str(bad) in unreadable.stderr and "Traceback" not in unreadable.stderr
    usage = run_subprocess("frobnicate")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr and "usage" in usage.stderr


def test_console_script_runs(tmp_path):
    """The ``coresponse`` entry point the install puts on PATH (skipped outside an install)."""
    import shutil

    script = shutil.which("coresponse", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the coresponse console script is not installed beside this Python")
    r = subprocess.run([script, "presets"], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith("blank\t")
