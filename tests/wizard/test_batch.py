"""Batch export through the real command: many plans, all cores, a bad file among them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_runner import run_cli as run
from pypdf import PdfReader

from wizard import presets, storage
from wizard.batch import charter_name, output_paths
from wizard.charter import extract_plan
from wizard.content import default_content
from wizard.terminal import ProgressBar

ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("batch")
    content = default_content()
    for name in ("mid-city", "rural-sheriff", "large-city"):
        storage.save_plan(presets.new_plan(content, name), d / f"{name}.coresponse.yaml")
    (d / "bad.yaml").write_text(
        (d / "mid-city.coresponse.yaml").read_text(encoding="utf-8").replace("revision: 1", "revision: -3"),
        encoding="utf-8")
    return d


def test_batch_exports_the_good_ones_and_reports_the_bad_one_at_the_end(folder, tmp_path):
    out = tmp_path / "charters" / "nested"  # created if missing
    files = [folder / "mid-city.coresponse.yaml", folder / "bad.yaml", folder / "rural-sheriff.coresponse.yaml",
             folder / "large-city.coresponse.yaml", folder / "missing.yaml"]
    r = run("export", *map(str, files), "-o", f"{out}/", "--jobs", "2")
    assert r.returncode == 2, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["large-city.pdf", "mid-city.pdf", "rural-sheriff.pdf"]
    for name, src in (("mid-city", files[0]), ("rural-sheriff", files[2]), ("large-city", files[3])):
        pdf = out / f"{name}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF")
        assert extract_plan(pdf) == storage.load_plan(src)  # each charter holds its own plan
    assert "exported 3 of 5 plans" in r.stdout
    err = r.stderr.strip().splitlines()
    # Not a terminal: one plain progress line per plan, then one line per failure, at the end.
    progress, failures = err[:5], err[5:]
    assert [line.split(" ")[0] for line in progress] == ["1/5", "2/5", "3/5", "4/5", "5/5"]
    assert sum("failed" in line for line in progress) == 2
    assert "\r" not in r.stderr
    assert len(failures) == 2
    bad = next(line for line in failures if "bad.yaml" in line)
    assert "Plan › Revision" in bad  # names the file and the field
    assert any("missing.yaml" in line and "no such file" in line for line in failures)


def test_single_plan_export_is_unchanged(folder, tmp_path):
    out = tmp_path / "one.pdf"
    r = run("export", str(folder / "mid-city.coresponse.yaml"), "-o", str(out), "--draft")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"wrote {out} (") and "DRAFT" in r.stdout
    assert r.stderr == ""
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) > 10
    r = run("export", str(folder / "bad.yaml"), "-o", str(tmp_path / "bad.pdf"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "bad.pdf").exists()


def test_one_plan_into_an_existing_folder_is_a_batch(folder, tmp_path):
    r = run("export", str(folder / "rural-sheriff.coresponse.yaml"), "-o", str(tmp_path), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "rural-sheriff.pdf").exists()
    assert "exported 1 of 1 plans" in r.stdout and "(1 process)" in r.stdout


def test_same_names_do_not_overwrite_each_other(folder, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "mid-city.coresponse.yaml").write_bytes((folder / "rural-sheriff.coresponse.yaml").read_bytes())
    out = tmp_path / "out"
    r = run("export", str(folder / "mid-city.coresponse.yaml"), str(other / "mid-city.coresponse.yaml"),
            "-o", str(out) + "/")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["mid-city-2.pdf", "mid-city.pdf"]
    assert extract_plan(out / "mid-city-2.pdf").agency.name != extract_plan(out / "mid-city.pdf").agency.name


@pytest.mark.parametrize("args, message", [
    (["--jobs", "0"], "--jobs"),
    (["--jobs", "two"], "invalid int"),
])
def test_bad_jobs_is_refused(folder, tmp_path, args, message):
    r = run("export", str(folder / "mid-city.coresponse.yaml"), str(folder / "bad.yaml"), "-o", f"{tmp_path}/x/",
            *args)
    assert r.returncode == 2 and message in r.stderr


def test_output_that_is_a_file_is_refused_for_a_batch(folder, tmp_path):
    target = tmp_path / "taken.pdf"
    target.write_bytes(b"x")
    r = run("export", str(folder / "mid-city.coresponse.yaml"), str(folder / "rural-sheriff.coresponse.yaml"),
            "-o", str(target))
    assert r.returncode == 2 and "is a file" in r.stderr and target.read_bytes() == b"x"


def test_help_documents_single_and_batch():
    r = run("export", "--help")
    assert r.returncode == 0
    text = " ".join(r.stdout.split())
    assert "OUTDIR/" in text and "--jobs" in text and "CHARTER.pdf" in text


def test_names_follow_the_plan_file_and_scale_linearly():
    assert charter_name("a/mid.coresponse.yaml") == "mid"
    assert charter_name("b/Plan.YML") == "Plan"
    assert charter_name("c/notes.txt") == "notes.txt"
    paths = output_paths(["x/plan.yaml", "plan-2.yaml", "y/plan.yaml", "z/PLAN.yaml"], "out")
    assert [p.name for p in paths] == ["plan.pdf", "plan-2.pdf", "plan-3.pdf", "PLAN-4.pdf"]
    many = output_paths([f"d{i}/same.yaml" for i in range(5000)], "out")  # no quadratic blow-up
    assert len({p.name for p in many}) == 5000


def test_progress_bar_redraws_one_line_on_a_terminal():
    buf = io.StringIO()
    bar = ProgressBar(3, buf, verb="exported", tty=True)
    for ok in (True, False, True):
        bar.advance(ok, "x.pdf")
    bar.finish()
    text = buf.getvalue()
    assert text.startswith("\r[") and text.endswith("\n") and text.count("\n") == 1
    assert "2/3 exported, 1 failed" in text
    assert "#" * 28 in text  # the bar is full at the end
