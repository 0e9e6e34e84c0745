"""Return in a table cell stays on the step; an empty number takes digits at once
(issue 14, defects 5 and 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from tests.ui.pagetools import cell, named, open_step
from wizard.steps import Step


def test_return_in_a_table_cell_commits_it_and_stays_on_the_step(window, qtbot):
    page = open_step(window, Step.staffing)
    fte = cell(page.clinicians, 0, "fte")
    fte.setFocus()
    fte.lineEdit().selectAll()
    qtbot.keyClicks(fte, "2.5")
    qtbot.keyClick(fte, Qt.Key.Key_Return)
    assert window.current_step() is Step.staffing
    assert window.doc.plan.staffing.clinicians[0].fte == 2.5

    title = cell(page.clinicians, 0, "title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Lead clinician")
    qtbot.keyClick(title, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window.current_step() is Step.staffing
    assert window.doc.plan.staffing.clinicians[0].title == "Lead clinician"


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
