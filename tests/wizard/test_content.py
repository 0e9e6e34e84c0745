"""The default content loads, is complete, and carries every point of the starter guide.

The product is built from the Co-Response Program Starter Guide (its points are
restated in docs/facts-and-sources.md §1–§4). Every point of that guide must
appear somewhere in the content a user reads, in our own words. Each point below is
a list of requirements; a requirement is a phrase, or a tuple of alternative
phrases, that must appear (case-insensitive) in the concatenated text of
models.yaml, steps.yaml, charter.yaml and catalogs.yaml. Rewording the content is
fine as long as one of the alternatives survives; dropping a point fails the test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel

from wizard.content import Content, load_content
from wizard.plan import KEY_DECISION_QUESTIONS, ModelId
from wizard.steps import Step

Requirement = str | tuple[str, ...]

GUIDE_POINTS: dict[str, list[Requirement]] = {
    # Introduction and goal
    "intro: pairs law enforcement with behavioral-health clinicians": [
        "co-response",
        (
            "pair officers with behavioral-health clinicians",
            "pairs law enforcement with",
            "law enforcement works together with behavioral-health clinicians",
        ),
    ],
    "goal: improve safety, reduce risk, appropriate compassionate practical support": [
        "improve safety",
        "reduce risk",
        (
            "appropriate, compassionate and practical",
            "appropriate, compassionate, and practical",
        ),
    ],
    # Core principles
    "principle: safety and compassion are shared priorities": [
        "safety and compassion are",
        ("shared priorities", "share equally"),
    ],
    "principle: clinicians provide on-scene assessment and intervention": [
        ("assessment and intervention on scene", "on-scene assessment and intervention"),
    ],
    "principle: law enforcement ensures scene safety and support": [
        (
            "officers make the scene safe and support",
            "officers keep the scene safe and support",
            "law enforcement ensures scene safety",
        ),
    ],
    "principle: collaborative response reduces unnecessary arrests and ER transports": [
        (
            "reduces unnecessary arrests and emergency-room transports",
            "avoids arrests and emergency-room transports that are not needed",
        ),
    ],
    "principle: follow-up ensures continuity of care and stability": [
        ("follow-up keeps care continuous", "follow-up after a crisis keeps care continuous"),
        ("stable", "stability"),
    ],
    # The four models
    "model: embedded (patrol-based), every call where BH may be present": [
        "embedded co-response (patrol-based)",
        "ride with officers",
        ("every service call where", "any service call where"),
    ],
    "model: call-out / hybrid, dispatched when BH factors identified, embedded or on call": [
        "call-out or hybrid",
        (
            "dispatched once behavioral-health factors",
            "dispatched when behavioral-health factors",
        ),
        "embedded with officers",
        "on call",
    ],
    "model: follow-up, outreach, case management, stabilization after incidents": [
        "outreach, case management and stabilization contacts",
        "after incidents",
    ],
    "model: mobile crisis integration with regional/state teams for broader reach": [
        "mobile crisis integration",
        "regional or state mobile crisis team",
        ("reaches further", "wider area", "extends reach"),
    ],
    # Clinician qualifications
    "qualification: master's-level clinician": ["master's-level clinician"],
    "qualification: crisis intervention and risk assessment": [
        "experience in crisis intervention and risk assessment",
    ],
    "qualification: strong communication skills": ["strong communication skills"],
    # Police staffing considerations
    "police: patrol officers": ["patrol officers"],
    "police: supervisors supportive of the model": [
        ("supervisors who are supportive of the model", "supervisors supportive of the model"),
    ],
    "police: dispatch trained to identify BH indicators": [
        "dispatch trained to identify behavioral-health indicators",
    ],
    # Ratios
    "ratio: 1 clinician per 1-2 police shifts": ["1 clinician per 1-2 police shifts"],
    "ratio: 2-3 clinicians for mid-sized agencies, 24/7 not required but ideal": [
        ("2-3 clinicians for a mid-sized agency", "2-3 clinicians for mid-sized agencies"),
        "24/7",
        ("not required but is ideal", "not required but ideal", "not required, but it is ideal"),
    ],
    # Supervision
    "supervision: weekly clinical supervision": ["weekly clinical supervision"],
    "supervision: monthly joint case reviews between police and BH leadership": [
        "monthly joint case review",
        "police and behavioral-health leadership",
    ],
    # Key decision points and the closing line
    "decision: all patrol shifts": ["will the program operate during all patrol shifts?"],
    "decision: data collected, stored, who manages reporting": [
        (
            "what data will be collected and stored, and who will manage reporting?",
            "what data will be collected, stored, and who will manage reporting?",
        ),
    ],
    "decision: confidentiality, information sharing, documentation": [
        (
            "how will confidentiality, information sharing and documentation be handled?",
            "how will confidentiality, information sharing, and documentation be handled?",
        ),
    ],
    "decision: long-term funding mechanisms": [
        "what funding mechanisms will support the program long-term?",
    ],
    "closing line: consistency, safety and clarity of roles": [
        ("consistency, safety and clarity of roles", "consistency, safety, and clarity of roles"),
        "for all partners",
    ],
    "closing quote": [
        "there is immense power when a group of people with similar interests "
        "gets together to work toward the same goals.",
    ],
}


def _normalize(text: str) -> str:
    """Lower-case, one space for any whitespace, plain dashes and quotes."""
    text = text.lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019\u02bc]", "'", text)
    text = re.sub(r"[\u201c\u201d]", '"', text)
    return re.sub(r"\s+", " ", text)


def _strings(value: Any) -> list[str]:
    if isinstance(value, BaseModel):
        return _strings(value.model_dump(mode="json"))
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _corpus(content: Content) -> str:
    parts = [content.models, content.steps, content.charter, content.catalogs]
    return _normalize("\n".join(s for p in parts for s in _strings(p)))


def _missing(corpus: str, requirements: list[Requirement]) -> list[Requirement]:
    out = []
    for req in requirements:
        alternatives = (req,) if isinstance(req, str) else req
        if not any(_normalize(a) in corpus for a in alternatives):
            out.append(req)
    return out


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


@pytest.fixture(scope="module")
def corpus(content: Content) -> str:
    return _corpus(content)


# --- completeness -------------------------------------------------------------


def test_all_four_models_present(content: Content) -> None:
    assert [m.id for m in content.models] == list(ModelId)


def test_all_thirteen_steps_present(content: Content) -> None:
    assert set(content.steps) == set(Step)
    assert len(content.steps) == 13


def test_model_entries_have_the_expected_shape(content: Content) -> None:
    for m in content.models:
        assert 3 <= len(m.strengths) <= 5, m.id
        assert 3 <= len(m.tradeoffs) <= 5, m.id
        assert 3 <= len(m.fits_when) <= 4, m.id
        assert 5 <= len(m.workflow) <= 7, m.id
        for w in m.workflow:
            assert len(w.label) <= 22, (m.id, w.label)


def test_step_entries_have_the_expected_shape(content: Content) -> None:
    for step, g in content.steps.items():
        assert 4 <= len(g.prompts) <= 7, step.name
        assert all(p.rstrip().endswith("?") for p in g.prompts), step.name
        assert 3 <= len(g.facilitator_notes) <= 6, step.name
        assert "\n\n" in g.help, f"{step.name}: help should have several paragraphs"


# --- the starter guide --------------------------------------------------------


@pytest.mark.parametrize("point", list(GUIDE_POINTS))
def test_every_guide_point_appears(corpus: str, point: str) -> None:
    missing = _missing(corpus, GUIDE_POINTS[point])
    assert not missing, f"starter-guide point '{point}' is missing: {missing}"


@pytest.mark.parametrize("point", list(GUIDE_POINTS))
def test_removing_a_point_is_detected(corpus: str, point: str) -> None:
    """Guards the check itself: blanking a point's phrases must make it fail."""
    stripped = corpus
    first = GUIDE_POINTS[point][0]
    for alt in (first,) if isinstance(first, str) else first:
        stripped = stripped.replace(_normalize(alt), " ")
    assert _missing(stripped, GUIDE_POINTS[point])


def test_key_decision_questions_match_the_plan(content: Content) -> None:
    """The decisions step lists the same four questions the plan tracks."""
    text = _normalize("\n".join(_strings(content.step(Step.decisions))))
    for question in KEY_DECISION_QUESTIONS.values():
        assert _normalize(question) in text, question


def test_charter_text(content: Content) -> None:
    c = content.charter
    assert len(c.core_principles) == 5
    assert "immense power" in c.closing_quote
    assert "client health information" in _normalize(c.no_client_information)
    assert "authorized to sign" in _normalize(c.approval_statement)
    assert "clarity of roles" in _normalize(c.key_decisions_note) or "role clear" in _normalize(
        c.key_decisions_note
    )


def test_staffing_step_carries_the_guide_staffing_points(content: Content) -> None:
    text = _normalize(content.step(Step.staffing).help)
    for phrase in (
        "master's-level clinician",
        "crisis intervention and risk assessment",
        "strong communication skills",
        "patrol officers",
        "supportive of the model",
        "dispatch trained to identify behavioral-health indicators",
        "1 clinician per 1-2 police shifts",
        "2-3 clinicians",
        "24/7",
        "weekly clinical supervision",
        "monthly joint case review",
        "1,698",
        "5.16",
        "4.73",
    ):
        assert phrase in text, phrase


# --- per-step obligations -----------------------------------------------------


def test_confidentiality_step_warns_against_client_information(content: Content) -> None:
    text = _normalize(content.step(Step.confidentiality).help)
    assert "program document" in text
    assert "client health information" in text
    for fact in ("164.512(j)", "part 2", "16 february 2026", "cjis", "ferpa", "mou", "ehr", "rms"):
        assert fact in text, fact


def test_review_step_explains_finding_levels(content: Content) -> None:
    text = _normalize(content.step(Step.review).help)
    for level in ("blocker", "warning", "suggestion"):
        assert level in text


def test_signoff_step_explains_signatures(content: Content) -> None:
    text = _normalize(content.step(Step.signoff).help)
    assert "/s/" in text
    assert "drawn" in text and "typed" in text
    assert "fingerprint" in text and "void" in text


def test_export_step_explains_draft_and_final(content: Content) -> None:
    text = content.step(Step.export).help
    assert "DRAFT" in text and "FINAL" in text


def test_unverified_figures_carry_their_caveat(content: Content) -> None:
    agency = _normalize(content.step(Step.agency).help)
    assert "230 crisis episodes" in agency and "not been verified" in agency
    governance = _normalize(content.step(Step.governance).help)
    assert "not been verified" in governance
