from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
import yaml
from factories import ready_plan

from wizard import storage
from wizard.plan import SCHEMA_VERSION, FundingSource, ProgramPlan
from wizard.yamlio import ReadError


def write(tmp_path, text: str | bytes, name: str = "plan.yaml"):
    p = tmp_path / name
    p.write_bytes(text.encode() if isinstance(text, str) else text)
    return p


def test_round_trip_ready_plan(tmp_path):
    plan = ready_plan()
    p = tmp_path / "a.coresponse.yaml"
    storage.save_plan(plan, p)
    again = storage.load_plan(p)
    assert again == plan
    assert storage.dumps(again) == p.read_text(encoding="utf-8")


def test_file_is_readable_and_ordered(tmp_path):
    text = storage.dumps(ready_plan())
    assert text.startswith("# Co-response program plan")
    keys = [line.split(":")[0] for line in text.splitlines() if line and not line.startswith((" ", "#", "-"))]
    assert keys == ["metadata", "agency", "program_model", "coverage", "staffing", "governance",
                    "agreement", "confidentiality", "data", "funding", "decisions", "signoff"]


def test_multiline_text_is_a_literal_block():
    plan = ready_plan()
    plan.program_model.rationale = "First line.\nSecond line."
    text = storage.dumps(plan)
    assert "rationale: |-\n    First line.\n    Second line." in text
    assert storage.parse_plan("x", text.encode()).program_model.rationale == "First line.\nSecond line."


def test_awkward_text_round_trips():
    plan = ready_plan()
    for value in ["trailing space \nnext", " lead", "tab\there", "#not a comment", "yes", "null", "- dash",
                  "Smith & <Jones>", "Nguyễn Thị Minh Khai", "\u2028sep", "a: b", "'quoted'", "\x85", "cr\r\nlf", "multi\nline\n\n"]:
        plan.agency.jurisdiction = value
        assert storage.parse_plan("x", storage.dumps(plan).encode()).agency.jurisdiction == value


def test_saved_file_is_private(tmp_path):
    p = tmp_path / "p.yaml"
    storage.save_plan(ready_plan(), p)
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600


def test_failed_replace_keeps_previous_file(tmp_path, monkeypatch):
    p = tmp_path / "p.yaml"
    storage.save_plan(ready_plan(), p)
    before = p.read_bytes()

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    changed = ready_plan()
    changed.agency.name = "Changed"
    with pytest.raises(OSError):
        storage.save_plan(changed, p)
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["p.yaml"]  # no temp file left behind


@pytest.mark.parametrize("raw, message", [
    (b"", "the file is empty"),
    (b"   \n\t\n", "the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ("agency: {name: 'Caf\xe9'}".encode("latin-1"), "not UTF-8"),
    (b"- a\n- b\n", "holds a list"),
    (b"just text", "holds a text"),
    (b"metadata: {schema_version: 2}\nagency: {nmae: x}\n", "Agency and partners: unknown key 'nmae'"),
    (b"metadata: {schema_version: 2}\nagency:\n  sworn_officers: many\n", "line 3, Agency and partners › Sworn officers"),
    (b"metadata: {schema_version: 2}\ngovernance: {plan_review_date: 2026-02-30}\n", "Supervision and governance › Plan review date"),
    (b"metadata: {schema_version: 9}\n", "newer than this program understands"),
    (b"metadata: {schema_version: two}\n", "Plan › Plan-file format version"),
    (b"agency: {}\n", "Plan: required section"),
    (b"metadata: {schema_version: 2}\nfunding: {sources: [{source: general_fund, amounts: [-5]}]}\n",
     "Funding › Funding source 1 › Amount for year 1"),
    (b"metadata: {schema_version: 2}\nstaffing: {available_hours_per_fte: .nan}\n", "Staffing › Hours one FTE works in a year"),
    (b"metadata: [schema_version\n", "not valid YAML"),
])
def test_bad_inputs_give_one_line_naming_file(tmp_path, raw, message):
    p = write(tmp_path, raw)
    with pytest.raises(ReadError) as exc:
        storage.load_plan(p)
    text = str(exc.value)
    assert "\n" not in text
    assert text.startswith(str(p))
    assert message in text


def test_utf8_bom_loads(tmp_path):
    p = write(tmp_path, b"\xef\xbb\xbf" + storage.dumps(ready_plan()).encode())
    assert storage.load_plan(p).agency.name == "Riverton Police Department"


def test_billion_laughs_refused_by_the_alias_rule(tmp_path):
    """Refused because it uses aliases, before anything is expanded (not by a time-out)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    p = write(tmp_path, "\n".join(lines))
    with pytest.raises(ReadError, match="aliases"):
        storage.load_plan(p)


def test_deep_nesting_refused(tmp_path):
    p = write(tmp_path, "[" * 10_000 + "]" * 10_000)
    with pytest.raises(ReadError, match="nesting is deeper"):
        storage.load_plan(p)


def test_oversize_file_refused_without_reading(tmp_path):
    p = write(tmp_path, b"# " + b"x" * (3 * 1024 * 1024))
    with pytest.raises(ReadError, match="3.0 MB"):
        storage.load_plan(p)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        storage.load_plan(tmp_path / "nope.yaml")
    with pytest.raises(ReadError, match="folder"):
        storage.load_plan(tmp_path)


def test_older_schema_is_migrated(tmp_path):
    assert SCHEMA_VERSION == 4
    p = write(tmp_path, """
metadata: {schema_version: 1, program_name: Old}
agency:
  name: Old Town PD
  partner: {name: Old Town CMH, partner_type: community_mental_health_center}
decision_log:
  - question: Who buys the car?
""")
    plan = storage.load_plan(p)
    assert plan.metadata.schema_version == SCHEMA_VERSION
    assert plan.agency.partners[0].name == "Old Town CMH"
    assert plan.decisions[4].question == "Who buys the car?"


SCHEMA2 = Path(__file__).resolve().parents[1] / "data" / "schema2_mid_city.yaml"
"""The mid-city sample exactly as release 0.1.0 (schema 2) wrote it."""


def test_schema2_file_keeps_its_meaning():
    """Every answer a schema-2 file gives stays that answer: a written false, 0, patrol
    pattern or funding status is kept; only the cadence 'none' (which schema 2 showed as
    both "Not decided" and "Not scheduled") becomes 'not decided'."""
    raw = yaml.safe_load(SCHEMA2.read_text(encoding="utf-8"))
    assert raw["metadata"]["schema_version"] == 2
    plan = storage.load_plan(SCHEMA2)
    assert plan.metadata.schema_version == SCHEMA_VERSION
    a = raw["agency"]
    assert plan.agency.patrol is not None
    assert plan.agency.patrol.model_dump() == a["patrol"]
    assert plan.agency.existing.regional_mobile_crisis_team is a["existing"]["regional_mobile_crisis_team"]
    assert plan.agency.existing.linked_988 is a["existing"]["linked_988"]
    assert [p.employs_clinicians for p in plan.agency.partners] == [p["employs_clinicians"] for p in a["partners"]]
    st = raw["staffing"]
    assert plan.staffing.dispatch.trained is st["dispatch"]["trained"]
    assert plan.staffing.supervisors_supportive == st["supervisors_supportive"]
    assert [c.fte for c in plan.staffing.clinicians] == [c["fte"] for c in st["clinicians"]]
    assert [s.status.value for s in plan.funding.sources] == [s["status"] for s in raw["funding"]["sources"]]
    assert [s.amounts for s in plan.funding.sources] == [s["amounts"] for s in raw["funding"]["sources"]]
    g = raw["governance"]
    for key in ("clinical_supervision", "joint_case_review"):
        m = getattr(plan.governance, key)
        assert m.held is g[key]["held"]
        want = None if g[key]["cadence"] == "none" else g[key]["cadence"]
        assert (m.cadence.value if m.cadence else None) == want
    assert plan.funding.start_year == raw["funding"]["start_year"]
    # new questions start open, never answered by the migration
    assert plan.metadata.stage is None and plan.program_model.operated_by == [] and plan.staffing.teams == []


def test_schema2_cadence_none_becomes_not_decided(tmp_path):
    p = write(tmp_path, """
metadata: {schema_version: 2}
governance:
  clinical_supervision: {held: true, cadence: none}
  committee_cadence: none
data: {reporting_cadence: none}
""")
    plan = storage.load_plan(p)
    assert plan.governance.clinical_supervision.held is True
    assert plan.governance.clinical_supervision.cadence is None
    assert plan.governance.committee_cadence is None and plan.data.reporting_cadence is None


def test_current_schema_files_round_trip_with_unknowns(tmp_path):
    plan = ProgramPlan()
    plan.funding.sources = [FundingSource(source="other", name="Gift", amounts=[None, 5_000])]
    plan.metadata.launch_date = "2011-10"
    out = tmp_path / "p.yaml"
    storage.save_plan(plan, out)
    back = storage.load_plan(out)
    assert back.funding.sources[0].amounts == [None, 5_000] and back.funding.sources[0].status is None
    assert back.metadata.launch_date == "2011-10" and back.agency.patrol is None


def test_blank_plan_round_trip():
    plan = ProgramPlan()
    assert storage.parse_plan("x", storage.dumps(plan).encode()) == plan


def test_a_yaml_file_that_is_not_a_plan_says_so_in_plain_words(tmp_path):
    """Issue 14, defect 11: an ordinary YAML file is named as not a plan."""
    from wizard.storage import load_plan
    from wizard.yamlio import ReadError

    other = tmp_path / "docker-compose.yaml"
    other.write_text("services:\n  web:\n    image: nginx\nversion: '3'\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        load_plan(other)
    msg = str(info.value)
    assert str(other) in msg and "\n" not in msg
    assert "is not a co-response plan: it has no 'metadata' section" in msg
    assert "'services'" in msg

    bad_meta = tmp_path / "plan.yaml"
    bad_meta.write_text("metadata: 3\nagency: {}\n", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        load_plan(bad_meta)
    assert "Plan: " in str(info.value) and "must be a mapping" in str(info.value)
    assert info.value.field == "metadata"  # the key path stays for programs, not for people
