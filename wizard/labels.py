"""What every plan field and every fixed choice is called, in words a person reads.

One table for the whole program: the plan comparison (``wizard.diff``) prints these
labels instead of YAML paths, and anything else that needs to name a field for a
person (a finding, a worksheet, a debrief table) can look it up here. Paths are the
plan's dotted schema paths *without* list indexes (``staffing.clinicians.fte``);
:func:`field_label` accepts indexed paths too.

Catalog options (licenses, measures, funding sources, ...) are not listed here: their
labels are content (``resources/content/catalogs.yaml``); :data:`CATALOG_FIELDS` says
which catalog a field's ids come from.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from typing import NamedTuple

from wizard.calldata import FIELD_LABELS as CALL_DEMAND_LABELS
from wizard.i18n import Localized, label_text
from wizard.plan import (
    AgencyType,
    BudgetCategory,
    Cadence,
    DecisionStatus,
    DispatchMode,
    FundingStatus,
    Geography,
    HistoryKind,
    KeyDecision,
    MeasureCategory,
    ModelId,
    MouStatus,
    ProgramStage,
    RecordSystem,
    SignatureMethod,
    TeamRole,
    VehicleArrangement,
    Weekday,
)
from wizard.signing import ROLE_LABELS


class Label(NamedTuple):
    text: str
    unit: str = ""
    """How to print the value: '' (as is), 'money', 'percent', 'hours', 'minutes',
    'fte', 'text' (free prose, compared by content), 'hour' (o'clock)."""


L = Label

SECTION_LABELS: dict[str, str] = {
    "metadata": "Plan",
    "agency": "Agency and partners",
    "program_model": "Program model",
    "coverage": "Coverage",
    "staffing": "Staffing",
    "governance": "Supervision and governance",
    "confidentiality": "Confidentiality",
    "data": "Data and reporting",
    "funding": "Funding",
    "decisions": "Decisions",
    "signoff": "Sign-off",
}

FIELD_LABELS: dict[str, Label] = {
    # metadata (plan_id, timestamps and the schema version are bookkeeping)
    "metadata.schema_version": L("Schema version"),
    "metadata.plan_id": L("Plan id"),
    "metadata.revision": L("Revision"),
    "metadata.created": L("Created"),
    "metadata.modified": L("Last modified"),
    "metadata.program_name": L("Program name"),
    # agency
    "agency.name": L("Agency name"),
    "agency.agency_type": L("Agency type"),
    "agency.state": L("State"),
    "agency.jurisdiction": L("Jurisdiction"),
    "agency.population_served": L("Population served"),
    "agency.sworn_officers": L("Sworn officers"),
    "agency.patrol": L("Patrol shift pattern"),
    "agency.patrol.shifts_per_day": L("Patrol shifts per day"),
    "agency.patrol.shift_length_hours": L("Patrol shift length", "hours"),
    "agency.patrol.first_shift_start": L("First patrol shift starts at", "hour"),
    "agency.patrol.overlapping_shifts": L("Patrol shifts overlap"),
    "agency.patrol.patrol_hours_per_day": L("Patrol hours a day", "hours"),
    "agency.annual_calls_for_service": L("Annual calls for service"),
    "agency.bh_calls_per_year": L("Behavioral-health calls a year"),
    "agency.geography": L("Geography"),
    "agency.square_miles": L("Square miles"),
    "agency.partners": L("Partner"),
    "agency.partners.name": L("Organization"),
    "agency.partners.partner_type": L("Type"),
    "agency.partners.role": L("Role in the program", "text"),
    "agency.partners.employs_clinicians": L("Employs clinicians"),
    "agency.partners.other_agencies_served": L("Other agencies served"),
    "agency.existing": L("Resources already in place"),
    "agency.existing.cit_trained_officers": L("CIT-trained officers"),
    "agency.existing.regional_mobile_crisis_team": L("A regional mobile crisis team serves the area"),
    "agency.existing.mobile_crisis_provider": L("Mobile crisis provider"),
    "agency.existing.linked_988": L("988 is linked to local crisis response"),
    "agency.existing.crisis_receiving_center": L("A crisis receiving center is available"),
    "agency.existing.crisis_receiving_center_name": L("Crisis receiving center"),
    "agency.existing.notes": L("Other existing resources", "text"),
    # program model
    "program_model.primary": L("Primary model"),
    "program_model.complementary": L("Complementary models"),
    "program_model.rationale": L("Why this model", "text"),
    "program_model.response_tiers": L("Response tier"),
    "program_model.response_tiers.name": L("Tier"),
    "program_model.response_tiers.responder": L("Responder"),
    "program_model.response_tiers.when": L("When", "text"),
    "program_model.response_tiers.is_this_program": L("Is this program"),
    # coverage
    "coverage.all_patrol_shifts": L("Operates during all patrol shifts"),
    "coverage.schedule": L("Clinician hours"),
    **{f"coverage.schedule.{d.value}": L(f"{name} clinician hours") for d, name in (
        (Weekday.mon, "Monday"), (Weekday.tue, "Tuesday"), (Weekday.wed, "Wednesday"),
        (Weekday.thu, "Thursday"), (Weekday.fri, "Friday"), (Weekday.sat, "Saturday"),
        (Weekday.sun, "Sunday"))},
    **{f"coverage.schedule.{d.value}.{f}": L(t, u) for d in Weekday for f, t, u in (
        ("start", "Starts at", "hour"), ("end", "Ends at", "hour"), ("staff", "Clinicians on duty", ""))},
    "coverage.on_call": L("On-call arrangement"),
    "coverage.on_call.available": L("A clinician is on call outside program hours"),
    "coverage.on_call.who": L("Who is on call"),
    "coverage.on_call.hours": L("On-call hours", "text"),
    "coverage.on_call.response_minutes": L("On-call response time", "minutes"),
    "coverage.on_call.by_phone_only": L("On call by phone only"),
    "coverage.dispatch_indicators": L("Dispatch indicators"),
    "coverage.custom_indicators": L("Other dispatch indicators"),
    "coverage.dispatch_protocol": L("Dispatch protocol", "text"),
    "coverage.vehicle": L("Vehicle"),
    "coverage.vehicle_notes": L("Vehicle notes", "text"),
    "coverage.safety_protocol": L("Scene safety protocol", "text"),
    "coverage.target_response_minutes": L("Target response time", "minutes"),
    **{f"coverage.call_demand{'.' + k if k else ''}": L(t) for k, t in CALL_DEMAND_LABELS.items()},
    # staffing
    "staffing.available_hours_per_fte": L("Hours one FTE works in a year", "hours"),
    "staffing.avg_minutes_per_call": L("Average time on scene per call", "minutes"),
    "staffing.required_qualifications": L("Required clinician qualifications"),
    "staffing.clinician_fte": L("Clinician FTE for this agency", "fte"),
    "staffing.clinicians": L("Clinician position"),
    "staffing.clinicians.title": L("Title"),
    "staffing.clinicians.fte": L("FTE", "fte"),
    "staffing.clinicians.employer": L("Employer"),
    "staffing.clinicians.licenses": L("Licenses"),
    "staffing.clinicians.qualifications_met": L("Qualifications met"),
    "staffing.clinicians.record_system": L("Charts in"),
    "staffing.clinicians.agency_share": L("Share of time for this agency", "percent"),
    "staffing.clinicians.notes": L("Notes", "text"),
    "staffing.peer_specialists_fte": L("Peer specialist FTE", "fte"),
    "staffing.dedicated_officers": L("Dedicated officers"),
    "staffing.supervisors_supportive": L("Patrol supervisors briefed and supportive"),
    "staffing.other_roles": L("Other team role"),
    "staffing.other_roles.role": L("Role"),
    "staffing.other_roles.fte": L("FTE", "fte"),
    "staffing.other_roles.employer": L("Employer"),
    "staffing.other_roles.notes": L("Notes", "text"),
    "staffing.dispatch": L("Dispatch training"),
    "staffing.dispatch.dispatchers_to_train": L("Dispatchers to train"),
    "staffing.dispatch.trained": L("Dispatch trained to identify behavioral-health calls"),
    "staffing.dispatch.training_hours": L("Dispatcher training", "hours"),
    "staffing.dispatch.protocol_name": L("Dispatch protocol name"),
    "staffing.cit_training_hours": L("CIT training", "hours"),
    "staffing.officers_to_train_cit": L("Officers to train in CIT"),
    "staffing.training_plan": L("Training plan", "text"),
    "staffing.coordinator": L("Program coordinator"),
    "staffing.coordinator.name": L("Program coordinator"),
    "staffing.coordinator.employer": L("Coordinator's employer"),
    "staffing.coordinator.fte": L("Coordinator FTE", "fte"),
    "staffing.coordinator.collateral_duty": L("Coordination is a collateral duty"),
    # governance
    **{f"governance.{m}{f}": L(f"{title}{t}", u) for m, title in (
        ("clinical_supervision", "Clinical supervision"), ("joint_case_review", "Joint case review"))
       for f, t, u in (("", "", ""), (".held", ": held", ""), (".cadence", ": how often", ""),
                       (".lead", ": lead", ""), (".participants", ": participants", ""),
                       (".notes", ": notes", "text"))},
    "governance.committee": L("Committee member"),
    "governance.committee.name": L("Name"),
    "governance.committee.organization": L("Organization"),
    "governance.committee.member_type": L("Represents"),
    "governance.committee.decision_authority": L("Has decision authority"),
    "governance.committee_cadence": L("Committee meets"),
    "governance.escalation_path": L("Escalation path"),
    "governance.managing_functions": L("Written policies in place"),
    "governance.plan_review_date": L("Plan review date"),
    # confidentiality
    "confidentiality.frameworks": L("Legal framework"),
    "confidentiality.frameworks.framework": L("Framework"),
    "confidentiality.frameworks.applies": L("Applies"),
    "confidentiality.frameworks.name": L("Statute or name"),
    "confidentiality.frameworks.notes": L("Notes", "text"),
    "confidentiality.mou": L("Memorandum of understanding"),
    "confidentiality.mou.status": L("MOU status"),
    "confidentiality.mou.parties": L("MOU parties"),
    "confidentiality.mou.signed_date": L("MOU signed on"),
    "confidentiality.mou.renewal_date": L("MOU renewal date"),
    "confidentiality.mou.covers_data_sharing": L("MOU covers data sharing"),
    "confidentiality.clinician_may_share": L("What the clinician may share with officers", "text"),
    "confidentiality.consent_process": L("Consent process", "text"),
    "confidentiality.documentation": L("Documentation entry"),
    "confidentiality.documentation.party": L("Party"),
    "confidentiality.documentation.records": L("Records", "text"),
    "confidentiality.documentation.system": L("System"),
    "confidentiality.documentation.system_name": L("System name"),
    "confidentiality.documentation.who_can_see": L("Who can see it", "text"),
    "confidentiality.documentation.retention": L("Retention"),
    "confidentiality.access_controls": L("Access controls", "text"),
    "confidentiality.retention": L("Record retention", "text"),
    "confidentiality.no_client_information_acknowledged": L("No client information in the charter (acknowledged)"),
    # data
    "data.measures": L("Measure"),
    "data.measures.measure": L("Measure"),
    "data.measures.target": L("Target"),
    "data.custom_measures": L("Own measure"),
    "data.custom_measures.name": L("Measure"),
    "data.custom_measures.category": L("Kind"),
    "data.custom_measures.target": L("Target"),
    "data.data_sources": L("Data sources"),
    "data.storage": L("Where the data is stored", "text"),
    "data.data_owner": L("Data owner"),
    "data.report_producer": L("Who produces the reports"),
    "data.reporting_cadence": L("Reports are produced"),
    "data.audience": L("Reports go to"),
    "data.baseline_months": L("Baseline period (months)"),
    "data.baseline_description": L("Baseline", "text"),
    "data.evaluation_partner": L("Evaluation partner"),
    # funding
    "funding.start_year": L("First budget year"),
    "funding.years": L("Years budgeted"),
    "funding.indirect_rate": L("Indirect cost rate", "percent"),
    "funding.budget_lines": L("Budget line"),
    "funding.budget_lines.category": L("Category"),
    "funding.budget_lines.description": L("Description"),
    "funding.budget_lines.fte": L("FTE", "fte"),
    "funding.budget_lines.salary": L("Salary", "money"),
    "funding.budget_lines.benefits_rate": L("Benefits rate", "percent"),
    "funding.budget_lines.annual_increase": L("Annual increase", "percent"),
    "funding.budget_lines.amounts": L("Amounts", "money"),
    "funding.sources": L("Funding source"),
    "funding.sources.source": L("Source"),
    "funding.sources.name": L("Name"),
    "funding.sources.amounts": L("Amounts", "money"),
    "funding.sources.status": L("Status"),
    "funding.sources.time_limited": L("Time-limited"),
    "funding.sources.match_rate": L("Match rate", "percent"),
    "funding.sources.match_rates": L("Match rate by year", "percent"),
    "funding.sources.match_source": L("Match comes from"),
    "funding.sources.end_date": L("Ends on"),
    "funding.sustainability_plan": L("Sustainability plan", "text"),
    "funding.total_cost": L("Total cost over the budget years", "money"),
    "funding.total_gap": L("Unfunded gap over the budget years", "money"),
    # decisions
    "decisions": L("Decision"),
    "decisions.key": L("Key decision"),
    "decisions.question": L("Question", "text"),
    "decisions.status": L("Status"),
    "decisions.decision": L("Decision", "text"),
    "decisions.owner": L("Owner"),
    "decisions.due": L("Due"),
    "decisions.notes": L("Notes", "text"),
    # sign-off
    "signoff.signatories": L("Signatory"),
    "signoff.signatories.role": L("Role"),
    "signoff.signatories.name": L("Name"),
    "signoff.signatories.title": L("Title"),
    "signoff.signatories.organization": L("Organization"),
    "signoff.signatories.signature": L("Signature"),
    "signoff.signatories.signature.method": L("Signed by"),
    "signoff.signatories.signature.typed": L("Typed signature"),
    "signoff.signatories.signature.image_png": L("Drawn signature"),
    "signoff.signatories.signature.signed_at": L("Signed at"),
    "signoff.signatories.signature.fingerprint": L("Plan fingerprint signed"),
}

CATALOG_FIELDS: dict[str, str] = {
    "agency.partners.partner_type": "partner_types",
    "coverage.dispatch_indicators": "dispatch_indicators",
    "staffing.required_qualifications": "qualifications",
    "staffing.clinicians.licenses": "licenses",
    "staffing.clinicians.qualifications_met": "qualifications",
    "governance.committee.member_type": "committee_member_types",
    "governance.managing_functions": "managing_functions",
    "confidentiality.frameworks.framework": "frameworks",
    "data.measures.measure": "measures",
    "data.data_sources": "data_sources",
    "funding.sources.source": "funding_sources",
}
"""Fields holding catalog ids, and the catalog (``Content.catalogs.<name>``) they name."""

MODEL_NAMES: dict[ModelId, str] = {
    ModelId.embedded: "Embedded", ModelId.call_out: "Call-out / hybrid",
    ModelId.follow_up: "Follow-up", ModelId.mobile_crisis: "Mobile crisis integration",
}
"""Fallback model names; the content's ``short_name`` is preferred where content is at hand."""

VALUE_LABELS: dict[type[enum.Enum], dict[str, str]] = {
    AgencyType: {
        "municipal_police": "Municipal police department", "sheriff": "Sheriff's office",
        "county_police": "County police department", "campus": "Campus police", "tribal": "Tribal police",
        "fire_department": "Fire department", "bh_provider": "Behavioral-health provider",
        "other": "Other agency",
    },
    ProgramStage: {
        "exploring": "Exploring", "planning": "Planning", "pilot": "Pilot", "operating": "Operating",
        "expanding": "Expanding", "renewing": "Renewing",
    },
    HistoryKind: {
        "planning_began": "Planning began", "pilot_launched": "Pilot launched", "launched": "Launched",
        "expanded": "Expanded", "partner_joined": "Partner joined", "partner_left": "Partner left",
        "funding_changed": "Funding changed", "evaluation": "Evaluation", "renewed": "Renewed",
        "other": "Other",
    },
    TeamRole: {
        "clinician": "Clinician", "officer": "Officer", "deputy": "Deputy", "paramedic": "Paramedic",
        "emt": "EMT", "peer_specialist": "Peer specialist", "case_manager": "Case manager", "nurse": "Nurse",
        "other": "Other team member",
    },
    DispatchMode: {
        "dispatched_911": "Dispatched by 911", "self_dispatch": "Self-dispatches",
        "officer_request": "Requested by an officer on scene", "outside_call_queue": "Outside the call queue",
        "liaison_in_911": "Liaison seated in the 911 centre", "telehealth": "Telehealth link",
    },
    Geography: {"urban": "Urban", "suburban": "Suburban", "rural": "Rural", "mixed": "Mixed urban and rural"},
    ModelId: {k.value: v for k, v in MODEL_NAMES.items()},
    Cadence: {
        "daily": "Daily", "weekly": "Weekly", "biweekly": "Every two weeks", "monthly": "Monthly",
        "quarterly": "Quarterly", "semiannual": "Twice a year", "annual": "Once a year",
        "as_needed": "As needed", "none": "No regular meeting",
    },
    VehicleArrangement: {
        "ride_along": "Clinician rides in the patrol car",
        "separate_unmarked": "Team's own unmarked vehicle",
        "clinician_own_vehicle": "Clinician drives separately and meets officers",
        "mobile_crisis_vehicle": "Mobile crisis team's vehicle",
        "fire_ems_vehicle": "Fire department or EMS vehicle",
        "planned": "A vehicle is planned",
        "none": "No field vehicle",
    },
    MouStatus: {
        "none": "No MOU", "drafting": "Being drafted", "under_review": "Under review",
        "signed": "Signed", "expired": "Expired",
    },
    RecordSystem: {
        "ehr": "Behavioral-health record (EHR)", "hospital_ehr": "Hospital record (EHR)",
        "rms": "Police records (RMS)", "cad": "Dispatch (CAD)",
        "shared_database": "Shared program database (de-identified)", "paper": "Paper records", "other": "Other",
    },
    DecisionStatus: {"open": "Open", "decided": "Decided", "deferred": "Deferred"},
    FundingStatus: {"secured": "Secured", "applied": "Applied for", "planned": "Planned"},
    BudgetCategory: {
        "personnel": "Personnel", "supervision": "Supervision", "training": "Training",
        "vehicles_equipment": "Vehicles and equipment", "data_system": "Data system",
        "evaluation": "Evaluation", "other": "Other",
    },
    MeasureCategory: {"process": "Process", "output": "Output", "outcome": "Outcome"},
    KeyDecision: {
        "all_shifts": "All patrol shifts", "data_reporting": "Data and reporting",
        "confidentiality": "Confidentiality and information sharing", "funding": "Long-term funding",
    },
    SignatureMethod: {"typed": "Typed", "drawn": "Drawn"},
}
VALUE_LABELS[type(next(iter(ROLE_LABELS)))] = {k.value: v for k, v in ROLE_LABELS.items()}

WEEKDAY_NAMES: dict[Weekday, str] = {
    Weekday.mon: "Monday", Weekday.tue: "Tuesday", Weekday.wed: "Wednesday", Weekday.thu: "Thursday",
    Weekday.fri: "Friday", Weekday.sat: "Saturday", Weekday.sun: "Sunday",
}
VALUE_LABELS[Weekday] = {k.value: v for k, v in WEEKDAY_NAMES.items()}

# Every table above answers in the current language (wizard.i18n): the English here, or the
# language's resources/content/<lang>/labels.yaml, keyed by these tables' keys.
SECTION_LABELS = Localized(("sections",), SECTION_LABELS)
FIELD_LABELS = Localized(("fields",), FIELD_LABELS, wrap=lambda eng, text: eng._replace(text=text))
MODEL_NAMES = Localized(("values", "ModelId"), MODEL_NAMES)
WEEKDAY_NAMES = Localized(("values", "Weekday"), WEEKDAY_NAMES)
VALUE_LABELS = {cls: Localized(("values", cls.__name__), table) for cls, table in VALUE_LABELS.items()}

_INDEX = re.compile(r"\[\d+\]")


def schema_path(path: str) -> str:
    """'staffing.clinicians[2].fte' → 'staffing.clinicians.fte'."""
    return _INDEX.sub("", path)


def field_type(t):
    """The model or value type inside an annotation: ``Annotated[list[X] | None, …]`` → X."""
    origin = typing.get_origin(t)
    if origin is typing.Annotated or origin is list:
        return field_type(typing.get_args(t)[0])
    if origin in (typing.Union, types.UnionType):
        return field_type(next(a for a in typing.get_args(t) if a is not type(None)))
    return t


def model_field(path: str):  # -> pydantic FieldInfo | None
    """The pydantic field at a schema path, walking the plan's models (None if none)."""
    from pydantic import BaseModel

    from wizard.plan import ProgramPlan

    model: type = ProgramPlan
    info = None
    for part in schema_path(path).split("."):
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        info = model.model_fields[part]
        model = field_type(info.annotation)
    return info


def has_label(path: str) -> bool:
    key = schema_path(path)
    if key in FIELD_LABELS:
        return True
    info = model_field(key)
    return info is not None and bool(info.title)


def label(path: str) -> Label:
    """The label of the field at ``path`` (indexes allowed): the table here, else the
    ``title`` the plan model gives the field, else a readable fallback."""
    key = schema_path(path)
    found = FIELD_LABELS.get(key)
    if found is not None:
        return found
    info = model_field(key)
    if info is not None and info.title:
        return Label(label_text(("fields",), key, info.title))
    return Label(key.rsplit(".", 1)[-1].replace("_", " ").capitalize())


def field_label(path: str) -> str:
    return label(path).text


def value_label(value: enum.Enum | str) -> str:
    """An enum member's label ('call_out' → 'Call-out / hybrid')."""
    if isinstance(value, enum.Enum):
        table = VALUE_LABELS.get(type(value), {})
        return table.get(str(value.value), str(value.value).replace("_", " ").capitalize())
    return str(value)
