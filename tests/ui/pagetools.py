"""Small helpers for page tests: find a page's widgets the way a screen reader does."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.main_window import MainWindow
from wizard.steps import Step


def open_step(w: MainWindow, step: Step):
    """Go to ``step`` in an active window (focus and key events need one)."""
    w.activateWindow()
    w.go_to(step)
    QApplication.processEvents()
    page = w.pages[step]
    page.ensure_built()
    return page


def named(parent: QWidget, name: str, cls: type = QWidget):
    """The one widget of ``cls`` under ``parent`` whose accessible name is ``name``."""
    hits = [x for x in parent.findChildren(cls) if x.accessibleName() == name]
    if len(hits) > 1:  # the one on screen (a page may keep a hidden copy)
        hits = [x for x in hits if x.isVisibleTo(parent)]
    assert hits, f"no {cls.__name__} named {name!r}"
    assert len(hits) == 1, f"{len(hits)} widgets named {name!r}"
    return hits[0]


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus a field, select what it shows and type ``text`` over it, as a user does."""
    widget.setFocus()
    line = widget.lineEdit() if isinstance(widget, QAbstractSpinBox | QComboBox) else widget
    if isinstance(line, QLineEdit):
        line.selectAll()
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def enter(qtbot, widget: QWidget, text: str) -> None:
    """:func:`type_into` then Return, and let the field commit and the page repaint."""
    type_into(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()
    QApplication.processEvents()


def index(table, row: int, attr: str) -> QModelIndex:
    """The model index of one RecordTable cell."""
    return table.index(row, attr)


def cell_text(table, row: int, attr: str) -> str:
    """The words one RecordTable cell shows."""
    return index(table, row, attr).data(Qt.ItemDataRole.DisplayRole) or ""


def click_cell(qtbot, table, row: int, attr: str, double: bool = False) -> QModelIndex:
    """Click (or double-click) the middle of a cell, as the mouse does."""
    view = table.table
    idx = index(table, row, attr)
    view.scrollTo(idx)
    pos = view.visualRect(idx).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:  # QTest sends the second click's double-click event alone
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    return idx


def cell(qtbot, table, row: int, attr: str, how: str = "mouse") -> QWidget:
    """Open the editor of one RecordTable cell by double-click (``how="mouse"``) or by
    clicking it and pressing F2 (``"keyboard"``); the editor, which has the focus."""
    view = table.table
    view.window().activateWindow()
    if how == "mouse":
        idx = click_cell(qtbot, table, row, attr, double=True)
    else:
        idx = click_cell(qtbot, table, row, attr)
        qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(idx)
    assert editor is not None, f"no editor opened for {attr} of row {row + 1}"
    return editor


def type_cell(qtbot, table, row: int, attr: str, text: str, commit: bool = True) -> QWidget:
    """Open a cell's editor, type ``text`` over its value and (``commit``) press Return."""
    editor = cell(qtbot, table, row, attr)
    type_into(qtbot, editor, text)
    if commit:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def pick_cell(qtbot, table, row: int, attr: str, text: str) -> None:
    """Open a choice cell's editor, pick ``text`` and press Return."""
    editor = cell(qtbot, table, row, attr)
    choose(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def tick_cell(qtbot, table, row: int, attr: str) -> None:
    """Toggle a tick cell: click it, then Space."""
    click_cell(qtbot, table, row, attr)
    qtbot.keyClick(table.table, Qt.Key.Key_Space)


def tick_in_menu(qtbot, table, row: int, attr: str, *labels: str) -> None:
    """Open a multi-choice cell and toggle the items ``labels`` in its menu."""
    editor = cell(qtbot, table, row, attr)
    acts = {a.text(): a for a in editor.menu().actions()}
    for label in labels:
        assert label in acts, f"{label!r} not offered: {list(acts)}"
        acts[label].trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def is_checked(table, row: int, attr: str) -> bool:
    return index(table, row, attr).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def is_editable(table, row: int, attr: str) -> bool:
    return bool(index(table, row, attr).flags() & Qt.ItemFlag.ItemIsEditable)


def choose(combo, text: str) -> None:
    """Pick the item ``text`` of a combo box (a three-state yes/no, a status), as a user would."""
    idx = combo.findText(text)
    assert idx >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(idx)
