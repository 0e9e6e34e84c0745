"""Page furniture for the workshop handouts (worksheet, comparison), typeset like the charter.

The same palette, fonts and footer as the charter's :mod:`wizard.charter.document`,
but the page size is a parameter (the comparison turns landscape for many plans)
and the running texts say what the handout is instead of carrying a fingerprint.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from wizard import __version__
from wizard.charter import styles as st
from wizard.charter.flowables import Anchor, Heading
from wizard.charter.fonts import BOLD, FAMILY, register_fonts
from wizard.charter.graphics import fit

BANNER_H = 118.0
"""Height of the navy band across the top of the first page."""


def creator() -> str:
    return f"coresponse {__version__}"


@dataclass(frozen=True)
class HandoutInfo:
    """What the page furniture prints (plain text, drawn with drawString)."""

    kind: str
    """Upper-case kicker in the banner, e.g. 'WORKSHOP WORKSHEET'."""
    tagline: str
    """One line under the kicker in the banner."""
    running_title: str
    """Left of the running header on later pages."""
    footer_note: str
    """Left of the footer on every page (the right says 'page X of Y')."""
    title: str
    subject: str
    keywords: str
    author: str = "coresponse"
    wide: bool = False
    """Landscape letter instead of portrait."""


class HandoutDoc(BaseDocTemplate):
    """A first page with the navy banner, then body pages with a running header;
    'page X of Y' in every footer (run with ``multiBuild`` and a PageCounter)."""

    def __init__(self, buffer: io.BytesIO, info: HandoutInfo):
        register_fonts()
        self.info = info
        self.total_pages = 0
        size = landscape(LETTER) if info.wide else LETTER
        self.page_w, self.page_h = size
        self.frame_w = self.page_w - st.MARGIN_L - st.MARGIN_R
        self.frame_h = self.page_h - st.MARGIN_T - st.MARGIN_B
        self.first_frame_h = self.page_h - st.COVER_TOP - st.MARGIN_B
        super().__init__(
            buffer, pagesize=size,
            leftMargin=st.MARGIN_L, rightMargin=st.MARGIN_R, topMargin=st.MARGIN_T, bottomMargin=st.MARGIN_B,
            title=info.title, author=info.author, subject=info.subject, keywords=info.keywords,
            creator=creator(), producer=creator(), invariant=1, pageCompression=1, lang="en-US",
        )
        first = Frame(st.MARGIN_L, st.MARGIN_B, self.frame_w, self.first_frame_h, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = Frame(st.MARGIN_L, st.MARGIN_B, self.frame_w, self.frame_h, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=self._first_page, pagesize=size),
            PageTemplate("body", [body], onPage=self._body_page, pagesize=size),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.level == 1:
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=0)
            self.notify("TOCEntry", (0, flowable.toc_text, self.page, flowable.key))
        elif isinstance(flowable, Anchor):
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.level)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()

    # -- page furniture ---------------------------------------------------------------

    def _footer(self, c: Canvas) -> None:
        c.saveState()
        y = st.MARGIN_B - 30
        right = self.page_w - st.MARGIN_R
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        c.line(st.MARGIN_L, y + 11, right, y + 11)
        c.setFont(FAMILY, 7.3)
        c.setFillColor(st.MUTED)
        c.drawString(st.MARGIN_L, y, fit(self.info.footer_note, FAMILY, 7.3, self.frame_w - 90))
        total = str(self.total_pages) if self.total_pages else "?"
        c.setFillColor(st.INK)
        c.drawRightString(right, y, f"page {self.page} of {total}")
        c.restoreState()

    def _first_page(self, c: Canvas, doc: Any) -> None:
        c.saveState()
        c.setFillColor(st.NAVY)
        c.rect(0, self.page_h - BANNER_H, self.page_w, BANNER_H, stroke=0, fill=1)
        c.setFillColor(st.TEAL)
        c.rect(0, self.page_h - BANNER_H - 6, self.page_w, 6, stroke=0, fill=1)
        c.setFillColor(st.WHITE)
        c.setFont(BOLD, 11)
        c.drawString(st.MARGIN_L, self.page_h - 62, self.info.kind)
        c.setFont(FAMILY, 8.5)
        c.setFillColor(st.NAVY_TINT)
        c.drawString(st.MARGIN_L, self.page_h - 78, fit(self.info.tagline, FAMILY, 8.5, self.frame_w))
        c.restoreState()
        self._footer(c)

    def _body_page(self, c: Canvas, doc: Any) -> None:
        c.saveState()
        y = self.page_h - st.MARGIN_T + 26
        right = self.page_w - st.MARGIN_R
        c.setFont(FAMILY, 7.5)
        c.setFillColor(st.MUTED)
        c.drawString(st.MARGIN_L, y, fit(self.info.running_title, FAMILY, 7.5, self.frame_w * 0.7))
        c.drawRightString(right, y, self.info.kind.capitalize())
        c.setStrokeColor(st.TEAL)
        c.setLineWidth(0.8)
        c.line(st.MARGIN_L, y - 6, right, y - 6)
        c.restoreState()
        self._footer(c)
