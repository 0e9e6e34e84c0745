"""The Word review copy for counsel: the same charter as the PDF, in a form Word can redline."""

from __future__ import annotations

import io

import docx
import pytest
from cli_runner import run_cli
from docx.oxml.ns import qn

from wizard import agreement, presets, signing, storage
from wizard.charter.wordcopy import charter_docx
from wizard.content import default_content

from .helpers import all_text, flat


@pytest.fixture(scope="module")
def content():
    return default_content()


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def body_text(d) -> str:
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def test_export_to_docx_writes_the_review_copy(tmp_path, content):
    plan = presets.load(content, "mid-city")
    src = tmp_path / "mid.yaml"
    storage.save_plan(plan, src)
    r = run_cli("export", str(src), "-o", str(tmp_path / "mid.docx"))
    assert r.returncode == 0, r.stderr
    assert "Word review copy" in r.stdout
    d = docx.Document(str(tmp_path / "mid.docx"))
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    # numbered as the PDF numbers them, the agreement after governance, signatures last but the appendix
    assert heads[0] == "1  Executive summary"
    assert heads.index("8  Agreement terms") == heads.index("7  Supervision and governance") + 1
    assert heads[-2].endswith("Approval and signatures") and heads[-1] == "A  Open readiness findings"
    clause_heads = [p.text for p in d.paragraphs if p.style.name == "Heading 3"]
    assert "1. What this document is" in clause_heads and any(h.endswith("Termination and wind-down")
                                                               for h in clause_heads)
    footer = d.sections[0].footer.paragraphs[0].text
    assert "Review copy" in footer and signing.short(signing.fingerprint(plan)) in footer
    assert d.core_properties.title == "Maple Falls Crisis Response Unit — Program charter"


def test_clauses_carry_counsels_guidance_set_apart_and_the_same_words_as_the_pdf(content):
    from wizard.charter import render_charter

    plan = presets.load(content, "mid-city")
    d = open_docx(charter_docx(plan, content))
    text = flat(body_text(d))
    pdf_text = flat(all_text(render_charter(plan, content)))
    section = agreement.charter_sections(plan, content)[0]
    clause = next(b for b in section["blocks"] if b["kind"] == "clause" and b["title"] == "Purpose and scope")
    first = clause["text"].split("\n\n")[0]
    assert flat(first) in text and flat(first)[:120] in pdf_text  # one source of words for both copies
    guidance = [p for p in d.paragraphs if p.text.startswith("Guidance: ")]
    assert guidance, "each clause is followed by when counsel should change it"
    assert all(r.italic for p in guidance for r in p.runs[1:])
    obligations = [p.text for p in d.paragraphs if p.text.endswith(" shall:")]
    assert "Maple Falls Police Department shall:" in obligations


def test_signature_page_names_every_signatory_and_has_approved_as_to_form_lines(content):
    plan = presets.load(content, "rural-sheriff")  # the binding agreement, with counsel signatories
    d = open_docx(charter_docx(plan, content))
    text = body_text(d)
    for s in plan.signoff.signatories:
        if s.name.strip():
            assert s.name.strip() in text
    assert "Approved as to form" in [p.text for p in d.paragraphs]
    assert agreement.approval_statement(plan, content) in text
    assert "binds their organization" in agreement.approval_statement(plan, content)


def test_tables_have_a_repeating_header_row(content):
    d = open_docx(charter_docx(presets.load(content, "large-city"), content))
    headed = [t for t in d.tables if t.rows and t.rows[0]._tr.trPr is not None
              and t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert len(headed) >= 5
    first = headed[0].rows[0].cells[0].paragraphs[0].runs
    assert first and all(r.bold for r in first)


def test_a_blank_plan_says_what_is_missing_and_prints_no_default(content):
    plan = presets.load(content, "blank")
    text = body_text(open_docx(charter_docx(plan, content)))
    assert "Not yet" in text or "not yet" in text
    assert "$0" not in text
    assert "Whether this charter binds the parties" in text  # the document kind is not decided


def test_markup_and_odd_characters_print_literally(content):
    plan = presets.load(content, "mid-city")
    plan.metadata.program_name = "*Riverton* #1 <b>&amp; [x](y) \\ $"
    text = body_text(open_docx(charter_docx(plan, content)))
    assert "*Riverton* #1 <b>&amp; [x](y) \\ $" in text


def test_the_summary_counts_the_open_items_it_leaves_out(content):
    """The PDF fills "… and {more} more" with the items that do not fit its page; the Word
    copy lists the summary's items and says how many more there are, never the slot itself."""
    blank = presets.load(content, "blank")  # 19 open items: the summary shows 6
    text = body_text(open_docx(charter_docx(blank, content)))
    assert "{more}" not in text
    assert "… and 13 more in the Open items section." in text
    few = presets.load(content, "mid-city")  # 2 open items: all shown, nothing counted
    assert "more in the Open items section" not in body_text(open_docx(charter_docx(few, content)))
