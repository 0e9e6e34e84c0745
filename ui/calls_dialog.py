"""Coverage ▸ Import calls… and Suggest…: the agency's own calls set the clinician hours.

:class:`ImportCallsDialog` maps a CAD export's columns (from its header row), lets the
team tick which call types are behavioral-health calls (the catalog's suggestions
ticked already), picks the time zone, and imports — keeping only counts by weekday
and hour (:mod:`wizard.calls`). A problem with the file shows as one line in the
dialog, which stays open with everything chosen so far.

:class:`SuggestDialog` asks for teams, shift length and days a week and shows the
best schedule with one more day and one more team (:mod:`wizard.suggest`); Apply
hands the chosen option back to the page, which writes it into the plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard import calls, suggest
from wizard.calldata import CallDemand

PRIVACY = QCoreApplication.translate("ui.calls_dialog", "Only counts by weekday and hour are kept; no call, name or address is stored.")
NO_TIME = QCoreApplication.translate("ui.calls_dialog", "(none: the date-time column holds both)")
NO_FLAG = "(none)"
LOCAL = QCoreApplication.translate("ui.calls_dialog", "Local time as recorded (no conversion)")
CALLS_FILTER = QCoreApplication.translate("ui.calls_dialog", "CAD exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)")
TOP = 40


def choose_calls_path(parent: QWidget, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ui.calls_dialog", "Choose a CAD export"), folder, CALLS_FILTER)
    return Path(path) if path else None


def _wait(fn):
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


class ImportCallsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, folder: str = ""):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.calls_dialog", "Import calls"))
        self.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Import calls from a CAD export"))
        self.folder = folder
        self.demand: CallDemand | None = None
        self.result_lines: list[str] = []
        self._type_counts: dict[str, int] = {}

        intro = QLabel(QCoreApplication.translate("ui.calls_dialog", "Choose your computer-aided dispatch (CAD) export, CSV or Excel, and say which columns hold the call's date and time and its call type."))
        intro.setWordWrap(True)
        privacy = QLabel(PRIVACY)
        privacy.setObjectName("bannerOk")
        privacy.setWordWrap(True)
        privacy.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "What is kept"))

        self.path = QLineEdit()
        self.path.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "CAD export file"))
        self.path.setPlaceholderText(QCoreApplication.translate("ui.calls_dialog", "calls.csv or calls.xlsx"))
        self.path.editingFinished.connect(self._path_edited)
        browse = QPushButton(QCoreApplication.translate("ui.calls_dialog", "&Choose…"))
        browse.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Choose the CAD export file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        def combo(name: str) -> QComboBox:
            c = QComboBox()
            c.setAccessibleName(name)
            c.setEnabled(False)
            return c

        self.when = combo(QCoreApplication.translate("ui.calls_dialog", "Date-time column"))
        self.time = combo(QCoreApplication.translate("ui.calls_dialog", "Time column"))
        self.type = combo(QCoreApplication.translate("ui.calls_dialog", "Call type column"))
        self.flag = combo(QCoreApplication.translate("ui.calls_dialog", "Mental health flag or disposition column"))
        self.zone = combo(QCoreApplication.translate("ui.calls_dialog", "Time zone"))
        self.zone.addItems([LOCAL, *calls.zone_names()])
        self.zone.setEnabled(True)
        self.zone.setToolTip(QCoreApplication.translate("ui.calls_dialog", "Times with a UTC offset (Z, +00:00) are converted to this zone; times without one are counted in the hour they were recorded."))
        self.type.currentIndexChanged.connect(self._scan_types)

        self.codes = QListWidget()
        self.codes.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Call types counted as behavioral-health calls"))
        self.codes.setMinimumHeight(10 * (self.codes.fontMetrics().lineSpacing() + 6))
        self.codes_note = QLabel(QCoreApplication.translate("ui.calls_dialog", "Choose the file and its call-type column to see its most common call types."))
        self.codes_note.setObjectName("note")
        self.codes_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "&File"), row)
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "&Date-time (or date)"), self.when)
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "T&ime, if apart"), self.time)
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "Call t&ype"), self.type)
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "&Flag (optional)"), self.flag)
        form.addRow(QCoreApplication.translate("ui.calls_dialog", "Time &zone"), self.zone)
        for lab_text, w in ((QCoreApplication.translate("ui.calls_dialog", "&Date-time (or date)"), self.when), (QCoreApplication.translate("ui.calls_dialog", "T&ime, if apart"), self.time),
                            (QCoreApplication.translate("ui.calls_dialog", "Call t&ype"), self.type), (QCoreApplication.translate("ui.calls_dialog", "&Flag (optional)"), self.flag), (QCoreApplication.translate("ui.calls_dialog", "Time &zone"), self.zone)):
            lab = form.labelForField(w)
            if isinstance(lab, QLabel):
                lab.setBuddy(w)
            del lab_text

        self.status = QLabel("")
        self.status.setObjectName("bannerBad")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Problem with the export"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(QCoreApplication.translate("ui.calls_dialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(privacy)
        lay.addLayout(form)
        codes_label = QLabel(QCoreApplication.translate("ui.calls_dialog", "&Behavioral-health call types (ticked: the catalog's suggestions; “maybe”: decide with your dispatch data)"))
        codes_label.setWordWrap(True)
        codes_label.setBuddy(self.codes)
        lay.addWidget(codes_label)
        lay.addWidget(self.codes, 1)
        lay.addWidget(self.codes_note)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.resize(640, 720)

    # --- choosing the file ---------------------------------------------------------

    def _browse(self) -> None:
        p = choose_calls_path(self, self.folder)
        if p is not None:
            self.set_path(p)

    def _path_edited(self) -> None:
        text = self.path.text().strip()
        if text and text != getattr(self, "_loaded", ""):
            self.set_path(Path(text))

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self._loaded = str(path)
        self._show_problem("")
        try:
            header, _rows = _wait(lambda: calls.read_header(path))
        except calls.CallsError as exc:
            self._show_problem(str(exc))
            for c in (self.when, self.time, self.type, self.flag):
                c.clear()
                c.setEnabled(False)
            self.codes.clear()
            self.import_button.setEnabled(False)
            return
        guess = calls.guess_columns(header)
        for c, extra, pick in ((self.when, [], guess.when if guess else None),
                               (self.time, [NO_TIME], guess.time if guess else None),
                               (self.type, [], guess.type if guess else None),
                               (self.flag, [NO_FLAG], guess.flag if guess else None)):
            c.blockSignals(True)
            c.clear()
            c.addItems(extra + [h or QCoreApplication.translate("ui.calls_dialog", "(column {0} has no name)").format(i + 1) for i, h in enumerate(header)])
            c.setCurrentIndex(c.findText(pick) if pick and c.findText(pick) >= 0 else 0)
            c.setEnabled(True)
            c.blockSignals(False)
        self.flag.setCurrentIndex(0)  # a flag column is a choice to make, never a guess
        self._scan_types()

    # --- the call types ------------------------------------------------------------------

    def _scan_types(self) -> None:
        path = self.path.text().strip()
        column = self.type.currentText()
        if not path or not column:
            return
        self._show_problem("")
        try:
            _header, counts = _wait(lambda: calls.scan_types(path, column))
        except calls.CallsError as exc:
            self._show_problem(str(exc))
            return
        self._type_counts = counts
        self.codes.clear()
        listed = calls.suggest_codes(counts, top=TOP)
        for tc in listed:
            mark = ""
            if tc.term is not None:
                mark = (QCoreApplication.translate("ui.calls_dialog", " — suggested ({why})") if tc.suggested
                        else QCoreApplication.translate("ui.calls_dialog", " — maybe ({why})")).format(why=tc.term.why)
            item = QListWidgetItem(QCoreApplication.translate("ui.calls_dialog", "{0}  ({1:,} calls){2}").format(tc.value, tc.count, mark))
            item.setData(Qt.ItemDataRole.UserRole, tc.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tc.suggested else Qt.CheckState.Unchecked)
            self.codes.addItem(item)
        n_sugg = sum(1 for tc in listed if tc.suggested)
        self.codes_note.setText(QCoreApplication.translate("ui.calls_dialog", "{0:,} different call types in the export; the {1} most common are listed with every catalog match. {2} ticked as suggested.").format(len(counts), min(TOP, len(counts)), n_sugg))
        self.import_button.setEnabled(True)

    def chosen_codes(self) -> list[str]:
        return [self.codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.codes.count())
                if self.codes.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        for i in range(self.codes.count()):
            item = self.codes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def columns(self) -> calls.Columns:
        time = self.time.currentText()
        flag = self.flag.currentText()
        return calls.Columns(when=self.when.currentText(), type=self.type.currentText(),
                             time=None if time in ("", NO_TIME) else time,
                             flag=None if flag in ("", NO_FLAG) else flag)

    def time_zone(self) -> str | None:
        z = self.zone.currentText()
        return None if z == LOCAL else z

    # --- importing -----------------------------------------------------------------------

    def _show_problem(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _import(self) -> None:
        path = self.path.text().strip()
        try:
            result = _wait(lambda: calls.import_calls(path, self.columns(), self.chosen_codes(),
                                                      tz=self.time_zone()))
        except calls.CallsError as exc:
            self._show_problem(str(exc))
            return
        self.demand = result.demand
        self.result_lines = calls.format_summary(result)
        self.accept()


class SuggestDialog(QDialog):
    """Teams, hours and days in; the best schedules out; Apply returns the chosen one."""

    COLUMNS = (QCoreApplication.translate("ui.calls_dialog", "Option"), QCoreApplication.translate("ui.calls_dialog", "Clinician hours"), QCoreApplication.translate("ui.calls_dialog", "BH calls covered"), QCoreApplication.translate("ui.calls_dialog", "Gain a week"), QCoreApplication.translate("ui.calls_dialog", "Clinician hours a week"), "FTE")

    def __init__(self, demand: CallDemand, available_hours_per_fte: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.calls_dialog", "Suggest clinician hours"))
        self.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Suggest clinician hours from the imported calls"))
        self.demand = demand
        self.avail = available_hours_per_fte
        self.result: suggest.Suggestion | None = None
        self.chosen: suggest.Option | None = None

        intro = QLabel(QCoreApplication.translate("ui.calls_dialog", "The schedule of this shape that covers the most of the {0:,} imported behavioral-health calls, found by trying every choice of days and start hours; with what one more day a week and one more team would add.").format(demand.total_bh))
        intro.setWordWrap(True)

        def spin(name: str, lo: int, hi: int, value: int, suffix: str) -> QSpinBox:
            s = QSpinBox()
            s.setRange(lo, hi)
            s.setValue(value)
            s.setSuffix(suffix)
            s.setAccessibleName(name)
            s.setMaximumWidth(s.fontMetrics().horizontalAdvance("0") * 16)
            s.valueChanged.connect(self.recompute)
            return s

        self.teams = spin(QCoreApplication.translate("ui.calls_dialog", "Teams on duty"), 1, suggest.MAX_TEAMS, 1, " team(s)")
        self.hours = spin(QCoreApplication.translate("ui.calls_dialog", "Shift length"), 1, 24, 10, " h")
        self.days = spin(QCoreApplication.translate("ui.calls_dialog", "Days a week"), 1, 7, 4, " days")
        form = QFormLayout()
        for text, w in (("&Teams", self.teams), (QCoreApplication.translate("ui.calls_dialog", "Shift &length"), self.hours), (QCoreApplication.translate("ui.calls_dialog", "&Days a week"), self.days)):
            form.addRow(text, w)
            lab = form.labelForField(w)
            if isinstance(lab, QLabel):
                lab.setBuddy(w)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Suggested schedules"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setObjectName("note")
        self.summary.setAccessibleName(QCoreApplication.translate("ui.calls_dialog", "Suggestion in words"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(QCoreApplication.translate("ui.calls_dialog", "&Apply the selected hours"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setToolTip(QCoreApplication.translate("ui.calls_dialog", "Replaces the clinician hours drawn in the grid."))
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)
        self.resize(900, 420)
        self.recompute()

    def recompute(self) -> None:
        self.result = _wait(lambda: suggest.suggest(self.demand, self.teams.value(), self.hours.value(),
                                                    self.days.value(), self.avail))
        opts = self.result.options()
        self.table.setRowCount(len(opts))
        base = self.result.best
        for r, (label, o) in enumerate(opts):
            gain = o.bh_per_week - base.bh_per_week
            cells = (label, o.describe() + ("" if o.exact else QCoreApplication.translate("ui.calls_dialog", " (teams beyond 3 added one by one)")),
                     QCoreApplication.translate("ui.calls_dialog", "{share} ({covered} of {total})").format(
                         share=f"{o.share:.0%}", covered=f"{o.bh_covered:,}", total=f"{o.bh_total:,}") if o.share is not None else "—",
                     "—" if o is base else QCoreApplication.translate("ui.calls_dialog", "+{gain} calls").format(gain=f"{gain:.1f}"),
                     f"{o.person_hours_week:g}", f"{o.fte:.2f}")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        rows_h = sum(self.table.rowHeight(r) for r in range(len(opts)))
        self.table.setMinimumHeight(rows_h + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 4)
        self.table.selectRow(0)
        lines = suggest.format_suggestion(self.result)
        self.summary.setText("\n".join(lines[len(opts):]))

    def selected(self) -> suggest.Option:
        assert self.result is not None
        rows = self.table.selectionModel().selectedRows()
        r = rows[0].row() if rows else 0
        return self.result.options()[r][1]

    def _apply(self) -> None:
        self.chosen = self.selected()
        self.accept()
