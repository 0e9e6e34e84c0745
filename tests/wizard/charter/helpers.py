"""Shared helpers for the charter tests: rendering, text extraction, signing."""

from __future__ import annotations

import base64
import datetime as dt
import io
import subprocess
from pathlib import Path

import cli_runner
from pypdf import PdfReader

from wizard import signing
from wizard.plan import ProgramPlan, SignatureMethod

ROOT = Path(__file__).resolve().parents[3]
T_SIGN = dt.datetime(2026, 9, 2, 10, 0, tzinfo=dt.UTC)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``coresponse ARGS`` in this process (see tests/cli_runner.py): the charter tests check
    what a command prints and returns; the real process is tested in tests/wizard/test_cli.py."""
    return cli_runner.run_cli(*args, cwd=ROOT)


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def all_text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces collapsed (wrapped lines join up)."""
    return " ".join(text.split())


WATERMARK_OPACITY = 0.07
"""The DRAFT watermark's fill opacity (wizard.typeset.watermark_svg): nothing else on a
charter page is drawn translucent."""


def watermarked_pages(pdf: bytes) -> list[bool]:
    """For each page: is the DRAFT watermark drawn on it? It is outlines, not text (so no
    extractor finds its letters), drawn translucent: a graphics state with its opacity."""

    def translucent(resources, depth: int = 0) -> bool:
        if resources is None or depth > 4:
            return False
        resources = resources.get_object()
        for gs in (resources.get("/ExtGState") or {}).values():
            if abs(float(gs.get_object().get("/ca", 1)) - WATERMARK_OPACITY) < 1e-6:
                return True
        for xo in (resources.get("/XObject") or {}).values():
            if translucent(xo.get_object().get("/Resources"), depth + 1):
                return True
        return False

    return [translucent(page.get("/Resources")) for page in PdfReader(io.BytesIO(pdf)).pages]


def png_b64(width: int = 240, height: int = 80) -> str:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.line([(10, 60), (60, 15), (110, 55), (170, 20), (230, 50)], fill=(20, 30, 90, 255), width=4)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def sign_all(plan: ProgramPlan, *, drawn_first: bool = False) -> ProgramPlan:
    """Every named signatory signs the plan as it is (typed, or drawn for the first)."""
    for i, s in enumerate(plan.signoff.signatories):
        if not s.name.strip():
            continue
        if drawn_first and i == 0:
            plan = signing.sign(plan, i, method=SignatureMethod.drawn, image_png_b64=png_b64(), when=T_SIGN)
        else:
            plan = signing.sign(plan, i, method=SignatureMethod.typed, when=T_SIGN)
    return plan


def register_reportlab_fonts() -> None:
    """The bundled regular and bold faces, registered with reportlab (idempotent), for tests that
    compare with reportlab's own measuring or draw a chart with its renderers: the program itself
    measures with wizard.charter.metrics and writes the SVG itself."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from wizard import typeset

    for face, file in typeset.MEASURED_FACES.items():
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(face, str(typeset.fonts_dir() / file)))
