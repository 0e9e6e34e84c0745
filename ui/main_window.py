"""The main window: start page, step list, wizard pages, guidance panel, files."""

from __future__ import annotations

import importlib
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ui import style
from ui.document import RecoveryFile
from wizard import presets
from wizard.steps import Step
from wizard.yamlio import ReadError

if TYPE_CHECKING:
    from ui.document import PlanDocument
    from wizard import checks
    from wizard.content import Content
    from wizard.plan import ProgramPlan
    from wizard.progress import StepState

# Only what the start page needs is imported here; the plan models, the checks and the
# dialogs (Qt builds their enums on first use) load with the first plan or question.

APP_TITLE = QCoreApplication.translate("ui.main_window", "Co-Response Program Design Wizard")
PREFERRED_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(960, 600)
FRAME_ALLOWANCE = QSize(16, 40)
"""Room for the window frame and title bar, which are not part of the window's size."""
MAX_RECENT = 8
CHECK_DELAY_MS = 60
PREBUILD_PAUSE_MS = 250
"""Pages not built yet are built one at a time after this pause with no edit, so that
a first visit costs what a return visit does."""

def page_classes() -> dict[Step, type]:
    """Each step's page class. Real import statements (not module names in strings), so
    PyInstaller and readers see every page; inside a function, so the start page's
    first paint does not wait for them."""
    from ui.pages import (
        agency,
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


STATE_COLORS = {  # by StepState value
    "not started": "#9aa5b1",
    "in progress": "#d08a1e",
    "complete": "#2e7d4f",
    "has blockers": "#b3261e",
}


def _state_icon(state: StepState, size: int = 16) -> QIcon:
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


def _cached_icon(state: StepState) -> QIcon:
    """The step-state icons are drawn once (the step list updates them on every page change)."""
    icon = _ICONS.get(state)
    if icon is None:
        icon = _ICONS[state] = _state_icon(state)
    return icon


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


class AppContext:
    """What pages need from the window: the document, content, and navigation."""

    def __init__(self, window: MainWindow, doc: PlanDocument, content: Content):
        self.window = window
        self.doc = doc
        self.content = content
        self._jump: Step | None = None
        self.findings: list[checks.Finding] = []

    def take_jump(self) -> Step | None:
        j, self._jump = self._jump, None
        return j

    def go_to(self, step: Step, field: str | None = None) -> None:
        self.window.go_to(step, field)


class PlanWizard(QWizard):
    """QWizard embedded in the window: Finish exports, Escape does not close it."""

    finishRequested = Signal()

    def reject(self) -> None:  # Escape must never hide the pages
        pass

    def accept(self) -> None:
        self.finishRequested.emit()

    def done(self, result: int) -> None:
        pass


class StartPage(QWidget):
    """New blank plan, a sample agency, open, recent files, recover unsaved work."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(14)
        title = QLabel(APP_TITLE)
        title.setObjectName("startTitle")
        outer.addWidget(title)
        intro = QLabel(window.content.charter.introduction.strip())
        intro.setWordWrap(True)
        intro.setObjectName("note")
        outer.addWidget(intro)

        cols = QHBoxLayout()
        cols.setSpacing(32)
        outer.addLayout(cols, 1)

        left = QVBoxLayout()
        cols.addLayout(left, 1)
        h = QLabel(QCoreApplication.translate("ui.main_window", "Start a plan"))
        h.setObjectName("sectionTitle")
        left.addWidget(h)
        self.presets = QListWidget()
        self.presets.setAccessibleName(QCoreApplication.translate("ui.main_window", "Start from a blank plan or a sample agency"))
        self.presets.setWordWrap(True)
        self.presets.setSpacing(2)
        for info in presets.available(window.content):
            item = QListWidgetItem(f"{info.title}\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setSizeHint(QSize(0, item.sizeHint().height()))
            self.presets.addItem(item)
        self.presets.itemActivated.connect(lambda it: window.new_plan(it.data(Qt.ItemDataRole.UserRole)))
        left.addWidget(self.presets, 1)
        from PySide6.QtWidgets import QPushButton

        start = QPushButton(QCoreApplication.translate("ui.main_window", "&Start with the selected plan"))
        start.setObjectName("primary")
        start.clicked.connect(self._start_selected)
        left.addWidget(start)

        right = QVBoxLayout()
        cols.addLayout(right, 1)
        h2 = QLabel(QCoreApplication.translate("ui.main_window", "Continue"))
        h2.setObjectName("sectionTitle")
        right.addWidget(h2)
        open_btn = QPushButton(QCoreApplication.translate("ui.main_window", "&Open a plan or charter…"))
        open_btn.clicked.connect(lambda: window.open_file())
        right.addWidget(open_btn)
        self.recent_label = QLabel(QCoreApplication.translate("ui.main_window", "Recent files"))
        right.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(QCoreApplication.translate("ui.main_window", "Recent files"))
        self.recent.itemActivated.connect(lambda it: window.open_file(Path(it.data(Qt.ItemDataRole.UserRole))))
        right.addWidget(self.recent, 1)
        self.recover_label = QLabel(QCoreApplication.translate("ui.main_window", "Unsaved work from a previous session"))
        right.addWidget(self.recover_label)
        self.recover = QListWidget()
        self.recover.setAccessibleName(QCoreApplication.translate("ui.main_window", "Unsaved work that can be recovered"))
        self.recover.itemActivated.connect(lambda it: window.recover_file(RecoveryFile(Path(it.data(Qt.ItemDataRole.UserRole)))))
        right.addWidget(self.recover)
        self.presets.setCurrentRow(0)
        self.refresh()

    def _start_selected(self) -> None:
        item = self.presets.currentItem()
        self.window.new_plan(item.data(Qt.ItemDataRole.UserRole) if item else "blank")

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.window.recent_files():
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
        self.recover.clear()
        for rf in RecoveryFile.all():
            where = f" (from {rf.original})" if rf.original else QCoreApplication.translate("ui.main_window", " (never saved)")
            item = QListWidgetItem(QCoreApplication.translate("ui.main_window", "{0}{1}\nautosaved {2}").format(rf.title, where, rf.saved_at))
            item.setData(Qt.ItemDataRole.UserRole, str(rf.path))
            self.recover.addItem(item)
        self.recover_label.setVisible(self.recover.count() > 0)
        self.recover.setVisible(self.recover.count() > 0)


class MainWindow(QMainWindow):
    findingsChanged = Signal()
    zoomChanged = Signal(float)

    def __init__(self, content: Content, settings: QSettings | None = None):
        super().__init__()
        self.content = content
        self.settings = settings or QSettings()
        self._building = False
        self.facilitator = None  # ui.facilitator.FacilitatorWindow, made on first use
        from ui.presentation import Presentation

        self.presentation = Presentation(self)
        self.setWindowTitle(f"[*]{APP_TITLE}")

        self.zoom = float(self.settings.value("view/zoom", 1.0))
        self._base_pt = style.base_point_size()
        self.apply_zoom(self.zoom)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage(self)
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
        if content.source != "default":
            self.status_content = QLabel(QCoreApplication.translate("ui.main_window", "Content pack: {0}").format(Path(content.source).name))
            self.status_content.setToolTip(content.source)
            self.statusBar().addPermanentWidget(self.status_content)

        self._build_menus()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.fit_on_screen(first_start=not isinstance(geometry, QByteArray))
        self.setWindowTitle(QCoreApplication.translate("ui.main_window", "Untitled plan[*] — {0}").format(APP_TITLE))
        # The start page is all the first paint needs; the plan, the checks and the wizard
        # with its pages are made right after it (or at once, when something needs them).
        self._first_paint = _FirstPaint(self, lambda: QTimer.singleShot(0, self, self._ensure_workspace))

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
        self.ctx = AppContext(self, self.doc, content)
        self.visited: set[Step] = set()
        self.pages: dict[Step, object] = {}
        self._retired: set = set()
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(QCoreApplication.translate("ui.main_window", "Steps"))
        self.step_list.setIconSize(QSize(18, 18))
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setWordWrap(True)
        self.step_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for step in Step:
            item = QListWidgetItem(f"{step.value + 1}. {content.step(step).title}")
            item.setData(Qt.ItemDataRole.UserRole, int(step))
            self.step_list.addItem(item)
        self.step_list.currentRowChanged.connect(self._step_clicked)
        self.wizard = PlanWizard()
        self.wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.wizard.setOptions(QWizard.WizardOption.IndependentPages | QWizard.WizardOption.NoCancelButton
                               | QWizard.WizardOption.HaveHelpButton | QWizard.WizardOption.NoBackButtonOnStartPage)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ui.main_window", "&Export charter…"))
        self.wizard.helpRequested.connect(self.show_step_help)
        self.wizard.currentIdChanged.connect(self._page_changed)
        self.wizard.finishRequested.connect(self.export_charter)
        for step in Step:
            page = page_class(step)(self.ctx)
            self.pages[step] = page
            self.wizard.setPage(int(step), page)
        self.page_title: QLabel | None = None  # QWizard's title label, found once it is made
        self.workspace.addWidget(self.step_list)
        self.workspace.addWidget(self.wizard)
        self.workspace.setStretchFactor(1, 1)
        self.workspace.setCollapsible(1, False)
        self.workspace.setSizes([self._step_list_width(), 900])
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

    def _wizard_title_label(self) -> QLabel | None:
        """QWizard's own title label, given the style sheet's page-title style: its font
        is fixed by QWizard when made, so zoom left page titles at their first size."""
        outside = [lab for lab in self.wizard.findChildren(QLabel)
                   if not any(p is lab or p.isAncestorOf(lab) for p in self.pages.values())]
        if not outside:
            return None
        title = outside[0]  # QWizard makes its title label before the subtitle label
        title.setObjectName("pageTitle")
        title.style().unpolish(title)  # the style sheet applies to the new name now
        title.style().polish(title)
        title.setWordWrap(True)  # a long step name at a large zoom wraps instead of being cut
        return title

    def _step_list_width(self) -> int:
        fm = self.step_list.fontMetrics()
        widest = max(fm.horizontalAdvance(self.step_list.item(i).text()) for i in range(self.step_list.count()))
        return min(widest + 70, 340)

    # --- menus ---------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, *, checkable: bool = False) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

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
        self._action(f, QCoreApplication.translate("ui.main_window", "&Compare With…"), lambda: self.compare_with())
        self.worksheet_action = self._action(f, QCoreApplication.translate("ui.main_window", "Print &Worksheet…"), lambda: self.print_worksheet())
        from ui.launch_kit import add_menu_actions  # File ▸ Launch Kit (calendar, data workbook)

        add_menu_actions(self, f)
        f.addSeparator()
        self._action(f, QCoreApplication.translate("ui.main_window", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

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
        self._action(tools, QCoreApplication.translate("ui.main_window", "&Content Pack…"), lambda: self.choose_content_pack())
        self.default_content_action = self._action(tools, QCoreApplication.translate("ui.main_window", "Use &Default Content"), lambda: self.use_default_content())
        self.default_content_action.setEnabled(self.content.source != "default")

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
        from ui.presentation import SETTING_ZOOM

        self.settings.setValue(SETTING_ZOOM if presenting else "view/zoom", self.zoom)

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
        if not self.settings.value("view/guidanceHidden", False, type=bool):
            self.guidance_dock.show()

    def go_to(self, step: Step, field: str | None = None) -> None:
        """Jump to a step (Back history is kept) and optionally focus a field."""
        self.flush_edits()
        if self.stack.currentWidget() is not self.workspace:
            self.show_workspace()
        current = self.wizard.currentId()
        target = int(step)
        if current != target:
            if target in self.wizard.visitedIds():
                while self.wizard.currentId() != target and self.wizard.currentId() != -1:
                    self.wizard.back()
            else:
                self.ctx._jump = step
                self.wizard.next()
                self.ctx._jump = None
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
        blocked = self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(page_id)
        self.step_list.blockSignals(blocked)
        self.show_guidance(step)
        self._update_step_list()
        if self.page_title is None:
            self.page_title = self._wizard_title_label()

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
        self.guidance.setHtml(self.presentation.guidance_html(step) if presenting else self.guidance_html(step))

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

    def compare_with(self, path: Path | None = None):
        from ui.compare import compare_with

        return compare_with(self, path)

    def print_worksheet(self, path: Path | None = None):
        from ui.worksheet import print_worksheet

        return print_worksheet(self, path)

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
        from wizard import checks, signing

        self.ctx.findings = checks.run_checks(self.doc.plan, self.content)
        self._update_step_list()
        n_block = len(checks.blockers(self.ctx.findings))
        n_other = len(self.ctx.findings) - n_block
        blockers = (QCoreApplication.translate("ui.main_window", "{0} blocker") if n_block == 1 else
                    QCoreApplication.translate("ui.main_window", "{0} blockers")).format(n_block)
        others = (QCoreApplication.translate("ui.main_window", "{0} other finding") if n_other == 1 else
                  QCoreApplication.translate("ui.main_window", "{0} other findings")).format(n_other)
        self.status_findings.setText(f"{blockers}, {others}")
        fp = signing.fingerprint(self.doc.plan)
        self.status_fp.setText(QCoreApplication.translate("ui.main_window", "Revision {0} · fingerprint {1}").format(self.doc.plan.metadata.revision, signing.short(fp)))
        self.findingsChanged.emit()

    def _update_step_list(self) -> None:
        from wizard.progress import step_states

        states = step_states(self.doc.plan, self.ctx.findings, self.visited)
        for step, state in states.items():
            item = self.step_list.item(int(step))
            if item.data(Qt.ItemDataRole.UserRole + 1) == state.value:
                continue  # unchanged: every set below repaints and re-lays out the list
            item.setIcon(_cached_icon(state))
            title = self.content.step(step).title
            item.setToolTip(f"{title}: {state.value}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state.value)
            item.setData(Qt.ItemDataRole.UserRole + 1, state.value)

    def step_state(self, step: Step) -> str:
        return self.step_list.item(int(step)).data(Qt.ItemDataRole.UserRole + 1)

    # --- files ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.doc.display_name()
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        self.setWindowModified(self.doc.dirty)
        if self.doc.path is not None:
            self.setWindowFilePath(str(self.doc.path))

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        files = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self.settings.setValue("recentFiles", files[:MAX_RECENT])

    def maybe_save(self) -> bool:
        """True when it is safe to replace the plan on screen."""
        from ui import dialogs

        self.flush_edits()
        if not self.doc.dirty:
            return True
        answer = dialogs.ask_unsaved(self, self.doc.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def start_with(self, plan: ProgramPlan, path: Path | None, *, dirty: bool = False,
                   amend_on_edit: bool = False) -> None:
        self._fresh_pages()
        self.doc.replace(plan, path, dirty=dirty, amend_on_edit=amend_on_edit)
        self.visited.clear()
        self.show_workspace()
        self.wizard.restart()
        self.update_findings()
        self._prebuild_timer.start()

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
            self._prebuild_timer.start()  # the user is typing: build when they pause

    def _prebuild_next(self) -> None:
        """Build the next page not built yet (the steps after the current one first)."""
        if not self.isVisible() or self.stack.currentWidget() is not self.workspace:
            return
        if (QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None
                or QApplication.mouseButtons() != Qt.MouseButton.NoButton):
            self._prebuild_timer.start()
            return
        current = self.current_step()
        steps = list(Step)
        for i in range(1, len(steps)):
            page = self.pages[steps[(steps.index(current) + i) % len(steps)]]
            prebuild = getattr(page, "prebuild", None)
            if not page.built and callable(prebuild):
                prebuild(self.pages[current])
                self._prebuild_timer.start()
                return

    def new_plan(self, preset_name: str = "blank") -> None:
        if self.stack.currentWidget() is self.workspace and not self.maybe_save():
            return
        plan = presets.new_plan(self.content, preset_name)
        self.start_with(plan, None)

    def open_file(self, path: Path | None = None) -> bool:
        from ui import dialogs

        if self.stack.currentWidget() is self.workspace and not self.maybe_save():
            return False
        if path is None:
            folder = str(self.doc.path.parent) if self.doc.path else ""
            path = dialogs.choose_open_path(self, folder)
            if path is None:
                return False
        try:
            plan = self.doc.load(path)
        except ReadError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.main_window", "Could not open the file"), str(exc))
            return False
        if path.suffix.lower() == ".pdf":
            # Shown exactly as it was signed; the first edit starts the next revision.
            self.start_with(plan, None, amend_on_edit=True)
            self.statusBar().showMessage(
                QCoreApplication.translate("ui.main_window", "Opened the plan inside {0}, revision {1}, as it was signed. The first change starts revision {2}.").format(path.name, plan.metadata.revision, plan.metadata.revision + 1), 15000)
        else:
            self.start_with(plan, path)
        self.add_recent(path)
        return True

    def recover_file(self, rf: RecoveryFile) -> bool:
        from ui import dialogs

        if self.stack.currentWidget() is self.workspace and not self.maybe_save():
            return False
        try:
            plan = self.doc.load(rf.path)
        except ReadError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.main_window", "Could not recover"), str(exc))
            return False
        original = Path(rf.original) if rf.original else None
        rf_path = rf
        self.start_with(plan, original, dirty=True)
        if rf_path.path != self.doc.recovery_path:
            rf_path.remove()
        self.doc.write_recovery()
        self.statusBar().showMessage(QCoreApplication.translate("ui.main_window", "Recovered unsaved work. Save it to keep it."), 15000)
        return True

    def offer_recovery(self) -> None:
        """At start-up: offer each recovery file left by a crash."""
        from ui import dialogs

        for rf in RecoveryFile.all():
            where = f"“{rf.title}”" + (f", from {rf.original}" if rf.original else QCoreApplication.translate("ui.main_window", ", never saved")) + f", autosaved {rf.saved_at}"
            answer = dialogs.ask_recover(self, where)
            if answer == "recover":
                self.recover_file(rf)
                return
            if answer == "discard":
                rf.remove()
        self.start_page.refresh()

    def suggested_name(self, suffix: str) -> str:
        base = self.doc.plan.metadata.program_name or self.doc.plan.agency.name or "co-response-plan"
        slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower() or "co-response-plan"
        folder = self.doc.path.parent if self.doc.path else Path(self.settings.value("files/lastFolder", str(Path.home())))
        return str(folder / f"{slug}{suffix}")

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        from ui import dialogs

        path = dialogs.choose_save_path(self, self.suggested_name(".coresponse.yaml"))
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from ui import dialogs

        self.flush_edits()
        try:
            self.doc.save(path)
        except OSError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.main_window", "Could not save"),
                               QCoreApplication.translate("ui.main_window", "{0}: {1}. The previous file is unchanged; your work is still open and autosaved.").format(path, exc.strerror or exc))
            return False
        self.add_recent(path)
        self.settings.setValue("files/lastFolder", str(path.parent))
        self.statusBar().showMessage(QCoreApplication.translate("ui.main_window", "Saved {0}").format(path), 5000)
        return True

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
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("view/guidanceHidden", not self.guidance_dock.isVisible()
                               if self.workspace_ready() and self.stack.currentWidget() is self.workspace else
                               self.settings.value("view/guidanceHidden", False, type=bool))
        event.accept()

