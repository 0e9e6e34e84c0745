"""The charter as a tagged, archival PDF: PDF/UA-1 + PDF/A-3a for every preset and a blank
plan, the plan attached as its Source, signature fields tagged as form fields, a DRAFT
whose watermark adds no letter to the text, markup in any field printed literally, and
the section format's every block kind (clause and obligations from crafted facts)."""

from __future__ import annotations

import copy
import io
import re

import pdfcheck
import pytest
from factories import ready_plan
from pypdf import PdfReader
from strategies import _set, base

from wizard import presets, storage
from wizard.charter import render_result
from wizard.charter.facts import SECTION_TITLES
from wizard.content import default_content
from wizard.plan import ProgramPlan

from .helpers import flat, page_texts, sign_all, watermarked_pages

CONTENT = default_content()
PRESETS = [p.name for p in presets.available(CONTENT)]
MARKUP = r"#set *b* _e_ $x$ @ref <l> [k] \ `c` // n /* m */ = h - i + j ~ t #{1}"
"""Every character Typst's markup knows, in one line of user text."""


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("name", ["blank-plan", *PRESETS])
def test_every_charter_is_pdf_ua_and_pdf_a_with_the_plan_attached(name):
    plan = ProgramPlan() if name == "blank-plan" else presets.load(CONTENT, name)
    result = render_result(plan, CONTENT)
    ua = pdfcheck.assert_accessible(result.pdf, title=result.facts.title, lang="en-US",
                                    attached={"plan.yaml": "source"})
    assert not ua.errors and "of 106" in ua.rules
    rel, data = pdfcheck.attachments(result.pdf)["plan.yaml"]
    assert data == storage.dumps(plan).encode("utf-8")
    # every signature box holds an empty signature field, tagged as a form field
    assert sorted(pdfcheck.form_fields(result.pdf)) == sorted(b.field_name for b in result.signature_boxes)
    assert len(result.signature_boxes) == len(plan.signoff.signatories)
    # bookmarks: the title, the contents and every section
    titles = [o.title for o in PdfReader(io.BytesIO(result.pdf)).outline if not isinstance(o, list)]
    assert titles[1] == "Contents"
    for t in SECTION_TITLES:
        assert any(x.endswith(t) for x in titles), t


def test_tables_have_header_cells_and_figures_alt_text():
    result = render_result(presets.load(CONTENT, "mid-city"), CONTENT)
    root = PdfReader(io.BytesIO(result.pdf)).trailer["/Root"]
    kinds: dict[str, int] = {}
    alts: list[str] = []
    todo = [root["/StructTreeRoot"]]
    while todo:
        node = todo.pop().get_object()
        if isinstance(node, dict):
            s = str(node.get("/S", ""))
            kinds[s] = kinds.get(s, 0) + 1
            if s == "/Figure":
                alts.append(str(node.get("/Alt", "")))
            kids = node.get("/K")
            todo += kids if isinstance(kids, list) else ([kids] if kids is not None else [])
    assert kinds.get("/TH", 0) > 50 and kinds.get("/Table", 0) > 10
    assert kinds.get("/H1", 0) >= len(SECTION_TITLES)
    # the charts' alternative text is written from the plan's data
    assert any(a.startswith("Clinicians on duty: Monday 10:00 to 14:00") for a in alts), alts
    assert any("secured $" in a and "FY2027" in a for a in alts), alts
    assert any(a.startswith("Workflow of a call") for a in alts), alts


def test_draft_watermark_adds_no_letter_to_the_text():
    plan = sign_all(ready_plan())
    final = render_result(plan, CONTENT)
    draft = render_result(plan, CONTENT, draft=True)
    assert final.status.final and not draft.status.final
    assert all(watermarked_pages(draft.pdf)) and not any(watermarked_pages(final.pdf))
    a, b = page_texts(draft.pdf), page_texts(final.pdf)
    assert len(a) == len(b)
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if i == 0:
            continue  # the cover says why it is a draft
        # the footer names the status; nothing else differs, not one letter of the watermark
        assert x.replace("DRAFT", "FINAL") == y.replace("DRAFT", "FINAL"), i
    assert "DRAFT" not in flat(" ".join(b))


def test_markup_in_every_text_field_prints_literally():
    data, free = base("mid-city")
    data = copy.deepcopy(data)
    for i, path in enumerate(free):
        _set(data, path, f"F{i}x {MARKUP}")
    plan = ProgramPlan.model_validate(data)
    result = render_result(plan, CONTENT)
    text = squeezed(" ".join(page_texts(result.pdf)))
    flat_markup = squeezed(MARKUP)
    missing = [".".join(map(str, p)) for i, p in enumerate(free) if f"F{i}x{flat_markup}" not in text]
    assert not missing, missing
    assert len(free) > 150
    ua = pdfcheck.pdfua_check(result.pdf)
    assert not ua.errors and not ua.warnings, ua.lines()
    assert PdfReader(io.BytesIO(result.pdf)).metadata.title == result.facts.title  # the title as typed


def _crafted_section() -> dict:
    return {"id": "terms", "title": "Agreement terms", "blocks": [
        {"kind": "subheading", "text": "Term and termination"},
        {"kind": "clause", "number": "14.1", "title": "Term " + MARKUP,
         "text": "This agreement starts on signature. " + MARKUP + "\n\nSecond paragraph of the clause.",
         "edited": True},
        {"kind": "clause", "number": "14.2", "title": "Termination", "text": "Either party may end it.",
         "edited": False},
        {"kind": "obligations", "party": "Cedar Harbor Police Department " + MARKUP,
         "items": ["Provide a patrol officer on every call-out.", "Train dispatchers " + MARKUP]},
        {"kind": "guidance", "text": "Counsel should check the notice period. " + MARKUP},
        {"kind": "list", "items": ["One", "Two " + MARKUP], "ordered": False},
        {"kind": "table", "caption": "Costs " + MARKUP, "header": ["Who", "Pays"],
         "rows": [["City " + MARKUP, "$1"], ["County", "$2"]]},
        {"kind": "facts", "rows": [["Notice " + MARKUP, "90 days " + MARKUP]]},
        {"kind": "para", "text": "Plain statement " + MARKUP},
    ]}


def test_every_block_kind_renders_clause_and_obligations_included(monkeypatch):
    """The agreement helper's sections (clause, obligations) print from crafted facts."""
    from wizard.charter import facts as facts_mod

    real = facts_mod._Gather.build

    def with_terms(self):
        out = real(self)
        out.sections.insert(len(out.sections) - 2, _crafted_section())
        return out

    monkeypatch.setattr(facts_mod._Gather, "build", with_terms)
    result = render_result(presets.load(CONTENT, "mid-city"), CONTENT)
    text = squeezed(" ".join(page_texts(result.pdf)))
    m = squeezed(MARKUP)
    for expected in ("14.1Term" + m, "Thisagreementstartsonsignature." + m, "Secondparagraphoftheclause.",
                     "14.2Termination", "Wordingeditedbythepartners", "CedarHarborPoliceDepartment" + m + "shall:",
                     "(a)Provideapatrolofficer", "(b)Traindispatchers" + m, "GUIDANCECounselshould",
                     "Two" + m, "Costs" + m, "City" + m, "Notice" + m + "90days" + m, "Plainstatement" + m,
                     "Agreementterms"):
        assert expected in text, expected
    pdfcheck.assert_accessible(result.pdf, title=result.facts.title, attached={"plan.yaml": "source"})


@pytest.mark.parametrize("name", ["mid-city", "large-city"])
def test_signature_page_has_counsel_lines_and_no_quotation(name):
    """All signature blocks on one page, counsel's lines with them; only when six signatories
    and five parties' counsel cannot share a page (large-city) do counsel's lines follow on the
    next page — never past the footer (tests/wizard/charter/test_page_bounds.py)."""
    plan = presets.load(CONTENT, name)
    result = render_result(plan, CONTENT)
    pages = [flat(t) for t in page_texts(result.pdf)]
    sig_pages = sorted({b.page_index for b in result.signature_boxes})
    assert len(sig_pages) == 1  # all signature blocks together
    counsel_page = sig_pages[0] + (1 if name == "large-city" else 0)
    page = pages[counsel_page]
    assert "APPROVED AS TO FORM" in page
    assert CONTENT.charter.closing_quote.strip("“”\"") not in pages[sig_pages[0]]
    for s in plan.signoff.signatories:
        if s.role.value != "counsel" and s.organization:
            assert f"Counsel for {flat(s.organization)}" in page, s.organization
    assert CONTENT.charter.closing_quote.strip("“”\"") not in page
    required = sum(1 for b in result.facts.signatures["blocks"] if b["required"])
    assert pages[sig_pages[0]].count("REQUIRED") == required == 2


def test_headline_figures_never_break_inside_a_number():
    plan = presets.load(CONTENT, "large-city")
    result = render_result(plan, CONTENT)
    summary = page_texts(result.pdf)[2]
    for tile in result.facts.summary["tiles"]:
        fig = tile["figure"]
        assert fig in summary, fig  # on one line: extraction would split a wrapped figure
