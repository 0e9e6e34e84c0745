"""The window fits the screen; zoom scales page titles; long values show their start
(issue 14, defect 7)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from tests.ui.pagetools import named, open_step
from ui.main_window import MainWindow
from wizard.content import default_content
from wizard.steps import Step


def nav_inside(w: MainWindow) -> None:
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton):
        b = w.wizard.button(which)
        if not b.isVisible():
            continue
        r = QRect(b.mapTo(w, QPoint(0, 0)), b.size())
        assert w.rect().contains(r), (which, r, w.rect())


def test_first_start_is_sized_from_the_screen(qtbot, settings):
    w = MainWindow(default_content(), settings)
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert w.width() <= avail.width() and w.height() <= avail.height() - 30
    assert avail.contains(w.geometry())


def test_a_remembered_geometry_is_put_back_on_the_screen(qtbot, settings):
    first = MainWindow(default_content(), settings)
    qtbot.addWidget(first)
    first.setMinimumSize(100, 100)
    first.resize(5000, 4000)
    first.move(9000, 9000)  # a monitor that has since gone
    settings.setValue("window/geometry", first.saveGeometry())
    assert isinstance(settings.value("window/geometry"), QByteArray)
    w = MainWindow(default_content(), settings)
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert avail.contains(w.geometry()), (w.geometry(), avail)


def test_zoom_scales_the_page_title(window):
    open_step(window, Step.agency)
    title = window.page_title
    assert title is not None and title.text() == window.content.step(Step.agency).title
    before = title.font().pointSizeF()
    assert before >= window.font().pointSizeF() * 1.4  # styled as a page title from the start
    window.set_zoom(1.6)
    QApplication.processEvents()
    try:
        assert title.font().pointSizeF() > before * 1.4
    finally:
        window.set_zoom(1.0)


def test_long_values_in_single_line_fields_show_their_start(window):
    long = ("Kittredge County Behavioral Health Response Program, serving the county's five "
            "precincts and the City of Ashford")
    window.doc.set("agency.jurisdiction", long)  # before the page is built
    page = open_step(window, Step.agency)
    field = named(page, "Jurisdiction", QLineEdit)
    assert field.text() == long and field.cursorPosition() == 0
    window.doc.set("agency.jurisdiction", long + " and Lake Township")  # changed while shown
    QApplication.processEvents()
    assert field.text().endswith("Lake Township") and field.cursorPosition() == 0
