"""Sentences a reader found odd, fixed where they are made (wizard/, not the charter)."""

from __future__ import annotations

import json
import re

from wizard import labels, phrases, presets, signing, verdicts
from wizard.content import default_content
from wizard.open_items import open_items
from wizard.plan import (
    AgencyType,
    BudgetLine,
    Funding,
    FundingSource,
    ProgramPlan,
    ServedAgency,
    SignatoryRole,
)

CONTENT = default_content()


def test_sworn_staff_are_named_in_the_lead_s_words():
    fire = presets.load(CONTENT, "fire-led")
    assert labels.sworn_label(fire) == "Sworn officers (Bramblewood Police Department)"
    assert labels.sworn_label(presets.load(CONTENT, "county-shared")) == "Sworn officers in the agencies served"
    assert labels.sworn_label(presets.load(CONTENT, "rural-sheriff")) == "Sworn deputies"
    assert labels.sworn_label(presets.load(CONTENT, "mid-city")) == "Sworn officers"
    alone = ProgramPlan()
    alone.agency.agency_type = AgencyType.fire_department
    assert "police agencies the program works with" in labels.sworn_label(alone)


def test_open_funding_amounts_name_the_years():
    """A 3-year budget from FY2027; the grant's FY2028 amount is unknown; the levy gives none."""
    p = ProgramPlan()
    p.funding = Funding(start_year=2027, years=3, budget_lines=[
        BudgetLine(category="other", description="Vehicle lease", amounts=[10_000, None, None])], sources=[
        FundingSource(source="state_grant", name="State grant", amounts=[50_000, None, 50_000], status="applied"),
        FundingSource(source="bh_levy", name="County levy", status="secured")])
    questions = [i.question for i in open_items(p)]
    assert "How much will State grant provide in FY2028?" in questions
    assert "How much will County levy provide in FY2027–FY2029?" in questions
    assert "What does Vehicle lease cost in FY2028 and FY2029?" in questions
    assert not any("each year" in q for q in questions)
    assert phrases.budget_years([0, 2], None) == "years 1 and 3"


def test_percent_is_written_one_way():
    assert phrases.percent(0.22) == "22%"
    texts = [verdicts.coverage_gap(presets.load(CONTENT, n)).text for n in ("mid-city", "large-city")]
    texts += [verdicts.time_limited(presets.load(CONTENT, n), verdicts.catalog_time_limits(CONTENT)).text
              for n in ("mid-city", "fire-led")]
    joined = " ".join(texts)
    assert re.search(r"\d%", joined)
    assert not re.search(r"\d %", joined), joined


def test_served_agencies_carry_their_own_figures():
    county = presets.load(CONTENT, "county-shared")
    served = county.agency.served_agencies
    # 62 + 41 + 26 + 14 = 143: the served departments' sworn officers are the lead's figure
    assert [a.sworn_officers for a in served] == [62, 41, 26, 14]
    assert sum(a.sworn_officers for a in served) == county.agency.sworn_officers == 143
    # Sedge Lake three days, Prairie Bend two days of one clinician: 0.6 + 0.4 = 1.0 FTE
    assert [a.clinician_fte for a in served] == [2.0, 1.5, 0.6, 0.4]
    assert served[3].starts == "2027-01"
    assert not any(re.search(r"\d+ sworn", a.notes) for a in served)  # no figure hides in free text
    fire = presets.load(CONTENT, "fire-led")
    assert fire.agency.served_agencies[0].sworn_officers == 410 and "410" not in fire.agency.served_agencies[0].notes


def test_required_marks_only_the_roles_that_are_required():
    fire = presets.load(CONTENT, "fire-led")
    assert signing.required_roles(fire) == (SignatoryRole.fire_ems_executive, SignatoryRole.bh_executive,
                                             SignatoryRole.police_executive)
    marked = [(s.signatory.role, s.required) for s in signing.statuses(fire)]
    assert (SignatoryRole.fire_ems_executive, True) in marked
    assert (SignatoryRole.government_official, True) not in marked
    county = presets.load(CONTENT, "county-shared")
    police = [s.required for s in signing.statuses(county) if s.signatory.role is SignatoryRole.police_executive]
    assert police == [True, False, False, False]  # one police executive is required, not each
    provider = ProgramPlan()
    provider.agency.agency_type = AgencyType.bh_provider
    assert signing.required_roles(provider) == (SignatoryRole.bh_executive,)
    provider.agency.served_agencies = [ServedAgency(name="City PD", agency_type="municipal_police")]
    assert SignatoryRole.police_executive in signing.required_roles(provider)
    assert signing.required_roles(ProgramPlan()) == (SignatoryRole.police_executive, SignatoryRole.bh_executive)


def test_the_served_agencies_new_figures_do_not_void_older_signatures():
    """A plan signed before served agencies had figures keeps its fingerprint while they
    are unanswered; answering one changes it."""
    p = presets.load(CONTENT, "county-shared")
    for a in p.agency.served_agencies:
        a.sworn_officers = a.clinician_fte = a.starts = None
    before = signing.fingerprint(p)
    served = json.loads(signing.canonical_bytes(p))["agency"]["served_agencies"]
    assert served and all(set(a) == {"name", "agency_type", "cost_share", "notes"} for a in served)
    p.agency.served_agencies[0].sworn_officers = 62
    assert signing.fingerprint(p) != before
