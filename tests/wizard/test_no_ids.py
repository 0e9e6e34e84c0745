"""No id or field path reaches a person: findings, `check`, `diff`, bad-input messages
and the handouts, for every preset and for a blank plan (the charter has its own scan,
tests/wizard/charter/test_truth.py; the window's pages: tests/ui/test_no_ids_window.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.cli_runner import run_cli
from tests.textscan import assert_clean, leaks
from tests.wizard.charter.helpers import all_text
from wizard import presets, storage
from wizard.checks import run_checks
from wizard.content import default_content
from wizard.handouts import render_comparison, render_worksheet
from wizard.plan import ProgramPlan

CONTENT = default_content()
NAMES = ["blank", *[p.name for p in presets.available(CONTENT) if p.name != "blank"]]
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
QUOTED = re.compile(r"'[^']*'")


def plan_of(name: str) -> ProgramPlan:
    return ProgramPlan() if name == "blank" else presets.load(CONTENT, name)


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("plans")
    out = {}
    for n in NAMES:
        out[n] = d / f"{n}.coresponse.yaml"
        storage.save_plan(plan_of(n), out[n])
    return out


def test_the_scan_finds_ids_and_paths():
    assert leaks("Source: jmhcp_connect_protect") == ["jmhcp_connect_protect"]
    assert "funding.sources" in leaks("see funding.sources")
    assert "decisions[4]" in leaks("[decisions[4].status]")
    assert leaks("groups/red_team.coresponse.yaml and Embedded co-response, 22%") == []


@pytest.mark.parametrize("name", NAMES)
def test_findings_hold_no_id(name):
    findings = run_checks(plan_of(name), CONTENT)
    assert findings
    assert_clean([f.message for f in findings] + [f.fix for f in findings], f"findings of {name}")


@pytest.mark.parametrize("name", NAMES)
def test_check_prints_no_id_or_path(name, plan_files):
    r = run_cli("check", str(plan_files[name]))
    assert r.returncode in (0, 1), r.stderr
    lines = r.stdout.splitlines()
    assert any("›" in ln or "[" in ln for ln in lines)  # each finding names its field, in words
    assert_clean([ln.replace(str(plan_files[name]), "") for ln in lines], f"coresponse check {name}")


def test_diff_prints_no_id_or_path(plan_files):
    for a, b in zip(NAMES, NAMES[1:], strict=False):
        r = run_cli("diff", str(plan_files[a]), str(plan_files[b]))
        assert r.returncode == 1, r.stderr
        assert_clean(r.stdout.replace(str(plan_files[a]), "").replace(str(plan_files[b]), "").splitlines(),
                     f"coresponse diff {a} {b}")


def test_bad_input_messages_name_fields_in_words():
    """The file's own spellings may be quoted (what was written: a misspelt key, the
    values the file accepts); nothing else may be an id or a path."""
    manifest = yaml.safe_load((BAD / "MANIFEST.yaml").read_text(encoding="utf-8"))
    checked = 0
    for entry in manifest["files"]:
        if entry["expect"] == "OK" or entry.get("command"):
            continue
        path = BAD / entry["file"]
        r = run_cli("check", str(path))
        line = r.stderr.strip().replace(str(path), "FILE")
        assert r.returncode == 2 and line, entry["file"]
        assert_clean([QUOTED.sub("''", line)], entry["file"])
        checked += 1
    assert checked >= 40
    # the field is named by its label and its place, the line given
    r = run_cli("check", str(BAD / "huge_fte.yaml"))
    assert "line 124, Staffing › Clinician position 1 › FTE:" in r.stderr


def test_handouts_hold_no_id_or_path():
    assert_clean([all_text(render_worksheet(CONTENT))], "worksheet")
    plans = [(f"{n}.coresponse.yaml", plan_of(n)) for n in NAMES]
    text = all_text(render_comparison(plans, CONTENT))
    for n in NAMES:
        text = text.replace(f"{n}.coresponse.yaml", "")
    assert_clean([text], "comparison")
