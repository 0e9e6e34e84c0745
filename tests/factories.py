"""Plans built in code for tests: one that is ready to sign, with no findings."""

from __future__ import annotations

import datetime as dt

from wizard.plan import (
    KEY_DECISION_QUESTIONS,
    AgencyProfile,
    AgencyType,
    Agreement,
    AgreementTerm,
    BudgetCategory,
    BudgetLine,
    Cadence,
    ClauseChoice,
    ClauseStatus,
    ClinicianPosition,
    CommitteeMember,
    Confidentiality,
    Coordinator,
    Coverage,
    DataReporting,
    Decision,
    DecisionStatus,
    DispatchTraining,
    DocumentationEntry,
    ExistingResources,
    Framework,
    Funding,
    FundingSource,
    FundingStatus,
    Geography,
    Governance,
    KeyDecision,
    Meeting,
    Metadata,
    ModelId,
    Mou,
    MouStatus,
    NoticeAddress,
    Obligation,
    ObligationArea,
    OnCall,
    Partner,
    PatrolPattern,
    ProgramModelChoice,
    ProgramPlan,
    RecordSystem,
    Renewal,
    SelectedMeasure,
    Signatory,
    SignatoryRole,
    SignOff,
    Span,
    Staffing,
    VehicleArrangement,
    WeeklySchedule,
)

T0 = dt.datetime(2026, 9, 1, 15, 0, tzinfo=dt.UTC)


def ready_agreement() -> Agreement:
    """Agreement terms counsel would not flag: every clause adopted with its default
    wording (a non-binding charter with a separate MOU), a term, notice, addresses and
    each party's obligations."""
    from wizard.content import default_content

    clauses = [ClauseChoice(clause=c.id, status=ClauseStatus.adopted,
                            option=None if c.option_from else c.default_option)
               for c in default_content().clauses]
    return Agreement(
        statute="Ohio Revised Code 9.482", clauses=clauses,
        term=AgreementTerm(start=dt.date(2027, 1, 1), months=12, renewal=Renewal.automatic, renewal_months=12),
        termination_notice_days=60, cure_days=30, cost_cap=250_000,
        notices=[NoticeAddress(party="Riverton Police Department", attention="Chief of Police",
                               address="1 Main Street, Riverton"),
                 NoticeAddress(party="Riverton Community Mental Health", attention="Executive Director",
                               address="20 Elm Street, Riverton")],
        obligations=[Obligation(party="Riverton Police Department", area=ObligationArea.dispatch,
                                duty="flag behavioral-health calls and dispatch the team"),
                     Obligation(party="Riverton Community Mental Health", area=ObligationArea.staff,
                                duty="employ, supervise and pay two clinicians")],
    )


def ready_plan() -> ProgramPlan:
    """A mid-sized city plan that passes every readiness check."""
    day = [Span(start=10, end=18), Span(start=18, end=22)]
    return ProgramPlan(
        metadata=Metadata(plan_id="00000000-0000-4000-8000-000000000001", created=T0, modified=T0,
                          program_name="Riverton Co-Response Program"),
        agency=AgencyProfile(
            name="Riverton Police Department", agency_type=AgencyType.municipal_police, state="Ohio",
            jurisdiction="City of Riverton", population_served=120_000, sworn_officers=150,
            patrol=PatrolPattern(shifts_per_day=3, shift_length_hours=8, first_shift_start=6),
            annual_calls_for_service=90_000, bh_calls_per_year=1_800, geography=Geography.suburban,
            square_miles=40,
            partners=[Partner(name="Riverton Community Mental Health", partner_type="community_mental_health_center",
                              role="Employs and supervises the clinicians", employs_clinicians=True)],
            existing=ExistingResources(cit_trained_officers=40, linked_988=True, crisis_receiving_center=True,
                                       crisis_receiving_center_name="Riverton Crisis Center"),
        ),
        program_model=ProgramModelChoice(primary=ModelId.call_out, complementary=[ModelId.follow_up],
                                         rationale="Moderate call volume across a suburban city."),
        coverage=Coverage(
            all_patrol_shifts=False,
            schedule=WeeklySchedule(**{d: list(day) for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}),
            on_call=OnCall(available=True, who="Regional mobile crisis team", hours="22:00–10:00"),
            dispatch_indicators=["suicidal_statements", "welfare_check"],
            dispatch_protocol="Call-takers ask the screening questions and flag the call.",
            vehicle=VehicleArrangement.separate_unmarked, safety_protocol="Officer secures the scene first.",
            target_response_minutes=20,
        ),
        staffing=Staffing(
            required_qualifications=["masters_level", "crisis_experience", "communication_skills"],
            avg_minutes_per_call=60,
            clinicians=[ClinicianPosition(title="Co-response clinician", fte=1.0,
                                          employer="Riverton Community Mental Health", licenses=["lcsw"])
                        for _ in range(2)] + [ClinicianPosition(title="Co-response clinician", fte=0.6,
                                                                employer="Riverton Community Mental Health",
                                                                licenses=["lpc"])],
            dedicated_officers=2, supervisors_supportive=6,
            dispatch=DispatchTraining(dispatchers_to_train=24, trained=True, training_hours=8),
            cit_training_hours=40, officers_to_train_cit=20, training_plan="CIT 40 hours for 20 officers a year.",
            coordinator=Coordinator(name="Lt. Dana Ortiz", employer="Riverton PD", fte=0.5),
        ),
        governance=Governance(
            clinical_supervision=Meeting(held=True, cadence=Cadence.weekly, lead="Clinical director"),
            joint_case_review=Meeting(held=True, cadence=Cadence.monthly, lead="Deputy chief"),
            committee=[CommitteeMember(name=n, member_type=t, decision_authority=True) for n, t in (
                ("Chief", "law_enforcement_executive"), ("CMH director", "mental_health_provider"),
                ("Family member", "people_with_lived_experience"), ("NAMI Riverton", "advocate"))],
            committee_cadence=Cadence.quarterly,
            escalation_path=["Team sergeant and clinical lead", "Deputy chief and clinical director"],
            managing_functions=["policies_procedures"],
            plan_review_date=dt.date(2027, 9, 1),
        ),
        agreement=ready_agreement(),
        confidentiality=Confidentiality(
            frameworks=[Framework(framework="hipaa"), Framework(framework="state_law", name="Ohio Rev. Code 5122.31")],
            mou=Mou(status=MouStatus.signed, parties=["Riverton Police Department", "Riverton Community Mental Health"],
                    signed_date=dt.date(2026, 8, 1)),
            clinician_may_share="Only what officers need for safety.",
            consent_process="Clinicians ask for written consent on scene.",
            documentation=[DocumentationEntry(party="Clinician", records="Assessment", system=RecordSystem.ehr)],
            access_controls="Role-based.", retention="7 years.",
            no_client_information_acknowledged=True,
        ),
        data=DataReporting(
            measures=[SelectedMeasure(measure=m) for m in ("calls_handled", "dispositions", "er_transports")],
            data_sources=["cad"], storage="Program database", data_owner="Riverton PD crime analyst",
            report_producer="Crime analyst", reporting_cadence=Cadence.quarterly, audience=["City council"],
            baseline_months=12,
        ),
        funding=Funding(
            start_year=2027, years=3, indirect_rate=0.0,
            budget_lines=[BudgetLine(category=BudgetCategory.personnel, description="Clinicians", fte=2.6,
                                     salary=70_000, benefits_rate=0.3)],
            sources=[FundingSource(source="general_fund", name="City general fund",
                                   amounts=[236_600, 236_600, 236_600], status=FundingStatus.secured)],
            sustainability_plan="The city funds the program from its general fund.",
        ),
        decisions=[Decision(key=k, question=KEY_DECISION_QUESTIONS[k], status=DecisionStatus.decided,
                            decision="Decided.", owner="Chief", due=dt.date(2026, 12, 1)) for k in KeyDecision],
        signoff=SignOff(signatories=[
            Signatory(role=SignatoryRole.police_executive, name="Chief Alex Morgan", title="Chief of Police",
                      organization="Riverton Police Department"),
            Signatory(role=SignatoryRole.bh_executive, name="Dr. Sam Lee", title="Executive Director",
                      organization="Riverton Community Mental Health"),
        ]),
    )
