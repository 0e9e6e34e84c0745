"""The base of every step page: lazy build, bindings, live refresh, field focus."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.binding import Binder, Form
from wizard.steps import Step, next_step

if TYPE_CHECKING:
    from ui.context import PlanContext

LIVE_REFRESH_MS = 0
"""Live panels refresh on the next event-loop turn after an edit (coalescing bursts)."""


class StepPage(QWidget):
    """The page of one step, shown by :class:`ui.plan_wizard.PlanWizard`. Subclasses
    implement :meth:`build` and may implement :meth:`refresh` (live figures) — both
    read ``self.doc.plan``."""

    step: Step

    def __init__(self, ctx: PlanContext):
        super().__init__()
        self.ctx = ctx
        self.doc = ctx.doc
        self.content = ctx.content
        self.binder = Binder(self.doc, self)
        self.built = False
        self._title = self.content.step(self.step).title
        self.setObjectName(f"page_{self.step.name}")

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setObjectName("pageBody")
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(4, 4, 12, 12)
        self.layout_.setSpacing(12)
        self.scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(LIVE_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_built)
        self._stale = True
        """The plan or the findings changed since refresh() last ran."""
        self.doc.changed.connect(self._note_change)
        ctx.findings.changed.connect(self._mark_stale)

    # --- to override -------------------------------------------------------------

    def build(self) -> None:
        """Create the page's widgets (called once, the first time it is needed)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Update live figures from the plan (called after every change)."""

    # --- helpers -----------------------------------------------------------------

    def ensure_built(self) -> None:
        if not self.built:
            self.built = True
            self.build()
            self.layout_.addStretch(1)
            self._stale = False
            self.refresh()

    def prebuild(self, like: QWidget | None = None) -> None:
        """Build while hidden and lay out at the size of ``like`` (the page on screen),
        so that the first visit only shows and paints (the window calls this in idle time)."""
        self.ensure_built()
        widgets = self.findChildren(QWidget)
        for w in widgets:  # style-sheet polish, otherwise done on first show
            w.ensurePolished()
        if like is not None and like.width() > 0 and self.size() != like.size():
            self.resize(like.size())
        self.layout().activate()
        self.body.layout().activate()
        # Paint it once, off screen: a hidden widget keeps its resize events until it is
        # shown (tables fit their columns then), and its first paint lays out every text
        # and fills the style and glyph caches. Rendering delivers the former and does
        # the latter now, in idle time, instead of in the click that first shows the page.
        if self.width() > 0 and self.height() > 0:
            canvas = QPixmap(self.size())
            self.render(canvas)
            # That first paint's resize events refit the tables, which asks for new
            # layouts down the tree: lay them out and paint once more, so the visit finds
            # the page settled (a fifth less work on the first visit to a table page).
            for w in (self, *widgets):
                lay = w.layout() if shiboken6.isValid(w) else None  # a refit may have replaced it
                if lay is not None:
                    lay.activate()
            self.render(canvas)

    def _note_change(self, _path: str) -> None:
        self._stale = True
        self._refresh_timer.start()

    def _mark_stale(self) -> None:
        self._stale = True

    def _refresh_if_built(self) -> None:
        if self.built and self.isVisible():
            self._stale = False
            self.refresh()

    def form(self, title: str | None = None) -> Form:
        """A new form section appended to the page."""
        if title:
            self.heading(title)
        f = Form(self.binder)
        holder = QWidget()
        holder.setLayout(f.layout)
        self.layout_.addWidget(holder)
        return f

    def heading(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setObjectName("sectionTitle")
        lab.setWordWrap(True)  # long headings must not widen the page at a large zoom
        lab.setAccessibleName(text)
        self.layout_.addWidget(lab)
        return lab

    def note(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setObjectName("note")
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(lab)
        return lab

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget

    # --- shown by the PlanWizard -------------------------------------------------------

    def title(self) -> str:
        return self._title

    def setTitle(self, title: str) -> None:  # noqa: N802 (Qt-style name, as QWizardPage had)
        self._title = title

    def activate(self) -> None:
        """Called as the page becomes the current one: built on the first visit; on a
        return, brought up to date only if the plan or the findings changed meanwhile
        (the refresh comes right after the page is painted, see showEvent)."""
        self.ensure_built()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # refresh() skips hidden pages: bring live panels up to date on every return.
        super().showEvent(event)
        if self.built and self._stale:  # unchanged since the last visit: nothing to redo
            self._refresh_timer.start()

    def nextId(self) -> int:  # noqa: N802 (Qt-style name)
        nxt = next_step(self.step)
        return int(nxt) if nxt is not None else -1

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Return in a field or a table cell commits it and stays: a field ignores the key,
        # which would otherwise reach the wizard's default button and move to the next
        # step (typing an FTE and pressing Return jumped from Staffing to Supervision).
        # Buttons handle Return themselves before it gets here; Next is Alt+N / Ctrl+PgDown.
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.flush()
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_field(self, path: str) -> bool:
        """Focus the field that edits ``path`` and scroll it into view (Review ▸ Go to)."""
        self.ensure_built()
        self.binder.flush()
        if not self.binder.focus(path):
            return False
        target = self.focusWidget()  # what the binding or the page's own focuser focused
        if target is not None and self.body.isAncestorOf(target):
            self.body.layout().activate()  # a page just shown may not be laid out yet
            margin = self.fontMetrics().height() * 3  # its label and error line too
            self.scroll.ensureWidgetVisible(target, margin, margin)
        return True

    def flush(self) -> None:
        """Commit text that is waiting for its typing pause."""
        if self.built:
            self.binder.flush()

