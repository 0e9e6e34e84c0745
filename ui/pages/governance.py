"""Step 5: supervision and governance. Weekly clinical supervision and the monthly
joint case review (as the starter guide names them), the planning committee with its
core/optional/operational partners, the escalation path, the written policies the
program runs on, and when the plan is reviewed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
    ("clinical_supervision", QCoreApplication.translate("ui.pages.governance", "Weekly clinical supervision"), 7, QCoreApplication.translate("ui.pages.governance", "Clinical supervision"),
     (QCoreApplication.translate("ui.pages.governance", "&Clinical supervision is held"), QCoreApplication.translate("ui.pages.governance", "How &often"), QCoreApplication.translate("ui.pages.governance", "&Led by"), QCoreApplication.translate("ui.pages.governance", "&Participants"), QCoreApplication.translate("ui.pages.governance", "No&tes"))),
    ("joint_case_review", QCoreApplication.translate("ui.pages.governance", "Monthly joint case review (police and behavioral-health leadership)"), 31,
     QCoreApplication.translate("ui.pages.governance", "Joint case review"), (QCoreApplication.translate("ui.pages.governance", "&Joint case review is held"), QCoreApplication.translate("ui.pages.governance", "Ho&w often"), QCoreApplication.translate("ui.pages.governance", "Le&d by"), QCoreApplication.translate("ui.pages.governance", "Pa&rticipants"), QCoreApplication.translate("ui.pages.governance", "Note&s"))),
)


class GovernancePage(StepPage):
    step = Step.governance

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        self.meeting_status: dict[str, tuple[object, int]] = {}
        cadences = enum_options(Cadence, VALUE_LABELS[Cadence], QCoreApplication.translate("ui.pages.governance", "Not decided yet"))
        for attr, title, max_days, short, keys in MEETINGS:
            path = f"governance.{attr}"
            f = self.form(title)
            held = f.yes_no(f"{path}.held", keys[0])
            held.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0} is held").format(short))
            self.note_for(held, path)
            w = shrinkable(f.combo(f"{path}.cadence", keys[1], cadences))
            w.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0}: how often").format(short))
            w = f.line(f"{path}.lead", keys[2], QCoreApplication.translate("ui.pages.governance", "Role or name of who leads it"))
            w.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0}: led by").format(short))
            w = f.lines(f"{path}.participants", keys[3], QCoreApplication.translate("ui.pages.governance", "One per line (roles, never clients)"), rows=2)
            w.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0}: participants").format(short))
            w = f.text(f"{path}.notes", keys[4], rows=2)
            w.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0}: notes").format(short))
            status = wrapped("", "bannerOk")
            status.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "{0}: against the starter guide").format(short))
            f.layout.addRow(status)
            self.meeting_status[attr] = (status, max_days)
            self.binder.focusers[path] = lambda _p, h=held: (h.setFocus(), True)[1]

        self.heading(QCoreApplication.translate("ui.pages.governance", "Planning committee"))
        self.note(self.content.field_note(self.step, "governance.committee"))
        types = self.content.catalogs.committee_member_types
        options = [(None, QCoreApplication.translate("ui.pages.governance", "Choose…")), *((t.id, f"{t.label} ({TIER_WORD[t.tier]})") for t in types)]
        self.committee = RecordTable(self.binder, "governance.committee", [
            Column("name", QCoreApplication.translate("ui.pages.governance", "Name"), width=160),
            Column("member_type", QCoreApplication.translate("ui.pages.governance", "Represents"), "combo", options, width=270),
            Column("organization", QCoreApplication.translate("ui.pages.governance", "Organization"), width=190),
            Column("decision_authority", QCoreApplication.translate("ui.pages.governance", "Decides"), "combo", YES_NO, width=110,
                   help=QCoreApplication.translate("ui.pages.governance", "Holds decision authority for the program")),
        ], lambda: CommitteeMember(), noun=QCoreApplication.translate("ui.pages.governance", "member"))
        self.add(self.committee)
        self.tiers = wrapped("", rich=True)
        self.tiers.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "Committee partners by tier"))
        self.add(self.tiers)
        f = self.form()
        shrinkable(f.combo("governance.committee_cadence", QCoreApplication.translate("ui.pages.governance", "Committee &meets"), cadences))

        f = self.form(QCoreApplication.translate("ui.pages.governance", "Escalation path"))
        w = f.lines("governance.escalation_path", QCoreApplication.translate("ui.pages.governance", "Escalation, &in order"),
                    QCoreApplication.translate("ui.pages.governance", "One level per line, from the field up"), rows=4)
        self.note_for(w, "governance.escalation_path")

        f = self.form(QCoreApplication.translate("ui.pages.governance", "Written policies"))
        funcs = [(o.id, o.label) for o in self.content.catalogs.managing_functions]
        w = fit_list(f.checklist("governance.managing_functions", QCoreApplication.translate("ui.pages.governance", "In pl&ace"), funcs))
        w.setAccessibleName(QCoreApplication.translate("ui.pages.governance", "Managing functions with written policies in place"))
        self.note_for(w, "governance.managing_functions")

        f = self.form(QCoreApplication.translate("ui.pages.governance", "Plan review"))
        w = f.date("governance.plan_review_date", QCoreApplication.translate("ui.pages.governance", "Review this plan b&y"))
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
                text, style = QCoreApplication.translate("ui.pages.governance", "Not decided yet whether it is held."), "banner"
            elif not m.held:
                text, style = QCoreApplication.translate("ui.pages.governance", "Not held."), "banner"
            elif m.cadence is None:
                text, style = QCoreApplication.translate("ui.pages.governance", "Held; how often is not decided yet."), "banner"
            elif m.cadence in (Cadence.none, Cadence.as_needed):
                text, style = QCoreApplication.translate("ui.pages.governance", "Held, but not on a schedule."), "banner"
            elif m.cadence in CADENCE_DAYS and CADENCE_DAYS[m.cadence] <= max_days:
                text, style = QCoreApplication.translate("ui.pages.governance", "Held {0}: meets the starter guide.").format(every), "bannerOk"
            else:
                text, style = QCoreApplication.translate("ui.pages.governance", "Held {0}: less often than the starter guide calls for.").format(every), "banner"
            status.setText(text)  # type: ignore[attr-defined]
            restyle(status, style)  # type: ignore[arg-type]

        types = self.content.catalogs.committee_member_types
        present = {m.member_type for m in g.committee}
        parts = []
        for tier in ("core", "optional", "operational"):
            of_tier = [t for t in types if t.tier == tier]
            have = [t.label for t in of_tier if t.id in present]
            missing = [t.label for t in of_tier if t.id not in present]
            line = QCoreApplication.translate("ui.pages.governance", "<b>{0} partners</b>: {1} of {2}").format(tier.capitalize(), len(have), len(of_tier))
            if tier == "core" and missing:
                line += " — missing: " + ", ".join(missing)
            parts.append(line)
        with_authority = sum(1 for m in g.committee if m.decision_authority is True)
        self.tiers.setText(" · ".join(parts) + QCoreApplication.translate("ui.pages.governance", "<br>{0} of {1} members hold decision authority").format(with_authority, len(g.committee)))

        self._findings_changed()
