"""Every page rendered at 1280×720 (and at zoom 1.6) to PNG, for people to look at.

Set SCREENSHOT_DIR to keep the images; otherwise they go to the test's temp folder.
The test also fails when a page is wider than the window (something would be clipped).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wizard.steps import Step


@pytest.mark.parametrize("preset, zoom", [("blank", 1.0), ("large-city", 1.0), ("mid-city", 1.6)])
def test_render_every_page(make_window, tmp_path, preset, zoom):
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    w = make_window(preset)
    w.set_zoom(zoom)
    try:
        for step in Step:
            w.go_to(step)
            QApplication.processEvents()
            page = w.pages[step]
            img = w.grab()
            assert not img.isNull()
            name = f"{preset}-z{zoom:g}-{step.value + 1:02d}-{step.name}"
            img.save(str(out / f"{name}.png"))
            bar = page.scroll.verticalScrollBar()
            if bar.maximum() > 0:
                bar.setValue(bar.maximum() // 2)
                QApplication.processEvents()
                w.grab().save(str(out / f"{name}-middle.png"))
                bar.setValue(0)
            viewport = page.scroll.viewport().width()
            assert page.body.width() <= viewport + 1, f"{step.name} is wider than the window at zoom {zoom}"
    finally:
        w.set_zoom(1.0)


def _nav_inside(w) -> None:
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QWizard

    shown = 0
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton):
        b = w.wizard.button(which)
        if not b.isVisible():
            continue
        shown += 1
        r = QRect(b.mapTo(w, QPoint(0, 0)), b.size())
        assert w.rect().contains(r), f"{which.name} at {r} is outside the {w.width()}×{w.height()} window"
    assert shown, "no navigation button shown"


def _nothing_clipped(w, page, *, sideways_tables: bool) -> None:
    """Issue 14, defects 7 and 8: the page is not cut off under the guidance panel; no
    column title is cut inside a word; no table hides columns off to the right (at the
    normal zoom); no step name is cut short."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.records import RecordTable

    dock = w.guidance_dock
    if dock.isVisible() and not dock.isFloating():
        central = QRect(w.centralWidget().mapTo(w, QPoint(0, 0)), w.centralWidget().size())
        assert central.right() < dock.geometry().left(), f"{page.step.name}: the page runs under the guidance panel"
    for table in page.findChildren(RecordTable):
        t = table.table
        if not t.isVisible():
            continue
        header = t.horizontalHeader()
        bold = QFont(header.font())
        bold.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(bold)
        for ci in range(t.columnCount()):
            title = t.model().headerData(ci, Qt.Orientation.Horizontal)
            words = title.replace("-", "- ").replace("/", "/ ").split()  # a title may wrap after - or /
            widest = max((fm.horizontalAdvance(word) for word in words), default=0)
            assert header.sectionSize(ci) >= widest, f"{page.step.name}: column title {title!r} is cut"
        if sideways_tables:
            assert t.horizontalScrollBar().maximum() == 0, f"{page.step.name}: {t.accessibleName()} scrolls sideways"
            # A figure, a choice or a date is shown whole: on one line, or wrapped at its
            # words into a row tall enough (a long name or note may end in "…").
            cell_fm = QFontMetrics(t.font())
            for ci, col in enumerate(table.model._cols):
                if col.kind not in ("int", "float", "money", "percent", "combo", "date"):
                    continue
                room = header.sectionSize(ci) - 7  # a cell's text is drawn 3 px in from each side; the grid line takes 1
                for ri in range(t.model().rowCount()):
                    text = t.model().index(ri, ci).data() or ""
                    words = text.replace("-", "- ").replace("/", "/ ").split()  # lines may break after - and /
                    widest = max((cell_fm.horizontalAdvance(word) for word in words), default=0)
                    tall = cell_fm.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
                    whole = tall <= t.rowHeight(ri) or (
                        col.kind == "combo" and text in (t.model().index(ri, ci).data(Qt.ItemDataRole.ToolTipRole) or ""))
                    assert widest <= room and whole, (  # a long choice may end in "…": whole in its tooltip
                        f"{page.step.name}: {text!r} is cut in column {col.label!r}")
    steps = w.step_list
    fm = steps.fontMetrics()
    for i in range(steps.count()):
        item = steps.item(i)
        rect = steps.visualItemRect(item)
        one_line = fm.boundingRect(item.text()).height()
        assert rect.height() >= one_line, f"step {item.text()!r} is cut"
        lines = item.sizeHint().height()
        assert lines >= one_line and rect.height() >= lines - 2, f"step {item.text()!r} has less room than it needs"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
@pytest.mark.parametrize("presenting", [False, True])
def test_every_page_at_laptop_sizes_keeps_navigation_visible(make_window, tmp_path, size, presenting):
    """Issue 14, defect 7: every page at 1366×768 and 1280×720 (the window's own size,
    frame not counted), normal and in presentation mode, with Back/Next inside the window
    and nothing clipped (see _nothing_clipped)."""
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    w = make_window("mid-city")
    if presenting:
        w.presentation.enter()
        QApplication.processEvents()
    w.setMinimumSize(0, 0)
    if not presenting:
        w.showNormal()
    w.resize(*size)  # in presentation mode: a projector of that size
    QApplication.processEvents()
    try:
        for step in Step:
            w.go_to(step)
            QApplication.processEvents()
            name = f"{'present' if presenting else 'normal'}-{size[0]}x{size[1]}-{step.value + 1:02d}-{step.name}"
            w.grab().save(str(out / f"{name}.png"))
            assert w.size().width() <= size[0] and w.size().height() <= size[1], w.size()
            _nav_inside(w)
            page = w.pages[step]
            assert page.body.width() <= page.scroll.viewport().width() + 1, f"{step.name} is clipped sideways"
            _nothing_clipped(w, page, sideways_tables=not presenting)
    finally:
        if presenting:
            w.presentation.leave()
