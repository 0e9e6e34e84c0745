"""Edit ▸ Undo / Redo: every kind of change to the plan, named, restored exactly."""

from __future__ import annotations

import pytest
from factories import ready_plan
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.pagetools import named, open_step
from ui import dialogs
from ui.document import describe_edit
from ui.main_window import MainWindow
from ui.records import RecordTable
from wizard import signing
from wizard.steps import Step


def snapshot(w: MainWindow) -> tuple[str, str]:
    """The plan's fingerprint and its whole content (signatures and metadata included)."""
    return signing.fingerprint(w.doc.plan), w.doc.plan.model_dump_json()


def undo_redo_restores(w: MainWindow, before: tuple[str, str], text: str) -> None:
    after = snapshot(w)
    assert after != before, "the change did not change the plan"
    assert w.undo_action.isEnabled()
    assert w.undo_action.text() == f"&Undo {text}"
    w.undo_action.trigger()
    QApplication.processEvents()
    assert snapshot(w) == before
    assert w.redo_action.text() == f"&Redo {text}"
    w.redo_action.trigger()
    QApplication.processEvents()
    assert snapshot(w) == after
    w.undo_action.trigger()
    QApplication.processEvents()
    assert snapshot(w) == before


@pytest.fixture
def ready(make_window) -> MainWindow:
    w = make_window(None)
    w.start_with(ready_plan(), None)
    return w


def test_the_menu_has_undo_and_redo_with_platform_shortcuts(window):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.undo_action in edit.actions() and window.redo_action in edit.actions()
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not window.undo_action.isEnabled()  # a new plan has nothing to undo


def test_typing_in_one_field_is_one_step(window, qtbot):
    w = window
    page = open_step(w, Step.agency)
    before = snapshot(w)
    original = w.doc.plan.agency.name
    name = named(page, "Agency name", QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Harbor City PD")
    page.flush()
    assert w.doc.plan.agency.name == "Harbor City PD"
    assert w.doc.undo_stack.count() == 1  # fourteen keystrokes, one step
    undo_redo_restores(w, before, "edit agency name")
    assert name.text() == original  # the field shows it too
    assert not w.isWindowModified()  # back where the plan started: nothing unsaved


def test_a_row_added_and_a_row_removed(window, qtbot):
    w = window
    page = open_step(w, Step.staffing)
    before = snapshot(w)
    n = len(w.doc.plan.staffing.clinicians)
    named(page, "Add clinician position").click()
    assert len(w.doc.plan.staffing.clinicians) == n + 1
    undo_redo_restores(w, before, f"add clinician position {n + 1}")

    page = open_step(w, Step.funding)
    lines = w.doc.plan.funding.budget_lines
    assert len(lines) >= 4
    table = next(t for t in page.findChildren(RecordTable) if t.path == "funding.budget_lines")
    table.table.setCurrentCell(3, 0)
    before = snapshot(w)
    table.remove_current()
    assert len(w.doc.plan.funding.budget_lines) == len(lines) - 1
    undo_redo_restores(w, before, "remove cost line 4")
    assert table.table.rowCount() == len(lines)  # the table shows the row again


def test_a_grid_paint(window, qtbot):
    w = window
    page = open_step(w, Step.coverage)
    grid = page.grid
    before = snapshot(w)
    where = grid.cell_rect(2, 3).center().toPoint()  # Wednesday 03:00
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=where + QPoint(0, 1))
    painted = [row[:] for row in grid.grid()]
    undo_redo_restores(w, before, "paint the coverage grid")
    assert grid.grid() != painted  # the grid on screen is the plan's again


def test_a_signature(ready, monkeypatch):
    w = ready
    monkeypatch.setattr(dialogs, "confirm_typed_signature", lambda *_a: True)
    page = open_step(w, Step.signoff)
    page.select(0)
    before = snapshot(w)
    page.type_button.click()
    name = w.doc.plan.signoff.signatories[0].name.strip()
    assert w.doc.plan.signoff.signatories[0].signature is not None
    undo_redo_restores(w, before, f"typed signature of {name}")
    assert w.doc.plan.signoff.signatories[0].signature is None


def test_a_new_plan_starts_with_nothing_to_undo(window, qtbot):
    w = window
    page = open_step(w, Step.agency)
    qtbot.keyClicks(named(page, "Agency name", QLineEdit), "x")
    page.flush()
    assert w.undo_action.isEnabled()
    w.doc._set_dirty(False)
    w.new_plan("blank")
    assert not w.undo_action.isEnabled() and w.doc.undo_stack.count() == 0


def test_edits_are_named_after_their_field_and_row():
    assert describe_edit("agency.name") == "edit agency name"
    assert describe_edit("funding.budget_lines[3].fte") == "edit FTE, budget line 4"
    assert describe_edit("staffing.clinicians[0]") == "edit clinician position 1"


def test_undoing_the_first_edit_of_a_signed_charter_shows_it_as_signed_again(make_window, qtbot):
    from tests.wizard.charter.helpers import sign_all

    w = make_window(None)
    plan = sign_all(ready_plan())
    w.start_with(plan, None, amend_on_edit=True)  # as File ▸ Open of a charter does
    before = snapshot(w)
    revision = plan.metadata.revision
    w.doc.set("agency.jurisdiction", "Somewhere else")
    assert w.doc.plan.metadata.revision == revision + 1 and not w.doc.amendment_pending
    undo_redo_restores(w, before, describe_edit("agency.jurisdiction"))
    assert w.doc.plan.metadata.revision == revision and w.doc.amendment_pending
    states = {st.state for st in signing.statuses(w.doc.plan) if st.signatory.name.strip()}
    assert states == {signing.SignatureState.valid}
    assert not w.isWindowModified()
