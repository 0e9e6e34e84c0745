"""View ▸ Facilitator Notes: the trainer's notes for the current step, and a step timer.

A separate top-level window, so a trainer can keep it on a laptop screen while the
room watches the projector. It follows the wizard's current step, keeps its own
(normal) type size when the main window is in presentation mode, and remembers
where it was put and how many minutes each step gets.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import settings_keys as keys
from ui import style
from ui.widgets.inputs import SpinBox
from wizard.steps import Step

if TYPE_CHECKING:
    from ui.context import WindowHost

DEFAULT_MINUTES = 15
WARN_SECONDS = 120
"""The display turns amber this long before time is up (or at 20 % left, if sooner)."""
TICK_MS = 250


def clock_text(seconds: float) -> str:
    """'12:05' left, or '+01:30' past the time."""
    if seconds >= 0:
        s = math.ceil(seconds - 1e-9)
        return f"{s // 60:02d}:{s % 60:02d}"
    s = math.floor(-seconds)
    return f"+{s // 60:02d}:{s % 60:02d}"


class StepTimer(QFrame):
    """Start/pause/reset countdown; 'state' property drives the colors in style.qss."""

    stateChanged = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self._clock = clock
        self._before = 0.0
        self._started: float | None = None
        self._state = ""
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(QCoreApplication.translate("ui.facilitator", "Step timer"))
        title.setObjectName("sectionTitle")
        head.addWidget(title, 1)
        lay.addLayout(head)
        row = QHBoxLayout()
        self.minutes_label = QLabel(QCoreApplication.translate("ui.facilitator", "&Minutes for this step"))
        self.minutes = SpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(QCoreApplication.translate("ui.facilitator", " min"))
        self.minutes.setAccessibleName(QCoreApplication.translate("ui.facilitator", "Minutes for this step"))
        self.minutes_label.setBuddy(self.minutes)
        row.addWidget(self.minutes_label)
        row.addWidget(self.minutes)
        row.addStretch(1)
        lay.addLayout(row)
        self.display = QLabel()
        self.display.setObjectName("timerDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(QCoreApplication.translate("ui.facilitator", "Time left for this step"))
        lay.addWidget(self.display)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(QCoreApplication.translate("ui.facilitator", "&Start"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(QCoreApplication.translate("ui.facilitator", "&Reset"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.reset_button, 1)
        lay.addLayout(buttons)
        self.auto_start = QCheckBox(QCoreApplication.translate("ui.facilitator", "Start &automatically when the step changes"))
        lay.addWidget(self.auto_start)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.update_display)
        self.minutes.valueChanged.connect(lambda _v: self.update_display())
        self.update_display()

    # --- state ----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        return self._before + (self._clock() - self._started if self._started is not None else 0.0)

    def total(self) -> float:
        return self.minutes.value() * 60.0

    def remaining(self) -> float:
        return self.total() - self.elapsed()

    def state(self) -> str:
        """'idle', 'running', 'paused', 'warning' (little time left) or 'over'."""
        left = self.remaining()
        if left <= 0:
            return "over"
        if self.elapsed() > 0 and left <= min(WARN_SECONDS, 0.2 * self.total()):
            return "warning"
        if self.running:
            return "running"
        return "paused" if self.elapsed() > 0 else "idle"

    # --- actions --------------------------------------------------------------------

    def start(self) -> None:
        if not self.running:
            self._started = self._clock()
            self._tick.start()
        self.update_display()

    def pause(self) -> None:
        if self._started is not None:
            self._before += self._clock() - self._started
            self._started = None
            self._tick.stop()
        self.update_display()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._tick.stop()
        self._before = 0.0
        self._started = None
        self.update_display()

    def update_display(self) -> None:
        self.display.setText(clock_text(self.remaining()))
        self.start_button.setText(QCoreApplication.translate("ui.facilitator", "&Pause") if self.running else (QCoreApplication.translate("ui.facilitator", "&Resume") if self.elapsed() > 0 else QCoreApplication.translate("ui.facilitator", "&Start")))
        state = self.state()
        words = {"over": QCoreApplication.translate("ui.facilitator", "time is up"),
                 "warning": QCoreApplication.translate("ui.facilitator", "almost out of time"),
                 "running": QCoreApplication.translate("ui.facilitator", "running"),
                 "paused": QCoreApplication.translate("ui.facilitator", "paused"),
                 "idle": QCoreApplication.translate("ui.facilitator", "not started")}[state]
        self.display.setAccessibleDescription(words)
        self.display.setToolTip(words[:1].upper() + words[1:])
        if state != self._state:
            self._state = state
            self.display.setProperty("state", state)
            self.display.style().unpolish(self.display)
            self.display.style().polish(self.display)
            self.stateChanged.emit(state)


class FacilitatorWindow(QWidget):
    """Notes for the step on screen in the main window, plus the step timer."""

    closed = Signal()

    def __init__(self, window: WindowHost, clock: Callable[[], float] = time.monotonic):
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.settings = window.settings
        self.step: Step | None = None
        self.setObjectName("facilitatorWindow")
        self.setWindowTitle(QCoreApplication.translate("ui.facilitator", "Facilitator notes"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        self.step_label = QLabel()
        self.step_label.setObjectName("pageTitle")
        self.step_label.setWordWrap(True)
        lay.addWidget(self.step_label)
        self.notes = QTextBrowser()
        self.notes.setObjectName("facilitatorNotes")
        self.notes.setAccessibleName(QCoreApplication.translate("ui.facilitator", "Facilitator notes for this step"))
        lay.addWidget(self.notes, 1)
        self.timer = StepTimer(clock, self)
        lay.addWidget(self.timer)
        self.timer.minutes.valueChanged.connect(self._minutes_changed)
        self.timer.auto_start.setChecked(self.settings.value(keys.FACILITATOR_AUTO_START, False, type=bool))
        self.timer.auto_start.toggled.connect(lambda on: self.settings.setValue(keys.FACILITATOR_AUTO_START, on))
        window.wizard.currentIdChanged.connect(self._page_changed)
        window.zoomChanged.connect(lambda _z: self.apply_font())
        self.apply_font()
        geometry = self.settings.value(keys.FACILITATOR_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            h = self.fontMetrics().height()
            self.resize(h * 34, h * 40)
        self.set_step(window.current_step())

    def apply_font(self) -> None:
        """The trainer's screen keeps normal-size type while the room's is enlarged."""
        zoom = self.window_.normal_zoom()
        pt = style.base_point_size() * zoom
        self.setStyleSheet(f"#facilitatorWindow, #facilitatorWindow QWidget {{ font-size: {pt:.1f}pt; }}"
                           f"#facilitatorWindow #pageTitle {{ font-size: {pt * 1.3:.1f}pt; }}"
                           f"#facilitatorWindow #sectionTitle {{ font-size: {pt * 1.1:.1f}pt; }}"
                           f"#facilitatorWindow #timerDisplay {{ font-size: {pt * 3.2:.1f}pt; }}")

    def _page_changed(self, page_id: int) -> None:
        if page_id >= 0:
            self.set_step(Step(page_id))

    def set_step(self, step: Step) -> None:
        """Show ``step``'s notes; the timer restarts with that step's minutes."""
        if step == self.step:
            return
        self.step = step
        content = self.window_.content
        g = content.step(step)
        self.step_label.setText(QCoreApplication.translate("ui.facilitator", "Step {0} of {1} · {2}").format(int(step) + 1, len(Step), g.title))
        notes = "".join(f"<li>{escape(n)}</li>" for n in g.facilitator_notes)
        prompts = "".join(f"<li>{escape(p)}</li>" for p in g.prompts)
        heading = escape(QCoreApplication.translate("ui.facilitator", "Notes for the facilitator"))
        room = escape(QCoreApplication.translate("ui.facilitator", "The room sees these prompts"))
        self.notes.setHtml(f"<h3>{heading}</h3><ul>{notes}</ul>"
                           f"<h4>{room}</h4><ul style='color:#4a5563'>{prompts}</ul>")
        self.timer.reset()
        blocked = self.timer.minutes.blockSignals(True)
        self.timer.minutes.setValue(int(self.settings.value(keys.facilitator_minutes(step.name), DEFAULT_MINUTES)))
        self.timer.minutes.blockSignals(blocked)
        self.timer.update_display()
        if self.timer.auto_start.isChecked() and self.isVisible():
            self.timer.start()

    def _minutes_changed(self, value: int) -> None:
        if self.step is not None:
            self.settings.setValue(keys.facilitator_minutes(self.step.name), value)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue(keys.FACILITATOR_GEOMETRY, self.saveGeometry())
        self.timer.pause()
        super().closeEvent(event)
        self.closed.emit()
