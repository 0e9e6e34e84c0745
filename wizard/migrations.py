"""Plan-file migrations: each registered function lifts raw data one schema version.

Loading an older file runs every migration from its version up to
:data:`wizard.plan.SCHEMA_VERSION`, on plain data, before pydantic sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.plan import SCHEMA_VERSION

Raw = dict[str, Any]
MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {}


def migration(from_version: int) -> Callable[[Callable[[Raw], Raw]], Callable[[Raw], Raw]]:
    def register(fn: Callable[[Raw], Raw]) -> Callable[[Raw], Raw]:
        MIGRATIONS[from_version] = fn
        return fn

    return register


@migration(1)
def _v1_to_v2(data: Raw) -> Raw:
    """0.x preview files had one ``agency.partner`` and a ``decision_log`` list."""
    agency = data.get("agency")
    if isinstance(agency, dict) and "partner" in agency:
        partner = agency.pop("partner")
        agency.setdefault("partners", [] if partner in (None, {}) else [partner])
    if "decision_log" in data:
        data.setdefault("decisions", data.pop("decision_log"))
    return data


@migration(2)
def _v2_to_v3(data: Raw) -> Raw:
    """Schema 3 tells an unanswered question from a "no", a 0 or a default.

    Every value a schema-2 file holds keeps its meaning: a ``false``, a 0, a patrol
    pattern or a funding status written in the file stays what it was (the file said
    it). One value changes, because in schema 2 it meant two things: a cadence of
    ``none`` was shown as "Not decided" on some pages and "Not scheduled" on others,
    so it becomes "not decided" (``null``) — the reading that asserts nothing. New
    fields (stage, history, teams, results, served agencies, who operates the program)
    start empty: not decided.
    """
    def cadence(section: Any, key: str) -> None:
        if isinstance(section, dict) and section.get(key) == "none":
            section[key] = None

    gov = data.get("governance")
    if isinstance(gov, dict):
        for meeting in ("clinical_supervision", "joint_case_review"):
            cadence(gov.get(meeting), "cadence")
        cadence(gov, "committee_cadence")
    cadence(data.get("data"), "reporting_cadence")
    return data


@migration(3)
def _v3_to_v4(data: Raw) -> Raw:
    """Schema 4 adds the agreement terms (``agreement``). An older file has none: every
    clause starts "not yet decided", with no term, notice period or obligations; nothing
    the file said changes."""
    if data.get("agreement") is None:  # a schema-3 file cannot hold one; an empty key is "none"
        data.pop("agreement", None)
    return data


def migrate(data: Raw, version: int) -> Raw:
    """Run migrations from ``version`` to the current one."""
    for v in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(v)
        if step is None:
            raise ValueError(f"no migration from schema_version {v}")
        data = step(data)
        data.setdefault("metadata", {})["schema_version"] = v + 1
    return data
