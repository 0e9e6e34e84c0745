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
from typing import NamedTuple

from wizard.approx import field_type  # noqa: F401 (labels.field_type: read by the tests)
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



COMPUTED_LABELS: dict[str, Label] = {
    "staffing.clinician_fte": Label("Clinician FTE for this agency", "fte"),
    "funding.total_cost": Label("Total cost over the budget years", "money"),
    "funding.total_gap": Label("Unfunded gap over the budget years", "money"),
}
"""Figures computed from the plan (not fields of it) that ``diff`` names."""

FIELD_UNITS: dict[str, str] = {
    "agreement.clauses.text": "text",
    "agreement.cost_cap": "money",
    "agency.existing.notes": "text",
    "agency.partners.role": "text",
    "agency.patrol.first_shift_start": "hour",
    "agency.patrol.patrol_hours_per_day": "hours",
    "agency.patrol.shift_length_hours": "hours",
    "confidentiality.access_controls": "text",
    "confidentiality.clinician_may_share": "text",
    "confidentiality.consent_process": "text",
    "confidentiality.documentation.records": "text",
    "confidentiality.documentation.who_can_see": "text",
    "confidentiality.frameworks.notes": "text",
    "confidentiality.retention": "text",
    "coverage.dispatch_protocol": "text",
    "coverage.on_call.hours": "text",
    "coverage.on_call.response_minutes": "minutes",
    "coverage.safety_protocol": "text",
    "coverage.target_response_minutes": "minutes",
    "coverage.vehicle_notes": "text",
    "data.baseline_description": "text",
    "data.storage": "text",
    "decisions.decision": "text",
    "decisions.notes": "text",
    "decisions.question": "text",
    "funding.budget_lines.amounts": "money",
    "funding.budget_lines.annual_increase": "percent",
    "funding.budget_lines.benefits_rate": "percent",
    "funding.budget_lines.fte": "fte",
    "funding.budget_lines.salary": "money",
    "funding.indirect_rate": "percent",
    "funding.sources.amounts": "money",
    "funding.sources.match_rate": "percent",
    "funding.sources.match_rates": "percent",
    "funding.sustainability_plan": "text",
    "funding.total_cost": "money",
    "funding.total_gap": "money",
    "program_model.rationale": "text",
    "program_model.response_tiers.when": "text",
    "staffing.available_hours_per_fte": "hours",
    "staffing.avg_minutes_per_call": "minutes",
    "staffing.cit_training_hours": "hours",
    "staffing.clinician_fte": "fte",
    "staffing.clinicians.agency_share": "percent",
    "staffing.clinicians.fte": "fte",
    "staffing.clinicians.notes": "text",
    "staffing.coordinator.fte": "fte",
    "staffing.dispatch.training_hours": "hours",
    "staffing.other_roles.fte": "fte",
    "staffing.other_roles.notes": "text",
    "staffing.peer_specialists_fte": "fte",
    "staffing.training_plan": "text",
}
"""How to print a field's value where it is not printed as is (see :attr:`Label.unit`);
schedule spans' hours for every weekday are added below."""
for _d in Weekday:
    FIELD_UNITS[f"coverage.schedule.{_d.value}.start"] = FIELD_UNITS[f"coverage.schedule.{_d.value}.end"] = "hour"

COMPOSED: tuple[str, ...] = ("Meeting",)
"""Models used in several places whose field titles are read after the place's own
("Joint case review: how often", not "How often")."""


def _walk(model: type, prefix: str, parent_title: str) -> dict[str, Label]:
    from pydantic import BaseModel

    out: dict[str, Label] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        title = info.title or ""
        if title and model.__name__ in COMPOSED and parent_title:
            title = f"{parent_title}: {title[0].lower()}{title[1:]}"
        if title:
            out[path] = Label(title, FIELD_UNITS.get(path, ""))
        inner = field_type(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            out.update(_walk(inner, path, title))
    return out


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
MODEL_NAMES = Localized(("values", "ModelId"), MODEL_NAMES)
WEEKDAY_NAMES = Localized(("values", "Weekday"), WEEKDAY_NAMES)
VALUE_LABELS = {cls: Localized(("values", cls.__name__), table) for cls, table in VALUE_LABELS.items()}

_INDEX = re.compile(r"\[\d+\]")


def schema_path(path: str) -> str:
    """'staffing.clinicians[2].fte' → 'staffing.clinicians.fte'."""
    return _INDEX.sub("", path)


def _field_labels() -> dict[str, Label]:
    from wizard.plan import ProgramPlan

    return {**_walk(ProgramPlan, "", ""), **COMPUTED_LABELS}


FIELD_LABELS: dict[str, Label] = _field_labels()
"""Every plan field's label, read from the ``title`` the plan model gives it (the words
live once, next to the field), and the computed figures' labels."""

SECTION_LABELS: dict[str, str] = {k: v.text for k, v in FIELD_LABELS.items() if "." not in k}
"""The plan's sections (top-level fields) by name."""

# Both answer in the current language too (resources/content/<lang>/labels.yaml).
SECTION_LABELS = Localized(("sections",), SECTION_LABELS)
FIELD_LABELS = Localized(("fields",), FIELD_LABELS, wrap=lambda eng, text: eng._replace(text=text))


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
    """The label of the field at ``path`` (indexes allowed): the ``title`` the plan model
    gives the field (:data:`FIELD_LABELS`), else a readable fallback."""
    key = schema_path(path)
    found = FIELD_LABELS.get(key)
    if found is not None:
        return found
    info = model_field(key)
    if info is not None and info.title:
        return Label(label_text(("fields",), key, info.title), FIELD_UNITS.get(key, ""))
    return Label(key.rsplit(".", 1)[-1].replace("_", " ").capitalize())


def record_noun(path: str) -> str:
    """What one item of a list field is called ("Decision" for the Decisions): the
    field's ``noun`` where it gives one, else its label (list fields are titled by their item)."""
    info = model_field(path)
    extra = getattr(info, "json_schema_extra", None) if info is not None else None
    if isinstance(extra, dict) and isinstance(extra.get("noun"), str):
        return label_text(("nouns",), extra["noun"], extra["noun"])
    return label(path).text


_PART = re.compile(r"([a-z_0-9]+)((?:\[\d+\])*)")


def place(path: str) -> str:
    """Where a field is, in words: 'staffing.clinicians[0].fte' → 'Staffing › Clinician position 1 › FTE'.

    Each part is named by its label; a list item by the list's noun and its number.
    A part the plan does not know (a misspelt key) is quoted as written.
    """
    words: list[str] = []
    prefix = ""
    for part in path.split("."):
        m = _PART.fullmatch(part)
        if not m:
            words.append(f"'{part}'")
            continue
        name, indexes = m.groups()
        key = f"{prefix}.{name}" if prefix else name
        if model_field(key) is None and key not in FIELD_LABELS:
            words.append(f"'{part}'")
            prefix = key
            continue
        if indexes:
            numbers = [int(i) + 1 for i in re.findall(r"\d+", indexes)]
            words.append(f"{record_noun(key)} {numbers[0]}")
        else:
            text = label(key).text
            # a composed label already names its place ("Joint case review: how often")
            if words and text.startswith(words[-1] + ": "):
                words[-1] = text
            else:
                words.append(text)
        prefix = key
    return " › ".join(words)


from wizard.enums import POLICE_AGENCY_TYPES as POLICE_TYPES  # noqa: E402


def staff_word(agency_type: AgencyType | None, plural_form: bool = True) -> str:
    """What an agency calls its sworn staff: 'deputies' in a sheriff's office, else 'officers'."""
    if agency_type is AgencyType.sheriff:
        return "deputies" if plural_form else "deputy"
    return "officers" if plural_form else "officer"


def sworn_label(plan) -> str:  # plan: wizard.plan.ProgramPlan
    """The label of ``agency.sworn_officers`` in the lead's own words.

    A police lead counts its own ('Sworn officers', 'Sworn deputies'). A fire department
    or a behavioral-health provider has no sworn officers of its own: the figure is the
    police agencies' it works with, and says so ('Sworn officers (Bramblewood Police
    Department)', 'Sworn officers in the agencies served').
    """
    a = plan.agency
    lead = a.agency_type
    if lead is None or lead.value in POLICE_TYPES:
        return f"Sworn {staff_word(lead)}"
    police = [s for s in a.served_agencies if s.agency_type is not None and s.agency_type.value in POLICE_TYPES]
    words = staff_word(police[0].agency_type) if len({s.agency_type for s in police}) == 1 else "officers"
    if len(police) == 1 and police[0].name.strip():
        return f"Sworn {words} ({police[0].name.strip()})"
    if police:
        return f"Sworn {words} in the agencies served"
    return "Sworn officers of the police agencies the program works with"


def field_label(path: str) -> str:
    return label(path).text


def value_label(value: enum.Enum | str) -> str:
    """An enum member's label ('call_out' → 'Call-out / hybrid')."""
    if isinstance(value, enum.Enum):
        table = VALUE_LABELS.get(type(value), {})
        return table.get(str(value.value), str(value.value).replace("_", " ").capitalize())
    return str(value)
