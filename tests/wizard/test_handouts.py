"""The workshop handouts through the real command: `coresponse worksheet` and `coresponse compare`.

Each PDF is read back with pypdf: the worksheet must carry every step's title and
prompts and the content's options; the comparison every plan's name and key values.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from cli_runner import run_cli as run
from pypdf import PdfReader

from wizard import presets, storage
from wizard.content import default_content
from wizard.handouts import compare_rows
from wizard.plan import DecisionStatus, KeyDecision
from wizard.steps import Step

ROOT = Path(__file__).resolve().parents[2]




def pdf_text(path: Path) -> str:
    """All the text, with wrapped lines joined (a phrase may break across lines, also
    after the hyphen of 'crisis-services')."""
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    raw = "\n".join(p.extract_text() or "" for p in reader.pages)
    return " ".join(re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-", raw).split())


def pages(path: Path) -> list:
    return list(PdfReader(io.BytesIO(path.read_bytes())).pages)


# --- worksheet -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def worksheet(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("ws") / "WORKSHEET.pdf"
    r = run("worksheet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stderr == "" and str(out) in r.stdout
    return out, pdf_text(out)


def test_worksheet_has_every_step_with_its_what_and_prompts(worksheet):
    _, text = worksheet
    content = default_content()
    for step in Step:
        g = content.step(step)
        assert g.title in text, step
        assert f"STEP {int(step) + 1} OF {len(Step)}" in text
        assert " ".join(g.what.split())[:80] in text, step
        for prompt in g.prompts:
            assert " ".join(prompt.split()) in text, (step, prompt)


def test_worksheet_offers_every_catalog_option_and_model(worksheet):
    _, text = worksheet
    content = default_content()
    for m in content.models:
        assert m.name in text
    cats = content.catalogs
    for name in ("dispatch_indicators", "qualifications", "licenses", "measures", "funding_sources",
                 "frameworks", "committee_member_types", "managing_functions", "partner_types",
                 "data_sources"):
        for option in getattr(cats, name):
            assert " ".join(option.label.split()) in text, (name, option.label)
    for word in ("Process measures", "Output measures", "Outcome measures",  # measures grouped
                 "Every two weeks", "Quarterly", "Once a year",  # cadences
                 "Will the program operate during all patrol shifts?"):
        assert word in text, word


def test_worksheet_has_grid_budget_decisions_and_write_ins(worksheet):
    path, text = worksheet
    for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"):
        assert day in text
    assert all(f"{h:02d}" in text for h in range(24))  # the week grid's hours
    for row in ("Personnel", "Indirect costs", "Total cost", "Total funding", "Funding gap"):
        assert row in text
    for n in range(1, 5):
        assert f"KEY DECISION {n}" in text
    assert text.count("Open ○ Decided ○ Deferred") >= 4 or text.count("Deferred") >= 4
    assert "○" in text and "☐" in text  # tick one / tick all that apply
    assert "Police executive (required)" in text
    n = len(pages(path))
    assert f"page 1 of {n}" in text and f"page {n} of {n}" in text  # footer on every page
    info = PdfReader(str(path)).metadata
    assert info.title == "Co-response program design worksheet"


def test_worksheet_uses_the_content_pack(tmp_path):
    pack = tmp_path / "pack"
    assert run("content", "export", str(pack)).returncode == 0
    steps = pack / "steps.yaml"
    steps.write_text(steps.read_text(encoding="utf-8").replace(
        "What problem do we most want this program to solve?",
        "Which Riverton neighborhood needs the program most?"), encoding="utf-8")
    cat = pack / "catalogs.yaml"
    cat.write_text(cat.read_text(encoding="utf-8").replace(
        "label: Welfare check on a person in distress", "label: Riverton welfare check"), encoding="utf-8")
    out = tmp_path / "w.pdf"
    r = run("--content", str(pack), "worksheet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "Which Riverton neighborhood needs the program most?" in text
    assert "Riverton welfare check" in text
    assert "What problem do we most want this program to solve?" not in text
    assert "Welfare check on a person in distress" not in text
    assert "content pack: pack" in text  # the footer says which content it came from


def test_worksheet_refuses_a_missing_folder(tmp_path):
    r = run("worksheet", "-o", str(tmp_path / "nope" / "w.pdf"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "nope" in r.stderr


# --- comparison ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("plans")
    content = default_content()
    out = {}
    for name in ("mid-city", "rural-sheriff", "large-city", "blank"):
        path = folder / f"{name}.coresponse.yaml"
        storage.save_plan(presets.new_plan(content, name), path)
        out[name] = path
    return out


def test_compare_three_plans_side_by_side(plans, tmp_path):
    out = tmp_path / "COMPARISON.pdf"
    files = [plans["mid-city"], plans["rural-sheriff"], plans["large-city"]]
    r = run("compare", *map(str, files), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "3 plans" in r.stdout
    text = pdf_text(out)
    content = default_content()
    for f in files:
        plan = storage.load_plan(f)
        assert plan.metadata.program_name in text
        assert f.name in text
        assert content.model(plan.program_model.primary).name in text
        for key in KeyDecision:  # each key decision's status
            dec = plan.decision(key)
            assert {"open": "Open", "decided": "Decided", "deferred": "Deferred"}[dec.status.value] in text
    for label in ("Primary model", "Runs during all patrol shifts", "Clinician hours a week",
                  "Share of patrol hours covered", "Clinician FTE planned vs needed", "Shift positions per clinician",
                  "Dispatch trained", "Clinical supervision (weekly)", "Joint case review (monthly)",
                  "Frameworks that apply", "MOU", "Measures", "Data owner", "Reports", "First-year cost",
                  "Gap after secured funding", "Time-limited share of known funding", "All patrol shifts", "Long-term funding",
                  "Blockers", "Warnings"):
        assert label in text, label
    assert "$604,164 (FY2027)" in text  # mid-city's first-year cost
    first = pages(out)[0]
    assert first.mediabox.width < first.mediabox.height  # three plans: portrait


def test_compare_values_match_the_calculators(plans):
    from wizard import budget, staffing

    content = default_content()
    ps = [storage.load_plan(plans[n]) for n in ("mid-city", "rural-sheriff")]
    rows = {r.label: r for r in compare_rows(ps, content)}
    for i, p in enumerate(ps):
        sm = staffing.summarize(p)
        assert rows["Clinician FTE planned vs needed"].cells[i].text.startswith(f"{sm.clinician_fte:g} planned")
        mo = budget.summarize(p.funding, {f.id for f in content.catalogs.funding_sources if f.time_limited})
        assert budget.money(mo.years[0].total) in rows["First-year cost"].cells[i].text
        dec = p.decision(KeyDecision.funding)
        cell = rows["Long-term funding"].cells[i]
        assert cell.text == dec.status.value.capitalize()
        assert cell.tone == ("alert" if dec.status is DecisionStatus.open else cell.tone)
    assert rows["Primary model"].differs


def test_compare_many_plans_turns_landscape_and_accepts_charters(plans, tmp_path):
    charter = tmp_path / "mid-charter.pdf"
    r = run("export", str(plans["mid-city"]), "-o", str(charter))
    assert r.returncode == 0, r.stderr
    files = [str(charter), str(plans["rural-sheriff"]), str(plans["large-city"]), str(plans["blank"]),
             str(plans["mid-city"]), str(plans["rural-sheriff"]), str(plans["large-city"])]
    out = tmp_path / "many.pdf"
    r = run("compare", *files, "-o", str(out))
    assert r.returncode == 0, r.stderr
    ps = pages(out)
    assert ps[0].mediabox.width > ps[0].mediabox.height  # 7 plans: landscape
    text = pdf_text(out)
    assert "mid-charter.pdf" in text and "Maple Falls Crisis Response Unit" in text
    assert "Untitled plan" in text  # the blank plan has no name
    assert "Plans 1–4 of 7" in text and "Plans 5–7 of 7" in text  # two groups of columns


@pytest.mark.parametrize("bad, what", [
    ("missing.yaml", "no such file"),
    ("broken.yaml", "line"),
    ("not-a-charter.pdf", "PDF"),
])
def test_compare_unreadable_input_is_one_line_naming_it(plans, tmp_path, bad, what):
    path = tmp_path / bad
    if bad == "broken.yaml":
        path.write_text("metadata:\n  revision: [\n", encoding="utf-8")
    elif bad.endswith(".pdf"):
        path.write_bytes(b"hello")
    out = tmp_path / "c.pdf"
    r = run("compare", str(plans["mid-city"]), str(path), "-o", str(out))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(path) in lines[0] and what in lines[0]
    assert not out.exists()


def test_compare_needs_two_plans(plans, tmp_path):
    r = run("compare", str(plans["mid-city"]), "-o", str(tmp_path / "c.pdf"))
    assert r.returncode == 2 and "two or more" in r.stderr


def test_compare_survives_long_names_long_decisions_and_twelve_plans(plans, tmp_path):
    content = default_content()
    odd = presets.new_plan(content, "mid-city")
    odd.metadata.program_name = "Chương trình Ứng phó Khủng hoảng Phối hợp " * 6
    odd.agency.name = "Sở Cảnh sát " * 20
    dec = odd.decision(KeyDecision.funding)
    dec.status, dec.decision = DecisionStatus.decided, "word " * 20_000
    odd_path = tmp_path / ("a-very-long-file-name-for-the-group-at-table-twelve-" * 3 + ".coresponse.yaml")
    storage.save_plan(odd, odd_path)
    files = [str(odd_path)] + [str(plans[n]) for n in ("mid-city", "rural-sheriff", "large-city")] * 4
    files = files[:12]
    out = tmp_path / "twelve.pdf"
    r = run("compare", *files, "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "Chương trình Ứng phó Khủng hoảng" in text  # Vietnamese prints as text, not boxes
    assert "Plans 1–6 of 12" in text and "Plans 7–12 of 12" in text
    assert "word word" in text and "word " * 200 not in text  # a decision is quoted, not printed whole


def test_compare_attaches_each_plan_file_as_read(plans, tmp_path):
    from pdfcheck import attachments

    from wizard.handouts.comparison import attachment_name

    charter = tmp_path / "mid-charter.pdf"
    assert run("export", str(plans["mid-city"]), "-o", str(charter)).returncode == 0
    out = tmp_path / "c.pdf"
    r = run("compare", str(plans["rural-sheriff"]), str(charter), "-o", str(out))
    assert r.returncode == 0, r.stderr
    files = attachments(out.read_bytes())
    assert files[attachment_name(0, plans["rural-sheriff"].name)] == ("/Source", plans["rural-sheriff"].read_bytes())
    from wizard.charter import read_charter

    assert files[attachment_name(1, charter.name)] == ("/Source", read_charter(charter).plan_yaml)
    assert attachment_name(1, charter.name) == "2-mid-charter.coresponse.yaml"
