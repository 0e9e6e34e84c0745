"""The plan's enumerations, apart from its pydantic models.

Content files (``wizard.content``) and the first window need these names but not the
plan models, whose construction takes a noticeable part of the program's start-up.
``wizard.plan`` re-exports every name here; import them from there as before.
"""

from __future__ import annotations

import enum


class StrEnum(enum.StrEnum):
    def __str__(self) -> str:  # so f-strings print the value, not Class.member
        return self.value


# ---------------------------------------------------------------------------
# Enumerations the program's logic depends on (catalog-free on purpose)
# ---------------------------------------------------------------------------


class AgencyType(StrEnum):
    """The kind of organization that leads the program (most often a police agency)."""

    municipal_police = "municipal_police"
    sheriff = "sheriff"
    county_police = "county_police"
    campus = "campus"
    tribal = "tribal"
    fire_department = "fire_department"
    bh_provider = "bh_provider"
    other = "other"


class ProgramStage(StrEnum):
    """Where the program is in its life; the charter's tense and sections follow it."""

    exploring = "exploring"
    planning = "planning"
    pilot = "pilot"
    operating = "operating"
    expanding = "expanding"
    renewing = "renewing"


RUNNING_STAGES = frozenset({"pilot", "operating", "expanding", "renewing"})
"""Stages in which the program already answers calls (the charter reports, not plans)."""


class HistoryKind(StrEnum):
    """One dated event in a running program's history."""

    planning_began = "planning_began"
    pilot_launched = "pilot_launched"
    launched = "launched"
    expanded = "expanded"
    partner_joined = "partner_joined"
    partner_left = "partner_left"
    funding_changed = "funding_changed"
    evaluation = "evaluation"
    renewed = "renewed"
    other = "other"


class TeamRole(StrEnum):
    """Who makes up a responding team or unit."""

    clinician = "clinician"
    officer = "officer"
    deputy = "deputy"
    paramedic = "paramedic"
    emt = "emt"
    peer_specialist = "peer_specialist"
    case_manager = "case_manager"
    nurse = "nurse"
    other = "other"


class DispatchMode(StrEnum):
    """How a team comes to a call."""

    dispatched_911 = "dispatched_911"
    self_dispatch = "self_dispatch"
    officer_request = "officer_request"
    outside_call_queue = "outside_call_queue"
    liaison_in_911 = "liaison_in_911"
    telehealth = "telehealth"


class Geography(StrEnum):
    urban = "urban"
    suburban = "suburban"
    rural = "rural"
    mixed = "mixed"


class ModelId(StrEnum):
    """The four co-response models of the starter guide."""

    embedded = "embedded"
    call_out = "call_out"
    follow_up = "follow_up"
    mobile_crisis = "mobile_crisis"


class Weekday(StrEnum):
    mon = "mon"
    tue = "tue"
    wed = "wed"
    thu = "thu"
    fri = "fri"
    sat = "sat"
    sun = "sun"


class Cadence(StrEnum):
    daily = "daily"
    weekly = "weekly"
    biweekly = "biweekly"
    monthly = "monthly"
    quarterly = "quarterly"
    semiannual = "semiannual"
    annual = "annual"
    as_needed = "as_needed"
    none = "none"
    """Decided: no regular meeting. Not decided yet is ``None`` in the plan."""


class VehicleArrangement(StrEnum):
    ride_along = "ride_along"  # clinician rides in the officer's patrol car
    separate_unmarked = "separate_unmarked"  # team's own unmarked vehicle
    clinician_own_vehicle = "clinician_own_vehicle"  # clinician meets officers
    mobile_crisis_vehicle = "mobile_crisis_vehicle"  # partner team's vehicle
    fire_ems_vehicle = "fire_ems_vehicle"  # a fire department or EMS unit carries the team
    planned = "planned"  # a vehicle is planned but not yet in service
    none = "none"  # no field response (e.g. follow-up by phone/office)


class MouStatus(StrEnum):
    none = "none"
    drafting = "drafting"
    under_review = "under_review"
    signed = "signed"
    expired = "expired"


class DecisionStatus(StrEnum):
    open = "open"
    decided = "decided"
    deferred = "deferred"


class FundingStatus(StrEnum):
    secured = "secured"
    applied = "applied"
    planned = "planned"


class BudgetCategory(StrEnum):
    personnel = "personnel"
    supervision = "supervision"
    training = "training"
    vehicles_equipment = "vehicles_equipment"
    data_system = "data_system"
    evaluation = "evaluation"
    other = "other"


class MeasureCategory(StrEnum):
    process = "process"
    output = "output"
    outcome = "outcome"


class RecordSystem(StrEnum):
    """Where a party documents a contact (docs/facts-and-sources.md §8)."""

    ehr = "ehr"  # the behavioral-health provider's electronic health record
    hospital_ehr = "hospital_ehr"  # a hospital's record system the clinician charts in
    rms = "rms"  # police records management system
    cad = "cad"  # computer-aided dispatch
    shared_database = "shared_database"  # program database for de-identified data
    paper = "paper"
    other = "other"


class SignatureMethod(StrEnum):
    typed = "typed"  # "/s/ Name": the accessible path
    drawn = "drawn"  # PNG of a signature drawn on the pad


class SignatoryRole(StrEnum):
    police_executive = "police_executive"
    bh_executive = "bh_executive"
    fire_ems_executive = "fire_ems_executive"
    government_official = "government_official"
    counsel = "counsel"
    program_coordinator = "program_coordinator"
    other = "other"


POLICE_AGENCY_TYPES: tuple[str, ...] = ("municipal_police", "sheriff", "county_police", "campus", "tribal")
"""Agency types that are police agencies (their executive signs as the police executive)."""

REQUIRED_ROLES: tuple[SignatoryRole, ...] = (
    SignatoryRole.police_executive,
    SignatoryRole.bh_executive,
)


class KeyDecision(StrEnum):
    """The four decision points the starter guide asks every agency to settle."""

    all_shifts = "all_shifts"
    data_reporting = "data_reporting"
    confidentiality = "confidentiality"
    funding = "funding"


KEY_DECISION_QUESTIONS: dict[KeyDecision, str] = {
    KeyDecision.all_shifts: "Will the program operate during all patrol shifts?",
    KeyDecision.data_reporting: (
        "What data will be collected and stored, and who will manage reporting?"
    ),
    KeyDecision.confidentiality: (
        "How will confidentiality, information sharing and documentation be handled?"
    ),
    KeyDecision.funding: "What funding mechanisms will support the program long-term?",
}
