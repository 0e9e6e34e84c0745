"""Step 4: staffing. Live figures at the top (FTE needed with the relief factor,
planned FTE and shortfall, clinician-to-shift ratio against the guide, calls per
covered hour and utilization), then qualifications, clinician positions, police and
other roles, dispatch and CIT training, and the coordinator."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.widgets.figures import (
    FigureTile,
    FindingsBanner,
    ResponsiveGrid,
    add_field_note,
    fit_list,
    wrap_check,
    wrapped,
)
from wizard import demand, staffing
from wizard.checks import HIGH_UTILIZATION
from wizard.plan import ClinicianPosition, OtherRole, RecordSystem
from wizard.steps import Step

RECORD_SYSTEMS = {
    "ehr": "Provider's EHR",
    "hospital_ehr": "Hospital EHR",
    "rms": "Police RMS",
    "cad": "CAD",
    "shared_database": "Shared program database",
    "paper": "Paper",
    "other": "Other",
}


class StaffingPage(StepPage):
    step = Step.staffing

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        self.heading("Staffing at a glance")
        self.tiles = ResponsiveGrid(min_em=30, max_columns=4)
        self.t_need = self.tiles.add(FigureTile("Clinician FTE needed for the schedule"))
        self.t_have = self.tiles.add(FigureTile("Clinician FTE planned"))
        self.t_ratio = self.tiles.add(FigureTile("Patrol shifts per clinician"))
        self.t_util = self.tiles.add(FigureTile("Behavioral-health calls per covered hour"))
        self.add(self.tiles)

        f = self.form()
        w = f.number("staffing.available_hours_per_fte", "&Available hours per FTE", 500, 3000, decimals=0, step=10,
                     suffix=" h a year")
        self.note_for(w, "staffing.available_hours_per_fte")
        w = f.number("staffing.avg_minutes_per_call", "Average &minutes per call", 1, 24 * 60, decimals=0, step=5,
                     suffix=" min")
        self.note_for(w, "staffing.avg_minutes_per_call")
        self.figure_findings = FindingsBanner(lambda: self.ctx.findings, [
            "staffing.clinicians", "staffing.avg_minutes_per_call"])
        self.add(self.figure_findings)

        f = self.form("Clinician qualifications")
        quals = [(q.id, q.label + (" (starter guide)" if q.from_guide else "")) for q in self.content.catalogs.qualifications]
        w = fit_list(f.checklist("staffing.required_qualifications", "Re&quired", quals))
        w.setAccessibleName("Required clinician qualifications")
        self.note_for(w, "staffing.required_qualifications")

        self.heading("Clinician positions")
        self.note(self.content.field_note(self.step, "staffing.clinicians"))
        licenses = [(o.id, o.label) for o in self.content.catalogs.licenses]
        qual_opts = [(q.id, q.label) for q in self.content.catalogs.qualifications]
        systems = [(m, RECORD_SYSTEMS.get(m.value, m.value)) for m in RecordSystem]
        self.clinicians = RecordTable(self.binder, "staffing.clinicians", [
            Column("title", "Title", width=170),
            Column("fte", "FTE", "float", minimum=0.05, maximum=50, decimals=2, step=0.1, width=62),
            Column("agency_share", "Share here", "percent", minimum=0.01, maximum=1, decimals=0, width=92,
                   help="Share of this position's time given to this agency"),
            Column("employer", "Employer", width=190),
            Column("licenses", "Licenses", "multi", licenses, width=150),
            Column("qualifications_met", "Qualifications met", "multi", qual_opts, width=200),
            Column("record_system", "Documents in", "combo", systems, width=170),
            Column("notes", "Notes", width=200),
        ], lambda: ClinicianPosition(employer=self._default_employer()), noun="clinician position")
        self.add(self.clinicians)
        self.clinician_total = wrapped("", "note")
        self.clinician_total.setAccessibleName("Clinician FTE total")
        self.add(self.clinician_total)

        f = self.form("Police and peer roles")
        f.number("staffing.peer_specialists_fte", "Peer specialist&s", 0, 100, decimals=2, step=0.25, suffix=" FTE")
        f.integer("staffing.dedicated_officers", "&Dedicated officers", 0, 1000,
                  help="Officers assigned to work with the clinicians")
        w = f.integer("staffing.supervisors_supportive", "Supportive supe&rvisors", 0, 1000,
                      help="Patrol supervisors briefed and supportive of the model")
        self.note_for(w, "staffing.supervisors_supportive")

        self.heading("Other roles on the team")
        self.other_roles = RecordTable(self.binder, "staffing.other_roles", [
            Column("role", "Role", width=200),
            Column("fte", "FTE", "float", minimum=0, maximum=50, decimals=2, step=0.25, width=70),
            Column("employer", "Employer", width=210),
            Column("notes", "Notes"),
        ], lambda: OtherRole(role="Case manager"), noun="role")
        self.add(self.other_roles)

        f = self.form("Dispatch training")
        w = wrap_check(f, "staffing.dispatch.trained", "Dispatch is (or will be by launch) &trained to identify "
                       "behavioral-health indicators")
        self.note_for(w, "staffing.dispatch.trained")
        f.integer("staffing.dispatch.dispatchers_to_train", "Dispatchers to tra&in", 0, 10_000)
        f.number("staffing.dispatch.training_hours", "Training ho&urs each", 0, 200, decimals=1, step=1, suffix=" h")
        f.line("staffing.dispatch.protocol_name", "Dispatch proto&col", "Name of the call-taking protocol")

        f = self.form("Crisis intervention (CIT) training")
        f.number("staffing.cit_training_hours", "CIT course &length", 0, 200, decimals=0, step=8, suffix=" h")
        w = f.integer("staffing.officers_to_train_cit", "&Officers to train", 0, 100_000)
        self.note_for(w, "staffing.officers_to_train_cit")
        self.cit_line = wrapped("", "note")
        self.cit_line.setAccessibleName("CIT coverage after training")
        f.layout.addRow(self.cit_line)
        f.text("staffing.training_plan", "Training &plan", "Who is trained, in what, by when", rows=3)

        f = self.form("Program coordinator")
        f.line("staffing.coordinator.name", "&Who coordinates").setAccessibleName("Coordinator name")
        f.line("staffing.coordinator.employer", "Emplo&yer").setAccessibleName("Coordinator employer")
        f.number("staffing.coordinator.fte", "Coordinator's &time", 0, 5, decimals=2, step=0.1,
                 suffix=" FTE").setAccessibleName("Coordinator FTE")
        w = wrap_check(f, "staffing.coordinator.collateral_duty", "Coordination is a collateral duty (in addition "
                       "to another &job)")
        self.note_for(w, "staffing.coordinator.collateral_duty")
        self.coordinator_findings = FindingsBanner(lambda: self.ctx.findings, [
            "staffing.coordinator", "staffing.dispatch", "staffing.supervisors_supportive",
            "staffing.required_qualifications"])
        self.add(self.coordinator_findings)

        window = getattr(self.ctx, "window", None)
        if window is not None and hasattr(window, "findingsChanged"):
            window.findingsChanged.connect(self._findings_changed)

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
        self.t_need.set(
            f"{s.fte_needed:.1f}",
            f"{s.weekly_person_hours:,.0f} clinician hours a week × 365/7 = {annual:,.0f} h a year "
            f"÷ {avail:,.0f} available hours per FTE. Relief factor {relief:.2f} "
            f"(2,080 scheduled ÷ {avail:,.0f} available hours).")

        if s.fte_needed == 0:
            verdict, good = "no clinician hours scheduled yet (coverage step)", None
        elif s.fte_shortfall > 0.05:
            verdict, good = f"{s.fte_shortfall:.1f} FTE short of the schedule", False
        else:
            spare = s.clinician_fte - s.fte_needed
            verdict, good = ("covers the schedule" + (f" with {spare:.1f} FTE to spare" if spare >= 0.05 else "")), True
        n = len(st.clinicians)
        self.t_have.set(f"{s.clinician_fte:g}", f"{n} position{'s' if n != 1 else ''}, counting each position's "
                                               "share of time for this agency", verdict, good)

        r = s.ratio
        value = f"{r.shifts_per_clinician:.2f}" if r.shifts_per_clinician is not None else "—"
        self.t_ratio.set(value, f"{r.shifts_per_day:.1f} patrol shifts a day covered "
                                f"÷ {r.clinician_fte:g} clinician FTE",
                         r.verdict, self._ratio_good(r))

        c = demand.estimate(plan)  # the imported calls' hours when there are some, else an even spread
        if c.bh_calls_per_year is None:
            self.t_util.set("—", "Enter behavioral-health calls a year on the agency step (or import calls on "
                                 "the coverage step).")
        else:
            util = "—" if c.utilization is None else f"{c.utilization:.0%}"
            high = c.utilization is not None and c.utilization > HIGH_UTILIZATION
            how = ("spread evenly over the week; import calls on the coverage step for their real hours"
                   if c.even_spread else "at the hours the imported calls came")
            self.t_util.set(
                f"{c.calls_per_covered_hour:.2f}",
                f"About {c.bh_in_covered_per_year:,.0f} of {c.bh_calls_per_year:,.0f} calls a year fall in "
                f"covered hours ({how}).",
                f"Utilization {util}: time on scene at {st.avg_minutes_per_call:g} min a call ÷ scheduled "
                "clinician time" if c.utilization is not None else "No clinician hours to use.",
                None if c.utilization is None else not high)

        shares = [f"{p.fte:g} × {p.agency_share:.0%}" for p in st.clinicians if p.agency_share < 1]
        self.clinician_total.setText(
            f"Total: {sum(p.fte for p in st.clinicians):g} FTE in {n} position{'s' if n != 1 else ''}; "
            f"{s.clinician_fte:g} FTE for this agency" + (f" (shared: {', '.join(shares)})" if shares else "") + ".")

        sworn = plan.agency.sworn_officers
        have = plan.agency.existing.cit_trained_officers or 0
        total = have + st.officers_to_train_cit
        if sworn:
            self.cit_line.setText(f"{have:,} officers already CIT-trained + {st.officers_to_train_cit:,} to train "
                                  f"= {total:,} of {sworn:,} sworn ({total / sworn:.0%}).")
        else:
            self.cit_line.setText(f"{have:,} already CIT-trained + {st.officers_to_train_cit:,} to train = {total:,} "
                                  "(enter sworn officers on the agency step to see the share).")
        self._findings_changed()

