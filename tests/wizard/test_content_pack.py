"""Content packs: `coresponse content export`, `--content DIR` on every command, broken packs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_runner import run_cli as run
from factories import ready_plan

from wizard import presets, storage
from wizard.content import CONTENT_FILES, default_content, export_pack, load_content
from wizard.yamlio import ReadError

ROOT = Path(__file__).resolve().parents[2]




def dump(content) -> dict:
    data = content.model_dump()
    data.pop("source")
    return data


@pytest.fixture
def pack(tmp_path) -> Path:
    folder = tmp_path / "pack"
    r = run("content", "export", str(folder))
    assert r.returncode == 0, r.stderr
    return folder


def test_export_round_trip(pack):
    assert sorted(p.name for p in pack.glob("*.yaml")) == sorted(CONTENT_FILES)
    assert sorted(p.name for p in (pack / "presets").glob("*.yaml")) == sorted(
        p.file for p in default_content().presets)
    loaded = load_content(pack)
    assert loaded.source == str(pack)
    assert dump(loaded) == dump(default_content())
    for info in loaded.presets:  # the pack's presets are the same plans
        assert presets.load(loaded, info.name) == presets.load(default_content(), info.name)
    # Comments survive: the files are copied, not re-dumped.
    assert (pack / "catalogs.yaml").read_text(encoding="utf-8").startswith("#")


def test_export_refuses_to_overwrite_unless_forced(pack):
    steps = pack / "steps.yaml"
    steps.write_text("edited", encoding="utf-8")
    r = run("content", "export", str(pack))
    assert r.returncode == 2
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0] and "--force" in err[0]
    assert steps.read_text(encoding="utf-8") == "edited"  # nothing written
    r = run("content", "export", str(pack), "--force")
    assert r.returncode == 0, r.stderr
    assert dump(load_content(pack)) == dump(default_content())


def test_export_into_a_file_is_refused(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    r = run("content", "export", str(f))
    assert r.returncode == 2 and str(f) in r.stderr and "not a folder" in r.stderr


def test_export_of_a_pack_keeps_its_edits(pack, tmp_path):
    text = (pack / "presets.yaml").read_text(encoding="utf-8")
    (pack / "presets.yaml").write_text(text.replace("Mid-sized city police department", "Workshop city"),
                                       encoding="utf-8")
    out = tmp_path / "copy"
    export_pack(load_content(pack), out)
    assert "Workshop city" in (out / "presets.yaml").read_text(encoding="utf-8")


# --- every command honours --content --------------------------------------------------


def edit(pack: Path, name: str, old: str, new: str, count: int = 1) -> None:
    p = pack / name
    text = p.read_text(encoding="utf-8")
    assert old in text, old
    p.write_text(text.replace(old, new, count), encoding="utf-8")


def test_presets_and_new_use_the_pack(pack, tmp_path):
    edit(pack, "presets.yaml", "Mid-sized city police department", "Workshop city")
    edit(pack, "presets/mid_city.yaml", "sworn_officers: 152", "sworn_officers: 151")
    r = run("--content", str(pack), "presets")
    assert r.returncode == 0 and "Workshop city" in r.stdout
    out = tmp_path / "p.yaml"
    r = run("--content", str(pack), "new", "--preset", "mid-city", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert storage.load_plan(out).agency.sworn_officers == 151


def test_check_and_diff_use_the_pack(pack, tmp_path):
    edit(pack, "steps.yaml", "title: Co-response model", "title: Which model fits us")
    edit(pack, "models.yaml", "short_name: Embedded", "short_name: Ride-along")
    a = ready_plan()
    a.program_model.primary = None
    pa = tmp_path / "a.yaml"
    storage.save_plan(a, pa)
    r = run("--content", str(pack), "check", str(pa))
    assert r.returncode == 1 and "Which model fits us" in r.stdout
    b = ready_plan()
    b.program_model.primary = "embedded"
    pb = tmp_path / "b.yaml"
    storage.save_plan(b, pb)
    r = run("--content", str(pack), "diff", str(pa), str(pb))
    assert r.returncode == 1 and "Primary model: not answered in A, Ride-along in B" in r.stdout


# --- broken packs: exit 2, one line naming file, line and field ------------------------------

BROKEN = {
    "broken-yaml": ("steps.yaml", None, "steps:\n  - step: agency\n    title: [unclosed\n"),
    "wrong-type": ("catalogs.yaml", ("    time_limited: true", "    time_limited: often"), None),
    "missing-key": ("charter.yaml", ("closing_quote:", "closing_quote_typo:"), None),
    "unknown-step": ("steps.yaml", ("- step: coverage", "- step: coverag"), None),
}


def make_broken(pack: Path, case: str) -> tuple[Path, str]:
    name, change, text = BROKEN[case]
    if text is not None:
        (pack / name).write_text(text, encoding="utf-8")
    else:
        edit(pack, name, *change)
    return pack / name, case


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_pack_is_one_line_with_file_line_field(pack, case):
    path, _ = make_broken(pack, case)
    with pytest.raises(ReadError) as exc:
        load_content(pack)
    assert exc.value.path == str(path) and exc.value.line is not None
    message = str(exc.value)
    assert "\n" not in message
    expected_field = {"broken-yaml": None, "wrong-type": "funding_sources[0].time_limited",
                      "missing-key": "closing_quote", "unknown-step": "steps[2].step"}[case]
    if expected_field:
        assert f"field '{expected_field}'" in message


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("command", ["presets", "new", "check", "diff", "content-export", "verify"])
def test_every_command_refuses_a_broken_pack(pack, tmp_path, case, command):
    path, _ = make_broken(pack, case)
    plan = tmp_path / "plan.yaml"
    storage.save_plan(ready_plan(), plan)
    args = {
        "presets": ["presets"],
        "new": ["new", "-o", str(tmp_path / "new.yaml")],
        "check": ["check", str(plan)],
        "diff": ["diff", str(plan), str(plan)],
        "content-export": ["content", "export", str(tmp_path / "out")],
        "verify": ["verify", str(tmp_path / "none.pdf")],
    }[command]
    r = run("--content", str(pack), *args)
    assert r.returncode == 2
    assert r.stdout == ""
    err = r.stderr.strip().splitlines()
    assert len(err) == 1, r.stderr
    assert str(path) in err[0]
    assert re.search(r", line \d+", err[0]), err[0]
    if case != "broken-yaml":
        assert ", field '" in err[0]
    assert not (tmp_path / "new.yaml").exists() and not (tmp_path / "out").exists()


def test_missing_pack_folder(tmp_path):
    r = run("--content", str(tmp_path / "nowhere"), "presets")
    assert r.returncode == 2 and "nowhere" in r.stderr and "not a folder" in r.stderr
