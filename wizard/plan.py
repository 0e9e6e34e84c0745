"""The program plan: one pydantic model holding every answer the wizard asks for.

The plan is the single source of truth. Everything derived from it (findings,
staffing figures, budget gaps, the charter) is a pure function of it. Fields that a
catalog in ``resources/`` offers options for (licenses, indicators, measures, funding
sources, partner types, ...) hold catalog *ids* as plain strings so that a trainer's
content pack can add options; the readiness checks flag ids the content does not know.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from wizard import approx
from wizard.approx import ApproxNumber
from wizard.calldata import CallDemand
from wizard.enums import (  # noqa: F401 (re-exported: the plan's enums live apart)
    KEY_DECISION_QUESTIONS,
    REQUIRED_ROLES,
    RUNNING_STAGES,
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
    SignatoryRole,
    SignatureMethod,
    StrEnum,
    TeamRole,
    VehicleArrangement,
    Weekday,
)

SCHEMA_VERSION = 4
"""Version of the plan-file layout this program writes. See ``wizard.migrations``."""

# ---------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------

Name = Annotated[str, StringConstraints(max_length=300)]
"""A short, single-purpose text: a name, a title, a system."""
Text = Annotated[str, StringConstraints(max_length=100_000)]
"""Free prose: a rationale, a protocol, a plan."""
CatalogId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=80)
]
"""An option id from a catalog in resources/ (lower-case slug)."""
Money = Annotated[float, Field(ge=0, le=1_000_000_000)]
MaybeMoney = Annotated[float | None, Field(ge=0, le=1_000_000_000)]
"""An amount that may not be known yet (``None``): unknown is never counted as $0."""
ApproxMoney = Annotated[float | None, ApproxNumber(ge=0, le=1_000_000_000)]
"""An amount that may be unknown (``None``), exact (a plain number) or approximate
("about 2400000", "500000+", "400000-500000": see ``wizard.approx``)."""


def ApproxCount(ge: int = 0, le: int = 50_000_000) -> ApproxNumber:  # noqa: N802 (reads as a type)
    """A whole count that may be unknown, exact or approximate ("600+", "4-5", "about 2400")."""
    return ApproxNumber(ge=ge, le=le, integer=True)


_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _partial_date(v: str) -> str:
    v = v.strip()
    if not _PARTIAL_DATE.match(v):
        raise ValueError(f"'{v}' is not a date: give a year (2011), a month (2011-10) or a day (2011-10-05)")
    if len(v) == 10:
        dt.date.fromisoformat(v)  # 2011-02-30 is refused
    return v


PartialDate = Annotated[str, AfterValidator(_partial_date)]
"""A date known to the year, the month or the day: '2011', '2011-10', '2011-10-05'."""


def _blank_is_none(v: object) -> object:
    """'' is not known; a year written bare in YAML (2011) or a full date is accepted too."""
    if isinstance(v, str) and not v.strip():
        return None
    if isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


MaybePartialDate = Annotated[PartialDate | None, BeforeValidator(_blank_is_none)]
"""A partial date or None (an empty answer is 'not known', not an error)."""
Rate = Annotated[float, Field(ge=0, le=1)]
Hour = Annotated[int, Field(ge=0, le=24)]
Fingerprint = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    dupes = [v for v in values if v in seen or seen.add(v)]  # type: ignore[func-returns-value]
    if dupes:
        raise ValueError(f"'{dupes[0]}' is listed twice")
    return values


UniqueIds = Annotated[list[CatalogId], AfterValidator(_unique)]


class Strict(BaseModel):
    """Base for every plan section: unknown keys, NaN and infinity are errors."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        allow_inf_nan=False,
        use_enum_values=False,
    )


# ---------------------------------------------------------------------------
# Sections
# ---------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class HistoryEvent(Strict):
    """One dated step in a running program's life (pilot, expansion, new partner, ...)."""

    when: MaybePartialDate = Field(None, title="When")
    kind: HistoryKind | None = Field(None, title="What happened")
    description: Text = Field("", title="Details")


class Metadata(Strict):
    schema_version: int = Field(SCHEMA_VERSION, ge=1, title="Plan-file format version")
    plan_id: str = Field(default_factory=lambda: str(uuid.uuid4()), max_length=64, title="Plan id")
    revision: int = Field(1, ge=1, le=10_000, title="Revision")
    created: dt.datetime = Field(default_factory=_now, title="Created")
    modified: dt.datetime = Field(default_factory=_now, title="Last modified")
    program_name: Name = Field("", title="Program name")
    stage: ProgramStage | None = Field(None, title="Stage of the program")
    launch_date: MaybePartialDate = Field(
        None, title="Launched", description="When the program first answered calls (year, month or day).")
    history: list[HistoryEvent] = Field(default_factory=list, title="History")

    @property
    def running(self) -> bool | None:
        """True when the program already answers calls; None when the stage is not given."""
        return None if self.stage is None else self.stage.value in RUNNING_STAGES

    @model_validator(mode="after")
    def _modified_not_before_created(self) -> Metadata:
        if self.modified < self.created:
            raise ValueError("modified is earlier than created")
        return self


class PatrolPattern(Strict):
    """How patrol is scheduled; used to overlay patrol shifts on clinician hours."""

    shifts_per_day: int = Field(3, ge=1, le=6, title="Patrol shifts per day")
    shift_length_hours: float = Field(8, ge=4, le=24, title="Patrol shift length")
    first_shift_start: Hour = Field(6, title="First patrol shift starts at")
    overlapping_shifts: bool = Field(False, title="Patrol shifts overlap")
    patrol_hours_per_day: float = Field(24, ge=1, le=24, title="Patrol hours a day")
    """Hours a day patrol is on the street (24 for almost every agency)."""

    @model_validator(mode="after")
    def _covers_day(self) -> PatrolPattern:
        total = self.shifts_per_day * self.shift_length_hours
        if total < self.patrol_hours_per_day - 1e-9:
            raise ValueError(
                f"{self.shifts_per_day} shifts of {self.shift_length_hours:g} h cover "
                f"only {total:g} h, less than the {self.patrol_hours_per_day:g} patrol "
                "hours a day"
            )
        if total > self.patrol_hours_per_day + 1e-9 and not self.overlapping_shifts:
            raise ValueError(
                f"{self.shifts_per_day} shifts of {self.shift_length_hours:g} h add up to "
                f"{total:g} h a day; set overlapping_shifts to true or shorten the shifts"
            )
        return self


class Partner(Strict):
    """A behavioral-health (or allied) organization the program works with."""

    name: Name = Field("", title="Organization")
    partner_type: CatalogId | None = Field(None, title="Type")
    role: Text = Field("", title="Role in the program")
    employs_clinicians: bool | None = Field(None, title="Employs clinicians")
    other_agencies_served: list[Name] = Field(default_factory=list, title="Other agencies served")
    """Other police agencies the same partner's clinicians serve (shared programs)."""


class ExistingResources(Strict):
    cit_trained_officers: int | None = Field(None, ge=0, le=100_000, title="CIT-trained officers")
    regional_mobile_crisis_team: bool | None = Field(None, title="A regional mobile crisis team serves the area")
    mobile_crisis_provider: Name = Field("", title="Mobile crisis provider")
    linked_988: bool | None = Field(None, title="988 is linked to local crisis response")
    crisis_receiving_center: bool | None = Field(None, title="A crisis receiving center is available")
    crisis_receiving_center_name: Name = Field("", title="Crisis receiving center")
    notes: Text = Field("", title="Other existing resources")


class ServedAgency(Strict):
    """Another agency the program serves, and its share of the program's cost."""

    name: Name = Field("", title="Agency")
    agency_type: AgencyType | None = Field(None, title="Type")
    cost_share: Rate | None = Field(None, title="Share of cost")
    """Share of the program's cost this agency pays (0–1); None when not agreed."""
    sworn_officers: Annotated[int | None, ApproxCount(le=100_000)] = Field(
        None, title="Sworn officers", description="The agency's own sworn officers (or deputies).")
    clinician_fte: float | None = Field(
        None, ge=0, le=50, title="Clinician FTE assigned",
        description="Clinician time the program assigns to this agency, in FTE (shared positions pro rata).")
    starts: MaybePartialDate = Field(None, title="Served from", description="When the program began (or begins) to serve it.")
    notes: Text = Field("", title="Notes")


class AgencyProfile(Strict):
    name: Name = Field("", title="Agency name")
    agency_type: AgencyType | None = Field(None, title="Agency type")
    state: Name = Field("", title="State")
    jurisdiction: Name = Field("", title="Jurisdiction")
    population_served: int | None = Field(None, ge=0, le=50_000_000, title="Population served")
    sworn_officers: Annotated[int | None, ApproxCount(le=100_000)] = Field(None, title="Sworn officers")
    patrol: PatrolPattern | None = Field(None, title="Patrol shift pattern")
    """How patrol is scheduled: a fact the user gives; None until given (no shares computed)."""
    annual_calls_for_service: Annotated[int | None, ApproxCount(le=50_000_000)] = Field(None, title="Annual calls for service")
    bh_calls_per_year: Annotated[int | None, ApproxCount(le=50_000_000)] = Field(None, title="Behavioral-health calls a year")
    geography: Geography | None = Field(None, title="Geography")
    square_miles: float | None = Field(None, ge=0, le=1_000_000, title="Square miles")
    partners: list[Partner] = Field(default_factory=list, title="Partner")
    served_agencies: list[ServedAgency] = Field(default_factory=list, title="Other agency served")
    """Other agencies the program serves besides the lead (a shared or regional program)."""
    existing: ExistingResources = Field(default_factory=ExistingResources, title="Resources already in place")

    @model_validator(mode="after")
    def _bh_within_calls(self) -> AgencyProfile:
        # approximate figures are refused only when they cannot be true at all
        if (
            self.bh_calls_per_year is not None
            and self.annual_calls_for_service is not None
            and approx.low(self.bh_calls_per_year) > (approx.high(self.annual_calls_for_service) or float("inf"))
        ):
            raise ValueError(
                "the behavioral-health calls a year are more than the annual calls for service"
            )
        if (
            self.existing.cit_trained_officers is not None
            and self.sworn_officers is not None
            and self.existing.cit_trained_officers > (approx.high(self.sworn_officers) or float("inf"))
        ):
            raise ValueError("the CIT-trained officers are more than the sworn officers")
        return self


class ResponseTier(Strict):
    """One tier of a 911/988 triage system the co-response program sits in."""

    name: Name = Field("", title="Tier")
    responder: Name = Field("", title="Responder")
    when: Text = Field("", title="When")
    is_this_program: bool = Field(False, title="Is this program")


class ProgramModelChoice(Strict):
    primary: ModelId | None = Field(None, title="Primary model")
    complementary: list[ModelId] = Field(default_factory=list, title="Complementary models")
    rationale: Text = Field("", title="Why this model")
    response_tiers: list[ResponseTier] = Field(default_factory=list, title="Response tier")
    """Empty when the program stands alone; else the triage tiers it belongs to."""
    operated_by: list[Name] = Field(default_factory=list, title="Runs the program")
    """Who runs the program day to day (the plan's explicit answer; never inferred)."""

    @field_validator("complementary")
    @classmethod
    def _no_duplicate_models(cls, v: list[ModelId]) -> list[ModelId]:
        if len(set(v)) != len(v):
            raise ValueError("a model is listed twice")
        return v

    @model_validator(mode="after")
    def _primary_not_complementary(self) -> ProgramModelChoice:
        if self.primary is not None and self.primary in self.complementary:
            raise ValueError(
                f"'{self.primary}' is the primary model and cannot also be complementary"
            )
        return self

    @property
    def all_models(self) -> list[ModelId]:
        return ([self.primary] if self.primary else []) + list(self.complementary)


class Span(Strict):
    """Clinician coverage on one day, from ``start`` to ``end`` o'clock (0–24)."""

    start: Hour = Field(title="Starts at")
    end: Hour = Field(title="Ends at")
    staff: int = Field(1, ge=1, le=50, title="Clinicians on duty")
    """Clinicians on duty at once during this span."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end <= self.start:
            raise ValueError(
                f"a span must end after it starts (got {self.start}–{self.end}); "
                "split overnight coverage at midnight"
            )
        return self

    @property
    def hours(self) -> int:
        return self.end - self.start


def _no_overlap(spans: list[Span]) -> list[Span]:
    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b.start < a.end:
            raise ValueError(
                f"spans {a.start}–{a.end} and {b.start}–{b.end} overlap; "
                "use staff: 2 for two clinicians at once"
            )
    return ordered


DaySpans = Annotated[list[Span], AfterValidator(_no_overlap)]


class WeeklySchedule(Strict):
    mon: DaySpans = Field(default_factory=list, title="Monday clinician hours")
    tue: DaySpans = Field(default_factory=list, title="Tuesday clinician hours")
    wed: DaySpans = Field(default_factory=list, title="Wednesday clinician hours")
    thu: DaySpans = Field(default_factory=list, title="Thursday clinician hours")
    fri: DaySpans = Field(default_factory=list, title="Friday clinician hours")
    sat: DaySpans = Field(default_factory=list, title="Saturday clinician hours")
    sun: DaySpans = Field(default_factory=list, title="Sunday clinician hours")

    def day(self, day: Weekday | str) -> list[Span]:
        return list(getattr(self, str(day)))


class OnCall(Strict):
    available: bool | None = Field(None, title="A clinician is on call outside program hours")
    who: Name = Field("", title="Who is on call")
    hours: Text = Field("", title="On-call hours")
    response_minutes: int | None = Field(None, ge=0, le=24 * 60, title="On-call response time")
    by_phone_only: bool | None = Field(None, title="On call by phone only")


class Coverage(Strict):
    all_patrol_shifts: bool | None = Field(None, title="Operates during all patrol shifts")
    """The first key decision: does the program run during every patrol shift?"""
    schedule: WeeklySchedule = Field(default_factory=WeeklySchedule, title="Clinician hours")
    on_call: OnCall = Field(default_factory=OnCall, title="On-call arrangement")
    dispatch_indicators: UniqueIds = Field(default_factory=list, title="Dispatch indicators")
    custom_indicators: list[Name] = Field(default_factory=list, title="Other dispatch indicators")
    dispatch_protocol: Text = Field("", title="Dispatch protocol")
    vehicle: VehicleArrangement | None = Field(None, title="Vehicle")
    vehicle_notes: Text = Field("", title="Vehicle notes")
    safety_protocol: Text = Field("", title="Scene safety protocol")
    target_response_minutes: int | None = Field(None, ge=0, le=24 * 60, title="Target response time")
    call_demand: CallDemand | None = Field(None, title="Imported call data")
    """Counts of the agency's own calls by weekday and hour (wizard.calls); never a call itself."""


class TeamMember(Strict):
    role: TeamRole = Field(title="Role")
    count: int = Field(1, ge=1, le=20, title="How many")
    """How many of this role ride in one team (a team of two officers and a clinician: 2)."""


class Team(Strict):
    """A responding unit: who is in it, how many such units, how it reaches a call."""

    name: Name = Field("", title="Team")
    members: list[TeamMember] = Field(default_factory=list, title="Team member")
    units: Annotated[int | None, ApproxCount(ge=1, le=200)] = Field(None, title="Teams of this kind")
    """How many such teams the program fields (None: not decided; "4-5" when it varies)."""
    dispatch_modes: list[DispatchMode] = Field(default_factory=list, title="How it is dispatched")
    vehicle: VehicleArrangement | None = Field(None, title="Vehicle")
    clinician_arrives_separately: bool | None = Field(None, title="The clinician arrives separately")
    notes: Text = Field("", title="Notes")

    @field_validator("dispatch_modes")
    @classmethod
    def _modes_unique(cls, v: list[DispatchMode]) -> list[DispatchMode]:
        if len(set(v)) != len(v):
            raise ValueError("a dispatch mode is listed twice")
        return v

    @field_validator("members")
    @classmethod
    def _roles_unique(cls, v: list[TeamMember]) -> list[TeamMember]:
        roles = [m.role for m in v if m.role is not TeamRole.other]
        if len(set(roles)) != len(roles):
            raise ValueError("a role is listed twice in one team; give its count instead")
        return v

    def has(self, role: TeamRole) -> bool:
        return any(m.role is role for m in self.members)


class ClinicianPosition(Strict):
    title: Name = Field("", title="Title")
    fte: float | None = Field(None, gt=0, le=50, title="FTE")
    """None when the position's FTE is not known yet (it then counts toward nothing)."""
    employer: Name = Field("", title="Employer")
    licenses: UniqueIds = Field(default_factory=list, title="Licenses")
    qualifications_met: UniqueIds = Field(default_factory=list, title="Qualifications met")
    record_system: RecordSystem | None = Field(None, title="Charts in")
    agency_share: float = Field(1.0, gt=0, le=1, title="Share of time for this agency")
    """Share of this position's time given to this agency (a clinician employer may
    serve several police agencies); only this share counts toward the ratio."""
    notes: Text = Field("", title="Notes")


class OtherRole(Strict):
    """Anyone else on the team: a paramedic, a case manager, a navigator, ..."""

    role: Name = Field("", title="Role")
    fte: float | None = Field(None, ge=0, le=50, title="FTE")
    employer: Name = Field("", title="Employer")
    notes: Text = Field("", title="Notes")


class Coordinator(Strict):
    name: Name = Field("", title="Program coordinator")
    employer: Name = Field("", title="Coordinator's employer")
    fte: float | None = Field(None, ge=0, le=5, title="Coordinator FTE")
    collateral_duty: bool | None = Field(None, title="Coordination is a collateral duty")
    """True when coordination is an add-on duty (common in small agencies)."""


class DispatchTraining(Strict):
    dispatchers_to_train: int | None = Field(None, ge=0, le=10_000, title="Dispatchers to train")
    trained: bool | None = Field(None, title="Dispatch trained to identify behavioral-health calls")
    """Dispatch is (or will be by launch) trained to identify BH indicators."""
    training_hours: float | None = Field(None, ge=0, le=200, title="Dispatcher training")
    protocol_name: Name = Field("", title="Dispatch protocol name")


class Staffing(Strict):
    available_hours_per_fte: float = Field(1698, ge=500, le=3000, title="Hours one FTE works in a year")
    """Net hours one FTE actually works in a year (editable; docs/facts-and-sources.md §3.3)."""
    avg_minutes_per_call: float | None = Field(None, gt=0, le=24 * 60, title="Average time on scene per call")
    """Average time on scene per call, used for utilization (None: not estimated)."""
    required_qualifications: UniqueIds = Field(default_factory=list, title="Required clinician qualifications")
    teams: list[Team] = Field(default_factory=list, title="Team")
    """The units that answer calls, each with its composition and how it is dispatched."""
    clinicians: list[ClinicianPosition] = Field(default_factory=list, title="Clinician position")
    peer_specialists_fte: float | None = Field(None, ge=0, le=100, title="Peer specialist FTE")
    dedicated_officers: int | None = Field(None, ge=0, le=1_000, title="Dedicated officers")
    supervisors_supportive: int | None = Field(None, ge=0, le=1_000, title="Patrol supervisors briefed and supportive")
    """Patrol supervisors briefed and supportive of the model."""
    other_roles: list[OtherRole] = Field(default_factory=list, title="Other team role")
    dispatch: DispatchTraining = Field(default_factory=DispatchTraining, title="Dispatch training")
    cit_training_hours: float | None = Field(None, ge=0, le=200, title="CIT training")
    officers_to_train_cit: int | None = Field(None, ge=0, le=100_000, title="Officers to train in CIT")
    training_plan: Text = Field("", title="Training plan")
    coordinator: Coordinator = Field(default_factory=Coordinator, title="Program coordinator")

    @property
    def clinician_fte(self) -> float:
        """Clinician FTE working for this agency (shared positions pro rata), counting
        only positions whose FTE is known; see :attr:`clinician_fte_unknown`."""
        return round(sum(c.fte * c.agency_share for c in self.clinicians if c.fte is not None), 3)

    @property
    def clinician_fte_unknown(self) -> int:
        """Clinician positions whose FTE is not known yet."""
        return sum(1 for c in self.clinicians if c.fte is None)


class Meeting(Strict):
    held: bool | None = Field(None, title="Held")
    cadence: Cadence | None = Field(None, title="How often")
    lead: Name = Field("", title="Lead")
    participants: list[Name] = Field(default_factory=list, title="Participants")
    notes: Text = Field("", title="Notes")


class CommitteeMember(Strict):
    name: Name = Field("", title="Name")
    organization: Name = Field("", title="Organization")
    member_type: CatalogId | None = Field(None, title="Represents")
    decision_authority: bool | None = Field(None, title="Has decision authority")


class Governance(Strict):
    clinical_supervision: Meeting = Field(default_factory=Meeting, title="Clinical supervision")
    joint_case_review: Meeting = Field(default_factory=Meeting, title="Joint case review")
    committee: list[CommitteeMember] = Field(default_factory=list, title="Committee member")
    committee_cadence: Cadence | None = Field(None, title="Committee meets")
    escalation_path: list[Name] = Field(default_factory=list, title="Escalation path")
    """Who resolves a disagreement, in order, from the field up."""
    managing_functions: UniqueIds = Field(default_factory=list, title="Written policies in place")
    """Written policies in place (BJA 'managing' functions catalog)."""
    plan_review_date: dt.date | None = Field(None, title="Plan review date")


class Framework(Strict):
    framework: CatalogId = Field(title="Framework")
    applies: bool = Field(True, title="Applies")
    name: Name = Field("", title="Statute or name")
    """Required for state law: the statute's name or citation."""
    notes: Text = Field("", title="Notes")


class Mou(Strict):
    status: MouStatus | None = Field(None, title="MOU status")
    parties: list[Name] = Field(default_factory=list, title="MOU parties")
    signed_date: dt.date | None = Field(None, title="MOU signed on")
    renewal_date: dt.date | None = Field(None, title="MOU renewal date")
    covers_data_sharing: bool | None = Field(None, title="MOU covers data sharing")

    @model_validator(mode="after")
    def _dates(self) -> Mou:
        if self.signed_date and self.renewal_date and self.renewal_date < self.signed_date:
            raise ValueError("renewal_date is before signed_date")
        return self


class DocumentationEntry(Strict):
    """One row of the documentation matrix: who records what, where."""

    party: Name = Field("", title="Party")
    records: Text = Field("", title="Records")
    system: RecordSystem | None = Field(None, title="System")
    system_name: Name = Field("", title="System name")
    who_can_see: Text = Field("", title="Who can see it")
    retention: Name = Field("", title="Retention")


class Confidentiality(Strict):
    frameworks: list[Framework] = Field(default_factory=list, title="Legal framework")
    mou: Mou = Field(default_factory=Mou, title="Memorandum of understanding")
    clinician_may_share: Text = Field("", title="What the clinician may share with officers")
    consent_process: Text = Field("", title="Consent process")
    documentation: list[DocumentationEntry] = Field(default_factory=list, title="Documentation entry")
    access_controls: Text = Field("", title="Access controls")
    retention: Text = Field("", title="Record retention")
    no_client_information_acknowledged: bool = Field(False, title="No client information in the charter (acknowledged)")
    """The team confirms the charter holds no client health information."""

    @field_validator("frameworks")
    @classmethod
    def _frameworks_unique(cls, v: list[Framework]) -> list[Framework]:
        _unique([f.framework for f in v if f.framework != "other"])
        return v

    def applies(self, framework: str) -> bool:
        return any(f.framework == framework and f.applies for f in self.frameworks)


class Result(Strict):
    """A result achieved so far, beside a measure's target."""

    period: Name = Field("", title="Period", description="e.g. 'FY2025' or 'July 2024 – June 2025'")
    value: Name = Field("", title="Result")
    source: Name = Field("", title="Source")


class SelectedMeasure(Strict):
    measure: CatalogId = Field(title="Measure")
    target: Name = Field("", title="Target")
    results: list[Result] = Field(default_factory=list, title="Result so far")


class CustomMeasure(Strict):
    name: Name = Field(title="Measure")
    category: MeasureCategory = Field(title="Kind")
    target: Name = Field("", title="Target")
    results: list[Result] = Field(default_factory=list, title="Result so far")


class DataReporting(Strict):
    measures: list[SelectedMeasure] = Field(default_factory=list, title="Measure")
    custom_measures: list[CustomMeasure] = Field(default_factory=list, title="Own measure")
    data_sources: UniqueIds = Field(default_factory=list, title="Data sources")
    storage: Text = Field("", title="Where the data is stored")
    data_owner: Name = Field("", title="Data owner")
    report_producer: Name = Field("", title="Who produces the reports")
    reporting_cadence: Cadence | None = Field(None, title="Reports are produced")
    audience: list[Name] = Field(default_factory=list, title="Reports go to")
    baseline_months: int | None = Field(None, ge=0, le=120, title="Baseline period (months)")
    baseline_description: Text = Field("", title="Baseline")
    evaluation_partner: Name = Field("", title="Evaluation partner")

    @field_validator("measures")
    @classmethod
    def _measures_unique(cls, v: list[SelectedMeasure]) -> list[SelectedMeasure]:
        _unique([m.measure for m in v])
        return v


YearAmounts = Annotated[list[ApproxMoney], Field(max_length=10)]
"""One amount per plan year; ``None`` for a year whose amount is not known yet; an
amount may be approximate ("about 2400000")."""


class BudgetLine(Strict):
    """A cost line. Personnel lines are FTE × salary × (1 + benefits), escalated
    each year; every other line lists its amount per plan year."""

    category: BudgetCategory = Field(title="Category")
    description: Name = Field("", title="Description")
    fte: float | None = Field(None, ge=0, le=200, title="FTE")
    salary: Money | None = Field(None, title="Salary")
    benefits_rate: Rate = Field(0.0, title="Benefits rate")
    annual_increase: Annotated[float, Field(ge=0, le=0.25)] = Field(0.0, title="Annual increase")
    amounts: YearAmounts = Field(default_factory=list, title="Amounts", json_schema_extra={"noun": "Amount for year"})

    @model_validator(mode="after")
    def _shape(self) -> BudgetLine:
        salaried = self.fte is not None or self.salary is not None
        if salaried and (self.fte is None or self.salary is None):
            raise ValueError("a salaried line needs both fte and salary")
        if salaried and self.amounts:
            raise ValueError("give either fte and salary or per-year amounts, not both")
        return self

    @property
    def salaried(self) -> bool:
        return self.fte is not None and self.salary is not None


class FundingSource(Strict):
    source: CatalogId = Field(title="Source")
    name: Name = Field("", title="Name")
    amounts: YearAmounts = Field(default_factory=list, title="Amounts", json_schema_extra={"noun": "Amount for year"})
    status: FundingStatus | None = Field(None, title="Status")
    """Secured, applied for or planned; None when not recorded (never counted as secured)."""
    time_limited: bool | None = Field(None, title="Time-limited")
    """Whether the money ends; None: the catalog's answer for a catalog source, unknown for a custom one."""
    match_rate: Rate = Field(0.0, title="Match rate")
    """Share of the award the agency must match (cash or in-kind)."""
    match_rates: Annotated[list[Rate], Field(max_length=10)] = Field(default_factory=list, title="Match rate by year")
    """Per-year match rates where they change (JMHCP: 20 %, 20 %, 40 %); a year not
    listed uses ``match_rate``."""
    match_source: Name = Field("", title="Match comes from")
    end_date: dt.date | None = Field(None, title="Ends on")

    def match_rate_for(self, year_index: int) -> float:
        if year_index < len(self.match_rates):
            return self.match_rates[year_index]
        return self.match_rate


class Funding(Strict):
    start_year: int | None = Field(None, ge=2000, le=2100, title="First budget year")
    """First fiscal year of the budget (None: years are numbered 1, 2, 3 …)."""
    years: int = Field(3, ge=1, le=10, title="Years budgeted")
    indirect_rate: Rate = Field(0.0, title="Indirect cost rate")
    """Indirect/administrative rate applied to direct costs."""
    budget_lines: list[BudgetLine] = Field(default_factory=list, title="Budget line")
    sources: list[FundingSource] = Field(default_factory=list, title="Funding source")
    sustainability_plan: Text = Field("", title="Sustainability plan")

    @model_validator(mode="after")
    def _amounts_fit_years(self) -> Funding:
        for i, line in enumerate(self.budget_lines):
            if len(line.amounts) > self.years:
                raise ValueError(
                    f"budget_lines[{i}] lists {len(line.amounts)} years of amounts but the "
                    f"budget covers {self.years}"
                )
        for i, src in enumerate(self.sources):
            if len(src.amounts) > self.years:
                raise ValueError(
                    f"sources[{i}] lists {len(src.amounts)} years of amounts but the "
                    f"budget covers {self.years}"
                )
        return self


class Decision(Strict):
    key: KeyDecision | None = Field(None, title="Key decision")
    """Set for the four key decisions of the starter guide; None for custom ones."""
    question: Text = Field("", title="Question")
    status: DecisionStatus = Field(DecisionStatus.open, title="Status")
    decision: Text = Field("", title="Decision")
    owner: Name = Field("", title="Owner")
    due: dt.date | None = Field(None, title="Due")
    notes: Text = Field("", title="Notes")


def _with_key_decisions(decisions: list[Decision]) -> list[Decision]:
    """Keep the four key decisions present, first and in guide order, exactly once."""
    by_key: dict[KeyDecision, Decision] = {}
    custom: list[Decision] = []
    for d in decisions:
        if d.key is None:
            custom.append(d)
        elif d.key in by_key:
            raise ValueError(f"the key decision '{KEY_DECISION_QUESTIONS[d.key]}' is listed twice")
        else:
            by_key[d.key] = d
    keyed = [
        by_key.get(k) or Decision(key=k, question=KEY_DECISION_QUESTIONS[k])
        for k in KeyDecision
    ]
    return keyed + custom


class Signature(Strict):
    method: SignatureMethod = Field(title="Signed by")
    typed: Name = Field("", title="Typed signature")
    """The typed form, "/s/ Name"."""
    image_png: str = Field("", max_length=2_000_000, title="Drawn signature")
    """Base64 PNG of the drawn signature."""
    signed_at: dt.datetime = Field(title="Signed at")
    fingerprint: Fingerprint = Field(title="Plan fingerprint signed")
    """The plan fingerprint this signature was given to."""

    @model_validator(mode="after")
    def _has_mark(self) -> Signature:
        if self.method is SignatureMethod.typed and not self.typed.startswith("/s/"):
            raise ValueError('a typed signature reads "/s/ Name"')
        if self.method is SignatureMethod.drawn and not self.image_png:
            raise ValueError("a drawn signature needs its image_png")
        return self


class Signatory(Strict):
    role: SignatoryRole = Field(title="Role")
    name: Name = Field("", title="Name")
    title: Name = Field("", title="Title")
    organization: Name = Field("", title="Organization")
    signature: Signature | None = Field(None, title="Signature")


class SignOff(Strict):
    signatories: list[Signatory] = Field(
        default_factory=lambda: [Signatory(role=r) for r in REQUIRED_ROLES]
    , title="Signatory")


# ---------------------------------------------------------------------------
# Agreement terms (the charter as an agreement; clause library in
# resources/content/clauses.yaml, wording drafted by wizard.agreement)
# ---------------------------------------------------------------------------


class ClauseStatus(StrEnum):
    """What a plan does with one clause of the library; None is "not yet decided"."""

    adopted = "adopted"
    edited = "edited"
    omitted = "omitted"


class Renewal(StrEnum):
    automatic = "automatic"
    by_written_agreement = "by_written_agreement"
    none = "none"


class ObligationArea(StrEnum):
    staff = "staff"
    supervision = "supervision"
    dispatch = "dispatch"
    training = "training"
    data = "data"
    space = "space"
    vehicles = "vehicles"
    radios = "radios"
    records = "records"
    funding = "funding"
    other = "other"


class ClauseChoice(Strict):
    """One clause of the library as this plan takes it."""

    clause: CatalogId = Field(title="Clause")
    status: ClauseStatus | None = Field(None, title="Adopted, edited or omitted")
    option: CatalogId | None = Field(None, title="Option chosen")
    """One of the clause's options (None: not chosen, or the clause has none)."""
    text: Text = Field("", title="Edited wording")
    """The plan's own wording, kept verbatim; printed only when ``status`` is edited."""


class AgreementTerm(Strict):
    start: dt.date | None = Field(None, title="Effective date")
    months: int | None = Field(None, ge=1, le=240, title="Term in months")
    end: dt.date | None = Field(None, title="End date")
    renewal: Renewal | None = Field(None, title="Renewal")
    renewal_months: int | None = Field(None, ge=1, le=240, title="Each renewal, in months")

    @model_validator(mode="after")
    def _one_length(self) -> AgreementTerm:
        if self.months is not None and self.end is not None:
            raise ValueError("give the term either in months or as an end date, not both")
        if self.start and self.end and self.end <= self.start:
            raise ValueError("the end date is not after the effective date")
        return self


class NoticeAddress(Strict):
    """Where formal notices under the agreement go, for one party."""

    party: Name = Field("", title="Party")
    attention: Name = Field("", title="Attention (title or office)")
    address: Text = Field("", title="Address")
    email: Name = Field("", title="Email")


class Obligation(Strict):
    """One thing one party shall do ("<party> shall …")."""

    party: Name = Field("", title="Party")
    area: ObligationArea | None = Field(None, title="Area")
    duty: Text = Field("", title="Shall")


class Agreement(Strict):
    statute: Name = Field("", title="Interlocal-cooperation statute")
    """The state's interlocal-cooperation statute as the parties cite it (editable)."""
    clauses: list[ClauseChoice] = Field(default_factory=list, title="Clause")
    term: AgreementTerm = Field(default_factory=AgreementTerm, title="Term")
    termination_notice_days: int | None = Field(None, ge=1, le=730, title="Termination notice, in days")
    cure_days: int | None = Field(None, ge=1, le=365, title="Days to cure a breach")
    cost_cap: MaybeMoney = Field(None, title="Most either party pays a year")
    notices: list[NoticeAddress] = Field(default_factory=list, title="Notice address")
    obligations: list[Obligation] = Field(default_factory=list, title="Obligation")

    @field_validator("clauses")
    @classmethod
    def _clauses_unique(cls, v: list[ClauseChoice]) -> list[ClauseChoice]:
        _unique([c.clause for c in v])
        return v

    def choice(self, clause_id: str) -> ClauseChoice | None:
        return next((c for c in self.clauses if c.clause == clause_id), None)


class ProgramPlan(Strict):
    """Everything the wizard asks about, in wizard order."""

    metadata: Metadata = Field(default_factory=Metadata, title="Plan")
    agency: AgencyProfile = Field(default_factory=AgencyProfile, title="Agency and partners")
    program_model: ProgramModelChoice = Field(default_factory=ProgramModelChoice, title="Program model")
    coverage: Coverage = Field(default_factory=Coverage, title="Coverage")
    staffing: Staffing = Field(default_factory=Staffing, title="Staffing")
    governance: Governance = Field(default_factory=Governance, title="Supervision and governance")
    agreement: Agreement = Field(default_factory=Agreement, title="Agreement terms")
    confidentiality: Confidentiality = Field(default_factory=Confidentiality, title="Confidentiality")
    data: DataReporting = Field(default_factory=DataReporting, title="Data and reporting")
    funding: Funding = Field(default_factory=Funding, title="Funding")
    decisions: list[Decision] = Field(default_factory=lambda: _with_key_decisions([]), title="Decisions",
                                      json_schema_extra={"noun": "Decision"})
    signoff: SignOff = Field(default_factory=SignOff, title="Sign-off")

    @field_validator("decisions")
    @classmethod
    def _key_decisions_present(cls, v: list[Decision]) -> list[Decision]:
        return _with_key_decisions(v)

    @field_validator("metadata")
    @classmethod
    def _known_schema(cls, v: Metadata) -> Metadata:
        if v.schema_version != SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {v.schema_version} is not {SCHEMA_VERSION}; "
                "load the file through wizard.storage, which migrates it"
            )
        return v

    def decision(self, key: KeyDecision) -> Decision:
        return next(d for d in self.decisions if d.key is key)

    def primary_partner_name(self) -> str:
        return next((p.name for p in self.agency.partners if p.name), "")
