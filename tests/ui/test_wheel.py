"""The mouse wheel never changes a field that does not have the focus (issue 14, defect 3).

Scrolling a page over a number, a choice or a date scrolls the page; the field's
value and the plan stay as they were.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from tests.ui.pagetools import cell, cell_text, index, named, open_step
from wizard import signing
from wizard.steps import Step


def wheel_at(widget: QWidget, at: QPoint, notches: int = -3) -> None:
    """Turn the wheel over the point ``at`` of ``widget`` (see wheel)."""
    target: QWidget | None = widget
    while target is not None:
        pos = QPointF(at if target is widget else target.mapFrom(widget, at))
        glob = QPointF(target.mapToGlobal(pos.toPoint()))
        ev = QWheelEvent(pos, glob, QPoint(0, 0), QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                         Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        ev.setAccepted(True)
        handled = QApplication.sendEvent(target, ev)
        if handled and ev.isAccepted() or target.isWindow():  # as QApplication::notify decides
            return
        target = target.parentWidget()


def wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user, scroll down).

    A real wheel event (spontaneous) that a widget ignores goes on to its parents;
    one sent from code does not, so this does what QApplication does for a real one: on to
    the parent unless the widget handled it and accepted it."""
    wheel_at(widget, QPoint(widget.width() // 2, widget.height() // 2), notches)


def test_the_wheel_scrolls_the_page_over_an_unfocused_number(window, qtbot):
    page = open_step(window, Step.agency)
    window.resize(1280, 600)  # short enough that the page scrolls
    QApplication.processEvents()
    spin = named(page, "Shift length", QAbstractSpinBox)
    before_value, before_fp = spin.value(), signing.fingerprint(window.doc.plan)
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    page.setFocus()
    assert not spin.hasFocus()
    wheel(spin)
    assert spin.value() == before_value
    assert signing.fingerprint(window.doc.plan) == before_fp
    assert bar.value() > 0  # the page scrolled instead
    assert not spin.hasFocus()  # the wheel does not take the focus either

    spin.setFocus()  # once focused (a click or Tab), the wheel is the user's choice
    assert spin.hasFocus()
    wheel(spin, -1)
    assert spin.value() != before_value


def test_the_wheel_leaves_table_cells_alone(window, qtbot):
    """Over a table the wheel scrolls: a cell shows text, no editor is under the wheel; and
    over an open editor (a cell being typed in) the wheel still changes nothing."""
    page = open_step(window, Step.staffing)
    window.resize(1280, 600)
    QApplication.processEvents()
    table = page.clinicians
    view = table.table
    before = signing.fingerprint(window.doc.plan)
    shown = cell_text(table, 0, "fte"), cell_text(table, 0, "record_system")
    bar = page.scroll.verticalScrollBar()
    bar.setValue(0)
    page.setFocus()
    for attr in ("fte", "record_system"):
        idx = index(table, 0, attr)
        view.scrollTo(idx)
        assert view.indexWidget(idx) is None
        wheel_at(view.viewport(), view.visualRect(idx).center())
    assert (cell_text(table, 0, "fte"), cell_text(table, 0, "record_system")) == shown
    assert signing.fingerprint(window.doc.plan) == before
    assert bar.value() > 0  # the page scrolled instead

    for attr in ("fte", "record_system"):
        editor = cell(qtbot, table, 0, attr)
        assert editor.hasFocus()
        wheel(editor)
        wheel(editor, 3)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert (cell_text(table, 0, "fte"), cell_text(table, 0, "record_system")) == shown
    assert signing.fingerprint(window.doc.plan) == before


def test_no_field_on_any_page_takes_the_focus_from_the_wheel(window):
    for step in Step:
        page = open_step(window, step)
        for w in page.findChildren(QWidget):
            if isinstance(w, QAbstractSpinBox | QComboBox):
                assert w.focusPolicy() != Qt.FocusPolicy.WheelFocus, (step.name, w.accessibleName())
