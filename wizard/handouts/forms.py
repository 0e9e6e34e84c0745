"""Paper-form building blocks: tick boxes, write-in lines, blank tables, the week grid.

Single choices print a circle (○, tick one), multiple choices a square (☐, tick all
that apply) — the usual convention on paper forms. Every block is exactly as wide
as it is told to be, so nothing overflows the frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from wizard.charter import styles as st
from wizard.charter.flowables import CharterTable
from wizard.charter.fonts import BOLD, FAMILY
from wizard.charter.graphics import WEEKDAY_SHORT
from wizard.charter.text import esc

ONE = "○"
"""Tick one."""
MANY = "☐"
"""Tick all that apply."""
LINE_GAP = 21.0
"""Height of one handwriting line."""


def _style(name: str, parent: ParagraphStyle, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def question_style() -> ParagraphStyle:
    s = st.stylesheet()
    return _style("ws_q", s.body, fontName=BOLD, fontSize=9, leading=12, spaceBefore=7, spaceAfter=3,
                  keepWithNext=1)


def option_style(mark: str = MANY) -> ParagraphStyle:
    s = st.stylesheet()
    return _style(f"ws_opt_{mark}", s.cell, fontSize=8.6, leading=11.4, leftIndent=14, bulletIndent=0,
                  bulletFontName=FAMILY, bulletFontSize=10.5, bulletColor=st.NAVY)


def hint(text: str) -> str:
    """Muted markup after a question: '(tick one)'."""
    return f' <font name="{FAMILY}" color="{st.hexcolor(st.MUTED)}" size="8">{esc(text)}</font>'


def question(text: str, note: str = "") -> Paragraph:
    return Paragraph(esc(text) + (hint(note) if note else ""), question_style())


class Blank(Flowable):
    """A write-in line filling its cell, with a unit printed at its right end."""

    def __init__(self, unit: str = "", height: float = LINE_GAP):
        super().__init__()
        self.unit = unit
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        unit_w = c.stringWidth(self.unit, FAMILY, 7.8) + 4 if self.unit else 0
        c.saveState()
        c.setStrokeColor(st.MUTED)
        c.setLineWidth(0.5)
        c.line(0, 3, self.width - unit_w, 3)
        if self.unit:
            c.setFont(FAMILY, 7.8)
            c.setFillColor(st.MUTED)
            c.drawRightString(self.width, 4, self.unit)
        c.restoreState()


class WriteLines(Flowable):
    """``n`` ruled lines for a written answer."""

    def __init__(self, n: int, gap: float = LINE_GAP):
        super().__init__()
        self.n, self.gap = n, gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.n * self.gap + 2

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        for i in range(self.n):
            y = 2 + i * self.gap
            c.line(0, y, self.width, y)
        c.restoreState()


class NotesToEnd(Flowable):
    """'Notes' and ruled lines filling what is left of the page (nothing when little is
    left), so a short step's page ends in writing space rather than blank paper."""

    MIN_HEIGHT = 90.0
    HEAD = 32.0

    def __init__(self, gap: float = LINE_GAP):
        super().__init__()
        self.gap = gap
        self.lines = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        usable = availHeight - self.HEAD  # room for the label and a little air
        self.lines = int(usable // self.gap) if availHeight >= self.MIN_HEIGHT else 0
        self.height = self.HEAD + self.lines * self.gap if self.lines else 0
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # never pushes anything to a new page

    def draw(self) -> None:
        if not self.lines:
            return
        c = self.canv
        c.saveState()
        c.setFont(BOLD, 8.3)
        c.setFillColor(st.MUTED)
        c.drawString(0, self.height - 20, "Notes")
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        for i in range(self.lines):
            y = self.height - self.HEAD - (i + 1) * self.gap + 2
            c.line(0, y, self.width, y)
        c.restoreState()


def write_in(text: str, lines: int, note: str = "") -> Flowable:
    """A question and ruled lines under it, kept on one page."""
    return KeepTogether([question(text, note), WriteLines(lines)])


def options_grid(options: Sequence[str | tuple[str, str]], width: float, *, mark: str = MANY,
                 cols: int = 2) -> Table:
    """Options in ``cols`` columns (read down each column), each with its box and a
    muted detail line under the label when one is given."""
    style = option_style(mark)
    cells: list[Paragraph] = []
    for opt in options:
        label, detail = (opt, "") if isinstance(opt, str) else opt
        text = esc(label) + (f'<br/><font color="{st.hexcolor(st.MUTED)}" size="7.6">{esc(detail)}</font>'
                             if detail else "")
        cells.append(Paragraph(text, style, bulletText=mark))
    per_col = -(-len(cells) // cols) if cells else 0
    columns = [cells[i * per_col:(i + 1) * per_col] for i in range(cols)]
    rows = []
    for r in range(per_col):
        rows.append([col[r] if r < len(col) else "" for col in columns])
    t = Table(rows or [[""]], colWidths=[width / cols] * cols, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
    ]))
    return t


def inline_options(options: Sequence[str], *, mark: str = ONE, stacked: bool = False,
                   size: float = 8.6) -> Paragraph:
    """Short options on one wrapping line (○ Yes   ○ No   ○ Not decided yet), or
    one under the other when ``stacked``."""
    s = st.stylesheet()
    parts = [f'<font size="{size + 1.9:g}" color="{st.hexcolor(st.NAVY)}">{mark}</font>&nbsp;'
             f'{esc(o).replace(" ", "&nbsp;")}' for o in options]
    sep = "<br/>" if stacked else "&nbsp;&nbsp;&nbsp;&nbsp; "
    leading = size * 1.3 if stacked else size * 1.5
    return Paragraph(sep.join(parts), _style(f"ws_inline_{size:g}", s.cell, fontSize=size, leading=leading))


def choice(text: str, options: Sequence[str | tuple[str, str]], width: float, *, multi: bool,
           cols: int = 2, note: str | None = None) -> Flowable:
    """A question with its options, kept together. ``cols=0`` runs short options
    along one wrapping line, in their order (cadences, statuses)."""
    mark = MANY if multi else ONE
    note = note if note is not None else ("tick all that apply" if multi else "tick one")
    if cols == 0:
        labels = [o if isinstance(o, str) else o[0] for o in options]
        body: Flowable = inline_options(labels, mark=mark)
    else:
        body = options_grid(options, width, mark=mark, cols=cols)
    return KeepTogether([question(text, note), body])


def answer_rows(rows: Sequence[tuple[str, Flowable | str]], width: float, label_share: float = 0.46) -> Table:
    """Questions on the left, their answer (options or a blank) on the right, ruled."""
    s = st.stylesheet()
    label = _style("ws_row_label", s.cell, fontSize=8.8, leading=11.6)
    data = [[Paragraph(esc(q), label), a if isinstance(a, Flowable) else Blank(a)] for q, a in rows]
    t = Table(data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, st.RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, st.NAVY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
    ]))
    return t


def fields(items: Sequence[tuple[str, str]], width: float, cols: int = 2, label_share: float = 0.5) -> Table:
    """Label + write-in line pairs, ``cols`` pairs a row: numbers, names, dates.
    ``label_share`` is the label's part of each pair's width."""
    s = st.stylesheet()
    label = _style("ws_field_label", s.cell, fontSize=8.6, leading=11)
    rows: list[list[Any]] = []
    for i in range(0, len(items), cols):
        row: list[Any] = []
        for text, unit in items[i:i + cols]:
            row += [Paragraph(esc(text), label), Blank(unit)]
        row += ["", ""] * (cols - len(items[i:i + cols]))
        rows.append(row)
    pair = width / cols
    gutter = 10 if cols > 1 else 0
    t = Table(rows, colWidths=[pair * label_share, pair * (1 - label_share) - gutter] * cols, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def blank_table(header: Sequence[str], widths: Sequence[float], width: float, *, rows: int = 0,
                first_column: Sequence[str] = (), bold: Sequence[int] = (), bands: Sequence[int] = (),
                row_height: float = 24, note_column: dict[int, Flowable | str] | None = None) -> Table:
    """A table to fill in by hand: navy header, ruled empty rows of writing height.
    ``first_column`` prints row labels (then ``rows`` more empty rows follow);
    ``bands`` are label-only section rows, ``bold`` rows are totals."""
    s = st.stylesheet()
    total = sum(widths)
    col_w = [width * w / total for w in widths]
    head = [Paragraph(esc(h), s.cell_head) for h in header]
    body: list[list[Any]] = []
    for i, text in enumerate(first_column):
        cell_style = s.cell_bold if (i in bold or i in bands) else s.cell
        row: list[Any] = [Paragraph(esc(text), cell_style)] + [""] * (len(header) - 1)
        body.append(row)
    body += [[""] * len(header) for _ in range(rows)]
    for col, content in (note_column or {}).items():
        for r, row in enumerate(body):
            if r not in bands and not (r < len(first_column) and r in bold):
                row[col] = content if isinstance(content, Flowable) else Paragraph(esc(content), s.small)
    heights = [None] + [None if i in bands else row_height for i in range(len(body))]
    t = CharterTable([head, *body], colWidths=col_w, rowHeights=heights, repeatRows=1, hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, st.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
        ("LINEBEFORE", (0, 1), (0, -1), 0.25, st.RULE),
        ("LINEAFTER", (-1, 1), (-1, -1), 0.25, st.RULE),
    ]
    for r in bands:
        cmds += [("BACKGROUND", (0, r + 1), (-1, r + 1), st.NAVY_TINT), ("SPAN", (0, r + 1), (-1, r + 1))]
    for r in bold:
        cmds += [("LINEABOVE", (0, r + 1), (-1, r + 1), 0.6, st.MUTED), ("BACKGROUND", (1, r + 1), (-1, r + 1), st.ZEBRA)]
    t.setStyle(TableStyle(cmds))
    return t


def week_grid(width: float, *, row_h: float = 19.0) -> Drawing:
    """A blank week to colour in: 7 days × 24 hours, a column for each day's total.
    Night hours (before 06:00, from 18:00) are lightly tinted to find your way."""
    label_w, total_w = 34.0, 38.0
    cell = (width - label_w - total_w) / 24
    head_h = 16.0
    h = head_h + 7 * row_h + 2
    d = Drawing(width, h)
    top = h - head_h
    night = st.ZEBRA
    for day in range(7):
        y = top - (day + 1) * row_h
        d.add(String(label_w - 6, y + row_h / 2 - 3, WEEKDAY_SHORT[day], fontName=BOLD, fontSize=7.6,
                     fillColor=st.NAVY, textAnchor="end"))
        for hour in range(24):
            x = label_w + hour * cell
            tint = night if hour < 6 or hour >= 18 else st.WHITE
            d.add(Rect(x, y, cell, row_h, fillColor=tint, strokeColor=st.RULE, strokeWidth=0.4))
        d.add(Rect(label_w + 24 * cell + 6, y + 3, total_w - 6, row_h - 6, fillColor=st.WHITE,
                   strokeColor=st.MUTED, strokeWidth=0.5))
    for hour in range(0, 25, 6):  # heavier rules every six hours
        x = label_w + hour * cell
        d.add(Line(x, top, x, top - 7 * row_h, strokeColor=st.MUTED, strokeWidth=0.9))
    d.add(Line(label_w, top, label_w + 24 * cell, top, strokeColor=st.NAVY, strokeWidth=0.9))
    d.add(Line(label_w, top - 7 * row_h, label_w + 24 * cell, top - 7 * row_h, strokeColor=st.NAVY,
               strokeWidth=0.9))
    for hour in range(24):
        x = label_w + hour * cell + cell / 2
        d.add(String(x, top + 4, f"{hour:02d}", fontName=FAMILY, fontSize=6.4,
                     fillColor=st.NAVY if hour % 6 == 0 else st.MUTED, textAnchor="middle"))
    d.add(String(label_w + 24 * cell + 6 + (total_w - 6) / 2, top + 4, "Hours", fontName=BOLD, fontSize=6.6,
                 fillColor=st.NAVY, textAnchor="middle"))
    return d


def spacer(h: float = 6) -> Spacer:
    return Spacer(1, h)


def centered(text: str) -> Paragraph:
    s = st.stylesheet()
    return Paragraph(esc(text), _style("ws_center", s.small, alignment=TA_CENTER))
