"""Shared plans across real processes: two ``coresponse`` programs writing one shared
folder at the same time, and a program killed with SIGKILL in the middle of an append."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_runner import ROOT, run_cli, run_subprocess

from wizard import storage
from wizard.plan import ProgramPlan
from wizard.sync import SharedPlan
from wizard.sync import log as synclog


def shared_plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.coresponse.yaml"
    storage.save_plan(ProgramPlan(), path)
    r = run_cli("share", str(path), "--as", "Alex Kim", "--organization", "Mid City PD")
    assert r.returncode == 0, r.stderr
    return path


def at_once(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    procs = [subprocess.Popen([sys.executable, "-m", "wizard.cli", *c], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for c in commands]
    out = []
    for p, c in zip(procs, commands, strict=True):
        stdout, stderr = p.communicate(timeout=180)
        out.append(subprocess.CompletedProcess(c, p.returncode, stdout, stderr))
    return out


def get(path: Path, field: str) -> str:
    r = run_cli("get", str(path), field)
    assert r.returncode == 0, r.stderr
    return r.stdout.rstrip("\n")


EDITOR = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from wizard.sync import SharedPlan, with_value

    path, person, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    edits = [a.split("=", 1) for a in sys.argv[4:]]
    sp = SharedPlan(path, person, device="own-" + person)
    print("ready", flush=True)          # both have read the plan before either writes
    while not go.exists():
        time.sleep(0.01)
    plan = sp.plan
    for field, value in edits:
        plan = with_value(plan, field, value)
    sp.commit(plan)
    print("done", flush=True)
""")


def concurrently(path: Path, tmp_path: Path, edits: dict[str, list[str]]) -> None:
    """Each person's edits in their own process, made after both have read the plan."""
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, str(path), person, str(go), *fields], cwd=ROOT,
                              text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
             for person, fields in edits.items()]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()  # type: ignore[union-attr]
        go.touch()
        for p in procs:
            out, err = p.communicate(timeout=180)
            assert p.returncode == 0 and out.strip() == "done", err
    finally:
        for p in procs:
            p.kill()
            p.wait(timeout=30)


def test_two_processes_edit_at_once_and_everything_survives(tmp_path):
    path = shared_plan(tmp_path)
    run_cli("set", str(path), "program_model.rationale=We chose the embedded model.", "--as", "Alex Kim")
    concurrently(path, tmp_path, {
        "Alex Kim": ["agency.name=Mid City Police Department", "agency.jurisdiction=City of Mid City",
                     "program_model.rationale=We chose the embedded model. Call volume is high downtown.",
                     "funding.budget_lines=[{category: vehicles_equipment, description: Clinician laptops}]"],
        "Dr. Whitaker": ["agency.existing.mobile_crisis_provider=Harbor Mobile Crisis",
                         "agency.jurisdiction=Mid City and Harbor County",
                         "program_model.rationale=After two workshops, we chose the embedded model.",
                         "funding.budget_lines=[{category: training, description: CIT course}]"],
    })
    assert get(path, "agency.name") == "Mid City Police Department"
    assert get(path, "agency.existing.mobile_crisis_provider") == "Harbor Mobile Crisis"
    assert get(path, "agency.jurisdiction") in ("City of Mid City", "Mid City and Harbor County")
    rationale = get(path, "program_model.rationale")
    assert rationale == "After two workshops, we chose the embedded model. Call volume is high downtown."
    lines = json.loads(get(path, "funding.budget_lines"))
    assert sorted(x["description"] for x in lines) == ["CIT course", "Clinician laptops"]
    # another process sees the same merged values (one value for the same field everywhere)
    r = run_subprocess("get", str(path), "agency.jurisdiction")
    assert r.returncode == 0 and r.stdout.rstrip("\n") == get(path, "agency.jurisdiction")


def test_two_coresponse_set_commands_at_once(tmp_path):
    path = shared_plan(tmp_path)
    results = at_once(
        ["set", str(path), "--as", "Alex Kim", "agency.name=Mid City Police Department"],
        ["set", str(path), "--as", "Dr. Whitaker", "agency.existing.mobile_crisis_provider=Harbor Mobile Crisis"],
    )
    for r in results:
        assert r.returncode == 0 and "appended the change to" in r.stdout, r.stderr
    assert get(path, "agency.name") == "Mid City Police Department"
    assert get(path, "agency.existing.mobile_crisis_provider") == "Harbor Mobile Crisis"
    logs = sorted(p.name for p in (tmp_path / "plan.coresponse.yaml.sync").glob("*.updates"))
    assert len(logs) == 2 and logs[0].startswith("alex-kim-") and logs[1].startswith("dr-whitaker-")


def test_set_and_get_on_a_plain_plan_and_their_one_line_errors(tmp_path):
    path = tmp_path / "plain.coresponse.yaml"
    storage.save_plan(ProgramPlan(), path)
    r = run_cli("set", str(path), "agency.sworn_officers=120", "agency.name=Mid City PD",
                "funding.budget_lines=[{category: training}]", "funding.budget_lines.0.description=CIT")
    assert r.returncode == 0, r.stderr
    plan = storage.load_plan(path)
    assert plan.agency.sworn_officers == 120 and plan.funding.budget_lines[0].description == "CIT"
    assert not (tmp_path / "plain.coresponse.yaml.sync").exists()
    assert get(path, "agency.sworn_officers") == "120"
    assert get(path, "agency.population_served") == "null"
    r = run_cli("set", str(path), "agency.name=123")  # a number where the field is text: the text itself
    assert r.returncode == 0 and get(path, "agency.name") == "123"
    before = path.read_bytes()
    for args, words in (
        (["agency.sworn_officers=many"], "agency.sworn_officers"),
        (["agency.sworn_officers=5", "agency.nothing=1"], "agency.nothing: there is no such field"),
        (["agency.existing.cit_trained_officers=500"], "the CIT-trained officers are more than the sworn officers"),
        (["agency.name"], "give FIELD=VALUE"),
        (["funding.budget_lines[3].description=x"], "no such row"),
    ):
        r = run_cli("set", str(path), *args)
        assert r.returncode == 2 and words in r.stderr, (args, r.stderr)
        assert r.stderr.count("\n") == 1 and str(path) in r.stderr
    assert path.read_bytes() == before  # a refused assignment changes nothing, not even the others
    r = run_cli("get", str(path), "agency.nope")
    assert r.returncode == 2 and "agency.nope: there is no such field" in r.stderr


WRITER = textwrap.dedent("""
    import sys, time
    from wizard.sync import SharedPlan
    from wizard.sync import log as synclog

    real_append = synclog.LogWriter.append
    def slow_append(self, update):
        record = synclog.encode_record(update)
        half = len(record) // 2
        self._fh.write(record[:half]); self._fh.flush()
        print("half", flush=True)
        time.sleep(0.05 if n < STOP else 60)   # the last one waits, half written, to be killed
        self._fh.write(record[half:]); self._fh.flush()
        self.records += 1
    synclog.LogWriter.append = slow_append
    STOP = int(sys.argv[2])
    sp = SharedPlan(sys.argv[1], "Dr. Whitaker", device="desk")
    for n in range(1, STOP + 1):
        sp.set("agency.sworn_officers", n)
        print("appended", n, flush=True)
""")


def test_kill_9_in_the_middle_of_an_append_loses_only_that_record(tmp_path):
    path = shared_plan(tmp_path)
    stop = 6
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(stop)], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    seen = []
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            seen.append(line.split())
            if len(seen) >= 2 * stop - 1:  # the last append has written its first half
                break
        assert seen[-1] == ["half"] and seen[-2] == ["appended", str(stop - 1)], (seen, proc.stderr.read())
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    log = tmp_path / "plan.coresponse.yaml.sync" / "dr-whitaker-desk.updates"
    assert synclog.complete_length(log) < log.stat().st_size  # the torn record is there
    reader = SharedPlan(path, "Alex Kim", device="office")
    assert reader.plan.agency.sworn_officers == stop - 1  # every whole record, only the torn one lost
    assert not reader.problems()
    # Dr. Whitaker starts the program again on the same desk: the torn record is cut, new edits follow
    again = SharedPlan(path, "Dr. Whitaker", device="desk")
    assert again.plan.agency.sworn_officers == stop - 1
    again.set("agency.name", "After the crash")
    assert synclog.complete_length(log) == log.stat().st_size
    reader.poll()
    assert reader.plan.agency.name == "After the crash" and reader.plan.agency.sworn_officers == stop - 1


@pytest.mark.parametrize("command", ["get", "set"])
def test_the_commands_say_what_a_shared_folder_refuses(tmp_path, command):
    path = shared_plan(tmp_path)
    newer = tmp_path / "plan.coresponse.yaml.sync" / "jo-laptop.updates"
    newer.write_bytes(synclog.preamble(synclog.FORMAT + 1))
    args = ["agency.name"] if command == "get" else ["agency.name=X"]
    r = run_cli(command, str(path), *args)
    assert r.returncode == 0
    assert r.stderr.count("\n") == 1 and str(newer) in r.stderr and "newer version" in r.stderr
