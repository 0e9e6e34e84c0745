from __future__ import annotations

import pytest
from factories import ready_plan

from wizard import budget
from wizard.plan import BudgetCategory, BudgetLine, Funding, FundingSource


def funding() -> Funding:
    return Funding(
        start_year=2027, years=3, indirect_rate=0.10,
        budget_lines=[
            BudgetLine(category=BudgetCategory.personnel, fte=2, salary=70_000, benefits_rate=0.3, annual_increase=0.03),
            BudgetLine(category=BudgetCategory.training, amounts=[10_000, 5_000]),
        ],
        sources=[
            FundingSource(source="jmhcp_connect_protect", amounts=[150_000, 150_000, 150_000], match_rate=0.2),
            FundingSource(source="general_fund", amounts=[50_000, 60_000, 120_000]),
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
    assert y1.time_limited_funded == 150_000
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
    mix = budget.funding_mix(funding())
    assert mix["general_fund"] == [50_000, 60_000, 120_000]


def test_ready_plan_is_fully_funded():
    s = budget.summarize(ready_plan().funding)
    assert s.total_gap == pytest.approx(0, abs=0.01)


def test_money_format():
    assert budget.money(1234567.4) == "$1,234,567"
    assert budget.money(-5) == "-$5"
