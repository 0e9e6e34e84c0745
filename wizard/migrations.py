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


def migrate(data: Raw, version: int) -> Raw:
    """Run migrations from ``version`` to the current one."""
    for v in range(version, SCHEMA_VERSION):
        step = MIGRATIONS.get(v)
        if step is None:
            raise ValueError(f"no migration from schema_version {v}")
        data = step(data)
        data.setdefault("metadata", {})["schema_version"] = v + 1
    return data
