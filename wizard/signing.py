"""The plan fingerprint and the state of each signature.

The fingerprint is SHA-256 over a canonical JSON serialization of the plan with
the signatures themselves removed and ``metadata.modified`` left out (saving a
file again must not void what was signed). Every answer, every signatory's name
and role, and the revision number are covered: change any of them and earlier
signatures no longer match.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from wizard.i18n import Localized
from wizard.plan import (
    REQUIRED_ROLES,
    Agreement,
    ProgramPlan,
    Signatory,
    SignatoryRole,
    Signature,
    SignatureMethod,
)

_NO_AGREEMENT: dict[str, Any] = Agreement().model_dump(mode="json")
SERVED_AGENCY_ADDED = ("sworn_officers", "clinician_fte", "starts")
"""Fields a served agency gained after plans were first signed."""


def canonical_bytes(plan: ProgramPlan) -> bytes:
    data: dict[str, Any] = plan.model_dump(mode="json")
    data["metadata"].pop("modified", None)
    if data["coverage"].get("call_demand", 0) is None:
        # Added after plans were first signed: a plan without imported calls keeps the
        # fingerprint it always had (imported counts, once there, are covered).
        del data["coverage"]["call_demand"]
    if data.get("agreement") == _NO_AGREEMENT:
        # Schema 4 added the agreement terms: a plan that answers none of them is the
        # schema-3 plan it was and keeps the fingerprint it was signed with.
        del data["agreement"]
        if data["metadata"].get("schema_version") == 4:
            data["metadata"]["schema_version"] = 3
    for agency in data["agency"].get("served_agencies", []):
        # Added after plans with served agencies were first signed: left unanswered, they
        # keep the fingerprint such a plan always had (once answered, they are covered).
        for key in SERVED_AGENCY_ADDED:
            if agency.get(key, 0) is None:
                del agency[key]
    for s in data["signoff"]["signatories"]:
        s.pop("signature", None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def fingerprint(plan: ProgramPlan) -> str:
    return hashlib.sha256(canonical_bytes(plan)).hexdigest()


def short(fp: str) -> str:
    """The first 12 hex digits, grouped for reading aloud: 3f2a-91c0-77de."""
    return "-".join(fp[i:i + 4] for i in range(0, 12, 4))


class SignatureState(enum.StrEnum):
    unsigned = "unsigned"
    valid = "valid"
    void = "void"


ROLE_LABELS: Mapping[SignatoryRole, str] = Localized(("values", "SignatoryRole"), {
    SignatoryRole.police_executive: "Police executive",
    SignatoryRole.bh_executive: "Behavioral-health executive",
    SignatoryRole.fire_ems_executive: "Fire or EMS executive",
    SignatoryRole.government_official: "Government official",
    SignatoryRole.counsel: "Counsel (approved as to form)",
    SignatoryRole.program_coordinator: "Program coordinator",
    SignatoryRole.other: "Other signatory",
})


@dataclass(frozen=True)
class SignatoryStatus:
    index: int
    signatory: Signatory
    state: SignatureState
    required: bool

    @property
    def label(self) -> str:
        who = self.signatory.name or "(no name)"
        return f"{who}, {ROLE_LABELS[self.signatory.role]}"


from wizard.enums import POLICE_AGENCY_TYPES as POLICE_TYPES  # noqa: E402


def required_roles(plan: ProgramPlan) -> tuple[SignatoryRole, ...]:
    """Who must sign, from who leads and who is served (never a fixed pair).

    The lead agency's executive and the behavioral-health executive; a police executive
    too when the lead is not a police agency but serves one (a fire department's team
    with the city police, a county provider serving city police departments). A plan
    that does not say who leads needs the starter guide's pair: police and
    behavioral-health executives.
    """
    lead = plan.agency.agency_type
    lead_type = lead.value if lead is not None else None
    serves_police = any(a.agency_type is not None and a.agency_type.value in POLICE_TYPES
                        for a in plan.agency.served_agencies)
    if lead_type == "fire_department":
        roles = [SignatoryRole.fire_ems_executive, SignatoryRole.bh_executive]
        if serves_police:
            roles.append(SignatoryRole.police_executive)
        return tuple(roles)
    if lead_type == "bh_provider":
        return (SignatoryRole.bh_executive,) + ((SignatoryRole.police_executive,) if serves_police else ())
    return REQUIRED_ROLES


def statuses(plan: ProgramPlan, fp: str | None = None) -> list[SignatoryStatus]:
    fp = fp or fingerprint(plan)
    out = []
    required_here = required_roles(plan)
    seen_required: set[SignatoryRole] = set()
    for i, s in enumerate(plan.signoff.signatories):
        required = s.role in required_here and s.role not in seen_required
        if required:
            seen_required.add(s.role)
        if s.signature is None:
            state = SignatureState.unsigned
        elif s.signature.fingerprint == fp:
            state = SignatureState.valid
        else:
            state = SignatureState.void
        out.append(SignatoryStatus(i, s, state, required))
    return out


def missing_required_roles(plan: ProgramPlan) -> list[SignatoryRole]:
    roles = {s.role for s in plan.signoff.signatories}
    return [r for r in required_roles(plan) if r not in roles]


def fully_signed(plan: ProgramPlan) -> bool:
    """Every required role present, named and validly signed."""
    if missing_required_roles(plan):
        return False
    seen: set[SignatoryRole] = set()
    required_here = required_roles(plan)
    for s in plan.signoff.signatories:  # cheap answers first: the fingerprint costs milliseconds
        if s.role in required_here and s.role not in seen:
            seen.add(s.role)
            if s.signature is None or not s.name.strip():
                return False
    return all(
        st.state is SignatureState.valid and st.signatory.name.strip()
        for st in statuses(plan)
        if st.required
    )


def must_resign(plan: ProgramPlan) -> list[SignatoryStatus]:
    """Signatories whose signature an edit has voided."""
    return [st for st in statuses(plan) if st.state is SignatureState.void]


def sign(
    plan: ProgramPlan,
    index: int,
    *,
    method: SignatureMethod,
    image_png_b64: str = "",
    when: dt.datetime | None = None,
) -> ProgramPlan:
    """A copy of ``plan`` with signatory ``index`` signed against its fingerprint."""
    signer = plan.signoff.signatories[index]
    if not signer.name.strip():
        raise ValueError("enter the signatory's name before signing")
    when = when or dt.datetime.now(dt.UTC).replace(microsecond=0)
    sig = Signature(
        method=method,
        typed=f"/s/ {signer.name.strip()}" if method is SignatureMethod.typed else "",
        image_png=image_png_b64 if method is SignatureMethod.drawn else "",
        signed_at=when,
        fingerprint=fingerprint(plan),
    )
    new = plan.model_copy(deep=True)
    new.signoff.signatories[index].signature = sig
    return new


def clear_void(plan: ProgramPlan) -> ProgramPlan:
    """A copy without the signatures an edit voided (for a new revision)."""
    new = plan.model_copy(deep=True)
    fp = fingerprint(plan)
    for s in new.signoff.signatories:
        if s.signature is not None and s.signature.fingerprint != fp:
            s.signature = None
    return new
