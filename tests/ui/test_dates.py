"""Dates can be typed and the calendar opens where the user is (issue 14, defect 9)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from tests.ui.pagetools import open_step
from ui.widgets.dateedit import DateEdit
from wizard import storage
from wizard.steps import Step

TYPED = "2027-01-15"


def type_date(qtbot, w: QDateEdit, text: str) -> None:
    w.setFocus()
    w.lineEdit().selectAll()
    qtbot.keyClicks(w, text)


def test_an_iso_date_can_be_typed_in_every_date_field(window, qtbot):
    seen = 0
    for step in Step:
        page = open_step(window, step)
        for w in page.findChildren(QDateEdit):
            if not w.isVisibleTo(page) or not w.isEnabled():
                continue
            before = storage.dumps(window.doc.plan).count(TYPED)
            type_date(qtbot, w, TYPED)
            assert w.date() == QDate(2027, 1, 15), (step.name, w.accessibleName(), w.text())
            window.flush_edits()
            assert storage.dumps(window.doc.plan).count(TYPED) == before + 1, (step.name, w.accessibleName())
            seen += 1
    assert seen >= 3  # forms, the decision form and table cells


def test_typing_over_no_date(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.decisions)
    page.add_button.click()
    due = page.due
    assert due.text() == "No date"
    type_date(qtbot, due, TYPED)
    assert w.doc.plan.decisions[-1].due == dt.date(2027, 1, 15)

    page.add_button.click()  # a date typed only in part is not taken
    due = page.due
    type_date(qtbot, due, "2027-0")
    page.owner.setFocus()
    QApplication.processEvents()
    assert w.doc.plan.decisions[-1].due is None and due.text() == "No date"


def test_the_calendar_opens_at_todays_month_for_no_date_and_at_the_date_otherwise(qtbot):
    w = DateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    w.setMinimumDate(QDate(2000, 1, 1))
    w.setSpecialValueText("No date")
    w.setDate(w.minimumDate())
    qtbot.addWidget(w)
    w.resize(200, 30)
    w.show()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(w.width() - 6, w.height() // 2))
    cal = w.calendarWidget()
    qtbot.waitUntil(cal.isVisible)
    today = QDate.currentDate()
    assert (cal.yearShown(), cal.monthShown()) == (today.year(), today.month())
    cal.window().hide()

    w.setDate(QDate(2031, 6, 9))
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(w.width() - 6, w.height() // 2))
    qtbot.waitUntil(cal.isVisible)
    assert (cal.yearShown(), cal.monthShown()) == (2031, 6)
    cal.window().hide()
