"""User text: escaped, every script, and long content that must flow across pages."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import ready_plan

from wizard.charter import render_charter
from wizard.charter import render_result as render
from wizard.charter.facts import SECTIONS
from wizard.content import default_content
from wizard.plan import CommitteeMember, Decision, DecisionStatus, DocumentationEntry

from .helpers import all_text, flat, page_texts

SECTION_NUMBER = {key: i for i, (key, _) in enumerate(SECTIONS, start=1)}
"""The number the charter prints before each section heading (the summary is 1)."""


@pytest.fixture(scope="module")
def content():
    return default_content()


def test_markup_in_names_prints_literally(content):
    plan = ready_plan()
    plan.agency.name = "Smith & <Jones>"
    plan.metadata.program_name = "<b>Bold</b> & <font size=40>big</font>"
    plan.signoff.signatories[0].name = "Chief <i>O'Brien</i> & Sons"
    plan.program_model.rationale = "Line one <br/> & <para>\nLine two &amp; three"
    text = flat(all_text(render_charter(plan, content)))
    assert "Smith & <Jones>" in text
    assert "<b>Bold</b> & <font size=40>big</font>" in text
    assert "Chief <i>O'Brien</i> & Sons" in text
    assert "Line one <br/> & <para>" in text
    assert "Line two &amp; three" in text


def test_greek_cyrillic_vietnamese_names_come_back_out(content):
    names = ["Αλέξανδρος Παπαδόπουλος", "Дмитрий Иванович Смирнов", "Nguyễn Thị Minh Khai"]
    plan = ready_plan()
    plan.signoff.signatories[0].name = names[0]
    plan.signoff.signatories[1].name = names[1]
    plan.agency.partners[0].name = names[2] + " Behavioral Health"
    plan.staffing.coordinator.name = "Trần Văn Đức"
    text = flat(all_text(render_charter(plan, content)))
    for n in [*names, "Trần Văn Đức"]:
        assert n in text, n


def test_decomposed_vietnamese_prints_with_precomposed_glyphs(content):
    import unicodedata

    plan = ready_plan()
    plan.agency.name = unicodedata.normalize("NFD", "Sở Cảnh sát Đà Nẵng")
    text = flat(all_text(render_charter(plan, content)))
    assert "Sở Cảnh sát Đà Nẵng" in text


def test_control_characters_and_emoji_do_not_break_rendering(content):
    plan = ready_plan()
    plan.agency.name = "Tab\there\x00\x07 nul\u2028sep \ufeff lone 🚓 car"
    plan.coverage.safety_protocol = "\x1b[31mred\x1b[0m and\r\nwindows\rmac"
    text = flat(all_text(render_charter(plan, content)))
    assert "Tab here nul" in text
    assert "windows mac" in text


def test_long_rationale_flows_across_pages(content):
    plan = ready_plan()
    sentences = [f"Sentence {i:04d} explains one more reason the model fits this city." for i in range(320)]
    plan.program_model.rationale = " ".join(sentences)
    assert len(plan.program_model.rationale) >= 20_000
    result = render(plan, content)
    pages = [flat(t) for t in page_texts(result.pdf)]
    first = next(i for i, t in enumerate(pages) if "Sentence 0000" in t)
    last = next(i for i, t in enumerate(pages) if "Sentence 0319" in t)
    assert last - first >= 2
    assert all(f"Sentence {i:04d}" in " ".join(pages) for i in range(0, 320, 37))


def test_long_rationale_in_paragraphs_and_one_unbroken_word(content):
    plan = ready_plan()
    plan.program_model.rationale = "\n\n".join(["Paragraph " + "word " * 400] * 10) + "\n\n" + "x" * 5000
    render_charter(plan, content)


def test_two_hundred_row_tables_flow_with_repeated_headers(content):
    plan = ready_plan()
    plan.decisions = plan.decisions + [
        Decision(question=f"Custom question number {i:03d}?", status=DecisionStatus.deferred,
                 owner=f"Owner {i}", due=dt.date(2027, 1, 1) + dt.timedelta(days=i), notes="Revisit later.")
        for i in range(200)]
    plan.governance.committee = [CommitteeMember(name=f"Member {i:03d}", organization=f"Org {i}",
                                                 member_type="advocate") for i in range(200)]
    result = render(plan, content)
    pages = [flat(t) for t in page_texts(result.pdf)]
    # The decision log's pages (the summary and the Open items list name the questions too).
    start = next(i for i, t in enumerate(pages) if f"{SECTION_NUMBER['decisions']} Decision log" in t and "Outcome and notes" in t)
    end = next(i for i, t in enumerate(pages) if f"{SECTION_NUMBER['open']} Open items" in t and i > start)
    with_rows = [i for i in range(start, end + 1) if "Custom question number" in pages[i]
                 and "Open question" not in pages[i]]
    assert len(with_rows) >= 3
    for i in with_rows:
        assert "Outcome and notes" in pages[i], i  # the header row repeats on every page
    open_pages = [i for i, t in enumerate(pages) if i >= end and "Custom question number" in t]
    for i in open_pages:
        assert "Open question" in pages[i], i  # the Open items table repeats its header too
    assert "Custom question number 199?" in " ".join(pages)
    member_pages = [i for i, t in enumerate(pages) if "Member 1" in t or "Member 0" in t]
    assert len(member_pages) >= 3
    for i in member_pages:
        assert "Decision authority" in pages[i]
    assert "Member 199" in " ".join(pages)


def test_a_cell_taller_than_a_page_splits_instead_of_failing(content):
    plan = ready_plan()
    plan.confidentiality.documentation = [DocumentationEntry(party="Clinicians", records="Notes. " * 3000)]
    plan.agency.existing.notes = "Long note. " * 2000
    result = render(plan, content)
    assert result.pages > 20
