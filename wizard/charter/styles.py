"""Page geometry and colours of the charter's charts (reportlab graphics).

The same calm palette as resources/templates/lib.typ: navy for structure, teal for
accents, warm red only for what needs attention (gaps, void signatures, blockers).
The geometry is the Typst template's: US Letter with 60 pt side margins.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER

PAGE_SIZE = LETTER
PAGE_W, PAGE_H = PAGE_SIZE
MARGIN_L = MARGIN_R = 60.0
MARGIN_T = 68.0
MARGIN_B = 62.0
FRAME_W = PAGE_W - MARGIN_L - MARGIN_R
FRAME_H = PAGE_H - MARGIN_T - MARGIN_B
COVER_TOP = 150.0
"""Height of the cover's banner area above its frame."""
COVER_FRAME_H = PAGE_H - COVER_TOP - MARGIN_B

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F84")
TEAL_DARK = colors.HexColor("#1D5E62")
TEAL_TINT = colors.HexColor("#E3F0F0")
NAVY_TINT = colors.HexColor("#E6ECF3")
INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor("#5D6872")
RULE = colors.HexColor("#CBD3DA")
ZEBRA = colors.HexColor("#F4F6F8")
ALERT = colors.HexColor("#B03A2E")
ALERT_TINT = colors.HexColor("#F7E4E1")
AMBER = colors.HexColor("#A86B12")
GOOD = colors.HexColor("#2E7D4F")
WHITE = colors.white

SERIES = [
    colors.HexColor(c)
    for c in ("#1F3A5F", "#2A7F84", "#8FB3D9", "#9CCFC4", "#C9A86A", "#6B7C93",
              "#4E8F6A", "#D6C29C", "#A7B6C6", "#7A5C8E")
]
"""Colours for data series (funding sources), in order."""


def hexcolor(c: colors.Color) -> str:
    return "#" + c.hexval()[2:]
