"""Agreement terms (issue 13 items 1 and 2): the clause library, the wording as it prints,
the counsel checks on crafted plans, the annexes, the migration and the presets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from factories import ready_plan

from wizard import agreement, annexes, checks, open_items, presets, signing, storage
from wizard.clauses import PLACEHOLDERS, REQUIRED_CLAUSES
from wizard.content import default_content, load_content
from wizard.plan import (
    SCHEMA_VERSION,
    AgreementTerm,
    ClauseChoice,
    ClauseStatus,
    Framework,
    Obligation,
    ObligationArea,
    ProgramPlan,
    ServedAgency,
    Signatory,
    SignatoryRole,
)
from wizard.signing import SignatureState
from wizard.steps import Step
from wizard.yamlio import ReadError

CONTENT = default_content()
DATA = Path(__file__).resolve().parents[1] / "data"
BLOCK_KEYS = {
    "para": {"kind", "text"}, "guidance": {"kind", "text"}, "subheading": {"kind", "text"},
    "list": {"kind", "items", "ordered"}, "clause": {"kind", "number", "title", "text", "edited"},
    "obligations": {"kind", "party", "items"}, "table": {"kind", "caption", "header", "rows"},
    "facts": {"kind", "rows"},
}


def assert_sections(sections: list[dict]) -> None:
    """The shared section format: JSON-able, known block kinds with exactly their keys, plain strings."""
    json.dumps(sections)
    for s in sections:
        assert set(s) == {"id", "title", "blocks"} and s["id"] and s["title"]
        for b in s["blocks"]:
            assert set(b) == BLOCK_KEYS[b["kind"]], b
            for v in b.values():
                if isinstance(v, str):
                    assert "{" not in v or b.get("edited"), b  # no unresolved field reaches a reader


def set_clause(plan: ProgramPlan, clause_id: str, status: ClauseStatus | None, option: str | None = None,
               text: str = "") -> None:
    others = [c for c in plan.agreement.clauses if c.clause != clause_id]
    plan.agreement.clauses = [*others, ClauseChoice(clause=clause_id, status=status, option=option, text=text)]


def codes(plan: ProgramPlan) -> dict[str, list[checks.Finding]]:
    out: dict[str, list[checks.Finding]] = {}
    for f in checks.run_checks(plan):
        out.setdefault(f.code, []).append(f)
    return out


def binding_plan() -> ProgramPlan:
    p = ready_plan()
    set_clause(p, "document_kind", ClauseStatus.adopted, "interlocal_agreement")
    p.signoff.signatories = [*p.signoff.signatories,
                             Signatory(role=SignatoryRole.counsel, name="A. Law", title="City Attorney",
                                       organization="Riverton Police Department"),
                             Signatory(role=SignatoryRole.counsel, name="B. Law", title="General Counsel",
                                       organization="Riverton Community Mental Health")]
    return p


# --- the library ---------------------------------------------------------------------------


def test_library_has_every_clause_the_issue_lists_with_purpose_and_counsel_guidance():
    ids = [c.id for c in CONTENT.clauses]
    assert set(REQUIRED_CLAUSES) <= set(ids)
    for c in CONTENT.clauses:
        assert c.purpose.strip() and c.counsel.strip() and c.title.strip()
    assert {o.id for o in CONTENT.clause("liability").options} == {"own_acts", "mutual_indemnity", "state_law"}
    assert {o.id for o in CONTENT.clause("document_kind").options} == {"charter_with_mou", "interlocal_agreement"}
    assert set(agreement.RESOLVERS) == set(PLACEHOLDERS)


def _pack(tmp_path: Path, text: str) -> Path:
    (tmp_path / "clauses.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("change", "field", "words"), [
    (("{agency.name} and {partner.name}", "{agency.nmae} and {partner.name}"), "clauses[0].text",
     "unknown field '{agency.nmae}'"),
    (("{agency.name} and {partner.name}", "{ agency } and {partner.name}"), "clauses[0].text",
     "a brace that is not a field"),
    (("    default_option: own_acts\n", "    default_option: everyone\n"), "clauses", "not one of its options"),
    (("  - id: insurance\n", "  - id: insurance_cover\n"), "clauses", "lacks the clause insurance"),
    (("    title: Parties\n", "    title: Parties\n    colour: red\n"), "clauses[0].colour", "unknown key"),
])
def test_a_bad_clause_library_names_the_file_and_the_field(tmp_path, change, field, words):
    raw = (Path(__file__).resolve().parents[2] / "resources" / "content" / "clauses.yaml").read_text(encoding="utf-8")
    assert change[0] in raw
    pack = _pack(tmp_path, raw.replace(change[0], change[1], 1))
    with pytest.raises(ReadError) as err:
        load_content(pack)
    msg = str(err.value)
    assert "clauses.yaml" in msg and field in msg and words in msg, msg


# --- the wording as it prints ----------------------------------------------------------------


def test_a_known_fact_fills_in_and_an_unknown_one_says_what_is_missing():
    p = ready_plan()
    text = next(b for b in agreement.charter_sections(p, CONTENT)[0]["blocks"]
                if b["kind"] == "clause" and b["title"] == "Legal authority")["text"]
    assert "Ohio Revised Code 9.482" in text and "law of Ohio" in text
    p.agreement.statute = ""
    text = next(b for b in agreement.charter_sections(p, CONTENT)[0]["blocks"]
                if b["kind"] == "clause" and b["title"] == "Legal authority")["text"]
    assert "[not yet given: the state's interlocal-cooperation statute]" in text
    questions = [q for _path, q in agreement.open_questions(p, CONTENT)]
    assert any("interlocal-cooperation statute" in q and "Legal authority" in q for q in questions)
    items = open_items.open_items(p, CONTENT)
    assert any(i.step is Step.agreement and "interlocal-cooperation statute" in i.question for i in items)
    f = codes(p)["agreement-fact-missing"][0]
    assert f.field == "agreement.statute" and f.step is Step.agreement


def test_no_default_prints_for_a_missing_term_or_notice():
    p = ready_plan()
    p.agreement.term.start = None
    p.agreement.termination_notice_days = None
    blocks = agreement.charter_sections(p, CONTENT)[0]["blocks"]
    term = next(b["text"] for b in blocks if b.get("title") == "Effective date, term and renewal")
    termination = next(b["text"] for b in blocks if b.get("title") == "Termination and wind-down")
    assert "[not yet given: the effective date]" in term
    assert "[not yet given: the termination notice period]" in termination
    assert "60 days" not in termination and "30 days" in termination  # the cure period is still given


def test_edited_wording_is_kept_verbatim_and_marked_edited():
    p = ready_plan()
    mine = "Each party pays {its} own costs <b>&amp;</b> #set \\ [x](y) *none* — 100 %.\n\nSecond paragraph."
    set_clause(p, "cost_sharing", ClauseStatus.edited, "funding_plan", mine)
    blocks = agreement.charter_sections(p, CONTENT)[0]["blocks"]
    b = next(b for b in blocks if b.get("title") == "Cost sharing")
    assert b["text"] == mine.strip() and b["edited"] is True
    assert storage.dumps(p).count("#set") == 1
    back = storage.parse_plan("p.yaml", storage.dumps(p).encode("utf-8"))
    assert back.agreement.choice("cost_sharing").text == mine


def test_omitted_and_undecided_clauses_take_no_number_and_undecided_ones_are_named():
    p = ready_plan()
    set_clause(p, "invoicing", ClauseStatus.omitted)
    set_clause(p, "counterparts", None)
    blocks = agreement.charter_sections(p, CONTENT)[0]["blocks"]
    clauses = [b for b in blocks if b["kind"] == "clause"]
    titles = [b["title"] for b in clauses]
    assert "Invoicing and payment" not in titles and "Counterparts and electronic signatures" not in titles
    terms = [b["number"] for b in clauses if b["number"].isdigit()]
    assert terms == [str(i) for i in range(1, len(terms) + 1)]
    assert [b["number"] for b in clauses if not b["number"].isdigit()] == ["A", "B"]
    assert any(b["kind"] == "para" and "Counterparts and electronic signatures" in b["text"] for b in blocks)
    assert not any("Invoicing" in b.get("text", "") for b in blocks if b["kind"] == "para")


def test_obligations_print_one_block_per_party_with_their_areas():
    p = ready_plan()
    p.agreement.obligations = [*p.agreement.obligations,
                               Obligation(party="Riverton Police Department", area=ObligationArea.radios,
                                          duty="provide two portable radios"),
                               Obligation(party="riverton police department", area=None, duty="host the team")]
    blocks = agreement.charter_sections(p, CONTENT)[0]["blocks"]
    obs = [b for b in blocks if b["kind"] == "obligations"]
    assert [o["party"] for o in obs] == ["Riverton Police Department", "Riverton Community Mental Health"]
    assert obs[0]["items"] == ["Dispatch: flag behavioral-health calls and dispatch the team",
                               "Radios: provide two portable radios", "host the team"]
    i = blocks.index(obs[0])
    assert blocks[i - 1]["kind"] == "clause" and blocks[i - 1]["title"] == "What each party shall do"


def test_guidance_is_set_apart_and_only_on_request():
    p = ready_plan()
    plain = agreement.charter_sections(p, CONTENT)[0]["blocks"]
    review = agreement.charter_sections(p, CONTENT, guidance=True)[0]["blocks"]
    assert not any(b["kind"] == "guidance" for b in plain)
    g = [b for b in review if b["kind"] == "guidance"]
    assert len(g) == sum(1 for b in plain if b["kind"] == "clause")
    assert all(b["text"].startswith("When counsel should change") for b in g)
    assert_sections(agreement.charter_sections(p, CONTENT, guidance=True))


def test_a_blank_plan_prints_no_terms_as_agreed():
    blocks = agreement.charter_sections(ProgramPlan(), CONTENT)[0]["blocks"]
    assert [b["kind"] for b in blocks] == ["para"]
    assert "No agreement terms are decided yet" in blocks[0]["text"]
    assert agreement.document_kind(ProgramPlan(), CONTENT) is None


def test_document_kind_is_stated_once():
    p = binding_plan()
    texts = [b["text"] for b in agreement.charter_sections(p, CONTENT)[0]["blocks"] if b["kind"] == "clause"]
    assert sum("binding agreement between the parties" in t for t in texts) == 1
    assert not any("not itself a contract" in t for t in texts)
    assert agreement.document_kind(p, CONTENT) == "interlocal_agreement"
    assert agreement.approved_as_to_form(p) == [
        {"party": "Riverton Police Department", "name": "A. Law", "title": "City Attorney"},
        {"party": "Riverton Community Mental Health", "name": "B. Law", "title": "General Counsel"}]


# --- counsel's checks on crafted plans ---------------------------------------------------------


def test_the_ready_plan_and_a_ready_binding_plan_draw_no_agreement_findings():
    assert checks.run_checks(ready_plan()) == []
    assert checks.run_checks(binding_plan()) == []


def _undecided_kind(p):
    set_clause(p, "document_kind", None)


def _no_term(p):
    set_clause(p, "term", ClauseStatus.omitted)


def _term_without_length(p):
    p.agreement.term.months = None


def _no_termination(p):
    set_clause(p, "termination", ClauseStatus.omitted)


def _no_notice(p):
    p.agreement.termination_notice_days = None


def _no_liability(p):
    set_clause(p, "liability", ClauseStatus.omitted)


def _liability_without_option(p):
    set_clause(p, "liability", ClauseStatus.adopted, None)


def _no_insurance(p):
    set_clause(p, "insurance", None)


def _mou_party(p):
    p.confidentiality.mou.parties = [*p.confidentiality.mou.parties, "Riverton Emergency Communications"]


def _obligated_party(p):
    p.agreement.obligations = [*p.agreement.obligations,
                               Obligation(party="Riverton Fire Department", area=ObligationArea.vehicles,
                                          duty="lend a vehicle")]


def _payer(p):
    p.agency.served_agencies = [ServedAgency(name="Town of Elm Grove Police", cost_share=0.2)]


def _funder(p):
    p.agreement.obligations = [*p.agreement.obligations,
                               Obligation(party="County Mental Health Board", area=ObligationArea.funding,
                                          duty="pay $50,000 a year")]
    p.confidentiality.mou.parties = [*p.confidentiality.mou.parties, "County Mental Health Board"]


def _edited_empty(p):
    set_clause(p, "amendment", ClauseStatus.edited, text="  ")


def _option_missing(p):
    set_clause(p, "invoicing", ClauseStatus.adopted, None)


def _unknown_clause(p):
    p.agreement.clauses = [*p.agreement.clauses, ClauseChoice(clause="arbitration", status=ClauseStatus.adopted)]


def _no_address(p):
    p.agreement.notices = p.agreement.notices[:1]


def _cjis_omitted(p):
    p.confidentiality.frameworks = [*p.confidentiality.frameworks, Framework(framework="cjis")]
    set_clause(p, "staffing_terms", ClauseStatus.omitted)


def _missing_fact(p):
    p.agreement.cost_cap = None


W, B, S = checks.Severity.warning, checks.Severity.blocker, checks.Severity.suggestion
CASES = {
    # code: (mutation, severity for the non-binding kind, the words of the message)
    "agreement-kind-undecided": (_undecided_kind, W, "what kind of document"),
    "clauses-undecided": (_no_insurance, W, "1 agreement clause is not yet"),
    "no-term": (_no_term, W, "no term"),
    "no-term ": (_term_without_length, W, "length or end date"),
    "no-termination": (_no_termination, W, "end it"),
    "no-termination-notice": (_no_notice, W, "notice period"),
    "no-liability-clause": (_no_liability, W, "who answers for a claim"),
    "no-liability-clause ": (_liability_without_option, W, "who answers for a claim"),
    "no-insurance-clause": (_no_insurance, W, "insurance"),
    "party-not-signing": (_mou_party, W, "Riverton Emergency Communications is a party to the MOU"),
    "party-not-signing ": (_obligated_party, W, "Riverton Fire Department has obligations"),
    "payer-not-signing": (_payer, W, "Town of Elm Grove Police commits money"),
    "payer-not-signing ": (_funder, W, "County Mental Health Board commits money"),
    "edited-clause-empty": (_edited_empty, W, "Amendment"),
    "clause-option-missing": (_option_missing, W, "Invoicing and payment"),
    "unknown-option": (_unknown_clause, W, "arbitration"),
    "no-notice-address": (_no_address, S, "Riverton Community Mental Health"),
    "cjis-screening-omitted": (_cjis_omitted, W, "CJIS"),
    "agreement-fact-missing": (_missing_fact, W, "the most either party pays in a year"),
}
FIRM = {"no-term", "no-term ", "no-termination", "no-termination-notice", "no-liability-clause",
        "no-liability-clause ", "no-insurance-clause", "party-not-signing ", "payer-not-signing",
        "payer-not-signing "}
"""What a binding agreement cannot be signed without: blockers when the charter is the agreement
(a party to a separate MOU who does not sign stays a warning: that may be right)."""


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("kind", ["charter_with_mou", "interlocal_agreement"])
def test_counsel_check_fires_on_a_crafted_plan(case, kind):
    mutate, severity, words = CASES[case]
    code = case.strip()
    plan = binding_plan() if kind == "interlocal_agreement" else ready_plan()
    assert code not in codes(plan)
    mutate(plan)
    hits = codes(plan).get(code, [])
    assert hits, f"{code} did not fire"
    f = hits[0]
    if kind == "interlocal_agreement" and case in FIRM:
        severity = B
    assert f.severity is severity, (f.severity, severity)
    assert words in f.message, f.message
    assert f.fix and f.field
    obj: object = plan
    import re
    for part in re.findall(r"[a-z_]+|\[\d+\]", f.field):
        obj = obj[int(part[1:-1])] if part.startswith("[") else getattr(obj, part)


def test_binding_kind_without_counsel_blocks_for_each_party():
    p = binding_plan()
    p.signoff.signatories = [s for s in p.signoff.signatories
                             if not (s.role is SignatoryRole.counsel and s.organization.startswith("Riverton Comm"))]
    hits = codes(p)["no-counsel-approval"]
    assert [f.severity for f in hits] == [B]
    assert "Riverton Community Mental Health" in hits[0].message
    ready = ready_plan()  # the non-binding kind does not need counsel on the signature page
    assert "no-counsel-approval" not in codes(ready)


def test_a_name_that_differs_only_in_case_or_spacing_is_the_same_party():
    p = ready_plan()
    p.confidentiality.mou.parties = ["the  riverton police department", "RIVERTON COMMUNITY MENTAL HEALTH"]
    assert "party-not-signing" not in codes(p)


def test_counsel_checks_from_the_issue_are_covered():
    wanted = {"no-term", "no-termination-notice", "no-insurance-clause", "no-liability-clause", "party-not-signing",
              "payer-not-signing", "agreement-kind-undecided", "no-counsel-approval"}
    assert wanted <= {c.strip() for c in CASES} | {"no-counsel-approval"}


# --- annexes -----------------------------------------------------------------------------------


def test_data_sharing_annex_is_drafted_from_the_confidentiality_answers():
    p = ready_plan()
    a = annexes.data_sharing_annex(p, CONTENT)
    assert_sections([a])
    text = json.dumps(a)
    assert "Only what officers need for safety." in text and "Ohio Rev. Code 5122.31" in text
    assert "42 CFR part 2 prohibits" not in text  # Part 2 does not apply here
    p.confidentiality.frameworks = [*p.confidentiality.frameworks, Framework(framework="part2")]
    p.confidentiality.clinician_may_share = ""
    a = annexes.data_sharing_annex(p, CONTENT)
    text = json.dumps(a)
    assert annexes.PART2_NOTICE in text and "qualified service organization agreement" in text
    assert "Not yet written: what clinicians may share with officers." in text
    table = next(b for b in a["blocks"] if b["kind"] == "table")
    assert table["header"] == ["Who", "Records", "System", "Who can see it", "Kept for"]
    assert table["rows"][0] == ["Clinician", "Assessment", "Behavioral-health record (EHR)", "Not yet written",
                                "Not yet written"]


def test_protocols_annex_lists_what_the_plan_holds_and_what_it_lacks():
    p = ready_plan()
    p.coverage.safety_protocol = ""
    a = annexes.protocols_annex(p, CONTENT)
    assert_sections([a])
    rows = {r[0]: r[1] for r in a["blocks"][1]["rows"]}
    assert rows["Scene-safety protocol"] == "Not yet written"
    assert rows["Custody transfer, emergency detention and transport"] == "In the agreement terms"
    assert_sections([annexes.data_sharing_annex(ProgramPlan(), CONTENT), annexes.protocols_annex(ProgramPlan(), CONTENT)])


# --- schema 4 -------------------------------------------------------------------------------------


def test_a_schema3_file_loads_with_the_agreement_not_yet_decided(tmp_path):
    assert SCHEMA_VERSION == 4
    path = tmp_path / "old.yaml"
    path.write_text("metadata: {schema_version: 3, program_name: Old}\nagency: {name: Old Town PD}\n")
    plan = storage.load_plan(path)
    assert plan.metadata.schema_version == 4
    assert plan.agreement.clauses == [] and plan.agreement.term.start is None
    assert plan.agreement.termination_notice_days is None and plan.agreement.obligations == []
    assert agreement.draft(plan, CONTENT)[0].status is None


def test_a_plan_signed_under_schema3_keeps_its_signature():
    """tests/data/schema3_signed_mid_city.yaml was written and signed by release 66553cc (schema 3)."""
    raw = yaml.safe_load((DATA / "schema3_signed_mid_city.yaml").read_text(encoding="utf-8"))
    assert raw["metadata"]["schema_version"] == 3 and "agreement" not in raw
    plan = storage.load_plan(DATA / "schema3_signed_mid_city.yaml")
    assert plan.metadata.schema_version == 4
    assert signing.statuses(plan)[0].state is SignatureState.valid
    plan.agreement.statute = "Ohio Revised Code 9.482"  # an agreement answer is covered by the fingerprint
    assert signing.statuses(plan)[0].state is SignatureState.void


# --- presets ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.name for p in CONTENT.presets])
def test_every_preset_has_agreement_terms_in_its_charter_sections(name):
    plan = presets.load(CONTENT, name)
    sections = agreement.charter_sections(plan, CONTENT)
    assert_sections(sections)
    blocks = sections[0]["blocks"]
    titles = {b["title"] for b in blocks if b["kind"] == "clause"}
    assert {"Effective date, term and renewal", "Termination and wind-down", "Liability and indemnification",
            "Insurance", "What this document is", "Authority to sign"} <= titles
    assert [b for b in blocks if b["kind"] == "obligations"]
    assert agreement.document_kind(plan, CONTENT) is not None
    for b in blocks:
        assert "[not yet" not in b.get("text", ""), b
    found = codes(plan)
    for code in ("no-term", "no-termination", "no-termination-notice", "no-liability-clause", "no-insurance-clause",
                 "agreement-kind-undecided", "clauses-undecided", "no-counsel-approval", "payer-not-signing"):
        assert code not in found, (code, found[code][0].message)
    assert_sections([annexes.data_sharing_annex(plan, CONTENT), annexes.protocols_annex(plan, CONTENT)])


def test_preset_files_are_current_and_round_trip():
    for info in CONTENT.presets:
        raw = yaml.safe_load((Path(__file__).resolve().parents[2] / "resources" / "presets" / info.file)
                             .read_text(encoding="utf-8"))
        assert raw["metadata"]["schema_version"] == SCHEMA_VERSION, info.file
        plan = presets.load(CONTENT, info.name)
        assert storage.parse_plan("p.yaml", storage.dumps(plan).encode("utf-8")) == plan


def test_term_validation_refuses_both_months_and_end_and_an_end_before_the_start():
    with pytest.raises(ValueError, match="either in months or as an end date"):
        AgreementTerm.model_validate({"start": "2027-01-01", "months": 12, "end": "2028-01-01"})
    with pytest.raises(ValueError, match="not after the effective date"):
        AgreementTerm.model_validate({"start": "2027-01-01", "end": "2026-12-31"})
    assert AgreementTerm.model_validate({"start": "2027-01-01", "end": "2028-06-30"}).end == dt.date(2028, 6, 30)
