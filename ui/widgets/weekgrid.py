"""The weekly clinician grid: 7 days × 24 hours, patrol shifts overlaid.

:class:`WeekGrid` is a view of a 7 × 24 grid of "clinicians on duty" (the plan's
schedule, converted by :mod:`wizard.schedule`). It keeps no schedule of its own: a
user edit emits :attr:`WeekGrid.edited` with the new grid, the page writes it to the
plan, and the page sets the grid back. Only the drag in progress is held here.

Mouse: press and drag over a rectangle of hours; every hour in it takes the new
state of the first one (so dragging from an empty hour paints, from a painted hour
erases). Shift+click or Shift+drag sets the hours to the staff count instead.
Keyboard: arrows move the cursor, Shift+arrows select a block, Home/End jump to the
first/last hour, Space toggles the block, + and − change clinicians on duty, 1–9
set it, Delete clears.

:class:`WeekGridEditor` adds the staff spinner, a legend and quick actions.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.figures import ResponsiveGrid
from ui.widgets.inputs import SpinBox
from wizard.i18n import t
from wizard.plan import PatrolPattern, Weekday
from wizard.schedule import (
    DAY_ABBR,
    MAX_STAFF,
    Grid,
    describe_schedule,
    empty_grid,
    hhmm,
    schedule_from_grid,
)
from wizard.staffing import PatrolShift, patrol_grid, patrol_shifts


class _Days(Sequence):
    """The seven days' names, said in the current language when read (not when this module
    is imported: a window made after a change of language speaks the new one)."""

    def __init__(self, name: Callable[[int], str]):
        self._name = name

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._name(k) for k in range(7)[i]]
        return self._name(range(7)[i])

    def __len__(self) -> int:
        return 7


def _day_name(i: int) -> str:
    return (QCoreApplication.translate("ui.widgets.weekgrid", "Monday"), QCoreApplication.translate("ui.widgets.weekgrid", "Tuesday"),
            QCoreApplication.translate("ui.widgets.weekgrid", "Wednesday"), QCoreApplication.translate("ui.widgets.weekgrid", "Thursday"),
            QCoreApplication.translate("ui.widgets.weekgrid", "Friday"), QCoreApplication.translate("ui.widgets.weekgrid", "Saturday"),
            QCoreApplication.translate("ui.widgets.weekgrid", "Sunday"))[i]


DAYS = _Days(lambda i: t(DAY_ABBR[list(Weekday)[i]]))
"""'Mon' … 'Sun' ('lun' … 'dom'): the grid's row labels (wizard.i18n has their Spanish)."""
DAY_NAMES = _Days(_day_name)

# Colours: the stylesheet's palette (teal for clinicians, navy for patrol, red for gaps).
C_CLIN = [QColor("#8cc9c9"), QColor("#3f9aa3"), QColor("#0f6e7a"), QColor("#0a4f58")]
C_GAP_BG = QColor("#fbe9e4")
C_GAP_HATCH = QColor("#d88a74")
C_OFF = QColor("#f3f5f7")
C_LINE = QColor("#d6dde6")
C_SHIFT_LINE = QColor("#1f3a5f")
C_SHIFT_BANDS = [QColor("#dbe5f1"), QColor("#e6def0"), QColor("#dcebe1"), QColor("#f3e8d6"), QColor("#e0e7ea"),
                 QColor("#f0dde3")]
C_TEXT = QColor("#1d2733")
C_MUTED = QColor("#4a5563")
C_BAD = QColor("#b3261e")
C_GOOD = QColor("#2e7d4f")
C_CURSOR = QColor("#d08a1e")
# Behavioral-health calls per hour: a heat strip along the bottom of each hour, light to dark.
C_HEAT = [QColor("#fde3b5"), QColor("#f9c27a"), QColor("#f19a3e"), QColor("#d9691c"), QColor("#a8430a")]
HEAT_STRIP = 0.4
"""Share of a cell's height the demand strip takes (the clinician colour stays above it)."""

Cell = tuple[int, int]


def clin_color(staff: int) -> QColor:
    return C_CLIN[min(staff, len(C_CLIN)) - 1]


def _lanes(shifts: list[PatrolShift]) -> list[int]:
    """A band row for each shift so that overlapping shifts do not draw over each other."""
    taken: list[set[int]] = []
    out = []
    for s in shifts:
        hours = {int(h) % 24 for _o, a, b in s.hours_on() for h in range(int(a), int(b + 0.999))}
        lane = next((i for i, t in enumerate(taken) if not (t & hours)), len(taken))
        if lane == len(taken):
            taken.append(set())
        taken[lane] |= hours
        out.append(lane)
    return out


class WeekGrid(QWidget):
    edited = Signal(list)
    """The user changed hours: the new 7 × 24 grid of clinicians on duty."""
    cursorMoved = Signal(str)
    """A sentence describing the hour (or block) under the cursor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid: Grid = empty_grid()
        self._patrol: Grid = empty_grid()
        self._shifts: list[PatrolShift] = []
        self._lanes: list[int] = []
        self._staff = 1
        self._cursor: Cell = (0, 8)
        self._anchor: Cell = (0, 8)
        self._drag: tuple[Cell, int] | None = None  # (first cell, value painted)
        self._drag_end: Cell | None = None
        self._preview: Grid | None = None
        self._demand: Grid | None = None
        self._heat: Grid | None = None
        self._demand_weeks = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(QCoreApplication.translate("ui.widgets.weekgrid", "Weekly clinician schedule"))
        self._update_accessible()

    # --- model in ------------------------------------------------------------------

    def grid(self) -> Grid:
        """What the widget shows now (the drag preview while dragging)."""
        return copy.deepcopy(self._preview if self._preview is not None else self._grid)

    def set_grid(self, grid: Grid) -> None:
        if grid != self._grid:
            self._grid = copy.deepcopy(grid)
            self._update_accessible()
            self.update()

    def set_patrol(self, pattern: PatrolPattern | None) -> None:
        """The patrol shifts under the clinician hours; none drawn while the pattern is not given."""
        shifts = patrol_shifts(pattern) if pattern is not None else []
        grid = patrol_grid(pattern) if pattern is not None else [[0] * 24 for _ in range(7)]
        if grid != self._patrol or [(s.start, s.length) for s in shifts] != [(s.start, s.length) for s in self._shifts]:
            self._patrol, self._shifts, self._lanes = grid, shifts, _lanes(shifts)
            self.updateGeometry()
            self.update()

    def set_demand(self, counts: Grid | None, weeks: float = 1.0) -> None:
        """BH calls per weekday × hour (None: no calls imported) and the weeks they span."""
        from wizard.demand import heat_levels

        heat = heat_levels(counts, len(C_HEAT)) if counts is not None else None
        if counts != self._demand or weeks != self._demand_weeks:
            self._demand, self._heat, self._demand_weeks = copy.deepcopy(counts), heat, weeks
            self._update_accessible()
            self.update()

    def demand(self) -> Grid | None:
        return copy.deepcopy(self._demand)

    def heat(self) -> Grid | None:
        """The shade (0 none, 1–5 light to dark) each hour's demand strip is drawn in."""
        return copy.deepcopy(self._heat)

    def staff(self) -> int:
        return self._staff

    def set_staff(self, staff: int) -> None:
        self._staff = max(1, min(MAX_STAFF, staff))

    def cursor(self) -> Cell:
        return self._cursor

    def selection(self) -> tuple[range, range]:
        (d0, h0), (d1, h1) = self._anchor, self._cursor
        return range(min(d0, d1), max(d0, d1) + 1), range(min(h0, h1), max(h0, h1) + 1)

    def summary(self) -> str:
        return describe_schedule(schedule_from_grid(self._grid))

    def gap_by_day(self, grid: Grid | None = None) -> list[int]:
        g = grid if grid is not None else self._grid
        return [sum(1 for h in range(24) if self._patrol[d][h] and not g[d][h]) for d in range(7)]

    # --- geometry ------------------------------------------------------------------

    def _metrics(self) -> QFontMetrics:
        return self.fontMetrics()

    def _left(self) -> int:
        fm = self._metrics()
        return max(fm.horizontalAdvance(d) for d in DAYS) + 14

    def _right(self) -> int:
        fm = self._metrics()
        return max(fm.horizontalAdvance(QCoreApplication.translate("ui.widgets.weekgrid", "Gap")), fm.horizontalAdvance("24 h")) + 18

    def _band_h(self) -> int:
        return self._metrics().height() + 8

    def _top(self) -> int:
        lanes = (max(self._lanes) + 1) if self._lanes else 0
        return lanes * self._band_h() + self._metrics().height() + 8

    def _row_h(self) -> int:
        return int(self._metrics().height() * 1.75) + 4

    def _col_w(self) -> float:
        return max(8.0, (self.width() - self._left() - self._right()) / 24)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        fm = self._metrics()
        return QSize(self._left() + self._right() + 24 * (fm.horizontalAdvance("00") + 14),
                     self._top() + 7 * self._row_h() + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        fm = self._metrics()
        return QSize(self._left() + self._right() + 24 * max(10, fm.horizontalAdvance("0") + 2),
                     self._top() + 7 * self._row_h() + 2)

    def cell_rect(self, day: int, hour: int) -> QRectF:
        cw = self._col_w()
        return QRectF(self._left() + hour * cw, self._top() + day * self._row_h(), cw, self._row_h())

    def cell_at(self, pos: QPoint, clamp: bool = False) -> Cell | None:
        cw, rh = self._col_w(), self._row_h()
        h = int((pos.x() - self._left()) // cw)
        d = int((pos.y() - self._top()) // rh)
        if clamp:
            return max(0, min(6, d)), max(0, min(23, h))
        if 0 <= d < 7 and 0 <= h < 24 and pos.x() >= self._left() and pos.y() >= self._top():
            return d, h
        return None

    # --- painting ---------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = self._metrics()
        grid = self._preview if self._preview is not None else self._grid
        left, top, rh, cw = self._left(), self._top(), self._row_h(), self._col_w()
        right_x = left + 24 * cw

        # Patrol shift bands with labels, one lane per set of non-overlapping shifts.
        bh = self._band_h()
        for i, shift in enumerate(self._shifts):
            lane = self._lanes[i]
            color = C_SHIFT_BANDS[i % len(C_SHIFT_BANDS)]
            pieces = [(a, b) for _o, a, b in shift.hours_on()]
            widest = max(pieces, key=lambda ab: ab[1] - ab[0])
            for a, b in pieces:
                r = QRectF(left + a * cw, lane * bh + 1, (b - a) * cw, bh - 3)
                p.fillRect(r, color)
                p.setPen(QPen(C_SHIFT_LINE, 1))
                p.drawLine(r.topLeft(), r.bottomLeft())
                if (a, b) == widest:
                    p.setPen(C_TEXT)
                    text = fm.elidedText(shift.label, Qt.TextElideMode.ElideRight, int(r.width()) - 8)
                    p.drawText(r.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

        # Hour labels: as many as fit.
        label_y = top - fm.height() - 4
        step = next(s for s in (1, 2, 3, 4, 6, 12) if fm.horizontalAdvance("00") + 6 <= s * cw)
        p.setPen(C_MUTED)
        for h in range(0, 24, step):
            r = QRectF(left + h * cw - cw, label_y, 2 * cw, fm.height() + 2)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, f"{h:02d}")
        p.drawText(QRectF(right_x, label_y, self._right(), fm.height() + 2), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("ui.widgets.weekgrid", "Gap"))

        gaps = self.gap_by_day(grid)
        sel_days, sel_hours = self.selection()
        for d in range(7):
            y = top + d * rh
            p.setPen(C_TEXT)
            p.drawText(QRectF(0, y, left - 8, rh), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, DAYS[d])
            for h in range(24):
                r = self.cell_rect(d, h)
                staff = grid[d][h]
                heat = self._heat[d][h] if self._heat is not None else 0
                strip_h = r.height() * HEAT_STRIP if self._heat is not None else 0.0
                if staff > 0:
                    p.fillRect(r, clin_color(staff))
                    if staff > 1 and cw >= fm.horizontalAdvance(str(staff)) + 2:
                        p.setPen(QColor("white"))
                        p.drawText(r.adjusted(0, 0, 0, -strip_h), Qt.AlignmentFlag.AlignCenter, str(staff))
                elif self._patrol[d][h]:
                    p.fillRect(r, C_GAP_BG)
                    p.fillRect(r, QBrush(C_GAP_HATCH, Qt.BrushStyle.BDiagPattern))
                else:
                    p.fillRect(r, C_OFF)
                if heat:
                    p.fillRect(QRectF(r.left(), r.bottom() - strip_h, r.width(), strip_h), C_HEAT[heat - 1])
            # grid lines of the row
            p.setPen(QPen(C_LINE, 1))
            for h in range(25):
                x = left + h * cw
                p.drawLine(int(x), y, int(x), y + rh)
            p.drawLine(int(left), y, int(right_x), y)
            # gap per day
            g = gaps[d]
            p.setPen(C_BAD if g else C_GOOD)
            p.drawText(QRectF(right_x, y, self._right(), rh), Qt.AlignmentFlag.AlignCenter, f"{g} h" if g else "0")
        p.setPen(QPen(C_LINE, 1))
        p.drawLine(int(left), top + 7 * rh, int(right_x), top + 7 * rh)

        # Shift boundaries as strong lines through the grid.
        pen = QPen(C_SHIFT_LINE, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        for shift in self._shifts:
            x = left + shift.start * cw
            p.drawLine(int(x), top - 2, int(x), top + 7 * rh)

        # Keyboard selection and cursor (only while the grid has the focus).
        if self.hasFocus() and self._drag is None:
            sel = QRectF(self.cell_rect(sel_days[0], sel_hours[0]).topLeft(),
                         self.cell_rect(sel_days[-1], sel_hours[-1]).bottomRight())
            if len(sel_days) * len(sel_hours) > 1:
                fill = QColor(C_CURSOR)
                fill.setAlpha(50)
                p.fillRect(sel, fill)
                p.setPen(QPen(C_CURSOR, 1))
                p.drawRect(sel.adjusted(0, 0, -1, -1))
            p.setPen(QPen(C_CURSOR, 3))
            p.drawRect(self.cell_rect(*self._cursor).adjusted(1.5, 1.5, -1.5, -1.5))
        p.end()

    # --- editing ---------------------------------------------------------------------

    def _apply(self, days: range, hours: range, fn) -> None:
        new = copy.deepcopy(self._grid)
        for d in days:
            for h in hours:
                new[d][h] = max(0, min(MAX_STAFF, fn(new[d][h])))
        self.commit_grid(new)

    def commit_grid(self, new: Grid) -> None:
        if new != self._grid:
            self._grid = new
            self._update_accessible()
            self.update()
            self.edited.emit(copy.deepcopy(new))

    def _drag_preview(self, end: Cell) -> None:
        assert self._drag is not None
        (d0, h0), value = self._drag
        d1, h1 = end
        new = copy.deepcopy(self._grid)
        for d in range(min(d0, d1), max(d0, d1) + 1):
            for h in range(min(h0, h1), max(h0, h1) + 1):
                new[d][h] = value
        self._drag_end = end
        self._preview = new
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        d, h = cell
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            value = self._staff
        else:
            value = 0 if self._grid[d][h] > 0 else self._staff
        self._drag = (cell, value)
        self._anchor = self._cursor = cell
        self._drag_preview(cell)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            cell = self.cell_at(event.position().toPoint(), clamp=True)
            if cell != self._drag_end:
                self._cursor = cell
                self._drag_preview(cell)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        new = self._preview
        self._anchor = self._drag[0]
        self._drag, self._preview, self._drag_end = None, None, None
        if new is not None:
            self.commit_grid(new)
        self._announce()
        self.update()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        d, h = self._cursor
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        days, hours = self.selection()
        if key in moves:
            dd, dh = moves[key]
            self._move((max(0, min(6, d + dd)), max(0, min(23, h + dh))), shift)
        elif key == Qt.Key.Key_Home:
            self._move((d, 0), shift)
        elif key == Qt.Key.Key_End:
            self._move((d, 23), shift)
        elif key == Qt.Key.Key_PageUp:
            self._move((0, h), shift)
        elif key == Qt.Key.Key_PageDown:
            self._move((6, h), shift)
        elif key == Qt.Key.Key_Space:
            value = 0 if self._grid[d][h] > 0 else self._staff
            self._apply(days, hours, lambda _v: value)
            self._announce()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._apply(days, hours, lambda v: v + 1)
            self._announce()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._apply(days, hours, lambda v: v - 1)
            self._announce()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._apply(days, hours, lambda _v: 0)
            self._announce()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not (mods & Qt.KeyboardModifier.ControlModifier):
            n = int(key) - int(Qt.Key.Key_0)
            self._apply(days, hours, lambda _v: n)
            self._announce()
        elif key == Qt.Key.Key_Escape and (days, hours) != (range(d, d + 1), range(h, h + 1)):
            self._anchor = self._cursor
            self._announce()
            self.update()
        else:
            return super().keyPressEvent(event)
        event.accept()

    def _move(self, cell: Cell, extend: bool) -> None:
        self._cursor = cell
        if not extend:
            self._anchor = cell
        self._announce()
        self.update()

    # --- words -------------------------------------------------------------------------

    def describe_cell(self, d: int, h: int) -> str:
        staff = self._grid[d][h]
        if not staff:
            who = QCoreApplication.translate("ui.widgets.weekgrid", "no clinician")
        elif staff == 1:
            who = QCoreApplication.translate("ui.widgets.weekgrid", "{n} clinician").format(n=staff)
        else:
            who = QCoreApplication.translate("ui.widgets.weekgrid", "{n} clinicians").format(n=staff)
        on = [s.label for s in self._shifts if any(int(a) <= h < int(b + 0.999) for _o, a, b in s.hours_on())]
        patrol = (QCoreApplication.translate("ui.widgets.weekgrid", "patrol {shifts}").format(shifts=", ".join(on))
                  if self._patrol[d][h] else QCoreApplication.translate("ui.widgets.weekgrid", "no patrol"))
        gap = QCoreApplication.translate("ui.widgets.weekgrid", " (patrol hour without a clinician)") if self._patrol[d][h] and not staff else ""
        calls = ""
        if self._demand is not None:
            n = self._demand[d][h]
            per_week = f"{n / self._demand_weeks:.1f}"
            if not n:
                calls = QCoreApplication.translate("ui.widgets.weekgrid", "; no behavioral-health calls imported")
            elif n == 1:
                calls = QCoreApplication.translate("ui.widgets.weekgrid", "; {n} behavioral-health call imported ({per_week} a week)").format(n=f"{n:,}", per_week=per_week)
            else:
                calls = QCoreApplication.translate("ui.widgets.weekgrid", "; {n} behavioral-health calls imported ({per_week} a week)").format(n=f"{n:,}", per_week=per_week)
        return QCoreApplication.translate("ui.widgets.weekgrid", "{day} {start}–{end}: {who}; {patrol}{gap}{calls}").format(
            day=DAY_NAMES[d], start=hhmm(h), end=hhmm(h + 1), who=who, patrol=patrol, gap=gap, calls=calls)

    def cursor_text(self) -> str:
        days, hours = self.selection()
        if len(days) * len(hours) == 1:
            return self.describe_cell(*self._cursor)
        staffed = sum(1 for d in days for h in hours if self._grid[d][h])
        span = f"{DAYS[days[0]]}–{DAYS[days[-1]]}" if len(days) > 1 else DAY_NAMES[days[0]]
        return (QCoreApplication.translate("ui.widgets.weekgrid", "Selected {0} {1}–{2}: {3} hours, {4} with clinicians").format(span, hhmm(hours[0]), hhmm(hours[-1] + 1), len(days) * len(hours), staffed))

    def _announce(self) -> None:
        text = self.cursor_text()
        self.cursorMoved.emit(text)
        self.setToolTip("")

    def _update_accessible(self) -> None:
        demand = ""
        if self._demand is not None:
            total = sum(map(sum, self._demand))
            demand = QCoreApplication.translate("ui.widgets.weekgrid", " Shaded along the bottom of each hour: {total} imported behavioral-health calls, darker for more; the cursor reads each hour's count.").format(total=f"{total:,}")
        self.setAccessibleDescription(
            QCoreApplication.translate("ui.widgets.weekgrid", "{0}.{1} Arrow keys move, Shift+arrows select, Space toggles, plus and minus change clinicians.").format(self.summary(), demand))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            cell = self.cell_at(event.pos())
            if cell is not None:
                QToolTip.showText(event.globalPos(), self.describe_cell(*cell), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._announce()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()


def _swatch(color: QColor, hatch: bool = False, line: bool = False, size: int = 14, heat: bool = False) -> QPixmap:
    pm = QPixmap(size * 3 if heat else size, size)
    pm.fill(QColor("white"))
    p = QPainter(pm)
    if heat:
        strip = int(size * HEAT_STRIP) + 1
        for i, c in enumerate(C_HEAT):
            x0, x1 = i * pm.width() // len(C_HEAT), (i + 1) * pm.width() // len(C_HEAT)
            p.fillRect(QRect(x0, size - strip, x1 - x0, strip), c)
        p.setPen(C_LINE)
        p.drawRect(0, 0, pm.width() - 1, size - 1)
    elif line:
        pen = QPen(C_SHIFT_LINE, 2)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(size // 2, 0, size // 2, size)
    else:
        p.fillRect(QRect(0, 0, size, size), C_GAP_BG if hatch else color)
        if hatch:
            p.fillRect(QRect(0, 0, size, size), QBrush(C_GAP_HATCH, Qt.BrushStyle.BDiagPattern))
        p.setPen(C_LINE)
        p.drawRect(0, 0, size - 1, size - 1)
    p.end()
    return pm


class WeekGridEditor(QWidget):
    """The grid with its tools: clinicians per painted hour, quick actions, legend, and
    a status line that reads out the hour (or block) under the cursor."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = WeekGrid()
        self.grid.edited.connect(self.edited)

        self.staff = SpinBox()
        self.staff.setRange(1, MAX_STAFF)
        self.staff.setValue(1)
        self.staff.setSuffix(QCoreApplication.translate("ui.widgets.weekgrid", " on duty"))
        self.staff.setAccessibleName(QCoreApplication.translate("ui.widgets.weekgrid", "Clinicians on duty in painted hours"))
        self.staff.setToolTip(QCoreApplication.translate("ui.widgets.weekgrid", "Painting, Space and Shift+drag use this number of clinicians."))
        self.staff.valueChanged.connect(self.grid.set_staff)
        staff_label = QLabel(QCoreApplication.translate("ui.widgets.weekgrid", "&Clinicians per painted hour"))
        staff_label.setBuddy(self.staff)

        self.fill_button = QPushButton(QCoreApplication.translate("ui.widgets.weekgrid", "&Quick fill"))
        self.fill_button.setAccessibleName(QCoreApplication.translate("ui.widgets.weekgrid", "Quick fill: copy or clear days"))
        menu = QMenu(self.fill_button)
        self.copy_all_action = menu.addAction(QCoreApplication.translate("ui.widgets.weekgrid", "Copy this day to &every day"), self.copy_day_to_all)
        self.copy_weekdays_action = menu.addAction(QCoreApplication.translate("ui.widgets.weekgrid", "Copy this day to &weekdays (Mon–Fri)"),
                                                   lambda: self.copy_day_to(range(5)))
        self.copy_weekend_action = menu.addAction(QCoreApplication.translate("ui.widgets.weekgrid", "Copy this day to the week&end"), lambda: self.copy_day_to(range(5, 7)))
        menu.addSeparator()
        self.clear_day_action = menu.addAction(QCoreApplication.translate("ui.widgets.weekgrid", "Clear &this day"), self.clear_day)
        self.clear_action = menu.addAction(QCoreApplication.translate("ui.widgets.weekgrid", "&Clear the whole week"), lambda: self.grid.commit_grid(empty_grid()))
        self.fill_button.setMenu(menu)
        menu.aboutToShow.connect(self._name_the_day)
        self._name_the_day()
        self.fill_button.setToolTip(QCoreApplication.translate("ui.widgets.weekgrid", "The day copied or cleared is the row with the cursor."))

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(staff_label)
        tools.addWidget(self.staff)
        tools.addStretch(1)
        tools.addWidget(self.fill_button)

        legend = ResponsiveGrid(min_em=22, max_columns=6, spacing=4)
        self.legend = legend
        sw = max(14, int(self.fontMetrics().height() * 0.9))
        for pm, text in ((_swatch(C_CLIN[0], size=sw), "1 clinician"),
                         (_swatch(C_CLIN[1], size=sw), QCoreApplication.translate("ui.widgets.weekgrid", "2 or more (number shown)")),
                         (_swatch(C_GAP_BG, hatch=True, size=sw), QCoreApplication.translate("ui.widgets.weekgrid", "patrol hour, no clinician")),
                         (_swatch(C_OFF, size=sw), QCoreApplication.translate("ui.widgets.weekgrid", "no patrol")),
                         (_swatch(C_SHIFT_LINE, line=True, size=sw), QCoreApplication.translate("ui.widgets.weekgrid", "a patrol shift starts")),
                         (_swatch(C_HEAT[2], size=sw, heat=True), QCoreApplication.translate("ui.widgets.weekgrid", "behavioral-health calls (darker: more)"))):
            item = QWidget()
            row = QHBoxLayout(item)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            icon = QLabel()
            icon.setPixmap(pm)
            row.addWidget(icon)
            lab = QLabel(text)
            lab.setObjectName("figureLabel")
            row.addWidget(lab, 1)
            item.setAccessibleName(QCoreApplication.translate("ui.widgets.weekgrid", "Legend: {0}").format(text))
            legend.add(item)
            if text.startswith("behavioral-health"):
                self.heat_legend = item
                item.setVisible(False)

        self.status = QLabel()
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ui.widgets.weekgrid", "Hour under the cursor"))
        self.grid.cursorMoved.connect(self.status.setText)
        self.status.setText(QCoreApplication.translate("ui.widgets.weekgrid", "Click or drag across hours to mark when clinicians are on duty; Shift+drag sets them to the number above. Keyboard: arrows move, Shift+arrows select, Space toggles, + and − change clinicians."))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addLayout(tools)
        lay.addWidget(self.grid)
        lay.addWidget(legend)
        lay.addWidget(self.status)
        # No focus proxy on the editor: it made Tab jump straight into the grid, past the
        # staff box and Quick fill. Go-to focuses the grid itself.
        QWidget.setTabOrder(self.staff, self.fill_button)  # the order they are seen in
        QWidget.setTabOrder(self.fill_button, self.grid)

    def set_demand(self, counts: Grid | None, weeks: float = 1.0) -> None:
        self.grid.set_demand(counts, weeks)
        self.heat_legend.setVisible(counts is not None)

    def _name_the_day(self) -> None:
        """Quick fill says which day it copies or clears: the row with the cursor."""
        day = DAY_NAMES[self.grid.cursor()[0]]
        self.copy_all_action.setText(QCoreApplication.translate("ui.widgets.weekgrid", "Copy {0} to &every day").format(day))
        self.copy_weekdays_action.setText(QCoreApplication.translate("ui.widgets.weekgrid", "Copy {0} to &weekdays (Mon–Fri)").format(day))
        self.copy_weekend_action.setText(QCoreApplication.translate("ui.widgets.weekgrid", "Copy {0} to the week&end").format(day))
        self.clear_day_action.setText(QCoreApplication.translate("ui.widgets.weekgrid", "Clear {0} (&this day)").format(day))

    def copy_day_to(self, days: range) -> None:
        d = self.grid.cursor()[0]
        new = self.grid.grid()
        for other in days:
            new[other] = list(new[d])
        self.grid.commit_grid(new)

    def copy_day_to_all(self) -> None:
        self.copy_day_to(range(7))

    def clear_day(self) -> None:
        new = self.grid.grid()
        new[self.grid.cursor()[0]] = [0] * 24
        self.grid.commit_grid(new)
