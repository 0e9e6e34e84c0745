"""Multi-year budget, funding mix and gap (pure functions).

Personnel lines cost FTE × salary × (1 + benefits rate), rising by the line's
annual increase each year; other lines list an amount per plan year. Indirect
costs are the plan's indirect rate applied to all direct costs.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.plan import BudgetLine, Funding, FundingSource


def line_cost(line: BudgetLine, year_index: int) -> float:
    if line.salaried:
        assert line.fte is not None and line.salary is not None
        return line.fte * line.salary * (1 + line.benefits_rate) * (1 + line.annual_increase) ** year_index
    return line.amounts[year_index] if year_index < len(line.amounts) else 0.0


def source_amount(source: FundingSource, year_index: int) -> float:
    return source.amounts[year_index] if year_index < len(source.amounts) else 0.0


@dataclass(frozen=True)
class YearBudget:
    index: int
    year: int
    """Fiscal year label (start_year + index)."""
    direct: float
    indirect: float
    funded: float
    time_limited_funded: float
    match_required: float

    @property
    def total(self) -> float:
        return self.direct + self.indirect

    @property
    def gap(self) -> float:
        """Cost not covered by any source (0 when fully funded)."""
        return max(0.0, self.total - self.funded)

    @property
    def surplus(self) -> float:
        return max(0.0, self.funded - self.total)


def by_year(funding: Funding, time_limited: set[str] | None = None) -> list[YearBudget]:
    """One :class:`YearBudget` per plan year.

    ``time_limited`` adds catalog source ids known to be time-limited to the
    sources the plan itself marks so.
    """
    limited = time_limited or set()
    years: list[YearBudget] = []
    for i in range(funding.years):
        direct = sum(line_cost(line, i) for line in funding.budget_lines)
        funded = sum(source_amount(s, i) for s in funding.sources)
        tl = sum(
            source_amount(s, i)
            for s in funding.sources
            if s.time_limited or s.source in limited
        )
        match = sum(source_amount(s, i) * s.match_rate_for(i) for s in funding.sources)
        years.append(
            YearBudget(i, funding.start_year + i, direct, direct * funding.indirect_rate, funded, tl, match)
        )
    return years


@dataclass(frozen=True)
class BudgetSummary:
    years: list[YearBudget]
    total_cost: float
    total_funded: float
    total_gap: float
    time_limited_share: float
    """Share of all funding that comes from time-limited sources (0–1)."""

    @property
    def gap_years(self) -> list[YearBudget]:
        return [y for y in self.years if y.gap >= 0.5]

    @property
    def first_year_cost(self) -> float:
        return self.years[0].total if self.years else 0.0


def summarize(funding: Funding, time_limited: set[str] | None = None) -> BudgetSummary:
    years = by_year(funding, time_limited)
    cost = sum(y.total for y in years)
    funded = sum(y.funded for y in years)
    tl = sum(y.time_limited_funded for y in years)
    return BudgetSummary(
        years=years,
        total_cost=cost,
        total_funded=funded,
        total_gap=sum(y.gap for y in years),
        time_limited_share=(tl / funded) if funded else 0.0,
    )


def category_totals(funding: Funding) -> dict[str, list[float]]:
    """Cost per budget category per year (indirect as its own category)."""
    out: dict[str, list[float]] = {}
    for line in funding.budget_lines:
        row = out.setdefault(line.category.value, [0.0] * funding.years)
        for i in range(funding.years):
            row[i] += line_cost(line, i)
    if funding.indirect_rate:
        direct = [sum(r[i] for r in out.values()) for i in range(funding.years)]
        out["indirect"] = [d * funding.indirect_rate for d in direct]
    return out


def funding_mix(funding: Funding) -> dict[str, list[float]]:
    """Amount per source (by display name or id) per year, for the funding-mix chart."""
    out: dict[str, list[float]] = {}
    for src in funding.sources:
        key = src.name or src.source
        row = out.setdefault(key, [0.0] * funding.years)
        for i in range(funding.years):
            row[i] += source_amount(src, i)
    return out


def money(amount: float) -> str:
    """$1,234,567 (whole dollars), the one money format the program prints."""
    return f"-${-amount:,.0f}" if amount < 0 else f"${amount:,.0f}"
