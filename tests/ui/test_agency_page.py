"""The agency page, by keyboard and mouse: program and agency fields, the patrol pattern
that may be unknown, and its three tables (partners, agencies served, history)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit

from tests.ui.pagetools import (
    cell,
    cell_text,
    choose,
    index,
    named,
    open_step,
    pick_cell,
    type_cell,
    type_into,
)
from wizard.plan import AgencyType, HistoryKind
from wizard.steps import Step


def test_program_and_agency_fields_write_the_plan(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agency)
    type_into(qtbot, named(page, "Program name", QLineEdit), "Riverton Co-Response Program")
    type_into(qtbot, named(page, "Agency name", QLineEdit), "Riverton Police Department")
    choose(named(page, "Agency type", QComboBox), "Municipal police department")
    type_into(qtbot, named(page, "Sworn officers", QAbstractSpinBox), "85")
    a = w.doc.plan.agency
    assert (w.doc.plan.metadata.program_name, a.name, a.agency_type, a.sworn_officers) == (
        "Riverton Co-Response Program", "Riverton Police Department", AgencyType.municipal_police, 85)
    assert named(page, "Population served", QAbstractSpinBox).text() == "—"  # not known, not 0


def test_an_unknown_patrol_pattern_disables_its_fields(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agency)
    known = named(page, "The patrol shift pattern is known", QCheckBox)
    length = named(page, "Shift length", QAbstractSpinBox)
    if known.isChecked():
        known.click()
    assert w.doc.plan.agency.patrol is None and not length.isEnabled()
    known.click()
    assert w.doc.plan.agency.patrol is not None and length.isEnabled()
    # Two 12-hour shifts: the first change alone breaks the rule that the shifts cover the
    # day; it waits, marked, and goes in with the second, whichever is typed first.
    type_into(qtbot, named(page, "Shifts per day", QAbstractSpinBox), "2")
    assert w.doc.plan.agency.patrol.shifts_per_day == 3
    type_into(qtbot, length, "12")
    patrol = w.doc.plan.agency.patrol
    assert (patrol.shifts_per_day, patrol.shift_length_hours) == (2, 12)


def test_partner_table_by_mouse_and_keyboard(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agency)
    t = page.partners
    qtbot.mouseClick(t.add_button, Qt.MouseButton.LeftButton)
    assert t.model.rowCount() == 1 and t.table.hasFocus()  # the new row is current: typing fills it
    qtbot.keyClicks(t.table, "L")  # typing on the cell opens it
    editor = t.table.indexWidget(index(t, 0, "name"))
    qtbot.keyClicks(editor, "akeview Counseling Center")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab commits and goes on to the next cell's editor
    qtbot.waitUntil(lambda: t.table.indexWidget(index(t, 0, "partner_type")) is not None)
    p = w.doc.plan.agency.partners[0]
    assert p.name == "Lakeview Counseling Center"
    assert cell_text(t, 0, "employs_clinicians") == "Not decided"  # unknown is not "no"
    pick_cell(qtbot, t, 0, "partner_type", "Community mental health center")
    pick_cell(qtbot, t, 0, "employs_clinicians", "Yes")
    type_cell(qtbot, t, 0, "other_agencies_served", "Lakeview Sheriff; Port Clinton PD")
    p = w.doc.plan.agency.partners[0]
    assert (p.partner_type, p.employs_clinicians) == ("community_mental_health_center", True)
    assert p.other_agencies_served == ["Lakeview Sheriff", "Port Clinton PD"]
    assert cell_text(t, 0, "other_agencies_served") == "Lakeview Sheriff; Port Clinton PD"

    undo_text = w.doc.undo_stack.undoText()
    assert undo_text == "edit Other agencies served, partner 1"
    t.table.setFocus()
    qtbot.mouseClick(t.remove_button, Qt.MouseButton.LeftButton)
    assert w.doc.plan.agency.partners == [] and w.doc.undo_stack.undoText() == "remove partner 1"


def test_agencies_served_and_history(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agency)
    page.served.add_button.click()
    type_cell(qtbot, page.served, 0, "name", "Lakeview Sheriff")
    type_cell(qtbot, page.served, 0, "cost_share", "25")
    assert cell_text(page.served, 0, "cost_share") == "25.0 %"
    s = w.doc.plan.agency.served_agencies[0]
    assert (s.name, s.cost_share) == ("Lakeview Sheriff", 0.25)

    page.history.add_button.click()
    type_cell(qtbot, page.history, 0, "when", "2019-06")
    pick_cell(qtbot, page.history, 0, "kind", "Pilot launched")
    type_cell(qtbot, page.history, 0, "description", "Two clinicians, day shift")
    h = w.doc.plan.metadata.history[0]
    assert (str(h.when), h.kind, h.description) == ("2019-06", HistoryKind.pilot_launched, "Two clinicians, day shift")


def test_a_refused_cell_keeps_what_was_typed_with_the_reason_under_the_table(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agency)
    page.history.add_button.click()
    type_cell(qtbot, page.history, 0, "when", "June 2019")
    qtbot.waitUntil(lambda: not page.history.error.isHidden())
    assert page.history.error.text().startswith("Event 1, When (2019, 2019-06): ")
    assert cell_text(page.history, 0, "when") == "June 2019"  # kept, not lost
    assert index(page.history, 0, "when").data(Qt.ItemDataRole.BackgroundRole) is not None  # marked
    assert w.doc.plan.metadata.history[0].when is None
    type_cell(qtbot, page.history, 0, "when", "2019-06")
    assert str(w.doc.plan.metadata.history[0].when) == "2019-06"
    assert page.history.error.isHidden()


def test_review_go_to_opens_the_partner_cell(window, qtbot):
    window.go_to(Step.agency, "agency.partners[0].name")
    page = window.pages[Step.agency]
    qtbot.waitUntil(lambda: (ed := page.partners.table.indexWidget(index(page.partners, 0, "name"))) is not None
                    and ed.hasFocus())
    assert cell(qtbot, page.partners, 0, "name").text() == window.doc.plan.agency.partners[0].name
