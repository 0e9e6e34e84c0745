"""The agreement terms as the charter prints them: clause wording filled in from the plan.

The clause library (``resources/content/clauses.yaml``, :mod:`wizard.clauses`) gives
each clause's wording; the plan's ``agreement`` section says which clauses it adopts,
edits (its own words, kept verbatim) or omits, and which option it chose. Wording names
facts of the plan in braces (``{agency.name}``); :func:`resolve` gives each one's value
from the plan, or None when the plan does not hold it, and then the printed clause says
what is missing (``[not yet given: the effective date]``) instead of printing a default.

:func:`charter_sections` returns the agreement in the shared section format the charter
template renders (README, "Section format"); :func:`open_questions` lists what the
agreement still lacks for the plan's open items; the counsel checks are in
:mod:`wizard.checks` and use the helpers here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from wizard import budget
from wizard.clauses import PLACEHOLDER, PLACEHOLDERS, ClauseInfo
from wizard.content import Content
from wizard.i18n import N_, t
from wizard.labels import value_label
from wizard.phrases import long_date, money, percent, plural, said_join, year_range
from wizard.plan import (
    ClauseChoice,
    ClauseStatus,
    MouStatus,
    ObligationArea,
    ProgramPlan,
    SignatoryRole,
)

MISSING = N_("[not yet given: {what}]")
"""What a clause prints where the plan does not hold a value (never a default)."""
NOT_CHOSEN = N_("[not yet chosen: which wording of “{title}” applies]")


class _Said(Mapping):
    """A table of English names that answers in the current language (``t`` of each)."""

    def __init__(self, english: dict):
        self.english = english

    def __getitem__(self, key) -> str:
        return t(self.english[key])

    def __iter__(self):
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


AREA_LABELS: Mapping[ObligationArea, str] = _Said({
    ObligationArea.staff: N_("Staff"),
    ObligationArea.supervision: N_("Supervision"),
    ObligationArea.dispatch: N_("Dispatch"),
    ObligationArea.training: N_("Training"),
    ObligationArea.data: N_("Data"),
    ObligationArea.space: N_("Space"),
    ObligationArea.vehicles: N_("Vehicles"),
    ObligationArea.radios: N_("Radios"),
    ObligationArea.records: N_("Records"),
    ObligationArea.funding: N_("Funding"),
    ObligationArea.other: N_("Other"),
})
STATUS_LABELS: Mapping[ClauseStatus | None, str] = _Said({
    None: N_("Not yet decided"),
    ClauseStatus.adopted: N_("Adopted as written"),
    ClauseStatus.edited: N_("Edited (our own wording)"),
    ClauseStatus.omitted: N_("Omitted"),
})
RENEWAL_WHAT = N_("whether and how the agreement renews")
OBLIGATIONS_WHAT = N_("each party's obligations")
BINDING_KIND = "interlocal_agreement"
NON_BINDING_KIND = "charter_with_mou"


# --- names of organizations --------------------------------------------------------------


def same_org(a: str, b: str) -> bool:
    return norm(a) == norm(b) and bool(norm(a))


def norm(name: str) -> str:
    n = re.sub(r"\s+", " ", name).strip().casefold()
    return n[4:] if n.startswith("the ") else n


def signing_parties(plan: ProgramPlan) -> list[str]:
    """The organizations that sign as parties (counsel approve as to form, not as parties),
    in sign-off order, each once."""
    out: list[str] = []
    for s in plan.signoff.signatories:
        org = s.organization.strip()
        if s.role is SignatoryRole.counsel or not org:
            continue
        if not any(same_org(org, o) for o in out):
            out.append(org)
    return out


def signs(plan: ProgramPlan, organization: str) -> bool:
    return any(same_org(organization, o) for o in signing_parties(plan))


def counsel_for(plan: ProgramPlan, organization: str) -> list[str]:
    """Names of the counsel listed to approve the agreement as to form for ``organization``."""
    return [s.name.strip() or t("(not named)") for s in plan.signoff.signatories
            if s.role is SignatoryRole.counsel and same_org(s.organization, organization)]


def approved_as_to_form(plan: ProgramPlan) -> list[dict[str, str]]:
    """One "Approved as to form" line per signing party for the signature page:
    ``{"party", "name", "title"}``; name and title are '' where no counsel is listed."""
    out = []
    for party in signing_parties(plan):
        c = next((s for s in plan.signoff.signatories
                  if s.role is SignatoryRole.counsel and same_org(s.organization, party)), None)
        out.append({"party": party, "name": c.name.strip() if c else "", "title": c.title.strip() if c else ""})
    return out


# --- values of the fields clause wording names --------------------------------------------


def _text(v: str) -> str | None:
    v = v.strip()
    return v or None


def _model(plan: ProgramPlan, content: Content) -> str | None:
    m = plan.program_model
    if m.primary is None:
        return None
    name = content.model(m.primary).name
    out = t("{name} model", name=f"{name[:1].lower()}{name[1:]}")
    extra = [content.model(x).short_name.lower() for x in m.complementary]
    return t("{model} (with {others})", model=out, others=said_join(extra)) if extra else out


def _term_length(plan: ProgramPlan, _c: Content) -> str | None:
    term = plan.agreement.term
    if term.months is not None:
        return t("for {months}", months=plural(term.months, 'month'))
    if term.end is not None:
        return t("until {date}", date=long_date(term.end))
    return None


def _funding(plan: ProgramPlan, content: Content) -> str | None:
    f = plan.funding
    labels = {s.id: s.label for s in content.catalogs.funding_sources}
    parts = []
    for i, s in enumerate(f.sources):
        name = budget.source_label(s, labels, i)
        known = [a for a in s.amounts if a is not None]
        if s.amounts and len(known) == len(s.amounts):
            years = (year_range(f.start_year, f.start_year + len(s.amounts) - 1) if f.start_year
                     else plural(len(s.amounts), "plan year"))
            amount = t("{amount} over {years}", amount=money(sum(known)), years=years)
        else:
            amount = t("amount not yet known")
        status = value_label(s.status).lower() if s.status is not None else t("status not yet recorded")
        parts.append(f"{name}, {amount}, {status}")
    return "; ".join(parts) if parts else None


def _shares(plan: ProgramPlan, _c: Content) -> str | None:
    served = [s for s in plan.agency.served_agencies if s.name.strip()]
    if not served or any(s.cost_share is None for s in served):
        return None
    parts = [f"{s.name.strip()}, {percent(s.cost_share or 0)}" for s in served]
    rest = 1 - sum(s.cost_share or 0 for s in served)
    if plan.agency.name.strip() and rest > 1e-9:
        parts.insert(0, f"{plan.agency.name.strip()}, {percent(rest)}")
    return "; ".join(parts)


def _employers(plan: ProgramPlan, _c: Content) -> str | None:
    names: list[str] = []
    for c in plan.staffing.clinicians:
        e = c.employer.strip()
        if e and not any(same_org(e, n) for n in names):
            names.append(e)
    return said_join(names) or None


def _notices(plan: ProgramPlan, _c: Content) -> str | None:
    parts = []
    for n in plan.agreement.notices:
        bits = [b for b in (n.party.strip(), t("attention {who}", who=n.attention.strip()) if n.attention.strip() else "",
                            " ".join(n.address.split()), n.email.strip()) if b]
        if n.party.strip():
            parts.append(", ".join(bits))
    return "; ".join(parts) if parts else None


def _data_sharing(plan: ProgramPlan, _c: Content) -> str | None:
    mou = plan.confidentiality.mou
    if mou.status is None:
        return None
    covers = "" if mou.covers_data_sharing is not False else t(", which does not yet cover information sharing")
    return {
        MouStatus.signed: (t("the memorandum of understanding signed on {date}", date=long_date(mou.signed_date))
                           if mou.signed_date else t("the signed memorandum of understanding")),
        MouStatus.drafting: t("the memorandum of understanding now being drafted"),
        MouStatus.under_review: t("the memorandum of understanding now under review"),
        MouStatus.expired: t("the memorandum of understanding, which has expired and must be renewed"),
        MouStatus.none: t("a data-sharing agreement the parties have yet to make"),
    }[mou.status] + covers


def _escalation(plan: ProgramPlan, _c: Content) -> str | None:
    path = [x.strip() for x in plan.governance.escalation_path if x.strip()]
    return t("; then ").join(path) or None


def _retention(plan: ProgramPlan, _c: Content) -> str | None:
    r = " ".join(plan.confidentiality.retention.split()).rstrip(".")
    return r or None


Resolver = Callable[[ProgramPlan, Content], "str | None"]
RESOLVERS: dict[str, Resolver] = {
    "agency.name": lambda p, c: _text(p.agency.name),
    "agency.state": lambda p, c: _text(p.agency.state),
    "agency.jurisdiction": lambda p, c: _text(p.agency.jurisdiction),
    "partner.name": lambda p, c: _text(p.primary_partner_name()),
    "program.name": lambda p, c: _text(p.metadata.program_name),
    "program.model": _model,
    "parties": lambda p, c: said_join(signing_parties(p)) or None,
    "statute": lambda p, c: _text(p.agreement.statute),
    "term.start": lambda p, c: long_date(p.agreement.term.start) or None,
    "term.length": _term_length,
    "term.renewal_months": lambda p, c: (plural(p.agreement.term.renewal_months, "month")
                                         if p.agreement.term.renewal_months else None),
    "notice_days": lambda p, c: (plural(p.agreement.termination_notice_days, "day")
                                 if p.agreement.termination_notice_days else None),
    "cure_days": lambda p, c: plural(p.agreement.cure_days, "day") if p.agreement.cure_days else None,
    "cost_cap": lambda p, c: money(p.agreement.cost_cap) if p.agreement.cost_cap is not None else None,
    "funding.sources": _funding,
    "cost.shares": _shares,
    "clinician.employers": _employers,
    "escalation": _escalation,
    "notices": _notices,
    "crisis_center": lambda p, c: _text(p.agency.existing.crisis_receiving_center_name),
    "data_sharing": _data_sharing,
    "records.retention": _retention,
}
if set(RESOLVERS) != set(PLACEHOLDERS):  # pragma: no cover - a programming error, caught by the tests
    raise RuntimeError(f"wizard.agreement resolves {sorted(set(RESOLVERS) ^ set(PLACEHOLDERS))} differently "
                       "from wizard.clauses.PLACEHOLDERS")


def resolve(plan: ProgramPlan, content: Content) -> dict[str, str | None]:
    """Every field clause wording may name, with its value from the plan (None: not given)."""
    return {name: fn(plan, content) for name, fn in RESOLVERS.items()}


# --- one clause --------------------------------------------------------------------------


@dataclass(frozen=True)
class Drafted:
    """One clause as the plan takes it, worded as it will print."""

    info: ClauseInfo
    status: ClauseStatus | None
    option: str | None
    """The option in force (from the plan's choice or the field the clause follows)."""
    text: str
    """The wording as printed; '' for a clause not printed (omitted or undecided)."""
    missing: tuple[str, ...]
    """Names of the fields (PLACEHOLDERS keys) the wording needs and the plan lacks."""
    option_missing: bool = False

    @property
    def printed(self) -> bool:
        return self.status in (ClauseStatus.adopted, ClauseStatus.edited)

    @property
    def edited(self) -> bool:
        return self.status is ClauseStatus.edited


def choice_for(plan: ProgramPlan, clause_id: str) -> ClauseChoice:
    return plan.agreement.choice(clause_id) or ClauseChoice(clause=clause_id)


def option_in_force(plan: ProgramPlan, info: ClauseInfo, choice: ClauseChoice | None = None) -> str | None:
    if not info.options:
        return None
    if info.option_from == "agreement.term.renewal":
        r = plan.agreement.term.renewal
        return r.value if r is not None else None
    choice = choice or choice_for(plan, info.id)
    return choice.option if info.option(choice.option) is not None else None


def paragraphs(text: str) -> str:
    """Library wording (YAML folds lines; a blank line leaves one line break) with its
    paragraphs separated by a blank line, as the section format wants."""
    return "\n\n".join(p.strip() for p in text.split("\n") if p.strip())


def fill(wording: str, values: dict[str, str | None]) -> tuple[str, list[str]]:
    """``wording`` with its fields filled in; a field without a value prints what is
    missing. Returns the text and the names of the missing fields (each once)."""
    missing: list[str] = []

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        v = values.get(name)
        if v is None:
            if name not in missing:
                missing.append(name)
            return t(MISSING, what=t(PLACEHOLDERS[name][0]))
        return v

    return PLACEHOLDER.sub(one, wording), missing


def wording(plan: ProgramPlan, content: Content, info: ClauseInfo, option: str | None,
            values: dict[str, str | None] | None = None) -> tuple[str, list[str], bool]:
    """The library's wording of ``info`` (for ``option``) filled in from the plan:
    (text, missing fields, option missing). What the page shows as "as it will print"."""
    values = resolve(plan, content) if values is None else values
    if info.options:
        opt = info.option(option)
        if opt is None:
            if info.option_from == "agreement.term.renewal":
                return t(MISSING, what=t(RENEWAL_WHAT)), [], True
            return t(NOT_CHOSEN, title=info.title), [], True
        raw = opt.text
    else:
        raw = info.text or ""
    text, missing = fill(paragraphs(raw), values)
    if info.special == "obligations" and not obligation_blocks(plan):
        text += "\n\n" + t(MISSING, what=t(OBLIGATIONS_WHAT))
        missing.append("obligations")
    return text, missing, False


def draft(plan: ProgramPlan, content: Content, values: dict[str, str | None] | None = None) -> list[Drafted]:
    """Every clause of the library, in library order, as the plan takes it."""
    values = resolve(plan, content) if values is None else values
    out = []
    for info in content.clauses:
        choice = choice_for(plan, info.id)
        option = option_in_force(plan, info, choice)
        if choice.status is ClauseStatus.edited:
            out.append(Drafted(info, choice.status, option, choice.text.strip(), ()))
        elif choice.status is ClauseStatus.adopted:
            text, missing, no_option = wording(plan, content, info, option, values)
            out.append(Drafted(info, choice.status, option, text, tuple(missing), no_option))
        else:
            out.append(Drafted(info, choice.status, option, "", ()))
    return out


def document_kind(plan: ProgramPlan, content: Content) -> str | None:
    """'charter_with_mou', 'interlocal_agreement', or None when the plan has not stated it
    (the document-kind clause undecided, omitted or without an option)."""
    info = content.clause("document_kind")
    choice = choice_for(plan, "document_kind")
    if info is None or choice.status not in (ClauseStatus.adopted, ClauseStatus.edited):
        return None
    return option_in_force(plan, info, choice)


def binding(plan: ProgramPlan, content: Content) -> bool:
    return document_kind(plan, content) == BINDING_KIND


def approval_statement(plan: ProgramPlan, content: Content) -> str:
    """What signing means, said once and the same way as the document-kind clause: the
    statement every signatory signs under (signature page, Sign-off step)."""
    key = {NON_BINDING_KIND: "approval_charter_with_mou",
           BINDING_KIND: "approval_interlocal_agreement"}.get(document_kind(plan, content) or "",
                                                             "approval_kind_undecided")
    charter = content.charter
    return " ".join(f"{charter.approval_statement} {charter.say(key)}".split())


# --- obligations -----------------------------------------------------------------------------


def obligation_blocks(plan: ProgramPlan) -> list[dict]:
    """One obligations block per party, in the order the parties first appear."""
    by_party: dict[str, tuple[str, list[str]]] = {}
    for o in plan.agreement.obligations:
        party, duty = o.party.strip(), " ".join(o.duty.split())
        if not party or not duty:
            continue
        key = norm(party)
        item = f"{AREA_LABELS[o.area]}: {duty}" if o.area is not None else duty
        by_party.setdefault(key, (party, []))[1].append(item)
    return [{"kind": "obligations", "party": party, "items": items} for party, items in by_party.values()]


def obligation_parties(plan: ProgramPlan) -> list[str]:
    out: list[str] = []
    for o in plan.agreement.obligations:
        p = o.party.strip()
        if p and not any(same_org(p, x) for x in out):
            out.append(p)
    return out


# --- the charter's sections -----------------------------------------------------------------


def _letters(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else f"A{i - 25}"


def charter_sections(plan: ProgramPlan, content: Content, *, guidance: bool = False) -> list[dict]:
    """The agreement terms in the shared section format: one section, id "agreement".

    Recitals are lettered (A, B …) and terms numbered (1, 2 …) in library order; omitted
    clauses take no number, and undecided ones are not printed as agreed but named in one
    statement. The obligations clause is followed by one ``obligations`` block per party.
    With ``guidance`` (a review copy for counsel) each printed clause is followed by the
    library's note on when counsel should change it, as a guidance block."""
    drafted = draft(plan, content)
    blocks: list[dict] = []
    printed = [d for d in drafted if d.printed]
    if not printed:
        blocks.append({"kind": "para", "text": t("No agreement terms are decided yet: the parties have not adopted, "
                                                 "edited or omitted any clause.")})
    for part, heading in (("recitals", t("Recitals")), ("terms", t("Terms"))):
        of_part = [d for d in printed if d.info.part == part]
        if not of_part:
            continue
        blocks.append({"kind": "subheading", "text": heading})
        for i, d in enumerate(of_part):
            number = _letters(i) if part == "recitals" else str(i + 1)
            blocks.append({"kind": "clause", "number": number, "title": d.info.title, "text": d.text,
                           "edited": d.edited})
            if d.info.special == "obligations":
                blocks.extend(obligation_blocks(plan))
            if guidance:
                blocks.append({"kind": "guidance", "text": t("When counsel should change {number} ({title}): {note}",
                                                             number=number, title=d.info.title,
                                                             note=" ".join(d.info.counsel.split()))})
    undecided = [d.info.title for d in drafted if d.status is None]
    if undecided and printed:
        blocks.append({"kind": "para", "text": t("Not yet decided, and so not part of these terms: {clauses}.",
                                                 clauses=said_join(undecided))})
    return [{"id": "agreement", "title": t("Agreement terms"), "blocks": blocks}]


# --- what the agreement still lacks ------------------------------------------------------------


def open_questions(plan: ProgramPlan, content: Content) -> list[tuple[str, str]]:
    """(plan path, question) for what the agreement terms still lack, for the open items:
    the document kind, undecided clauses, a wording to choose, and each fact a printed
    clause names but the plan does not give (once, naming the clauses that need it)."""
    drafted = draft(plan, content)
    out: list[tuple[str, str]] = []
    if document_kind(plan, content) is None:
        out.append(("agreement.clauses", t("Is the charter a non-binding charter with a separate MOU, or the "
                                           "binding interlocal agreement itself?")))
    undecided = [d for d in drafted if d.status is None and d.info.id != "document_kind"]
    if undecided:
        out.append(("agreement.clauses", t("Which agreement clauses to adopt, edit or omit ({clauses} not yet "
                                           "decided)?", clauses=plural(len(undecided), 'clause'))))
    for d in drafted:
        if d.printed and d.option_missing and d.info.id != "document_kind":
            if d.info.option_from == "agreement.term.renewal":
                out.append(("agreement.term.renewal", t("Does the agreement renew automatically, only by written "
                                                        "agreement, or not at all?")))
            else:
                out.append(("agreement.clauses", t("Which wording of the clause “{title}” applies?",
                                                   title=d.info.title)))
    needs: dict[str, list[str]] = {}
    for d in drafted:
        for name in d.missing:
            needs.setdefault(name, []).append(d.info.title)
    for name, titles in needs.items():
        what, path = PLACEHOLDERS.get(name, (OBLIGATIONS_WHAT, "agreement.obligations"))
        out.append((path, t("The agreement terms need {what} (for {clauses}).", what=t(what),
                            clauses=said_join(f"“{x}”" for x in titles))))
    return out


def missing_path(name: str) -> str:
    """The plan field a user fills to give the clause field ``name``."""
    return PLACEHOLDERS.get(name, ("", "agreement.obligations"))[1]
