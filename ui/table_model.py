"""Qt model/view over one list of plan records: the model, its editors and the view.

- :class:`RecordModel` (a ``QAbstractTableModel``): rows are the records of the list,
  columns the table's :class:`~ui.records.Column` s. ``data()`` gives the cell's words
  (``ui.fields``), ``setData()`` hands the value to the table, which writes it through
  ``PlanDocument.edit`` (validation, undo, autosave). A refused value is kept and shown,
  marked, with its reason.
- :class:`RecordDelegate` (a ``QStyledItemDelegate``): the editor of a cell exists only while
  the cell is edited; it commits as the user types, so nothing typed waits for the editor
  to close.
- :class:`RecordView` (a ``QTableView``): Return opens or commits a cell and never reaches
  the wizard; the wheel never edits (it scrolls the page).

Every Qt virtual here is guarded: an exception escaping one corrupts PySide.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.binding import set_invalid
from ui.fields import KINDS, get_attr

log = logging.getLogger(__name__)

INVALID_BACKGROUND = QColor("#fde3e1")
COMPUTED_BACKGROUND = QColor("#eef2f6")
PLACEHOLDER_COLOR = QColor("#5f6b78")
MAX_LINES = 3
"""A cell's text wraps onto this many lines at most (a long list of qualifications ends in "…")."""
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
"""The reason a cell's value was refused ('' when it was not)."""


@dataclass
class Look:
    """How a page wants one cell shown, from the row's values (Column.look)."""

    text: str | None = None
    """Words shown instead of the value (a computed cost, a signature's state)."""
    tooltip: str | None = None
    description: str | None = None
    """Said by a screen reader after the cell's name."""
    foreground: str | None = None
    background: str | None = None
    bold: bool = False
    italic: bool = False
    editable: bool = True
    enabled: bool = True
    invalid: bool = False
    """Marked as needing an answer (a rule the page knows, not the model's validation)."""
    placeholder: str | None = None
    """Shown, grey, while the cell is empty (and in its editor)."""



NO_LOOK = Look()


class RecordSource(Protocol):
    """What the model needs from its table (ui.records.RecordTable)."""

    noun: str

    @property
    def columns(self) -> list: ...

    def rows(self) -> list: ...

    def value(self, ri: int, col: Any) -> Any: ...

    def spec(self, col: Any) -> Any: ...

    def pending(self, ri: int, attr: str) -> tuple[Any, str] | None: ...

    def commit(self, ri: int, col: Any, value: Any) -> bool: ...

    def refuse(self, ri: int, col: Any, typed: Any, message: str) -> None: ...

    def revert(self, ri: int, col: Any, value: Any) -> None: ...

    def font(self) -> QFont: ...


class RecordModel(QAbstractTableModel):
    def __init__(self, table: RecordSource):
        super().__init__(table)  # type: ignore[arg-type]  (the table is a QWidget)
        self.table = table
        self._cols = table.columns
        self._specs = [table.spec(c) for c in self._cols]
        self._n = len(table.rows())
        self._rows: list | None = None
        self._cells: dict[tuple[int, int], tuple[Any, Look, str]] = {}
        """(row, column) → (value, look, words): Qt asks for a cell's roles many times a paint."""

    # --- shape -----------------------------------------------------------------

    def reload(self) -> None:
        """After a change of the plan: a reset when rows or columns changed, else new values."""
        cols = self.table.columns
        n = len(self.table.rows())
        if n != self._n or [c.attr for c in cols] != [c.attr for c in self._cols]:
            self.beginResetModel()
            self.forget(-1)
            self._cols, self._n = cols, n
            self._specs = [self.table.spec(c) for c in cols]
            self.endResetModel()
            return
        relabel = [c.label for c in cols] != [c.label for c in self._cols]
        self._cols = cols
        self._specs = [self.table.spec(c) for c in cols]
        if relabel and cols:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(cols) - 1)
        self.row_changed(-1)

    def forget(self, ri: int) -> None:
        """What was worked out for a row's cells (all rows with -1) is out of date."""
        self._rows = None
        if ri < 0:
            self._cells.clear()
        else:
            for key in [k for k in self._cells if k[0] == ri]:
                del self._cells[key]

    def row_changed(self, ri: int) -> None:
        """Repaint one row (or all with -1)."""
        self.forget(ri)
        if not self._n or not self._cols:
            return
        top, bottom = (0, self._n - 1) if ri < 0 else (ri, ri)
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, len(self._cols) - 1))

    def column(self, ci: int):
        return self._cols[ci]

    def spec(self, ci: int):
        return self._specs[ci]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._n

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cols)

    # --- reading ---------------------------------------------------------------

    def row_name(self, ri: int) -> str:
        return f"{self.table.noun} {ri + 1}"

    def cell_name(self, ri: int, ci: int) -> str:
        """'FTE of clinician 1': what a screen reader calls the cell."""
        return QCoreApplication.translate("ui.table_model", "{0} of {1}").format(self._cols[ci].label, self.row_name(ri))

    def _cell(self, ri: int, ci: int) -> tuple[Any, Look, str]:
        key = (ri, ci)
        found = self._cells.get(key)
        if found is None:
            if self._rows is None:
                self._rows = self.table.rows()
            col = self._cols[ci]
            row = self._rows[ri] if 0 <= ri < len(self._rows) else None
            plan_value = None if row is None else get_attr(row, col.attr)
            pending = self.table.pending(ri, col.attr)
            if pending is not None:
                value = pending[0]
            else:
                value = col.to_cell(plan_value) if col.to_cell is not None else plan_value
            look = (col.look(row, plan_value) if col.look is not None and row is not None else None) or NO_LOOK
            if look.text is not None and pending is None:
                text = look.text
            else:
                text = KINDS[col.kind].display(self._specs[ci], value)
            found = self._cells[key] = (value, look, text)
        return found

    def value(self, ri: int, ci: int) -> Any:
        """What the cell holds: the value the user typed if it was refused, else the plan's."""
        return self._cell(ri, ci)[0]

    def look(self, ri: int, ci: int) -> Look:
        return self._cell(ri, ci)[1]

    def text(self, ri: int, ci: int) -> str:
        """The words the cell shows."""
        return self._cell(ri, ci)[2]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            return self._data(index, role)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table cell %s,%s", index.row(), index.column())
            return None

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._n and 0 <= index.column() < len(self._cols)):
            return None
        ri, ci = index.row(), index.column()
        col = self._cols[ci]
        R = Qt.ItemDataRole
        if role == R.DisplayRole:
            if col.kind == "bool":
                return None
            text = self.text(ri, ci)
            if not text:
                look = self.look(ri, ci)
                if look.placeholder:
                    return look.placeholder
                if col.kind == "multi":
                    return QCoreApplication.translate("ui.table_model", "Choose…")
                if col.kind == "date":
                    return QCoreApplication.translate("ui.table_model", "No date")
            return text
        if role == R.EditRole:
            return self.value(ri, ci)
        if role == R.CheckStateRole:
            if col.kind != "bool":
                return None
            return Qt.CheckState.Checked if self.value(ri, ci) else Qt.CheckState.Unchecked
        if role == ERROR_ROLE:
            p = self.table.pending(ri, col.attr)
            return p[1] if p is not None else ""
        if role == R.ToolTipRole:
            p = self.table.pending(ri, col.attr)
            if p is not None:
                return p[1]
            look = self.look(ri, ci)
            tip = look.tooltip or col.help or ""
            text = self.text(ri, ci) if col.kind in ("text", "list", "multi", "combo") else ""
            if len(text) > 24:  # it may end in "…" in the cell: the whole of it here
                tip = f"{text}\n\n{tip}" if tip else text
            return tip or None
        if role == R.AccessibleTextRole:
            text = self.text(ri, ci)
            if col.kind == "bool":
                text = QCoreApplication.translate("ui.table_model", "ticked") if self.value(ri, ci) else QCoreApplication.translate("ui.table_model", "not ticked")
            name = self.cell_name(ri, ci)
            return QCoreApplication.translate("ui.table_model", "{0}: {1}").format(name, text) if text else name
        if role == R.AccessibleDescriptionRole:
            p = self.table.pending(ri, col.attr)
            look = self.look(ri, ci)
            return (p[1] if p is not None else "") or look.description or col.help or ""
        if role == R.BackgroundRole:
            look = self.look(ri, ci)
            if self.table.pending(ri, col.attr) is not None or look.invalid:
                return QBrush(INVALID_BACKGROUND)
            if look.background:
                return QBrush(QColor(look.background))
            if not look.editable and col.kind != "view":
                return QBrush(COMPUTED_BACKGROUND)
            return None
        if role == R.ForegroundRole:
            look = self.look(ri, ci)
            if look.foreground:
                return QBrush(QColor(look.foreground))
            if not self.text(ri, ci) and col.kind != "bool":
                return QBrush(PLACEHOLDER_COLOR)
            return None
        if role == R.FontRole:
            look = self.look(ri, ci)
            if look.bold or look.italic or not look.editable and col.kind != "view":
                f = QFont(self.table.font())
                f.setBold(look.bold)
                f.setItalic(look.italic or not look.editable and col.kind != "view")
                return f
            return None
        if role == R.TextAlignmentRole:
            if col.kind in ("int", "float", "money", "percent"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col.kind == "bool":
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        try:
            if orientation == Qt.Orientation.Horizontal:
                if not 0 <= section < len(self._cols):
                    return None
                col = self._cols[section]
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                    return col.label
                if role == Qt.ItemDataRole.ToolTipRole:
                    return col.help or None
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                return self.row_name(section)
            return None
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table header %s", section)
            return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        try:
            if not index.isValid() or not (0 <= index.row() < self._n and 0 <= index.column() < len(self._cols)):
                return Qt.ItemFlag.NoItemFlags
            col = self._cols[index.column()]
            look = self.look(index.row(), index.column())
            F = Qt.ItemFlag
            flags = F.ItemIsSelectable
            if look.enabled:
                flags |= F.ItemIsEnabled
            if col.kind == "view" or not look.editable or not look.enabled:
                return flags
            if col.kind == "bool":
                return flags | F.ItemIsUserCheckable
            return flags | F.ItemIsEditable
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table flags")
            return Qt.ItemFlag.NoItemFlags

    # --- writing ---------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        try:
            if not index.isValid():
                return False
            ri, ci = index.row(), index.column()
            col = self._cols[ci]
            if role == Qt.ItemDataRole.CheckStateRole and col.kind == "bool":
                value = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            elif role != Qt.ItemDataRole.EditRole:
                return False
            accepted = self.table.commit(ri, col, value)
            self.dataChanged.emit(index, index)
            return accepted
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table edit")
            return False


class RecordDelegate(QStyledItemDelegate):
    """Creates, fills and reads a cell's editor with the field kinds of ``ui.fields``."""

    def __init__(self, model: RecordModel, parent: QObject | None = None):
        super().__init__(parent)
        self.model = model
        self._opened: dict[int, tuple[QPersistentModelIndex, Any]] = {}
        """Open editor → its cell and the value it had when opened (Esc puts it back)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: N802
        try:
            ci, ri = index.column(), index.row()
            col, spec = self.model.column(ci), self.model.spec(ci)
            kind = KINDS[col.kind]
            w = kind.create(spec, parent)
            w.setAccessibleName(self.model.cell_name(ri, ci))
            if col.help:
                w.setToolTip(col.help)
            look = self.model.look(ri, ci)
            if look.placeholder and hasattr(w, "setPlaceholderText"):
                w.setPlaceholderText(look.placeholder)
            if hasattr(w, "setFrame"):
                w.setFrame(False)
            w.setAutoFillBackground(True)
            kind.write(w, spec, self.model.value(index.row(), index.column()))  # not through QVariant: a date would come back a QDate
            for sig in kind.changed(w):  # committed as the user types: nothing waits for Return
                sig.connect(lambda *_a, w=w: self._commit(w))
            self._mark(w, index)
            self._opened[id(w)] = (QPersistentModelIndex(index), self.model.value(ri, ci))
            return w
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("cell editor")
            return None  # type: ignore[return-value]

    row_min = 0
    """The least height of a row (the table sets it from its font)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        try:
            hint = super().sizeHint(option, index)
            most = option.fontMetrics.lineSpacing() * MAX_LINES + 8  # then "…"; the whole text is in the tooltip
            return QSize(hint.width(), max(min(hint.height() + 8, most), self.row_min))
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            return QSize(60, self.row_min or 30)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        try:
            editor.setProperty("closed", True)  # a late signal (a fix-up on focus out) commits nothing
            self._opened.pop(id(editor), None)
            super().destroyEditor(editor, index)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("cell editor close")

    def _commit(self, w: QWidget) -> None:
        try:
            if w.property("closed"):
                return
            self.commitData.emit(w)
        except RuntimeError:  # the editor went away
            pass

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        try:
            col, spec = self.model.column(index.column()), self.model.spec(index.column())
            kind = KINDS[col.kind]
            value = self.model.value(index.row(), index.column())  # not through QVariant
            try:
                same = kind.read(editor, spec) == value
            except ValueError:
                same = False
            if not same:
                blocked = editor.blockSignals(True)
                try:
                    kind.write(editor, spec, value)
                finally:
                    editor.blockSignals(blocked)
            self._mark(editor, index)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("cell editor data")

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        try:
            col, spec = self.model.column(index.column()), self.model.spec(index.column())
            try:
                value = KINDS[col.kind].read(editor, spec)
            except ValueError as exc:  # over the field's limit: said, and kept on screen
                self.model.table.refuse(index.row(), col, editor_value(editor), str(exc))
                self.model.row_changed(index.row())
            else:
                model.setData(index, value, Qt.ItemDataRole.EditRole)
            self._mark(editor, index)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("cell commit")

    def _revert(self, editor: QObject) -> None:
        idx, original = self._opened[id(editor)]
        if not idx.isValid():
            return
        ri, ci = idx.row(), idx.column()
        if not _same(self.model.value(ri, ci), original) or self.model.table.pending(ri, self.model.column(ci).attr):
            editor.setProperty("closed", True)  # nothing more from it
            self.model.table.revert(ri, self.model.column(ci), original)

    def _mark(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        message = index.data(ERROR_ROLE) or ""
        set_invalid(editor, bool(message) or self.model.look(index.row(), index.column()).invalid)
        if message:
            editor.setToolTip(message)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        try:
            if event.type() == QEvent.Type.Wheel:  # the wheel never edits: the page scrolls
                event.ignore()
                return True
            if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                    and id(obj) in self._opened):
                self._revert(obj)  # Esc: the cell as it was when it was opened (one undo step less)
            return super().eventFilter(obj, event)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("cell editor event")
            return False


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001
        return False


def editor_value(editor: QWidget) -> Any:
    """What a spin box shows, for a refused value that must stay on screen."""
    value = getattr(editor, "value", None)
    return value() if callable(value) else None


class RecordView(QTableView):
    """The table: keyboard like a spreadsheet (arrows move, F2, Return or typing edits,
    Tab leaves), Return never reaches the wizard, the wheel only scrolls."""

    currentCellChanged = Signal(int, int, int, int)  # noqa: N815 (QTableWidget's name)
    """Current row, column, previous row, previous column (as QTableWidget)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed
                             | triggers.SelectedClicked)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        try:
            super().currentChanged(current, previous)
            self.currentCellChanged.emit(current.row(), current.column(), previous.row(), previous.column())
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table current cell")

    def currentRow(self) -> int:  # noqa: N802 (QTableWidget's name)
        return self.currentIndex().row()

    def currentColumn(self) -> int:  # noqa: N802 (QTableWidget's name)
        return self.currentIndex().column()

    def rowCount(self) -> int:  # noqa: N802 (QTableWidget's name)
        model = self.model()
        return model.rowCount() if model is not None else 0

    def columnCount(self) -> int:  # noqa: N802 (QTableWidget's name)
        model = self.model()
        return model.columnCount() if model is not None else 0

    def setCurrentCell(self, row: int, column: int) -> None:  # noqa: N802 (QTableWidget's name)
        model = self.model()
        if model is not None:
            self.setCurrentIndex(model.index(row, column))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        try:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                # Return opens the current cell's editor; in an open editor it commits (the
                # delegate). It never goes on to the wizard's Next.
                idx = self.currentIndex()
                if idx.isValid() and self.state() != QAbstractItemView.State.EditingState:
                    self.edit(idx)
                event.accept()
                return
            super().keyPressEvent(event)
        except Exception:  # noqa: BLE001 - never out of a Qt virtual
            log.exception("table key")


__all__ = ["ERROR_ROLE", "Look", "RecordDelegate", "RecordModel", "RecordView"]

