"""Comparing plans: wizard.diff in words, and `coresponse diff` run as a user runs it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cli_runner import run_cli as run
from factories import ready_plan
from pydantic import BaseModel

from wizard import labels, presets, signing, storage
from wizard.content import default_content
from wizard.diff import diff_plans
from wizard.plan import (
    FundingSource,
    FundingStatus,
    ModelId,
    Partner,
    ProgramPlan,
    SignatureMethod,
    Span,
)

ROOT = Path(__file__).resolve().parents[2]
CONTENT = default_content()
DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+(\[\d+\])?(\.[a-z_]+)*\b")
"""A YAML path such as staffing.clinicians[0].fte: never in what a person reads."""




def lines(result) -> dict[str, list[str]]:
    return {s.title: list(s.lines) for s in result.sections}


def _leaf_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    out = []
    for name, f in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        t = labels.field_type(f.annotation)
        out.append(path)
        if isinstance(t, type) and issubclass(t, BaseModel):
            out.extend(_leaf_paths(t, path))
    return out


def test_every_plan_field_has_a_label():
    missing = [p for p in _leaf_paths(ProgramPlan) if "." in p and not labels.has_label(p)]
    assert not missing, missing
    for path, catalog in labels.CATALOG_FIELDS.items():
        assert path in labels.FIELD_LABELS
        assert hasattr(CONTENT.catalogs, catalog)


def test_field_label_accepts_indexed_paths():
    assert labels.field_label("staffing.clinicians[2].fte") == "FTE"
    assert labels.field_label("agency.sworn_officers") == "Sworn officers"


def test_same_plans_ignoring_ids_and_timestamps():
    a = ready_plan()
    b = a.model_copy(deep=True)
    b.metadata.plan_id = "another"
    b.metadata.modified = a.metadata.modified + dt.timedelta(days=3)
    result = diff_plans(a, b, CONTENT)
    assert result.same and result.count == 0
    assert "same" in result.as_text()


def test_differences_in_words():
    a = ready_plan()
    b = a.model_copy(deep=True)
    b.program_model.primary = ModelId.embedded
    b.program_model.complementary = []
    b.staffing.clinicians[0].fte = 0.5
    b.coverage.schedule.mon = [Span(start=8, end=24, staff=2)]
    b.funding.sources = [FundingSource(source="jmhcp_connect_protect", amounts=[1, 2, 3],
                                       status=FundingStatus.applied)] + b.funding.sources
    b.agency.partners.insert(0, Partner(name="Mercy Hospital", partner_type="hospital"))
    b.coverage.dispatch_indicators = ["welfare_check", "substance_use"]
    result = diff_plans(a, b, CONTENT)
    got = lines(result)
    assert got["Program model"][0] == "Primary model: Call-out in A, Embedded in B"
    assert "Complementary models only in A: Follow-up" in got["Program model"]
    assert "Clinician FTE for this agency: 2.6 → 2.1" in got["Staffing"]
    assert any(line.startswith("Clinician position") and "FTE: 1 → 0.5" in line for line in got["Staffing"])
    assert ("Clinician hours, Monday: 10:00–18:00 (1 clinician), 18:00–22:00 (1 clinician) in A, "
            "08:00–24:00 (2 clinicians) in B") in got["Coverage"]
    assert "Dispatch indicators only in A: Suicidal statements, threats or attempt" in got["Coverage"]
    jmhcp = CONTENT.catalogs.label("funding_sources", "jmhcp_connect_protect")
    assert f"Funding source {jmhcp} only in B" in got["Funding"]
    # Partners are matched by name: inserting one at the top changes nothing else.
    assert got["Agency and partners"] == ["Partner “Mercy Hospital” only in B"]
    text = result.as_text()
    assert not DOTTED.search(text), DOTTED.search(text)
    assert "_" not in text  # no ids or field names


def test_presets_compare_in_words_and_sections_in_wizard_order():
    a, b = presets.load(CONTENT, "mid-city"), presets.load(CONTENT, "large-city")
    result = diff_plans(a, b, CONTENT)
    assert not result.same
    order = [s.section for s in result.sections]
    assert order == [s for s in ProgramPlan.model_fields if s in order]
    text = result.as_text()
    assert "Primary model: Call-out in A, Embedded in B" in text
    assert "Clinician FTE for this agency: 3 → 16" in text
    assert not DOTTED.search(text), DOTTED.search(text)
    for line in text.splitlines():
        assert "None" not in line and "True" not in line and "False" not in line, line
    assert json.loads(json.dumps(result.as_dict()))["same"] is False


def test_long_text_is_quoted_from_where_it_differs():
    a = ready_plan()
    b = a.model_copy(deep=True)
    a.funding.sustainability_plan = "The city funds the program from its general fund, for ever and ever."
    b.funding.sustainability_plan = "The city funds the program from a county levy, for ever and ever."
    got = lines(diff_plans(a, b, CONTENT))["Funding"]
    assert got == ["Sustainability plan: worded differently (A: “…the program from its general fund, for ever "
                   "and ever.”; B: “…the program from a county levy, for ever and ever.”)"]


def test_signatures_compare_by_who_signed_not_by_fingerprint():
    a = ready_plan()
    b = signing.sign(a.model_copy(deep=True), 0, method=SignatureMethod.typed)
    got = lines(diff_plans(a, b, CONTENT))["Sign-off"]
    assert len(got) == 1
    assert got[0].startswith("Signatory Police executive (Chief Alex Morgan) — not signed in A, signed (typed)")


# --- the command ---------------------------------------------------------------------


@pytest.fixture
def two_plans(tmp_path):
    a = ready_plan()
    b = a.model_copy(deep=True)
    b.staffing.coordinator.fte = 1.0
    b.program_model.primary = ModelId.embedded
    pa, pb = tmp_path / "a.coresponse.yaml", tmp_path / "b.coresponse.yaml"
    storage.save_plan(a, pa)
    storage.save_plan(b, pb)
    return pa, pb


def test_cli_same_exit_0(two_plans):
    pa, _ = two_plans
    r = run("diff", str(pa), str(pa))
    assert r.returncode == 0, r.stderr
    assert "The plans are the same" in r.stdout


def test_cli_different_exit_1_in_words(two_plans):
    pa, pb = two_plans
    r = run("diff", str(pa), str(pb))
    assert r.returncode == 1, r.stderr
    assert r.stderr == ""
    out = r.stdout
    assert "Program model\n  Primary model: Call-out in A, Embedded in B" in out
    assert "Staffing\n  Coordinator FTE: 0.5 → 1" in out
    assert out.index("Program model") < out.index("Staffing")
    body = out.split("\n", 2)[2]  # the A:/B: header lines name the files
    assert not DOTTED.search(body), DOTTED.search(body)
    assert "staffing.coordinator" not in out and "program_model" not in out
    j = run("diff", str(pa), str(pb), "--format", "json")
    assert j.returncode == 1
    data = json.loads(j.stdout)
    assert [s["title"] for s in data["sections"]] == ["Program model", "Staffing"]


@pytest.mark.parametrize("which", ["a", "b"])
def test_cli_unreadable_exit_2_one_line(two_plans, tmp_path, which):
    pa, pb = two_plans
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata: {schema_version: 2}\nstaffing: {dedicated_officers: many}\n")
    args = (str(bad), str(pb)) if which == "a" else (str(pa), str(bad))
    r = run("diff", *args)
    assert r.returncode == 2
    assert r.stdout == ""
    err = r.stderr.strip().splitlines()
    assert len(err) == 1
    assert str(bad) in err[0] and "line 2" in err[0] and "Staffing › Dedicated officers" in err[0]


def test_cli_missing_file_exit_2(two_plans, tmp_path):
    pa, _ = two_plans
    r = run("diff", str(pa), str(tmp_path / "nope.yaml"))
    assert r.returncode == 2 and "nope.yaml" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cli_diff_reads_a_charter(two_plans, tmp_path):
    charter = pytest.importorskip("wizard.charter")
    pa, pb = two_plans
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(charter.render_charter(storage.load_plan(pa), CONTENT))
    r = run("diff", str(pdf), str(pa))
    assert r.returncode == 0, r.stderr
    r = run("diff", str(pdf), str(pb))
    assert r.returncode == 1 and "Embedded in B" in r.stdout
    notpdf = tmp_path / "x.pdf"
    notpdf.write_text("hello")
    r = run("diff", str(notpdf), str(pa))
    assert r.returncode == 2 and str(notpdf) in r.stderr
