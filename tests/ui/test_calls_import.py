"""Coverage ▸ Import calls… and Suggest…, driven like a user with a generated CAD export."""

from __future__ import annotations

import os
from pathlib import Path

from callgen import BH_CODES, realistic, tue_fri_afternoon, write_csv
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.pagetools import named, open_step
from ui.calls_dialog import NO_FLAG, NO_TIME, PRIVACY
from wizard import demand
from wizard.steps import Step


def _export(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "cad.csv", tue_fri_afternoon(weeks=8))


def _import(page, qtbot, path: Path, untick: tuple[str, ...] = ()):
    dlg = page.open_import()
    qtbot.waitUntil(dlg.isVisible)
    assert any(lab.text() == PRIVACY for lab in dlg.findChildren(QLabel))
    dlg.set_path(path)
    # The header row fills the combos, the guesses picked; the type column's values listed.
    assert dlg.when.currentText() == "Received Date Time"
    assert dlg.type.currentText() == "Nature Code"
    assert dlg.time.currentText() == NO_TIME and dlg.flag.currentText() == NO_FLAG
    ticked = sorted(dlg.chosen_codes())
    assert ticked == sorted(BH_CODES)  # the catalog's suggestions, pre-ticked
    texts = [dlg.codes.item(i).text() for i in range(dlg.codes.count())]
    assert any(t.startswith("WELFARE CHECK") and "maybe" in t for t in texts)
    for i in range(dlg.codes.count()):
        item = dlg.codes.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in untick:
            item.setCheckState(Qt.CheckState.Unchecked)
    dlg.zone.setCurrentIndex(dlg.zone.findText("America/Chicago"))
    return dlg


def test_import_dialog_fills_the_plan_and_the_grid(make_window, qtbot, tmp_path):
    w = make_window("mid-city")
    page = open_step(w, Step.coverage)
    share_tile = named(page, "Behavioral-health calls inside clinician hours")
    assert share_tile.value.text() == "not known"
    assert named(page, "Behavioral-health calls per covered hour").verdict.text() == "even spread assumed"
    assert not page.suggest_button.isEnabled()
    dlg = _import(page, qtbot, _export(tmp_path), untick=("PSYCH EVAL",))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    d = w.doc.plan.coverage.call_demand
    assert d is not None and d.bh_codes == ["MENTAL", "SUICIDAL PERSON"] and d.time_zone == "America/Chicago"
    assert w.doc.dirty
    # The grid shades demand; the hours without calls stay unshaded; the legend says what it is.
    heat = page.grid.heat()
    assert heat is not None and heat[1][14] > 0 and heat[0][14] == 0 and heat[1][3] == 0
    assert page.editor.heat_legend.isVisible()
    assert "behavioral-health call" in page.grid.describe_cell(1, 15)
    share = demand.plan_share(w.doc.plan)
    assert share_tile.value.text() == f"{share.value:.0%}"
    assert page.demand_text.text() == demand.demand_sentence(w.doc.plan)
    assert "Tuesday–Friday 14:00–22:00" in page.demand_text.text()
    # The staffing page's utilization now uses the hours the calls came, and says so.
    rate = named(page, "Behavioral-health calls per covered hour")
    assert "even spread" not in rate.verdict.text() and "imported calls came" in rate.detail.text()
    staffing_page = open_step(w, Step.staffing)
    qtbot.waitUntil(lambda: "at the hours the imported calls came" in staffing_page.t_util.detail.text())


def test_bad_file_and_empty_selection_keep_the_dialog_open(make_window, qtbot, tmp_path):
    w = make_window("blank")
    page = open_step(w, Step.coverage)
    bad = tmp_path / "minutes.csv"
    bad.write_text("Meeting notes\nWe talked about calls\n", encoding="utf-8")
    dlg = page.open_import()
    dlg.set_path(bad)
    assert dlg.status.isVisible() and "minutes.csv" in dlg.status.text()
    dlg = _import(page, qtbot, _export(tmp_path), untick=tuple(BH_CODES))
    dlg.import_button.click()
    assert dlg.isVisible()
    assert "column 'Nature Code'" in dlg.status.text() and "no call types were chosen" in dlg.status.text()
    assert w.doc.plan.coverage.call_demand is None
    dlg.reject()


def test_suggest_applies_the_schedule_covering_every_bh_call(make_window, qtbot, tmp_path):
    w = make_window("mid-city")
    page = open_step(w, Step.coverage)
    dlg = _import(page, qtbot, _export(tmp_path))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: page.suggest_button.isEnabled())
    sug = page.open_suggest()
    assert sug is not None
    sug.teams.setValue(1)
    sug.hours.setValue(10)
    sug.days.setValue(4)
    assert sug.table.rowCount() == 3
    assert sug.table.item(0, 2).text().startswith("100%")
    assert sug.table.item(0, 1).text().startswith("Tue–Fri")
    sug.apply_button.click()
    qtbot.waitUntil(lambda: not sug.isVisible())
    assert demand.plan_share(w.doc.plan).value == 1.0
    assert named(page, "Behavioral-health calls inside clinician hours").value.text() == "100%"
    page.forget_button.click()
    assert w.doc.plan.coverage.call_demand is None and page.grid.heat() is None


def test_render_coverage_with_demand(make_window, qtbot, tmp_path):
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    w = make_window("mid-city")
    page = open_step(w, Step.coverage)
    dlg = _import(page, qtbot, write_csv(tmp_path / "half-year.csv", realistic()))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: page.grid.heat() is not None)
    assert len({v for row in page.grid.heat() for v in row}) == 6  # no calls, and all five shades
    page.scroll.ensureWidgetVisible(page.tiles)
    QApplication.processEvents()
    img = w.grab()
    assert not img.isNull()
    img.save(str(out / "coverage-with-demand.png"))
    page.editor.grab().save(str(out / "weekgrid-with-demand.png"))
    sug = page.open_suggest()
    QApplication.processEvents()
    sug.grab().save(str(out / "suggest-dialog.png"))
    sug.reject()
    w.set_zoom(1.6)
    try:
        QApplication.processEvents()
        page.scroll.ensureWidgetVisible(page.editor)
        QApplication.processEvents()
        w.grab().save(str(out / "coverage-with-demand-z1.6.png"))
        assert page.body.width() <= page.scroll.viewport().width() + 1
    finally:
        w.set_zoom(1.0)
