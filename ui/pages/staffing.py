"""Step 4: staffing. Live figures at the top (FTE needed with the relief factor,
planned FTE and shortfall, clinician-to-shift ratio against the guide, calls per
covered hour and utilization), then qualifications, clinician positions, police and
other roles, dispatch and CIT training, and the coordinator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.binding import enum_options
from ui.pages.base import StepPage
from ui.records import YES_NO, Column, RecordTable
from ui.widgets.figures import (
    FigureTile,
    FindingsBanner,
    ResponsiveGrid,
    add_field_note,
    fit_list,
    wrapped,
)
from wizard import demand, staffing, verdicts
from wizard.checks import HIGH_UTILIZATION
from wizard.labels import VALUE_LABELS
from wizard.plan import (
    ClinicianPosition,
    DispatchMode,
    OtherRole,
    RecordSystem,
    Team,
    TeamMember,
    TeamRole,
    VehicleArrangement,
)
from wizard.steps import Step


class StaffingPage(StepPage):
    step = Step.staffing

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        self.heading(QCoreApplication.translate("ui.pages.staffing", "Staffing at a glance"))
        self.tiles = ResponsiveGrid(min_em=30, max_columns=4)
        self.t_need = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.staffing", "Clinician FTE needed for the schedule")))
        self.t_have = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.staffing", "Clinician FTE planned")))
        self.t_officer = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.staffing", "Officer FTE needed for the schedule")))
        self.t_ratio = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.staffing", "Patrol shifts per clinician")))
        self.t_util = self.tiles.add(FigureTile(QCoreApplication.translate("ui.pages.staffing", "Behavioral-health calls per covered hour")))
        self.add(self.tiles)

        f = self.form()
        w = f.number("staffing.available_hours_per_fte", QCoreApplication.translate("ui.pages.staffing", "&Available hours per FTE"), 500, 3000, decimals=0, step=10,
                     suffix=QCoreApplication.translate("ui.pages.staffing", " h a year"))
        self.note_for(w, "staffing.available_hours_per_fte")
        w = f.number("staffing.avg_minutes_per_call", QCoreApplication.translate("ui.pages.staffing", "Average &minutes per call"), 5, 24 * 60, decimals=0, step=5,
                     suffix=QCoreApplication.translate("ui.pages.staffing", " min"), optional=True)
        self.note_for(w, "staffing.avg_minutes_per_call")
        self.figure_findings = FindingsBanner(lambda: self.ctx.findings, [
            "staffing.clinicians", "staffing.avg_minutes_per_call"])
        self.add(self.figure_findings)

        f = self.form(QCoreApplication.translate("ui.pages.staffing", "Clinician qualifications"))
        quals = [(q.id, q.label + (QCoreApplication.translate("ui.pages.staffing", " (starter guide)") if q.from_guide else "")) for q in self.content.catalogs.qualifications]
        w = fit_list(f.checklist("staffing.required_qualifications", QCoreApplication.translate("ui.pages.staffing", "Re&quired"), quals))
        w.setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "Required clinician qualifications"))
        self.note_for(w, "staffing.required_qualifications")

        self.heading(QCoreApplication.translate("ui.pages.staffing", "Teams that answer calls"))
        self.note(QCoreApplication.translate("ui.pages.staffing", "Who is in each responding team or unit, how many such teams the program fields, how a team is sent to a call and how it travels. The charter's account of a call is drawn from the first team listed."))
        roles = [(r.value, VALUE_LABELS[TeamRole][r.value]) for r in TeamRole]
        modes = [(m.value, VALUE_LABELS[DispatchMode][m.value]) for m in DispatchMode]
        self.teams = RecordTable(self.binder, "staffing.teams", [
            Column("name", QCoreApplication.translate("ui.pages.staffing", "Team"), width=170),
            Column("members", QCoreApplication.translate("ui.pages.staffing", "Made up of"), "multi", roles, width=200,
                   to_cell=lambda members: [m.role.value for m in members]),
            Column("units", QCoreApplication.translate("ui.pages.staffing", "Teams"), "int", width=70, minimum=1, maximum=200, optional=True,
                   help=QCoreApplication.translate("ui.pages.staffing", "How many such teams the program fields (— not decided)")),
            Column("dispatch_modes", QCoreApplication.translate("ui.pages.staffing", "How it is dispatched"), "multi", modes, width=220,
                   to_cell=lambda ms: [m.value for m in ms]),
            Column("vehicle", QCoreApplication.translate("ui.pages.staffing", "Vehicle"), "combo",
                   enum_options(VehicleArrangement, VALUE_LABELS[VehicleArrangement], QCoreApplication.translate("ui.pages.staffing", "Not decided")), width=190),
            Column("clinician_arrives_separately", QCoreApplication.translate("ui.pages.staffing", "Clinician arrives separately"), "combo", YES_NO, width=120),
        ], lambda: Team(), noun="team", adjust=self._adjust_team)
        self.add(self.teams)

        self.heading(QCoreApplication.translate("ui.pages.staffing", "Clinician positions"))
        self.note(self.content.field_note(self.step, "staffing.clinicians"))
        licenses = [(o.id, o.label) for o in self.content.catalogs.licenses]
        qual_opts = [(q.id, q.label) for q in self.content.catalogs.qualifications]
        systems = [(None, QCoreApplication.translate("ui.pages.staffing", "Not decided")), *((m, VALUE_LABELS[RecordSystem][m.value]) for m in RecordSystem)]
        self.clinicians = RecordTable(self.binder, "staffing.clinicians", [
            Column("title", QCoreApplication.translate("ui.pages.staffing", "Title"), width=170),
            Column("fte", QCoreApplication.translate("ui.pages.staffing", "FTE"), "float", minimum=0, maximum=50, decimals=2, step=0.05, width=62, optional=True),
            Column("agency_share", QCoreApplication.translate("ui.pages.staffing", "Share here"), "percent", minimum=0.01, maximum=1, decimals=0, width=92,
                   help=QCoreApplication.translate("ui.pages.staffing", "Share of this position's time given to this agency")),
            Column("employer", QCoreApplication.translate("ui.pages.staffing", "Employer"), width=190),
            Column("licenses", QCoreApplication.translate("ui.pages.staffing", "Licenses"), "multi", licenses, width=150),
            Column("qualifications_met", QCoreApplication.translate("ui.pages.staffing", "Qualifications met"), "multi", qual_opts, width=200),
            Column("record_system", QCoreApplication.translate("ui.pages.staffing", "Documents in"), "combo", systems, width=170),
            Column("notes", QCoreApplication.translate("ui.pages.staffing", "Notes"), width=200),
        ], lambda: ClinicianPosition(employer=self._default_employer()), noun=QCoreApplication.translate("ui.pages.staffing", "clinician position"))
        self.add(self.clinicians)
        self.clinician_total = wrapped("", "note")
        self.clinician_total.setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "Clinician FTE total"))
        self.add(self.clinician_total)

        f = self.form(QCoreApplication.translate("ui.pages.staffing", "Police and peer roles"))
        f.number("staffing.peer_specialists_fte", QCoreApplication.translate("ui.pages.staffing", "Peer specialist&s"), 0, 100, decimals=2, step=0.25, suffix=QCoreApplication.translate("ui.pages.staffing", " FTE"),
                 optional=True)
        f.integer("staffing.dedicated_officers", QCoreApplication.translate("ui.pages.staffing", "&Dedicated officers"), 0, 1000, optional=True,
                  help=QCoreApplication.translate("ui.pages.staffing", "Officers assigned to work with the clinicians"))
        w = f.integer("staffing.supervisors_supportive", QCoreApplication.translate("ui.pages.staffing", "Supportive supe&rvisors"), 0, 1000, optional=True,
                      help=QCoreApplication.translate("ui.pages.staffing", "Patrol supervisors briefed and supportive of the model"))
        self.note_for(w, "staffing.supervisors_supportive")

        self.heading(QCoreApplication.translate("ui.pages.staffing", "Other roles on the team"))
        self.other_roles = RecordTable(self.binder, "staffing.other_roles", [
            Column("role", QCoreApplication.translate("ui.pages.staffing", "Role"), width=200),
            Column("fte", QCoreApplication.translate("ui.pages.staffing", "FTE"), "float", minimum=0, maximum=50, decimals=2, step=0.25, width=70, optional=True),
            Column("employer", QCoreApplication.translate("ui.pages.staffing", "Employer"), width=210),
            Column("notes", QCoreApplication.translate("ui.pages.staffing", "Notes")),
        ], lambda: OtherRole(role=QCoreApplication.translate("ui.pages.staffing", "Case manager")), noun="role")
        self.add(self.other_roles)

        f = self.form(QCoreApplication.translate("ui.pages.staffing", "Dispatch training"))
        w = f.yes_no("staffing.dispatch.trained", QCoreApplication.translate("ui.pages.staffing", "Dispatch is (or will be by launch) &trained to identify behavioral-health indicators"))
        self.note_for(w, "staffing.dispatch.trained")
        f.integer("staffing.dispatch.dispatchers_to_train", QCoreApplication.translate("ui.pages.staffing", "Dispatchers to tra&in"), 0, 10_000, optional=True)
        f.number("staffing.dispatch.training_hours", QCoreApplication.translate("ui.pages.staffing", "Training ho&urs each"), 0, 200, decimals=1, step=1, suffix=QCoreApplication.translate("ui.pages.staffing", " h"),
                 optional=True)
        f.line("staffing.dispatch.protocol_name", QCoreApplication.translate("ui.pages.staffing", "Dispatch proto&col"), QCoreApplication.translate("ui.pages.staffing", "Name of the call-taking protocol"))

        f = self.form(QCoreApplication.translate("ui.pages.staffing", "Crisis intervention (CIT) training"))
        f.number("staffing.cit_training_hours", QCoreApplication.translate("ui.pages.staffing", "CIT course &length"), 0, 200, decimals=0, step=8, suffix=QCoreApplication.translate("ui.pages.staffing", " h"),
                 optional=True)
        w = f.integer("staffing.officers_to_train_cit", QCoreApplication.translate("ui.pages.staffing", "&Officers to train"), 0, 100_000, optional=True)
        self.note_for(w, "staffing.officers_to_train_cit")
        self.cit_line = wrapped("", "note")
        self.cit_line.setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "CIT coverage after training"))
        f.layout.addRow(self.cit_line)
        f.text("staffing.training_plan", QCoreApplication.translate("ui.pages.staffing", "Training &plan"), QCoreApplication.translate("ui.pages.staffing", "Who is trained, in what, by when"), rows=3)

        f = self.form(QCoreApplication.translate("ui.pages.staffing", "Program coordinator"))
        f.line("staffing.coordinator.name", QCoreApplication.translate("ui.pages.staffing", "&Who coordinates")).setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "Coordinator name"))
        f.line("staffing.coordinator.employer", QCoreApplication.translate("ui.pages.staffing", "Emplo&yer")).setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "Coordinator employer"))
        f.number("staffing.coordinator.fte", QCoreApplication.translate("ui.pages.staffing", "Coordinator's &time"), 0, 5, decimals=2, step=0.1,
                 suffix=QCoreApplication.translate("ui.pages.staffing", " FTE"), optional=True).setAccessibleName(QCoreApplication.translate("ui.pages.staffing", "Coordinator FTE"))
        w = f.yes_no("staffing.coordinator.collateral_duty", QCoreApplication.translate("ui.pages.staffing", "Coordination is a collateral duty (in addition to another &job)"))
        self.note_for(w, "staffing.coordinator.collateral_duty")
        self.coordinator_findings = FindingsBanner(lambda: self.ctx.findings, [
            "staffing.coordinator", "staffing.dispatch", "staffing.supervisors_supportive",
            "staffing.required_qualifications"])
        self.add(self.coordinator_findings)

        self.ctx.findings.changed.connect(self._findings_changed)

    @staticmethod
    def _adjust_team(row: Team, attr: str, value: object) -> dict[str, object] | None:
        """Ticking roles keeps each role's count (two officers stay two)."""
        if attr != "members":
            return None
        counts = {m.role.value: m.count for m in row.members}
        return {"members": [TeamMember(role=TeamRole(r), count=counts.get(r, 1)) for r in value]}  # type: ignore[union-attr]

    def _default_employer(self) -> str:
        """New positions start with the employer of the last one, or the partner that
        employs clinicians (one less thing to type in the room)."""
        plan = self.doc.plan
        if plan.staffing.clinicians:
            return plan.staffing.clinicians[-1].employer
        return next((p.name for p in plan.agency.partners if p.employs_clinicians and p.name), "")

    def _findings_changed(self) -> None:
        if self.built:
            self.figure_findings.refresh()
            self.coordinator_findings.refresh()

    # --- live figures -----------------------------------------------------------------

    @staticmethod
    def _ratio_good(r: staffing.Ratio) -> bool | None:
        """Green within the guide, red when stretched, amber otherwise (more than one
        clinician per shift is often relief, not waste; no clinicians is not judged)."""
        if r.shifts_per_clinician is None:
            return None
        if r.within_guide:
            return True
        return False if r.shifts_per_clinician > staffing.GUIDE_MAX_SHIFTS_PER_CLINICIAN else None

    def refresh(self) -> None:
        plan = self.doc.plan
        st = plan.staffing
        s = staffing.summarize(plan)
        avail = st.available_hours_per_fte
        annual = s.weekly_person_hours * staffing.WEEKS_PER_YEAR
        relief = staffing.relief_factor(avail)
        if s.fte_needed is None:
            self.t_need.set("—", QCoreApplication.translate("ui.pages.staffing", "No clinician hours are scheduled yet (coverage step)."))
        else:
            self.t_need.set(
                f"{s.fte_needed:.1f}",
                QCoreApplication.translate("ui.pages.staffing", "{0:,.0f} clinician hours a week × 365/7 = {1:,.0f} h a year ÷ {2:,.0f} available hours per FTE. Relief factor {3:.2f} ({4:,} scheduled ÷ {5:,.0f} available hours).").format(s.weekly_person_hours, annual, avail, relief, staffing.SCHEDULED_HOURS_PER_YEAR, avail))
        fte = verdicts.fte(plan, s)
        n = len(st.clinicians)
        unknown = QCoreApplication.translate("ui.pages.staffing", "; {0} of unknown FTE").format(s.clinician_fte_unknown) if s.clinician_fte_unknown else ""
        positions = (QCoreApplication.translate("ui.pages.staffing", "{n} position{unknown}, counting each position's share of time for this agency")
                     if n == 1 else
                     QCoreApplication.translate("ui.pages.staffing", "{n} positions{unknown}, counting each position's share of time for this agency")
                     ).format(n=n, unknown=unknown)
        self.t_have.set(f"{s.clinician_fte:g}" if n else "—", positions, fte.text, fte.ok)

        officer = verdicts.officer_fte(plan, s)
        per = s.officers_per_clinician
        self.t_officer.set(
            "—" if s.officer_fte_needed is None else f"{s.officer_fte_needed:.1f}",
            QCoreApplication.translate("ui.pages.staffing", "Officer hours a week (clinician hours × officers riding with each clinician) × 365/7 ÷ {avail} available hours per FTE: the same relief factor as for clinicians.").format(avail=f"{avail:,.0f}")
            if per is None or per.value is None else
            QCoreApplication.translate("ui.pages.staffing", "Officer hours a week (clinician hours × officers riding with each clinician, {per}) × 365/7 ÷ {avail} available hours per FTE: the same relief factor as for clinicians.").format(per=f"{per.value:g}", avail=f"{avail:,.0f}"),
            officer.text, officer.ok)

        r = s.ratio
        ratio = verdicts.ratio(plan, s)
        value = f"{r.shifts_per_clinician:.2f}" if ratio.judged and r.shifts_per_clinician is not None else "—"
        self.t_ratio.set(value, QCoreApplication.translate("ui.pages.staffing", "Shift positions a day (each patrol shift counted once per clinician on duty) ÷ clinician FTE"), ratio.text, self._ratio_good(r) if ratio.judged else None)

        c = demand.estimate(plan)  # the imported calls' hours when there are some, else an even spread
        util_v = verdicts.utilization(plan, s)
        if c.bh_calls_per_year is None or c.calls_per_covered_hour is None or c.bh_in_covered_per_year is None:
            self.t_util.set("—", QCoreApplication.translate("ui.pages.staffing", "Enter behavioral-health calls a year on the agency step (or import calls on the coverage step), and schedule clinician hours."))
        else:
            high = c.utilization is not None and c.utilization > HIGH_UTILIZATION
            how = (QCoreApplication.translate("ui.pages.staffing", "spread evenly over the week; import calls on the coverage step for their real hours")
                   if c.even_spread else QCoreApplication.translate("ui.pages.staffing", "at the hours the imported calls came"))
            self.t_util.set(
                f"{c.calls_per_covered_hour:.2f}",
                QCoreApplication.translate("ui.pages.staffing", "About {0:,.0f} of {1:,.0f} calls a year fall in covered hours ({2}).").format(c.bh_in_covered_per_year, c.bh_calls_per_year, how),
                QCoreApplication.translate("ui.pages.staffing", "Utilization {0:.0%}: time on scene at {1:g} min a call ÷ scheduled clinician time").format(c.utilization, st.avg_minutes_per_call) if c.utilization is not None else util_v.text,
                None if c.utilization is None else not high)

        shares = [f"{p.fte:g} × {p.agency_share:.0%}" for p in st.clinicians if p.agency_share < 1 and p.fte]
        known = sum(p.fte for p in st.clinicians if p.fte is not None)
        values = dict(known=f"{known:g}", n=n, unknown=unknown, fte=f"{s.clinician_fte:g}", shares=", ".join(shares))
        if shares:
            total = (QCoreApplication.translate("ui.pages.staffing", "Total: {known} FTE in {n} position{unknown}; {fte} FTE for this agency (shared: {shares}).")
                     if n == 1 else
                     QCoreApplication.translate("ui.pages.staffing", "Total: {known} FTE in {n} positions{unknown}; {fte} FTE for this agency (shared: {shares})."))
        else:
            total = (QCoreApplication.translate("ui.pages.staffing", "Total: {known} FTE in {n} position{unknown}; {fte} FTE for this agency.")
                     if n == 1 else
                     QCoreApplication.translate("ui.pages.staffing", "Total: {known} FTE in {n} positions{unknown}; {fte} FTE for this agency."))
        self.clinician_total.setText(total.format(**values))

        sworn = plan.agency.sworn_officers
        have = plan.agency.existing.cit_trained_officers
        to_train = st.officers_to_train_cit
        if have is None or to_train is None:
            missing = [w for w, v in ((QCoreApplication.translate("ui.pages.staffing", "officers already CIT-trained (agency step)"), have),
                                      (QCoreApplication.translate("ui.pages.staffing", "officers to train"), to_train)) if v is None]
            self.cit_line.setText(QCoreApplication.translate("ui.pages.staffing", "CIT coverage after training is not known yet: enter ") + " and ".join(missing) + ".")
        elif sworn:
            total = have + to_train
            self.cit_line.setText(QCoreApplication.translate("ui.pages.staffing", "{0:,} officers already CIT-trained + {1:,} to train = {2:,} of {3:,} sworn ({4:.0%}).").format(have, to_train, total, sworn, total / sworn))
        else:
            self.cit_line.setText(QCoreApplication.translate("ui.pages.staffing", "{0:,} already CIT-trained + {1:,} to train = {2:,} (enter sworn officers on the agency step to see the share).").format(have, to_train, have + to_train))
        self._findings_changed()

