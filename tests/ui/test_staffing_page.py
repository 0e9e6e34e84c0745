"""The staffing page: live figures as you type, then every staffing field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
)

from tests.ui.pagetools import cell, cell_text, named, open_step, type_cell, type_into
from wizard.plan import PatrolPattern, RecordSystem, Span, WeeklySchedule
from wizard.steps import Step


def test_figures_update_as_you_type(make_window, qtbot):
    w = make_window("blank")
    # One 8-hour post every day (the guide's worked example): 2,920 h a year.
    w.doc.set("coverage.schedule", WeeklySchedule(**{d: [Span(start=9, end=17)] for d in
                                                     ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}))
    page = open_step(w, Step.staffing)
    qtbot.waitUntil(lambda: page.t_need.value.text() == "1.7")
    assert "56 clinician hours a week" in page.t_need.detail.text()
    assert "2,920 h a year ÷ 1,698" in page.t_need.detail.text()
    assert "Relief factor 1.22" in page.t_need.detail.text()
    assert page.t_have.value.text() == "—"  # no positions yet: not "0"
    assert page.t_have.verdict.text() == "Cannot be judged yet: the clinician positions."
    assert page.t_ratio.verdict.text() == "Cannot be judged yet: the agency's patrol shift pattern."
    # 3 × 8 h patrol shifts from 06:00: 09–17 covers 5 h of 06–14 (0.625 clinician), 3 h of 14–22 (not half)
    w.doc.set("agency.patrol", PatrolPattern())
    qtbot.waitUntil(lambda: page.t_ratio.value.text() == "1.60")
    assert page.t_ratio.verdict.text().startswith("1.6 police shifts per clinician on duty: within the guide")

    # Typing the available hours changes FTE needed at once.
    hours = named(page, "Available hours per FTE", QDoubleSpinBox)
    type_into(qtbot, hours, "1850")
    assert w.doc.plan.staffing.available_hours_per_fte == 1850
    qtbot.waitUntil(lambda: page.t_need.value.text() == "1.6")
    assert "Relief factor 1.12" in page.t_need.detail.text()

    # Add a clinician position: its FTE is not known until typed, then shortfall and margin follow.
    page.clinicians.add_button.click()
    qtbot.waitUntil(lambda: "the FTE of 1 clinician position" in page.t_have.verdict.text())
    type_cell(qtbot, page.clinicians, 0, "fte", "1")
    # 56 h × 365/7 ÷ 1,850 = 1.58 FTE needed; 1.00 planned: 0.58 short
    qtbot.waitUntil(lambda: page.t_have.value.text() == "1")
    assert "needs 1.58 clinician FTE; the plan has 1.00 (0.58 short)" in page.t_have.verdict.text()
    assert page.t_have.verdict.objectName() == "bannerBad"
    type_cell(qtbot, page.clinicians, 0, "fte", "2")
    qtbot.waitUntil(lambda: "0.42 FTE to spare" in page.t_have.verdict.text())
    assert page.t_ratio.value.text() == "1.60"  # the ratio is about the schedule, not the FTE


def test_calls_per_hour_and_utilization(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.staffing)
    qtbot.waitUntil(lambda: page.t_util.value.text() != "—")
    before = page.t_util.verdict.text()
    assert before.startswith("Utilization ")
    minutes = named(page, "Average minutes per call", QDoubleSpinBox)
    type_into(qtbot, minutes, "150")
    assert w.doc.plan.staffing.avg_minutes_per_call == 150
    qtbot.waitUntil(lambda: page.t_util.verdict.text() != before)
    assert "at 150 min a call" in page.t_util.verdict.text()

    w.doc.set("agency.bh_calls_per_year", None)
    qtbot.waitUntil(lambda: page.t_util.value.text() == "—")


def test_every_staffing_field_writes_the_plan(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.staffing)
    quals = named(page, "Required clinician qualifications", QListWidget)
    assert "(starter guide)" in quals.item(0).text()
    quals.item(0).setCheckState(Qt.CheckState.Checked)
    quals.item(1).setCheckState(Qt.CheckState.Checked)
    assert w.doc.plan.staffing.required_qualifications == ["masters_level", "crisis_experience"]

    page.clinicians.add_button.click()
    t = page.clinicians
    title = cell(qtbot, t, 0, "title")
    title.selectAll()
    qtbot.keyClicks(title, "Lead clinician")
    type_cell(qtbot, t, 0, "employer", "County BH")
    type_cell(qtbot, t, 0, "agency_share", "50")
    lic = cell(qtbot, t, 0, "licenses")
    next(a for a in lic.menu().actions() if a.data() == "lcsw").trigger()
    met = cell(qtbot, t, 0, "qualifications_met")
    next(a for a in met.menu().actions() if a.data() == "masters_level").trigger()
    rs = cell(qtbot, t, 0, "record_system")
    rs.setCurrentIndex(rs.findText("Hospital record (EHR)"))
    type_cell(qtbot, t, 0, "fte", "1")
    type_cell(qtbot, t, 0, "notes", "Shared with the sheriff")
    c = w.doc.plan.staffing.clinicians[0]
    assert (c.title, c.employer, c.agency_share) == ("Lead clinician", "County BH", 0.5)
    assert c.licenses == ["lcsw"] and c.qualifications_met == ["masters_level"]
    assert c.record_system is RecordSystem.hospital_ehr and c.notes == "Shared with the sheriff"
    qtbot.waitUntil(lambda: "0.5 FTE for this agency" in page.clinician_total.text())

    named(page, "Peer specialists", QDoubleSpinBox).setValue(0.5)
    named(page, "Dedicated officers", QSpinBox).setValue(2)
    named(page, "Supportive supervisors", QSpinBox).setValue(6)
    page.other_roles.add_button.click()
    role = cell(qtbot, page.other_roles, 0, "role")
    role.selectAll()
    qtbot.keyClicks(role, "Paramedic")
    type_cell(qtbot, page.other_roles, 0, "fte", "0.5")
    type_cell(qtbot, page.other_roles, 0, "employer", "County EMS")

    trained = named(page, "Dispatch is (or will be by launch) trained to identify behavioral-health indicators",
                    QComboBox)
    trained.setCurrentIndex(trained.findText("Yes"))
    named(page, "Dispatchers to train", QSpinBox).setValue(24)
    named(page, "Training hours each", QDoubleSpinBox).setValue(8)
    qtbot.keyClicks(named(page, "Dispatch protocol", QLineEdit), "BH triage")
    named(page, "CIT course length", QDoubleSpinBox).setValue(40)
    named(page, "Officers to train", QSpinBox).setValue(20)
    named(page, "Training plan", QPlainTextEdit).setPlainText("CIT for 20 officers in year one.")
    qtbot.keyClicks(named(page, "Coordinator name", QLineEdit), "Lt. Ortiz")
    qtbot.keyClicks(named(page, "Coordinator employer", QLineEdit), "City PD")
    named(page, "Coordinator FTE", QDoubleSpinBox).setValue(0.25)
    duty = named(page, "Coordination is a collateral duty (in addition to another job)", QComboBox)
    duty.setCurrentIndex(duty.findText("Yes"))
    page.flush()

    st = w.doc.plan.staffing
    assert (st.peer_specialists_fte, st.dedicated_officers, st.supervisors_supportive) == (0.5, 2, 6)
    assert [(r.role, r.fte, r.employer) for r in st.other_roles] == [("Paramedic", 0.5, "County EMS")]
    assert st.dispatch.trained and st.dispatch.dispatchers_to_train == 24
    assert st.dispatch.training_hours == 8 and st.dispatch.protocol_name == "BH triage"
    assert (st.cit_training_hours, st.officers_to_train_cit) == (40, 20)
    assert st.training_plan == "CIT for 20 officers in year one."
    co = st.coordinator
    assert (co.name, co.employer, co.fte, co.collateral_duty) == ("Lt. Ortiz", "City PD", 0.25, True)


def test_new_clinician_starts_with_the_partner_that_employs_clinicians(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.staffing)
    n = len(w.doc.plan.staffing.clinicians)
    page.clinicians.add_button.click()
    assert len(w.doc.plan.staffing.clinicians) == n + 1
    assert w.doc.plan.staffing.clinicians[-1].employer == "Lakeshore Family Counseling Network"


def test_cit_share_after_training(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.staffing)
    qtbot.waitUntil(lambda: "28 officers already CIT-trained + 30 to train = 58 of 152" in page.cit_line.text())
    named(page, "Officers to train", QSpinBox).setValue(10)
    qtbot.waitUntil(lambda: "= 38 of 152 sworn (25%)" in page.cit_line.text())


def test_staffing_survives_back_and_next(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.staffing)
    page.clinicians.add_button.click()
    type_cell(qtbot, page.clinicians, 0, "fte", "0.8")
    named(page, "Available hours per FTE", QDoubleSpinBox).setValue(1800)
    w.wizard.next()
    assert w.wizard.currentId() == Step.governance
    w.wizard.back()
    w.wizard.back()
    assert w.wizard.currentId() == Step.agency
    w.go_to(Step.staffing)
    assert w.wizard.currentId() == Step.staffing
    assert w.doc.plan.staffing.clinicians[0].fte == pytest.approx(0.8)
    assert cell_text(page.clinicians, 0, "fte") == "0.80"
    assert named(page, "Available hours per FTE", QDoubleSpinBox).value() == 1800
    qtbot.waitUntil(lambda: page.t_have.value.text() == "0.8")
    assert isinstance(cell(qtbot, page.clinicians, 0, "record_system"), QComboBox)


def test_the_qualifications_pop_up_stays_open_while_ticking(make_window, qtbot):
    """Issue 14, item 12: the pop-up closed after each tick."""
    from PySide6.QtCore import QPoint

    w = make_window("blank")
    page = open_step(w, Step.staffing)
    page.clinicians.add_button.click()
    met = cell(qtbot, page.clinicians, 0, "qualifications_met")
    menu = met.menu()
    menu.popup(met.mapToGlobal(QPoint(0, met.height())))
    qtbot.waitUntil(menu.isVisible)
    first, second = [a for a in menu.actions() if a.isCheckable()][:2]
    for act in (first, second):
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(act).center())
        assert menu.isVisible(), f"the pop-up closed after ticking {act.text()!r}"
    assert w.doc.plan.staffing.clinicians[0].qualifications_met == [first.data(), second.data()]
    menu.setActiveAction(first)
    qtbot.keyClick(menu, Qt.Key.Key_Space)  # the keyboard unticks, and it stays open too
    assert menu.isVisible() and w.doc.plan.staffing.clinicians[0].qualifications_met == [second.data()]
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
