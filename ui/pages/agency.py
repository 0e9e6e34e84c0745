"""Step 1: the agency profile, its partners and the resources already in place."""

from __future__ import annotations

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
        f = self.form("Program and agency")
        f.line("metadata.program_name", "&Program name", "e.g. Riverton Co-Response Program")
        f.combo("metadata.stage", "Sta&ge of the program", enum_options(ProgramStage, VALUE_LABELS[ProgramStage],
                                                                       "Not decided yet"))
        f.line("metadata.launch_date", "Launch&ed (or planned launch)", "Year, year-month or date: 2011, 2011-10",
               help="When the program first answered calls, as exactly as known: 2011, 2011-10 or 2011-10-05.")
        f.line("agency.name", "Agency &name", "The agency that leads the program")
        f.lines("program_model.operated_by", "Who &runs the program", "One organization per line, the lead first",
                rows=2, help="The organizations that run the program day to day; the charter names them as its "
                             "operators. Leave empty until it is decided.")
        f.combo("agency.agency_type", "Agency &type", enum_options(AgencyType, VALUE_LABELS[AgencyType], "Choose…"))
        f.line("agency.state", "&State", "e.g. Ohio")
        f.line("agency.jurisdiction", "&Jurisdiction", "City, county or district served")
        f.integer("agency.population_served", "Population ser&ved", maximum=50_000_000, optional=True)
        f.integer("agency.sworn_officers", "S&worn officers", maximum=100_000, optional=True)
        f.combo("agency.geography", "&Geography", enum_options(Geography, VALUE_LABELS[Geography], "Choose…"))
        f.number("agency.square_miles", "Square &miles", maximum=1_000_000, decimals=0, step=10, optional=True)

        f = self.form("Calls for service")
        f.integer("agency.annual_calls_for_service", "Annual &calls for service", maximum=50_000_000, optional=True)
        f.integer("agency.bh_calls_per_year", "Behavioral-health calls a &year (estimate)", maximum=50_000_000,
                  optional=True, help="Estimate from CAD call types and officer reports.")

        f = self.form("Patrol shift pattern")
        f.present("agency.patrol", "The patrol shift pattern is &known", PatrolPattern,
                  help="Coverage shares and the clinician-to-shift ratio need it; until it is given they say so.")
        f.integer("agency.patrol.shifts_per_day", "Shifts per &day", 1, 6)
        f.number("agency.patrol.shift_length_hours", "Shift &length", 4, 24, decimals=1, step=0.5, suffix=" h")
        f.integer("agency.patrol.first_shift_start", "First shift &starts at", 0, 23, suffix=":00")
        f.check("agency.patrol.overlapping_shifts", "Shifts &overlap (e.g. four 10-hour shifts)")
        f.number("agency.patrol.patrol_hours_per_day", "Patrol &hours a day", 1, 24, decimals=0, step=1, suffix=" h")

        self.heading("Behavioral-health partners")
        self.note("Who employs or supervises the clinicians, and who else the program works with. "
                  "A partner whose clinicians also serve other police agencies can list them.")
        partner_types = [(o.id, o.label) for o in self.content.catalogs.partner_types]
        self.partners = RecordTable(self.binder, "agency.partners", [
            Column("name", "Organization"),
            Column("partner_type", "Type", "combo", [(None, "Choose…"), *partner_types], width=230),
            Column("role", "Role in the program"),
            Column("employs_clinicians", "Employs clinicians", "combo", YES_NO, width=130),
            Column("other_agencies_served", "Other agencies served", "list", width=200),
        ], lambda: Partner(), noun="partner")
        self.add(self.partners)

        f = self.form("Resources already in place")
        f.integer("agency.existing.cit_trained_officers", "CIT-trained &officers", maximum=100_000, optional=True)
        f.yes_no("agency.existing.regional_mobile_crisis_team", "A regional mobile crisis team serves the area")
        f.line("agency.existing.mobile_crisis_provider", "Mobile crisis provider")
        f.yes_no("agency.existing.linked_988", "988 is linked to local crisis response")
        f.yes_no("agency.existing.crisis_receiving_center", "A crisis stabilization or receiving center is available")
        f.line("agency.existing.crisis_receiving_center_name", "Receiving center")
        f.text("agency.existing.notes", "Other resources", rows=3)

        self.heading("Other agencies served")
        self.note("A regional or shared program: the other agencies it serves and each one's share of the cost.")
        self.served = RecordTable(self.binder, "agency.served_agencies", [
            Column("name", "Agency"),
            Column("agency_type", "Type", "combo", enum_options(AgencyType, VALUE_LABELS[AgencyType], "Choose…"),
                   width=200),
            Column("cost_share", "Share of cost", "percent", width=110),
            Column("notes", "Notes"),
        ], lambda: ServedAgency(), noun="agency")
        self.add(self.served)

        self.heading("History")
        self.note("For a program that already runs: its pilot, expansions, new partners and funding changes.")
        self.history = RecordTable(self.binder, "metadata.history", [
            Column("when", "When (2019, 2019-06)", width=150),
            Column("kind", "What happened", "combo", enum_options(HistoryKind, VALUE_LABELS[HistoryKind], "Choose…"),
                   width=180),
            Column("description", "Details"),
        ], lambda: HistoryEvent(), noun="event")
        self.add(self.history)
