"""The step pages inside the main window: a stack of pages, their title, and the
Help / Back / Next / Export buttons, driven by ``wizard.steps``.

It replaces the QWizard used before, which was used against its design (a clickable
step list with ``IndependentPages`` meant looping ``back()``, a jump slot, no-op
``cleanupPage``) and which, on every page switch, turned updates off and on again for
every widget of every page built so far (``QWizardPrivate::disableUpdates``): with
the table pages built, that was most of a page switch. The buttons are the same
(``QWizard.WizardButton`` keys, QWizard's own texts and Qt's translations of them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

Button = QWizard.WizardButton


class PageStack(QWidget):
    """Shows one page at a time, like a QStackedWidget, without what makes a switch cost
    in proportion to every page built: QStackedLayout turns updates off and on for all
    of its pages around each switch. Here the new page is shown and given the keyboard,
    then the old one hidden (hiding a page that has the focus first would send Qt
    searching the focus chain through every other page for somewhere to put it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None
        self._order: list[QWidget] = []

    def insertWidget(self, index: int, page: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        page.hide()  # hidden pages take no room in the layout
        self._order.insert(index, page)
        self._lay.insertWidget(index, page, 1)

    def removeWidget(self, page: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        if page in self._order:
            self._order.remove(page)
            self._lay.removeWidget(page)
        if page is self._current:
            self._current = None

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 (QStackedWidget's name)
        return self._order.index(page) if page in self._order else -1

    def count(self) -> int:
        return len(self._order)

    def widget(self, index: int) -> QWidget | None:
        return self._order[index] if 0 <= index < len(self._order) else None

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (QStackedWidget's name)
        return self._current

    def setCurrentWidget(self, page: QWidget, then=None) -> None:  # noqa: N802 (QStackedWidget's name)
        """Show ``page``; ``then(page)`` runs once it is shown, before the old page is hidden."""
        old, self._current = self._current, page
        page.show()
        if then is not None:
            then(page)
        if old is not None and old is not page:
            old.hide()


class PlanWizard(QWidget):
    """Pages by id (a step's number), a history for Back, and the buttons.

    ``next()`` goes to the current page's ``nextId()``; ``back()`` to the page before in
    the history; ``go_to(id)`` jumps (back along the history when the page is in it,
    otherwise forward, so Back returns to where the jump started)."""

    WizardButton = QWizard.WizardButton
    currentIdChanged = Signal(int)
    helpRequested = Signal()
    finishRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planWizard")
        self._pages: dict[int, QWidget] = {}
        self._history: list[int] = []
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)  # a long step name at a large zoom wraps instead of being cut
        self.title_label.setContentsMargins(9, 0, 0, 0)  # in line with the page's headings, as in QWizard
        self.stack = PageStack()
        ruler = QFrame()
        ruler.setFrameShape(QFrame.Shape.HLine)
        ruler.setFrameShadow(QFrame.Shadow.Sunken)
        # QWizard's own texts, so Qt's translations (qtbase_*.qm) apply as before.
        texts = {
            Button.HelpButton: QCoreApplication.translate("QWizard", "&Help"),
            Button.BackButton: QCoreApplication.translate("QWizard", "< &Back"),
            Button.NextButton: QCoreApplication.translate("QWizard", "&Next >"),
            Button.FinishButton: "",  # the window names it (Export charter…)
        }
        self._buttons: dict[QWizard.WizardButton, QPushButton] = {}
        row = QHBoxLayout()
        for which, text in texts.items():
            b = QPushButton(text)
            b.setAutoDefault(False)
            self._buttons[which] = b
            if which == Button.HelpButton:
                row.addWidget(b)
                row.addStretch(1)
            else:
                row.addWidget(b)
        self._buttons[Button.HelpButton].clicked.connect(self.helpRequested)
        self._buttons[Button.BackButton].clicked.connect(self.back)
        self._buttons[Button.NextButton].clicked.connect(self.next)
        self._buttons[Button.FinishButton].clicked.connect(self.finishRequested)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title_label)
        lay.addWidget(self.stack, 1)
        lay.addWidget(ruler)
        lay.addLayout(row)
        self._update_buttons()

    # --- pages ---------------------------------------------------------------------

    def setPage(self, page_id: int, page: QWidget) -> None:  # noqa: N802 (QWizard's name)
        """Add (or replace) the page with this id. A replaced current page is not built
        here (the window replaces pages for a new plan, then restarts)."""
        old = self._pages.get(page_id)
        if old is not None and old is not page:
            self.stack.removeWidget(old)
        self._pages[page_id] = page
        self.stack.insertWidget(sorted(self._pages).index(page_id), page)

    def removePage(self, page_id: int) -> None:  # noqa: N802 (QWizard's name)
        page = self._pages.pop(page_id, None)
        if page is not None:
            self.stack.removeWidget(page)

    def page(self, page_id: int) -> QWidget | None:
        return self._pages.get(page_id)

    def pageIds(self) -> list[int]:  # noqa: N802 (QWizard's name)
        return sorted(self._pages)

    def currentId(self) -> int:  # noqa: N802 (QWizard's name)
        return self._history[-1] if self._history else -1

    def currentPage(self) -> QWidget | None:  # noqa: N802 (QWizard's name)
        return self._pages.get(self.currentId())

    def visitedIds(self) -> list[int]:  # noqa: N802 (QWizard's name)
        """The pages on the way to the current one (what Back goes through), in order."""
        return list(self._history)

    # --- moving ----------------------------------------------------------------------

    def restart(self) -> None:
        """Back to the first page, with no history."""
        self._history = []
        if self._pages:
            self._history.append(min(self._pages))
            self._show(self._history[-1])
        else:
            self._update_buttons()

    def next(self) -> None:
        page = self.currentPage()
        nid = page.nextId() if page is not None and hasattr(page, "nextId") else -1
        if nid in self._pages:
            self._history.append(nid)
            self._show(nid)

    def back(self) -> None:
        if len(self._history) > 1:
            self._history.pop()
            self._show(self._history[-1])

    def go_to(self, page_id: int) -> None:
        """Show ``page_id``: back along the history if it is there, else forward."""
        if page_id not in self._pages or self.stack.currentWidget() is self._pages[page_id]:
            return
        if page_id in self._history:  # (the current page when it was replaced)
            del self._history[self._history.index(page_id) + 1:]
        else:
            self._history.append(page_id)
        self._show(page_id)

    def jump_to(self, page_id: int) -> None:
        """Forward to a page not visited yet (Back comes back here)."""
        if page_id in self._pages and self.stack.currentWidget() is not self._pages[page_id]:
            if page_id != self.currentId():
                self._history.append(page_id)
            self._show(page_id)

    def _show(self, page_id: int) -> None:
        page = self._pages[page_id]
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()  # built on its first visit, brought up to date on a return
        title = page.title() if hasattr(page, "title") else ""
        if self.title_label.text() != title:
            self.title_label.setText(title)
        self.stack.setCurrentWidget(page, self._focus_first_field)
        self._update_buttons()
        self.currentIdChanged.emit(page_id)

    def _focus_first_field(self, page: QWidget) -> None:
        """As QWizard did: the keyboard goes to the new page's first field (Tab order)."""
        w = page.nextInFocusChain()
        while w is not None and w is not page and page.isAncestorOf(w):  # the page's part of the chain
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.isVisibleTo(page):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
            w = w.nextInFocusChain()

    # --- buttons -----------------------------------------------------------------------

    def button(self, which: QWizard.WizardButton) -> QPushButton:
        return self._buttons[which]

    def setButtonText(self, which: QWizard.WizardButton, text: str) -> None:  # noqa: N802 (QWizard's name)
        self._buttons[which].setText(text)

    def buttonText(self, which: QWizard.WizardButton) -> str:  # noqa: N802 (QWizard's name)
        return self._buttons[which].text()

    def _update_buttons(self) -> None:
        """As QWizard showed them: no Back on the first page, Next except on the last
        page, where Export (Finish) takes its place; Help always."""
        page = self.currentPage()
        nid = page.nextId() if page is not None and hasattr(page, "nextId") else -1
        last = nid not in self._pages
        self._buttons[Button.BackButton].setVisible(len(self._history) > 1)
        self._buttons[Button.NextButton].setVisible(not last)
        self._buttons[Button.FinishButton].setVisible(last and page is not None)
        # Styled as the default button (QWizard's look); a window has no default-button
        # behaviour, and Return in a field stays in the field (StepPage.keyPressEvent).
        self._buttons[Button.NextButton].setDefault(not last)
        self._buttons[Button.FinishButton].setDefault(last)
