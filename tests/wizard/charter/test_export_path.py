"""The export path does its work once: one Typst compile for a charter (the template
settles table row spacing itself), and the imports a plain export does not need stay out."""

from __future__ import annotations

import pytest

from wizard import presets, typeset
from wizard.charter import render_result as render
from wizard.charter.render import SHORT_TABLE, _tables, stranded, table_rows
from wizard.content import default_content


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.mark.parametrize("name", ["mid-city", "large-city"])
def test_stranded_rows_are_settled_inside_one_compile(content, name, monkeypatch):
    """These presets each have a table whose last row would stand alone on a page with the
    normal spacing (mid-city: tighter rows fix it; large-city: tighter is not enough, looser is)."""
    calls = []
    real = typeset.typeset_with_warnings

    def counted(*args, **kw):
        result = real(*args, **kw)
        calls.append((args[1], result))
        return result

    monkeypatch.setattr(typeset, "typeset_with_warnings", counted)
    result = render(presets.load(content, name), content)
    assert len(calls) == 1
    data, typeset_result = calls[0]
    found = typeset_result.found
    assert not typeset_result.warnings, typeset_result.warnings  # the layout passes converged
    rows = table_rows(found["tbl-rows"])
    assert stranded(rows) == []
    # every long table (and only those) reports where each of its rows fell
    long_tables = [t for t in _tables(data) if len(t["rows"]) > SHORT_TABLE]
    assert [r["table"] for r in found["tbl-rows"]] == [t["id"] for t in long_tables]
    assert len(rows) == sum(len(t["rows"]) - len(t.get("bands", ())) for t in long_tables) > 50
    changed = {r["spacing"] for r in found["tbl-rows"]} - {"normal"}
    assert changed == ({"tight"} if name == "mid-city" else {"loose"})
    assert result.pages > 12


def test_stranded_rule():
    rows = ([{"table": "a", "page": p} for p in (3, 3, 3, 3, 3, 3, 4)]
            + [{"table": "b", "page": p} for p in (4, 4, 4, 4, 5, 5, 5)])
    assert stranded(rows) == ["a"]
    # a short table splits only when its rows are too tall for a page: one alone is not stranded
    assert stranded([{"table": "a", "page": p} for p in (8, 8, 8, 9)]) == []


# --- the incremental update without pypdf -------------------------------------------------------------------


def test_pdfupdate_reads_and_writes_objects_as_they_were():
    from wizard.charter import pdfupdate as pu

    body = (b"%PDF-1.7\n1 0 obj\n<</Type /Catalog /Pages 2 0 R /Lang (en\\(US\\)) /N [1 -2.5 3 0 R /A#20B <0aFF>]"
            b" /Z null /T true>>\nendobj\n2 0 obj\n<</Type /Pages /Kids [3 0 R] /Count 1>>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R % a comment\n>>\nendobj\n")
    offsets = [body.index(f"{n} 0 obj".encode()) for n in (1, 2, 3)]
    xref = len(body)
    pdf = body + b"xref\n0 4\n0000000000 65535 f \n" + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    pdf += f"trailer\n<</Size 4 /Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    doc = pu.Document(pdf)
    root = doc.get(doc.trailer["Root"])
    assert root["Lang"] == b"(en\\(US\\))"
    assert root["N"] == [b"1", b"-2.5", pu.Ref(3), "A B", b"<0aFF>"]
    assert doc.pages() == [pu.Ref(3)]
    assert pu.serialize(root["N"]) == b"[1 -2.5 3 0 R /A#20B <0aFF>]"
    up = pu.Update(doc)
    up.dirty(doc.trailer["Root"])[pu.Name("Extra")] = pu.text("Café (draft)")
    new = up.add({pu.Name("Title"): pu.text("a (b) \\ c")})
    out = up.write()
    assert out.startswith(pdf) and new == pu.Ref(4)
    again = pu.Document(out)  # the update is itself readable: the new xref section chains to the old
    assert again.get(pu.Ref(4))["Title"] == b"(a \\(b\\) \\\\ c)"
    assert again.get(pu.Ref(1))["Extra"] == b"<FEFF" + "Café (draft)".encode("utf-16-be").hex().upper().encode() + b">"
    assert again.get(pu.Ref(2))["Count"] == b"1"  # untouched objects are read from the original table

    from io import BytesIO

    from pypdf import PdfReader

    r = PdfReader(BytesIO(out))
    assert r.trailer["/Root"]["/Extra"] == "Café (draft)" and len(r.pages) == 1


def test_pdfupdate_refuses_a_cross_reference_stream():
    from wizard.charter import pdfupdate as pu

    with pytest.raises(pu.PdfSyntaxError):
        pu.Document(b"%PDF-1.7\n1 0 obj\n<</Type /XRef>>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n")


def test_exported_charter_fields_and_keys_read_back_with_pypdf(content):
    from io import BytesIO

    from pypdf import PdfReader

    from wizard.charter import embed

    plan = presets.load(content, "mid-city")
    result = render(plan, content)
    r = PdfReader(BytesIO(result.pdf))
    assert len(r.pages) == result.pages
    assert r.metadata[embed.KEY_FINGERPRINT] == result.fingerprint
    fields = [f.get_object() for f in r.trailer["/Root"]["/AcroForm"]["/Fields"]]
    assert [f["/T"] for f in fields] == [b.field_name for b in result.signature_boxes]
    assert all(f["/FT"] == "/Sig" and f["/TU"].startswith("Certificate signature: ") for f in fields)
    for f, box in zip(fields, result.signature_boxes, strict=True):
        assert [float(v) for v in f["/Rect"]] == list(box.rect)
        assert f.raw_get("/P").idnum == r.pages[box.page_index].indirect_reference.idnum


# --- what the export knows about the fonts, worked out once -------------------------------------------------


def test_shipped_font_facts_are_those_of_the_bundled_fonts():
    """resources/fonts/derived.json must be regenerated (uv run python -m wizard.typeset)
    whenever a font changes; the export would otherwise fall back to the slow path."""
    import json

    shipped = json.loads((typeset.fonts_dir() / typeset.FONT_FACTS).read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(typeset.derive_font_facts()))
    typeset._font_facts.cache_clear()
    assert typeset._font_facts() == shipped


def test_font_facts_from_other_fonts_are_not_used(monkeypatch):
    import json

    shipped = json.loads((typeset.fonts_dir() / typeset.FONT_FACTS).read_text(encoding="utf-8"))
    caches = (typeset._font_facts, typeset._undrawable, typeset.watermark_svg, typeset.advance_widths)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(typeset, "_font_digests", lambda: {"DejaVuSans.ttf": "0" * 64})
    try:
        assert typeset._font_facts() is None
        assert typeset.printable("a\u4e00b\u00e9") == "a\ufffdb\u00e9"  # worked out from the fonts themselves
        assert "<title>DRAFT</title>" in typeset.watermark_svg("DRAFT")
        assert typeset.advance_widths() == shipped["advances"]
    finally:
        for cache in caches:
            cache.cache_clear()


def test_plain_export_does_not_load_what_it_does_not_use(tmp_path):
    """pypdf (reading PDFs), fontTools (the fonts are described in derived.json), pyHanko and
    cryptography (signing), python-docx (the Word copy) and babel stay out of a PDF export."""
    import subprocess
    import sys

    plan = tmp_path / "p.coresponse.yaml"
    code = ("import sys; from wizard.cli import main; main(['new', '--preset', 'mid-city', '-o', sys.argv[1]]); "
            "main(['export', sys.argv[1], '-o', sys.argv[2]]); "
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    out = subprocess.run([sys.executable, "-c", code, str(plan), str(tmp_path / "c.pdf")], capture_output=True,
                         text=True, check=True, timeout=300).stdout.split("\n")[-2].split()
    loaded = set(out)
    assert "typst" in loaded and "wizard" in loaded
    assert not loaded & {"pypdf", "fontTools", "pyhanko", "cryptography", "docx", "babel", "PySide6"}, loaded
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF-")


# --- charts written as SVG directly -------------------------------------------------------------------------


def test_chart_svg_draws_each_shape_with_reportlab_geometry():
    from reportlab.graphics.shapes import (
        Circle,
        Drawing,
        Group,
        Line,
        Polygon,
        PolyLine,
        Rect,
        String,
    )
    from reportlab.lib import colors

    from wizard.charter.metrics import BOLD, REGULAR
    from wizard.charter.svgdraw import RL_FONTS, drawing_to_svg

    from .helpers import register_reportlab_fonts

    register_reportlab_fonts()  # to measure with reportlab's own stringWidth below
    d = Drawing(200, 100)
    d.add(Rect(10, 20, 30, 40, rx=4, ry=4, fillColor=colors.HexColor("#1F3A5F"), strokeColor=None))
    d.add(Line(0, 0, 50, 50, strokeColor=colors.HexColor("#2A7F84"), strokeWidth=0.5, strokeDashArray=[3, 2]))
    d.add(PolyLine([0, 0, 10, 10, 20, 0], strokeColor=colors.black, strokeWidth=1))
    d.add(Polygon([0, 0, 10, 10, 20, 0], fillColor=colors.Color(1, 0, 0, alpha=0.5), strokeColor=None))
    g = Group(Circle(5, 5, 3, fillColor=colors.white, strokeColor=colors.black), String(0, 0, "a<b", fontName=REGULAR,
                                                                                       fontSize=9))
    g.translate(100, 10)
    d.add(g)
    d.add(String(150, 50, "Mid", fontName=BOLD, fontSize=9, textAnchor="middle", fillColor=colors.black))
    svg = drawing_to_svg(d, RL_FONTS)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">')
    assert '<g transform="matrix(1 0 0 -1 0 100)">' in svg  # reportlab's y points up
    assert '<rect x="10" y="20" width="30" height="40" rx="4" ry="4" fill="#1F3A5F" stroke="none"/>' in svg
    assert 'stroke="#2A7F84" stroke-width="0.5" stroke-dasharray="3 2"' in svg
    assert '<polyline points="0,0 10,10 20,0" fill="none" stroke="#000000"' in svg  # a line, never filled
    assert 'fill="#FF0000" fill-opacity="0.5"' in svg
    assert '<g transform="matrix(1 0 0 1 100 10)"><circle cx="5" cy="5" r="3"' in svg
    assert ">a&lt;b</text>" in svg
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = 150 - stringWidth("Mid", BOLD, 9) / 2  # the anchor is applied by measuring, as reportlab does
    from wizard.charter.svgdraw import num

    assert f'<text transform="matrix(1 0 0 -1 {num(x)} 50)" font-family="DejaVu Sans" font-weight="bold"' in svg
    with pytest.raises(TypeError):
        from reportlab.graphics.shapes import Ellipse

        drawing_to_svg(Drawing(10, 10, Ellipse(1, 1, 1, 1)), RL_FONTS)
