"""A date field that Tab leaves, that takes a typed date, and whose calendar opens
where the user is.

- QDateEdit uses Tab to move between its year, month and day sections, and on a
  field showing its "No date" special value Tab never gets out at all: a keyboard
  trap. Here Tab and Shift+Tab move to the next or previous field; the arrow keys
  still move between sections and change them.
- A whole ISO date can be typed ("2027-01-15"), over a date or over "No date";
  QDateEdit's own section editing refused it. A date typed only in part is not
  taken: leaving the field restores what it showed before.
- The calendar pop-up opens at the field's date, or at today's month for "No date"
  (not at January 2000, the minimum that stands for "no date").
- The wheel changes it only while it has the focus (ui.widgets.inputs).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent, QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from ui.widgets.inputs import _NoWheelUnlessFocused

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_FULL = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*$")
_PART = re.compile(r"\s*\d{0,4}(-\d{0,2}(-\d{0,2})?)?\s*$")


def parse_iso(text: str) -> QDate | None:
    """The date in ``text`` written as yyyy-mm-dd, or None."""
    m = _ISO.match(text)
    if not m:
        return None
    d = QDate(int(m[1]), int(m[2]), int(m[3]))
    return d if d.isValid() else None


class _Calendar(QCalendarWidget):
    def __init__(self, edit: QDateEdit):
        super().__init__()
        self._edit = edit

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        e = self._edit
        if e.specialValueText() and e.date() == e.minimumDate():
            today = QDate.currentDate()
            self.setCurrentPage(today.year(), today.month())


class DateEdit(_NoWheelUnlessFocused, QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._over_empty = False
        self._calendar: _Calendar | None = None
        self.dateChanged.connect(self._typed_in_full)

    def setCalendarPopup(self, enable: bool) -> None:  # noqa: N802 (Qt name)
        super().setCalendarPopup(enable)
        if enable and self._calendar is None:
            self._calendar = _Calendar(self)
            self.setCalendarWidget(self._calendar)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)

    # --- typing a whole date ---------------------------------------------------------

    def validate(self, text: str, pos: int) -> object:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        d = parse_iso(text)
        if d is not None and _FULL.match(text):  # "2027-01-1" is still being typed
            ok = self.minimumDate() <= d <= self.maximumDate()
            return (QValidator.State.Acceptable if ok else QValidator.State.Intermediate), text, pos
        if _PART.match(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        d = parse_iso(text)  # "2027-1-5" left as typed becomes 2027-01-05
        return d.toString("yyyy-MM-dd") if d is not None else text

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 (Qt name)
        if self.specialValueText() and text == self.specialValueText():
            return QDateTime(self.minimumDate(), QTime(0, 0))
        d = parse_iso(text)
        return QDateTime(d, QTime(0, 0)) if d is not None else self.dateTime()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        t = event.text()
        if t and t[0].isdigit() and self.specialValueText() and self.lineEdit().text() == self.specialValueText():
            # Over "No date": start from today's date shown (not yet taken), all selected,
            # so the typed date replaces it.
            blocked = self.blockSignals(True)
            self.setDate(QDate.currentDate())
            self.blockSignals(blocked)
            self._over_empty = True
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def _typed_in_full(self, _d: QDate) -> None:
        self._over_empty = False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        if self._over_empty:  # typed over "No date" but not a whole date: still no date
            self._over_empty = False
            blocked = self.blockSignals(True)
            self.setDate(self.minimumDate())
            self.blockSignals(blocked)
