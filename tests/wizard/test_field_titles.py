"""Words live once, next to the field: every plan field has a title and labels read it."""

from __future__ import annotations

from pydantic import BaseModel

from wizard import labels
from wizard.plan import ProgramPlan


def _fields(model: type[BaseModel], prefix: str = ""):
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        yield path, info
        inner = labels.field_type(info.annotation)
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            yield from _fields(inner, path)


def test_every_plan_field_has_a_title():
    untitled = [p for p, info in _fields(ProgramPlan) if not (info.title or "").strip()]
    assert not untitled, untitled


def test_labels_are_the_titles():
    for path, info in _fields(ProgramPlan):
        text = labels.label(path).text
        assert text.endswith(info.title[1:]), (path, text, info.title)  # a composed label ends with the title
    assert labels.label("governance.joint_case_review.cadence").text == "Joint case review: how often"
    assert labels.label("funding.sources[2].amounts") == labels.Label("Amounts", "money")
    assert labels.label("coverage.call_demand.weeks").text == "Weeks of call data"
    assert labels.SECTION_LABELS["decisions"] == "Decisions" and labels.record_noun("decisions") == "Decision"


def test_labels_module_holds_no_table_of_field_words():
    """Only computed figures keep a label in wizard/labels.py; a field's words are its title."""
    assert set(labels.COMPUTED_LABELS) == {"staffing.clinician_fte", "funding.total_cost", "funding.total_gap"}
    assert all(labels.model_field(p) is None for p in labels.COMPUTED_LABELS)
