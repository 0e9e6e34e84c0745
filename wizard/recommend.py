"""A model recommendation with reasons, derived from the agency profile.

It follows the "fits when" conditions of docs/facts-and-sources.md §2: embedded
for high volume in a dense area; call-out/hybrid for moderate volume over a larger
area; follow-up for small agencies and repeat contacts (and as a complement to
anything); mobile-crisis integration where a regional team or 988-linked system
already exists. The size, volume and density thresholds below are the project's
own choices (docs/facts-and-sources.md §14, program-thresholds). It is a
conversation starter for the room, not a verdict: every reason is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wizard.plan import AgencyProfile, Geography, ModelId

SMALL_AGENCY_SWORN = 50
"""Below this many sworn officers an agency is treated as small."""
LARGE_AGENCY_SWORN = 500
"""At or above this many sworn officers an agency is treated as large."""
HIGH_BH_CALLS = 3000
"""Behavioral-health calls a year above which on-scene clinicians stay busy."""
MODERATE_BH_CALLS = 600
DENSE_PEOPLE_PER_SQ_MI = 2500
SPARSE_PEOPLE_PER_SQ_MI = 100


def agency_size(sworn: int | None) -> str:
    if sworn is None:
        return "unknown"
    if sworn < SMALL_AGENCY_SWORN:
        return "small"
    if sworn < LARGE_AGENCY_SWORN:
        return "mid-sized"
    return "large"


@dataclass
class ModelScore:
    model: ModelId
    score: int = 0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: int, reason: str) -> None:
        self.score += points
        self.reasons.append(reason)


@dataclass(frozen=True)
class Recommendation:
    ranked: list[ModelScore]
    primary: ModelId | None
    complementary: list[ModelId]
    missing: list[str]
    """Profile answers that would sharpen the recommendation."""


def recommend(agency: AgencyProfile) -> Recommendation:
    s = {m: ModelScore(m) for m in ModelId}
    missing: list[str] = []
    size = agency_size(agency.sworn_officers)
    calls = agency.bh_calls_per_year
    density = None
    if agency.population_served and agency.square_miles:
        density = agency.population_served / agency.square_miles

    if calls is None:
        missing.append("estimated behavioral-health calls per year")
    elif calls >= HIGH_BH_CALLS:
        s[ModelId.embedded].add(3, f"{calls:,} behavioral-health calls a year keep a clinician riding with patrol busy")
        s[ModelId.call_out].add(1, "high call volume also supports dispatching clinicians to flagged calls")
    elif calls >= MODERATE_BH_CALLS:
        s[ModelId.call_out].add(3, f"{calls:,} behavioral-health calls a year is a moderate volume that suits dispatching clinicians when indicators appear")
        s[ModelId.embedded].add(1, "moderate volume could support an embedded clinician at the busiest hours")
    else:
        s[ModelId.follow_up].add(2, f"about {calls:,} behavioral-health calls a year is too few to keep a clinician on scene all shift")
        s[ModelId.mobile_crisis].add(1, "low volume is often best served by sharing a regional crisis team")

    if size == "unknown":
        missing.append("number of sworn officers")
    elif size == "small":
        s[ModelId.follow_up].add(2, f"a small agency ({agency.sworn_officers} sworn) can start with follow-up outreach and grow")
    elif size == "mid-sized":
        s[ModelId.call_out].add(2, f"a mid-sized agency ({agency.sworn_officers} sworn) usually fields 2–3 clinicians, enough for call-out coverage")
    else:
        s[ModelId.embedded].add(2, f"a large agency ({agency.sworn_officers:,} sworn) can staff clinicians in patrol across shifts")

    if agency.geography is None and density is None:
        missing.append("geography (urban, suburban or rural) and square miles")
    if agency.geography is Geography.urban or (density is not None and density >= DENSE_PEOPLE_PER_SQ_MI):
        s[ModelId.embedded].add(2, "a dense service area keeps travel times short for a clinician in a patrol car")
    elif agency.geography is Geography.rural or (density is not None and density <= SPARSE_PEOPLE_PER_SQ_MI):
        s[ModelId.mobile_crisis].add(2, "a large, sparse area is hard for one local team to reach in time")
        s[ModelId.follow_up].add(1, "follow-up visits can be scheduled across a wide area")
    elif agency.geography in (Geography.suburban, Geography.mixed):
        s[ModelId.call_out].add(1, "a suburban or mixed area suits clinicians dispatched from a central point")

    ex = agency.existing
    if ex.regional_mobile_crisis_team:
        s[ModelId.mobile_crisis].add(3, "a regional mobile crisis team already exists to coordinate with")
    if ex.linked_988:
        s[ModelId.mobile_crisis].add(1, "988 is linked locally, so calls can be routed through the crisis system")
    if ex.crisis_receiving_center:
        s[ModelId.call_out].add(1, "a crisis receiving center gives dispatched teams a place to take people")

    s[ModelId.follow_up].add(1, "follow-up reduces repeat contacts and complements any other model")

    ranked = sorted(s.values(), key=lambda m: (-m.score, list(ModelId).index(m.model)))
    primary = ranked[0].model if ranked[0].score > 1 and len(missing) < 3 else None
    complementary: list[ModelId] = []
    if primary is not None:
        if primary is not ModelId.follow_up:
            complementary.append(ModelId.follow_up)
        if ex.regional_mobile_crisis_team and primary is not ModelId.mobile_crisis:
            complementary.append(ModelId.mobile_crisis)
    return Recommendation(ranked, primary, complementary, missing)
