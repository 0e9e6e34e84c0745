"""Step 1: the agency profile, its partners and the resources already in place."""

from __future__ import annotations

from ui.binding import enum_options
from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from wizard.plan import AgencyType, Geography, Partner
from wizard.steps import Step

AGENCY_TYPES = {
    "municipal_police": "Municipal police department",
    "sheriff": "Sheriff's office",
    "campus": "Campus police",
    "tribal": "Tribal police",
    "other": "Other",
}
GEOGRAPHY = {"urban": "Urban", "suburban": "Suburban", "rural": "Rural", "mixed": "Mixed"}


class AgencyPage(StepPage):
    step = Step.agency

    def build(self) -> None:
        f = self.form("Program and agency")
        f.line("metadata.program_name", "&Program name", "e.g. Riverton Co-Response Program")
        f.line("agency.name", "Agency &name", "The law-enforcement agency")
        f.combo("agency.agency_type", "Agency &type", enum_options(AgencyType, AGENCY_TYPES, "Choose…"))
        f.line("agency.state", "&State", "e.g. Ohio")
        f.line("agency.jurisdiction", "&Jurisdiction", "City, county or district served")
        f.integer("agency.population_served", "Population ser&ved", maximum=50_000_000, optional=True)
        f.integer("agency.sworn_officers", "S&worn officers", maximum=100_000, optional=True)
        f.combo("agency.geography", "&Geography", enum_options(Geography, GEOGRAPHY, "Choose…"))
        f.number("agency.square_miles", "Square &miles", maximum=1_000_000, decimals=0, step=10, optional=True)

        f = self.form("Calls for service")
        f.integer("agency.annual_calls_for_service", "Annual &calls for service", maximum=50_000_000, optional=True)
        f.integer("agency.bh_calls_per_year", "Behavioral-health calls a &year (estimate)", maximum=50_000_000,
                  optional=True, help="Estimate from CAD call types and officer reports.")

        f = self.form("Patrol shift pattern")
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
            Column("partner_type", "Type", "combo", partner_types, width=230),
            Column("role", "Role in the program"),
            Column("employs_clinicians", "Employs clinicians", "bool", width=130),
            Column("other_agencies_served", "Other agencies served", "list", width=200),
        ], lambda: Partner(), noun="partner")
        self.add(self.partners)

        f = self.form("Resources already in place")
        f.integer("agency.existing.cit_trained_officers", "CIT-trained &officers", maximum=100_000, optional=True)
        f.check("agency.existing.regional_mobile_crisis_team", "A regional mobile crisis team serves the area")
        f.line("agency.existing.mobile_crisis_provider", "Mobile crisis provider")
        f.check("agency.existing.linked_988", "988 is linked to local crisis response")
        f.check("agency.existing.crisis_receiving_center", "A crisis stabilization or receiving center is available")
        f.line("agency.existing.crisis_receiving_center_name", "Receiving center")
        f.text("agency.existing.notes", "Other resources", rows=3)
