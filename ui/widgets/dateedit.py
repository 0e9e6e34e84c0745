"""A date field that Tab leaves, like every other field.

QDateEdit uses Tab to move between its year, month and day sections, and on a field
showing its "No date" special value Tab never gets out at all: a keyboard trap. Here
Tab and Shift+Tab move to the next or previous field; the arrow keys still move
between sections and change them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

from ui.widgets.inputs import _NoWheelUnlessFocused


class DateEdit(_NoWheelUnlessFocused, QDateEdit):
    """Also: the wheel changes it only while it has the focus (ui.widgets.inputs)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        return QWidget.focusNextPrevChild(self, next)
