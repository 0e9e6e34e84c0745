"""The confidentiality page, driven through its real widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFrame, QLabel, QPlainTextEdit

from tests.ui.pagetools import (
    cell,
    choose,
    index,
    named,
    open_step,
    pick_cell,
    tick_cell,
    type_cell,
)
from wizard.labels import VALUE_LABELS
from wizard.plan import MouStatus, RecordSystem
from wizard.steps import Step


def facts(page) -> list[str]:
    """The catalog facts shown beside the frameworks table, one text per listed framework."""
    return [lab.text() for lab in page._card_labels if not lab.isHidden()]


def combo_pick(combo: QComboBox, text: str) -> None:
    idx = combo.findText(text)
    assert idx >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(idx)


def test_banner_shows_the_charter_text_and_records_the_acknowledgment(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    banner = page.findChild(QFrame, "banner")
    assert banner is not None and banner.isVisible()
    texts = " ".join(lab.text() for lab in banner.findChildren(QLabel))
    assert "must never contain client health information" in texts
    box = named(banner, "We confirm this plan holds no client health information", QCheckBox)
    assert not box.isChecked()
    box.click()
    assert w.doc.plan.confidentiality.no_client_information_acknowledged is True


def test_frameworks_table_names_required_and_catalog_facts_follow_rows(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    page.frameworks.add_button.click()
    assert [f.framework for f in w.doc.plan.confidentiality.frameworks] == ["hipaa"]
    qtbot.waitUntil(lambda: any("covered health-care provider" in t for t in facts(page)))

    pick_cell(qtbot, page.frameworks, 0, "framework", "State mental-health confidentiality law")
    assert w.doc.plan.confidentiality.frameworks[0].framework == "state_law"
    name = cell(qtbot, page.frameworks, 0, "name")
    qtbot.waitUntil(lambda: facts(page) and "Always" in facts(page)[0])
    assert name.placeholderText().startswith("Required")
    assert name.property("invalid") is True
    assert "Name the statute" in facts(page)[0]

    qtbot.keyClicks(name, "Ohio Revised Code 5122.31")
    assert w.doc.plan.confidentiality.frameworks[0].name == "Ohio Revised Code 5122.31"
    qtbot.waitUntil(lambda: not name.property("invalid"))
    qtbot.waitUntil(lambda: "Ohio Revised Code 5122.31" in facts(page)[0])

    # A second row takes the next unused framework; its facts appear beside the first.
    page.frameworks.add_button.click()
    assert w.doc.plan.confidentiality.frameworks[1].framework == "hipaa"
    qtbot.waitUntil(lambda: len(facts(page)) == 2)
    assert cell(qtbot, page.frameworks, 1, "name").placeholderText() == "Optional"
    # Unticking "applies" says so in the facts.
    tick_cell(qtbot, page.frameworks, 1, "applies")
    assert w.doc.plan.confidentiality.frameworks[1].applies is False
    qtbot.waitUntil(lambda: "not applying" in facts(page)[1])


def test_part2_needs_a_consent_process(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    assert not page.part2_banner.isVisible()
    page.frameworks.add_button.click()
    pick_cell(qtbot, page.frameworks, 0, "framework", "42 CFR Part 2 (substance use disorder records)")
    qtbot.waitUntil(lambda: page.part2_banner.isVisible())
    assert page.part2_banner.objectName() == "bannerBad"
    assert "Part 2 consent is needed" in page.part2_banner.text()
    assert "written consent meeting Part 2" in page.part2_banner.text()  # from the catalog

    consent = named(page, "Consent process", QPlainTextEdit)
    consent.setFocus()
    qtbot.keyClicks(consent, "Separate written Part 2 consent with the redisclosure notice.")
    qtbot.waitUntil(lambda: w.doc.plan.confidentiality.consent_process.startswith("Separate written"))
    qtbot.waitUntil(lambda: page.part2_banner.objectName() == "banner")
    assert page.part2_banner.isVisible()

    tick_cell(qtbot, page.frameworks, 0, "applies")  # Part 2 no longer applies
    qtbot.waitUntil(lambda: not page.part2_banner.isVisible())


def test_mou_fields_and_date_rule(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    combo_pick(named(page, "MOU status", QComboBox), "Signed")
    assert w.doc.plan.confidentiality.mou.status is MouStatus.signed
    parties = named(page, "Parties to the MOU", QPlainTextEdit)
    parties.setPlainText("Riverton Police Department\nRiverton Counseling")
    assert w.doc.plan.confidentiality.mou.parties == ["Riverton Police Department", "Riverton Counseling"]
    named(page, "Signed on", QDateEdit).setDate(QDate(2026, 7, 1))
    renewal = named(page, "Renewal due", QDateEdit)
    renewal.setDate(QDate(2026, 1, 1))  # before the signing date: refused, kept on screen
    assert w.doc.plan.confidentiality.mou.renewal_date is None
    assert renewal.property("invalid") is True
    renewal.setDate(QDate(2029, 7, 1))
    assert w.doc.plan.confidentiality.mou.renewal_date == dt.date(2029, 7, 1)
    covers = named(page, "The MOU covers data and information sharing", QComboBox)
    assert w.doc.plan.confidentiality.mou.covers_data_sharing is None and covers.currentText() == "Not decided yet"
    choose(covers, "Yes")
    assert w.doc.plan.confidentiality.mou.covers_data_sharing is True
    choose(covers, "No")
    assert w.doc.plan.confidentiality.mou.covers_data_sharing is False


def test_documentation_matrix_uses_readable_system_names(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    page.documentation.add_button.click()
    system = cell(qtbot, page.documentation, 0, "system")
    offered = [system.itemText(i) for i in range(system.count())]
    assert offered == ["Not decided", *(VALUE_LABELS[RecordSystem][s.value] for s in RecordSystem)]
    assert "Behavioral-health record (EHR)" in offered and "Dispatch (CAD)" in offered
    combo_pick(system, "Police records (RMS)")
    type_cell(qtbot, page.documentation, 0, "party", "Patrol officers")
    type_cell(qtbot, page.documentation, 0, "records", "Incident report, no clinical detail")
    type_cell(qtbot, page.documentation, 0, "system_name", "City RMS")
    type_cell(qtbot, page.documentation, 0, "who_can_see", "Police staff")
    type_cell(qtbot, page.documentation, 0, "retention", "City schedule")
    row = w.doc.plan.confidentiality.documentation[0]
    assert (row.party, row.system, row.system_name, row.who_can_see, row.retention) == (
        "Patrol officers", RecordSystem.rms, "City RMS", "Police staff", "City schedule")
    assert row.records == "Incident report, no clinical detail"


def test_every_field_survives_next_and_back(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.confidentiality)
    for label, text in (("What clinicians may share with officers", "Safety-relevant observations only."),
                        ("Consent process", "Verbal on scene, written release at follow-up."),
                        ("Access controls", "Named users only."),
                        ("Retention", "Seven years in the EHR.")):
        box = named(page, label, QPlainTextEdit)
        box.setFocus()
        qtbot.keyClicks(box, text)
    w.wizard.next()  # straight away: text waiting for its typing pause must not be lost
    assert w.current_step() is Step.data
    qtbot.waitUntil(lambda: w.doc.plan.confidentiality.retention == "Seven years in the EHR.")
    w.wizard.back()
    assert w.current_step() is Step.confidentiality
    c = w.doc.plan.confidentiality
    assert c.clinician_may_share == "Safety-relevant observations only."
    assert c.consent_process == "Verbal on scene, written release at follow-up."
    assert c.access_controls == "Named users only."
    assert named(page, "Access controls", QPlainTextEdit).toPlainText() == "Named users only."


def test_review_go_to_focuses_the_framework_name(window, qtbot):
    plan = window.doc.plan
    assert plan.confidentiality.frameworks[3].framework == "state_law"
    window.go_to(Step.confidentiality, "confidentiality.frameworks[3].name")
    page = window.pages[Step.confidentiality]
    qtbot.waitUntil(lambda: page.frameworks.table.currentRow() == 3)
    editor = page.frameworks.table.indexWidget(index(page.frameworks, 3, "name"))
    assert editor is not None and editor.hasFocus()  # the cursor is in the cell, ready to type
