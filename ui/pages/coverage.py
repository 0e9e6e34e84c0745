"""Step 3: when the program operates (the first key decision), the weekly clinician
grid over patrol shifts with the live coverage gap, on-call cover, dispatch, and how
the team gets to the scene safely."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.binding import enum_options
from ui.calls_dialog import ImportCallsDialog, SuggestDialog
from ui.pages.base import StepPage
from ui.widgets.figures import (
    FigureTile,
    FindingsBanner,
    ResponsiveGrid,
    add_field_note,
    fit_list,
    shrinkable,
    wrapped,
)
from ui.widgets.weekgrid import DAYS, WeekGridEditor
from wizard import demand, staffing, suggest
from wizard.labels import VALUE_LABELS
from wizard.plan import VehicleArrangement
from wizard.schedule import describe_schedule, grid_from_schedule, schedule_from_grid
from wizard.steps import Step


class CoveragePage(StepPage):
    step = Step.coverage

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        f = self.form(QCoreApplication.translate("ui.pages.coverage", "Hours of operation"))
        w = f.yes_no("coverage.all_patrol_shifts", QCoreApplication.translate("ui.pages.coverage", "Will the program operate during &all patrol shifts?"),
                     undecided=QCoreApplication.translate("ui.pages.coverage", "Not decided yet"))
        self.note_for(w, "coverage.all_patrol_shifts")

        self.heading(QCoreApplication.translate("ui.pages.coverage", "Weekly clinician hours"))
        calls_row = QWidget()
        row = QHBoxLayout(calls_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(QCoreApplication.translate("ui.pages.coverage", "Import &calls…"))
        self.import_button.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Import calls from a CAD export"))
        self.import_button.setToolTip(QCoreApplication.translate("ui.pages.coverage", "Count your own dispatch calls by weekday and hour to see when behavioral-health calls happen. Only the counts are kept."))
        self.import_button.clicked.connect(self.open_import)
        self.suggest_button = QPushButton(QCoreApplication.translate("ui.pages.coverage", "S&uggest…"))
        self.suggest_button.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Suggest clinician hours from the imported calls"))
        self.suggest_button.setToolTip(QCoreApplication.translate("ui.pages.coverage", "The schedule that covers the most imported behavioral-health calls."))
        self.suggest_button.clicked.connect(self.open_suggest)
        self.forget_button = QPushButton(QCoreApplication.translate("ui.pages.coverage", "&Remove imported calls"))
        self.forget_button.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Remove the imported call counts from the plan"))
        self.forget_button.clicked.connect(self._forget_calls)
        row.addWidget(self.import_button)
        row.addWidget(self.suggest_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        self.add(calls_row)
        self.import_dialog: ImportCallsDialog | None = None
        self.suggest_dialog: SuggestDialog | None = None
        self.editor = WeekGridEditor()
        self.grid = self.editor.grid
        self.editor.edited.connect(self._grid_edited)
        self.add(self.editor)
        self.summary = wrapped("", "")
        self.summary.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Clinician hours in words"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add(self.summary)
        self.binder.focusers["coverage.schedule"] = self._focus_grid

        self.tiles = ResponsiveGrid(min_em=30, max_columns=4)
        self.t_covered = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Patrol hours a week with a clinician")))
        self.t_gap = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Patrol hours a week without a clinician")))
        self.t_hours = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Clinician hours a week")))
        self.t_fte = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Clinician FTE needed")))
        self.t_share = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Behavioral-health calls inside clinician hours")))
        self.t_rate = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.coverage", "Behavioral-health calls per covered hour")))
        self.add(self.tiles)
        self.demand_text = wrapped("", "")
        self.demand_text.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Behavioral-health calls in words"))
        self.demand_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add(self.demand_text)
        self.demand_source = wrapped("", "note")
        self.demand_source.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Where the call counts come from"))
        self.add(self.demand_source)
        self.gap_days = wrapped("", "note")
        self.gap_days.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Gap by day"))
        self.add(self.gap_days)
        self.schedule_findings = FindingsBanner(lambda: self.ctx.findings,
                                                ["coverage.schedule", "coverage.all_patrol_shifts"])
        self.add(self.schedule_findings)

        f = self.form(QCoreApplication.translate("ui.pages.coverage", "Outside program hours"))
        w = f.yes_no("coverage.on_call.available", QCoreApplication.translate("ui.pages.coverage", "On-call cover is availab&le outside program hours"))
        self.note_for(w, "coverage.on_call.available")
        self.on_call_fields = [
            f.line("coverage.on_call.who", QCoreApplication.translate("ui.pages.coverage", "&Who is on call"), QCoreApplication.translate("ui.pages.coverage", "e.g. the partner's crisis supervisor, the mobile crisis team")),
            f.line("coverage.on_call.hours", QCoreApplication.translate("ui.pages.coverage", "On-call ho&urs"), QCoreApplication.translate("ui.pages.coverage", "e.g. 20:00–10:00 daily")),
            f.integer("coverage.on_call.response_minutes", QCoreApplication.translate("ui.pages.coverage", "On-call &response time"), maximum=24 * 60, optional=True,
                      suffix=QCoreApplication.translate("ui.pages.coverage", " min")),
            f.yes_no("coverage.on_call.by_phone_only", QCoreApplication.translate("ui.pages.coverage", "On-call support is by &phone only")),
        ]

        f = self.form(QCoreApplication.translate("ui.pages.coverage", "Dispatch"))
        indicators = [(o.id, o.label) for o in self.content.catalogs.dispatch_indicators]
        w = fit_list(f.checklist("coverage.dispatch_indicators", QCoreApplication.translate("ui.pages.coverage", "&Indicators"), indicators))
        w.setAccessibleName(QCoreApplication.translate("ui.pages.coverage", "Behavioral-health indicators that send the team"))
        self.note_for(w, "coverage.dispatch_indicators")
        f.lines("coverage.custom_indicators", QCoreApplication.translate("ui.pages.coverage", "&Other indicators"), QCoreApplication.translate("ui.pages.coverage", "One per line, e.g. Officer on scene requests the clinician"))
        f.text("coverage.dispatch_protocol", QCoreApplication.translate("ui.pages.coverage", "&Dispatch protocol"),
               QCoreApplication.translate("ui.pages.coverage", "How call-takers screen, who is sent, what happens when the team is busy"), rows=4)

        f = self.form(QCoreApplication.translate("ui.pages.coverage", "Getting there safely"))
        w = shrinkable(f.combo("coverage.vehicle", QCoreApplication.translate("ui.pages.coverage", "Tran&sport"),
                               enum_options(VehicleArrangement, VALUE_LABELS[VehicleArrangement], QCoreApplication.translate("ui.pages.coverage", "Not decided yet"))))
        self.note_for(w, "coverage.vehicle")
        f.text("coverage.vehicle_notes", QCoreApplication.translate("ui.pages.coverage", "Equip&ment and vehicle notes"), QCoreApplication.translate("ui.pages.coverage", "Radios, equipment, who maintains it"), rows=2)
        w = f.text("coverage.safety_protocol", QCoreApplication.translate("ui.pages.coverage", "Scene-safet&y protocol"),
                   QCoreApplication.translate("ui.pages.coverage", "Who secures the scene, when the clinician approaches, when to withdraw"), rows=4)
        self.note_for(w, "coverage.safety_protocol")
        w = f.integer("coverage.target_response_minutes", QCoreApplication.translate("ui.pages.coverage", "&Target response time"), maximum=24 * 60, optional=True,
                      suffix=QCoreApplication.translate("ui.pages.coverage", " min"))
        self.note_for(w, "coverage.target_response_minutes")
        self.response_findings = FindingsBanner(lambda: self.ctx.findings, ["coverage.target_response_minutes",
                                                                          "coverage.safety_protocol",
                                                                          "coverage.vehicle"])
        self.add(self.response_findings)

        self.ctx.findings.changed.connect(self._findings_changed)

    # --- the grid writes the plan ---------------------------------------------------

    def _grid_edited(self, grid: list[list[int]]) -> None:
        self.doc.set("coverage.schedule", schedule_from_grid(grid), label=QCoreApplication.translate("ui.pages.coverage", "paint the coverage grid"), merge=False)

    def _focus_grid(self, _path: str) -> bool:
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(self.grid)
        return True

    def _findings_changed(self) -> None:
        if self.built:
            self.schedule_findings.refresh()
            self.response_findings.refresh()

    # --- the agency's own calls ------------------------------------------------------

    def open_import(self) -> ImportCallsDialog:
        """Coverage ▸ Import calls… (window-modal; the plan changes only on Import)."""
        folder = str(self.doc.path.parent) if self.doc.path is not None else ""
        dlg = ImportCallsDialog(self, folder)
        dlg.accepted.connect(lambda: self._imported(dlg))
        self.import_dialog = dlg
        dlg.open()
        return dlg

    def _imported(self, dlg: ImportCallsDialog) -> None:
        if dlg.demand is not None:
            # The import's notes (skipped rows, codes not found) until the page is left.
            self._import_notes = [line for line in dlg.result_lines[3:] if not line.startswith("Skipped")]
            self.doc.set("coverage.call_demand", dlg.demand, label=QCoreApplication.translate("ui.pages.coverage", "import calls for service"))
            self.refresh()

    def _forget_calls(self) -> None:
        self._import_notes = []
        self.doc.set("coverage.call_demand", None, label=QCoreApplication.translate("ui.pages.coverage", "remove the imported calls"))
        self.refresh()

    def open_suggest(self) -> SuggestDialog | None:
        d = self.doc.plan.coverage.call_demand
        if d is None or d.total_bh == 0:
            return None
        dlg = SuggestDialog(d, self.doc.plan.staffing.available_hours_per_fte, self)
        dlg.accepted.connect(lambda: self._suggested(dlg))
        self.suggest_dialog = dlg
        dlg.open()
        return dlg

    def _suggested(self, dlg: SuggestDialog) -> None:
        if dlg.chosen is not None:
            self.doc.set("coverage.schedule", suggest.apply(dlg.chosen), label=QCoreApplication.translate("ui.pages.coverage", "apply the suggested schedule"),
                         merge=False)
            self.refresh()

    # --- live figures -----------------------------------------------------------------

    def refresh(self) -> None:
        plan = self.doc.plan
        cov = plan.coverage
        self.grid.set_patrol(plan.agency.patrol)
        self.grid.set_grid(grid_from_schedule(cov.schedule))
        self.summary.setText(describe_schedule(cov.schedule))

        gap = staffing.coverage_gap(plan.agency.patrol, cov.schedule)
        person = staffing.weekly_person_hours(cov.schedule)
        clock = staffing.weekly_covered_hours(cov.schedule)
        avail = plan.staffing.available_hours_per_fte
        need = staffing.fte_needed(cov.schedule, avail)
        if gap is None:  # no patrol pattern: no shares, and no verdict
            self.t_covered.set("—", QCoreApplication.translate("ui.pages.coverage", "The patrol shift pattern is not given (agency step)."))
            self.t_gap.set("—", QCoreApplication.translate("ui.pages.coverage", "Not known without the patrol shift pattern."))
        else:
            share = QCoreApplication.translate("ui.pages.coverage", "{0:.0%} of patrol hours").format(gap.share_covered) if gap.patrol_hours else QCoreApplication.translate("ui.pages.coverage", "no patrol hours")
            on_call = cov.on_call.available
            self.t_covered.set(QCoreApplication.translate("ui.pages.coverage", "{covered} of {patrol}").format(
                covered=gap.covered_hours, patrol=gap.patrol_hours), share)
            self.t_gap.set(f"{gap.gap_hours} h", "" if gap.gap_hours else QCoreApplication.translate("ui.pages.coverage", "every patrol hour has a clinician"),
                           (QCoreApplication.translate("ui.pages.coverage", "on call: {who}").format(who=cov.on_call.who) if cov.on_call.who
                            else QCoreApplication.translate("ui.pages.coverage", "on call: yes")) if gap.gap_hours and on_call else
                           (QCoreApplication.translate("ui.pages.coverage", "on-call cover not decided") if gap.gap_hours and on_call is None else
                            QCoreApplication.translate("ui.pages.coverage", "no on-call cover") if gap.gap_hours else ""),
                           good=(on_call if on_call is not None else None) if gap.gap_hours else None)
        self.t_hours.set(f"{person:,.0f}", QCoreApplication.translate("ui.pages.coverage", "{0} clock hours with at least one clinician on duty").format(clock))
        self.t_fte.set(f"{need:.1f}", QCoreApplication.translate("ui.pages.coverage", "{0:,.0f} h × 365/7 ÷ {1:,.0f} available hours per FTE (set on the staffing step)").format(person, avail))
        if gap is None:
            self.gap_days.setText(QCoreApplication.translate("ui.pages.coverage", "Patrol hours without a clinician, by day: not known until the patrol shift pattern is given on the agency step."))
        else:
            by_day = " · ".join(f"{DAYS[i]} {gap.by_day[d]} h" for i, d in enumerate(gap.by_day))
            self.gap_days.setText(QCoreApplication.translate("ui.pages.coverage", "Patrol hours without a clinician, by day: {0}").format(by_day))
        self._refresh_demand()

        for w in self.on_call_fields:
            w.setEnabled(cov.on_call.available is not False)
        self._findings_changed()

    def _refresh_demand(self) -> None:
        plan = self.doc.plan
        d = plan.coverage.call_demand
        self.editor.set_demand(d.bh_calls if d is not None else None, d.weeks if d is not None else 1.0)
        has_bh = d is not None and d.total_bh > 0
        self.suggest_button.setEnabled(has_bh)
        self.suggest_button.setToolTip(QCoreApplication.translate("ui.pages.coverage", "The schedule that covers the most imported behavioral-health calls.")
                                       if has_bh else QCoreApplication.translate("ui.pages.coverage", "Import calls first (with behavioral-health call types)."))
        self.forget_button.setVisible(d is not None)
        share = demand.plan_share(plan)
        if share.value is None:
            self.t_share.set(QCoreApplication.translate("ui.pages.coverage", "not known"), share.reason[:1].upper() + share.reason[1:] + QCoreApplication.translate("ui.pages.coverage", "; use Import calls… to count your own."))
        else:
            self.t_share.set(f"{share.value:.0%}", QCoreApplication.translate("ui.pages.coverage", "{0:,} of {1:,} imported behavioral-health calls fall in hours with a clinician").format(share.covered, share.total))
        est = demand.estimate(plan)
        rate = f"{est.calls_per_covered_hour:.2f}" if est.calls_per_covered_hour is not None else "—"
        util = QCoreApplication.translate("ui.pages.coverage", " About {0:.0%} of clinician time on scene.").format(est.utilization) if est.utilization is not None else ""
        self.t_rate.set(rate, est.note + util, QCoreApplication.translate("ui.pages.coverage", "even spread assumed") if est.even_spread else "",
                        good=None)
        self.demand_text.setText(demand.demand_sentence(plan))
        notes = " ".join(getattr(self, "_import_notes", []))
        self.demand_source.setText(f"{demand.source_sentence(d)} {notes}".strip() if d is not None else
                                   QCoreApplication.translate("ui.pages.coverage", "No calls imported. ") + QCoreApplication.translate("ui.pages.coverage", "Import calls… reads a CAD export (CSV or Excel) and keeps only counts by weekday and hour; no call, name or address is stored."))
