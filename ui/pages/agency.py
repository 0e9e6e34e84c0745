"""Step 1: the agency profile, its partners and the resources already in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.binding import enum_options
from ui.pages.base import StepPage
from ui.records import YES_NO, Column, RecordTable
from wizard.labels import VALUE_LABELS
from wizard.plan import (
    AgencyType,
    Geography,
    HistoryEvent,
    HistoryKind,
    Partner,
    PatrolPattern,
    ProgramStage,
    ServedAgency,
)
from wizard.steps import Step


class AgencyPage(StepPage):
    step = Step.agency

    def build(self) -> None:
        f = self.form(QCoreApplication.translate("ui.pages.agency", "Program and agency"))
        f.line("metadata.program_name", QCoreApplication.translate("ui.pages.agency", "&Program name"), QCoreApplication.translate("ui.pages.agency", "e.g. Riverton Co-Response Program"))
        f.combo("metadata.stage", QCoreApplication.translate("ui.pages.agency", "Sta&ge of the program"), enum_options(ProgramStage, VALUE_LABELS[ProgramStage],
                                                                       QCoreApplication.translate("ui.pages.agency", "Not decided yet")))
        f.line("metadata.launch_date", QCoreApplication.translate("ui.pages.agency", "Launch&ed (or planned launch)"), QCoreApplication.translate("ui.pages.agency", "Year, year-month or date: 2011, 2011-10"),
               help=QCoreApplication.translate("ui.pages.agency", "When the program first answered calls, as exactly as known: 2011, 2011-10 or 2011-10-05."))
        f.line("agency.name", QCoreApplication.translate("ui.pages.agency", "Agency &name"), QCoreApplication.translate("ui.pages.agency", "The agency that leads the program"))
        f.lines("program_model.operated_by", QCoreApplication.translate("ui.pages.agency", "Who &runs the program"), QCoreApplication.translate("ui.pages.agency", "One organization per line, the lead first"),
                rows=2, help=QCoreApplication.translate("ui.pages.agency", "The organizations that run the program day to day; the charter names them as its operators. Leave empty until it is decided."))
        f.combo("agency.agency_type", QCoreApplication.translate("ui.pages.agency", "Agency &type"), enum_options(AgencyType, VALUE_LABELS[AgencyType], QCoreApplication.translate("ui.pages.agency", "Choose…")))
        f.line("agency.state", QCoreApplication.translate("ui.pages.agency", "&State"), QCoreApplication.translate("ui.pages.agency", "e.g. Ohio"))
        f.line("agency.jurisdiction", QCoreApplication.translate("ui.pages.agency", "&Jurisdiction"), QCoreApplication.translate("ui.pages.agency", "City, county or district served"))
        f.integer("agency.population_served", QCoreApplication.translate("ui.pages.agency", "Population ser&ved"), maximum=50_000_000, optional=True)
        f.integer("agency.sworn_officers", QCoreApplication.translate("ui.pages.agency", "S&worn officers"), maximum=100_000, optional=True)
        f.combo("agency.geography", QCoreApplication.translate("ui.pages.agency", "&Geography"), enum_options(Geography, VALUE_LABELS[Geography], QCoreApplication.translate("ui.pages.agency", "Choose…")))
        f.number("agency.square_miles", QCoreApplication.translate("ui.pages.agency", "Square &miles"), maximum=1_000_000, decimals=0, step=10, optional=True)

        f = self.form(QCoreApplication.translate("ui.pages.agency", "Calls for service"))
        f.integer("agency.annual_calls_for_service", QCoreApplication.translate("ui.pages.agency", "Annual &calls for service"), maximum=50_000_000, optional=True)
        f.integer("agency.bh_calls_per_year", QCoreApplication.translate("ui.pages.agency", "Behavioral-health calls a &year (estimate)"), maximum=50_000_000,
                  optional=True, help=QCoreApplication.translate("ui.pages.agency", "Estimate from CAD call types and officer reports."))

        f = self.form(QCoreApplication.translate("ui.pages.agency", "Patrol shift pattern"))
        f.present("agency.patrol", QCoreApplication.translate("ui.pages.agency", "The patrol shift pattern is &known"), PatrolPattern,
                  help=QCoreApplication.translate("ui.pages.agency", "Coverage shares and the clinician-to-shift ratio need it; until it is given they say so."))
        f.integer("agency.patrol.shifts_per_day", QCoreApplication.translate("ui.pages.agency", "Shifts per &day"), 1, 6)
        f.number("agency.patrol.shift_length_hours", QCoreApplication.translate("ui.pages.agency", "Shift &length"), 4, 24, decimals=1, step=0.5, suffix=QCoreApplication.translate("ui.pages.agency", " h"))
        f.integer("agency.patrol.first_shift_start", QCoreApplication.translate("ui.pages.agency", "First shift &starts at"), 0, 23, suffix=":00")
        f.check("agency.patrol.overlapping_shifts", QCoreApplication.translate("ui.pages.agency", "Shifts &overlap (e.g. four 10-hour shifts)"))
        f.number("agency.patrol.patrol_hours_per_day", QCoreApplication.translate("ui.pages.agency", "Patrol &hours a day"), 1, 24, decimals=0, step=1, suffix=QCoreApplication.translate("ui.pages.agency", " h"))

        self.heading(QCoreApplication.translate("ui.pages.agency", "Behavioral-health partners"))
        self.note(QCoreApplication.translate("ui.pages.agency", "Who employs or supervises the clinicians, and who else the program works with. A partner whose clinicians also serve other police agencies can list them."))
        partner_types = [(o.id, o.label) for o in self.content.catalogs.partner_types]
        self.partners = RecordTable(self.binder, "agency.partners", [
            Column("name", QCoreApplication.translate("ui.pages.agency", "Organization")),
            Column("partner_type", QCoreApplication.translate("ui.pages.agency", "Type"), "combo", [(None, QCoreApplication.translate("ui.pages.agency", "Choose…")), *partner_types], width=230),
            Column("role", QCoreApplication.translate("ui.pages.agency", "Role in the program")),
            Column("employs_clinicians", QCoreApplication.translate("ui.pages.agency", "Employs clinicians"), "combo", YES_NO, width=130),
            Column("other_agencies_served", QCoreApplication.translate("ui.pages.agency", "Other agencies served"), "list", width=200),
        ], lambda: Partner(), noun=QCoreApplication.translate("ui.pages.agency", "partner"))
        self.add(self.partners)

        f = self.form(QCoreApplication.translate("ui.pages.agency", "Resources already in place"))
        f.integer("agency.existing.cit_trained_officers", QCoreApplication.translate("ui.pages.agency", "CIT-trained &officers"), maximum=100_000, optional=True)
        f.yes_no("agency.existing.regional_mobile_crisis_team", QCoreApplication.translate("ui.pages.agency", "A regional mobile crisis team serves the area"))
        f.line("agency.existing.mobile_crisis_provider", QCoreApplication.translate("ui.pages.agency", "Mobile crisis provider"))
        f.yes_no("agency.existing.linked_988", QCoreApplication.translate("ui.pages.agency", "988 is linked to local crisis response"))
        f.yes_no("agency.existing.crisis_receiving_center", QCoreApplication.translate("ui.pages.agency", "A crisis stabilization or receiving center is available"))
        f.line("agency.existing.crisis_receiving_center_name", QCoreApplication.translate("ui.pages.agency", "Receiving center"))
        f.text("agency.existing.notes", QCoreApplication.translate("ui.pages.agency", "Other resources"), rows=3)

        self.heading(QCoreApplication.translate("ui.pages.agency", "Other agencies served"))
        self.note(QCoreApplication.translate("ui.pages.agency", "A regional or shared program: the other agencies it serves and each one's share of the cost."))
        self.served = RecordTable(self.binder, "agency.served_agencies", [
            Column("name", QCoreApplication.translate("ui.pages.agency", "Agency")),
            Column("agency_type", QCoreApplication.translate("ui.pages.agency", "Type"), "combo", enum_options(AgencyType, VALUE_LABELS[AgencyType], QCoreApplication.translate("ui.pages.agency", "Choose…")),
                   width=200),
            Column("cost_share", QCoreApplication.translate("ui.pages.agency", "Share of cost"), "percent", width=110),
            Column("notes", QCoreApplication.translate("ui.pages.agency", "Notes")),
        ], lambda: ServedAgency(), noun=QCoreApplication.translate("ui.pages.agency", "agency"))
        self.add(self.served)

        self.heading(QCoreApplication.translate("ui.pages.agency", "History"))
        self.note(QCoreApplication.translate("ui.pages.agency", "For a program that already runs: its pilot, expansions, new partners and funding changes."))
        self.history = RecordTable(self.binder, "metadata.history", [
            Column("when", QCoreApplication.translate("ui.pages.agency", "When (2019, 2019-06)"), width=150),
            Column("kind", QCoreApplication.translate("ui.pages.agency", "What happened"), "combo", enum_options(HistoryKind, VALUE_LABELS[HistoryKind], QCoreApplication.translate("ui.pages.agency", "Choose…")),
                   width=180),
            Column("description", QCoreApplication.translate("ui.pages.agency", "Details")),
        ], lambda: HistoryEvent(), noun=QCoreApplication.translate("ui.pages.agency", "event"))
        self.add(self.history)
