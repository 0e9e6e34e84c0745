"""Annexes drafted from the plan, in the shared section format: the data-sharing
agreement (from the confidentiality answers) and the list of protocols the charter
refers to.

Only what the plan holds is stated; where an answer is missing the annex says it is not
yet written rather than printing a default. The guide's advice is set apart in
``guidance`` blocks. The few sentences that are agreement wording rather than plan facts
(the Part 2 redisclosure notice, the qualified service organization agreement, breach
notice) are the standard terms such an agreement carries, with their sources, and are
printed as clauses so the parties adopt them by signing.
"""

from __future__ import annotations

from wizard.content import Content
from wizard.i18n import N_, t
from wizard.labels import value_label
from wizard.phrases import long_date, said_join
from wizard.plan import MouStatus, ProgramPlan

PART2_NOTICE = N_("42 CFR part 2 prohibits unauthorized use or disclosure of these records.")
"""The abbreviated redisclosure notice 42 CFR 2.32 allows (docs/facts-and-sources.md §6)."""


def _said(text: str) -> str:
    return " ".join(text.split())


def _or_not_written(blocks: list[dict], text: str, what: str) -> None:
    typed = text.strip()
    if typed:
        blocks.extend({"kind": "para", "text": p.strip()} for p in typed.split("\n\n") if p.strip())
    else:
        blocks.append({"kind": "para", "text": t("Not yet written: {what}.", what=what)})


def _mou_line(plan: ProgramPlan) -> str:
    mou = plan.confidentiality.mou
    parties = said_join([p.strip() for p in mou.parties if p.strip()])
    if mou.status is None:
        return t("The plan does not yet record whether the parties have a memorandum of understanding.")
    state = {
        MouStatus.none: t("The parties have no memorandum of understanding yet"),
        MouStatus.drafting: t("The parties' memorandum of understanding is being drafted"),
        MouStatus.under_review: t("The parties' memorandum of understanding is under review"),
        MouStatus.signed: t("The parties' memorandum of understanding is signed")
                          + (t(" (on {date})", date=long_date(mou.signed_date)) if mou.signed_date else ""),
        MouStatus.expired: t("The parties' memorandum of understanding has expired"),
    }[mou.status]
    bits = [state]
    if parties and mou.status is not MouStatus.none:
        bits.append(t("its parties are {parties}", parties=parties))
    if mou.renewal_date and mou.status is MouStatus.signed:
        bits.append(t("it is due for renewal on {date}", date=long_date(mou.renewal_date)))
    if mou.covers_data_sharing is True:
        bits.append(t("it covers information sharing"))
    elif mou.covers_data_sharing is False:
        bits.append(t("it does not cover information sharing, which this annex then governs"))
    return "; ".join(bits) + "."


def data_sharing_annex(plan: ProgramPlan, content: Content) -> dict:
    """The data-sharing agreement drafted from the confidentiality answers: one section,
    id "annex-data-sharing"."""
    c = plan.confidentiality
    blocks: list[dict] = [
        {"kind": "para", "text": t("This annex sets out how the parties share, record, protect and keep information "
                                   "about the people the program serves. It describes the program's rules; it holds "
                                   "no information about any person.")},
        {"kind": "para", "text": _mou_line(plan)},
        {"kind": "subheading", "text": t("Laws that apply")},
    ]
    applies = [f for f in c.frameworks if f.applies]
    not_applying = [f for f in c.frameworks if not f.applies]
    if applies:
        items = []
        for f in applies:
            title = content.framework_title(f.framework, f.name)
            items.append(f"{title}: {_said(f.notes)}" if f.notes.strip() else title)
        blocks.append({"kind": "list", "items": items, "ordered": False})
    else:
        blocks.append({"kind": "para", "text": t("Not yet written: which confidentiality laws apply.")})
    if not_applying:
        blocks.append({"kind": "para", "text": t("Considered and found not to apply: {laws}.", laws=said_join(
            content.framework_title(f.framework, f.name) for f in not_applying))})
    if not c.applies("state_law"):
        blocks.append({"kind": "guidance", "text": t("State mental-health confidentiality law always applies on top "
                                                     "of federal law; name the statute in the confidentiality step.")})

    blocks.append({"kind": "subheading", "text": t("What may be shared, and with whom")})
    _or_not_written(blocks, c.clinician_may_share, t("what clinicians may share with officers"))
    blocks.append({"kind": "subheading", "text": t("Consent and releases")})
    _or_not_written(blocks, c.consent_process, t("how consent and releases of information are obtained"))

    if c.applies("part2"):
        blocks.append({"kind": "subheading", "text": t("Substance use disorder records (42 CFR Part 2)")})
        blocks.append({"kind": "clause", "number": "P1", "title": t("Redisclosure notice"), "edited": False,
                       "text": t("Every disclosure of records protected by 42 CFR Part 2 carries the notice 42 CFR "
                                 "2.32 requires, at least: “{notice}” A party that receives such records does not "
                                 "disclose them further except as Part 2 allows; a general authorization is not "
                                 "enough.", notice=t(PART2_NOTICE))})
        blocks.append({"kind": "clause", "number": "P2", "title": t("Qualified service organization agreement"),
                       "edited": False,
                       "text": t("Where a party provides a service to a Part 2 program that needs its records (for "
                                 "example data processing or evaluation), that party and the program make a "
                                 "qualified service organization agreement under 42 CFR 2.11 and 2.12(c)(4) before "
                                 "any record is shared, and the receiving party is bound by Part 2 for those "
                                 "records.")})
        blocks.append({"kind": "guidance", "text": t("A qualified service organization agreement covers services to "
                                                     "the Part 2 program; it does not allow disclosure to police for "
                                                     "law-enforcement purposes. The 2024 Part 2 rule is enforced from "
                                                     "16 February 2026.")})

    blocks.append({"kind": "subheading", "text": t("Where each party documents")})
    rows = []
    for d in c.documentation:
        system = d.system_name.strip() or (value_label(d.system) if d.system is not None else "")
        rows.append([d.party.strip() or t("Not yet named"), _said(d.records) or t("Not yet written"),
                     system or t("Not yet named"), _said(d.who_can_see) or t("Not yet written"),
                     d.retention.strip() or t("Not yet written")])
    if rows:
        blocks.append({"kind": "table", "caption": t("Who records what, where"),
                       "header": [t("Who"), t("Records"), t("System"), t("Who can see it"), t("Kept for")],
                       "rows": rows})
    else:
        blocks.append({"kind": "para", "text": t("Not yet written: who documents what, and where.")})
    blocks.append({"kind": "guidance", "text": t("Clinicians document in the behavioral-health record and officers "
                                                 "in the police records system; police systems are not built for "
                                                 "clinical narrative.")})
    blocks.append({"kind": "subheading", "text": t("Access")})
    _or_not_written(blocks, c.access_controls, t("who may see each system and how access is controlled"))
    if c.applies("cjis"):
        blocks.append({"kind": "para", "text": t("A person who will have unescorted access to unencrypted criminal "
                                                 "justice information completes a fingerprint-based background "
                                                 "check and security awareness training under the FBI CJIS Security "
                                                 "Policy first.")})
    blocks.append({"kind": "subheading", "text": t("Retention and destruction")})
    _or_not_written(blocks, c.retention, t("how long each record is kept and how it is destroyed"))
    blocks.append({"kind": "subheading", "text": t("Breach notice")})
    blocks.append({"kind": "clause", "number": "B1", "title": t("Notice of a breach"), "edited": False,
                   "text": t("A party that learns of any use or disclosure of shared information that this annex does "
                             "not allow tells the other parties' contacts for notices without unreasonable delay, "
                             "works with them to limit the harm, and meets its own notification duties under "
                             "HIPAA's breach notification rule and state law.")})
    blocks.append({"kind": "guidance", "text": t("Counsel may set a fixed period for breach notice between the "
                                                 "parties (for example within five business days).")})
    return {"id": "annex-data-sharing", "title": t("Annex: Data-sharing agreement"), "blocks": blocks}


def protocols_annex(plan: ProgramPlan, content: Content) -> dict:
    """The protocols and written policies the charter refers to, and whether the plan
    holds each: one section, id "annex-protocols"."""
    cov, st, g, c = plan.coverage, plan.staffing, plan.governance, plan.confidentiality

    def state(text: str) -> str:
        return t("Written in this plan") if text.strip() else t("Not yet written")

    def step(s: str) -> str:
        return next(v.title for k, v in content.steps.items() if k.name == s)

    dispatch_name = st.dispatch.protocol_name.strip() or t("Call-taking and dispatch protocol")
    rows = [
        [dispatch_name, state(cov.dispatch_protocol), step("coverage")],
        [t("Scene-safety protocol"), state(cov.safety_protocol), step("coverage")],
        [t("After-hours and on-call arrangement"),
         t("Not decided yet") if cov.on_call.available is None else
         (t("Written in this plan") if cov.on_call.available and cov.on_call.who.strip() else
          (t("No on-call clinician") if cov.on_call.available is False else t("Not yet written"))),
         step("coverage")],
        [t("Training plan"), state(st.training_plan), step("staffing")],
        [t("Information sharing (what clinicians may share)"), state(c.clinician_may_share), step("confidentiality")],
        [t("Consent and release of information"), state(c.consent_process), step("confidentiality")],
        [t("Documentation matrix"), t("Written in this plan") if c.documentation else t("Not yet written"),
         step("confidentiality")],
        [t("Data-sharing agreement"), t("Drafted from this plan (annex)"), step("confidentiality")],
    ]
    custody = plan.agreement.choice("custody_transport")
    rows.append([t("Custody transfer, emergency detention and transport"),
                 {None: t("Not decided yet"), "adopted": t("In the agreement terms"),
                  "edited": t("In the agreement terms"),
                  "omitted": t("Left out of the agreement terms")}[custody.status.value if custody and custody.status
                                                                   else None],
                 step("agreement")])
    blocks: list[dict] = [
        {"kind": "para", "text": t("The charter refers to these protocols. Each is kept by the program and reviewed "
                                   "by the planning committee.")},
        {"kind": "table", "caption": t("Protocols"), "header": [t("Protocol"), t("In the plan"), t("Step")],
         "rows": rows},
        {"kind": "subheading", "text": t("Written policies")},
    ]
    in_place = set(g.managing_functions)
    blocks.append({"kind": "table", "caption": t("Written policies (BJA managing functions)"),
                   "header": [t("Policy"), t("Status")],
                   "rows": [[o.label, t("In place") if o.id in in_place else t("Not recorded as in place")]
                            for o in content.catalogs.managing_functions]})
    unknown = [x for x in g.managing_functions if x not in content.catalogs.ids("managing_functions")]
    if unknown:
        blocks.append({"kind": "para", "text": t("Also listed as in place, not in the content's catalog: {items}.",
                                                 items=said_join(unknown))})
    blocks.append({"kind": "guidance", "text": t("BJA's Police-Mental Health Collaboration toolkit lists the written "
                                                 "pieces a program runs on: policies and procedures, call-taking and "
                                                 "dispatch procedures, diversion protocols, partnership agreements "
                                                 "and information-sharing protocols.")})
    return {"id": "annex-protocols", "title": t("Annex: Protocols the charter refers to"), "blocks": blocks}
