"""Input widgets the mouse wheel cannot change by accident.

Qt's spin boxes, combo boxes and date boxes take the focus from the wheel
(``Qt.WheelFocus``) and then change their value: scrolling a page over a field
silently edits it (a shift length went from 8.0 h to 4.5 h). Every form and table
field is made from these classes instead: the focus comes from a click or Tab only
(``Qt.StrongFocus``), and the wheel changes a field only while it has the focus;
otherwise the event is ignored and goes to the page, which scrolls. An empty
optional number (showing "—") takes typed digits at once.

An override of ``wheelEvent``, not an event filter: a Python filter would be called
for every event of hundreds of table cells, which makes large pages slow to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox


class _NoWheelUnlessFocused:
    """Mixin for a QWidget subclass (put it first in the bases)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page (or the table) scrolls instead


class _TypeOverEmpty:
    """A spin box showing its special value ("—" for no answer) takes typed digits at
    once: the first character replaces the "—" instead of being refused after it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        if (text and (text[0].isdigit() or text[0] in "-+.,") and self.specialValueText()
                and self.value() == self.minimum()):
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class SpinBox(_NoWheelUnlessFocused, _TypeOverEmpty, QSpinBox):
    pass


class DoubleSpinBox(_NoWheelUnlessFocused, _TypeOverEmpty, QDoubleSpinBox):
    pass


class ComboBox(_NoWheelUnlessFocused, QComboBox):
    pass


__all__ = ["ComboBox", "DoubleSpinBox", "SpinBox"]
