"""Building blocks of the charter: headings that feed the contents and outline,
zebra tables, call-out boxes, and the reserved digital-signature box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from wizard.charter import styles as st
from wizard.charter.boxes import SignatureBox  # noqa: F401 (re-exported)
from wizard.charter.fonts import BOLD
from wizard.charter.text import esc

Cell = str | Flowable | None


class KeepWithNextStory:
    """A story (list of flowables) in which a heading held back by keepWithNext goes
    inside a KeepTogether that follows it: reportlab's keepWithNext does not reach into
    containers, so without this a heading could end a page alone.

    Builders set ``self.story`` and ``self._pending`` and may override :meth:`prepare`.
    """

    story: list[Flowable]
    _pending: list[Flowable]

    def prepare(self, item: Flowable) -> Flowable:
        return item

    def add(self, *items: Flowable) -> None:
        for item in items:
            item = self.prepare(item)
            if isinstance(item, KeepTogether) and self._pending:
                item = KeepTogether([*self._pending, *item._content])
                self._pending = []
            if isinstance(item, Paragraph) and item.getKeepWithNext():
                self._pending.append(item)
                continue
            self.story.extend(self._pending)
            self._pending = []
            self.story.append(item)

    def flush(self) -> None:
        self.story.extend(self._pending)
        self._pending = []


class Heading(Paragraph):
    """A numbered heading; the document template adds it to the contents and outline."""

    def __init__(self, number: str, title: str, level: int, key: str, style: Any):
        self.number, self.title, self.level, self.key = number, title, level, key
        num = f'<font color="{st.hexcolor(st.TEAL)}">{esc(number)}</font>&nbsp;&nbsp;' if number else ""
        super().__init__(f'<a name="{key}"/>{num}{esc(title)}', style)

    @property
    def toc_text(self) -> str:
        return f"{self.number}  {self.title}" if self.number else self.title


class Anchor(Flowable):
    """An invisible outline entry (cover, contents) with no heading drawn."""

    def __init__(self, title: str, key: str, level: int = 0):
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)


class PageCounter(Flowable):
    """Makes multiBuild run again until "page X of Y" uses the final page count."""

    def __init__(self, doc: Any):
        super().__init__()
        self.doc = doc
        self._ok = False

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        pass

    def afterBuild(self) -> None:
        self._ok = self.doc.total_pages == self.doc.page
        self.doc.total_pages = self.doc.page

    def isSatisfied(self) -> bool:
        return self._ok

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DigitalSignatureBox(Flowable):
    """An empty, clearly drawn box reserved for a certificate signature stamp.

    When drawn it records its absolute position in ``sink`` (the document's list),
    so the exact rectangle is known after the build.
    """

    def __init__(self, width: float, height: float, *, index: int, role: str, name: str,
                 sink: list[SignatureBox]):
        super().__init__()
        self.width, self.height = width, height
        self.index, self.role, self.name, self.sink = index, role, name, sink

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(st.TEAL)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.setFillColor(colors.HexColor("#FAFCFC"))
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        c.restoreState()
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(self.width, self.height)
        self.sink.append(SignatureBox(
            index=self.index, role=self.role, name=self.name,
            field_name=f"sig{self.index + 1}_{self.role}",
            page_index=c.getPageNumber() - 1,
            rect=(round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2)),
        ))


class CharterTable(Table):
    """A Table that splits across pages without leaving one lonely row behind:
    at least two body rows stay before a page break and three go after it."""

    MIN_HEAD = 2
    MIN_TAIL = 3

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # type: ignore[override]
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or self.splitInRow:
            return parts
        rr = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        head = len(parts[0]._cellvalues) - rr
        tail = len(parts[1]._cellvalues) - rr
        if head < self.MIN_HEAD and availHeight < st.FRAME_H * 0.9:
            return []  # start the table on the next page instead
        if tail < self.MIN_TAIL and head - (self.MIN_TAIL - tail) >= self.MIN_HEAD:
            if not hasattr(self, "_rowHeights"):
                self.wrap(availWidth, availHeight)
            move = self.MIN_TAIL - tail
            cut = sum(self._rowHeights[rr + head - move: rr + head])
            again = super().split(availWidth, availHeight - cut)
            if len(again) == 2:
                return again
        return parts


def _has_tall_row(rows: Sequence[Sequence[Flowable]], widths: Sequence[float], padding: float = 10) -> bool:
    """True when some row is taller than most of a page; only then may a row split
    across pages (splitting rows otherwise leaves ragged fragments at page ends)."""
    limit = st.FRAME_H * 0.8
    for row in rows:
        for f, w in zip(row, widths, strict=False):
            if isinstance(f, Flowable):
                _, h = f.wrap(w - padding, st.FRAME_H)
                if h > limit:
                    return True
    return False


def _as_flowable(value: Cell, style: Any) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return Paragraph(esc("" if value is None else value), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
    band_rows: Sequence[int] = (),
    highlight_rows: Sequence[int] = (),
    zebra: bool = True,
    padding: float = 5,
) -> Table:
    """A table with a navy header row that repeats on every page, light rules and
    zebra rows. ``widths`` are fractions of the frame width; strings become escaped
    Paragraphs so long text wraps inside its column instead of overflowing."""
    s = st.stylesheet()
    total = sum(widths)
    col_w = [st.FRAME_W * w / total for w in widths]
    right_set = set(right)
    head = [Paragraph(esc(h), s.cell_head_right if i in right_set else s.cell_head)
            for i, h in enumerate(header)]
    body: list[list[Flowable]] = []
    for r, row in enumerate(rows):
        bold = r in bold_rows or r in band_rows
        out = []
        for i, v in enumerate(row):
            if i in right_set:
                style = s.cell_right if not bold else _bold_right()
            else:
                style = s.cell_bold if bold else s.cell
            out.append(_as_flowable(v, style))
        body.append(out)
    t = CharterTable([head, *body], colWidths=col_w, repeatRows=1, hAlign="LEFT",
              splitInRow=1 if _has_tall_row(body, col_w, 2 * padding) else 0)
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
    ]
    if zebra and len(rows) > 1:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [st.WHITE, st.ZEBRA]))
    for r in band_rows:
        cmds += [("BACKGROUND", (0, r + 1), (-1, r + 1), st.NAVY_TINT),
                 ("SPAN", (0, r + 1), (-1, r + 1))]
    for r in highlight_rows:
        cmds.append(("BACKGROUND", (0, r + 1), (-1, r + 1), st.TEAL_TINT))
    for r in bold_rows:
        cmds.append(("LINEABOVE", (0, r + 1), (-1, r + 1), 0.6, st.MUTED))
    t.setStyle(TableStyle(cmds))
    return t


def _bold_right() -> Any:
    s = st.stylesheet()
    return ParagraphStyle("cell_bold_right", parent=s.cell_bold, alignment=TA_RIGHT)


def facts_table(rows: Sequence[tuple[str, Cell]], label_width: float = 0.3) -> Table:
    """Label/value pairs with light rules (no header)."""
    s = st.stylesheet()
    data = [[Paragraph(esc(k), s.label), _as_flowable(v, s.cell)] for k, v in rows]
    widths = [st.FRAME_W * label_width, st.FRAME_W * (1 - label_width)]
    t = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1 if _has_tall_row(data, widths) else 0)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, st.NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
    ]))
    return t


def callout(flowables: Sequence[Flowable], *, tint: colors.Color = st.TEAL_TINT,
            bar: colors.Color = st.TEAL) -> Table:
    """A tinted box with a coloured bar on its left, for notes the reader must see."""
    t = Table([[list(flowables)]], colWidths=[st.FRAME_W], hAlign="LEFT", splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), tint),
        ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


class Contents(TableOfContents):
    """The contents page: one row per section with its page number, and the
    section's subsections as a single line of links beneath it (so a 13-section
    charter's contents fits on one page). Fed by ``notify('TOCEntry', ...)``."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        s = st.stylesheet()
        entries = self._lastEntries or [(0, "Contents", 0, None)]
        title_style = ParagraphStyle("toc_title", parent=s.body, fontName=BOLD, fontSize=10.5, leading=14,
                                     textColor=st.NAVY, spaceAfter=0)
        page_style = ParagraphStyle("toc_page", parent=title_style, alignment=TA_RIGHT)
        sub_style = ParagraphStyle("toc_sub", parent=s.small, fontSize=7.8, leading=10.5)
        groups: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = []
        for e in entries:
            if e[0] == 0 or not groups:
                groups.append((e, []))
            else:
                groups[-1][1].append(e)
        data: list[list[Flowable]] = []
        for (_, text, page, key), subs in groups:
            text = esc(text)
            link = f'<a href="#{key}">{text}</a>' if key else text
            data.append([Paragraph(link, title_style), Paragraph(str(page), page_style)])
            if subs:
                line = "  ·  ".join(f'<a href="#{k}">{esc(t)}</a>' if k else esc(t) for _, t, _, k in subs)
                data.append([Paragraph(line, sub_style), Paragraph("", sub_style)])
        t = Table(data, colWidths=[availWidth - 40, 40])
        cmds: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
        row = 0
        for _, subs in groups:
            cmds.append(("TOPPADDING", (0, row), (-1, row), 9))
            cmds.append(("LINEABOVE", (0, row), (-1, row), 0.4, st.RULE))
            last = row + (1 if subs else 0)
            cmds.append(("BOTTOMPADDING", (0, last), (-1, last), 8))
            row = last + 1
        t.setStyle(TableStyle(cmds))
        self._table = t
        self.width, self.height = t.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height
