"""How a call runs, derived from the team that answers it (not a fixed text per model).

The steps say only what the plan holds: how the team is dispatched, who is in it,
how they travel, and whether follow-up is part of the program. Where the plan has no
team yet, :func:`call_steps` returns None and the charter shows the starter guide's
description of the model instead, set apart as guidance.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.labels import value_label
from wizard.phrases import join
from wizard.plan import DispatchMode, ModelId, ProgramPlan, Team, TeamRole, VehicleArrangement


@dataclass(frozen=True)
class CallStep:
    label: str
    who: str
    detail: str


ROLE_NOUNS = {
    TeamRole.clinician: ("clinician", "clinicians"), TeamRole.officer: ("officer", "officers"),
    TeamRole.deputy: ("deputy", "deputies"), TeamRole.paramedic: ("paramedic", "paramedics"),
    TeamRole.emt: ("EMT", "EMTs"), TeamRole.peer_specialist: ("peer specialist", "peer specialists"),
    TeamRole.case_manager: ("case manager", "case managers"), TeamRole.nurse: ("nurse", "nurses"),
    TeamRole.other: ("team member", "team members"),
}

DISPATCH_STEP = {
    DispatchMode.dispatched_911: ("Dispatch", "911 dispatcher", "The dispatcher screens the call for "
                                  "behavioral-health indicators and assigns the team."),
    DispatchMode.self_dispatch: ("Self-dispatch", "The team", "The team monitors calls and assigns itself to "
                                 "those that fit the program."),
    DispatchMode.officer_request: ("Officer request", "Officer on scene", "An officer already on scene asks "
                                   "for the team."),
    DispatchMode.outside_call_queue: ("Referral", "The team", "The team takes referrals outside the 911 call "
                                      "queue."),
    DispatchMode.liaison_in_911: ("Triage in the 911 centre", "Clinician in the 911 centre", "A clinician "
                                  "seated in the 911 centre takes or triages the call."),
    DispatchMode.telehealth: ("Telehealth link", "Clinician (remote)", "The clinician joins the officer by "
                              "video or phone."),
}

TRAVEL = {
    VehicleArrangement.ride_along: "The clinician rides with the officer in the patrol car.",
    VehicleArrangement.separate_unmarked: "The team travels in its own unmarked vehicle.",
    VehicleArrangement.clinician_own_vehicle: "The clinician drives separately and meets the officer at the scene.",
    VehicleArrangement.mobile_crisis_vehicle: "The team travels in the mobile crisis team's vehicle.",
    VehicleArrangement.fire_ems_vehicle: "The team travels in a fire department or EMS vehicle.",
    VehicleArrangement.planned: "A vehicle for the team is planned; until it is in service the team "
                                "arranges its own travel.",
}


def composition(team: Team) -> str:
    """'one officer, one clinician and one paramedic'."""
    words = []
    for m in team.members:
        one, many = ROLE_NOUNS[m.role]
        words.append(f"{'one' if m.count == 1 else m.count} {one if m.count == 1 else many}")
    return join(words)


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
        steps.append(CallStep(label, who, detail))
    elif team.dispatch_modes:  # alternatives, one step: any of them brings the team
        parts = [DISPATCH_STEP[m] for m in team.dispatch_modes]
        steps.append(CallStep("Dispatch", join([p[1] for p in parts], "or"),
                              "Any of these brings the team: " + " ".join(p[2] for p in parts)))
    else:
        steps.append(CallStep("Dispatch", "Not yet decided", "How the team is sent to calls is not yet decided."))
    who = composition(team) or "The team"
    if team.vehicle is None:
        travel = "How the team travels to a call is not yet decided."
    elif team.vehicle is VehicleArrangement.none:
        travel = "The team does not go to the scene."
    else:
        travel = TRAVEL[team.vehicle]
    if team.clinician_arrives_separately is True and team.vehicle is not VehicleArrangement.clinician_own_vehicle:
        travel += " The clinician arrives separately."
    steps.append(CallStep("Response", who[0].upper() + who[1:], travel))
    sworn = team.has(TeamRole.officer) or team.has(TeamRole.deputy)
    if sworn:
        steps.append(CallStep("Scene safety", "Officer", "The officer makes the scene safe before the "
                                                          "assessment starts."))
    if team.has(TeamRole.clinician):
        steps.append(CallStep("Assessment", "Clinician", "The clinician assesses the person and works "
                                                          "out what they need."))
    if team.has(TeamRole.paramedic) or team.has(TeamRole.emt) or team.has(TeamRole.nurse):
        steps.append(CallStep("Medical care", "Paramedic" if team.has(TeamRole.paramedic) else
                              value_label(TeamRole.emt if team.has(TeamRole.emt) else TeamRole.nurse),
                              "Medical needs are assessed and treated on scene."))
    steps.append(CallStep("Disposition", "The team", "The team resolves the call on scene, links the person "
                                                      "to services, or arranges transport."))
    if ModelId.follow_up in plan.program_model.all_models:
        roles = {m.role for t in plan.staffing.teams for m in t.members}
        who_follows = [ROLE_NOUNS[r][0] for r in (TeamRole.clinician, TeamRole.case_manager, TeamRole.peer_specialist,
                                                   TeamRole.paramedic) if r in roles] or ["clinician"]
        steps.append(CallStep("Follow-up", join(who_follows[:2], "or").capitalize(),
                              "The program contacts the person after the call to keep care going."))
    return steps
