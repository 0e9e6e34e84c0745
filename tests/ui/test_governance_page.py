"""The governance page: supervision and joint case review as the guide names them, the
committee with its partner tiers, escalation, written policies and the review date."""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
)

from tests.ui.pagetools import cell, named, open_step, pick_cell, type_cell
from wizard.plan import Cadence
from wizard.steps import Step


def pick(combo: QComboBox, text: str) -> None:
    idx = combo.findText(text)
    assert idx >= 0, text
    combo.setCurrentIndex(idx)


def test_meetings_are_labelled_as_in_the_guide_and_judged_live(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.governance)
    titles = [x.text() for x in page.findChildren(QLabel) if x.objectName() == "sectionTitle"]
    assert "Weekly clinical supervision" in titles
    assert "Monthly joint case review (police and behavioral-health leadership)" in titles

    status = page.meeting_status["clinical_supervision"][0]
    assert status.text() == "Not decided yet whether it is held."  # unknown is not "no"
    pick(named(page, "Clinical supervision is held", QComboBox), "No")
    qtbot.waitUntil(lambda: status.text() == "Not held.")
    pick(named(page, "Clinical supervision is held", QComboBox), "Yes")
    qtbot.waitUntil(lambda: status.text() == "Held; how often is not decided yet.")
    pick(named(page, "Clinical supervision: how often", QComboBox), "Monthly")
    qtbot.waitUntil(lambda: "less often than the starter guide" in status.text())
    pick(named(page, "Clinical supervision: how often", QComboBox), "Weekly")
    qtbot.waitUntil(lambda: status.text() == "Held weekly: meets the starter guide.")
    assert status.objectName() == "bannerOk"

    qtbot.keyClicks(named(page, "Clinical supervision: led by", QLineEdit), "Clinical director")
    named(page, "Clinical supervision: participants", QPlainTextEdit).setPlainText("Clinicians\nCase manager")
    named(page, "Clinical supervision: notes", QPlainTextEdit).setPlainText("90 minutes.")

    pick(named(page, "Joint case review is held", QComboBox), "Yes")
    pick(named(page, "Joint case review: how often", QComboBox), "Monthly")
    qtbot.keyClicks(named(page, "Joint case review: led by", QLineEdit), "Deputy chief")
    named(page, "Joint case review: participants", QPlainTextEdit).setPlainText("Deputy chief\nClinical director")
    named(page, "Joint case review: notes", QPlainTextEdit).setPlainText("De-identified.")
    page.flush()
    g = w.doc.plan.governance
    cs, jr = g.clinical_supervision, g.joint_case_review
    assert (cs.held, cs.cadence, cs.lead, cs.participants, cs.notes) == (
        True, Cadence.weekly, "Clinical director", ["Clinicians", "Case manager"], "90 minutes.")
    assert (jr.held, jr.cadence, jr.lead, jr.participants, jr.notes) == (
        True, Cadence.monthly, "Deputy chief", ["Deputy chief", "Clinical director"], "De-identified.")
    qtbot.waitUntil(lambda: page.meeting_status["joint_case_review"][0].text() == "Held monthly: meets the starter guide.")


def test_committee_with_tiers(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.governance)
    assert "Core partners</b>: 0 of 4" in page.tiers.text()
    page.committee.add_button.click()
    t = page.committee
    type_cell(qtbot, t, 0, "name", "Chief Morgan")
    type_cell(qtbot, t, 0, "organization", "City PD")
    kind = cell(qtbot, t, 0, "member_type")
    assert kind.findText("Law-enforcement executive (core)") >= 0
    assert kind.findText("Prosecutor (optional)") >= 0
    assert kind.findText("911 / dispatch manager (operational)") >= 0
    pick(kind, "Law-enforcement executive (core)")
    pick_cell(qtbot, t, 0, "decision_authority", "Yes")
    m = w.doc.plan.governance.committee[0]
    assert (m.name, m.organization, m.member_type, m.decision_authority) == (
        "Chief Morgan", "City PD", "law_enforcement_executive", True)
    qtbot.waitUntil(lambda: "Core partners</b>: 1 of 4" in page.tiers.text())
    assert "missing: Mental-health provider" in page.tiers.text()
    assert "1 of 1 members hold decision authority" in page.tiers.text()

    pick(named(page, "Committee meets", QComboBox), "Quarterly")
    assert w.doc.plan.governance.committee_cadence is Cadence.quarterly


def test_escalation_policies_and_review_date(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.governance)
    named(page, "Escalation, in order", QPlainTextEdit).setPlainText(
        "Officer and clinician\nSergeant and clinical supervisor\nChief and director")
    assert w.doc.plan.governance.escalation_path == [
        "Officer and clinician", "Sergeant and clinical supervisor", "Chief and director"]
    funcs = named(page, "Managing functions with written policies in place", QListWidget)
    assert funcs.count() == len(w.content.catalogs.managing_functions)
    funcs.item(1).setCheckState(Qt.CheckState.Checked)
    assert w.doc.plan.governance.managing_functions == ["call_taking_dispatch"]
    named(page, "Review this plan by", QDateEdit).setDate(QDate(2028, 3, 1))
    assert w.doc.plan.governance.plan_review_date == dt.date(2028, 3, 1)


def test_findings_show_on_the_page_and_go_to_focuses(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.governance)
    qtbot.waitUntil(lambda: "no weekly clinical supervision" in page.findings.text().lower())
    w.go_to(Step.agency)
    w.activateWindow()
    w.go_to(Step.governance, "governance.joint_case_review")
    held = named(page, "Joint case review is held", QComboBox)
    qtbot.waitUntil(held.hasFocus)


def test_governance_survives_back_and_next(make_window, qtbot):
    w = make_window("blank")
    for _ in range(4):  # agency → model → coverage → staffing → governance, with Next
        w.wizard.next()
    assert w.wizard.currentId() == Step.governance
    page = w.pages[Step.governance]
    pick(named(page, "Joint case review is held", QComboBox), "Yes")
    named(page, "Escalation, in order", QPlainTextEdit).setPlainText("Sergeant\nChief")
    w.wizard.next()
    for _ in range(5):
        w.wizard.back()
    assert w.wizard.currentId() == Step.agency
    for _ in range(4):
        w.wizard.next()
    assert w.wizard.currentId() == Step.governance
    assert named(page, "Joint case review is held", QComboBox).currentText() == "Yes"
    assert named(page, "Escalation, in order", QPlainTextEdit).toPlainText() == "Sergeant\nChief"
    assert w.doc.plan.governance.joint_case_review.held
    assert w.doc.plan.governance.escalation_path == ["Sergeant", "Chief"]
