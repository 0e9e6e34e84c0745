"""Approximate values: parsing, plan files, printing and honest verdicts (worked figures)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from wizard import approx, budget, phrases, storage, verdicts
from wizard.approx import Approx, parse
from wizard.plan import AgencyProfile, BudgetLine, Funding, FundingSource, ProgramPlan


@pytest.mark.parametrize("text, qualifier, low, high", [
    ("about 2400000", "about", 2_400_000, 2_400_000),
    ("~2.4M", "about", 2_400_000, 2_400_000),
    ("approximately $2,400,000", "about", 2_400_000, 2_400_000),
    ("600+", "at_least", 600, None),
    ("at least 600", "at_least", 600, None),
    ("at most 500", "at_most", None, 500),
    ("under 500", "at_most", None, 500),
    ("4-5", "range", 4, 5),
    ("4–5", "range", 4, 5),
    ("between 400K and 500K", "range", 400_000, 500_000),
])
def test_forms_parse(text, qualifier, low, high):
    v = parse(text)
    assert isinstance(v, Approx)
    assert (v.qualifier, v.low, v.high) == (qualifier, low, high)


def test_plain_numbers_stay_plain_and_bad_text_says_the_forms():
    assert parse("2,400,000") == 2_400_000 and not isinstance(parse("2,400,000"), Approx)
    assert parse("5-5") == 5 and not isinstance(parse("5-5"), Approx)
    with pytest.raises(ValueError, match="write the lower figure first"):
        parse("5-4")
    with pytest.raises(ValueError, match=r"'lots' is not a number: write .*600\+.*4-5"):
        parse("lots")


def test_about_five_is_not_the_exact_answer_five():
    assert Approx.about(5) != 5 and Approx.about(5) == Approx.about(5)
    assert float(Approx.between(4, 5)) == 4.5  # the working figure is the midpoint


def test_plan_file_round_trip_keeps_plain_numbers_and_writes_the_short_forms(tmp_path):
    p = ProgramPlan()
    p.agency.annual_calls_for_service = 52_000  # exact: written as before
    p.agency.bh_calls_per_year = "600+"
    p.agency.sworn_officers = {"low": 110, "high": 120}
    p.funding = Funding(years=2, budget_lines=[BudgetLine(category="other", amounts=["about 2.4M", "400000-500000"])])
    data = p.model_dump(mode="json")
    assert data["agency"]["annual_calls_for_service"] == 52_000
    assert data["agency"]["bh_calls_per_year"] == "600+"
    assert data["agency"]["sworn_officers"] == "110-120"
    assert data["funding"]["budget_lines"][0]["amounts"] == ["about 2400000", "400000-500000"]
    path = tmp_path / "p.coresponse.yaml"
    storage.save_plan(p, path)
    back = storage.load_plan(path)
    assert back.agency.bh_calls_per_year == Approx.at_least(600)
    assert back.funding.budget_lines[0].amounts[0] == Approx.about(2_400_000)
    assert type(back.agency.annual_calls_for_service) is int


def test_limits_and_whole_numbers_apply_to_every_bound():
    p = ProgramPlan()
    with pytest.raises(ValidationError, match="not a whole number"):
        p.agency.bh_calls_per_year = "about 2.5"
    with pytest.raises(ValidationError, match="more than 50000000"):
        p.agency.bh_calls_per_year = "10-60000000"
    with pytest.raises(ValidationError, match="yes/no"):
        p.agency.bh_calls_per_year = True
    # a range that may fit is accepted; only a figure that cannot be true is refused
    p.agency.annual_calls_for_service = "about 1000"
    p.agency.bh_calls_per_year = "900-1100"
    assert p.agency.bh_calls_per_year == Approx.between(900, 1100)
    with pytest.raises(ValidationError, match="more than the annual calls for service"):
        AgencyProfile.model_validate({"annual_calls_for_service": "at most 1000", "bh_calls_per_year": "1200+"})


def test_phrases_print_them():
    assert phrases.money(Approx.about(2_400_000)) == "about $2.4 million"
    assert phrases.money(Approx.at_least(500_000)) == "at least $500,000"
    assert phrases.money(Approx.between(400_000, 500_000)) == "$400,000–$500,000"
    assert phrases.number(Approx.at_least(600)) == "at least 600"
    assert phrases.number(Approx.between(4, 5)) == "4–5"
    assert phrases.plural(Approx.between(4, 5), "team") == "4–5 teams"
    assert phrases.plural(Approx.about(1), "team") == "about 1 team"
    assert phrases.plural(Approx.between(1, 2), "team") == "1–2 teams"
    assert f"{Approx.at_least(600):,}" == "at least 600"
    assert phrases.percent(0.22) == "22%"


def _plan(lines, sources) -> ProgramPlan:
    p = ProgramPlan()
    p.funding = Funding(start_year=2027, years=1, budget_lines=[
        BudgetLine(category="other", description="Program", amounts=lines)], sources=[
        FundingSource(source="general_fund", name=name, amounts=[a], status=st) for name, a, st in sources])
    return p


def test_a_gap_from_about_amounts_says_about():
    """Cost about $750,000; secured $300,000 exactly: gap 750,000 − 300,000 = about $450,000."""
    v = verdicts.funding_gap(_plan(["about 750000"], [("City", 300_000, "secured")]))
    assert v.ok is False
    assert v.text == "Secured funding leaves a gap of about $450,000 (FY2027)."


def test_a_gap_from_a_range_gives_its_bounds():
    """Cost about $750,000; secured $300,000–$400,000: gap between 750 − 400 = $350,000 and
    750 − 300 = $450,000, about $400,000 at the midpoint."""
    v = verdicts.funding_gap(_plan(["about 750000"], [("City", "300000-400000", "secured")]))
    assert v.ok is False
    assert "gap of about $400,000" in v.text and "between $350,000 and $450,000" in v.text


def test_a_range_straddling_full_funding_cannot_be_judged():
    """Cost $750,000; secured $700,000–$800,000: the gap is anything from $0 (800 ≥ 750) to
    750 − 700 = $50,000, so neither "fully funded" nor "a gap" may be said."""
    v = verdicts.funding_gap(_plan([750_000], [("City", "700000-800000", "secured")]))
    assert v.ok is None and not v.judged
    assert "from $0 up to $50,000" in v.text
    assert "covered" not in v.text and "gap of" not in v.text


def test_at_least_secured_money_beyond_the_cost_is_covered_and_an_open_ended_cost_is_not_bounded():
    covered = verdicts.funding_gap(_plan([750_000], [("City", "800000+", "secured")]))
    assert covered.ok is True and "least favourable" in covered.text
    # cost at least $700,000, secured $300,000: gap at least 700 − 300 = $400,000, no upper bound
    open_ended = verdicts.funding_gap(_plan(["700000+"], [("City", 300_000, "secured")]))
    assert open_ended.ok is False and "gap of at least $400,000" in open_ended.text


def test_pending_approximate_money_is_said_about_and_never_counted_as_funded():
    """Cost $750,000, secured $300,000 (gap $450,000); applied for about $200,000: with it,
    about 750 − 300 − 200 = $250,000."""
    p = _plan([750_000], [("City", 300_000, "secured"), ("Grant", "about 200000", "applied")])
    v = verdicts.funding_gap(p)
    assert v.ok is False
    assert "gap of $450,000 (FY2027)" in v.text and "would be about $250,000" in v.text
    assert budget.summarize(p.funding).total_secured == 300_000


def test_bounds_helpers():
    assert approx.bounds(Approx.at_least(600)) == (600, None)
    assert approx.low(Approx.at_most(5)) == 0.0 and approx.high(Approx.at_most(5)) == 5
    assert approx.bounds(7) == (7.0, 7.0) and approx.bounds(None) == (None, None)


def test_findings_say_about_or_decline_for_approximate_gaps():
    """The same worked figures as the verdicts, per year, in `coresponse check`."""
    from wizard.checks import run_checks

    def gap_findings(lines, sources):
        return [f.message for f in run_checks(_plan(lines, sources)) if f.code.startswith("budget-gap")]

    assert gap_findings(["about 750000"], [("City", 300_000, "secured")]) == [
        "FY2027 has a gap of about $450,000 after secured funding (some amounts are approximate)."]
    assert gap_findings([750_000], [("City", "700000-800000", "secured")]) == [
        "Whether FY2027 is fully funded cannot be told: the approximate amounts allow a gap from $0 up to $50,000."]
    assert gap_findings([750_000], [("City", "800000+", "secured")]) == []


def test_utilization_from_a_range_of_calls_that_straddles_full_time_is_not_judged():
    """large-city's schedule; 2,000–40,000 BH calls a year keeps clinicians on scene between
    a few per cent and nearly all of their time: judged (under 100%); 2,000–80,000 is not."""
    from wizard import presets
    from wizard.content import default_content

    p = presets.load(default_content(), "mid-city")
    exact = verdicts.utilization(p)
    assert exact.ok is True and "about 47%" in exact.text  # 4,800 calls
    p.agency.annual_calls_for_service = None
    p.agency.bh_calls_per_year = "4000-5000"
    v = verdicts.utilization(p)
    # linear in the calls: 47% × 4,000/4,800 = 39%, 47% × 5,000/4,800 = 49%
    assert v.ok is True and "between 39% and 49%" in v.text
    p.agency.bh_calls_per_year = "4000-20000"
    v = verdicts.utilization(p)
    assert v.ok is None and "either side of all of it" in v.text
