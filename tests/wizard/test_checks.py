"""Every readiness check fires on a crafted plan and stays quiet on a ready one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import ready_plan

from wizard import checks
from wizard.content import default_content
from wizard.plan import (
    Cadence,
    DecisionStatus,
    Framework,
    FundingSource,
    FundingStatus,
    ModelId,
    MouStatus,
    ProgramPlan,
    SelectedMeasure,
    SignatoryRole,
    Span,
    VehicleArrangement,
    WeeklySchedule,
)
from wizard.steps import Step


def test_ready_plan_has_no_findings():
    assert checks.run_checks(ready_plan()) == []


def _drop_signatory(p: ProgramPlan) -> None:
    p.signoff.signatories = [s for s in p.signoff.signatories if s.role is not SignatoryRole.bh_executive]


def _embedded(p: ProgramPlan) -> None:
    p.program_model.primary = ModelId.embedded
    p.coverage.vehicle = None
    p.coverage.safety_protocol = ""


def _part2(p: ProgramPlan) -> None:
    p.confidentiality.frameworks = [*p.confidentiality.frameworks, Framework(framework="part2")]
    p.confidentiality.consent_process = ""


def _grants(p: ProgramPlan) -> None:
    p.funding.sources = [FundingSource(source="jmhcp_connect_protect", amounts=[180_000] * 3, match_rate=0.2,
                                       match_source="City", status=FundingStatus.secured),
                         FundingSource(source="general_fund", amounts=[56_600] * 3, status=FundingStatus.secured)]
    p.funding.sustainability_plan = ""


def _gap(p: ProgramPlan) -> None:
    p.funding.sources[0].amounts = [236_600, 236_600, 200_000]


def _all_shifts(p: ProgramPlan) -> None:
    p.coverage.all_patrol_shifts = True


def _stretched(p: ProgramPlan) -> None:
    """'All patrol shifts', but one clinician only 10:00–14:00: half of one 8-hour shift
    (0.5 clinician) for the day's three shifts = 6 shifts per clinician on duty."""
    p.coverage.all_patrol_shifts = True
    p.coverage.schedule = WeeklySchedule(**{d: [Span(start=10, end=14)] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})


def _mid_one(p: ProgramPlan) -> None:
    p.staffing.clinicians = p.staffing.clinicians[:1]


def _qual(p: ProgramPlan) -> None:
    p.staffing.required_qualifications = ["communication_skills"]


def _dispatch(p: ProgramPlan) -> None:
    p.staffing.dispatch.trained = False


def _supervision(p: ProgramPlan) -> None:
    p.governance.clinical_supervision.cadence = Cadence.monthly


def _case_review(p: ProgramPlan) -> None:
    p.governance.joint_case_review.held = False


def _open(p: ProgramPlan) -> None:
    p.decisions[1].status = DecisionStatus.open


def _owner(p: ProgramPlan) -> None:
    p.data.data_owner = ""
    p.data.reporting_cadence = None  # not decided


def _mou(p: ProgramPlan) -> None:
    p.confidentiality.mou.status = MouStatus.none


CASES: dict[str, tuple[Callable[[ProgramPlan], None], checks.Severity, Step, str]] = {
    "no-primary-model": (lambda p: setattr(p.program_model, "primary", None), checks.Severity.blocker, Step.model, ""),
    "signatory-missing": (_drop_signatory, checks.Severity.blocker, Step.signoff, "Behavioral-health executive"),
    "all-shifts-gap": (_all_shifts, checks.Severity.warning, Step.coverage, "84 hours a week short of patrol's 168 hours"),
    "ratio-outside-guide": (_stretched, checks.Severity.warning, Step.staffing, "6 police shifts per clinician on duty"),
    "mid-sized-few-clinicians": (_mid_one, checks.Severity.warning, Step.staffing, "150 sworn"),
    "qualification-masters-level": (_qual, checks.Severity.warning, Step.staffing, "master's-level"),
    "qualification-crisis-experience": (_qual, checks.Severity.warning, Step.staffing, "crisis-intervention"),
    "dispatch-not-trained": (_dispatch, checks.Severity.warning, Step.staffing, "Dispatch"),
    "no-weekly-supervision": (_supervision, checks.Severity.warning, Step.governance, "weekly clinical supervision"),
    "no-joint-review": (_case_review, checks.Severity.warning, Step.governance, "monthly joint case review"),
    "decision-open": (_open, checks.Severity.warning, Step.decisions, "What data will be collected"),
    "no-data-owner": (_owner, checks.Severity.warning, Step.data, "owns"),
    "no-reporting-cadence": (_owner, checks.Severity.warning, Step.data, "how often reports are produced"),
    "part2-no-consent": (_part2, checks.Severity.blocker, Step.confidentiality, "Part 2"),
    "no-mou": (_mou, checks.Severity.warning, Step.confidentiality, "memorandum of understanding"),
    "budget-gap": (_gap, checks.Severity.warning, Step.funding, "FY2029 has a gap of $36,600 after secured funding"),
    "grant-cliff": (_grants, checks.Severity.warning, Step.funding, "76% of the known funding comes from time-limited"),
    "no-safety-protocol": (_embedded, checks.Severity.blocker, Step.coverage, "safety"),
    "no-vehicle": (_embedded, checks.Severity.warning, Step.coverage, "vehicle"),
    "no-agency-name": (lambda p: setattr(p.agency, "name", ""), checks.Severity.blocker, Step.agency, ""),
    "no-clinicians": (lambda p: setattr(p.staffing, "clinicians", []), checks.Severity.blocker, Step.staffing, ""),
    "slow-response-target": (lambda p: setattr(p.coverage, "target_response_minutes", 90), checks.Severity.suggestion, Step.coverage, "90 minutes"),
    "diversion-without-er": (lambda p: setattr(p.data, "measures", [SelectedMeasure(measure="arrests_avoided"), SelectedMeasure(measure="calls_handled"), SelectedMeasure(measure="dispositions")]),
                             checks.Severity.suggestion, Step.data, "ER transports are not"),
    "unknown-option": (lambda p: setattr(p.coverage, "dispatch_indicators", ["made_up"]), checks.Severity.warning, Step.coverage, "made_up"),
    "fte-short-of-schedule": (lambda p: setattr(p.staffing.clinicians[2], "fte", 0.2), checks.Severity.warning, Step.staffing, "needs 2.6 clinician FTE"),
    "no-state-law": (lambda p: setattr(p.confidentiality, "frameworks", [Framework(framework="hipaa")]), checks.Severity.warning, Step.confidentiality, "State"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_check_fires(code):
    mutate, severity, step, text = CASES[code]
    plan = ready_plan()
    mutate(plan)
    hits = [f for f in checks.run_checks(plan) if f.code == code]
    assert hits, f"{code} did not fire"
    f = hits[0]
    assert f.severity is severity
    assert f.step is step
    assert text in f.message
    assert f.fix and f.field


def test_required_checks_from_the_issue_are_covered():
    wanted = {"no-primary-model", "signatory-missing", "all-shifts-gap", "ratio-outside-guide",
              "mid-sized-few-clinicians", "qualification-masters-level", "qualification-crisis-experience",
              "dispatch-not-trained", "no-weekly-supervision", "no-joint-review", "decision-open", "no-data-owner",
              "no-reporting-cadence", "part2-no-consent", "no-mou", "budget-gap", "grant-cliff",
              "no-safety-protocol", "no-vehicle"}
    assert wanted <= set(CASES)


def test_blank_plan_findings_are_grouped_by_step_in_order():
    findings = checks.run_checks(ProgramPlan())
    steps = [f.step for f in findings]
    assert steps == sorted(steps)
    assert checks.blockers(findings)
    grouped = checks.by_step(findings)
    assert Step.agency in grouped and Step.signoff in grouped


def test_every_finding_field_exists_in_the_plan():
    import re

    plan = ProgramPlan()
    for f in checks.run_checks(plan):
        obj: object = plan
        for part in re.findall(r"[a-z_]+|\[\d+\]", f.field):
            obj = obj[int(part[1:-1])] if part.startswith("[") else getattr(obj, part)


def test_embedded_vehicle_ok_when_ride_along():
    plan = ready_plan()
    plan.program_model.primary = ModelId.embedded
    plan.coverage.vehicle = VehicleArrangement.ride_along
    assert not [f for f in checks.run_checks(plan) if f.code in ("no-vehicle", "no-safety-protocol")]


def test_checks_use_given_content():
    content = default_content()
    assert checks.run_checks(ready_plan(), content) == []
