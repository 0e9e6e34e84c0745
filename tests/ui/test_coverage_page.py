"""The coverage page: the first key decision, on-call cover, dispatch, getting there safely."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPlainTextEdit, QSpinBox

from tests.ui.pagetools import choose, named, open_step
from wizard.plan import Span, VehicleArrangement
from wizard.steps import Step


def pick(combo: QComboBox, text: str) -> None:
    idx = combo.findText(text)
    assert idx >= 0, text
    combo.setCurrentIndex(idx)


def test_all_patrol_shifts_is_a_three_way_answer_with_its_finding(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.coverage)
    combo = named(page, "Will the program operate during all patrol shifts?", QComboBox)
    assert combo.currentText() == "No"
    pick(combo, "Not decided yet")
    assert w.doc.plan.coverage.all_patrol_shifts is None
    pick(combo, "Yes")
    assert w.doc.plan.coverage.all_patrol_shifts is True
    # Yes, but clinicians cover only part of patrol's week: the finding shows under the grid.
    qtbot.waitUntil(lambda: page.schedule_findings.isVisible())
    assert "all patrol shifts" in page.schedule_findings.text()
    assert "102 hours a week short" in page.schedule_findings.text()


def test_on_call_dispatch_and_safety_fields_write_the_plan(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.coverage)
    available = named(page, "On-call cover is available outside program hours", QComboBox)
    who = named(page, "Who is on call")
    assert w.doc.plan.coverage.on_call.available is None and who.isEnabled()  # not decided: may be filled in
    choose(available, "No")
    assert w.doc.plan.coverage.on_call.available is False
    qtbot.waitUntil(lambda: not who.isEnabled())  # nothing to fill in
    choose(available, "Yes")
    assert w.doc.plan.coverage.on_call.available is True
    qtbot.waitUntil(who.isEnabled)
    qtbot.waitUntil(who.isEnabled)
    qtbot.keyClicks(who, "Crisis supervisor")
    qtbot.keyClicks(named(page, "On-call hours"), "20:00-08:00")
    named(page, "On-call response time", QSpinBox).setValue(30)
    choose(named(page, "On-call support is by phone only", QComboBox), "Yes")
    oc = w.doc.plan.coverage.on_call
    assert (oc.who, oc.hours, oc.response_minutes, oc.by_phone_only) == ("Crisis supervisor", "20:00-08:00", 30, True)

    indicators = named(page, "Behavioral-health indicators that send the team", QListWidget)
    assert indicators.count() == len(w.content.catalogs.dispatch_indicators)
    for i in (0, 4):
        indicators.item(i).setCheckState(Qt.CheckState.Checked)
    assert w.doc.plan.coverage.dispatch_indicators == ["suicidal_statements", "welfare_check"]
    other = named(page, "Other indicators", QPlainTextEdit)
    other.setPlainText("Officer on scene asks\nSchool counselor calls")
    assert w.doc.plan.coverage.custom_indicators == ["Officer on scene asks", "School counselor calls"]
    named(page, "Dispatch protocol", QPlainTextEdit).setPlainText("Call-takers ask three questions.")

    transport = named(page, "Transport", QComboBox)
    pick(transport, "Team's own unmarked vehicle")
    assert w.doc.plan.coverage.vehicle is VehicleArrangement.separate_unmarked
    named(page, "Equipment and vehicle notes", QPlainTextEdit).setPlainText("Radio and vest.")
    named(page, "Scene-safety protocol", QPlainTextEdit).setPlainText("Officer clears the scene first.")
    named(page, "Target response time", QSpinBox).setValue(75)
    page.flush()
    c = w.doc.plan.coverage
    assert c.dispatch_protocol == "Call-takers ask three questions."
    assert c.vehicle_notes == "Radio and vest." and c.safety_protocol == "Officer clears the scene first."
    assert c.target_response_minutes == 75
    # Beyond the one-hour norm: the finding appears beside the field.
    qtbot.waitUntil(lambda: "one-hour norm" in page.response_findings.text())


def test_the_response_norm_comes_from_content(make_window):
    w = make_window("blank")
    page = open_step(w, Step.coverage)
    note = w.content.field_note(Step.coverage, "coverage.target_response_minutes")
    assert "one hour" in note
    labels = [x.text() for x in page.findChildren(QLabel)]
    assert note in labels
    assert named(page, "Target response time", QSpinBox).accessibleDescription() == note


def test_nothing_is_lost_on_back_and_next(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.coverage)
    grid = page.grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(2, 14).center().toPoint())
    named(page, "Scene-safety protocol", QPlainTextEdit).setPlainText("Officer first.")
    named(page, "Target response time", QSpinBox).setValue(20)
    w.wizard.back()
    w.wizard.back()
    assert w.wizard.currentId() == Step.agency
    w.wizard.next()
    w.wizard.next()
    w.wizard.next()
    w.go_to(Step.coverage)
    qtbot.waitUntil(lambda: grid.grid()[2][14] == 1)
    assert w.doc.plan.coverage.schedule.wed == [Span(start=14, end=15)]
    assert named(page, "Scene-safety protocol", QPlainTextEdit).toPlainText() == "Officer first."
    assert named(page, "Target response time", QSpinBox).value() == 20
    assert w.doc.plan.coverage.safety_protocol == "Officer first."


def test_review_finding_focuses_the_grid(make_window, qtbot):
    w = make_window("blank")
    w.doc.set("program_model.primary", "embedded")
    w.go_to(Step.coverage, "coverage.schedule")
    page = w.pages[Step.coverage]
    qtbot.waitUntil(lambda: page.grid.hasFocus() or w.focusWidget() is page.grid)
