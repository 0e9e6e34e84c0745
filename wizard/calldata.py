"""What the plan keeps of an imported CAD export: counts by weekday and hour, nothing else.

A computer-aided dispatch (CAD) export carries names, addresses and narratives. The
plan never holds a row of it: :class:`CallDemand` is the whole of what an import
leaves behind — calls counted by weekday × local wall-clock hour (Monday first,
00:00–01:00 first), the same for behavioral-health (BH) calls, the period the export
covers, the codes that were counted as BH, how many rows were read and skipped (by
reason), the export's file *name* (no folder) and the time zone the hours are in.

This module is imported by :mod:`wizard.plan` (``Coverage.call_demand``), so it must
not import the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from wizard.i18n import Localized

Code = Annotated[str, StringConstraints(min_length=1, max_length=120)]
DayCounts = Annotated[list[Annotated[int, Field(ge=0, le=100_000_000)]], Field(min_length=24, max_length=24)]
WeekCounts = Annotated[list[DayCounts], Field(min_length=7, max_length=7)]


def empty_counts() -> list[list[int]]:
    return [[0] * 24 for _ in range(7)]


class CallDemand(BaseModel):
    """Aggregates of one CAD export (see the module docstring for what is never kept)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    source_file: Annotated[str, StringConstraints(max_length=255)] = Field("", title="Call export")
    """The export's file name, without its folder."""
    time_zone: Annotated[str, StringConstraints(max_length=64)] = Field("", title="Call times' time zone")
    """IANA zone the hours are in; empty when the export's wall-clock times were kept as recorded
    (no zone given, times without offsets)."""
    first_date: dt.date = Field(title="Calls from")
    last_date: dt.date = Field(title="Calls until")
    """First and last local date with a counted call."""
    weeks: float = Field(gt=0, le=10_000, title="Weeks of call data")
    """Length of the period in weeks: (last_date − first_date + 1 day) / 7."""
    bh_codes: list[Code] = Field(default_factory=list, title="Call types counted as behavioral-health calls")
    """Call-type codes counted as BH calls, as they appear in the export."""
    flag_values: list[Code] = Field(default_factory=list, title="Flag values counted as behavioral-health calls")
    """Values of the optional flag or disposition column that marked a call as BH."""
    rows_read: int = Field(ge=0, le=1_000_000_000, title="Export rows read")
    """Data rows in the export (the header row not included)."""
    rows_skipped: dict[Annotated[str, StringConstraints(max_length=120)], Annotated[int, Field(ge=1)]] = Field(
        default_factory=dict, title="Export rows skipped")
    """Rows not counted, by reason (e.g. 'no date-time': 12)."""
    calls: WeekCounts = Field(default_factory=empty_counts, title="Calls by weekday and hour")
    """All calls by weekday (Monday first) × local hour."""
    bh_calls: WeekCounts = Field(default_factory=empty_counts, title="Behavioral-health calls by weekday and hour")
    """BH calls by weekday × local hour."""

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, v: str) -> str:
        if v:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(v)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"'{v}' is not a time zone (use an IANA name such as America/Chicago)") from None
        return v

    @field_validator("source_file")
    @classmethod
    def _name_only(cls, v: str) -> str:
        if "/" in v or "\\" in v:
            raise ValueError("the file name only, without a folder")
        return v

    @model_validator(mode="after")
    def _consistent(self) -> CallDemand:
        if self.last_date < self.first_date:
            raise ValueError("last_date is before first_date")
        for d in range(7):
            for h in range(24):
                if self.bh_calls[d][h] > self.calls[d][h]:
                    raise ValueError(f"bh_calls[{d}][{h}] is more than calls[{d}][{h}]")
        counted = self.total_calls
        skipped = sum(self.rows_skipped.values())
        if counted + skipped != self.rows_read:
            raise ValueError(
                f"rows_read ({self.rows_read}) is not the calls counted ({counted}) plus the rows skipped ({skipped})")
        return self

    @property
    def total_calls(self) -> int:
        return sum(map(sum, self.calls))

    @property
    def total_bh(self) -> int:
        return sum(map(sum, self.bh_calls))

    @property
    def rows_skipped_total(self) -> int:
        return sum(self.rows_skipped.values())


FIELD_LABELS: Mapping[str, str] = Localized(("call_demand",), {
    "": "Imported call data",
    "source_file": "Call export",
    "time_zone": "Call times' time zone",
    "first_date": "Calls from",
    "last_date": "Calls until",
    "weeks": "Weeks of call data",
    "bh_codes": "Call types counted as behavioral-health calls",
    "flag_values": "Flag values counted as behavioral-health calls",
    "rows_read": "Export rows read",
    "rows_skipped": "Export rows skipped",
    "calls": "Calls by weekday and hour",
    "bh_calls": "Behavioral-health calls by weekday and hour",
})
"""Labels for ``coverage.call_demand`` and its fields (merged into wizard.labels)."""
