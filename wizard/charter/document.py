"""The page furniture: cover and body page templates, running header, footer with
"page X of Y", revision and short fingerprint, and the diagonal DRAFT watermark.

The contents is a reportlab ``TableOfContents`` fed from ``afterFlowable`` via
``notify('TOCEntry', ...)``; ``multiBuild`` repeats the build until both the
contents and the total page count are stable.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from wizard import i18n
from wizard.charter import styles as st
from wizard.charter.flowables import Anchor, Heading, SignatureBox
from wizard.charter.fonts import BOLD, FAMILY


@dataclass
class PageInfo:
    """What the page furniture prints (all plain text, drawn with drawString)."""

    running_title: str
    revision: int
    short_fingerprint: str
    status: str
    watermark: bool
    title: str = ""
    author: str = ""
    subject: str = ""
    keywords: str = ""
    creator: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class CharterDoc(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, info: PageInfo):
        self.info = info
        self.total_pages = 0
        self.signature_boxes: list[SignatureBox] = []
        super().__init__(
            buffer,
            pagesize=st.PAGE_SIZE,
            leftMargin=st.MARGIN_L, rightMargin=st.MARGIN_R,
            topMargin=st.MARGIN_T, bottomMargin=st.MARGIN_B,
            title=info.title, author=info.author, subject=info.subject, keywords=info.keywords,
            creator=info.creator, producer=info.creator,
            invariant=1, pageCompression=1,
            lang=i18n.bcp47(),
        )
        frame = Frame(st.MARGIN_L, st.MARGIN_B, st.FRAME_W, st.FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(st.MARGIN_L, st.MARGIN_B, st.FRAME_W, st.COVER_FRAME_H,
                            id="cover", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover_frame], onPage=self._cover_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])

    # -- build passes ---------------------------------------------------------------

    def build(self, flowables: list[Flowable], **kw: Any) -> None:  # type: ignore[override]
        self.signature_boxes.clear()  # positions from the final pass are the true ones
        super().build(flowables, **kw)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading) and flowable.level <= 2:
            level = flowable.level - 1
            self.canv.addOutlineEntry(flowable.toc_text, flowable.key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, flowable.toc_text, self.page, flowable.key))
        elif isinstance(flowable, Anchor):
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.level)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()

    # -- page furniture -------------------------------------------------------------

    def _watermark(self, c: Canvas) -> None:
        if not self.info.watermark:
            return
        c.saveState()
        c.setFillColor(st.ALERT)
        c.setFillAlpha(0.09)
        c.translate(st.PAGE_W / 2, st.PAGE_H / 2)
        c.rotate(52)
        c.setFont(BOLD, 128)
        c.drawCentredString(0, -44, "DRAFT")
        c.restoreState()

    def _footer(self, c: Canvas) -> None:
        i = self.info
        c.saveState()
        y = st.MARGIN_B - 30
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        c.line(st.MARGIN_L, y + 11, st.PAGE_W - st.MARGIN_R, y + 11)
        c.setFont(FAMILY, 7.3)
        c.setFillColor(st.MUTED)
        left = f"Revision {i.revision}  ·  fingerprint {i.short_fingerprint}  ·  {i.status}"
        c.drawString(st.MARGIN_L, y, left)
        total = str(self.total_pages) if self.total_pages else "?"
        c.setFillColor(st.INK)
        c.drawRightString(st.PAGE_W - st.MARGIN_R, y, f"page {self.page} of {total}")
        c.restoreState()

    def _cover_page(self, c: Canvas, doc: Any) -> None:
        c.saveState()
        c.setFillColor(st.NAVY)
        c.rect(0, st.PAGE_H - 118, st.PAGE_W, 118, stroke=0, fill=1)
        c.setFillColor(st.TEAL)
        c.rect(0, st.PAGE_H - 124, st.PAGE_W, 6, stroke=0, fill=1)
        c.setFillColor(st.WHITE)
        c.setFont(BOLD, 11)
        c.drawString(st.MARGIN_L, st.PAGE_H - 62, "CO-RESPONSE PROGRAM CHARTER")
        c.setFont(FAMILY, 8.5)
        c.setFillColor(st.NAVY_TINT)
        c.drawString(st.MARGIN_L, st.PAGE_H - 78,
                     "Partners answering behavioral-health crises together")
        c.restoreState()
        self._watermark(c)
        self._footer(c)

    def _body_page(self, c: Canvas, doc: Any) -> None:
        c.saveState()
        y = st.PAGE_H - st.MARGIN_T + 26
        c.setFont(FAMILY, 7.5)
        c.setFillColor(st.MUTED)
        c.drawString(st.MARGIN_L, y, self.info.running_title)
        c.drawRightString(st.PAGE_W - st.MARGIN_R, y, "Program charter")
        c.setStrokeColor(st.TEAL)
        c.setLineWidth(0.8)
        c.line(st.MARGIN_L, y - 6, st.PAGE_W - st.MARGIN_R, y - 6)
        c.restoreState()
        self._watermark(c)
        self._footer(c)
