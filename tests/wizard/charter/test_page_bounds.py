"""Nothing a charter prints runs past its page's bottom margin into the footer or off the
page: a short table too tall for any page breaks between its rows, and the signature page's
blocks and counsel's lines move on whole rather than overflow (both did, in the large-city
charter: the model comparison ran into the footer, counsel's last line fell off the page)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from wizard import presets
from wizard.charter import render
from wizard.content import default_content

BOTTOM_MARGIN = 62.0  # resources/templates/lib.typ: margin.bottom (pt); the footer sits inside it


def _text_below_margin(pdf: bytes) -> list[tuple[int, float, str]]:
    """(page, y, text) of every piece of text below the bottom margin other than the footer line."""
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        pieces: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, _size, pieces=pieces):
            if text.strip():
                pieces.append((tm[5] * cm[3] + cm[5], text.strip()))

        page.extract_text(visitor_text=visit)
        footer = [y for y, t in pieces if "fingerprint" in t]
        assert footer, f"page {number} has no footer line"
        out += [(number, round(y, 1), t[:40]) for y, t in pieces
                if y < BOTTOM_MARGIN - 4 and abs(y - min(footer)) > 0.5]
    return out


@pytest.mark.parametrize("name", [p.name for p in presets.available(default_content())])
def test_nothing_runs_past_the_bottom_margin(name) -> None:
    content = default_content()
    plan = presets.new_plan(content, name)
    assert _text_below_margin(render.render(plan, content).pdf) == []
