"""The two presets of programs that already run: a fire department–led three-discipline
team and a county behavioral-health department serving several city police departments.

They must load, hold together (shares, funding, teams, results) and render a charter
that names who runs the program from the plan's own answer.
"""

from __future__ import annotations

import pytest
from cli_runner import run_cli

from wizard import budget, checks, presets
from wizard.charter import render_charter
from wizard.content import default_content
from wizard.plan import (
    REQUIRED_ROLES,
    AgencyType,
    DispatchMode,
    FundingStatus,
    HistoryKind,
    ProgramStage,
    SignatoryRole,
    TeamRole,
    VehicleArrangement,
)

from .charter.helpers import all_text, flat

OPERATING = ["fire-led", "county-shared"]


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.fixture(scope="module")
def plans(content):
    return {name: presets.load(content, name) for name in OPERATING}


@pytest.fixture(scope="module")
def texts(content, plans):
    return {name: flat(all_text(render_charter(plan, content))) for name, plan in plans.items()}


@pytest.mark.parametrize("name", OPERATING)
def test_loads_as_a_running_program_with_a_history(plans, name):
    m = plans[name].metadata
    assert m.stage in (ProgramStage.operating, ProgramStage.expanding)
    assert m.running is True
    assert m.launch_date is not None and len(m.launch_date) == 7  # known to the month
    whens = [h.when for h in m.history]
    assert len(whens) >= 4 and None not in whens and whens == sorted(whens)
    started = [h.when for h in m.history if h.kind in (HistoryKind.pilot_launched, HistoryKind.launched)]
    assert started[0] == m.launch_date  # the launch date is when calls were first answered


@pytest.mark.parametrize("name", OPERATING)
def test_no_blockers_and_required_signatories_named(plans, content, name):
    plan = plans[name]
    assert checks.blockers(checks.run_checks(plan, content)) == []
    roles = {s.role for s in plan.signoff.signatories if s.name.strip()}
    assert set(REQUIRED_ROLES) <= roles


@pytest.mark.parametrize("name", OPERATING)
def test_results_so_far_have_a_period_and_a_source(plans, name):
    results = [r for m in plans[name].data.measures for r in m.results]
    assert len(results) >= 5
    assert all(r.period.strip() and r.value.strip() and r.source.strip() for r in results)


@pytest.mark.parametrize("name", OPERATING)
def test_operators_are_named_explicitly_and_are_parties(plans, name):
    plan = plans[name]
    ops = plan.program_model.operated_by
    assert plan.agency.name in ops and len(ops) >= 3
    parties = {plan.agency.name} | {a.name for a in plan.agency.served_agencies} | {
        p.name for p in plan.agency.partners}
    assert set(ops) <= parties


def test_fire_led_is_led_by_the_fire_department(plans):
    plan = plans["fire-led"]
    assert plan.agency.agency_type is AgencyType.fire_department
    fire = [s for s in plan.signoff.signatories if s.role is SignatoryRole.fire_ems_executive]
    assert len(fire) == 1 and fire[0].organization == plan.agency.name and fire[0].name
    police = [a for a in plan.agency.served_agencies if a.agency_type is AgencyType.municipal_police]
    assert police and police[0].name in plan.program_model.operated_by


def test_fire_led_team_has_three_disciplines_in_a_fire_vehicle(plans):
    plan = plans["fire-led"]
    team = plan.staffing.teams[0]
    assert {m.role for m in team.members} == {TeamRole.officer, TeamRole.paramedic, TeamRole.clinician}
    assert team.vehicle is VehicleArrangement.fire_ems_vehicle is plan.coverage.vehicle
    assert team.clinician_arrives_separately is False
    assert {DispatchMode.dispatched_911, DispatchMode.self_dispatch} <= set(team.dispatch_modes)
    # Two units, one clinician each: at most two clinicians are ever on duty at once.
    assert max(s.staff for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
               for s in plan.coverage.schedule.day(d)) == team.units == 2


def test_fire_led_funding_ends_is_pending_and_partly_unknown(plans, content):
    f = plans["fire-led"].funding
    ending = [s for s in f.sources if s.time_limited and s.end_date is not None
              and s.status is FundingStatus.secured]
    assert len(ending) >= 2
    for s in ending:  # a grant that has ended pays nothing in the budget's last year
        assert s.end_date.year < f.start_year + f.years - 1 and s.amounts[-1] == 0
    assert any(s.status is FundingStatus.applied for s in f.sources)
    assert any(s.status is FundingStatus.planned for s in f.sources)
    unknown = [s for s in f.sources if None in s.amounts]
    assert len(unknown) == 1 and unknown[0].amounts[0] is not None  # known now, unknown later
    summary = budget.summarize(f, {s.id: s.time_limited for s in content.catalogs.funding_sources})
    assert summary.years[0].gap == 0  # the current year is paid for
    assert summary.gap_years  # and the grant cliff shows after secured funding


def test_county_shared_serves_several_police_departments(plans):
    plan = plans["county-shared"]
    assert plan.agency.agency_type is AgencyType.bh_provider
    served = plan.agency.served_agencies
    assert len(served) >= 3 and all(a.agency_type is AgencyType.municipal_police for a in served)
    shares = [a.cost_share for a in served]
    assert None not in shares and 0 < sum(shares) <= 1
    assert any(p.other_agencies_served for p in plan.agency.partners)


def test_county_shared_positions_are_shared(plans):
    st = plans["county-shared"].staffing
    shared = [c for c in st.clinicians if c.agency_share < 1]
    assert len(shared) >= 2
    assert st.clinician_fte == pytest.approx(sum(c.fte * c.agency_share for c in st.clinicians))
    assert st.clinician_fte < sum(c.fte for c in st.clinicians)


def test_county_shared_cities_pay_their_agreed_share(plans):
    """Each city's general fund pays its served agency's cost share of every year's cost."""
    plan = plans["county-shared"]
    years = budget.summarize(plan.funding).years
    for agency in plan.agency.served_agencies:
        city = agency.name.removesuffix(" Police Department")
        source = next(s for s in plan.funding.sources if s.name == f"City of {city} general fund")
        assert source.source == "general_fund" and source.status is FundingStatus.secured
        for y in years:
            assert source.amounts[y.index] == pytest.approx(y.total * agency.cost_share, abs=1)
    medicaid = [s for s in plan.funding.sources if s.source == "insurance_billing"]
    assert medicaid and all(s.status is FundingStatus.planned for s in medicaid)


def test_county_shared_clinician_arrives_separately(plans):
    plan = plans["county-shared"]
    team = plan.staffing.teams[0]
    assert team.clinician_arrives_separately is True
    assert team.vehicle is VehicleArrangement.clinician_own_vehicle is plan.coverage.vehicle
    assert set(team.dispatch_modes) == {DispatchMode.officer_request, DispatchMode.dispatched_911}
    roles = [s.role for s in plan.signoff.signatories]
    assert SignatoryRole.counsel in roles
    assert roles.count(SignatoryRole.police_executive) == len(plan.agency.served_agencies)


@pytest.mark.parametrize("name", OPERATING)
def test_charter_names_the_operators_and_reports_results(plans, texts, name):
    plan, text = plans[name], texts[name]
    for operator in plan.program_model.operated_by:
        assert operator in text
    for a in plan.agency.served_agencies:
        assert a.name in text
    first = plan.data.measures[0].results[-1]
    assert first.value in text and first.source in text
    assert {"fire-led": "October 2021", "county-shared": "June 2019"}[name] in text


def test_presets_command_lists_them():
    r = run_cli("presets")
    assert r.returncode == 0, r.stderr
    names = [line.split("\t")[0] for line in r.stdout.splitlines()]
    assert names[-2:] == OPERATING


@pytest.mark.parametrize("name", OPERATING)
def test_a_new_plan_from_an_operating_preset_keeps_its_stage_and_history(content, plans, name):
    new = presets.new_plan(content, name)
    old = plans[name].metadata
    assert new.metadata.plan_id != old.plan_id and new.metadata.revision == 1
    assert (new.metadata.stage, new.metadata.launch_date, new.metadata.history) == (
        old.stage, old.launch_date, old.history)
