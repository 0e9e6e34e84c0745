"""The charter as a reader sees it: every preset renders, every section is there,
page furniture, contents and outline, metadata, determinism, signature boxes."""

from __future__ import annotations

import io

import pytest
from factories import ready_plan
from pypdf import PdfReader

from wizard import __version__, presets, signing, storage
from wizard.charter import (
    PLAN_ATTACHMENT,
    SECTION_TITLES,
    read_signature_boxes,
    render_charter,
    signature_boxes,
)
from wizard.charter import render_result as render
from wizard.charter import styles as st
from wizard.content import default_content

from .helpers import all_text, flat, page_texts, run_cli, sign_all

PRESETS = ["blank", "rural-sheriff", "mid-city", "large-city"]


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.fixture(scope="module")
def rendered(content):
    out = {}
    for name in PRESETS:
        plan = presets.load(content, name)
        out[name] = (plan, render(plan, content))
    return out


@pytest.mark.parametrize("name", PRESETS)
def test_preset_text_shows_agency_sections_pages_and_signatories(rendered, name):
    plan, result = rendered[name]
    text = flat(all_text(result.pdf))
    if plan.agency.name:
        assert plan.agency.name in text
    for title in SECTION_TITLES:
        assert title in text, title
    assert "page 1 of" in text
    for s in plan.signoff.signatories:
        if s.name:
            assert s.name in text
    pages = page_texts(result.pdf)
    assert len(pages) == result.pages > 12
    for i, t in enumerate(pages, start=1):
        assert f"page {i} of {len(pages)}" in t
        assert f"Revision {plan.metadata.revision}" in t
        assert signing.short(signing.fingerprint(plan)) in t


@pytest.mark.parametrize("name", PRESETS)
def test_outline_has_every_section_and_points_at_its_heading(rendered, name):
    _, result = rendered[name]
    reader = PdfReader(io.BytesIO(result.pdf))
    pages = [flat(p.extract_text()) for p in reader.pages]
    top = [o for o in reader.outline if not isinstance(o, list)]
    titles = [o.title for o in top]
    plan = rendered[name][0]
    # the cover's title (the program's name) is the first heading, then the contents
    assert titles[:2] == [flat(plan.metadata.program_name) or "Co-response program", "Contents"]
    for title in SECTION_TITLES:
        entry = next(o for o in top if o.title.endswith(title))
        page = reader.get_destination_page_number(entry)
        assert flat(entry.title) in pages[page], (title, page)
    # subsections are bookmarked too (nested lists under their section)
    assert any(isinstance(o, list) and o for o in reader.outline)


def test_contents_lists_sections_with_their_page_numbers(rendered):
    _, result = rendered["mid-city"]
    reader = PdfReader(io.BytesIO(result.pdf))
    contents = flat(reader.pages[1].extract_text())
    assert "Contents" in contents
    for o in reader.outline:
        if isinstance(o, list) or o.title in ("Maple Falls Crisis Response Unit", "Contents"):
            continue
        page = reader.get_destination_page_number(o) + 1
        assert f"{flat(o.title)} {page}" in contents, (o.title, page)


@pytest.mark.parametrize("name", ["mid-city", "large-city"])
def test_executive_summary_is_one_page(rendered, name):
    _, result = rendered[name]
    reader = PdfReader(io.BytesIO(result.pdf))
    starts = {o.title: reader.get_destination_page_number(o) for o in reader.outline if not isinstance(o, list)}
    assert starts["2  Purpose and core principles"] - starts["1  Executive summary"] == 1


def test_text_stays_inside_the_margins(rendered):
    """No table or chart pushes text off the page: every text run starts in the frame."""
    _, result = rendered["large-city"]
    for n, page in enumerate(PdfReader(io.BytesIO(result.pdf)).pages):
        bad = []

        def visit(text, cm, tm, font, size, bad=bad):
            if not text.strip() or abs(cm[1]) > 0.1:  # the rotated watermark
                return
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            if x < st.MARGIN_L - 1 or x > st.PAGE_W - st.MARGIN_R + 1:
                bad.append((text, round(x, 1)))

        page.extract_text(visitor_text=visit)
        assert not bad, (n + 1, bad[:3])


def test_metadata_and_embedded_plan(rendered):
    plan, result = rendered["mid-city"]
    reader = PdfReader(io.BytesIO(result.pdf))
    meta = reader.metadata
    assert plan.metadata.program_name in meta.title
    assert plan.agency.name in meta.author
    assert "revision 1" in meta.subject
    assert "co-response" in meta["/Keywords"]
    assert meta["/CoresponseVersion"] == __version__
    assert meta["/CoresponseFingerprint"] == signing.fingerprint(plan)
    assert meta["/CoresponseRevision"] == "1"
    assert meta.creation_date == meta.modification_date == plan.metadata.modified
    files = reader.attachments
    assert list(files) == [PLAN_ATTACHMENT]
    assert files[PLAN_ATTACHMENT] == [storage.dumps(plan).encode("utf-8")]


def test_same_plan_gives_byte_identical_pdf(content, rendered):
    plan, result = rendered["large-city"]
    again = render_charter(plan.model_copy(deep=True), content)
    assert again == result.pdf
    other = render_charter(presets.load(content, "rural-sheriff"), content)
    assert other != again
    assert render_charter(plan, content) == result.pdf  # unaffected by renders in between


def test_determinism_across_processes(tmp_path):
    src = tmp_path / "plan.yaml"
    storage.save_plan(presets.load(default_content(), "mid-city"), src)
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run_cli("export", str(src), "-o", str(a)).returncode == 0
    assert run_cli("export", str(src), "-o", str(b)).returncode == 0
    assert a.read_bytes() == b.read_bytes()
    assert b"CreationDate" in a.read_bytes()


def test_signature_boxes_one_per_signatory_on_the_signature_page(rendered, content):
    plan, result = rendered["mid-city"]
    boxes = result.signature_boxes
    assert [b.index for b in boxes] == list(range(len(plan.signoff.signatories)))
    assert [b.role for b in boxes] == [s.role.value for s in plan.signoff.signatories]
    assert len({b.field_name for b in boxes}) == len(boxes)
    pages = page_texts(result.pdf)
    for b in boxes:
        x1, y1, x2, y2 = b.rect
        assert st.MARGIN_L <= x1 < x2 <= st.PAGE_W - st.MARGIN_R + 0.01
        assert st.MARGIN_B <= y1 < y2 <= st.PAGE_H - st.MARGIN_T + 0.01
        assert x2 - x1 > 150 and y2 - y1 > 50
        assert "Approval and signatures" in pages[b.page_index] or b.name in pages[b.page_index]
        assert b.name in flat(pages[b.page_index])
    # boxes do not overlap on a page
    for a in boxes:
        for c in boxes:
            if a is not c and a.page_index == c.page_index:
                assert a.rect[3] <= c.rect[1] or c.rect[3] <= a.rect[1]
    assert tuple(read_signature_boxes(result.pdf)) == boxes
    assert signature_boxes(plan, content) == boxes


def test_many_signatories_flow_onto_more_pages_with_their_boxes(content):
    plan = ready_plan()
    sig = plan.signoff.signatories[0]
    plan.signoff.signatories = plan.signoff.signatories + [
        sig.model_copy(update={"name": f"Signer {i}"}) for i in range(10)]
    result = render(plan, content)
    pages = {b.page_index for b in result.signature_boxes}
    assert len(result.signature_boxes) == 12 and len(pages) >= 2
    text = page_texts(result.pdf)
    for b in result.signature_boxes:
        assert b.name in flat(text[b.page_index])


def test_signed_charter_shows_typed_and_drawn_signatures(content):
    plan = sign_all(ready_plan(), drawn_first=True)
    result = render(plan, content)
    text = flat(all_text(result.pdf))
    assert "/s/ Dr. Sam Lee" in text
    assert "signed against fingerprint" in text
    assert "September 2, 2026" in text
    reader = PdfReader(io.BytesIO(result.pdf))
    sig_page = reader.pages[result.signature_boxes[0].page_index]
    assert sig_page["/Resources"]["/XObject"], "the drawn signature is an image on the page"
