"""Multi-year budget, funding mix and gap (pure functions), honest about what is unknown.

Personnel lines cost FTE × salary × (1 + benefits rate), rising by the line's annual
increase each year; other lines list an amount per plan year (a year past the end of
the list costs nothing; a year listed as ``None`` costs an unknown amount). Indirect
costs are the plan's indirect rate applied to all direct costs.

"Funded" means **secured**. Money applied for or planned is *pending* and is shown
beside, never added to, the funded total; a source whose status is not recorded is
pending too. An amount that is not known is never counted as $0: a year's cost is
``None`` when any of its lines is unknown, and a gap is given "with N sources of
unknown amount not counted" so it reads as an upper bound, not as a fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from wizard import approx
from wizard.constants import MONEY_TOLERANCE
from wizard.phrases import money  # noqa: F401 (re-exported: the one money format)
from wizard.plan import BudgetLine, Funding, FundingSource, FundingStatus


def line_cost(line: BudgetLine, year_index: int) -> float | None:
    """The line's cost in plan year ``year_index`` (0-based); None when not known."""
    if line.salaried:
        assert line.fte is not None and line.salary is not None
        return line.fte * line.salary * (1 + line.benefits_rate) * (1 + line.annual_increase) ** year_index
    return line.amounts[year_index] if year_index < len(line.amounts) else 0.0


def source_amount(source: FundingSource, year_index: int) -> float | None:
    """The source's amount in plan year ``year_index``; None when not known."""
    return source.amounts[year_index] if year_index < len(source.amounts) else 0.0


def is_time_limited(source: FundingSource, catalog: Mapping[str, bool] | set[str] | None) -> bool | None:
    """The plan's own answer, else the catalog's for a catalog source; None when unknown."""
    if source.time_limited is not None:
        return source.time_limited
    if catalog is None:
        return None
    if isinstance(catalog, set):
        return True if source.source in catalog else None
    return catalog.get(source.source)


def secured(source: FundingSource) -> bool:
    return source.status is FundingStatus.secured


def source_label(source: FundingSource, catalog_labels: Mapping[str, str] | None = None,
                 index: int | None = None) -> str:
    """The name a person reads: the plan's name, else the catalog's label, never the id."""
    if source.name.strip():
        return source.name.strip()
    if catalog_labels and source.source in catalog_labels and source.source != "other":
        return catalog_labels[source.source]
    from wizard.i18n import t

    return t("Funding source {n}", n=index + 1) if index is not None else t("An unnamed funding source")


@dataclass(frozen=True)
class YearBudget:
    index: int
    year: int | None
    """Fiscal year (start_year + index); None when the plan gives no start year."""
    direct_known: float
    unknown_lines: tuple[int, ...]
    """Indexes of budget lines whose cost this year is not known."""
    indirect_rate: float
    secured: float
    """Known amounts of secured sources."""
    pending: float
    """Known amounts of sources applied for, planned, or with no status recorded."""
    unknown_sources: tuple[int, ...]
    """Indexes of sources whose amount this year is not known."""
    unknown_secured: tuple[int, ...]
    """Of those, the secured ones: while one is unknown the gap after secured funding is too."""
    time_limited: float
    """Known amounts (secured or pending) of time-limited sources."""
    time_limited_unknown: float
    """Known amounts of sources not known to be time-limited or not."""
    match_required: float

    @property
    def label(self) -> str:
        from wizard.i18n import t

        return t("FY{year}", year=self.year) if self.year is not None else t("Year {n}", n=self.index + 1)

    @property
    def cost_known(self) -> bool:
        return not self.unknown_lines

    @property
    def direct(self) -> float | None:
        return self.direct_known if self.cost_known else None

    @property
    def indirect(self) -> float | None:
        return self.direct_known * self.indirect_rate if self.cost_known else None

    @property
    def total(self) -> float | None:
        """This year's cost; None when any line's cost is not known."""
        return self.direct_known * (1 + self.indirect_rate) if self.cost_known else None

    @property
    def total_known(self) -> float:
        """The part of this year's cost that is known."""
        return self.direct_known * (1 + self.indirect_rate)

    @property
    def funded(self) -> float:
        """Funded means secured."""
        return self.secured

    @property
    def gap_at_most(self) -> float | None:
        """Cost not covered by the secured money whose amount is known (an upper bound of
        the gap while a secured amount is unknown); None when the cost is not known."""
        return None if self.total is None else max(0.0, self.total - self.secured)

    @property
    def gap(self) -> float | None:
        """Cost not covered by secured money; None when the cost or a secured amount is not known."""
        return None if self.unknown_secured else self.gap_at_most

    @property
    def gap_with_pending(self) -> float | None:
        """Cost not covered if every pending source comes through (an upper bound while a
        pending amount is unknown); None when the cost or a secured amount is not known."""
        return None if self.total is None or self.unknown_secured else max(
            0.0, self.total - self.secured - self.pending)

    @property
    def surplus(self) -> float:
        return 0.0 if self.total is None else max(0.0, self.secured - self.total)


def by_year(funding: Funding, time_limited: Mapping[str, bool] | set[str] | None = None) -> list[YearBudget]:
    """One :class:`YearBudget` per plan year.

    ``time_limited`` maps catalog source ids to whether they are time-limited (the
    catalog's answer; a plan's own ``time_limited`` wins).
    """
    years: list[YearBudget] = []
    for i in range(funding.years):
        direct, unknown_lines = 0.0, []
        for n, line in enumerate(funding.budget_lines):
            c = line_cost(line, i)
            if c is None:
                unknown_lines.append(n)
            else:
                direct += c
        sec = pend = tl = tl_unknown = match = 0.0
        unknown_sources, unknown_secured = [], []
        for n, s in enumerate(funding.sources):
            a = source_amount(s, i)
            if a is None:
                unknown_sources.append(n)
                if secured(s):
                    unknown_secured.append(n)
                continue
            if secured(s):
                sec += a
            else:
                pend += a
            limited = is_time_limited(s, time_limited)
            if limited is None:
                tl_unknown += a
            elif limited:
                tl += a
            match += a * s.match_rate_for(i)
        years.append(YearBudget(
            i, None if funding.start_year is None else funding.start_year + i, direct, tuple(unknown_lines),
            funding.indirect_rate, sec, pend, tuple(unknown_sources), tuple(unknown_secured), tl, tl_unknown,
            match))
    return years


@dataclass(frozen=True)
class BudgetSummary:
    years: list[YearBudget]
    has_costs: bool
    """The plan lists at least one budget line."""
    has_sources: bool
    total_cost: float | None
    """All years' cost; None when any year's cost is not known."""
    total_cost_known: float
    total_secured: float
    total_pending: float
    unknown_sources: tuple[int, ...] = field(default=())
    """Indexes of sources with at least one year of unknown amount."""
    time_limited_known: float = 0.0
    time_limited_unknown: float = 0.0
    """Known funding whose time limit is not known."""

    @property
    def total_funded(self) -> float:
        """Funded means secured."""
        return self.total_secured

    @property
    def total_gap(self) -> float | None:
        """Cost not covered by secured money, over all years; None when not judgeable."""
        if not self.has_costs or any(y.gap is None for y in self.years):
            return None
        return sum(y.gap or 0.0 for y in self.years)

    @property
    def total_gap_at_most(self) -> float | None:
        """The gap counting only secured money whose amount is known (an upper bound)."""
        if not self.has_costs or self.total_cost is None:
            return None
        return sum(y.gap_at_most or 0.0 for y in self.years)

    @property
    def total_gap_with_pending(self) -> float | None:
        if not self.has_costs or any(y.gap_with_pending is None for y in self.years):
            return None
        return sum(y.gap_with_pending or 0.0 for y in self.years)

    @property
    def unknown_secured(self) -> tuple[int, ...]:
        return tuple(sorted({n for y in self.years for n in y.unknown_secured}))

    @property
    def time_limited_share(self) -> float | None:
        """Share of known funding (secured and pending) from time-limited sources; None
        when no funding amount is known. Unknown amounts are left out (see
        ``unknown_sources``); funding of unknown time limit counts as not time-limited
        in this share and is reported apart (``time_limited_unknown``)."""
        known = self.total_secured + self.total_pending
        return self.time_limited_known / known if known > MONEY_TOLERANCE else None

    @property
    def gap_years(self) -> list[YearBudget]:
        return [y for y in self.years if y.gap is not None and y.gap >= MONEY_TOLERANCE]

    @property
    def first_year_cost(self) -> float | None:
        return self.years[0].total if self.years else None


def summarize(funding: Funding, time_limited: Mapping[str, bool] | set[str] | None = None) -> BudgetSummary:
    years = by_year(funding, time_limited)
    cost_known = all(y.cost_known for y in years)
    unknown_sources = tuple(sorted({n for y in years for n in y.unknown_sources}))
    return BudgetSummary(
        years=years,
        has_costs=bool(funding.budget_lines),
        has_sources=bool(funding.sources),
        total_cost=sum(y.total_known for y in years) if cost_known else None,
        total_cost_known=sum(y.total_known for y in years),
        total_secured=sum(y.secured for y in years),
        total_pending=sum(y.pending for y in years),
        unknown_sources=unknown_sources,
        time_limited_known=sum(y.time_limited for y in years),
        time_limited_unknown=sum(y.time_limited_unknown for y in years),
    )


def category_totals(funding: Funding) -> dict[str, list[float | None]]:
    """Cost per budget category per year (indirect as its own category); None where unknown."""
    out: dict[str, list[float | None]] = {}
    for line in funding.budget_lines:
        row = out.setdefault(line.category.value, [0.0] * funding.years)
        for i in range(funding.years):
            c = line_cost(line, i)
            prev = row[i]
            row[i] = None if c is None or prev is None else prev + c
    if funding.indirect_rate:
        direct = [None if any(r[i] is None for r in out.values()) else sum(r[i] or 0.0 for r in out.values())
                  for i in range(funding.years)]
        out["indirect"] = [None if d is None else d * funding.indirect_rate for d in direct]
    return out


def funding_mix(funding: Funding, catalog_labels: Mapping[str, str] | None = None,
                *, status: str = "all") -> dict[str, list[float]]:
    """Known amount per source (by the name a person reads) per year, for the funding chart.

    ``status``: "secured", "pending" or "all". Unknown amounts are left out.
    """
    out: dict[str, list[float]] = {}
    for n, src in enumerate(funding.sources):
        if status == "secured" and not secured(src) or status == "pending" and secured(src):
            continue
        key = source_label(src, catalog_labels, n)
        row = out.setdefault(key, [0.0] * funding.years)
        for i in range(funding.years):
            row[i] += source_amount(src, i) or 0.0
    return out


def fit_years(funding: Funding, years: int) -> Funding:
    """The budget shortened or lengthened to ``years`` plan years (amount lists trimmed)."""
    data = funding.model_dump()
    data["years"] = years
    for key in ("budget_lines", "sources"):
        for item in data[key]:
            item["amounts"] = item["amounts"][:years]
            if "match_rates" in item:
                item["match_rates"] = item["match_rates"][:years]
    return Funding.model_validate(data)


def dropped_amount(funding: Funding, years: int) -> float:
    """Known money (costs and sources) that shortening the budget to ``years`` would drop."""
    lost = 0.0
    for item in [*funding.budget_lines, *funding.sources]:
        lost += sum(a for a in item.amounts[years:] if a is not None)
    return lost


# --- approximate amounts ------------------------------------------------------------------

APPROX_CAP = 1_000_000_000.0
"""The largest amount a plan field allows: the stand-in for 'no upper bound' where the
bound only ever makes a gap smaller (an 'at least' source in the best case)."""


def is_approximate(funding: Funding) -> bool:
    """Whether any amount in the budget years is approximate ('about', 'at least', a range)."""
    return any(approx.any_approx(item.amounts[: funding.years])
               for item in [*funding.budget_lines, *funding.sources])


def secured_side_approximate(funding: Funding) -> bool:
    """Whether a cost or a secured amount is approximate (so the secured gap is too)."""
    items = [*funding.budget_lines, *(s for s in funding.sources if secured(s))]
    return any(approx.any_approx(item.amounts[: funding.years]) for item in items)


def bounded(funding: Funding, best: bool) -> Funding:
    """The budget with every approximate amount at one end of its bounds.

    ``best``: costs at their lowest and funding at its highest (an 'at least' source
    counts up to :data:`APPROX_CAP`) — the smallest gap the amounts allow. Otherwise
    costs at their highest (an 'at least' cost becomes unknown: nothing bounds it) and
    funding at its lowest ('at most' counts $0) — the largest gap.
    """
    def cost(a):
        if not isinstance(a, approx.Approx):
            return a
        return approx.low(a) if best else approx.high(a)

    def money_in(a):
        if not isinstance(a, approx.Approx):
            return a
        return (approx.high(a) or APPROX_CAP) if best else approx.low(a)

    lines = [ln.model_copy(update={"amounts": [cost(a) for a in ln.amounts]}) for ln in funding.budget_lines]
    sources = [s.model_copy(update={"amounts": [money_in(a) for a in s.amounts]}) for s in funding.sources]
    return funding.model_copy(update={"budget_lines": lines, "sources": sources})
