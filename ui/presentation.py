"""View ▸ Presentation (F11): the window as the room sees it on a projector.

Full screen, its own (larger) zoom level, the guidance panel shown wide with the
discussion prompts in large type, menu bar and status bar hidden, the step list
narrowed to numbered progress marks. Esc or F11 leaves and puts back exactly what
was there: window state and geometry, zoom, docks, step list, bars.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui import settings_keys as keys
from wizard.steps import Step

if TYPE_CHECKING:
    from ui.context import WindowHost

DEFAULT_ZOOM = 1.4
"""Fits a 1280×720 projector; Ctrl++ / Ctrl+− while presenting change it (remembered)."""
GUIDANCE_SHARE = 0.36
"""Share of the screen width the guidance panel takes while presenting."""
DOCK_FRAME = 8
"""The splitter handle between the pages and the guidance panel, and a little to spare."""


@dataclass
class _Saved:
    state: Qt.WindowState
    geometry: QRect
    main_state: QByteArray
    splitter: QByteArray
    zoom: float
    menu_bar: bool
    status_bar: bool
    step_texts: list[str]
    step_list_min: int
    focus: QWidget | None


class Presentation(QObject):
    """Enters and leaves presentation mode for one main window."""

    toggled = Signal(bool)

    def __init__(self, window: WindowHost):
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: _Saved | None = None
        self.leave_action = QAction(QCoreApplication.translate("ui.presentation", "Leave Presentation"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)
        window.installEventFilter(self)  # a projector's size may change: the guidance keeps its share

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        try:
            if self.active and obj is self.window and event.type() == QEvent.Type.Resize:
                QTimer.singleShot(0, self, self._share_guidance)
        except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual corrupts PySide
            pass
        return False

    def _share_guidance(self) -> None:
        """While presenting, the guidance panel takes GUIDANCE_SHARE of the window's width
        (the room reads it), but never the room the page needs: a page cut off under the
        panel would hide Next."""
        w = self.window
        if self.active and w.stack.currentWidget() is w.workspace and w.guidance_dock.isVisible():
            page_needs = w.centralWidget().minimumSizeHint().width()
            room = w.width() - page_needs - DOCK_FRAME
            share = max(w.guidance_dock.minimumSizeHint().width(), min(int(w.width() * GUIDANCE_SHARE), room))
            w.resizeDocks([w.guidance_dock], [share], Qt.Orientation.Horizontal)

    # --- zoom ---------------------------------------------------------------------

    def zoom(self) -> float:
        return float(self.window.settings.value(keys.PRESENTATION_ZOOM, DEFAULT_ZOOM))

    # --- enter / leave ----------------------------------------------------------------

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        w = self.window
        if self.active:
            return
        w.flush_edits()
        self._saved = _Saved(
            state=w.windowState(), geometry=w.normalGeometry() if w.isMaximized() else w.geometry(),
            main_state=w.saveState(),
            splitter=w.workspace.saveState(), zoom=w.zoom,
            menu_bar=not w.menuBar().isHidden(), status_bar=not w.statusBar().isHidden(),
            step_texts=[w.step_list.item(i).text() for i in range(w.step_list.count())],
            step_list_min=w.step_list.minimumWidth(), focus=w.focusWidget(),
        )
        self.active = True
        self._keep_shortcuts(w)
        w.menuBar().hide()
        w.statusBar().hide()
        w.zoom = self.zoom()
        w.apply_zoom(w.zoom)
        self._narrow_step_list()
        w.showFullScreen()
        if w.stack.currentWidget() is w.workspace:
            w.guidance_dock.show()
            self._share_guidance()
        w.show_guidance(w.current_step())
        self.leave_action.setEnabled(True)
        self.toggled.emit(True)

    def leave(self) -> None:
        w = self.window
        if not self.active or self._saved is None:
            return
        s = self._saved
        self.active = False
        self.leave_action.setEnabled(False)
        # setGeometry, not restoreGeometry: that one pulls the window inside the screen.
        w.setWindowState(s.state)
        if not s.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            w.setGeometry(s.geometry)
        w.zoom = s.zoom
        w.apply_zoom(s.zoom)
        for i, text in enumerate(s.step_texts):
            item = w.step_list.item(i)
            item.setText(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        w.step_list.setMinimumWidth(s.step_list_min)
        w.workspace.restoreState(s.splitter)
        w.step_list.fit_items()
        w.restoreState(s.main_state)
        if w.stack.currentWidget() is not w.workspace:  # a plan was closed while presenting
            w.guidance_dock.hide()
        w.menuBar().setVisible(s.menu_bar)
        w.statusBar().setVisible(s.status_bar)
        w.show_guidance(w.current_step())
        if s.focus is not None and s.focus.isVisible():
            s.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._saved = None
        self.toggled.emit(False)

    # --- pieces ---------------------------------------------------------------------

    def _keep_shortcuts(self, w: WindowHost) -> None:
        """Menu shortcuts stop working when the menu bar is hidden; the window keeps them."""
        have = set(w.actions())

        def walk(menu: QMenu) -> None:
            for act in menu.actions():
                if act.menu() is not None:
                    walk(act.menu())
                elif not act.shortcut().isEmpty() and act not in have:
                    w.addAction(act)
                    have.add(act)

        for top in w.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())

    def _narrow_step_list(self) -> None:
        """The step list becomes a strip of numbered progress marks (titles in tooltips)."""
        w = self.window
        for i in range(w.step_list.count()):
            item = w.step_list.item(i)
            item.setText(str(i + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        fm = w.step_list.fontMetrics()
        strip = w.step_list.iconSize().width() + fm.horizontalAdvance("12") + fm.height() * 2 + 8
        w.step_list.setMinimumWidth(0)
        sizes = w.workspace.sizes()
        w.workspace.setSizes([strip, max(1, sum(sizes) - strip)])
        w.step_list.fit_items()

    def guidance_html(self, step: Step) -> str:
        """The step's title, what it is, and the discussion prompts in large type."""
        g = self.window.content.step(step)
        prompts = "".join(f"<li style='margin-bottom:10px'>{escape(p)}</li>" for p in g.prompts)
        return (f"<h2>{escape(g.title)}</h2>"
                f"<p>{escape(g.what)}</p>"
                f"<h2 style='color:#0f6e7a'>{escape(QCoreApplication.translate('ui.presentation', 'Discuss'))}</h2>"
                f"<ul style='font-size:large'>{prompts}</ul>")
