"""The bound that lets charter.typ skip measuring a short table (wizard.charter.tablefit) is
never below the height Typst lays the table out at, and the widths it (and the charts) use
are reportlab's own."""

from __future__ import annotations

import math
import random

import pytest

from wizard import i18n, presets, typeset
from wizard.charter import tablefit
from wizard.charter.metrics import BOLD, REGULAR, string_width, widest
from wizard.charter.render import _tables, facts_for, mark_tables
from wizard.content import default_content, load_content
from wizard.plan import ProgramPlan
from wizard.typeset import DocumentMeta

from .helpers import register_reportlab_fonts

MEASURE = """  } else if b.at("fits", default: false) {"""
REPORT = """  } else if false {"""
TALL = """      let tall = measure(block(width: w, body)).height > room * 0.8
"""
TALL_REPORTED = """      let tall = measure(block(width: w, body)).height > room * 0.8
      [#metadata((h: measure(block(width: w, body)).height.pt())) <short-h>]
"""


def measured_heights(data: dict) -> list[float]:
    """The height Typst gives each short table, in document order: charter.typ with every short
    table measured (never taking the bound's word) and each measurement reported."""
    source = (typeset.templates_dir() / "charter.typ").read_text(encoding="utf-8")
    assert MEASURE in source and TALL in source, "charter.typ changed: update this test's edits"
    source = source.replace(MEASURE, REPORT).replace(TALL, TALL_REPORTED)
    meta = DocumentMeta(title="Bounds")
    found = typeset.typeset_with_warnings("charter", data, meta, source=source, labels=["short-h"]).found
    return [float(m["h"]) for m in found["short-h"]]


def _short(data: dict) -> list[dict]:
    return [t for t in _tables(data) if len(t["rows"]) <= 6]


def _check(data: dict) -> int:
    mark_tables(data)
    heights = measured_heights(data)
    short = _short(data)
    assert len(heights) == len(short)
    for t, h in zip(short, heights, strict=True):
        bound = tablefit.height_bound(t)
        assert bound is None or h <= bound, (t["header"], h, bound)
        if t.get("fits"):
            assert h <= tablefit.TALL * tablefit.ROOM
    return sum(1 for t in short if t.get("fits"))


@pytest.mark.parametrize("name", ["blank", "large-city", "rural-sheriff"])
def test_the_bound_is_never_below_the_laid_out_height(name):
    content = default_content()
    plan = ProgramPlan() if name == "blank" else presets.load(content, name)
    assert _check(facts_for(plan, content).as_json()) >= 8


def test_the_bound_holds_for_a_spanish_charter():
    i18n.set_language("es")  # the autouse fixture in tests/conftest.py sets English back
    content = load_content(None, "es")
    assert _check(facts_for(presets.load(content, "mid-city"), content).as_json()) >= 8


WORDS = ["a", "I", "WWW", "mmmm", "Behavioral-health", "(988)", "!", "?", ")", "(", "«", "»", "“quoted”",
         "2023-24", "—", "well-being-first", "ÆÐÞ", "co-response", "10:00–20:00", "%", "/", "e.g.,",
         "Suggestion", "Incomprehensibilities", "MMMMMMMMMMMMMMMM", "x", "", "ǅ", "ŴŴŴŴ"]


def _text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(0, 40)):
        out.append(rng.choice(WORDS))
        out.append(rng.choice([" ", " ", " ", "  ", "\n", " \n"]))
    return "".join(out).strip(" ")


def test_the_bound_holds_for_awkward_text_in_narrow_columns():
    """Tables made to be hard: long words in narrow columns, punctuation that keeps words together,
    wide capitals, explicit line breaks, bands, strong rows and captions."""
    rng = random.Random(20261201)
    data = facts_for(ProgramPlan(), default_content()).as_json()
    made = []
    for _ in range(40):
        cols = rng.randint(1, 6)
        widths = [rng.choice([0.05, 0.1, 0.2, 0.3, 0.5]) for _ in range(cols)]
        rows = [[_text(rng) for _ in range(cols)] for _ in range(rng.randint(1, 6))]
        made.append({"kind": "table", "header": [_text(rng)[:30] or "H" for _ in range(cols)], "rows": rows,
                     "widths": widths, "caption": _text(rng)[:120] if rng.random() < 0.3 else "",
                     "strong": [0] if rng.random() < 0.3 else [], "bands": [len(rows) - 1] if rng.random() < 0.2 else []})
    data["sections"][0]["blocks"].extend(made)
    assert _check(data) >= 10


def test_pieces_keep_together_what_a_line_cannot_break():
    assert tablefit.pieces("Calls (988) are routed here !") == ["Calls ", "(988) ", "are ", "routed ", "here !"]
    assert tablefit.pieces("a ( b ) c") == ["a ", "( b ) ", "c"]
    assert tablefit.pieces("« hola »") == ["« hola »"]
    assert tablefit.pieces("well-being 2023-24") == ["well-", "being ", "2023-24"]
    assert tablefit.pieces("") == [""]


def test_a_table_too_long_for_a_page_is_never_said_to_fit():
    row = ["word " * 400, "x"]
    t = {"header": ["A", "B"], "rows": [row] * 3, "widths": [0.5, 0.5]}
    assert not tablefit.surely_fits(t)
    assert tablefit.surely_fits({"header": ["A", "B"], "rows": [["yes", "no"]] * 6})


# --- the widths: reportlab's, without opening the fonts --------------------------------------------------


def test_widths_are_reportlabs_own():
    from reportlab.pdfbase.pdfmetrics import stringWidth


    register_reportlab_fonts()
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(32, 0x2200)] + ["\u4e00", "\ufffd", "\U0001f600"]
    for _ in range(4000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for face in (REGULAR, BOLD):
            size = rng.choice([7.5, 9, 9.5, 12.25])
            # equal to the last bit or two: reportlab's pure-Python fallback multiplies in another order
            assert math.isclose(string_width(s, face, size), stringWidth(s, face, size), rel_tol=1e-12), (s, face)
    assert widest("Wm", 9) >= max(string_width("Wm", REGULAR, 9), string_width("Wm", BOLD, 9))
