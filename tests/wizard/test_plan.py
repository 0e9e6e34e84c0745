from __future__ import annotations

import math

import pytest
from factories import ready_plan
from pydantic import ValidationError

from wizard import signing
from wizard.plan import (
    BudgetCategory,
    BudgetLine,
    ClinicianPosition,
    Decision,
    KeyDecision,
    ModelId,
    PatrolPattern,
    ProgramModelChoice,
    ProgramPlan,
    SignatureMethod,
    Span,
    WeeklySchedule,
)


def test_blank_plan_has_key_decisions_and_required_signatories():
    plan = ProgramPlan()
    assert [d.key for d in plan.decisions] == list(KeyDecision)
    assert [s.role.value for s in plan.signoff.signatories] == ["police_executive", "bh_executive"]


def test_key_decisions_restored_and_kept_first():
    plan = ProgramPlan(decisions=[Decision(question="Who buys the car?")])
    assert [d.key for d in plan.decisions][:4] == list(KeyDecision)
    assert plan.decisions[4].question == "Who buys the car?"
    plan.decisions = []  # assignment is validated too
    assert len(plan.decisions) == 4


def test_duplicate_key_decision_refused():
    with pytest.raises(ValidationError, match="listed twice"):
        ProgramPlan(decisions=[Decision(key=KeyDecision.funding), Decision(key=KeyDecision.funding)])


@pytest.mark.parametrize("bad", [-1.0, 0.0, 51.0, math.nan, math.inf])
def test_fte_out_of_range_refused(bad):
    with pytest.raises(ValidationError):
        ClinicianPosition(fte=bad)


def test_negative_money_refused():
    with pytest.raises(ValidationError):
        BudgetLine(category=BudgetCategory.training, amounts=[-5.0])


def test_salaried_line_needs_both():
    with pytest.raises(ValidationError, match="both fte and salary"):
        BudgetLine(category=BudgetCategory.personnel, fte=1.0)


def test_unknown_key_refused():
    with pytest.raises(ValidationError, match="Extra inputs"):
        ProgramPlan.model_validate({"agency": {"nmae": "x"}})


def test_assignment_is_validated():
    plan = ProgramPlan()
    with pytest.raises(ValidationError):
        plan.agency.sworn_officers = -3


def test_primary_cannot_be_complementary():
    with pytest.raises(ValidationError, match="cannot also be complementary"):
        ProgramModelChoice(primary=ModelId.embedded, complementary=[ModelId.embedded])


def test_spans_must_not_overlap_and_are_ordered():
    with pytest.raises(ValidationError, match="overlap"):
        WeeklySchedule(mon=[Span(start=8, end=12), Span(start=10, end=14)])
    s = WeeklySchedule(mon=[Span(start=14, end=18), Span(start=8, end=12)])
    assert [x.start for x in s.mon] == [8, 14]
    with pytest.raises(ValidationError, match="end after it starts"):
        Span(start=20, end=4)


def test_patrol_pattern_must_cover_the_day():
    with pytest.raises(ValidationError, match="cover only 16"):
        PatrolPattern(shifts_per_day=2, shift_length_hours=8)
    with pytest.raises(ValidationError, match="overlapping_shifts"):
        PatrolPattern(shifts_per_day=4, shift_length_hours=10)
    assert PatrolPattern(shifts_per_day=4, shift_length_hours=10, overlapping_shifts=True)


def test_bh_calls_cannot_exceed_calls_for_service():
    with pytest.raises(ValidationError, match="more than the annual calls for service"):
        ProgramPlan.model_validate({"agency": {"annual_calls_for_service": 10, "bh_calls_per_year": 11}})


def test_impossible_date_refused():
    with pytest.raises(ValidationError):
        ProgramPlan.model_validate({"governance": {"plan_review_date": "2026-02-30"}})


def test_fingerprint_covers_answers_not_signatures_or_modified():
    plan = ready_plan()
    fp = signing.fingerprint(plan)
    signed = signing.sign(plan, 0, method=SignatureMethod.typed)
    assert signing.fingerprint(signed) == fp
    signed.metadata.modified = signed.metadata.modified.replace(year=2030)
    assert signing.fingerprint(signed) == fp
    signed.agency.sworn_officers = 151
    assert signing.fingerprint(signed) != fp
    assert [s.state.value for s in signing.statuses(signed)] == ["void", "unsigned"]
    assert signing.must_resign(signed)[0].signatory.name == "Chief Alex Morgan"


def test_typed_signature_and_full_sign_off():
    plan = ready_plan()
    plan = signing.sign(plan, 0, method=SignatureMethod.typed)
    assert plan.signoff.signatories[0].signature.typed == "/s/ Chief Alex Morgan"
    assert not signing.fully_signed(plan)
    plan = signing.sign(plan, 1, method=SignatureMethod.drawn, image_png_b64="iVBORw0KGgo=")
    assert signing.fully_signed(plan)


def test_cannot_sign_without_a_name():
    plan = ProgramPlan()
    with pytest.raises(ValueError, match="name"):
        signing.sign(plan, 0, method=SignatureMethod.typed)
