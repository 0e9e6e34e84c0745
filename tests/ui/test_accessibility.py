"""Every input on every page has an accessible name and can be reached with Tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from wizard.steps import Step

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QListWidget,
          QTableView)


def inputs(page: QWidget) -> list[QWidget]:
    out = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(page) or not w.isEnabled():
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or editable combo
        if isinstance(w, QAbstractButton) and w.objectName().startswith("qt_"):
            continue  # Qt's own scroll-bar and header buttons
        if isinstance(w, (QTextEdit, QPlainTextEdit, QLineEdit, QAbstractSpinBox)) and w.isReadOnly():
            continue  # computed figures shown in an input's frame (e.g. personnel cost per year)
        out.append(w)
    return out


def name_of(w: QWidget) -> str:
    return w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")


@pytest.mark.parametrize("preset", ["blank", "large-city"])
def test_every_input_is_named(make_window, preset):
    w = make_window(preset)
    missing = []
    for step in Step:
        w.go_to(step)
        page = w.pages[step]
        for x in inputs(page):
            if not name_of(x).replace("&", "").strip():
                missing.append(f"{step.name}: {type(x).__name__} {x.objectName()!r}")
    assert not missing, missing


def test_tab_reaches_every_input(make_window, qtbot):
    """Press Tab, as a keyboard user does, until every input of the page has had focus."""
    w = make_window("mid-city")
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    for step in Step:
        w.go_to(step)
        page = w.pages[step]
        wanted = set(inputs(page))  # a table is one stop; its cells are reached with the arrow keys
        page.scroll.setFocus(Qt.FocusReason.TabFocusReason)
        seen: set[QWidget] = set()
        for _ in range(len(wanted) * 4 + 100):  # date edits take a Tab per section
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            seen.add(QApplication.focusWidget())
            if wanted <= seen:
                break
        # (a button that moving through the page disabled, e.g. one that applies to the
        # selected row only, is not a miss)
        unreachable = sorted(f"{type(u).__name__} {name_of(u)!r}" for u in wanted - seen
                             if u.isEnabled() and u.isVisibleTo(page)
                             and (not isinstance(u, QAbstractButton) or u.focusPolicy() & Qt.FocusPolicy.TabFocus))
        assert not unreachable, (step.name, unreachable)


@pytest.mark.parametrize("preset", ["blank", "large-city"])
def test_every_table_cell_names_its_column_and_row(make_window, preset):
    """What a screen reader is given for each cell (Qt's accessibility interface of the
    table, not our model): "<column> of <row>", then what the cell shows."""
    from PySide6.QtGui import QAccessible

    from ui.records import RecordTable

    w = make_window(preset)
    checked = 0
    for step in Step:
        w.go_to(step)
        page = w.pages[step]
        page.ensure_built()
        for table in page.findChildren(RecordTable):
            model = table.model
            if table.rows() == [] and step.name != "signoff":
                table.add_button.click()  # an empty table has no cells to name
            rows, cols = model.rowCount(), model.columnCount()
            iface = QAccessible.queryAccessibleInterface(table.table)
            assert iface is not None and iface.text(QAccessible.Text.Name) == table.table.accessibleName()
            heads = [iface.child(i) for i in range(iface.childCount())
                     if iface.child(i).role() == QAccessible.Role.ColumnHeader]
            assert [h.text(QAccessible.Text.Name) for h in heads] == [c.label for c in model._cols]
            cells = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())
                     if iface.child(i).role() == QAccessible.Role.Cell]
            assert len(cells) == rows * cols, (step.name, table.noun)
            for r in range(rows):
                for c in range(cols):
                    name = cells[r * cols + c]
                    want = f"{model._cols[c].label} of {table.noun} {r + 1}"
                    assert name == want or name.startswith(want + ": "), (step.name, name, want)
                    assert "[" not in name.split(": ")[0] and "_" not in name.split(": ")[0], name  # no field path
                    checked += 1
    assert checked > 50
