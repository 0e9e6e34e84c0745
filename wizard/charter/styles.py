"""Page geometry, colours and paragraph styles: small factory functions.

A calm palette: navy for structure, teal for accents, warm red only for what
needs attention (gaps, void signatures, blockers).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle

from wizard.charter.fonts import BOLD, FAMILY, OBLIQUE, register_fonts

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


def _style(name: str, **kw: object) -> ParagraphStyle:
    register_fonts()
    base: dict[str, object] = dict(fontName=FAMILY, fontSize=9.5, leading=13.4, textColor=INK,
                                   splitLongWords=1, allowWidows=0, allowOrphans=0)
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


def body() -> ParagraphStyle:
    return _style("body", spaceAfter=6)


def lead() -> ParagraphStyle:
    return _style("lead", fontSize=10.5, leading=15, spaceAfter=8)


def small() -> ParagraphStyle:
    return _style("small", fontSize=8, leading=10.5, textColor=MUTED)


def note() -> ParagraphStyle:
    return _style("note", fontName=OBLIQUE, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4)


def cell() -> ParagraphStyle:
    return _style("cell", fontSize=8.3, leading=10.6)


def cell_bold() -> ParagraphStyle:
    return _style("cell_bold", fontName=BOLD, fontSize=8.3, leading=10.6)


def cell_right() -> ParagraphStyle:
    return _style("cell_right", fontSize=8.3, leading=10.6, alignment=TA_RIGHT)


def cell_head() -> ParagraphStyle:
    return _style("cell_head", fontName=BOLD, fontSize=8, leading=10, textColor=WHITE)


def cell_head_right() -> ParagraphStyle:
    return _style("cell_head_right", fontName=BOLD, fontSize=8, leading=10, textColor=WHITE,
                  alignment=TA_RIGHT)


def label() -> ParagraphStyle:
    return _style("label", fontName=BOLD, fontSize=8.3, leading=10.6, textColor=MUTED)


def heading(level: int) -> ParagraphStyle:
    """Section (1), subsection (2) and minor (3) headings; all keep with the next flowable."""
    if level == 1:
        return _style("h1", fontName=BOLD, fontSize=17, leading=21, textColor=NAVY,
                      spaceBefore=4, spaceAfter=10, keepWithNext=1)
    if level == 2:
        return _style("h2", fontName=BOLD, fontSize=11.5, leading=15, textColor=NAVY,
                      spaceBefore=12, spaceAfter=5, keepWithNext=1)
    return _style("h3", fontName=BOLD, fontSize=9.5, leading=13, textColor=TEAL_DARK,
                  spaceBefore=8, spaceAfter=3, keepWithNext=1)


def caption() -> ParagraphStyle:
    return _style("caption", fontName=OBLIQUE, fontSize=8, leading=10.5, textColor=MUTED,
                  spaceBefore=3, spaceAfter=10)


def bullet() -> ParagraphStyle:
    return _style("bullet", leftIndent=13, bulletIndent=2, spaceAfter=2.5, bulletColor=TEAL,
                  bulletFontName=FAMILY)


def numbered() -> ParagraphStyle:
    return _style("numbered", leftIndent=16, bulletIndent=2, spaceAfter=2.5, bulletColor=TEAL,
                  bulletFontName=BOLD)


def body_keep() -> ParagraphStyle:
    return _style("body_keep", spaceAfter=6, keepWithNext=1)


def cover_kicker() -> ParagraphStyle:
    return _style("kicker", fontName=BOLD, fontSize=10, leading=14, textColor=TEAL, spaceAfter=8)


def cover_title() -> ParagraphStyle:
    return _style("cover_title", fontName=BOLD, fontSize=28, leading=34, textColor=NAVY, spaceAfter=10)


def cover_subtitle() -> ParagraphStyle:
    return _style("cover_subtitle", fontSize=13, leading=18, textColor=INK, spaceAfter=18)


def quote() -> ParagraphStyle:
    return _style("quote", fontName=OBLIQUE, fontSize=10.5, leading=15, textColor=TEAL_DARK,
                  alignment=TA_CENTER, spaceBefore=18)


def figure() -> ParagraphStyle:
    return _style("figure", fontName=BOLD, fontSize=20, leading=24, textColor=NAVY, alignment=TA_LEFT)


def toc_level(level: int) -> ParagraphStyle:
    if level == 0:
        return _style("toc0", fontName=BOLD, fontSize=10.5, leading=14, leftIndent=22,
                      firstLineIndent=-22, spaceBefore=7, textColor=NAVY)
    return _style("toc1", fontSize=9, leading=12.5, leftIndent=44, firstLineIndent=-22,
                  textColor=INK)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    body_keep: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    quote: ParagraphStyle
    figure: ParagraphStyle


@functools.lru_cache(maxsize=1)
def stylesheet() -> Styles:
    return Styles(
        body=body(), lead=lead(), small=small(), note=note(), cell=cell(), cell_bold=cell_bold(),
        cell_right=cell_right(), cell_head=cell_head(), cell_head_right=cell_head_right(),
        label=label(), h1=heading(1), h2=heading(2), h3=heading(3), caption=caption(),
        bullet=bullet(), numbered=numbered(), body_keep=body_keep(), kicker=cover_kicker(), title=cover_title(), subtitle=cover_subtitle(),
        quote=quote(), figure=figure(),
    )
