"""The QWizard that holds the step pages inside the main window."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from wizard.steps import Step


class PlanWizard(QWizard):
    """QWizard embedded in the window: Finish exports, Escape does not close it, and
    :meth:`jump_to` goes forward to a step not visited yet (pages' ``nextId`` asks
    :meth:`take_jump`)."""

    finishRequested = Signal()

    def __init__(self):
        super().__init__()
        self._jump: Step | None = None

    def take_jump(self) -> Step | None:
        j, self._jump = self._jump, None
        return j

    def jump_to(self, step: Step) -> None:
        self._jump = step
        try:
            self.next()
        finally:
            self._jump = None

    def reject(self) -> None:  # Escape must never hide the pages
        pass

    def accept(self) -> None:
        self.finishRequested.emit()

    def done(self, result: int) -> None:
        pass
