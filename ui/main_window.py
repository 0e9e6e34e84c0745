"""The main window: start page, step list, wizard pages, guidance panel, files."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import settings_keys as keys
from ui import style
from ui.actions import TOOLS
from ui.context import Context
from ui.files import FileHandling
from ui.plan_wizard import PlanWizard
from ui.start_page import APP_TITLE, StartPage
from wizard.steps import Step

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.plan import ProgramPlan

# Only what the start page needs is imported here; the plan models, the checks and the
# dialogs (Qt builds their enums on first use) load with the first plan or question.

PREFERRED_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(960, 600)
FRAME_ALLOWANCE = QSize(16, 40)
"""Room for the window frame and title bar, which are not part of the window's size."""
CHECK_DELAY_MS = 60
PREBUILD_PAUSE_MS = 250
"""Pages not built yet are built one at a time after this pause with no edit, so that
a first visit costs what a return visit does."""
PREBUILD_NEXT_MS = 40
"""While nothing else happens, the page after that is built this soon after the previous one."""

def page_classes() -> dict[Step, type]:
    """Each step's page class. Real import statements (not module names in strings), so
    PyInstaller and readers see every page; inside a function, so the start page's
    first paint does not wait for them."""
    from ui.pages import (
        agency,
        agreement,
        confidentiality,
        coverage,
        data,
        decisions,
        export,
        funding,
        governance,
        model,
        review,
        signoff,
        staffing,
    )

    return {
        Step.agency: agency.AgencyPage,
        Step.model: model.ModelPage,
        Step.coverage: coverage.CoveragePage,
        Step.staffing: staffing.StaffingPage,
        Step.governance: governance.GovernancePage,
        Step.agreement: agreement.AgreementPage,
        Step.confidentiality: confidentiality.ConfidentialityPage,
        Step.data: data.DataPage,
        Step.funding: funding.FundingPage,
        Step.decisions: decisions.DecisionsPage,
        Step.review: review.ReviewPage,
        Step.signoff: signoff.SignoffPage,
        Step.export: export.ExportPage,
    }


def page_class(step: Step) -> type:
    return page_classes()[step]


WARM_UP_MS = 1500
_warm_up: threading.Thread | None = None


def warm_up_imports() -> None:
    """Import what opening a charter needs (pypdf: a quarter of a second) on a
    background thread, once the window has settled, so File ▸ Open of a charter is as
    quick as opening a plan. Python's import locks make a concurrent import wait."""
    global _warm_up
    if _warm_up is None:
        from ui.widgets.background import run_in_thread

        _warm_up = run_in_thread(lambda: importlib.import_module("wizard.charter.reader"), "warm-up imports")


class _FirstPaint(QObject):
    """Calls ``then`` once, after the window's first paint event."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self.then()
        return False


class MainWindow(FileHandling, QMainWindow):
    zoomChanged = Signal(float)

    def __init__(self, content: Content | None = None, settings: QSettings | None = None):
        """``content`` None: the shipped content in the current language, validated right
        after the first paint (the start page reads its few texts without it) or as soon as
        something needs it, whichever comes first."""
        super().__init__()
        self._content = content
        self.settings = settings or QSettings()
        self._building = False
        self.facilitator = None  # ui.facilitator.FacilitatorWindow, made on first use
        from ui.presentation import Presentation

        self.presentation = Presentation(self)
        self.setWindowTitle(f"[*]{APP_TITLE}")

        self.zoom = float(self.settings.value(keys.ZOOM, 1.0))
        self._base_pt = style.base_point_size()
        self.apply_zoom(self.zoom)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage(self._start_texts(), self)
        self.stack.addWidget(self.start_page)

        self.guidance = QTextBrowser()
        self.guidance.setObjectName("guidance")
        self.guidance.setAccessibleName(QCoreApplication.translate("ui.main_window", "Guidance"))
        self.guidance.setOpenExternalLinks(False)
        self.guidance_dock = QDockWidget(QCoreApplication.translate("ui.main_window", "Guidance"), self)
        self.guidance_dock.setObjectName("guidanceDock")
        self.guidance_dock.setWidget(self.guidance)
        self.guidance_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.guidance_dock)
        self.guidance_dock.hide()

        self.status_fp = QLabel()
        self.status_findings = QLabel()
        self.statusBar().addPermanentWidget(self.status_findings)
        self.statusBar().addPermanentWidget(self.status_fp)
        if content is not None and content.source != "default":
            self.status_content = QLabel(QCoreApplication.translate("ui.main_window", "Content pack: {0}").format(Path(content.source).name))
            self.status_content.setToolTip(content.source)
            self.statusBar().addPermanentWidget(self.status_content)

        self._build_menus()
        geometry = self.settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.fit_on_screen(first_start=not isinstance(geometry, QByteArray))
        self.setWindowTitle(QCoreApplication.translate("ui.main_window", "Untitled plan[*] — {0}").format(APP_TITLE))
        # The start page is all the first paint needs; the plan, the checks and the wizard
        # with its pages are made after it (or at once, when something needs them): once
        # the paint pass is over and the event loop has gone round once more, so that what
        # came in meanwhile (a click, a key, a quit) is handled first.
        # The content is validated first, then the workspace made, each on its own turn of
        # the event loop.
        self._first_paint = _FirstPaint(self, lambda: QTimer.singleShot(0, self, self._content_soon))

    def _content_soon(self) -> None:
        QTimer.singleShot(0, self, self._content_then_workspace)

    def _content_then_workspace(self) -> None:
        if self.__dict__.get("_building"):
            return  # closed meanwhile
        self._ensure_content()
        QTimer.singleShot(0, self, self._ensure_workspace)

    # --- content -------------------------------------------------------------------------

    @property
    def content(self) -> Content:
        """The validated content; loaded here if the first paint's follow-up has not yet
        (a preset clicked, a file opened at once): whatever asks waits for it, nothing is lost."""
        content = self.__dict__.get("_content")
        return content if content is not None else self._ensure_content()

    def content_ready(self) -> bool:
        return self.__dict__.get("_content") is not None

    def _start_texts(self):
        from wizard import start_texts

        if self._content is None:
            try:
                return start_texts.read_default()
            except (start_texts.Unreadable, OSError):
                pass  # the validated content names the problem (or shows the texts)
        return start_texts.of_content(self.content)

    def _ensure_content(self) -> Content:
        content = self.__dict__.get("_content")
        if content is None:
            from wizard.content import default_content

            content = self._content = default_content()
            page = self.__dict__.get("start_page")
            if page is not None:  # the validated wording (the same, tests/wizard/test_start_texts.py)
                from wizard import start_texts

                page.show_texts(start_texts.of_content(content))
        return content

    def fit_on_screen(self, *, first_start: bool = False) -> None:
        """First start: size from the screen's available area (a 1366×768 or 1280×720
        laptop shows Back and Next), centred. A remembered geometry is kept, but moved
        and shrunk onto the screen the window is on now (a monitor may have gone)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        avail = screen.availableGeometry()
        extra = FRAME_ALLOWANCE
        room = QSize(max(1, avail.width() - extra.width()), max(1, avail.height() - extra.height()))
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))
        if not first_start and avail.contains(self.frameGeometry()) and avail.contains(self.geometry()):
            return  # remembered and on screen: as the user left it
        self.resize((PREFERRED_SIZE if first_start else self.size()).boundedTo(room))
        w, h = self.width() + extra.width(), self.height() + extra.height()  # with the frame
        if first_start:
            x, y = avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2
        else:
            x = min(max(self.x(), avail.x()), avail.x() + avail.width() - w)
            y = min(max(self.y(), avail.y()), avail.y() + avail.height() - h)
        self.move(x, y)

    _LAZY = frozenset({"doc", "ctx", "visited", "pages", "step_list", "wizard", "workspace",
                       "_check_timer", "_prebuild_timer"})

    def __getattr__(self, name: str):
        # Only reached when normal lookup fails: the workspace is not made yet.
        if name in MainWindow._LAZY and not self.__dict__.get("_building", True):
            self._ensure_workspace()
            return self.__dict__[name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def workspace_ready(self) -> bool:
        """True once the plan document, the wizard and its pages exist."""
        return bool(self.__dict__.get("_ready"))

    def _ensure_workspace(self) -> None:
        """Make the plan document, the wizard and its (unbuilt) pages, and run the checks."""
        if self.workspace_ready() or self._building:
            return
        self._building = True
        try:
            self._build_workspace()
            self._ready = True
        finally:
            self._building = False

    def _build_workspace(self) -> None:
        from ui.document import PlanDocument

        content = self.content
        self.doc = PlanDocument(content, parent=self)
        self.ctx = Context(self.doc, content, self.settings, go_to=self.go_to, status=self.status,
                           flush_edits=self.flush_edits, suggested_name=self.suggested_name, parent=self)
        self.visited: set[Step] = set()
        self.pages: dict[Step, object] = {}
        self._retired: set = set()
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        from ui.step_list import StepList

        self.step_list = StepList(content)
        self.step_list.currentRowChanged.connect(self._step_clicked)
        self.wizard = PlanWizard()
        self.wizard.setButtonText(PlanWizard.WizardButton.FinishButton, QCoreApplication.translate("ui.main_window", "&Export charter…"))
        self.wizard.helpRequested.connect(self.show_step_help)
        self.wizard.currentIdChanged.connect(self._page_changed)
        self.wizard.finishRequested.connect(self.export_charter)
        for step in Step:
            page = page_class(step)(self.ctx)
            self.pages[step] = page
            self.wizard.setPage(int(step), page)
        self.page_title: QLabel = self.wizard.title_label
        self.workspace.addWidget(self.step_list)
        self.workspace.addWidget(self.wizard)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setCollapsible(1, False)
        self.workspace.setSizes([self.step_list.preferred_width(), 900])
        self.stack.addWidget(self.workspace)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.update_findings)
        self.doc.changed.connect(lambda _p: self._check_timer.start())
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setSingleShot(True)
        self._prebuild_timer.setInterval(PREBUILD_PAUSE_MS)
        self._prebuild_timer.timeout.connect(self._prebuild_next)
        self.doc.changed.connect(self._postpone_prebuild)
        self.doc.dirtyChanged.connect(self.setWindowModified)
        self.doc.autosaveFailed.connect(lambda msg: self.statusBar().showMessage(
            QCoreApplication.translate("ui.main_window", "{0}. Save your work with File ▸ Save.").format(msg), 0))
        self.doc.pathChanged.connect(lambda _p: self._update_title())
        self.doc.amended.connect(self._amended)
        self.ctx.findings.changed.connect(self._update_step_list)
        stack = self.doc.undo_stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        self.doc.replaced.connect(self._update_title)

        self.update_findings()
        self._update_title()
        QTimer.singleShot(WARM_UP_MS, self, warm_up_imports)

    def _amended(self, revision: int) -> None:
        from wizard import signing

        names = [st.signatory.name or QCoreApplication.translate("ui.main_window", "(no name)") for st in signing.must_resign(self.doc.plan)]
        who = f" Signatures to renew: {', '.join(names)}." if names else ""
        self.statusBar().showMessage(QCoreApplication.translate("ui.main_window", "This change starts revision {0} of the charter.{1}").format(revision, who), 0)
        self.update_findings()

    # --- menus ---------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, *, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _add_tool(self, menu, tool) -> None:
        act = QAction(tool.text, self)
        if tool.shortcut:
            act.setShortcut(QKeySequence(tool.shortcut))
        act.triggered.connect(lambda _c=False, name=tool.name: self.run_tool(name))
        menu.addAction(act)
        self._tool_actions[tool.name] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(QCoreApplication.translate("ui.main_window", "&File"))
        self._action(f, QCoreApplication.translate("ui.main_window", "&New…"), lambda: self.show_start(), QKeySequence.StandardKey.New)
        self._action(f, QCoreApplication.translate("ui.main_window", "&Open…"), lambda: self.open_file(), QKeySequence.StandardKey.Open)
        self.recent_menu = f.addMenu(QCoreApplication.translate("ui.main_window", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        f.addSeparator()
        self.save_action = self._action(f, QCoreApplication.translate("ui.main_window", "&Save"), lambda: self.save(), QKeySequence.StandardKey.Save)
        self._action(f, QCoreApplication.translate("ui.main_window", "Save &As…"), lambda: self.save_as(), QKeySequence.StandardKey.SaveAs)
        self.export_action = self._action(f, QCoreApplication.translate("ui.main_window", "&Export Charter…"), lambda: self.export_charter(), "Ctrl+E")
        self._tool_actions: dict[str, QAction] = {}
        self._tool_results: dict[str, object] = {}
        menus = {"file": f}
        for tool in TOOLS:  # File ▸ Compare With, Print Worksheet, Launch Kit ▸ …
            if tool.menu == "launch kit" and "launch kit" not in menus:
                menus["launch kit"] = f.addMenu(QCoreApplication.translate("ui.main_window", "&Launch Kit"))
            if tool.menu in menus:
                self._add_tool(menus[tool.menu], tool)
        from ui.sync_session import add_share_action

        add_share_action(self, f)  # File ▸ Share… (several people edit one plan at once)
        f.addSeparator()
        self._action(f, QCoreApplication.translate("ui.main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(QCoreApplication.translate("ui.main_window", "&Edit"))
        self.undo_action = self._action(edit, QCoreApplication.translate("ui.main_window", "&Undo"), lambda: self.undo(), QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, QCoreApplication.translate("ui.main_window", "&Redo"), lambda: self.redo(), QKeySequence.StandardKey.Redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        self.go_menu = bar.addMenu(QCoreApplication.translate("ui.main_window", "&Go"))
        self._action(self.go_menu, QCoreApplication.translate("ui.main_window", "&Next Step"), lambda: self.wizard.next(), "Ctrl+PgDown")
        self._action(self.go_menu, QCoreApplication.translate("ui.main_window", "&Previous Step"), lambda: self.wizard.back(), "Ctrl+PgUp")
        self._action(self.go_menu, QCoreApplication.translate("ui.main_window", "&Review"), lambda: self.go_to(Step.review), "Ctrl+R")

        self.view_menu = bar.addMenu(QCoreApplication.translate("ui.main_window", "&View"))
        self.guidance_action = self.guidance_dock.toggleViewAction()
        self.guidance_action.setText(QCoreApplication.translate("ui.main_window", "&Guidance Panel"))
        self.guidance_action.setShortcut(QKeySequence("F9"))
        self.view_menu.addAction(self.guidance_action)
        self.view_menu.addSeparator()
        self._action(self.view_menu, QCoreApplication.translate("ui.main_window", "Zoom &In"), lambda: self.step_zoom(+1), QKeySequence.StandardKey.ZoomIn)
        self.addAction(self._action(QWidget(), QCoreApplication.translate("ui.main_window", "Zoom In (=)"), lambda: self.step_zoom(+1), "Ctrl+="))
        self._action(self.view_menu, QCoreApplication.translate("ui.main_window", "Zoom &Out"), lambda: self.step_zoom(-1), QKeySequence.StandardKey.ZoomOut)
        self._action(self.view_menu, QCoreApplication.translate("ui.main_window", "&Actual Size"), lambda: self.set_zoom(1.0), "Ctrl+0")
        self.view_menu.addSeparator()
        self.presentation_action = self._action(self.view_menu, QCoreApplication.translate("ui.main_window", "&Presentation"), lambda: self.presentation.toggle(),
                                                "F11", checkable=True)
        self.presentation.toggled.connect(self.presentation_action.setChecked)
        self.facilitator_action = self._action(self.view_menu, QCoreApplication.translate("ui.main_window", "&Facilitator Notes"), self.show_facilitator,
                                               "Ctrl+Shift+F", checkable=True)
        from ui.i18n import (
            add_language_menu,  # View ▸ Language (remembered; takes effect at the next start)
        )

        add_language_menu(self, self.view_menu)

        tools = bar.addMenu(QCoreApplication.translate("ui.main_window", "&Tools"))
        for tool in TOOLS:
            if tool.menu == "tools":
                self._add_tool(tools, tool)
        self._action(tools, QCoreApplication.translate("ui.main_window", "&Content Pack…"), lambda: self.choose_content_pack())
        self.default_content_action = self._action(tools, QCoreApplication.translate("ui.main_window", "Use &Default Content"), lambda: self.use_default_content())
        self.default_content_action.setEnabled(self._content is not None and self._content.source != "default")

        h = bar.addMenu(QCoreApplication.translate("ui.main_window", "&Help"))
        self._action(h, QCoreApplication.translate("ui.main_window", "Help for This &Step"), self.show_step_help, QKeySequence.StandardKey.HelpContents)
        self._action(h, QCoreApplication.translate("ui.main_window", "&About"), self.show_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        for i, path in enumerate(files):
            act = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            act.setToolTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_file(Path(p)))
        if not files:
            self.recent_menu.addAction(QCoreApplication.translate("ui.main_window", "No recent files")).setEnabled(False)

    # --- undo ------------------------------------------------------------------------

    def _show_undo_text(self, text: str) -> None:
        if shiboken6.isValid(self.undo_action):  # the stack empties as the window goes
            self.undo_action.setText(QCoreApplication.translate("ui.main_window", "&Undo {0}").format(text) if text else QCoreApplication.translate("ui.main_window", "&Undo"))

    def _show_redo_text(self, text: str) -> None:
        if shiboken6.isValid(self.redo_action):
            self.redo_action.setText(QCoreApplication.translate("ui.main_window", "&Redo {0}").format(text) if text else QCoreApplication.translate("ui.main_window", "&Redo"))

    def undo(self) -> None:
        """Edit ▸ Undo: text still waiting for its typing pause is committed first, so
        it is what gets undone (not the edit before it)."""
        if not self.plan_on_screen():
            return
        self.flush_edits()
        self.doc.undo_stack.undo()

    def redo(self) -> None:
        if not self.plan_on_screen():
            return
        self.flush_edits()
        self.doc.undo_stack.redo()

    # --- zoom ------------------------------------------------------------------------

    def apply_zoom(self, zoom: float) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app, zoom, self._base_pt)
        self.zoomChanged.emit(zoom)

    def set_zoom(self, zoom: float) -> None:
        """Zoom the type; presentation mode has its own level, remembered apart."""
        self.zoom = max(style.ZOOM_STEPS[0], min(style.ZOOM_STEPS[-1], zoom))
        self.apply_zoom(self.zoom)
        presenting = getattr(self, "presentation", None) is not None and self.presentation.active
        self.settings.setValue(keys.PRESENTATION_ZOOM if presenting else keys.ZOOM, self.zoom)

    def normal_zoom(self) -> float:
        """The zoom outside presentation mode (the facilitator window keeps it)."""
        saved = self.presentation._saved if self.presentation.active else None
        return saved.zoom if saved is not None else self.zoom

    def step_zoom(self, direction: int) -> None:
        steps = style.ZOOM_STEPS
        idx = min(range(len(steps)), key=lambda i: abs(steps[i] - self.zoom))
        self.set_zoom(steps[max(0, min(len(steps) - 1, idx + direction))])

    # --- navigation --------------------------------------------------------------------

    def show_start(self) -> None:
        if not self.maybe_save():
            return
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)
        self.guidance_dock.hide()

    def show_workspace(self) -> None:
        self.stack.setCurrentWidget(self.workspace)
        if not self.settings.value(keys.GUIDANCE_HIDDEN, False, type=bool):
            self.guidance_dock.show()

    def go_to(self, step: Step, field: str | None = None) -> None:
        """Jump to a step (Back history is kept) and optionally focus a field."""
        self.flush_edits()
        if self.stack.currentWidget() is not self.workspace:
            self.show_workspace()
        self.wizard.go_to(int(step))
        if field:
            page = self.pages[step]
            QTimer.singleShot(0, page, lambda: page.focus_field(field))

    def _step_clicked(self, row: int) -> None:
        if row >= 0 and row != self.wizard.currentId():
            self.go_to(Step(row))

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        step = Step(page_id)
        self.visited.add(step)
        self._postpone_prebuild()  # never build a page ahead while this one is being shown
        self.step_list.select_quietly(page_id)
        self.show_guidance(step)
        self._update_step_list()

    def current_step(self) -> Step:
        cid = self.wizard.currentId()
        return Step(cid) if cid >= 0 else Step.agency

    def flush_edits(self) -> None:
        for page in self.pages.values():
            page.flush()

    # --- guidance ------------------------------------------------------------------------

    def guidance_html(self, step: Step) -> str:
        from html import escape

        g = self.content.step(step)
        prompts = "".join(f"<li>{escape(p)}</li>" for p in g.prompts)
        return (QCoreApplication.translate("ui.main_window", "<h3>{0}</h3><p><b>What this is.</b> {1}</p><p><b>Why it matters.</b> {2}</p><p><b>Discuss</b></p><ul>{3}</ul><p><i>Press F1 or Help for the full guidance.</i></p>").format(escape(g.title), escape(g.what), escape(g.why), prompts))

    def show_guidance(self, step: Step) -> None:
        presenting = getattr(self, "presentation", None) is not None and self.presentation.active
        html = self.presentation.guidance_html(step) if presenting else self.guidance_html(step)
        if html != self.__dict__.get("_guidance_html"):  # the same step again: nothing to lay out
            self._guidance_html = html
            self.guidance.setHtml(html)

    # --- workshop tools ---------------------------------------------------------------------

    def show_facilitator(self, on: bool = True) -> None:
        """Show (or hide) the facilitator notes window, which follows the current step."""
        if on and self.facilitator is None:
            from ui.facilitator import FacilitatorWindow

            self.facilitator = FacilitatorWindow(self)
            self.facilitator.closed.connect(lambda: self.facilitator_action.setChecked(False))
        if self.facilitator is not None:
            if on:
                self.facilitator.show()
                self.facilitator.raise_()
            else:
                self.facilitator.close()
        self.facilitator_action.setChecked(on)

    def action(self, name: str) -> QAction:
        """The menu action of the tool ``name`` (see ui.actions.TOOLS)."""
        return self._tool_actions[name]

    def tool_result(self, name: str):
        """What the tool returned when it last ran (a dialog, a job), or None."""
        return self._tool_results.get(name)

    def run_tool(self, name: str, *args):
        """Run a tool with this window's context; refused, with a message, when it needs
        a plan and none is open."""
        from ui import dialogs

        tool = next(t for t in TOOLS if t.name == name)
        if tool.needs_plan and not self.plan_on_screen():
            dialogs.show_info(self, tool.text.replace("&", "").rstrip("…"), tool.refusal)
            return None
        kwargs = {"running": self._tool_results.get(name)} if tool.keeps_running else {}
        result = tool.run(self, self.ctx, *args, **kwargs)
        if result is not None:
            self._tool_results[name] = result
        return result

    def compare_with(self, path: Path | None = None):
        return self.run_tool("compare", path)

    def print_worksheet(self, path: Path | None = None):
        return self.run_tool("worksheet", path)

    def choose_content_pack(self):
        from ui import content_pack

        return content_pack.choose_pack(self)

    def use_default_content(self):
        from ui import content_pack

        return content_pack.use_pack(self, None)

    def show_step_help(self) -> None:
        from html import escape

        step = self.current_step()
        g = self.content.step(step)
        paras = "".join(f"<p>{escape(p)}</p>" for p in g.help.split("\n\n"))
        sources = "".join(f"<li>{escape(s)}</li>" for s in g.sources)
        dlg = QDialog(self)
        dlg.setWindowTitle(QCoreApplication.translate("ui.main_window", "Help — {0}").format(g.title))
        lay = QVBoxLayout(dlg)
        text = QTextBrowser()
        text.setAccessibleName(QCoreApplication.translate("ui.main_window", "Help for {0}").format(g.title))
        text.setHtml(f"<h2>{escape(g.title)}</h2>{paras}" + (f"<h4>Sources</h4><ul>{sources}</ul>" if sources else ""))
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        dlg.resize(760, 620)
        self._help_dialog = dlg
        dlg.show()

    def show_about(self) -> None:
        from ui import dialogs
        from wizard import __version__

        dialogs.show_info(self, QCoreApplication.translate("ui.main_window", "About"), f"{APP_TITLE} {__version__}\n\n{self.content.charter.closing_quote}")

    # --- findings and step states ---------------------------------------------------------

    def update_findings(self) -> None:
        from ui import sync_session
        from wizard import checks, signing

        findings = checks.run_checks(self.doc.plan, self.content) + sync_session.findings(self)
        n_block = len(checks.blockers(findings))
        n_other = len(findings) - n_block
        blockers = QCoreApplication.translate("ui.main_window", "1 blocker") if n_block == 1 else \
            QCoreApplication.translate("ui.main_window", "{0} blockers").format(n_block)
        others = QCoreApplication.translate("ui.main_window", "1 other finding") if n_other == 1 else \
            QCoreApplication.translate("ui.main_window", "{0} other findings").format(n_other)
        self.status_findings.setText(f"{blockers}, {others}")
        fp = signing.fingerprint(self.doc.plan)
        self.status_fp.setText(QCoreApplication.translate("ui.main_window", "Revision {0} · fingerprint {1}").format(self.doc.plan.metadata.revision, signing.short(fp)))
        self.ctx.findings.replace(findings)  # the step list and the pages listen

    def _update_step_list(self) -> None:
        from wizard.progress import step_states

        self.step_list.show_states(step_states(self.doc.plan, list(self.ctx.findings), self.visited))

    def step_state(self, step: Step) -> str:
        return self.step_list.state(step)

    def status(self, message: str, timeout_ms: int = 0) -> None:
        """A line in the status bar ('' clears it)."""
        if message:
            self.statusBar().showMessage(message, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # --- files ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.doc.display_name()
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        self.setWindowModified(self.doc.dirty)
        if self.doc.path is not None:
            self.setWindowFilePath(str(self.doc.path))

    def start_with(self, plan: ProgramPlan, path: Path | None, *, dirty: bool = False,
                   amend_on_edit: bool = False) -> None:
        from ui import sync_session

        self._fresh_pages()
        self.doc.replace(plan, path, dirty=dirty, amend_on_edit=amend_on_edit)
        sync_session.follow(self)  # a shared plan: merged with everyone's edits, and followed
        self.visited.clear()
        self.show_workspace()
        self.wizard.restart()
        self.update_findings()
        self._prebuild_timer.start(PREBUILD_PAUSE_MS)

    def _fresh_pages(self) -> None:
        """Another plan gets new pages: every page built for the previous plan is replaced
        by an unbuilt one, so nothing it showed (an export result, a preview, a grid
        selection, scroll positions, a table's sideways scroll) can belong to the old plan.
        Pages never built hold nothing and are kept."""
        for step in Step:
            old = self.pages[step]
            if not old.built:
                continue
            new = page_class(step)(self.ctx)
            self.wizard.removePage(int(step))
            self.pages[step] = new
            self.wizard.setPage(int(step), new)
            self._retire(old)

    def _retire(self, page) -> None:
        page.hide()
        job = getattr(page, "job", None)
        if job is not None and not job.done:
            # An export still rendering finishes (its file is written and offered); the old
            # page goes once it has reported. Until then it only listens to its job.
            self._retired.add(page)

            def done(*_a, page=page) -> None:
                self._retired.discard(page)
                page.deleteLater()

            job.finished.connect(done, Qt.ConnectionType.QueuedConnection)
            job.failed.connect(done, Qt.ConnectionType.QueuedConnection)
            return
        shiboken6.delete(page)  # at once: its bindings must not see the next plan arrive

    # --- building pages ahead ----------------------------------------------------------------

    def _postpone_prebuild(self, _path: str = "") -> None:
        if self._prebuild_timer.isActive():
            self._prebuild_timer.start(PREBUILD_PAUSE_MS)  # the user is typing: build when they pause

    def _prebuild_next(self) -> None:
        """Build the next page not built yet (the steps after the current one first)."""
        if not self.isVisible() or self.stack.currentWidget() is not self.workspace:
            return
        if (QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None
                or QApplication.mouseButtons() != Qt.MouseButton.NoButton):
            self._prebuild_timer.start(PREBUILD_PAUSE_MS)
            return
        current = self.current_step()
        steps = list(Step)
        for i in range(1, len(steps)):
            page = self.pages[steps[(steps.index(current) + i) % len(steps)]]
            prebuild = getattr(page, "prebuild", None)
            if not page.built and callable(prebuild):
                prebuild(self.pages[current])
                self._prebuild_timer.start(PREBUILD_NEXT_MS)  # still idle: the next one soon after
                return

    def export_charter(self) -> None:
        self.go_to(Step.export)
        page = self.pages[Step.export]
        start = getattr(page, "start_export", None)
        if callable(start):
            start()

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.workspace_ready():
            self._building = True  # closing before the plan was made: nothing to save or build
        elif self.stack.currentWidget() is self.workspace and not self.maybe_save():
            event.ignore()
            return
        else:
            self.doc.discard_recovery()
        self.presentation.leave()  # settings keep the normal window, not the projector's
        if self.facilitator is not None:
            self.facilitator.close()
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.GUIDANCE_HIDDEN, not self.guidance_dock.isVisible()
                               if self.workspace_ready() and self.stack.currentWidget() is self.workspace else
                               self.settings.value(keys.GUIDANCE_HIDDEN, False, type=bool))
        event.accept()

