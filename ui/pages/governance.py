"""Step 5: supervision and governance. Weekly clinical supervision and the monthly
joint case review (as the starter guide names them), the planning committee with its
core/optional/operational partners, the escalation path, the written policies the
program runs on, and when the plan is reviewed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.binding import enum_options
from ui.pages.base import StepPage
from ui.records import YES_NO, Column, RecordTable
from ui.widgets.figures import (
    FindingsBanner,
    add_field_note,
    fit_list,
    restyle,
    shrinkable,
    wrapped,
)
from wizard.checks import CADENCE_DAYS
from wizard.labels import VALUE_LABELS
from wizard.plan import Cadence, CommitteeMember
from wizard.steps import Step

TIER_WORD = {"core": "core", "optional": "optional", "operational": "operational"}

MEETINGS = (
    # plan field, the name the starter guide gives it, at most this many days apart, short name,
    # labels (held, cadence, lead, participants, notes) with mnemonics unique on the page
    ("clinical_supervision", "Weekly clinical supervision", 7, "Clinical supervision",
     ("&Clinical supervision is held", "How &often", "&Led by", "&Participants", "No&tes")),
    ("joint_case_review", "Monthly joint case review (police and behavioral-health leadership)", 31,
     "Joint case review", ("&Joint case review is held", "Ho&w often", "Le&d by", "Pa&rticipants", "Note&s")),
)


class GovernancePage(StepPage):
    step = Step.governance

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        self.meeting_status: dict[str, tuple[object, int]] = {}
        cadences = enum_options(Cadence, VALUE_LABELS[Cadence], "Not decided yet")
        for attr, title, max_days, short, keys in MEETINGS:
            path = f"governance.{attr}"
            f = self.form(title)
            held = f.yes_no(f"{path}.held", keys[0])
            held.setAccessibleName(f"{short} is held")
            self.note_for(held, path)
            w = shrinkable(f.combo(f"{path}.cadence", keys[1], cadences))
            w.setAccessibleName(f"{short}: how often")
            w = f.line(f"{path}.lead", keys[2], "Role or name of who leads it")
            w.setAccessibleName(f"{short}: led by")
            w = f.lines(f"{path}.participants", keys[3], "One per line (roles, never clients)", rows=2)
            w.setAccessibleName(f"{short}: participants")
            w = f.text(f"{path}.notes", keys[4], rows=2)
            w.setAccessibleName(f"{short}: notes")
            status = wrapped("", "bannerOk")
            status.setAccessibleName(f"{short}: against the starter guide")
            f.layout.addRow(status)
            self.meeting_status[attr] = (status, max_days)
            self.binder.focusers[path] = lambda _p, h=held: (h.setFocus(), True)[1]

        self.heading("Planning committee")
        self.note(self.content.field_note(self.step, "governance.committee"))
        types = self.content.catalogs.committee_member_types
        options = [(None, "Choose…"), *((t.id, f"{t.label} ({TIER_WORD[t.tier]})") for t in types)]
        self.committee = RecordTable(self.binder, "governance.committee", [
            Column("name", "Name", width=160),
            Column("member_type", "Represents", "combo", options, width=270),
            Column("organization", "Organization", width=190),
            Column("decision_authority", "Decides", "combo", YES_NO, width=110,
                   help="Holds decision authority for the program"),
        ], lambda: CommitteeMember(), noun="member")
        self.add(self.committee)
        self.tiers = wrapped("", rich=True)
        self.tiers.setAccessibleName("Committee partners by tier")
        self.add(self.tiers)
        f = self.form()
        shrinkable(f.combo("governance.committee_cadence", "Committee &meets", cadences))

        f = self.form("Escalation path")
        w = f.lines("governance.escalation_path", "Escalation, &in order",
                    "One level per line, from the field up", rows=4)
        self.note_for(w, "governance.escalation_path")

        f = self.form("Written policies")
        funcs = [(o.id, o.label) for o in self.content.catalogs.managing_functions]
        w = fit_list(f.checklist("governance.managing_functions", "In pl&ace", funcs))
        w.setAccessibleName("Managing functions with written policies in place")
        self.note_for(w, "governance.managing_functions")

        f = self.form("Plan review")
        w = f.date("governance.plan_review_date", "Review this plan b&y")
        self.note_for(w, "governance.plan_review_date")

        self.findings = FindingsBanner(lambda: self.ctx.findings, ["governance"])
        self.add(self.findings)
        self.ctx.findings.changed.connect(self._findings_changed)

    def _findings_changed(self) -> None:
        if self.built:
            self.findings.refresh()

    def refresh(self) -> None:
        g = self.doc.plan.governance
        for attr, (status, max_days) in self.meeting_status.items():
            m = getattr(g, attr)
            every = VALUE_LABELS[Cadence][m.cadence.value].lower() if m.cadence else ""
            if m.held is None:
                text, style = "Not decided yet whether it is held.", "banner"
            elif not m.held:
                text, style = "Not held.", "banner"
            elif m.cadence is None:
                text, style = "Held; how often is not decided yet.", "banner"
            elif m.cadence in (Cadence.none, Cadence.as_needed):
                text, style = "Held, but not on a schedule.", "banner"
            elif m.cadence in CADENCE_DAYS and CADENCE_DAYS[m.cadence] <= max_days:
                text, style = f"Held {every}: meets the starter guide.", "bannerOk"
            else:
                text, style = f"Held {every}: less often than the starter guide calls for.", "banner"
            status.setText(text)  # type: ignore[attr-defined]
            restyle(status, style)  # type: ignore[arg-type]

        types = self.content.catalogs.committee_member_types
        present = {m.member_type for m in g.committee}
        parts = []
        for tier in ("core", "optional", "operational"):
            of_tier = [t for t in types if t.tier == tier]
            have = [t.label for t in of_tier if t.id in present]
            missing = [t.label for t in of_tier if t.id not in present]
            line = f"<b>{tier.capitalize()} partners</b>: {len(have)} of {len(of_tier)}"
            if tier == "core" and missing:
                line += " — missing: " + ", ".join(missing)
            parts.append(line)
        with_authority = sum(1 for m in g.committee if m.decision_authority is True)
        self.tiers.setText(" · ".join(parts) + f"<br>{with_authority} of {len(g.committee)} members hold "
                           "decision authority")

        self._findings_changed()
