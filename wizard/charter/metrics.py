"""How wide a string is in a bundled face, without opening the font.

The advance widths come from ``resources/fonts/derived.json`` (``advances``, worked out
once from the fonts by :func:`wizard.typeset.derive_font_facts`), read the way reportlab
reads them — each character its glyph's advance, a character the face lacks glyph 0's,
no kerning — so a chart adds up the same widths reportlab's ``stringWidth`` does (in the
order its C helper does), and the export does not parse two TrueType files (~17 ms) for it.
"""

from __future__ import annotations

import functools

from wizard import typeset

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@functools.cache
def _face(face: str) -> tuple[dict[str, float], float]:
    """``face``'s widths in thousandths of an em, by character, and the width of a character it lacks."""
    known = typeset.advance_widths()
    if face not in known:
        raise KeyError(f"{face}: no advance widths recorded (the measured faces: {', '.join(sorted(known))})")
    a = known[face]
    scale = 1000 / a["upem"]
    widths = {chr(cp): w * scale for first, last, w in a["runs"] for cp in range(first, last + 1)}
    return widths, a["default"] * scale


def string_width(text: str, face: str, size: float) -> float:
    """``text`` set in ``face`` at ``size`` points, in points (reportlab's ``stringWidth``)."""
    widths, missing = _face(face)
    get = widths.get
    return sum([get(ch, missing) for ch in text]) * size * 0.001


def widest(text: str, size: float) -> float:
    """``text`` at ``size`` with each character as wide as in the wider of the regular and bold
    faces (an upper bound for text that mixes them)."""
    widths, missing = _widest()
    get = widths.get
    return sum([get(ch, missing) for ch in text]) * size * 0.001


@functools.cache
def _widest() -> tuple[dict[str, float], float]:
    (regular, r_missing), (bold, b_missing) = _face(REGULAR), _face(BOLD)
    missing = max(r_missing, b_missing)
    return {ch: max(regular.get(ch, missing), bold.get(ch, missing)) for ch in regular.keys() | bold.keys()}, missing
