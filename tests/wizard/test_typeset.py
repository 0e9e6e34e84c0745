"""Typst typesetting: accessible, archival, deterministic PDFs; user text printed literally;
charts as SVG figures with alt text; attachments as associated files; certificate
signing of a Typst-made PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfcheck
import pki as pki_mod
import pytest
import yaml
from cli_runner import run_cli as run
from factories import ready_plan
from pypdf import PdfReader, PdfWriter

from wizard import presets, storage
from wizard.charter.svgdraw import drawing_svg, figure
from wizard.content import default_content, load_content
from wizard.handouts import render_comparison, render_worksheet, worksheet_facts
from wizard.handouts.comparison import attachment_name
from wizard.handouts.worksheet import TITLE
from wizard.plan import KeyDecision
from wizard.steps import Step
from wizard.typeset import (
    Attachment,
    DocumentMeta,
    TypesetError,
    typeset,
    typeset_with_warnings,
    watermark_svg,
)

PRESETS = ("mid-city", "rural-sheriff", "large-city", "blank")
MARKUP = r"#set *b* _e_ $x$ @ref <l> [k] \ `c` // n /* m */ = h - i + j ~ t #{1}"
"""Every character Typst's markup knows, in one line of user text."""


def squeezed(text: str) -> str:
    """Without any white space: a line may break after '/' or '-' in the middle of a
    run of markup characters, and extraction cannot tell that from a space."""
    return re.sub(r"\s+", "", text)


def text_of(pdf: bytes) -> str:
    raw = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-", raw).split())


@pytest.fixture(scope="module")
def worksheet() -> bytes:
    return render_worksheet()


@pytest.fixture(scope="module")
def comparison() -> tuple[bytes, list[tuple[str, object]]]:
    content = default_content()
    plans = [(f"{name}.coresponse.yaml", presets.new_plan(content, name)) for name in PRESETS]
    return render_comparison(plans, content), plans


# --- accessibility and archiving -----------------------------------------------------------


def test_worksheet_is_tagged_pdf_ua_and_pdf_a(worksheet):
    ua = pdfcheck.assert_accessible(worksheet, title=TITLE, attached={})
    assert "16 of 106" in ua.rules
    outline = [o.title for o in PdfReader(io.BytesIO(worksheet)).outline if not isinstance(o, list)]
    content = default_content()
    assert outline[0] == TITLE and [content.step(s).title for s in Step] == outline[1:]


def test_comparison_is_tagged_and_carries_the_plans(comparison):
    pdf, plans = comparison
    names = {attachment_name(i, src): "source" for i, (src, _p) in enumerate(plans)}
    pdfcheck.assert_accessible(pdf, title="Comparison of 4 co-response plans", attached=names)
    files = pdfcheck.attachments(pdf)
    assert "plan.yaml" not in files  # a comparison is never taken for a charter
    for i, (src, plan) in enumerate(plans):
        rel, data = files[attachment_name(i, src)]
        assert storage.parse_plan(src, data) == plan


def test_comparison_of_charters_is_refused_by_extract(comparison, tmp_path):
    path = tmp_path / "cmp.pdf"
    path.write_bytes(comparison[0])
    r = run("extract", str(path), "-o", str(tmp_path / "x.yaml"))
    assert r.returncode == 2 and "no embedded plan" in r.stderr


def test_output_is_deterministic(worksheet, comparison):
    assert render_worksheet() == worksheet
    content = default_content()
    pdf, plans = comparison
    assert render_comparison(plans, content) == pdf


def test_the_date_is_the_one_passed_in():
    meta = DocumentMeta(title="Dated", when=dt.datetime(2027, 3, 4, 5, 6, 7, tzinfo=dt.UTC))
    pdf = typeset("t", {}, meta, source='#import "lib.typ": *\n#show: handout\n= Dated\nText.')
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.creation_date == dt.datetime(2027, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    assert "2027-03-04T05:06:07" in pdfcheck.xmp(pdf)


def test_templates_compile_without_warnings():
    content = default_content()
    from wizard.handouts.comparison import comparison_facts

    plans = [(f"{n}.yaml", presets.new_plan(content, n)) for n in PRESETS]
    for template, facts in (("worksheet", worksheet_facts(content)), ("comparison", comparison_facts(plans, content))):
        result = typeset_with_warnings(template, facts, DocumentMeta(title=template))
        assert result.warnings == (), (template, result.warnings)


def test_a_template_error_names_the_template():
    with pytest.raises(TypesetError, match=r"broken\.typ"):
        typeset("broken", {}, DocumentMeta(title="x"), source="#let x = (")
    with pytest.raises(TypesetError, match="no such template"):
        typeset("no-such-template", {}, DocumentMeta(title="x"))


# --- the DRAFT watermark -------------------------------------------------------------------


def test_draft_watermark_is_an_artifact_and_not_text():
    content = default_content()
    meta = DocumentMeta(title=TITLE)
    plain = typeset("worksheet", worksheet_facts(content), meta)
    draft = typeset("worksheet", worksheet_facts(content), meta, watermark="DRAFT")
    assert draft != plain  # the watermark is drawn
    reader = PdfReader(io.BytesIO(draft))
    clean = PdfReader(io.BytesIO(plain))
    assert len(reader.pages) == len(clean.pages)
    for a, b in zip(reader.pages, clean.pages, strict=True):
        assert (a.extract_text() or "") == (b.extract_text() or "")  # not one letter more
    pdfcheck.assert_accessible(draft, title=TITLE, attached={})
    page = typeset("t", {}, DocumentMeta(title="Memo"), watermark="DRAFT",
                   source='#import "lib.typ": *\n#show: handout\n= Memo\nPlain words only.')
    assert not set("DRAFT") & set(pdfcheck.page_text(page).replace("Memo", "").replace("page 1 of 1", "")
                                  .replace("Plain words only.", ""))
    assert "Plain words only." in pdfcheck.page_text(page)


def test_watermark_svg_is_outlines_only():
    svg = watermark_svg("DRAFT")
    assert "<path" in svg and "<text" not in svg and "font" not in svg


# --- markup injection ------------------------------------------------------------------------


def test_markup_in_every_worksheet_text_prints_literally(tmp_path):
    pack = tmp_path / "pack"
    assert run("content", "export", str(pack)).returncode == 0
    steps_file = pack / "steps.yaml"
    data = yaml.safe_load(steps_file.read_text(encoding="utf-8"))
    steps = data["steps"] if isinstance(data, dict) else data
    for i, g in enumerate(steps):
        g["title"] = f"S{i} {MARKUP}"
        g["what"] = f"W{i} {MARKUP}\n\nSecond paragraph {MARKUP}"
        g["prompts"] = [f"P{i} {MARKUP}"]
    steps_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    cat_file = pack / "catalogs.yaml"
    cats = yaml.safe_load(cat_file.read_text(encoding="utf-8"))
    for name in ("dispatch_indicators", "licenses", "measures", "funding_sources", "frameworks",
                 "partner_types", "data_sources", "qualifications", "managing_functions",
                 "committee_member_types"):
        for k, o in enumerate(cats[name]):
            o["label"] = f"{name[:3]}{k} {MARKUP}"
            if name == "frameworks":
                o["citation"] = f"cit{k} {MARKUP}"
    cat_file.write_text(yaml.safe_dump(cats, allow_unicode=True, sort_keys=False), encoding="utf-8")
    models_file = pack / "models.yaml"
    models = yaml.safe_load(models_file.read_text(encoding="utf-8"))
    for k, m in enumerate(models["models"]):
        m["name"] = f"mod{k} {MARKUP}"
        m["summary"] = f"sum{k} {MARKUP}"
    models_file.write_text(yaml.safe_dump(models, allow_unicode=True, sort_keys=False), encoding="utf-8")
    content = load_content(pack)
    text = squeezed(text_of(render_worksheet(content)))
    flat = squeezed(MARKUP)
    for i in range(len(Step)):
        for tag in ("S", "W", "P"):
            assert f"{tag}{i}{flat}" in text, (tag, i)
    assert text.count(f"Secondparagraph{flat}") == len(Step)
    for name in ("dis", "lic", "mea", "fun", "fra", "par", "dat", "qua", "man", "com", "cit", "mod", "sum"):
        assert f"{name}0{flat}" in text, name
    assert text.count(flat) > 4 * len(Step)


def test_markup_in_plan_names_prints_literally_in_the_comparison():
    content = default_content()
    odd = presets.new_plan(content, "mid-city")
    odd.metadata.program_name = MARKUP
    odd.agency.name = "Agency " + MARKUP
    dec = odd.decision(KeyDecision.funding)
    dec.decision = "Decided " + MARKUP
    file = MARKUP.replace("/", "") + ".yaml"  # a file name cannot hold '/'
    pdf = render_comparison([(file, odd), ("b.yaml", presets.new_plan(content, "rural-sheriff"))],
                            content)
    text = squeezed(text_of(pdf))
    flat = squeezed(MARKUP)
    assert flat in text and f"Agency{flat}" in text and f"Decided{flat}" in text
    assert squeezed(file) in text  # the file name too
    pdfcheck.assert_accessible(pdf, title="Comparison of 2 co-response plans",
                               attached={attachment_name(0, file): "source",
                                         attachment_name(1, "b.yaml"): "source"})


# --- charts ------------------------------------------------------------------------------------


def _coverage_drawing():
    from wizard.charter import graphics as gx
    clinicians = [[1 if 10 <= h < 20 else 0 for h in range(24)] for _ in range(5)] + [[0] * 24] * 2
    patrol = [[1] * 24 for _ in range(7)]
    shifts = [gx.ShiftBar("Day", [(6, 18)]), gx.ShiftBar("Night", [(18, 24), (0, 6)])]
    return gx.coverage_chart(clinicians, patrol, shifts, 480)


def test_a_reportlab_chart_becomes_an_svg_figure_with_alt_text():
    d = _coverage_drawing()
    svg = drawing_svg(d)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "DejaVuSans" not in svg and 'font-family="DejaVu Sans" font-weight="bold"' in svg  # Typst's family name
    alt = "Clinicians on duty Monday to Friday 10:00 to 20:00; no clinician on Saturday and Sunday."
    fig = figure(d, alt, caption="When the clinicians work")
    source = ('#import "lib.typ": *\n#show: handout.with(kind: "TEST")\n= Coverage\n'
              '#chart(facts.fig, width: 100%)\n')
    pdf = typeset("chart", {"fig": fig}, DocumentMeta(title="Chart"), source=source)
    # the charter's chart labels are 6.5 pt (a reader hears the alt text instead);
    # the charter port should draw them at 9 pt
    pdfcheck.assert_accessible(pdf, title="Chart", attached={}, min_text_pt=6.5)
    from pypdf import PdfReader as R

    root = R(io.BytesIO(pdf)).trailer["/Root"]
    alts = []
    todo = [root["/StructTreeRoot"]]
    while todo:
        node = todo.pop().get_object()
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt")))
            kids = node.get("/K")
            todo += kids if isinstance(kids, list) else ([kids] if kids is not None else [])
    assert alt in alts
    assert "Mon" in text_of(pdf)  # the chart's labels are real text inside the figure
    with pytest.raises(ValueError, match="alternative text"):
        figure(d, " ")


# --- attachments --------------------------------------------------------------------------------


def test_attachment_is_an_associated_file_with_its_relationship():
    plan_yaml = storage.dumps(ready_plan()).encode("utf-8")
    atts = [Attachment("plan.yaml", plan_yaml, mime="application/yaml", description="The plan"),
            Attachment("logo.bin", bytes(range(256)), description="Every byte once", relationship="supplement")]
    pdf = typeset("t", {}, DocumentMeta(title="With files"), attachments=atts,
                  source='#import "lib.typ": *\n#show: handout\n= With files\nText.')
    pdfcheck.assert_accessible(pdf, title="With files", attached={"plan.yaml": "source", "logo.bin": "supplement"})
    files = pdfcheck.attachments(pdf)
    assert files["plan.yaml"][1] == plan_yaml and files["logo.bin"][1] == bytes(range(256))
    with pytest.raises(ValueError, match="relationship"):
        Attachment("x", b"", description="x", relationship="parent")
    with pytest.raises(ValueError, match="description"):
        Attachment("x", b"")
    with pytest.raises(ValueError, match="twice"):
        typeset("t", {}, DocumentMeta(title="x"), attachments=[atts[0], atts[0]], source="x")


# --- certificate signatures on a Typst-made PDF -------------------------------------------------

SIGN_PAGE = r'''
#import "lib.typ": *
#show: handout.with(kind: "CHARTER")
= Signatures
#for s in facts.signers {
  block(breakable: false, above: 14pt, {
    strong(s.name)
    linebreak()
    box(width: 220pt, height: 54pt, stroke: (dash: "dashed", paint: muted, thickness: 0.6pt),
        context [#metadata((field: s.field, role: s.role, name: s.name, page: here().page(),
                            x: here().position().x.pt(), y: here().position().y.pt())) <sig-box>])
  })
}
'''


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> pki_mod.Pki:
    return pki_mod.build(tmp_path_factory.mktemp("pki"))


def test_a_typst_pdf_takes_signature_fields_and_two_certificate_signatures(pki, tmp_path):
    from wizard.charter.boxes import SignatureBox
    from wizard.charter.certcheck import check_signatures
    from wizard.charter.certsign import load_credentials, sign_charter
    from wizard.charter.fields import add_signature_fields

    plan = ready_plan()
    signers = [{"field": "sig_police_executive", "role": "police_executive", "name": "Chief Alex Morgan"},
               {"field": "sig_bh_executive", "role": "bh_executive", "name": "Dr. Sam Lee"}]
    result = typeset_with_warnings(
        "signatures", {"signers": signers}, DocumentMeta(title="Signatures"), source=SIGN_PAGE,
        attachments=[Attachment("plan.yaml", storage.dumps(plan).encode("utf-8"), mime="application/yaml",
                                description="The plan")],
        labels=["sig-box"])
    found = result.found["sig-box"]
    assert [b["field"] for b in found] == ["sig_police_executive", "sig_bh_executive"]
    page_h = float(PdfReader(io.BytesIO(result.pdf)).pages[0].mediabox.height)
    # Typst measures from the top left, PDF from the bottom left
    boxes = [SignatureBox(index=i, role=b["role"], name=b["name"], field_name=b["field"], page_index=b["page"] - 1,
                          rect=(b["x"], page_h - b["y"] - 54, b["x"] + 220, page_h - b["y"]))
             for i, b in enumerate(found)]
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(result.pdf)))
    add_signature_fields(writer, boxes)
    buf = io.BytesIO()
    writer.write(buf)
    unsigned = buf.getvalue()
    ua = pdfcheck.pdfua_check(unsigned)
    assert not ua.errors and not ua.warnings, ua.lines()
    forms = pdfcheck.form_fields(unsigned)  # each widget tagged as a /Form element
    assert sorted(forms) == ["sig_bh_executive", "sig_police_executive"]

    creds = load_credentials(pki.police, pki_mod.PASSPHRASE)
    one = sign_charter(unsigned, creds, field="sig_police_executive").pdf
    two = sign_charter(one, load_credentials(pki.bh, pki_mod.PASSPHRASE), field="sig_bh_executive").pdf
    assert two.startswith(one)  # incremental: the first signature's bytes are untouched
    signed, empty = check_signatures("two.pdf", two, boxes)
    assert [s.field_name for s in signed] == ["sig_police_executive", "sig_bh_executive"]
    assert all(s.intact for s in signed)
    assert signed[-1].covers_whole_file and not signed[-1].modified_after
    assert not empty
    # pyHanko rewrites the XMP in its update (new ModifyDate, its Producer), keeping both claims
    packet = pdfcheck.xmp(two)
    assert pdfcheck._xmp_value(packet, "pdfuaid:part") == "1" and pdfcheck._xmp_value(packet, "pdfaid:part") == "3"
    ua = pdfcheck.pdfua_check(two)
    assert not ua.errors and not ua.warnings, ua.lines()
    assert sorted(pdfcheck.form_fields(two)) == ["sig_bh_executive", "sig_police_executive"]
    tampered = bytearray(two)
    i = tampered.index(b"Signatures", 2000)
    tampered[i] = ord("Z")
    broken, _ = check_signatures("t.pdf", bytes(tampered), boxes)
    assert not all(s.intact for s in broken)


def test_stranded_finds_a_table_ending_in_one_row_alone():
    from wizard.handouts.comparison import stranded

    def rows(group: int, pages: list[int]) -> list[dict[str, int]]:
        return [{"group": group, "row": i, "page": p} for i, p in enumerate(pages)]

    assert stranded(rows(0, [1, 1, 2, 2]) + rows(1, [3, 3, 3, 4])) == [1]
    assert stranded(rows(0, [1, 1, 1])) == []
    assert stranded(rows(0, [2])) == []  # a one-row table is not stranded
