from __future__ import annotations

import pytest
from factories import ready_plan

from wizard import budget, verdicts
from wizard.plan import (
    BudgetCategory,
    BudgetLine,
    Funding,
    FundingSource,
    FundingStatus,
    ProgramPlan,
)

SECURED, APPLIED, PLANNED = FundingStatus.secured, FundingStatus.applied, FundingStatus.planned
LIMITS = {"jmhcp_connect_protect": True, "general_fund": False, "state_grant": True}


def funding() -> Funding:
    return Funding(
        start_year=2027, years=3, indirect_rate=0.10,
        budget_lines=[
            BudgetLine(category=BudgetCategory.personnel, fte=2, salary=70_000, benefits_rate=0.3, annual_increase=0.03),
            BudgetLine(category=BudgetCategory.training, amounts=[10_000, 5_000]),
        ],
        sources=[
            FundingSource(source="jmhcp_connect_protect", amounts=[150_000, 150_000, 150_000], match_rate=0.2,
                          status=SECURED),
            FundingSource(source="general_fund", amounts=[50_000, 60_000, 120_000], status=SECURED),
        ],
    )


def test_personnel_line_escalates():
    line = funding().budget_lines[0]
    assert budget.line_cost(line, 0) == pytest.approx(182_000)
    assert budget.line_cost(line, 2) == pytest.approx(182_000 * 1.03 ** 2)


def test_years_totals_gap_and_match():
    years = budget.by_year(funding(), {"jmhcp_connect_protect"})
    y1 = years[0]
    assert y1.direct == pytest.approx(192_000)
    assert y1.total == pytest.approx(211_200)
    assert y1.funded == 200_000
    assert y1.gap == pytest.approx(11_200)
    assert y1.match_required == pytest.approx(30_000)
    assert y1.time_limited == 150_000
    assert years[2].year == 2029


def test_summary_share_from_time_limited():
    s = budget.summarize(funding(), {"jmhcp_connect_protect"})
    assert s.total_funded == 680_000
    assert s.time_limited_share == pytest.approx(450_000 / 680_000)
    assert [y.year for y in s.gap_years] == [2027, 2028]
    assert s.total_gap == pytest.approx(sum(y.gap for y in s.years))


def test_category_totals_and_mix():
    cats = budget.category_totals(funding())
    assert cats["training"] == [10_000, 5_000, 0]
    assert cats["indirect"][0] == pytest.approx(19_200)
    mix = budget.funding_mix(funding(), {"general_fund": "City or county general fund"})
    assert mix["City or county general fund"] == [50_000, 60_000, 120_000]
    assert mix["Funding source 1"] == [150_000, 150_000, 150_000]  # no catalog label given: never the id


def test_ready_plan_is_fully_funded():
    s = budget.summarize(ready_plan().funding)
    assert s.total_gap == pytest.approx(0, abs=0.01)


def test_money_format():
    assert budget.money(1234567.4) == "$1,234,567"
    assert budget.money(-5) == "-$5"


# --- unknown is not $0, and pending is not funded (issue: truth) ------------------------


def plan_of(funding: Funding) -> ProgramPlan:
    return ProgramPlan(funding=funding)


def test_blank_plan_has_no_funding_verdict():
    plan = ProgramPlan()
    v = verdicts.funding_gap(plan, LIMITS)
    assert v.ok is None and "costs" in v.text and "$0" not in v.text
    assert verdicts.time_limited(plan, LIMITS).ok is None
    s = budget.summarize(plan.funding, LIMITS)
    assert s.total_gap is None and s.time_limited_share is None


def cost_750k() -> BudgetLine:
    return BudgetLine(category=BudgetCategory.personnel, description="Team", amounts=[750_000])


def test_unquantified_secured_grants_are_neither_full_funding_nor_a_full_gap():
    """A $750,000 year and two real grants of unknown amount: not 'fully funded', not a
    '$750,000 gap', not '0 % time-limited' — the verdict says what is missing."""
    f = Funding(start_year=2027, years=1, budget_lines=[cost_750k()], sources=[
        FundingSource(source="state_grant", name="State co-responder grant", amounts=[None], status=SECURED),
        FundingSource(source="jmhcp_connect_protect", name="JMHCP award", amounts=[None], status=SECURED)])
    v = verdicts.funding_gap(plan_of(f), LIMITS)
    assert v.ok is None
    assert "State co-responder grant and JMHCP award" in v.text and "not known" in v.text
    assert "fully" not in v.text and "gap of $750,000" not in v.text
    assert "up to $750,000" in v.text  # the honest bound, said as a bound
    s = budget.summarize(f, LIMITS)
    assert s.total_gap is None and s.total_gap_at_most == 750_000
    assert s.time_limited_share is None  # no known amount: no share at all
    assert verdicts.time_limited(plan_of(f), LIMITS).ok is None


def test_pending_money_is_not_funded_and_the_gap_is_given_both_ways():
    """Cost $750,000; secured $300,000; applied for $200,000; planned $100,000.
    Gap after secured: 750 − 300 = $450,000. With pending: 750 − 300 − 200 − 100 = $150,000."""
    f = Funding(start_year=2027, years=1, budget_lines=[cost_750k()], sources=[
        FundingSource(source="general_fund", name="City general fund", amounts=[300_000], status=SECURED),
        FundingSource(source="jmhcp_connect_protect", name="JMHCP", amounts=[200_000], status=APPLIED),
        FundingSource(source="state_grant", name="State grant", amounts=[100_000], status=PLANNED)])
    s = budget.summarize(f, LIMITS)
    assert s.total_funded == s.total_secured == 300_000
    assert s.total_pending == 300_000
    assert s.total_gap == 450_000 and s.total_gap_with_pending == 150_000
    v = verdicts.funding_gap(plan_of(f), LIMITS)
    assert v.ok is False
    assert "gap of $450,000 (FY2027)" in v.text and "would be $150,000" in v.text
    # time-limited over known amounts: (200,000 + 100,000) / 600,000 = 50 %
    assert s.time_limited_share == pytest.approx(0.5)
    assert "50% of the known funding" in verdicts.time_limited(plan_of(f), LIMITS).text


def test_status_not_recorded_is_pending_not_secured():
    f = Funding(start_year=2027, years=1, budget_lines=[cost_750k()], sources=[
        FundingSource(source="general_fund", name="General fund", amounts=[750_000])])
    s = budget.summarize(f, LIMITS)
    assert s.total_secured == 0 and s.total_pending == 750_000 and s.total_gap == 750_000
    assert "would close it" in verdicts.funding_gap(plan_of(f), LIMITS).text


def test_unknown_pending_amount_makes_the_pending_gap_an_upper_bound():
    """Secured $500,000 of $750,000; a grant applied for, amount not known.
    Gap after secured: $250,000 (a fact); with pending: at most $250,000."""
    f = Funding(start_year=2027, years=1, budget_lines=[cost_750k()], sources=[
        FundingSource(source="general_fund", name="General fund", amounts=[500_000], status=SECURED),
        FundingSource(source="state_grant", name="State grant", amounts=[None], status=APPLIED)])
    v = verdicts.funding_gap(plan_of(f), LIMITS)
    assert v.ok is False and "gap of $250,000" in v.text
    assert "at most $250,000" in v.text and "State grant (pending) is not counted" in v.text


def test_unknown_cost_is_never_zero():
    f = Funding(start_year=2027, years=2, budget_lines=[
        BudgetLine(category=BudgetCategory.vehicles_equipment, description="Vehicle", amounts=[None, 0])],
        sources=[FundingSource(source="general_fund", amounts=[10_000, 0], status=SECURED)])
    s = budget.summarize(f, LIMITS)
    assert s.years[0].total is None and s.years[1].total == 0 and s.total_cost is None
    v = verdicts.funding_gap(plan_of(f), LIMITS)
    assert v.ok is None and "the cost of Vehicle" in v.text


def test_custom_source_time_limit_unknown_is_said():
    f = Funding(start_year=2027, years=1, budget_lines=[cost_750k()], sources=[
        FundingSource(source="other", name="Rotary Club gift", amounts=[50_000], status=SECURED),
        FundingSource(source="jmhcp_connect_protect", name="JMHCP", amounts=[150_000], status=SECURED)])
    s = budget.summarize(f, {**LIMITS, "other": None})  # the catalog's "other" has no answer
    assert s.time_limited_known == 150_000 and s.time_limited_unknown == 50_000
    text = verdicts.time_limited(plan_of(f), LIMITS).text
    assert "75%" in text and "$50,000 from sources not marked" in text


def test_fit_years_and_dropped_amount_live_in_the_domain():
    f = funding()
    assert budget.dropped_amount(f, 2) == 150_000 + 120_000
    short = budget.fit_years(f, 2)
    assert short.years == 2 and all(len(s.amounts) <= 2 for s in short.sources)
