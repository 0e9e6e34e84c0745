"""The clause library's format (``resources/content/clauses.yaml``), validated on load.

Each clause has a purpose a user reads, default wording (or several options, each
with its own wording) and guidance on when counsel should change it. Wording may
name facts of the plan in braces, ``{agency.name}``; :data:`PLACEHOLDERS` lists the
names a clause may use. :mod:`wizard.agreement` fills them in from the plan and,
where the plan does not hold the value, prints what is missing instead of a default.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from wizard.i18n import N_

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=80)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=2_000)]
Prose = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]

PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)\}")
"""``{agency.name}``: the only markup clause wording may hold."""

PLACEHOLDERS: dict[str, tuple[str, str]] = {
    # name: (what it is, in words; the plan field a user fills to give it)
    "agency.name": (N_("the law-enforcement agency's name"), "agency.name"),
    "agency.state": (N_("the state whose law governs"), "agency.state"),
    "agency.jurisdiction": (N_("the jurisdiction the agency serves"), "agency.jurisdiction"),
    "partner.name": (N_("the behavioral-health partner's name"), "agency.partners"),
    "program.name": (N_("the program's name"), "metadata.program_name"),
    "program.model": (N_("the program model"), "program_model.primary"),
    "parties": (N_("the organizations that sign"), "signoff.signatories"),
    "statute": (N_("the state's interlocal-cooperation statute"), "agreement.statute"),
    "term.start": (N_("the effective date"), "agreement.term.start"),
    "term.length": (N_("how long the term runs (months or an end date)"), "agreement.term.months"),
    "term.renewal_months": (N_("how long each renewal runs"), "agreement.term.renewal_months"),
    "notice_days": (N_("the termination notice period"), "agreement.termination_notice_days"),
    "cure_days": (N_("the days a party has to cure a breach"), "agreement.cure_days"),
    "cost_cap": (N_("the most either party pays in a year"), "agreement.cost_cap"),
    "funding.sources": (N_("who pays what (the funding sources and their status)"), "funding.sources"),
    "cost.shares": (N_("each served agency's share of the cost"), "agency.served_agencies"),
    "clinician.employers": (N_("who employs the clinicians"), "staffing.clinicians"),
    "escalation": (N_("the escalation path for disagreements"), "governance.escalation_path"),
    "notices": (N_("the addresses for notices"), "agreement.notices"),
    "crisis_center": (N_("where people in crisis are taken for care"), "agency.existing.crisis_receiving_center_name"),
    "data_sharing": (N_("the data-sharing agreement and its status"), "confidentiality.mou.status"),
    "records.retention": (N_("how long each party keeps its records"), "confidentiality.retention"),
}

OPTION_FROM: dict[str, tuple[str, ...]] = {
    "agreement.term.renewal": ("automatic", "by_written_agreement", "none"),
}
"""Plan fields that choose a clause's option (the term clause follows the renewal
answer); the clause must offer exactly these option ids."""

def placeholders_in(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def _check_wording(text: str) -> str:
    for name in placeholders_in(text):
        if name not in PLACEHOLDERS:
            raise ValueError(f"unknown field '{{{name}}}'; fields are {', '.join('{' + n + '}' for n in PLACEHOLDERS)}")
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        raise ValueError("a brace that is not a field: write fields as {agency.name}, braces nowhere else")
    return text


Wording = Annotated[Prose, Field(description="Clause text; paragraphs separated by a blank line")]


class _C(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClauseOption(_C):
    id: Slug
    label: Line
    """What the choice is, in a few words (shown beside the option's radio button)."""
    text: Wording

    @field_validator("text")
    @classmethod
    def _wording(cls, v: str) -> str:
        return _check_wording(v)


class ClauseInfo(_C):
    id: Slug
    part: Literal["recitals", "terms"] = "terms"
    title: Line
    purpose: Line
    """One sentence for the user: what the clause is for."""
    text: Wording | None = None
    """The default wording, for a clause without options."""
    options: list[ClauseOption] = Field(default_factory=list)
    default_option: Slug | None = None
    """The option offered first (the user still chooses; nothing is adopted unasked)."""
    option_from: str | None = None
    """A plan field whose answer is the option (see :data:`OPTION_FROM`)."""
    special: Literal["obligations"] | None = None
    counsel: Prose
    """When counsel should change it."""
    source: str = ""

    @field_validator("text")
    @classmethod
    def _wording(cls, v: str | None) -> str | None:
        return v if v is None else _check_wording(v)

    @model_validator(mode="after")
    def _shape(self) -> ClauseInfo:
        if bool(self.text) == bool(self.options):
            raise ValueError(f"clause '{self.id}' needs either text or options, not both and not neither")
        ids = [o.id for o in self.options]
        if len(ids) != len(set(ids)):
            raise ValueError(f"clause '{self.id}' lists an option twice")
        if self.default_option is not None and self.default_option not in ids:
            raise ValueError(f"clause '{self.id}': default_option '{self.default_option}' is not one of its options")
        if self.option_from is not None:
            want = OPTION_FROM.get(self.option_from)
            if want is None:
                raise ValueError(f"clause '{self.id}': option_from '{self.option_from}' is not a plan field that "
                                 f"chooses options ({', '.join(OPTION_FROM)})")
            if sorted(ids) != sorted(want):
                raise ValueError(f"clause '{self.id}': option_from '{self.option_from}' needs exactly the options "
                                 f"{', '.join(want)}")
        return self

    def option(self, option_id: str | None) -> ClauseOption | None:
        return next((o for o in self.options if o.id == option_id), None)


REQUIRED_CLAUSES = (
    "parties", "authority", "document_kind", "purpose_scope", "obligations", "term", "termination",
    "amendment", "staffing_terms", "cost_sharing", "invoicing", "cost_cap", "custody_transport",
    "liability", "insurance", "records", "dispute_resolution", "governing_law", "notices",
    "no_third_party", "counterparts", "precedence", "authority_to_sign",
)
"""Clauses the program's checks and the charter rely on; a content pack may reword them
and add others, not drop them."""


class ClausesFile(_C):
    clauses: list[ClauseInfo] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids(self) -> ClausesFile:
        ids = [c.id for c in self.clauses]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"clause id '{dupes[0]}' is used twice")
        missing = [c for c in REQUIRED_CLAUSES if c not in ids]
        if missing:
            raise ValueError(f"the library lacks the clause{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
        if next(c for c in self.clauses if c.id == "obligations").special != "obligations":
            raise ValueError("the clause 'obligations' must say special: obligations")
        recitals_after = False
        for c in self.clauses:
            if c.part == "terms":
                recitals_after = True
            elif recitals_after:
                raise ValueError(f"recital '{c.id}' comes after the terms; list the recitals first")
        return self
