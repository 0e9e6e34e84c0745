"""The data and reporting page, driven through its real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
)

from tests.ui.pagetools import cell, named, open_step, type_cell
from wizard.plan import Cadence, MeasureCategory
from wizard.steps import Step


def measure_box(page, label: str) -> QCheckBox:
    return named(page, f"Measure: {label}", QCheckBox)


def test_measures_are_grouped_and_each_has_a_target(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.data)
    titles = [page.counts[c].text() for c in MeasureCategory]
    assert [t.split(" ")[0] for t in titles] == ["Process", "Output", "Outcome"]
    assert all("0 chosen" in t for t in titles)

    target = named(page, "Target for Emergency-room transports and hospitalizations", QLineEdit)
    assert not target.isEnabled()  # a target only once the measure is chosen
    measure_box(page, "Emergency-room transports and hospitalizations").click()
    assert [m.measure for m in w.doc.plan.data.measures] == ["er_transports"]
    assert target.isEnabled()
    qtbot.keyClicks(target, "Track alongside diversion")
    assert w.doc.plan.data.measures[0].target == "Track alongside diversion"
    qtbot.waitUntil(lambda: "1 chosen" in page.counts[MeasureCategory.outcome].text())

    # The catalog's caution and description are on screen beside the measure.
    caution = named(page, "Caution about Emergency-room transports and hospitalizations", QLabel)
    assert "hospitalized more" in caution.text() and caution.objectName() == "banner"
    notes = " ".join(lab.text() for lab in page.findChildren(QLabel) if lab.objectName() == "note")
    assert "Shows whether coverage hours match when calls happen." in notes

    # Choosing another keeps catalog order; unticking removes only that one and keeps the other's target.
    measure_box(page, "Calls handled by the co-response team").click()
    assert [m.measure for m in w.doc.plan.data.measures] == ["calls_handled", "er_transports"]
    measure_box(page, "Calls handled by the co-response team").click()
    assert [(m.measure, m.target) for m in w.doc.plan.data.measures] == [
        ("er_transports", "Track alongside diversion")]


def test_clicking_a_wrapped_measure_label_toggles_it(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.data)
    row = page.rows["repeat_contacts"]
    qtbot.mouseClick(row.check.label, Qt.MouseButton.LeftButton)
    assert [m.measure for m in w.doc.plan.data.measures] == ["repeat_contacts"]


def test_custom_measures_sources_and_reporting(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.data)
    page.custom.add_button.click()
    type_cell(qtbot, page.custom, 0, "name", "Warm transfers to 988")
    combo = cell(qtbot, page.custom, 0, "category")
    combo.setCurrentIndex(combo.findText("Outcome"))
    type_cell(qtbot, page.custom, 0, "target", "300 a year")
    cm = w.doc.plan.data.custom_measures[0]
    assert (cm.name, cm.category, cm.target) == ("Warm transfers to 988", MeasureCategory.outcome, "300 a year")
    qtbot.waitUntil(lambda: "1 chosen" in page.counts[MeasureCategory.outcome].text())

    measure_box(page, "Emergency-room transports and hospitalizations").click()
    qtbot.waitUntil(lambda: "Emergency-room data" in page.sources_hint.text())
    sources = named(page, "Data sources", QListWidget)
    for i in range(sources.count()):
        if sources.item(i).data(Qt.ItemDataRole.UserRole) in ("ems_logs", "er_data"):
            sources.item(i).setCheckState(Qt.CheckState.Checked)
    assert w.doc.plan.data.data_sources == ["ems_logs", "er_data"]
    qtbot.waitUntil(lambda: "Every source" in page.sources_hint.text())

    qtbot.keyClicks(named(page, "Data owner", QLineEdit), "Riverton PD")
    qtbot.keyClicks(named(page, "Reports produced by", QLineEdit), "Program coordinator")
    cadence = named(page, "Reporting cadence", QComboBox)
    cadence.setCurrentIndex(cadence.findText("Quarterly"))
    named(page, "Reports go to", QPlainTextEdit).setPlainText("Planning committee\nCity council\n")
    months = named(page, "Baseline period", QSpinBox)
    months.setValue(12)
    qtbot.keyClicks(named(page, "Evaluation partner", QLineEdit), "State university")
    d = w.doc.plan.data
    assert (d.data_owner, d.report_producer, d.reporting_cadence) == (
        "Riverton PD", "Program coordinator", Cadence.quarterly)
    assert d.audience == ["Planning committee", "City council"]
    assert d.baseline_months == 12 and d.evaluation_partner == "State university"
    months.setValue(months.minimum())  # "—" means no baseline period
    assert w.doc.plan.data.baseline_months is None

    for label, text in (("Storage", "De-identified log on the city server."),
                        ("Baseline data", "Two years of CAD calls.")):
        box = named(page, label, QPlainTextEdit)
        box.setFocus()
        qtbot.keyClicks(box, text)
    w.wizard.next()
    w.wizard.back()
    qtbot.waitUntil(lambda: w.doc.plan.data.baseline_description == "Two years of CAD calls.")
    assert w.doc.plan.data.storage == "De-identified log on the city server."


def test_measures_reload_from_an_opened_plan_and_go_to_focuses_a_target(window, qtbot):
    page = open_step(window, Step.data)
    chosen = {m.measure for m in window.doc.plan.data.measures}
    for mid, row in page.rows.items():
        assert row.check.isChecked() == (mid in chosen)
    assert page.rows["response_time"].target.text() == "Median under 20 minutes"
    i = [m.measure for m in window.doc.plan.data.measures].index("referrals")
    window.go_to(Step.data, f"data.measures[{i}].target")
    qtbot.waitUntil(lambda: page.rows["referrals"].target.hasFocus())


def test_an_unknown_measure_is_shown_and_can_be_removed(window, qtbot):
    page = open_step(window, Step.data)
    window.doc.edit("data.measures", lambda items: items.append(type(items[0])(measure="trainer_measure")))
    qtbot.waitUntil(lambda: page.unknown_title.isVisible())
    page.unknown_rows["trainer_measure"].check.box.click()
    assert "trainer_measure" not in {m.measure for m in window.doc.plan.data.measures}
    qtbot.waitUntil(lambda: not page.unknown_title.isVisible())
