"""What differs between two plans, section by section, in words a person reads.

Trainers compare what breakout groups decided, and agencies compare a charter with
its amendment. :func:`diff_plans` walks both plans field by field and writes one
line per difference using the labels in :mod:`wizard.labels` and the content's
catalog labels, never YAML paths:

    Program model
      Primary model: Call-out in A, Embedded in B
    Staffing
      Clinician FTE for this agency: 3 → 16

Bookkeeping that does not change what the program is (plan id, timestamps, schema
version, signature images and fingerprints) is ignored. Lists of records (partners,
clinician positions, funding sources, ...) are matched by what identifies them (a
name, a catalog id), not by position, so adding a partner at the top does not make
every other partner "differ".
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from wizard import budget
from wizard.approx import Approx
from wizard.content import Content
from wizard.labels import (
    CATALOG_FIELDS,
    SECTION_LABELS,
    WEEKDAY_NAMES,
    Label,
    label,
    record_noun,
    value_label,
)
from wizard.phrases import number
from wizard.plan import (
    ModelId,
    ProgramPlan,
    Signature,
    Span,
    Weekday,
)
from wizard.schedule import day_range, describe_spans
from wizard.steps import SECTION_STEP, Step

IGNORED: frozenset[str] = frozenset({
    "metadata.schema_version",
    "metadata.plan_id",
    "metadata.created",
    "metadata.modified",
})
"""Fields that say nothing about the program itself."""

SHORT_TEXT = 60
"""Texts up to this long (one line) are quoted whole; longer ones by excerpt."""


@dataclass(frozen=True)
class SectionDiff:
    section: str
    """The plan section's attribute name (``staffing``)."""
    title: str
    """Its label (``Staffing``)."""
    lines: tuple[str, ...]

    @property
    def step(self) -> Step:
        return SECTION_STEP.get(self.section, Step.review)


@dataclass(frozen=True)
class PlanDiff:
    a_name: str
    b_name: str
    sections: tuple[SectionDiff, ...] = field(default_factory=tuple)

    @property
    def same(self) -> bool:
        return not self.sections

    @property
    def count(self) -> int:
        return sum(len(s.lines) for s in self.sections)

    def summary(self) -> str:
        if self.same:
            return "The plans are the same (plan ids and timestamps aside)."
        n, s = self.count, len(self.sections)
        return (f"{n} difference{'s' if n != 1 else ''} in {s} section{'s' if s != 1 else ''}; "
                "“A” is the first plan, “B” the second.")

    def as_text(self) -> str:
        out = [f"A: {self.a_name}", f"B: {self.b_name}", self.summary()]
        for sec in self.sections:
            out.append("")
            out.append(sec.title)
            out.extend(f"  {line}" for line in sec.lines)
        return "\n".join(out)

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": self.a_name, "b": self.b_name, "same": self.same,
            "sections": [{"section": s.section, "title": s.title, "differences": list(s.lines)}
                         for s in self.sections],
        }


# ---------------------------------------------------------------------------
# Formatting values
# ---------------------------------------------------------------------------


def _number(v: float) -> str:
    if isinstance(v, Approx):
        return number(v, 3)
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.3f}".rstrip("0").rstrip(".")


def _lc(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym ('CIT', 'FTE', 'MOU')."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _quote(text: str) -> str:
    return f"“{text}”"


def _truncate(text: str, limit: int = SHORT_TEXT) -> str:
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


CLAUSE_ID_FIELDS = ("agreement.clauses.option", "agreement.clauses.clause")
"""Fields holding ids from the clause library (resources/content/clauses.yaml)."""


class _Ctx:
    def __init__(self, content: Content):
        self.content = content

    def model_name(self, model_id: ModelId | str) -> str:
        try:
            return str(self.content.model(model_id).short_name)
        except StopIteration:
            return value_label(ModelId(model_id)) if model_id in ModelId.__members__ else str(model_id)

    def catalog_label(self, path: str, option_id: str) -> str:
        catalog = CATALOG_FIELDS[path]
        if option_id not in self.content.catalogs.ids(catalog):
            return f"{option_id} (not in this content)"
        return self.content.catalogs.label(catalog, option_id)

    def clause_title(self, clause_id: str) -> str:
        info = self.content.clause(clause_id)
        return info.title if info is not None else f"{clause_id} (not in this content)"

    def clause_option(self, option_id: str) -> str:
        for c in self.content.clauses:
            opt = c.option(option_id)
            if opt is not None:
                return opt.label
        return f"{option_id} (not in this content)"

    def fmt(self, path: str, value: Any, lab: Label | None = None) -> str:
        """A value as a person reads it; '' for 'not set'."""
        lab = lab or label(path)
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, ModelId):
            return self.model_name(value)
        if isinstance(value, enum.Enum):
            return value_label(value)
        if isinstance(value, str) and path in CATALOG_FIELDS:
            return self.catalog_label(path, value)
        if isinstance(value, str) and path in CLAUSE_ID_FIELDS:
            return self.clause_option(value) if path.endswith("option") else self.clause_title(value)
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M UTC")
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int | float):
            unit = lab.unit
            if unit == "money":
                return budget.money(value)
            if unit == "percent":
                return f"{_number(round(value * 100, 2))}%"
            if unit == "hours":
                return f"{_number(value)} h"
            if unit == "minutes":
                return f"{_number(value)} min"
            if unit == "hour":
                return f"{int(value):02d}:00"
            return _number(value)
        return str(value)


# ---------------------------------------------------------------------------
# Comparing
# ---------------------------------------------------------------------------

Out = list[str]


def _plain_str(value: Any) -> bool:
    """Text a person typed (not an enum value, which is a str too)."""
    return isinstance(value, str) and not isinstance(value, enum.Enum)


def _not_set(value: Any) -> str:
    return "not answered" if value is None else "not set"


def _scalar(ctx: _Ctx, path: str, a: Any, b: Any, out: Out, prefix: str) -> None:
    lab = label(path)
    name = prefix + (_lc(lab.text) if prefix else lab.text)
    if (_plain_str(a) or _plain_str(b)) and path not in CATALOG_FIELDS and path not in CLAUSE_ID_FIELDS:
        _text(name, a or "", b or "", out, long=lab.unit == "text")
        return
    fa, fb = ctx.fmt(path, a, lab), ctx.fmt(path, b, lab)
    numeric = any(isinstance(v, int | float | dt.date) and not isinstance(v, bool) for v in (a, b))
    if numeric:
        out.append(f"{name}: {fa or _not_set(a)} → {fb or _not_set(b)}")
    else:
        out.append(f"{name}: {fa or _not_set(a)} in A, {fb or _not_set(b)} in B")


def _excerpts(a: str, b: str) -> tuple[str, str]:
    """Both texts from a few words before where they start to differ, shortened."""
    wa, wb = a.split(), b.split()
    i = 0
    while i < min(len(wa), len(wb)) and wa[i] == wb[i]:
        i += 1
    start = max(0, i - 3)
    lead = "…" if start else ""
    return lead + _truncate(" ".join(wa[start:])), lead + _truncate(" ".join(wb[start:]))


def _text(name: str, a: str, b: str, out: Out, *, long: bool) -> None:
    if " ".join(a.split()) == " ".join(b.split()):
        out.append(f"{name}: same words, laid out differently")
        return
    short = not long and "\n" not in a + b
    if not a.strip():
        out.append(f"{name}: blank in A; B has {_quote(_truncate(b))}")
    elif not b.strip():
        out.append(f"{name}: A has {_quote(_truncate(a))}; blank in B")
    elif short:
        out.append(f"{name}: {_quote(a)} in A, {_quote(b)} in B")
    else:
        ea, eb = _excerpts(a, b)
        out.append(f"{name}: worded differently (A: {_quote(ea)}; B: {_quote(eb)})")


def _item_text(ctx: _Ctx, path: str, value: Any) -> str:
    if _plain_str(value) and path not in CATALOG_FIELDS:
        return _quote(value)
    return ctx.fmt(path, value)


def _scalar_list(ctx: _Ctx, path: str, a: Sequence[Any], b: Sequence[Any], out: Out, prefix: str) -> None:
    lab = label(path)
    name = prefix + (_lc(lab.text) if prefix else lab.text)
    if lab.unit in ("money", "percent"):  # per-year amounts or rates
        parts = []
        for i in range(max(len(a), len(b))):
            va = a[i] if i < len(a) else None
            vb = b[i] if i < len(b) else None
            if va != vb:
                parts.append(f"year {i + 1} {ctx.fmt(path, va, lab) or 'not set'} → "
                             f"{ctx.fmt(path, vb, lab) or 'not set'}")
        out.append(f"{name}: {'; '.join(parts)}")
        return
    only_a = [x for x in a if x not in b]
    only_b = [x for x in b if x not in a]
    if not only_a and not only_b:
        if len(a) != len(b):
            out.append(f"{name}: an entry is listed more often in {'A' if len(a) > len(b) else 'B'}")
        else:
            order_a = " → ".join(_item_text(ctx, path, x) for x in a)
            order_b = " → ".join(_item_text(ctx, path, x) for x in b)
            out.append(f"{name}: same entries in a different order (A: {order_a}; B: {order_b})")
        return
    for side, items in (("A", only_a), ("B", only_b)):
        if items:  # one line per side; catalog labels may hold commas, so items are split by ';'
            out.append(f"{name} only in {side}: {'; '.join(_item_text(ctx, path, x) for x in items)}")


# --- records -----------------------------------------------------------------


@dataclass(frozen=True)
class RecordSpec:
    key: Callable[[Any], Any]
    """What identifies a record across the two plans."""
    name: Callable[[_Ctx, Any], str]
    """How a line names it ('“Lakeshore Family Counseling”')."""


def _named(attr: str, fallback: str = "(unnamed)") -> Callable[[_Ctx, Any], str]:
    return lambda _ctx, r: _quote(getattr(r, attr)) if getattr(r, attr).strip() else fallback


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clinician_name(_ctx: _Ctx, r: Any) -> str:
    title = _quote(r.title) if r.title.strip() else "(untitled)"
    return f"{title} ({r.employer})" if r.employer.strip() else title


def _funding_name(ctx: _Ctx, r: Any) -> str:
    return _quote(r.name) if r.name.strip() else ctx.catalog_label("funding.sources.source", r.source)


def _budget_name(ctx: _Ctx, r: Any) -> str:
    cat = value_label(r.category)
    return f"{cat}: {_quote(r.description)}" if r.description.strip() else cat


def _decision_name(_ctx: _Ctx, r: Any) -> str:
    if r.key is not None:
        return value_label(r.key)
    return _quote(_truncate(r.question, 50)) if r.question.strip() else "(no question)"


def _signatory_name(_ctx: _Ctx, r: Any) -> str:
    role = value_label(r.role)
    return f"{role} ({r.name})" if r.name.strip() else role


RECORDS: dict[str, RecordSpec] = {
    "agency.partners": RecordSpec(lambda r: _norm(r.name), _named("name")),
    "program_model.response_tiers": RecordSpec(lambda r: _norm(r.name), _named("name")),
    "staffing.clinicians": RecordSpec(lambda r: (_norm(r.title), _norm(r.employer)), _clinician_name),
    "staffing.other_roles": RecordSpec(lambda r: _norm(r.role), _named("role")),
    "governance.committee": RecordSpec(
        lambda r: (_norm(r.name), _norm(r.organization)),
        lambda ctx, r: (_quote(r.name) if r.name.strip() else
                        ctx.catalog_label("governance.committee.member_type", r.member_type))
        + (f" ({r.organization})" if r.organization.strip() else "")),
    "confidentiality.frameworks": RecordSpec(
        lambda r: (r.framework, _norm(r.name) if r.framework == "other" else ""),
        lambda ctx, r: ctx.catalog_label("confidentiality.frameworks.framework", r.framework)
        + (f" ({r.name})" if r.name.strip() else "")),
    "confidentiality.documentation": RecordSpec(lambda r: _norm(r.party), _named("party")),
    "data.measures": RecordSpec(lambda r: r.measure,
                                lambda ctx, r: ctx.catalog_label("data.measures.measure", r.measure)),
    "data.custom_measures": RecordSpec(lambda r: _norm(r.name), _named("name")),
    "funding.budget_lines": RecordSpec(lambda r: (r.category, _norm(r.description)), _budget_name),
    "funding.sources": RecordSpec(lambda r: (r.source, _norm(r.name)), _funding_name),
    "decisions": RecordSpec(lambda r: r.key if r.key is not None else _norm(r.question), _decision_name),
    "signoff.signatories": RecordSpec(lambda r: r.role, _signatory_name),
    "agreement.clauses": RecordSpec(lambda r: r.clause, lambda ctx, r: _quote(ctx.clause_title(r.clause))),
    "agreement.notices": RecordSpec(lambda r: _norm(r.party), _named("party")),
    "agreement.obligations": RecordSpec(lambda r: (_norm(r.party), r.area, _norm(r.duty)),
                                        lambda _ctx, r: f"{_quote(r.party) if r.party.strip() else '(no party)'}"
                                                        + (f" ({value_label(r.area).lower()})" if r.area else "")),
}
"""Every list of records in the plan, with what identifies one of its records."""


def _pair(spec: RecordSpec, a: Sequence[Any], b: Sequence[Any]) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Match records by key (in order among equal keys); the rest are only in A or B."""
    pool: dict[Any, list[Any]] = {}
    for r in b:
        pool.setdefault(spec.key(r), []).append(r)
    pairs, only_a = [], []
    for r in a:
        bucket = pool.get(spec.key(r))
        if bucket:
            pairs.append((r, bucket.pop(0)))
        else:
            only_a.append(r)
    matched_b = {id(rb) for _, rb in pairs}
    only_b = [r for r in b if id(r) not in matched_b]
    return pairs, only_a, only_b


def _records(ctx: _Ctx, path: str, a: Sequence[Any], b: Sequence[Any], out: Out, prefix: str) -> None:
    spec = RECORDS.get(path)
    noun = record_noun(path)
    if spec is None:  # a list of records nobody described yet: compare by position
        spec = RecordSpec(lambda r: None, lambda _c, r: "")
    pairs, only_a, only_b = _pair(spec, a, b)
    def who(r: Any) -> str:
        return f"{prefix}{noun} {spec.name(ctx, r)}".rstrip()

    for ra, rb in pairs:
        if ra != rb:
            _model(ctx, path, ra, rb, out, f"{who(ra)} — ")
    for side, items in (("A", only_a), ("B", only_b)):
        lines = [f"{who(r)} only in {side}" for r in items]
        for line in dict.fromkeys(lines):  # identical records once, with their count
            n = lines.count(line)
            out.append(line if n == 1 else f"{line}, {n} of them")


# --- nested models ---------------------------------------------------------------


def _signature_text(sig: Signature | None) -> str:
    if sig is None:
        return "not signed"
    return f"signed ({value_label(sig.method).lower()}) on {sig.signed_at.date().isoformat()}"


def _signature(_ctx: _Ctx, path: str, a: Any, b: Any, out: Out, prefix: str) -> None:
    ta, tb = _signature_text(a), _signature_text(b)
    if ta != tb:
        out.append(f"{prefix}{_signature_text(a)} in A, {_signature_text(b)} in B")


def _day_groups(days: list[Weekday]) -> str:
    return day_range(days, WEEKDAY_NAMES)


def _spans_text(spans: list[Span]) -> str:
    return describe_spans(spans) or "none"


def _schedule(_ctx: _Ctx, path: str, a: Any, b: Any, out: Out, prefix: str) -> None:
    groups: dict[tuple[str, str], list[Weekday]] = {}
    for day in Weekday:
        ta, tb = _spans_text(a.day(day)), _spans_text(b.day(day))
        if ta != tb:
            groups.setdefault((ta, tb), []).append(day)
    for (ta, tb), days in groups.items():
        out.append(f"{prefix}{label(path).text}, {_day_groups(days)}: {ta} in A, {tb} in B")


def _call_demand_text(d: Any) -> str:
    if d is None:
        return "not imported"
    return (f"{d.total_bh:,} behavioral-health calls of {d.total_calls:,} from {d.source_file or 'an export'} "
            f"({d.first_date.isoformat()} to {d.last_date.isoformat()})")


def _call_demand(_ctx: _Ctx, path: str, a: Any, b: Any, out: Out, prefix: str) -> None:
    ta, tb = _call_demand_text(a), _call_demand_text(b)
    if ta == tb:
        out.append(f"{prefix}{label(path).text}: the counts differ (same export and period)")
        return
    out.append(f"{prefix}{label(path).text}: {ta} in A, {tb} in B")


SPECIAL: dict[str, Callable[[_Ctx, str, Any, Any, Out, str], None]] = {
    "coverage.schedule": _schedule,
    "coverage.call_demand": _call_demand,
    "signoff.signatories.signature": _signature,
}


def _model(ctx: _Ctx, path: str, a: BaseModel, b: BaseModel, out: Out, prefix: str) -> None:
    for name in type(a).model_fields:
        sub = f"{path}.{name}" if path else name
        if sub in IGNORED:
            continue
        _value(ctx, sub, getattr(a, name), getattr(b, name), out, prefix)


def _value(ctx: _Ctx, path: str, a: Any, b: Any, out: Out, prefix: str) -> None:
    if a == b:
        return
    special = SPECIAL.get(path)
    if special is not None:
        special(ctx, path, a, b, out, prefix)
    elif isinstance(a, BaseModel) and isinstance(b, BaseModel):
        _model(ctx, path, a, b, out, prefix)
    elif isinstance(a, BaseModel) or isinstance(b, BaseModel):
        lab = label(path).text
        name = prefix + (_lc(lab) if prefix else lab)
        out.append(f"{name}: {'set' if a is not None else 'not set'} in A, {'set' if b is not None else 'not set'} in B")
    elif isinstance(a, list) and isinstance(b, list):
        sample = (a or b)[0]
        if isinstance(sample, BaseModel):
            _records(ctx, path, a, b, out, prefix)
        else:
            _scalar_list(ctx, path, a, b, out, prefix)
    else:
        _scalar(ctx, path, a, b, out, prefix)


# --- figures derived from the plan ----------------------------------------------------


def _derived(ctx: _Ctx, section: str, a: ProgramPlan, b: ProgramPlan, out: Out) -> None:
    """Headline figures a debrief asks about first, ahead of the field lines."""
    if section == "staffing" and a.staffing.clinician_fte != b.staffing.clinician_fte:
        _scalar(ctx, "staffing.clinician_fte", a.staffing.clinician_fte, b.staffing.clinician_fte, out, "")
    if section == "funding":
        limited = {f.id: f.time_limited for f in ctx.content.catalogs.funding_sources if f.time_limited is not None}
        sa, sb = budget.summarize(a.funding, limited), budget.summarize(b.funding, limited)
        for key, va, vb in (("funding.total_cost", sa.total_cost, sb.total_cost),
                            ("funding.total_gap", sa.total_gap, sb.total_gap)):
            if (va is None) != (vb is None) or (va is not None and vb is not None and round(va) != round(vb)):
                _scalar(ctx, key, va, vb, out, "")


def diff_plans(a: ProgramPlan, b: ProgramPlan, content: Content, *, a_name: str = "A",
               b_name: str = "B") -> PlanDiff:
    """Every difference between ``a`` and ``b``, grouped by plan section in wizard order."""
    ctx = _Ctx(content)
    sections: list[SectionDiff] = []
    for name in ProgramPlan.model_fields:
        out: Out = []
        _derived(ctx, name, a, b, out)
        _value(ctx, name, getattr(a, name), getattr(b, name), out, "")
        if out:
            sections.append(SectionDiff(name, SECTION_LABELS.get(name, label(name).text), tuple(out)))
    return PlanDiff(a_name, b_name, tuple(sections))


def describe_plan(plan: ProgramPlan, source: str) -> str:
    """'mid.yaml — Maple Falls Crisis Response Unit, revision 2' for the A/B header lines."""
    title = plan.metadata.program_name or plan.agency.name or "untitled plan"
    return f"{source} — {title}, revision {plan.metadata.revision}"
