"""Every sentence of a charter states an answer the plan holds, or is guidance set
apart: no default printed as a fact, no verdict without its data, no id or field path.
"""

from __future__ import annotations

import enum
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard import enums, presets
from wizard.charter import render_result
from wizard.charter.facts import SECTIONS
from wizard.content import default_content
from wizard.labels import VALUE_LABELS
from wizard.open_items import open_items
from wizard.plan import (
    BudgetCategory,
    BudgetLine,
    ClinicianPosition,
    FundingSource,
    FundingStatus,
    ProgramPlan,
    Span,
)

from .helpers import all_text, flat

SECTION_NUMBER = {key: i for i, (key, _) in enumerate(SECTIONS, start=1)}
"""The number the charter prints before each section heading (the summary is 1)."""

CONTENT = default_content()
PRESETS = [p.name for p in presets.available(CONTENT)]

VERDICTS = ("fully funded", "covered by secured funding", "within the guide", "above the guide",
            "more than one clinician on each", "stretched", "Funding gap $0", "gap of $0")
"""Phrases only a judged verdict may print."""
DEFAULTS_AS_FACTS = ("3 shifts a day of 8 hours", "Not held", "0 supervisors", "Dedicated officers 0",
                     "Supportive patrol supervisors 0", "Not yet trained", "No MOU", "Not scheduled",
                     "0 % of the known funding", "0% of funding", "Co-response clinician")
"""What the old charter printed for a question nobody had answered."""


def charter_text(plan: ProgramPlan) -> str:
    return flat(all_text(render_result(plan, CONTENT).pdf))


@pytest.fixture(scope="module")
def blank_text() -> str:
    return charter_text(ProgramPlan())


def test_blank_plan_charter_contains_no_verdict(blank_text):
    for phrase in VERDICTS:
        assert phrase not in blank_text, phrase
    assert "Cannot be judged yet" in blank_text


def test_blank_plan_charter_prints_no_default_as_a_fact(blank_text):
    for phrase in DEFAULTS_AS_FACTS:
        assert phrase not in blank_text, phrase
    assert "Not yet decided" in blank_text and "Not yet recorded" in blank_text


def test_blank_plan_charter_lists_the_open_items(blank_text):
    items = open_items(ProgramPlan())
    assert len(items) >= 10
    assert f"{SECTION_NUMBER['open']} Open items" in blank_text
    for it in items:
        assert flat(it.question) in blank_text, it.question
    assert "Who runs the program day to day?" in blank_text
    assert "How is patrol scheduled" in blank_text


ID_LIKE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
PATH_LIKE = re.compile(r"\b(?:metadata|agency|program_model|coverage|staffing|governance|confidentiality|data|"
                       r"funding|decisions|signoff)(?:\[\d+\])?\.[a-z_]+")


@pytest.mark.parametrize("name", ["blank", *PRESETS])
def test_no_id_or_field_path_reaches_the_charter(name):
    plan = ProgramPlan() if name == "blank" else presets.load(CONTENT, name)
    text = charter_text(plan)
    ids = set(ID_LIKE.findall(text))
    assert not ids, sorted(ids)[:10]
    assert not PATH_LIKE.findall(text), PATH_LIKE.findall(text)[:5]


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_charter_judges_only_what_it_holds(name):
    plan = presets.load(CONTENT, name)
    text = charter_text(plan)
    for who in plan.program_model.operated_by:
        assert flat(who) in text
    if plan.agency.patrol is None:
        assert "shifts a day of" not in text
    for s in plan.funding.sources:
        if s.status is not FundingStatus.secured and s.name:
            # pending money is listed apart and never as secured
            assert flat(s.name) in text
    assert "Open items" in text


def test_unknown_answers_stay_unknown_in_a_half_filled_plan():
    """A mid-city plan with its patrol pattern, dispatch answer, meetings, MOU status and
    one clinician's FTE taken back to 'not decided': none of them is printed as an answer."""
    plan = presets.load(CONTENT, "mid-city")
    plan.agency.patrol = None
    plan.staffing.dispatch.trained = None
    plan.governance.clinical_supervision.held = None
    plan.governance.joint_case_review.cadence = None
    plan.confidentiality.mou.status = None
    plan.staffing.clinicians[0].fte = None
    text = charter_text(plan)
    assert "shifts a day of" not in text
    assert "share of the patrol time covered is not known" in text or "patrol shift pattern is not recorded" in text
    assert "Clinical supervision: not yet decided" in text
    assert "the FTE of 1 clinician position" in text
    assert "within the guide" not in text and "above the guide" not in text
    assert "Is there a memorandum of understanding" in text


# --- property: random unknowns never print a default as an answer --------------------------

TRI_STATE = [
    ("agency.existing.regional_mobile_crisis_team", "Regional mobile crisis team"),
    ("agency.existing.linked_988", "Linked to 988"),
    ("coverage.on_call.available", "On-call cover"),
    ("staffing.dispatch.trained", "Dispatch training"),
]


def _set(plan: ProgramPlan, path: str, value) -> None:
    obj = plan
    *head, last = path.split(".")
    for p in head:
        obj = getattr(obj, p)
    setattr(obj, last, value)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(preset=st.sampled_from(PRESETS), unknown=st.sets(st.sampled_from(range(8)), min_size=1),
       amounts_unknown=st.booleans())
def test_random_unknowns_never_print_a_default(preset, unknown, amounts_unknown):
    plan = presets.load(CONTENT, preset)
    for i in unknown:
        if i < len(TRI_STATE):
            _set(plan, TRI_STATE[i][0], None)
        elif i == 4:
            plan.agency.patrol = None
        elif i == 5:
            plan.coverage.schedule = type(plan.coverage.schedule)()
        elif i == 6:
            for c in plan.staffing.clinicians:
                c.fte = None
        elif i == 7:
            plan.agency.bh_calls_per_year = None
    if amounts_unknown:
        for s in plan.funding.sources:
            s.amounts = [None] * len(s.amounts)
    text = charter_text(plan)
    for i in unknown:
        if i < len(TRI_STATE):
            label = TRI_STATE[i][1]
            assert re.search(rf"{label}:? (Not yet decided)", text), label
    if 4 in unknown:
        assert "shifts a day of" not in text and "of the patrol hours" not in text
    if 4 in unknown or 5 in unknown:
        assert "within the guide" not in text and "more than one clinician on each" not in text
    if 5 in unknown or 6 in unknown:
        assert "clinician FTE; the plan has" not in text
    if 7 in unknown:
        assert "Share of clinician time on scene" not in text
    if amounts_unknown and any(s.status is FundingStatus.secured for s in plan.funding.sources):
        assert "covered by secured funding" not in text and "Secured funding leaves a gap" not in text


# --- one set of words -------------------------------------------------------------------------


def test_every_enum_value_has_exactly_one_label():
    for name in dir(enums):
        cls = getattr(enums, name)
        if not (isinstance(cls, type) and issubclass(cls, enum.Enum)) or cls is enums.StrEnum:
            continue
        if cls.__module__ != enums.__name__:
            continue
        labels = VALUE_LABELS.get(cls)
        assert labels is not None, f"{cls.__name__} has no labels"
        assert set(labels) == {m.value for m in cls}, cls.__name__
        assert len(set(labels.values())) == len(labels), f"two values of {cls.__name__} share a label"


# --- the worked cases, in the charter ---------------------------------------------------


def test_charter_never_counts_unquantified_secured_grants():
    plan = presets.load(CONTENT, "mid-city")
    plan.funding = plan.funding.model_copy(update={"years": 1, "budget_lines": [
        BudgetLine(category=BudgetCategory.personnel, description="Team", amounts=[750_000])], "sources": []})
    plan.funding.sources = [
        FundingSource(source="state_grant", name="State co-responder grant", amounts=[None],
                      status=FundingStatus.secured),
        FundingSource(source="jmhcp_connect_protect", name="JMHCP award", amounts=[None],
                      status=FundingStatus.secured)]
    text = charter_text(plan)
    assert "Cannot be judged yet: the amounts of State co-responder grant and JMHCP award (secured)" in text
    assert "fully funded" not in text and "gap of $750,000" not in text
    assert "of the known funding comes from time-limited sources" not in text  # no known amount, no share


def test_large_city_ratio_is_judged_per_team():
    plan = presets.load(CONTENT, "large-city")
    plan.staffing.clinicians = [ClinicianPosition(title="Clinician", fte=16.0, employer="County")]
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    plan.coverage.schedule = type(plan.coverage.schedule)(
        **{d: [Span(start=8, end=16, staff=4), Span(start=16, end=24, staff=5)] for d in days})
    text = charter_text(plan)
    assert "0.12 shifts per clinician" not in text
    assert "more than one clinician on each covered shift" in text
