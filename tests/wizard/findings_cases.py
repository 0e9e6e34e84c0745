"""Plans crafted so that every readiness finding fires at least once (for the Spanish test
and for comparing the English output before and after a change)."""

from __future__ import annotations

from collections.abc import Callable

from factories import ready_plan

from wizard.approx import Approx
from wizard.plan import (
    BudgetCategory,
    BudgetLine,
    Cadence,
    ClinicianPosition,
    DecisionStatus,
    Framework,
    FundingSource,
    FundingStatus,
    ModelId,
    MouStatus,
    ProgramPlan,
    ResponseTier,
    SelectedMeasure,
    SignatoryRole,
    Span,
    WeeklySchedule,
)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _budget_unclear(p: ProgramPlan) -> None:
    p.funding.sources[0].amounts = [Approx.between(200_000, 260_000), 236_600, Approx.about(180_000)]


def _unknowns(p: ProgramPlan) -> None:
    p.staffing.clinicians = [*p.staffing.clinicians, ClinicianPosition(title="Peer", fte=None, employer="")]
    p.funding.budget_lines = [*p.funding.budget_lines,
                              BudgetLine(category=BudgetCategory.training, description="", amounts=[None, 1_000, None])]
    p.funding.sources = [*p.funding.sources,
                         FundingSource(source="cops_crisis_teams", amounts=[None, 10_000], status=None,
                                       time_limited=None)]


def _grant_money(p: ProgramPlan) -> None:
    p.funding.sources = [*p.funding.sources,
                         FundingSource(source="jmhcp_connect_protect", amounts=[300_000, 300_000, 300_000],
                                       match_rate=0.2, status=FundingStatus.applied),
                         FundingSource(source="medicaid_mobile_crisis", amounts=[10_000, 10_000, 10_000],
                                       status=FundingStatus.planned)]


def _grant_cliff(p: ProgramPlan) -> None:
    p.funding.sources = [FundingSource(source="jmhcp_connect_protect", amounts=[236_600] * 3, match_rate=0.2,
                                       match_source="City", status=FundingStatus.secured)]
    p.funding.sustainability_plan = ""


def _field_response(p: ProgramPlan) -> None:
    p.program_model.primary = ModelId.embedded
    p.coverage.vehicle = None
    p.coverage.safety_protocol = ""
    p.coverage.target_response_minutes = None
    p.coverage.schedule = WeeklySchedule()
    p.program_model.response_tiers = [ResponseTier(name="988", responder="Mobile crisis")]


def _busy(p: ProgramPlan) -> None:
    p.agency.bh_calls_per_year = Approx.at_least(40_000)
    p.coverage.on_call.available = False
    p.staffing.supervisors_supportive = 0
    p.confidentiality.mou.status = MouStatus.expired
    p.confidentiality.frameworks = [Framework(framework="hipaa"), Framework(framework="state_law")]
    p.data.measures = [SelectedMeasure(measure="arrests_avoided")]
    p.agency.existing.cit_trained_officers = 10


def _stretched(p: ProgramPlan) -> None:
    p.coverage.all_patrol_shifts = True
    p.coverage.schedule = WeeklySchedule(**{d: [Span(start=10, end=14)] for d in DAYS})
    p.staffing.clinicians = p.staffing.clinicians[:1]
    p.staffing.dedicated_officers = 0
    p.coverage.target_response_minutes = 90


def _decisions(p: ProgramPlan) -> None:
    p.decisions[0].status = DecisionStatus.open
    p.decisions[1].status = DecisionStatus.deferred
    p.decisions[1].owner = ""
    p.decisions[1].due = None
    p.decisions[2].status = DecisionStatus.decided
    p.decisions[2].decision = ""
    p.governance.clinical_supervision.cadence = Cadence.monthly
    p.signoff.signatories = p.signoff.signatories[:1]


def _unnamed_signatory(p: ProgramPlan) -> None:
    p.signoff.signatories[0].name = ""
    p.governance.plan_review_date = None
    p.staffing.required_qualifications = ["unknown_q"]


def _source_ends(p: ProgramPlan) -> None:
    p.funding.start_year = 2027
    p.funding.sources = [*p.funding.sources,
                         FundingSource(source="medicaid_mobile_crisis", amounts=[0, 5_000, 5_000],
                                       status=FundingStatus.secured, time_limited=False),
                         FundingSource(source="made_up_source", amounts=[1_000], status=FundingStatus.secured)]
    p.governance.committee = p.governance.committee[:1]


def _unexplained(p: ProgramPlan) -> None:
    p.program_model.rationale = ""
    p.funding.sustainability_plan = ""


CRAFTED: dict[str, Callable[[ProgramPlan], None]] = {
    "budget-unclear": _budget_unclear, "unknowns": _unknowns, "grant-money": _grant_money,
    "grant-cliff": _grant_cliff, "field-response": _field_response, "busy": _busy, "stretched": _stretched,
    "decisions": _decisions, "unnamed-signatory": _unnamed_signatory, "source-ends": _source_ends,
    "unexplained": _unexplained,
}


def crafted_plans() -> dict[str, ProgramPlan]:
    """Every preset (blank included), every crafted plan by name, the cases of test_checks, and the
    counsel cases of test_agreement on both document kinds."""
    from tests.wizard.test_agreement import CASES, binding_plan
    from tests.wizard.test_checks import CASES as CHECK_CASES
    from wizard import presets
    from wizard.content import load_content

    english = load_content(None, "en")
    out: dict[str, ProgramPlan] = {f"preset {p.name}": presets.new_plan(english, p.name)
                                   for p in presets.available(english)}
    for name, mutate in CRAFTED.items():
        p = ready_plan()
        mutate(p)
        out[name] = p
    for case, (mutate, *_rest) in sorted(CASES.items()):
        for kind, make in (("charter", ready_plan), ("binding", binding_plan)):
            p = make()
            mutate(p)
            out[f"counsel {case.strip()}{' (2)' if case.endswith(' ') else ''} / {kind}"] = p
    p = binding_plan()
    p.signoff.signatories = [s for s in p.signoff.signatories if s.role is not SignatoryRole.counsel]
    out["binding agreement without counsel"] = p
    for code, (mutate, *_rest) in sorted(CHECK_CASES.items()):
        p = ready_plan()
        mutate(p)
        out[f"check {code}"] = p
    return out
