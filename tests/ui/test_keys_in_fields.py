"""Return in a table cell stays on the step; an empty number takes digits at once
(issue 14, defects 5 and 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from tests.ui.pagetools import click_cell, index, named, open_step
from wizard.steps import Step


def test_return_in_a_table_cell_commits_it_and_stays_on_the_step(window, qtbot):
    page = open_step(window, Step.staffing)
    table = page.clinicians
    view = table.table
    click_cell(qtbot, table, 0, "fte")
    qtbot.keyClick(view, "2")  # typing on a cell starts editing it, over its value
    fte = view.indexWidget(index(table, 0, "fte"))
    assert isinstance(fte, QAbstractSpinBox) and fte.hasFocus()
    qtbot.keyClicks(fte, ".5")  # the next keys go to the editor, which has the focus
    qtbot.keyClick(fte, Qt.Key.Key_Return)
    assert window.current_step() is Step.staffing
    assert window.doc.plan.staffing.clinicians[0].fte == 2.5
    qtbot.waitUntil(lambda: view.indexWidget(index(table, 0, "fte")) is None)  # closed (Qt does it queued)
    assert view.hasFocus()  # the table keeps the focus

    click_cell(qtbot, table, 0, "title")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    title = view.indexWidget(index(table, 0, "title"))
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Lead clinician")
    qtbot.keyClick(title, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window.current_step() is Step.staffing
    assert window.doc.plan.staffing.clinicians[0].title == "Lead clinician"

    qtbot.keyClick(view, Qt.Key.Key_Return)  # on a cell that is not being edited: opens it
    assert window.current_step() is Step.staffing
    assert view.indexWidget(index(table, 0, "title")) is not None


def test_return_in_a_form_field_stays_on_the_step(window, qtbot):
    page = open_step(window, Step.agency)
    spin = named(page, "Shift length", QAbstractSpinBox)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.current_step() is Step.agency


def test_an_empty_optional_number_takes_typed_digits_at_once(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.coverage)
    assert w.doc.plan.coverage.target_response_minutes is None
    spin = named(page, "Target response time", QAbstractSpinBox)
    assert spin.text() == "—"
    spin.setFocus()
    spin.lineEdit().setCursorPosition(len(spin.lineEdit().text()))  # clicked after the dash
    qtbot.keyClicks(spin, "45")
    assert spin.value() == 45
    assert w.doc.plan.coverage.target_response_minutes == 45


def test_escape_in_a_table_cell_puts_back_what_it_had(window, qtbot):
    from tests.ui.pagetools import cell, cell_text

    page = open_step(window, Step.staffing)
    table = page.clinicians
    before = window.doc.plan.model_dump_json()
    shown = cell_text(table, 0, "title")
    steps = window.doc.undo_stack.count()
    editor = cell(qtbot, table, 0, "title")
    editor.selectAll()
    qtbot.keyClicks(editor, "Typed by mistake")
    assert window.doc.plan.staffing.clinicians[0].title == "Typed by mistake"  # committed as typed
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.table.indexWidget(index(table, 0, "title")) is None)
    assert window.doc.plan.model_dump_json() == before
    assert cell_text(table, 0, "title") == shown
    assert window.doc.undo_stack.count() == steps  # nothing left to undo from it
