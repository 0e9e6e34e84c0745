"""An editable table for a list of plan records (partners, clinicians, sources, ...).

Qt's model/view (``ui.table_model``): the cells are painted text, and an editor (a spin
box, a combo, a date, a menu of ticks; ``ui.fields``) exists only while a cell is edited,
so nothing is cut in a narrow column and the wheel never changes a value. Edits go
through :meth:`PlanDocument.edit`, which validates the row with pydantic (undo and
autosave with it); a refused value stays in its cell, marked, with the reason under the
table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.binding import Binder, error_text
from ui.document import split_path
from ui.fields import Spec, field_limits, get_attr
from ui.table_model import Look, RecordDelegate, RecordModel, RecordView
from ui.widgets.wrap_header import PAD_X, WrapHeader
from wizard.approx import approx_marker

YES_NO: list[tuple[bool | None, str]] = [(None, QCoreApplication.translate("ui.records", "Not decided")), (True, QCoreApplication.translate("ui.records", "Yes")), (False, QCoreApplication.translate("ui.records", "No"))]
"""Options of a three-state yes/no cell (a combo): unknown is not "no"."""

@dataclass
class Column:
    attr: str
    """Attribute of the row model; ``amounts[2]`` addresses one item of a list."""
    label: str
    kind: str = "text"
    """text, int, float, money, percent, combo, bool, date, multi, list, view (read-only); see ui.fields."""
    options: Sequence[tuple[Any, str]] = field(default_factory=list)
    width: int = 0
    minimum: float = 0
    maximum: float | None = None
    """A plausible maximum narrower than the plan model's own limit (which always applies)."""
    decimals: int = 1
    step: float = 1
    optional: bool = False
    help: str = ""
    look: Callable[[Any, Any], Look | None] | None = None
    """``look(row, value)``: how the page wants the cell shown (computed text, read-only,
    a mark, a placeholder); see ui.table_model.Look."""
    to_cell: Callable[[Any], Any] | None = None
    """Turns the plan's value into what the cell edits (e.g. team members → role ids)."""
    from_cell: Callable[[Any], Any] | None = None
    """Turns what the cell holds back into the plan's value."""


STRETCH_MIN_CHARS = 18
"""A stretching text column gets this many average characters before any column shrinks."""
SQUEEZE = 0.75
"""How far below its floor a text column's content may be squeezed before the table scrolls sideways."""
FIGURE_LEAST = {"int": "9,999", "float": "99.99", "money": "$99,999", "percent": "99.9 %"}
"""The least room a figure column keeps, whatever it shows."""
CELL_PAD = 8
"""Room around a cell's text: the style draws it 3 px in from each side, and the grid line takes one."""
FIRM = frozenset({"int", "float", "money", "percent", "date", "bool", "combo"})
"""Kinds never narrower than their floor: figures, dates and ticks cannot wrap; a choice keeps its longest word."""


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
        self._errors: dict[tuple[int, str], tuple[Any, str, bool]] = {}
        """(row, attr) → (the value the user typed, why it was refused, retry with its row)."""
        self._width_state: tuple | None = None
        self._floors: dict[tuple[str, float | str], int] = {}
        self._advances: tuple[float, dict[str, int]] = (0.0, {})
        """A figure's width in pixels, for the font size it was measured at."""
        self._rows_fitted: tuple[tuple, list[tuple[str, ...]]] = ((), [])
        """The column widths and the cells' words the rows were last measured for."""
        self._limits: dict[str, tuple[float | None, float | None, bool]] = {}

        self.table = RecordView()
        self.table.setHorizontalHeader(WrapHeader(self.table))  # titles wrap, never cut
        self.table.setAccessibleName(QCoreApplication.translate("ui.records", "{0} table").format(noun.capitalize()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setObjectName("rowNumbers")  # style.qss
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.table.setWordWrap(True)  # a long choice ("Nonprofit behavioral-health provider") wraps, never cut
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model = RecordModel(self)
        self.delegate = RecordDelegate(self.model, self.table)
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self._refit_pending = False
        self.table.horizontalHeader().sectionResized.connect(self._columns_resized)

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
        # As tall as its rows, buttons and message, never stretched by the page: a line that
        # wraps elsewhere on the page must not move the controls below the table.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
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

    def value(self, ri: int, col: Column) -> Any:
        rows = self.rows()
        return get_attr(rows[ri], col.attr) if 0 <= ri < len(rows) else None

    def spec(self, col: Column) -> Spec:
        """What the cell's editor needs: the column's settings, with the limits of the plan
        model's own field (Field(ge=, le=)) and whether it may be an estimate."""
        key = col.attr
        if key not in self._limits:
            field_path = f"{self.path}.{col.attr}"
            lo, hi = field_limits(type(self.doc.plan), field_path)
            self._limits[key] = (lo, hi, approx_marker(type(self.doc.plan), field_path) is not None)
        lo, hi, approximate = self._limits[key]
        maximum = col.maximum if hi is None else hi if col.maximum is None else min(col.maximum, hi)
        minimum = col.minimum if lo is None else max(col.minimum, lo)
        return Spec(kind=col.kind, options=list(col.options), minimum=minimum, maximum=maximum,
                    decimals=col.decimals, step=col.step, optional=col.optional,
                    approximate=approximate and col.kind in ("int", "float", "money"))

    def pending(self, ri: int, attr: str) -> tuple[Any, str] | None:
        """The value typed into a cell that the plan refused, and why; None when none."""
        found = self._errors.get((ri, attr))
        return None if found is None else (found[0], found[1])

    def index(self, row: int, attr: str):
        """The model index of one cell."""
        ci = [c.attr for c in self.columns].index(attr)
        return self.model.index(row, ci)

    def open_editor(self, row: int, attr: str) -> QWidget | None:
        """Make a cell current and open its editor (Review ▸ Go to); the editor, or None for
        a cell that is not edited by an editor (a tick, a computed figure)."""
        idx = self.index(row, attr)
        t = self.table
        t.setCurrentIndex(idx)
        t.scrollTo(idx)
        t.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.flags(idx) & Qt.ItemFlag.ItemIsEditable:
            t.edit(idx)
        return t.indexWidget(idx)

    # --- building ---------------------------------------------------------------

    def rebuild(self) -> None:
        self._limits.clear()
        self.model.reload()
        self.table.horizontalHeader().setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 4)  # floors decide
        self._width_state = None
        self._apply_widths()
        self._fit_height()
        self.remove_button.setEnabled(bool(self.rows()))

    def _fit_row_numbers(self) -> None:
        """The row numbers' column: as wide as two digits (a third when there are 100 rows),
        so the room it takes does not change as rows are added."""
        digits = max(2, len(str(self.table.rowCount())))
        self.table.verticalHeader().setFixedWidth(self.fontMetrics().horizontalAdvance("9" * digits) + 10)  # style.qss: 3 px a side

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
        self._fit_row_numbers()
        self._floors = {}
        scale = max(1.0, self.font().pointSizeF() / 10.0)
        min_w = self.fontMetrics().averageCharWidth() * STRETCH_MIN_CHARS
        # a width written for the English title never cuts a longer word of another language's
        wanted = [max(int(c.width * scale) if c.width else min_w, self._title_floor(c)) for c in cols]
        scroll_bar = t.verticalScrollBar().sizeHint().width() if t.rowCount() > self.max_visible_rows else 0
        avail = ((self.width() or t.viewport().width()) - t.verticalHeader().width() - 2 * t.frameWidth()
                 - scroll_bar - 2)  # a pixel or two that rounding may take
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
                # Still short: the columns of words give more, down to their title's longest
                # word (their text wraps); a figure, a date, a tick or a choice keeps its floor.
                lows = [f if c.kind in FIRM else min(f, self._title_floor(c)) for f, c in zip(floors, cols, strict=True)]
                excess, slack = sum(floors) - avail, sum(floors) - sum(lows)
                if slack >= excess:
                    widths = [int(f - (f - lo) * excess / slack) for f, lo in zip(floors, lows, strict=True)]
                else:
                    widths, fits = floors, False
        if roomy:  # the stretching columns share what the fixed ones leave
            stretch = [i for i, c in enumerate(cols) if not c.width]
            if stretch:
                each = (avail - fixed) // len(stretch)
                widths = [each if i in stretch else w for i, w in enumerate(wanted)]
        state = (roomy, tuple(widths), fits)
        if state == self._width_state:
            return
        self._width_state = state
        header = t.horizontalHeader()
        header.setStretchLastSection(True)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                       else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for ci in range(len(cols)):
            header.setSectionResizeMode(ci, QHeaderView.ResizeMode.Interactive)
            t.setColumnWidth(ci, widths[ci])
        self._fit_height()

    def _floor(self, col: Column, squeeze: float = 1.0) -> int:
        """The narrowest a column may get: its title's longest word, and room for what
        the cell shows (a figure such as $999,999; a few letters of text), ``squeeze``
        of that room for texts when the table is still too wide."""
        key = (col.attr, squeeze)
        found = self._floors.get(key)
        if found is None:
            found = self._floors[key] = self._measure_floor(col, squeeze)
        return found

    def _measure_floor(self, col: Column, squeeze: float) -> int:
        fm = self.fontMetrics()
        word = self._title_floor(col)
        char = fm.averageCharWidth()
        pad = CELL_PAD
        least = FIGURE_LEAST.get(col.kind)
        if least is not None:  # room for the widest figure the column shows now
            content = self._widest(col, least) + pad
        elif col.kind == "date":
            content = fm.horizontalAdvance("2027-01-15") + pad
        elif col.kind == "combo":
            content = self._longest_word(col) + pad  # a choice wraps at its words
        else:
            content = {"multi": char * 9, "bool": 28}.get(col.kind, char * 7)
        if col.kind in ("text", "list", "multi"):  # a few letters less of a text; never of a figure or a choice
            content = int(content * squeeze)
        return max(word, content)

    def _title_floor(self, col: Column) -> int:
        """The column title's longest word (titles wrap after spaces, - and /), with the
        room the header leaves on each side (measured once per fit, like :meth:`_floor`)."""
        key = (col.attr, "title")
        found = self._floors.get(key)
        if found is None:
            found = self._floors[key] = self._measure_title_floor(col)
        return found

    def _measure_title_floor(self, col: Column) -> int:
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        words = col.label.replace("-", "- ").replace("/", "/ ").split()
        return max((QFontMetrics(bold).horizontalAdvance(w) for w in words), default=0) + 2 * PAD_X

    def _widest(self, col: Column, least: str) -> int:
        """The widest figure the column shows now (at least ``least``): room for what is there."""
        fm = self.fontMetrics()
        try:
            ci = [c.attr for c in self.model._cols].index(col.attr)
        except ValueError:
            return fm.horizontalAdvance(least)
        texts = {self.model.text(ri, ci) for ri in range(self.model.rowCount())} | {least}
        key = self.font().pointSizeF()
        if self._advances[0] != key:
            self._advances = (key, {})
        known = self._advances[1]
        for text in texts - known.keys():
            known[text] = fm.horizontalAdvance(text)
        return max(known[text] for text in texts)

    def _longest_word(self, col: Column) -> int:
        fm = self.fontMetrics()
        words = [w for _v, t in col.options for w in t.replace("-", "- ").replace("/", "/ ").split()]
        return max((fm.horizontalAdvance(w) for w in words), default=0)

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
        self._apply_widths()
        self._fit_height()

    def _columns_resized(self, *_args) -> None:
        """A column got narrower or wider: its texts wrap anew (once, after the resizing)."""
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._after_resize)

    def _after_resize(self) -> None:
        self._refit_pending = False
        self._fit_height()

    def _fit_height(self) -> None:
        t = self.table
        self.delegate.row_min = self.fontMetrics().height() + 18
        if t.rowCount():
            # Rows as tall as their wrapped text: measured again only when a text or a
            # column's width changed (a page shown again with the same plan costs nothing).
            m = self.model
            widths = (self.font().pointSizeF(), tuple(t.columnWidth(c) for c in range(m.columnCount())))
            texts = [tuple(m.text(r, c) for c in range(m.columnCount())) for r in range(m.rowCount())]
            if widths != self._rows_fitted[0] or len(texts) != len(self._rows_fitted[1]):
                t.resizeRowsToContents()
            else:  # typing in a cell: only its row
                for r, (now, then) in enumerate(zip(texts, self._rows_fitted[1], strict=True)):
                    if now != then:
                        t.resizeRowToContents(r)
            self._rows_fitted = (widths, texts)
        visible = max(1, min(t.rowCount(), self.max_visible_rows))
        h = t.horizontalHeader().sizeHint().height() or (self.fontMetrics().height() + 14)
        h += sum(t.rowHeight(i) for i in range(min(visible, t.rowCount()))) or t.verticalHeader().defaultSectionSize()
        if t.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:  # room for a sideways bar
            h += t.horizontalScrollBar().sizeHint().height()
        h += 2 * t.frameWidth() + 10
        t.setMinimumHeight(h)
        t.setMaximumHeight(h)

    # --- editing ------------------------------------------------------------------

    def refuse(self, ri: int, col: Column, typed: Any, message: str) -> None:
        """A value the cell's editor itself refuses (over the field's limit): kept, said."""
        self._errors[(ri, col.attr)] = (typed, message, False)
        self._show_errors()
        self.edited.emit(ri)

    def revert(self, ri: int, col: Column, value: Any) -> None:
        """Esc in a cell's editor: the value it had when it was opened comes back (an edit of
        the same cell, so it merges into the typing's undo step, which then goes away)."""
        self._errors.pop((ri, col.attr), None)
        self.commit(ri, col, value)

    def commit(self, ri: int, col: Column, value: Any) -> bool:
        """Write what the user put in a cell of row ``ri``; False when the plan refused it
        (the value is kept in the cell, marked, and the reason shown under the table)."""
        cols = self.columns
        plan_value = col.from_cell(value) if col.from_cell is not None else value
        # Cells of this row that a cross-field rule refused wait for their partner
        # (fte and salary): retry them together so the order of entry never matters.
        pending = [c for c in cols if c.attr != col.attr and (ri, c.attr) in self._errors
                   and self._errors[(ri, c.attr)][2]]

        def typed(c: Column) -> Any:
            raw = self._errors[(ri, c.attr)][0]
            return c.from_cell(raw) if c.from_cell is not None else raw

        def apply(rows: list[BaseModel], with_pending: bool = False) -> None:
            changes: dict[str, Any] = {}
            if with_pending:
                changes.update({c.attr: typed(c) for c in pending})
            changes[col.attr] = plan_value
            if self.adjust is not None:
                changes.update(self.adjust(rows[ri], col.attr, plan_value) or {})
            rows[ri] = _with(rows[ri], changes)

        self._committing = True
        cleared: list[Column] = []
        undo = {"label": QCoreApplication.translate("ui.records", "edit {0}, {1} {2}").format(col.label, self.noun, ri + 1),
                "merge_key": f"{self.path}[{ri}].{col.attr}"}
        accepted = False
        try:
            try:
                self.doc.edit(self.path, apply, **undo)
            except ValidationError:
                if not pending:
                    raise
                self.doc.edit(self.path, lambda rows: apply(rows, with_pending=True), **undo)
                cleared = pending
        except ValidationError as exc:
            message = QCoreApplication.translate("ui.records", "{0} {1}, {2}: {3}").format(
                self.noun.capitalize(), ri + 1, col.label, error_text(exc))
            self._errors[(ri, col.attr)] = (value, message, True)
        else:
            accepted = True
            self._errors.pop((ri, col.attr), None)
            for c in cleared:
                self._errors.pop((ri, c.attr), None)
        finally:
            self._committing = False
        self.model.row_changed(ri)  # adjusted fields, computed cells, marks
        self._apply_widths()  # a wider figure may need more room
        self._fit_height()
        self._show_errors()
        self.edited.emit(ri)
        return accepted

    def _show_errors(self) -> None:
        msgs = [e if isinstance(e, str) else e[1] for e in self._errors.values()]
        self.error.setText("\n".join(msgs))
        self.error.setVisible(bool(msgs))

    def add_row(self) -> None:
        try:
            self.doc.edit(self.path, lambda rows: rows + [self.new_row()],
                          label=QCoreApplication.translate("ui.records", "add {0} {1}").format(self.noun, len(self.rows()) + 1))
        except ValidationError as exc:
            self._errors[(-1, "")] = (None, error_text(exc), False)
            self._show_errors()
            return
        self.focus_row(self.table.rowCount() - 1)

    def focus_row(self, row: int, column: int = 0) -> None:
        """Make a cell of ``row`` current and give the table the focus (typing edits it)."""
        if 0 <= row < self.table.rowCount() and self.table.columnCount():
            idx = self.model.index(row, column)
            self.table.setCurrentIndex(idx)
            self.table.scrollTo(idx)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

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
        return [(c.attr, c.label) for c in self.model._cols]

    def refresh(self) -> None:
        """The plan changed: new values (a cheap repaint), or new rows or columns (a reset)."""
        rows, cols = self.rows(), self.columns
        if len(rows) != self.model.rowCount() or [c.attr for c in cols] != [c.attr for c in self.model._cols]:
            self._errors.clear()
            self._show_errors()
            self.rebuild()
            return
        self.model.reload()
        self._apply_widths()
        self._fit_height()

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
        if self.table.rowCount() == 0 or not cols:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        self.open_editor(min(ri, self.table.rowCount() - 1), cols[ci])
        return True
