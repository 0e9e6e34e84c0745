"""Every number the program's rules and calculators use, named once, with its source.

The sources are written up in ``docs/facts-and-sources.md``; the section is named
beside each constant. Numbers that are assumptions a plan may change (available
hours per FTE, minutes per call) are defaults of plan fields, not constants here.
"""

from __future__ import annotations

SCHEDULED_HOURS_PER_YEAR = 2080
"""A full-time position is scheduled 40 h × 52 weeks = 2,080 h a year (Local Government
Performance Center worked example, 2012; docs/facts-and-sources.md, "Staffing")."""

ABSENCE_HOURS_PER_YEAR = 382
"""Leave, training and sickness in the same worked example (18.4 % of 2,080 h)."""

DEFAULT_AVAILABLE_HOURS = float(SCHEDULED_HOURS_PER_YEAR - ABSENCE_HOURS_PER_YEAR)
"""1,698 h a year one FTE actually works: the default of ``staffing.available_hours_per_fte``."""

ALTERNATIVE_AVAILABLE_HOURS = 1850.0
"""Another published figure for net hours (toolgrit.com guide): 24/7 → 4.73 FTE."""

DAYS_PER_YEAR = 365
WEEKS_PER_YEAR = DAYS_PER_YEAR / 7
HOURS_PER_WEEK = 168

GUIDE_MIN_SHIFTS_PER_CLINICIAN = 1.0
GUIDE_MAX_SHIFTS_PER_CLINICIAN = 2.0
"""Starter guide: "1 clinician per 1–2 police shifts" (docs/facts-and-sources.md, "Staffing")."""

GUIDE_MIDSIZED_CLINICIANS = (2, 3)
"""Starter guide: 2–3 clinicians for mid-sized agencies."""

RESPONSE_NORM_MINUTES = 60
"""On site within one hour, preferably sooner (National Council, Crisis Roadmap;
docs/facts-and-sources.md, "Crisis system")."""

CIT_SHARE_RULE_OF_THUMB = (0.20, 0.25)
"""A common rule of thumb: 20–25 % of patrol CIT-trained (apbweb.com, 2023); Memphis CIT
sets no fixed share but wants CIT officers on every shift."""

FTE_TOLERANCE = 0.05
"""FTE differences smaller than this are rounding, not a shortfall or a margin (the
figures are printed to two decimals, and a position is rarely split finer than 0.05)."""

MONEY_TOLERANCE = 0.5
"""Dollar differences under 50 cents are rounding (amounts print in whole dollars)."""

WORKLOAD_REASSESS_YEARS = 3
"""Workload-based staffing should be reassessed at least every 3 years (Wilson & Weiss,
COPS Office, 2012)."""
