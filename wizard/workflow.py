"""How a call runs, derived from the team that answers it (not a fixed text per model).

The steps say only what the plan holds: how the team is dispatched, who is in it,
how they travel, and whether follow-up is part of the program. Where the plan has no
team yet, :func:`call_steps` returns None and the charter shows the starter guide's
description of the model instead, set apart as guidance.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.i18n import N_, t
from wizard.labels import value_label
from wizard.phrases import said_join
from wizard.plan import DispatchMode, ModelId, ProgramPlan, Team, TeamRole, VehicleArrangement


@dataclass(frozen=True)
class CallStep:
    label: str
    who: str
    detail: str


ROLE_NOUNS = {
    TeamRole.clinician: (N_("clinician"), "clinicians"), TeamRole.officer: (N_("officer"), "officers"),
    TeamRole.deputy: (N_("deputy"), "deputies"), TeamRole.paramedic: (N_("paramedic"), "paramedics"),
    TeamRole.emt: (N_("EMT"), "EMTs"), TeamRole.peer_specialist: (N_("peer specialist"), "peer specialists"),
    TeamRole.case_manager: (N_("case manager"), "case managers"), TeamRole.nurse: (N_("nurse"), "nurses"),
    TeamRole.other: (N_("team member"), "team members"),
}
"""English nouns for each role (singular translated where printed, ``t(ROLE_NOUNS[r][0])``)."""
ROLE_COUNTED = {
    TeamRole.clinician: (N_("one clinician"), N_("{n} clinicians")),
    TeamRole.officer: (N_("one officer"), N_("{n} officers")),
    TeamRole.deputy: (N_("one deputy"), N_("{n} deputies")),
    TeamRole.paramedic: (N_("one paramedic"), N_("{n} paramedics")),
    TeamRole.emt: (N_("one EMT"), N_("{n} EMTs")),
    TeamRole.peer_specialist: (N_("one peer specialist"), N_("{n} peer specialists")),
    TeamRole.case_manager: (N_("one case manager"), N_("{n} case managers")),
    TeamRole.nurse: (N_("one nurse"), N_("{n} nurses")),
    TeamRole.other: (N_("one team member"), N_("{n} team members")),
}
"""'one clinician' / '{n} clinicians' for :func:`composition`, said in the current language."""

DISPATCH_STEP = {
    DispatchMode.dispatched_911: (N_("Dispatch"), N_("911 dispatcher"), N_(
        "The dispatcher screens the call for behavioral-health indicators and assigns the team.")),
    DispatchMode.self_dispatch: (N_("Self-dispatch"), N_("The team"), N_(
        "The team monitors calls and assigns itself to those that fit the program.")),
    DispatchMode.officer_request: (N_("Officer request"), N_("Officer on scene"), N_(
        "An officer already on scene asks for the team.")),
    DispatchMode.outside_call_queue: (N_("Referral"), N_("The team"), N_(
        "The team takes referrals outside the 911 call queue.")),
    DispatchMode.liaison_in_911: (N_("Triage in the 911 centre"), N_("Clinician in the 911 centre"), N_(
        "A clinician seated in the 911 centre takes or triages the call.")),
    DispatchMode.telehealth: (N_("Telehealth link"), N_("Clinician (remote)"), N_(
        "The clinician joins the officer by video or phone.")),
}
"""English (label, who, what happens) of each way of sending the team (translated where used)."""

TRAVEL = {
    VehicleArrangement.ride_along: N_("The clinician rides with the officer in the patrol car."),
    VehicleArrangement.separate_unmarked: N_("The team travels in its own unmarked vehicle."),
    VehicleArrangement.clinician_own_vehicle: N_("The clinician drives separately and meets the officer at the scene."),
    VehicleArrangement.mobile_crisis_vehicle: N_("The team travels in the mobile crisis team's vehicle."),
    VehicleArrangement.fire_ems_vehicle: N_("The team travels in a fire department or EMS vehicle."),
    VehicleArrangement.planned: N_("A vehicle for the team is planned; until it is in service the team "
                                   "arranges its own travel."),
}


def composition(team: Team) -> str:
    """'one officer, one clinician and one paramedic'."""
    words = []
    for m in team.members:
        one, many = ROLE_COUNTED[m.role]
        words.append(t(one) if m.count == 1 else t(many, n=m.count))
    return said_join(words)


def answering_team(plan: ProgramPlan) -> Team | None:
    """The team that answers calls: the first team with members (the plan lists it first)."""
    return next((t for t in plan.staffing.teams if t.members), None)


def call_steps(plan: ProgramPlan) -> list[CallStep] | None:
    team = answering_team(plan)
    if team is None:
        return None
    steps: list[CallStep] = []
    if len(team.dispatch_modes) == 1:
        label, who, detail = DISPATCH_STEP[team.dispatch_modes[0]]
        steps.append(CallStep(t(label), t(who), t(detail)))
    elif team.dispatch_modes:  # alternatives, one step: any of them brings the team
        parts = [DISPATCH_STEP[m] for m in team.dispatch_modes]
        steps.append(CallStep(t("Dispatch"), said_join([t(p[1]) for p in parts], "or"),
                              t("Any of these brings the team: {ways}", ways=" ".join(t(p[2]) for p in parts))))
    else:
        steps.append(CallStep(t("Dispatch"), t("Not yet decided"), t("How the team is sent to calls is not yet decided.")))
    who = composition(team) or t("The team")
    if team.vehicle is None:
        travel = t("How the team travels to a call is not yet decided.")
    elif team.vehicle is VehicleArrangement.none:
        travel = t("The team does not go to the scene.")
    else:
        travel = t(TRAVEL[team.vehicle])
    if team.clinician_arrives_separately is True and team.vehicle is not VehicleArrangement.clinician_own_vehicle:
        travel += t(" The clinician arrives separately.")
    steps.append(CallStep(t("Response"), who[0].upper() + who[1:], travel))
    sworn = team.has(TeamRole.officer) or team.has(TeamRole.deputy)
    if sworn:
        steps.append(CallStep(t("Scene safety"), t("Officer"), t("The officer makes the scene safe before the "
                                                                 "assessment starts.")))
    if team.has(TeamRole.clinician):
        steps.append(CallStep(t("Assessment"), t("Clinician"), t("The clinician assesses the person and works "
                                                                 "out what they need.")))
    if team.has(TeamRole.paramedic) or team.has(TeamRole.emt) or team.has(TeamRole.nurse):
        steps.append(CallStep(t("Medical care"), t("Paramedic") if team.has(TeamRole.paramedic) else
                              value_label(TeamRole.emt if team.has(TeamRole.emt) else TeamRole.nurse),
                              t("Medical needs are assessed and treated on scene.")))
    steps.append(CallStep(t("Disposition"), t("The team"), t("The team resolves the call on scene, links the person "
                                                             "to services, or arranges transport.")))
    if ModelId.follow_up in plan.program_model.all_models:
        roles = {m.role for tm in plan.staffing.teams for m in tm.members}
        who_follows = [t(ROLE_NOUNS[r][0]) for r in (TeamRole.clinician, TeamRole.case_manager,
                                                      TeamRole.peer_specialist, TeamRole.paramedic)
                       if r in roles] or [t("clinician")]
        steps.append(CallStep(t("Follow-up"), said_join(who_follows[:2], "or").capitalize(),
                              t("The program contacts the person after the call to keep care going.")))
    return steps
