"""A menu of check boxes that stays open while you tick them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu

TOGGLE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class StayOpenMenu(QMenu):
    """Ticking an item (click, Space or Return) toggles it and leaves the menu open, so
    several qualifications can be ticked in one go; Esc or a click outside closes it.
    Items that are not checkable behave as in any menu."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        act = self.actionAt(event.position().toPoint())
        if act is not None and act.isCheckable() and act.isEnabled():
            act.setChecked(not act.isChecked())  # emits toggled; the menu stays
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        act = self.activeAction()
        if (event.key() in TOGGLE_KEYS and act is not None and act.isCheckable() and act.isEnabled()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            act.setChecked(not act.isChecked())
            event.accept()
            return
        super().keyPressEvent(event)
