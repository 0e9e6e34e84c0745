"""An editable table for a list of plan records (partners, clinicians, sources, ...).

Each cell is a real input widget, so the table works from the keyboard and screen
readers name every cell. Edits go through :meth:`PlanDocument.edit`, which
validates the row with pydantic; a refused value stays in its cell, marked, with
the reason under the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.binding import NO_DATE, Binder, error_text, set_invalid
from ui.document import split_path
from ui.widgets.dateedit import DateEdit
from ui.widgets.inputs import ComboBox, DoubleSpinBox, SpinBox
from ui.widgets.stay_open_menu import StayOpenMenu
from ui.widgets.wrap_header import WrapHeader
from wizard.approx import approx_marker

YES_NO: list[tuple[bool | None, str]] = [(None, QCoreApplication.translate("ui.records", "Not decided")), (True, QCoreApplication.translate("ui.records", "Yes")), (False, QCoreApplication.translate("ui.records", "No"))]
"""Options of a three-state yes/no cell (a combo): unknown is not "no"."""

@dataclass
class Column:
    attr: str
    """Attribute of the row model; ``amounts[2]`` addresses one item of a list."""
    label: str
    kind: str = "text"
    """text, int, float, money, percent, combo, bool, date, multi, list, view (read-only)."""
    options: Sequence[tuple[Any, str]] = field(default_factory=list)
    width: int = 0
    minimum: float = 0
    maximum: float = 1_000_000_000
    decimals: int = 1
    step: float = 1
    optional: bool = False
    help: str = ""
    view: Callable[[QLabel, Any], None] | None = None
    """For kind "view": fills a read-only label from the value (text, tooltip, style)."""
    to_cell: Callable[[Any], Any] | None = None
    """Turns the plan's value into what the cell edits (e.g. team members → role ids)."""
    from_cell: Callable[[Any], Any] | None = None
    """Turns what the cell holds back into the plan's value."""


STRETCH_MIN_CHARS = 18
"""A stretching text column gets this many average characters before any column shrinks."""
SQUEEZE = 0.75
"""How far below its floor a text column's content may be squeezed before the table scrolls sideways."""
LAST_SQUEEZE = 0.85
"""When the floors are a little too wide, every column gives up this share at most before the table scrolls."""


def _get(row: BaseModel, attr: str) -> Any:
    parts = split_path(attr)
    obj: Any = row
    for p in parts:
        if isinstance(p, int):
            obj = obj[p] if p < len(obj) else None
            if obj is None:
                return None
        else:
            obj = getattr(obj, p)
    return obj


def _with(row: BaseModel, changes: dict[str, Any]) -> BaseModel:
    """A validated copy of ``row`` with several fields changed at once (so a rule
    that ties two fields together sees both new values)."""
    data = row.model_dump()
    for attr, value in changes.items():
        parts = split_path(attr)
        obj: Any = data
        for part in parts[:-1]:
            obj = obj[part]
        last = parts[-1]
        if isinstance(last, int):  # amounts[2]: pad the per-year list
            while len(obj) <= last:
                obj.append(0.0)
        obj[last] = value
    return type(row).model_validate(data)


class RecordTable(QWidget):
    edited = Signal(int)
    """A cell of row N was edited by the user (after the plan was updated or refused)."""

    def __init__(
        self,
        binder: Binder,
        path: str,
        columns: Sequence[Column] | Callable[[], Sequence[Column]],
        new_row: Callable[[], BaseModel],
        *,
        noun: str,
        removable: Callable[[BaseModel], bool] = lambda _r: True,
        adjust: Callable[[BaseModel, str, Any], dict[str, Any] | None] | None = None,
        max_visible_rows: int = 10,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.binder = binder
        self.doc = binder.doc
        self.path = path
        self._columns = columns
        self.new_row = new_row
        self.noun = noun
        self.removable = removable
        self.adjust = adjust
        """``adjust(row, attr, value)`` → other fields to change together with a user's
        edit (e.g. defaults that follow a chosen catalog option); the row is redrawn."""
        self.max_visible_rows = max_visible_rows
        self._committing = False
        self._errors: dict[tuple[int, str], str] = {}
        self._width_state: tuple | None = None

        self.table = QTableWidget()
        self.table.setHorizontalHeader(WrapHeader(self.table))  # titles wrap, never cut
        self.table.setAccessibleName(QCoreApplication.translate("ui.records", "{0} table").format(noun.capitalize()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.table.setWordWrap(False)
        # Focusing a cell widget makes its row current, so "Remove" and row actions act on
        # the row the user is in (a cell widget's focus does not move the table's own).
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

        self.add_button = QPushButton(QCoreApplication.translate("ui.records", "Add {0}").format(noun))
        self.add_button.setAccessibleName(QCoreApplication.translate("ui.records", "Add {0}").format(noun))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(QCoreApplication.translate("ui.records", "Remove {0}").format(noun))
        self.remove_button.setAccessibleName(QCoreApplication.translate("ui.records", "Remove selected {0}").format(noun))
        self.remove_button.clicked.connect(self.remove_current)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        box.addWidget(self.error)

        self.doc.changed.connect(self._on_changed)
        binder.focusers[path] = self.focus_path
        self.rebuild()

    # --- model access -----------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        cols = self._columns() if callable(self._columns) else self._columns
        return list(cols)

    def rows(self) -> list[BaseModel]:
        return list(self.doc.get(self.path))

    # --- building ---------------------------------------------------------------

    def rebuild(self) -> None:
        rows = self.rows()
        cols = self.columns
        self._built_cols = [c.attr for c in cols]
        t = self.table
        t.clearContents()
        t.setColumnCount(len(cols))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels([c.label for c in cols])
        header = t.horizontalHeader()
        header.setMinimumSectionSize(60)
        self._width_state = None
        self._apply_widths()
        for ri, row in enumerate(rows):
            for ci, col in enumerate(cols):
                w = self._make_cell(ri, col)
                self._write_cell(w, col, _get(row, col.attr))
                self._track(w, ri, ci)
                t.setCellWidget(ri, ci, w)
        self._fit_height()
        self.remove_button.setEnabled(bool(rows))

    def _apply_widths(self) -> None:
        """Fixed widths are written for a 10 pt font and grow with the zoom; stretching
        columns share what is left. When the room is too small (a 1366×768 laptop with
        the guidance panel open) the columns give up width, each down to its floor (its
        title's longest word; a figure's usual width), so the table fits and nothing is
        hidden off to the right; titles wrap. Only when the floors do not fit (a large
        zoom) does the table scroll sideways."""
        t = self.table
        cols = self.columns
        if t.columnCount() != len(cols):
            return
        scale = max(1.0, self.font().pointSizeF() / 10.0)
        min_w = self.fontMetrics().averageCharWidth() * STRETCH_MIN_CHARS
        wanted = [int(c.width * scale) if c.width else min_w for c in cols]
        scroll_bar = t.verticalScrollBar().sizeHint().width() if t.rowCount() > self.max_visible_rows else 0
        avail = ((self.width() or t.viewport().width()) - t.verticalHeader().width() - 2 * t.frameWidth()
                 - scroll_bar - 8)  # and the row numbers may grow a digit
        fixed = sum(w for w, c in zip(wanted, cols, strict=True) if c.width)
        roomy = avail - fixed >= sum(1 for c in cols if not c.width) * min_w
        widths = wanted
        fits = True
        if not roomy:
            # First down to each column's floor; if that is still too wide, the figures and
            # texts give up a little more (never a title's longest word); only then scroll.
            for floors in ([min(w, self._floor(c)) for w, c in zip(wanted, cols, strict=True)],
                           [min(w, self._floor(c, squeeze=SQUEEZE)) for w, c in zip(wanted, cols, strict=True)]):
                excess, slack = sum(wanted) - avail, sum(wanted) - sum(floors)
                if excess <= 0:
                    break
                if slack >= excess:
                    widths = [int(w - (w - f) * excess / slack) for w, f in zip(wanted, floors, strict=True)]
                    break
            else:
                total = sum(floors)
                if total and avail / total >= LAST_SQUEEZE:  # a few pixels short: all give a little
                    widths = [int(f * avail / total) for f in floors]
                else:
                    widths, fits = floors, False
        state = (roomy, tuple(widths), fits)
        if state == self._width_state:
            return
        self._width_state = state
        header = t.horizontalHeader()
        header.setStretchLastSection(True)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                       else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for ci, col in enumerate(cols):
            if roomy and not col.width:
                header.setSectionResizeMode(ci, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(ci, QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(ci, widths[ci])
        self._fit_height()

    def _floor(self, col: Column, squeeze: float = 1.0) -> int:
        """The narrowest a column may get: its title's longest word, and room for what
        the cell shows (a figure such as $999,999; a few letters of text), ``squeeze``
        of that room for texts when the table is still too wide."""
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        words = col.label.replace("-", "- ").replace("/", "/ ").split()  # titles wrap after - and / too
        word = max((QFontMetrics(bold).horizontalAdvance(w) for w in words), default=0) + 20
        char = fm.averageCharWidth()
        content = {"int": fm.horizontalAdvance("99,999") + 14, "float": fm.horizontalAdvance("9,999.9") + 14,
                   "money": fm.horizontalAdvance("$999,999") + 14, "percent": fm.horizontalAdvance("99.9 %") + 14,
                   "date": fm.horizontalAdvance("2027-01-15") + 16,
                   "combo": min(max((fm.horizontalAdvance(t) for _v, t in col.options), default=0), char * 9) + 24,
                   "multi": char * 9, "bool": 28}.get(col.kind, char * 7)
        if col.kind in ("text", "list", "multi"):  # a few letters less of a text; never of a figure or a choice
            content = int(content * squeeze)
        return max(word, content)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_widths()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View ▸ Zoom: taller rows, wider columns
            # The application's font reaches every table of every page, built or hidden: a
            # table not on screen only notes it and measures itself when it is shown (zoom
            # and a new window stay fast however many tables exist).
            self._width_state = None
            if self.isVisible():
                self._refit()
            else:
                self._font_pending = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if getattr(self, "_font_pending", False):
            self._font_pending = False
            self._refit()

    def _refit(self) -> None:
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        for ri in range(self.table.rowCount()):
            self.table.setRowHeight(ri, self.fontMetrics().height() + 18)
        self._apply_widths()
        self._fit_height()

    def _fit_height(self) -> None:
        t = self.table
        visible = max(1, min(t.rowCount(), self.max_visible_rows))
        h = t.horizontalHeader().sizeHint().height() or (self.fontMetrics().height() + 14)
        h += sum(t.rowHeight(i) for i in range(min(visible, t.rowCount()))) or t.verticalHeader().defaultSectionSize()
        if t.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:  # room for a sideways bar
            h += t.horizontalScrollBar().sizeHint().height()
        h += 2 * t.frameWidth() + 10
        t.setMinimumHeight(h)
        t.setMaximumHeight(h)

    def _track(self, w: QWidget, ri: int, ci: int) -> None:
        target = w.property("check") if isinstance(w.property("check"), QWidget) else w
        for obj in (target, *target.findChildren(QWidget)):
            obj.setProperty("cell", (ri, ci))

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        try:
            if now is None or not self.table.isAncestorOf(now):
                return
        except RuntimeError:  # this table is being deleted
            return
        cell = now.property("cell")
        if cell is not None and (self.table.currentRow(), self.table.currentColumn()) != tuple(cell):
            self.table.setCurrentCell(*cell)

    def _make_cell(self, ri: int, col: Column) -> QWidget:
        name = f"{col.label}, {self.noun} {ri + 1}"
        w: QWidget
        if col.kind == "text" or col.kind == "list":
            le = QLineEdit()
            le.setFrame(False)
            if col.kind == "list":
                le.setPlaceholderText(QCoreApplication.translate("ui.records", "separate with ;"))
            le.textEdited.connect(lambda _t, ri=ri, col=col: self._cell_changed(ri, col))
            w = le
        elif col.kind in ("int", "float", "money", "percent"):
            sb: QSpinBox | QDoubleSpinBox
            if col.kind == "int":
                sb = SpinBox()
                sb.setRange(int(col.minimum) - (1 if col.optional else 0), int(min(col.maximum, 2**31 - 1)))
            else:
                sb = DoubleSpinBox()
                sb.setDecimals(0 if col.kind == "money" else col.decimals)
                sb.setSingleStep(col.step)
                if col.kind == "percent":
                    sb.setRange(col.minimum * 100, col.maximum * 100)
                    sb.setSuffix(" %")
                else:
                    sb.setRange(col.minimum - (col.step if col.optional else 0), col.maximum)
                if col.kind == "money":
                    sb.setPrefix("$")
            if col.optional:
                sb.setSpecialValueText("—")
            sb.setGroupSeparatorShown(True)
            sb.setFrame(False)
            # Not NoButtons: with a style sheet, Qt then collapses the text field to 1 px.
            # style.qss gives table spin buttons zero width; arrow keys still step.
            sb.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            sb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            sb.valueChanged.connect(lambda _v, ri=ri, col=col: self._cell_changed(ri, col))
            if approx_marker(type(self.doc.plan), f"{self.path}.{col.attr}") is not None:
                sb.set_approximate(True)  # "about 2400000", "500000+", "4-5" (wizard.approx)
                sb.approxChanged.connect(lambda ri=ri, col=col: self._cell_changed(ri, col))
            w = sb
        elif col.kind == "combo":
            cb = ComboBox()
            for _v, text in col.options:
                cb.addItem(text)
            cb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            cb.currentIndexChanged.connect(lambda _i, ri=ri, col=col: self._cell_changed(ri, col))
            w = cb
        elif col.kind == "bool":
            ch = QCheckBox()
            ch.toggled.connect(lambda _c, ri=ri, col=col: self._cell_changed(ri, col))
            holder = QWidget()
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(ch)
            holder.setFocusProxy(ch)
            ch.setAccessibleName(name)
            holder.setProperty("check", ch)
            w = holder
        elif col.kind == "date":
            de = DateEdit()
            de.setCalendarPopup(True)
            de.setDisplayFormat("yyyy-MM-dd")
            de.setMinimumDate(NO_DATE)
            de.setMaximumDate(QDate(2100, 12, 31))
            de.setSpecialValueText(QCoreApplication.translate("ui.records", "No date"))
            de.setFrame(False)
            de.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            de.dateChanged.connect(lambda _d, ri=ri, col=col: self._cell_changed(ri, col))
            w = de
        elif col.kind == "multi":
            tb = QToolButton()
            tb.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tb.setSizePolicy(tb.sizePolicy().horizontalPolicy().Expanding, tb.sizePolicy().verticalPolicy())
            menu = StayOpenMenu(tb)  # several can be ticked without reopening it
            for oid, text in col.options:
                act = QAction(text, menu)
                act.setCheckable(True)
                act.setData(oid)
                act.toggled.connect(lambda _c, ri=ri, col=col: self._cell_changed(ri, col))
                menu.addAction(act)
            tb.setMenu(menu)
            w = tb
        elif col.kind == "view":
            lab = QLabel()
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setContentsMargins(6, 0, 6, 0)
            lab.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            w = lab
        else:  # pragma: no cover - a programming error
            raise ValueError(f"unknown column kind {col.kind}")
        w.setAccessibleName(name)
        if col.help:
            w.setToolTip(col.help)
        return w

    def _write_cell(self, w: QWidget, col: Column, value: Any) -> None:
        if col.to_cell is not None:
            value = col.to_cell(value)
        target = w.property("check") if col.kind == "bool" else w
        blocked = target.blockSignals(True)
        try:
            if col.kind == "text":
                if target.text() != (value or ""):
                    target.setText(value or "")
                    target.setCursorPosition(0)
            elif col.kind == "list":
                text = "; ".join(value or [])
                if "; ".join(self._read_raw(w, col) or []) != text:
                    target.setText(text)
                    target.setCursorPosition(0)
            elif col.kind in ("int", "float", "money"):
                target.setValue(target.minimum() if value is None else value)
            elif col.kind == "percent":
                target.setValue((value or 0) * 100)
            elif col.kind == "combo":
                key = getattr(value, "value", value)
                idx = next((i for i, (v, _t) in enumerate(col.options) if getattr(v, "value", v) == key), -1)
                target.setCurrentIndex(idx)
            elif col.kind == "bool":
                target.setChecked(bool(value))
            elif col.kind == "date":
                target.setDate(target.minimumDate() if value is None else QDate(value.year, value.month, value.day))
            elif col.kind == "multi":
                chosen = set(value or [])
                for act in target.menu().actions():
                    a_blocked = act.blockSignals(True)
                    act.setChecked(act.data() in chosen)
                    act.blockSignals(a_blocked)
                labels = [t for oid, t in col.options if oid in chosen]
                unknown = [c for c in (value or []) if c not in {o for o, _ in col.options}]
                target.setText(", ".join(labels + unknown) or "Choose…")
            elif col.kind == "view":
                if col.view is not None:
                    col.view(target, value)
                else:
                    target.setText("" if value is None else str(value))
        finally:
            target.blockSignals(blocked)

    def _read_cell(self, w: QWidget, col: Column) -> Any:
        value = self._read_raw(w, col)
        return col.from_cell(value) if col.from_cell is not None else value

    def _read_raw(self, w: QWidget, col: Column) -> Any:
        if col.kind == "text":
            return w.text()
        if col.kind == "list":
            return [p.strip() for p in w.text().split(";") if p.strip()]
        if col.kind in ("int", "float", "money") and getattr(w, "approx", None) is not None:
            return w.approx
        if col.kind == "int":
            return None if col.optional and w.value() == w.minimum() else int(w.value())
        if col.kind in ("float", "money"):
            return None if col.optional and w.value() == w.minimum() else float(w.value())
        if col.kind == "percent":
            return round(w.value() / 100, 6)
        if col.kind == "combo":
            i = w.currentIndex()
            return col.options[i][0] if 0 <= i < len(col.options) else None
        if col.kind == "bool":
            return w.property("check").isChecked()
        if col.kind == "date":
            d = w.date()
            return None if d == w.minimumDate() else dt.date(d.year(), d.month(), d.day())
        if col.kind == "multi":
            return [a.data() for a in w.menu().actions() if a.isChecked()]
        if col.kind == "view":
            return None
        raise ValueError(col.kind)

    # --- editing ------------------------------------------------------------------

    def _cell_changed(self, ri: int, col: Column) -> None:
        cols = self.columns
        ci = [c.attr for c in cols].index(col.attr)
        w = self.table.cellWidget(ri, ci)
        value = self._read_cell(w, col)
        # Cells of this row that a cross-field rule refused wait for their partner
        # (fte and salary): retry them together so the order of entry never matters.
        pending = [(c, self.table.cellWidget(ri, i)) for i, c in enumerate(cols)
                   if (ri, c.attr) in self._errors and c.attr != col.attr]

        def apply(rows: list[BaseModel], with_pending: bool = False) -> None:
            changes: dict[str, Any] = {}
            if with_pending:
                changes.update({c.attr: self._read_cell(cw, c) for c, cw in pending})
            changes[col.attr] = value
            if self.adjust is not None:
                changes.update(self.adjust(rows[ri], col.attr, value) or {})
            rows[ri] = _with(rows[ri], changes)

        self._committing = True
        cleared: list[tuple[Column, QWidget]] = []
        undo = {"label": f"edit {col.label}, {self.noun} {ri + 1}", "merge_key": f"{self.path}[{ri}].{col.attr}"}
        try:
            try:
                self.doc.edit(self.path, apply, **undo)
            except ValidationError:
                if not pending:
                    raise
                self.doc.edit(self.path, lambda rows: apply(rows, with_pending=True), **undo)
                cleared = pending
        except ValidationError as exc:
            self._errors[(ri, col.attr)] = f"{self.noun.capitalize()} {ri + 1}, {col.label}: {error_text(exc)}"
            set_invalid(w, True)
        else:
            self._errors.pop((ri, col.attr), None)
            set_invalid(w, False)
            for c, cw in cleared:
                self._errors.pop((ri, c.attr), None)
                set_invalid(cw, False)
            if col.kind == "multi":
                self._write_cell(w, col, value)
            if self.adjust is not None:
                self._redraw_row(ri, skip=col.attr)
        finally:
            self._committing = False
        self._show_errors()
        self.edited.emit(ri)

    def _redraw_row(self, ri: int, skip: str = "") -> None:
        rows = self.rows()
        if not (0 <= ri < len(rows)):
            return
        for ci, c in enumerate(self.columns):
            if c.attr != skip and (ri, c.attr) not in self._errors:
                self._write_cell(self.table.cellWidget(ri, ci), c, _get(rows[ri], c.attr))

    def _show_errors(self) -> None:
        msgs = list(self._errors.values())
        self.error.setText("\n".join(msgs))
        self.error.setVisible(bool(msgs))

    def add_row(self) -> None:
        try:
            self.doc.edit(self.path, lambda rows: rows + [self.new_row()],
                          label=QCoreApplication.translate("ui.records", "add {0} {1}").format(self.noun, len(self.rows()) + 1))
        except ValidationError as exc:
            self._errors[(-1, "")] = error_text(exc)
            self._show_errors()
            return
        row = self.table.rowCount() - 1
        if row >= 0 and self.table.columnCount():
            self.table.setCurrentCell(row, 0)
            w = self.table.cellWidget(row, 0)
            if w is not None:
                w.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        ri = self.table.currentRow()
        rows = self.rows()
        if not (0 <= ri < len(rows)):
            ri = len(rows) - 1
        if ri < 0 or not self.removable(rows[ri]):
            self.error.setText(QCoreApplication.translate("ui.records", "This {0} cannot be removed.").format(self.noun))
            self.error.show()
            return
        self._errors = {k: v for k, v in self._errors.items() if k[0] != ri}
        self.doc.edit(self.path, lambda rows: rows[:ri] + rows[ri + 1:], label=QCoreApplication.translate("ui.records", "remove {0} {1}").format(self.noun, ri + 1))

    # --- syncing ---------------------------------------------------------------------

    def _on_changed(self, path: str) -> None:
        if self._committing:
            return
        if path and not (path == self.path or path.startswith(self.path + "[") or path.startswith(self.path + ".")
                         or self.path.startswith(path + ".") or self.path.startswith(path + "[")):
            # Tables whose columns depend on another field (funding years) listen for it:
            # a change elsewhere matters only when it changes the columns or their titles.
            if not callable(self._columns) or self._column_heads() == self._heads_shown():
                return
        self.refresh()

    def _column_heads(self) -> list[tuple[str, str]]:
        return [(c.attr, c.label) for c in self.columns]

    def _heads_shown(self) -> list[tuple[str, str]]:
        t = self.table
        heads = []
        for ci, attr in enumerate(self._built_cols):
            item = t.horizontalHeaderItem(ci)
            heads.append((attr, item.text() if item is not None else ""))
        return heads

    def refresh(self) -> None:
        rows = self.rows()
        cols = self.columns
        if len(rows) != self.table.rowCount() or [c.attr for c in cols] != self._built_cols:
            self._errors.clear()
            self._show_errors()
            self.rebuild()
            return
        for ci, col in enumerate(cols):  # labels may follow another field (FY2027 → FY2028)
            item = self.table.horizontalHeaderItem(ci)
            if item is not None and item.text() != col.label:
                item.setText(col.label)
        for ri, row in enumerate(rows):
            for ci, col in enumerate(cols):
                if (ri, col.attr) in self._errors:
                    continue
                self._write_cell(self.table.cellWidget(ri, ci), col, _get(row, col.attr))

    def focus_path(self, path: str) -> bool:
        rest = path[len(self.path):]
        parts = split_path(rest) if rest else []
        ri = parts[0] if parts and isinstance(parts[0], int) else 0
        attr = next((p for p in parts[1:] if isinstance(p, str)), None)
        cols = [c.attr for c in self.columns]
        # 'amounts' (a whole per-year list) focuses its first year's column.
        ci = next((i for i, a in enumerate(cols) if a == attr), None)
        if ci is None:
            ci = next((i for i, a in enumerate(cols) if attr and a.startswith(attr + "[")), 0)
        if self.table.rowCount() == 0:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        ri = min(ri, self.table.rowCount() - 1)
        self.table.setCurrentCell(ri, ci)
        w = self.table.cellWidget(ri, ci)
        if w is not None:
            self.table.scrollTo(self.table.model().index(ri, ci))
            w.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
