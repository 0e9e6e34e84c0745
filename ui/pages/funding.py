"""Step 8: funding and sustainability — the fourth key decision.

A multi-year budget (personnel lines are FTE × salary × (1 + benefits), raised each
year; other lines list an amount per year), the funding sources that pay for it,
and a live summary per fiscal year: cost, funded, gap, match required and the
share that comes from time-limited sources. Every figure is
``wizard.budget.summarize`` of the plan, recomputed as the user types.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.binding import Binder, SpinBinding, enum_options
from ui.fields import KINDS, Spec
from ui.pages.base import StepPage
from ui.records import YES_NO, Column, RecordTable
from ui.table_model import Look
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.inputs import DoubleSpinBox, SpinBox
from wizard import budget, verdicts
from wizard.checks import MOSTLY_TIME_LIMITED
from wizard.constants import MONEY_TOLERANCE
from wizard.labels import VALUE_LABELS
from wizard.plan import BudgetCategory, BudgetLine, FundingSource, FundingStatus
from wizard.steps import Step

GAP_COLOR = "#b3261e"
MATCH_YEARS_PER_ROW = 4
"""A year cell of a personnel line: its cost is computed, not typed."""
SUMMARY_ROWS = [QCoreApplication.translate("ui.pages.funding", "Direct costs"), QCoreApplication.translate("ui.pages.funding", "Indirect"), QCoreApplication.translate("ui.pages.funding", "Total cost"), QCoreApplication.translate("ui.pages.funding", "Secured"), QCoreApplication.translate("ui.pages.funding", "Gap after secured"), QCoreApplication.translate("ui.pages.funding", "Match required"),
                QCoreApplication.translate("ui.pages.funding", "From time-limited sources")]
TOTAL_ROW = SUMMARY_ROWS.index(QCoreApplication.translate("ui.pages.funding", "Total cost"))
GAP_ROW = SUMMARY_ROWS.index(QCoreApplication.translate("ui.pages.funding", "Gap after secured"))
OK_COLOR = "#2e7d4f"


def money_or_unknown(amount: float | None) -> str:
    return QCoreApplication.translate("ui.pages.funding", "not known") if amount is None else budget.money(amount)


class YearsBinding(SpinBinding):
    """The number of plan years: shortening drops later years' amounts, so ask first
    when any of them hold money."""

    def __init__(self, binder: Binder, widget: QSpinBox):
        super().__init__(binder, "funding.years", widget, False, True)

    def commit(self) -> None:
        doc = self.binder.doc
        years = int(self.widget.value())
        f = doc.plan.funding
        if years == f.years:
            return
        lost = budget.dropped_amount(f, years)
        if lost > 0:
            labels = [y.label for y in budget.by_year(f)][years:]
            span = labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"
            if not dialogs.ask_yes_no(self.widget.window(), QCoreApplication.translate("ui.pages.funding", "Shorten the budget"),
                                      QCoreApplication.translate("ui.pages.funding", "A {0}-year budget drops {1} entered for {2}. Remove those amounts?").format(years, budget.money(lost), span)):
                self.load(force=True)
                return
        doc.edit("funding", lambda fund: budget.fit_years(fund, years))
        self.show_error("")


class FundingPage(StepPage):
    step = Step.funding

    def build(self) -> None:
        self._time_limited = verdicts.catalog_time_limits(self.content)
        self._source_labels = verdicts.catalog_source_labels(self.content)
        self._build_strip()

        f = self.form(QCoreApplication.translate("ui.pages.funding", "Budget period"))
        f.integer("funding.start_year", QCoreApplication.translate("ui.pages.funding", "Fi&rst fiscal year"), 2000, 2100, optional=True,
                  help=QCoreApplication.translate("ui.pages.funding", "The fiscal year the budget starts in; the other years follow.")).setGroupSeparatorShown(False)
        years = SpinBox()
        years.setRange(1, 10)
        years.setSuffix(QCoreApplication.translate("ui.pages.funding", " years"))
        years.setKeyboardTracking(False)  # typing "10" must not pass through "1" and drop nine years
        f._row(QCoreApplication.translate("ui.pages.funding", "Budget &years"), years, YearsBinding(self.binder, years))
        self.years = years
        f.percent("funding.indirect_rate", QCoreApplication.translate("ui.pages.funding", "&Indirect rate"),
                  help=QCoreApplication.translate("ui.pages.funding", "Indirect or administrative costs, as a share of all direct costs."))

        self.heading(QCoreApplication.translate("ui.pages.funding", "Budget"))
        self.note(QCoreApplication.translate("ui.pages.funding", "A personnel line costs FTE × salary × (1 + benefits), raised each year by its annual increase; its yearly cost is shown in the year columns. Any other line lists what it costs in each fiscal year."))
        self.lines = RecordTable(self.binder, "funding.budget_lines", self._line_columns,
                                 lambda: BudgetLine(category=BudgetCategory.other), noun=QCoreApplication.translate("ui.pages.funding", "cost line"),
                                 adjust=self._adjust_line)
        self.add_personnel = QPushButton(QCoreApplication.translate("ui.pages.funding", "Add &personnel line"))
        self.add_personnel.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "Add personnel line"))
        self.add_personnel.clicked.connect(self.add_personnel_line)
        self.lines.add_button.setText(QCoreApplication.translate("ui.pages.funding", "Add other cost line"))
        self.lines.add_button.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "Add other cost line"))
        buttons = self.lines.layout().itemAt(1).layout()  # the table's Add/Remove row
        buttons.insertWidget(0, self.add_personnel)
        self.add(self.lines)

        self.heading(QCoreApplication.translate("ui.pages.funding", "Funding sources"))
        self.note(QCoreApplication.translate("ui.pages.funding", "Choosing a source fills in whether it is time-limited and its usual match; change them if your award differs."))
        self.sources = RecordTable(self.binder, "funding.sources", self._source_columns, self._new_source,
                                   noun=QCoreApplication.translate("ui.pages.funding", "funding source"), adjust=self._adjust_source)
        self.sources.table.currentCellChanged.connect(lambda r, _c, _pr, _pc: self._show_source())
        self.add(self.sources)
        self._build_source_panel()

        self.heading(QCoreApplication.translate("ui.pages.funding", "Budget by fiscal year"))
        self.summary = QTableWidget()
        self.summary.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "Budget summary by fiscal year"))
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setTabKeyNavigation(False)  # Tab moves on; arrows read the cells
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setRowCount(len(SUMMARY_ROWS))
        self.summary.setVerticalHeaderLabels(SUMMARY_ROWS)
        self.summary.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.summary.horizontalHeader().setMinimumSectionSize(96)
        self.add(self.summary)
        self.summary_note = QLabel()
        self.summary_note.setObjectName("note")
        self.summary_note.setWordWrap(True)
        self.add(self.summary_note)

        f = self.form(QCoreApplication.translate("ui.pages.funding", "Sustainability"))
        self.cliff = QLabel()
        self.cliff.setObjectName("bannerBad")
        self.cliff.setWordWrap(True)
        f.layout.addRow(self.cliff)
        f.text("funding.sustainability_plan", QCoreApplication.translate("ui.pages.funding", "&Sustainability plan"),
               QCoreApplication.translate("ui.pages.funding", "How the program is paid for when time-limited grants end"), rows=5)

    # --- the strip of key figures above the page ---------------------------------------

    def _build_strip(self) -> None:
        self.strip = QFrame()
        self.strip.setObjectName("card")
        # The four figures wrap onto a second line when the window is narrow (a 1280×720
        # projector with the guidance panel open): in one row they were wider than the page.
        row = FlowLayout(self.strip)
        row.setContentsMargins(12, 6, 12, 6)
        self.figures: dict[str, QLabel] = {}
        for key, caption in (("cost", QCoreApplication.translate("ui.pages.funding", "Total cost")), ("funded", "Funded"), ("gap", "Gap"),
                             ("limited", QCoreApplication.translate("ui.pages.funding", "From time-limited sources"))):
            tile = QWidget()
            box = QVBoxLayout(tile)
            box.setContentsMargins(0, 0, 18, 0)
            box.setSpacing(0)
            value = QLabel()
            value.setObjectName("figure")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            cap = QLabel(caption)
            cap.setObjectName("figureLabel")
            box.addWidget(value)
            box.addWidget(cap)
            row.add(tile)
            self.figures[key] = value
            self.figures[key + "_caption"] = cap
        # Above the scrolling body, so the totals stay in view while typing anywhere below.
        outer = self.layout()
        outer.insertWidget(0, self.strip)
        outer.setSpacing(6)

    # --- budget lines -------------------------------------------------------------------

    def _year_labels(self) -> list[str]:
        f = self.doc.plan.funding
        return [y.label for y in budget.by_year(f)]

    def _line_columns(self) -> list[Column]:
        return [
            Column("category", QCoreApplication.translate("ui.pages.funding", "Category"), "combo", enum_options(BudgetCategory, VALUE_LABELS[BudgetCategory]), width=140),
            Column("description", QCoreApplication.translate("ui.pages.funding", "Description")),
            Column("fte", QCoreApplication.translate("ui.pages.funding", "FTE"), "float", width=58, decimals=2, step=0.25, maximum=200, optional=True,
                   help=QCoreApplication.translate("ui.pages.funding", "Full-time equivalents (personnel lines only).")),
            Column("salary", QCoreApplication.translate("ui.pages.funding", "Salary"), "money", width=95, step=1000, optional=True,
                   help=QCoreApplication.translate("ui.pages.funding", "Annual salary per FTE (personnel lines only).")),
            Column("benefits_rate", QCoreApplication.translate("ui.pages.funding", "Benefits"), "percent", width=76, maximum=1,
                   help=QCoreApplication.translate("ui.pages.funding", "Benefits as a share of salary (personnel lines only)."),
                   look=self._personnel_only),
            Column("annual_increase", QCoreApplication.translate("ui.pages.funding", "Raise/yr"), "percent", width=74, maximum=0.25,
                   help=QCoreApplication.translate("ui.pages.funding", "Yearly increase of salary and benefits (personnel lines only)."),
                   look=self._personnel_only),
        ] + [Column(f"amounts[{i}]", label, "money", width=100, step=1000, optional=True,
                    help=QCoreApplication.translate("ui.pages.funding", "What this line costs in {0} (lines that are not personnel); — means not known.").format(label),
                    look=lambda line, _v, yi=i: self._year_cost(line, yi))
             for i, label in enumerate(self._year_labels())]

    @staticmethod
    def _personnel_only(line: BudgetLine, _value: object) -> Look | None:
        """A benefits rate or a raise means nothing for a line that is not personnel: the cell
        is blank (not a 0.0 % the plan never said), greyed and read-only."""
        if line.salaried:
            return None
        return Look(text="", enabled=False, editable=False,
                    tooltip=QCoreApplication.translate("ui.pages.funding", "Only personnel lines have benefits and a yearly raise."),
                    description=QCoreApplication.translate("ui.pages.funding", "does not apply: not a personnel line"))

    def _year_cost(self, line: BudgetLine, yi: int) -> Look | None:
        """A personnel line shows its computed yearly cost (read-only, readable on a projector)."""
        if not line.salaried:
            return None
        cost = budget.line_cost(line, yi)
        return Look(text=KINDS["money"].display(Spec(kind="money", optional=True), cost), editable=False,
                    tooltip=QCoreApplication.translate("ui.pages.funding", "FTE × salary × (1 + benefits), with the yearly raise"))

    def _adjust_line(self, row: BudgetLine, attr: str, value: object) -> dict[str, object] | None:
        """Typing an FTE or a salary turns a line into a personnel line (and clearing
        one turns it back), so the user never meets the "needs both" rule mid-entry."""
        empty = not any(a for a in row.amounts if a)
        if attr == "fte":
            if value is not None and row.salary is None and empty:
                return {"salary": 0.0, "amounts": []}
            if value is None and row.salary is not None:
                return {"salary": None}
        if attr == "salary":
            if value is not None and row.fte is None and empty:
                return {"fte": 1.0, "amounts": []}
            if value is None and row.fte is not None:
                return {"fte": None}
        if attr == "category" and value is BudgetCategory.personnel and not row.salaried and empty:
            return {"fte": 1.0, "salary": 0.0, "amounts": []}
        return None

    def add_personnel_line(self) -> None:
        self.doc.edit("funding.budget_lines",
                      lambda rows: rows + [BudgetLine(category=BudgetCategory.personnel, fte=1.0, salary=0.0)])
        self.lines.focus_row(self.lines.table.rowCount() - 1, 1)

    # --- funding sources ----------------------------------------------------------------

    def _source_columns(self) -> list[Column]:
        catalog = self.content.catalogs.funding_sources
        return [
            Column("source", QCoreApplication.translate("ui.pages.funding", "Source"), "combo", [(s.id, s.label) for s in catalog], width=220),
            Column("name", QCoreApplication.translate("ui.pages.funding", "Name")),
            Column("status", QCoreApplication.translate("ui.pages.funding", "Status"), "combo", enum_options(FundingStatus, VALUE_LABELS[FundingStatus],
                                                             QCoreApplication.translate("ui.pages.funding", "Not recorded")), width=130),
            Column("time_limited", QCoreApplication.translate("ui.pages.funding", "Time-limited"), "combo", YES_NO, width=112),
            Column("match_rate", QCoreApplication.translate("ui.pages.funding", "Match"), "percent", width=72, maximum=1,
                   help=QCoreApplication.translate("ui.pages.funding", "Share of the award the agency must match (cash or in-kind). Set a different rate per year in the panel below the table.")),
            Column("match_source", QCoreApplication.translate("ui.pages.funding", "Match comes from"), width=150),
            Column("end_date", QCoreApplication.translate("ui.pages.funding", "Ends"), "date", width=112),
        ] + [Column(f"amounts[{i}]", label, "money", width=100, step=1000, optional=True,
                    help=QCoreApplication.translate("ui.pages.funding", "What this source pays in {0}; — means not known yet.").format(label))
             for i, label in enumerate(self._year_labels())]

    def _new_source(self) -> FundingSource:
        used = {s.source for s in self.doc.plan.funding.sources}
        info = next((s for s in self.content.catalogs.funding_sources if s.id not in used),
                    self.content.catalogs.funding_sources[0])
        return FundingSource(source=info.id, time_limited=info.time_limited, match_rate=info.typical_match_rate)

    def _adjust_source(self, row: FundingSource, attr: str, value: object) -> dict[str, object] | None:
        """A newly chosen source brings its catalog facts, unless the row's were changed."""
        if attr != "source":
            return None
        old = self.content.funding_source(row.source)
        new = self.content.funding_source(str(value))
        if new is None:
            return None
        old_tl = old.time_limited if old else False
        old_rate = old.typical_match_rate if old else 0.0
        changes: dict[str, object] = {}
        if row.time_limited == old_tl:
            changes["time_limited"] = new.time_limited
        if abs(row.match_rate - old_rate) < 1e-9:
            changes["match_rate"] = new.typical_match_rate
        return changes

    def _build_source_panel(self) -> None:
        self.source_panel = QFrame()
        self.source_panel.setObjectName("card")
        box = QVBoxLayout(self.source_panel)
        box.setContentsMargins(12, 8, 12, 10)
        self.source_facts = QLabel()
        self.source_facts.setWordWrap(True)
        self.source_facts.setTextFormat(Qt.TextFormat.RichText)
        self.source_facts.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "About the selected funding source"))
        box.addWidget(self.source_facts)
        self.match_title = QLabel()
        self.match_title.setTextFormat(Qt.TextFormat.PlainText)
        self.match_title.setWordWrap(True)
        box.addWidget(self.match_title)
        self.match_grid_holder = QWidget()
        self.match_grid = QGridLayout(self.match_grid_holder)
        self.match_grid.setContentsMargins(0, 0, 0, 0)
        self.match_grid.setHorizontalSpacing(12)
        box.addWidget(self.match_grid_holder, 0, Qt.AlignmentFlag.AlignLeft)
        self.same_match = QPushButton(QCoreApplication.translate("ui.pages.funding", "Same &match rate every year"))
        self.same_match.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "Use the same match rate every year"))
        self.same_match.clicked.connect(self._clear_year_matches)
        box.addWidget(self.same_match, 0, Qt.AlignmentFlag.AlignLeft)
        self.match_spins: list[QDoubleSpinBox] = []
        self._source_row = -1
        self.add(self.source_panel)

    def _current_source(self) -> int:
        n = len(self.doc.plan.funding.sources)
        r = self.sources.table.currentRow()
        return r if 0 <= r < n else (0 if n else -1)

    def _show_source(self) -> None:
        f = self.doc.plan.funding
        ri = self._current_source()
        self._source_row = ri
        if ri < 0:
            self.source_panel.hide()
            return
        self.source_panel.show()
        src = f.sources[ri]
        info = self.content.funding_source(src.source)
        title = escape(src.name or (info.label if info else src.source))
        total = sum(a for a in src.amounts if a is not None)
        if info is None:
            html = QCoreApplication.translate("ui.pages.funding", "<b>{0}</b><br>This source is not in the catalog.").format(title)
        else:
            facts = "".join(f"<li>{escape(x)}</li>" for x in info.facts)
            props = [("Time-limited" if info.time_limited else QCoreApplication.translate("ui.pages.funding", "Not time-limited"))]
            if info.typical_match_rate:
                props.append(QCoreApplication.translate("ui.pages.funding", "usual match {0:.0%}").format(info.typical_match_rate))
            if info.max_award is not None:
                span = QCoreApplication.translate("ui.pages.funding", " over {0} months").format(info.max_months) if info.max_months else ""
                props.append(QCoreApplication.translate("ui.pages.funding", "maximum award {0}{1}").format(budget.money(info.max_award), span))
            if info.ends:
                props.append(QCoreApplication.translate("ui.pages.funding", "terms end {0}").format(info.ends))
            over = ""
            if info.max_award is not None and total > info.max_award + 0.5:
                over = (f"<p style='color:{GAP_COLOR}'><b>"
                        + escape(QCoreApplication.translate("ui.pages.funding", "This plan counts {total} from it, more than the maximum award.")
                                 .format(total=budget.money(total)))
                        + "</b></p>")
            cite = f"<br><i>{escape(info.source)}</i>" if info.source else ""
            html = (f"<b>{title}</b> — {escape(info.label)}<br>{escape('; '.join(props)).capitalize()}."
                    f"{cite}<ul style='margin:4px 0 0 -20px'>{facts}</ul>{over}")
        html += "<p style='margin-top:4px'>" + escape(
            (QCoreApplication.translate("ui.pages.funding", "This plan: {total} over {n} year.") if f.years == 1
             else QCoreApplication.translate("ui.pages.funding", "This plan: {total} over {n} years.")).format(
                total=budget.money(total), n=f.years)) + "</p>"
        if self.source_facts.text() != html:
            self.source_facts.setText(html)
        self._show_year_matches(src)

    def _show_year_matches(self, src: FundingSource) -> None:
        labels = self._year_labels()
        self.match_title.setText(QCoreApplication.translate("ui.pages.funding", "Match rate by year — {0}").format(src.name or src.source))
        if len(self.match_spins) != len(labels):
            for w in self.match_grid_holder.findChildren(QWidget):
                w.setParent(None)
                w.deleteLater()
            self.match_spins = []
            for yi in range(len(labels)):
                cap = QLabel()
                spin = DoubleSpinBox()
                spin.setRange(0, 100)
                spin.setDecimals(1)
                spin.setSuffix(" %")
                spin.setKeyboardTracking(True)
                spin.valueChanged.connect(lambda v, yi=yi: self._set_year_match(yi, v))
                cap.setBuddy(spin)
                row, col = divmod(yi, MATCH_YEARS_PER_ROW)
                self.match_grid.addWidget(cap, 2 * row, col)
                self.match_grid.addWidget(spin, 2 * row + 1, col)
                self.match_spins.append(spin)
            # Widgets made now join the end of the focus chain; put them where they show.
            before = self.same_match.previousInFocusChain()
            for spin in self.match_spins:
                QWidget.setTabOrder(before, spin)
                before = spin
            QWidget.setTabOrder(before, self.same_match)
        for yi, spin in enumerate(self.match_spins):
            row, col = divmod(yi, MATCH_YEARS_PER_ROW)
            cap = self.match_grid.itemAtPosition(2 * row, col).widget()
            cap.setText(labels[yi])
            spin.setAccessibleName(QCoreApplication.translate("ui.pages.funding", "Match rate {0}").format(labels[yi]))
            value = round(src.match_rate_for(yi) * 100, 1)
            if abs(spin.value() - value) > 1e-9 and not spin.hasFocus():
                blocked = spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(blocked)
        self.same_match.setEnabled(bool(src.match_rates))

    def _set_year_match(self, year: int, percent: float) -> None:
        ri = self._source_row
        if not (0 <= ri < len(self.doc.plan.funding.sources)):
            return

        def apply(src: FundingSource) -> None:
            rates = [src.match_rate_for(k) for k in range(max(len(src.match_rates), year + 1))]
            rates[year] = round(percent / 100, 6)
            while rates and abs(rates[-1] - src.match_rate) < 1e-9:
                rates.pop()
            src.match_rates = rates

        self.doc.edit(f"funding.sources[{ri}]", apply)

    def _clear_year_matches(self) -> None:
        ri = self._source_row
        if 0 <= ri < len(self.doc.plan.funding.sources):
            self.doc.edit(f"funding.sources[{ri}]", lambda src: setattr(src, "match_rates", []))

    # --- live ----------------------------------------------------------------------------

    def refresh(self) -> None:
        f = self.doc.plan.funding
        s = budget.summarize(f, self._time_limited)
        self._show_source()
        self._fill_strip(s)
        self._fill_summary(s)
        share = s.time_limited_share
        if share is not None and share > MOSTLY_TIME_LIMITED and not f.sustainability_plan.strip():
            self.cliff.setText(QCoreApplication.translate("ui.pages.funding", "{0:.0%} of the funding comes from time-limited sources. Say here how the program is paid for when they end.").format(share))
            self.cliff.show()
        else:
            self.cliff.hide()

    def _fill_strip(self, s: budget.BudgetSummary) -> None:
        plan = self.doc.plan
        labels = self._year_labels()
        span = labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"
        self.figures["cost"].setText(money_or_unknown(s.total_cost) if s.has_costs else "—")
        self.figures["cost_caption"].setText(QCoreApplication.translate("ui.pages.funding", "Total cost, {0}").format(span))
        self.figures["funded"].setText(budget.money(s.total_secured))
        self.figures["funded_caption"].setText(
            QCoreApplication.translate("ui.pages.funding", "Secured (+{pending} pending)").format(pending=budget.money(s.total_pending))
            if s.total_pending >= MONEY_TOLERANCE else QCoreApplication.translate("ui.pages.funding", "Secured"))
        gap = self.figures["gap"]
        verdict = verdicts.funding_gap(plan, self._time_limited, s, self._source_labels)
        if verdict.ok is None:
            gap.setText("—")
            gap.setStyleSheet("")
            caption = (QCoreApplication.translate("ui.pages.funding", "Gap: no costs yet") if not s.has_costs
                       else QCoreApplication.translate("ui.pages.funding", "Gap: a cost is not known"))
        else:
            gap.setText(budget.money(s.total_gap or 0.0))
            n_gap = len(s.gap_years)
            gap.setStyleSheet(f"color: {GAP_COLOR if n_gap else OK_COLOR};")
            if not n_gap:
                caption = QCoreApplication.translate("ui.pages.funding", "Gap: covered by secured funding")
            elif n_gap == 1:
                caption = QCoreApplication.translate("ui.pages.funding", "Gap after secured funding, {n} year").format(n=n_gap)
            else:
                caption = QCoreApplication.translate("ui.pages.funding", "Gap after secured funding, {n} years").format(n=n_gap)
        gap.setToolTip(verdict.text)
        self.figures["gap_caption"].setText(caption)
        share = s.time_limited_share
        self.figures["limited"].setText("—" if share is None else f"{share:.0%}")
        self.figures["limited"].setToolTip(verdicts.time_limited(plan, self._time_limited, s,
                                                                 self._source_labels).text)
        for key in ("cost", "funded", "gap", "limited"):
            self.figures[key].setAccessibleName(f"{self.figures[key + '_caption'].text()}: {self.figures[key].text()}")

    def _fill_summary(self, s: budget.BudgetSummary) -> None:
        """Years across, figures down (the way budgets are read); a Total column last."""
        t = self.summary
        f = self.doc.plan.funding
        cols = [y.label for y in s.years] + [QCoreApplication.translate("ui.pages.funding", "Total")]
        if t.columnCount() != len(cols):
            t.setColumnCount(len(cols))
            for ci in range(len(cols)):
                t.horizontalHeader().setSectionResizeMode(ci, QHeaderView.ResizeMode.Stretch)
        t.setHorizontalHeaderLabels(cols)
        t.setVerticalHeaderItem(1, QTableWidgetItem(QCoreApplication.translate("ui.pages.funding", "Indirect ({rate})").format(rate=f"{f.indirect_rate:.0%}")))
        bold = QFont(t.font())
        bold.setBold(True)
        red = QBrush(QColor(GAP_COLOR))
        total_match = sum(y.match_required for y in s.years)
        m = money_or_unknown
        columns: list[tuple[list[str], bool, str]] = []
        for y in s.years:
            known = y.secured + y.pending
            share = f"{y.time_limited / known:.0%}" if known >= MONEY_TOLERANCE else "—"
            surplus = QCoreApplication.translate("ui.pages.funding", "Secured {0} more than the cost").format(budget.money(y.surplus)) if y.surplus >= MONEY_TOLERANCE else ""
            gap = y.gap
            columns.append(([m(y.direct), m(y.indirect), m(y.total), budget.money(y.secured), m(gap),
                             budget.money(y.match_required), share],
                            gap is not None and gap >= MONEY_TOLERANCE, surplus))
        def total(vals):
            return None if any(v is None for v in vals) else sum(vals)
        share = s.time_limited_share
        columns.append(([m(total([y.direct for y in s.years])), m(total([y.indirect for y in s.years])),
                         m(s.total_cost), budget.money(s.total_secured), m(s.total_gap), budget.money(total_match),
                         "—" if share is None else f"{share:.0%}"],
                        (s.total_gap or 0.0) >= MONEY_TOLERANCE, ""))
        for ci, (cells, gap, surplus) in enumerate(columns):
            last = ci == len(columns) - 1
            for ri, text in enumerate(cells):
                item = t.item(ri, ci)
                if item is None:
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
                    t.setItem(ri, ci, item)
                item.setText(text)
                is_gap = ri == GAP_ROW and gap
                item.setForeground(red if is_gap else QBrush())
                item.setFont(bold if (is_gap or last or ri == TOTAL_ROW) else t.font())
                if ri == GAP_ROW:
                    item.setToolTip(surplus)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, QCoreApplication.translate("ui.pages.funding", "funding gap") if gap else QCoreApplication.translate("ui.pages.funding", "no gap"))
        t.resizeRowsToContents()
        h = t.horizontalHeader().height() + sum(t.rowHeight(i) for i in range(t.rowCount())) + 2 * t.frameWidth() + 4
        if t.horizontalScrollBar().isVisible():
            h += t.horizontalScrollBar().height()
        t.setFixedHeight(h)
        if not s.has_costs:
            self.summary_note.setText(QCoreApplication.translate("ui.pages.funding", "Add cost lines and funding sources to see the budget."))
        else:
            self.summary_note.setText(verdicts.funding_gap(self.doc.plan, self._time_limited, s,
                                                           self._source_labels).text)
