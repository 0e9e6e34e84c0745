"""The step list beside the pages: one row per step with its state drawn as an icon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from wizard.steps import Step

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.progress import StepState

STATE_COLORS = {  # by StepState value
    "not started": "#9aa5b1",
    "in progress": "#d08a1e",
    "complete": "#2e7d4f",
    "has blockers": "#b3261e",
}
ITEM_MARGIN = 6
ITEM_PADDING = 10
"""style.qss: #stepList::item { padding: 7px 10px; margin: 1px 6px }."""
TEXT_GAP = 14
"""Between the state icon and the name, and a little to spare."""
MAX_WIDTH_CHARS = 34
"""The step list is at most this many average characters wide at first."""
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's step state (a StepState value), kept to skip unchanged repaints."""


def state_icon(state: StepState, size: int = 16) -> QIcon:
    from wizard.progress import StepState

    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(STATE_COLORS[state])
    p.setPen(QPen(color, 2))
    r = pm.rect().adjusted(2, 2, -2, -2)
    if state is StepState.not_started:
        p.drawEllipse(r)
    elif state is StepState.in_progress:
        p.drawEllipse(r)
        p.setBrush(color)
        p.drawPie(r, 90 * 16, 180 * 16)
    elif state is StepState.complete:
        p.setBrush(color)
        p.drawEllipse(r)
        p.setPen(QPen(QColor("white"), 2))
        p.drawPolyline([r.topLeft() + QPoint(3, size // 2 - 2), r.topLeft() + QPoint(size // 2 - 2, size - 8),
                        r.topLeft() + QPoint(size - 7, 3)])
    else:
        p.setBrush(color)
        p.drawEllipse(r)
        p.setPen(QPen(QColor("white"), 2))
        c = r.center()
        p.drawLine(c.x(), r.top() + 3, c.x(), c.y() + 1)
        p.drawPoint(c.x(), r.bottom() - 3)
    p.end()
    return QIcon(pm)


_ICONS: dict[StepState, QIcon] = {}


def cached_icon(state: StepState) -> QIcon:
    """The step-state icons are drawn once (the list updates them on every page change)."""
    icon = _ICONS.get(state)
    if icon is None:
        icon = _ICONS[state] = state_icon(state)
    return icon


class StepList(QListWidget):
    """"1. Agency profile", "2. Program model", ... with each step's state."""

    def __init__(self, content: Content):
        super().__init__()
        self.content = content
        self.setObjectName("stepList")
        self.setAccessibleName(QCoreApplication.translate("ui.step_list", "Steps"))
        self.setIconSize(QSize(18, 18))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the names when the width changes
        for step in Step:
            item = QListWidgetItem(f"{step.value + 1}. {content.step(step).title}")
            item.setData(Qt.ItemDataRole.UserRole, int(step))
            self.addItem(item)

    def fit_items(self) -> None:
        """Give each step name the lines it needs at the list's width. The style sheet's
        item padding is not counted by Qt's own wrapping, which cut names short
        ("1. Your agency and ...") instead of wrapping them."""
        fm = self.fontMetrics()
        width = self.viewport().width()
        text_w = max(20, width - 2 * ITEM_MARGIN - 2 * ITEM_PADDING - self.iconSize().width() - TEXT_GAP)
        for i in range(self.count()):
            item = self.item(i)
            r = fm.boundingRect(QRect(0, 0, text_w, 100_000), int(Qt.TextFlag.TextWordWrap), item.text())
            h = max(r.height(), self.iconSize().height()) + 2 * 7 + 2 + 2  # padding 7 px, margin 1 px
            hint = QSize(max(1, width - 2 * ITEM_MARGIN), h)
            if item.sizeHint() != hint:
                item.setSizeHint(hint)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_items()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_items()

    def show_states(self, states: dict[Step, StepState]) -> None:
        for step, state in states.items():
            item = self.item(int(step))
            if item.data(STATE_ROLE) == state.value:
                continue  # unchanged: every set below repaints and re-lays out the list
            item.setIcon(cached_icon(state))
            item.setToolTip(f"{self.content.step(step).title}: {state.value}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state.value)
            item.setData(STATE_ROLE, state.value)

    def state(self, step: Step) -> str:
        return self.item(int(step)).data(STATE_ROLE)

    def select_quietly(self, row: int) -> None:
        """Mark ``row`` current without emitting currentRowChanged (the page is shown already)."""
        blocked = self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(blocked)

    def preferred_width(self) -> int:
        """Room for most step names on one line; longer ones wrap (the page needs the room
        more on a 1366×768 laptop with the guidance panel open)."""
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(self.item(i).text()) for i in range(self.count()))
        return min(widest + 70, fm.averageCharWidth() * MAX_WIDTH_CHARS)
