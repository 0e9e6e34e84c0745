"""PlanDocument alone: fields read and written by path, refusals that leave the plan as it
was, undo steps named and merged, the dirty state and whole-plan replacement."""

from __future__ import annotations

import pytest
from factories import ready_plan
from pydantic import ValidationError

from ui.document import PlanDocument, describe_edit, split_path
from wizard import signing
from wizard.content import default_content
from wizard.plan import ClinicianPosition, ProgramPlan


@pytest.fixture
def doc(qtbot) -> PlanDocument:
    return PlanDocument(default_content(), ready_plan())


def state(doc: PlanDocument) -> tuple[str, str]:
    return signing.fingerprint(doc.plan), doc.plan.model_dump_json()


def test_split_path_is_the_one_parser():
    assert split_path("staffing.clinicians[0].fte") == ["staffing", "clinicians", 0, "fte"]
    assert split_path("funding.sources[2].amounts[1]") == ["funding", "sources", 2, "amounts", 1]
    assert split_path("agency") == ["agency"]


def test_get_and_set_by_path_emit_changed_and_dirty(doc):
    seen: list[str] = []
    doc.changed.connect(seen.append)
    assert not doc.dirty
    doc.set("agency.name", "Lakeview Police Department")
    assert doc.get("agency.name") == "Lakeview Police Department"
    assert seen == ["agency.name"] and doc.dirty
    doc.set("staffing.clinicians[0].fte", 0.5)
    assert doc.plan.staffing.clinicians[0].fte == 0.5
    assert seen[-1] == "staffing.clinicians[0].fte"


def test_a_refused_value_leaves_the_plan_unchanged(doc):
    before = state(doc)
    with pytest.raises(ValidationError):
        doc.set("staffing.clinicians[0].fte", -1.0)
    with pytest.raises(ValidationError):
        doc.edit("staffing.clinicians", lambda rows: rows + [{"not": "a clinician"}])
    assert state(doc) == before
    assert doc.undo_stack.count() == 0


def test_typing_in_one_field_is_one_undo_step_and_undo_restores_exactly(doc):
    before = state(doc)
    for text in ("R", "Ri", "Riv"):
        doc.set("agency.name", text)
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == describe_edit("agency.name") == "edit agency name"
    doc.set("agency.sworn_officers", 99)
    assert doc.undo_stack.count() == 2  # another field: another step
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert state(doc) == before
    assert not doc.dirty  # back at the saved point


def test_row_edits_merge_per_cell_and_are_named(doc):
    n = len(doc.plan.staffing.clinicians)
    doc.edit("staffing.clinicians", lambda rows: rows + [ClinicianPosition()], label="add clinician position")
    assert doc.undo_stack.undoText() == "add clinician position"
    for fte in (1.0, 1.5):
        doc.edit("staffing.clinicians", lambda rows, fte=fte: rows[n].__setattr__("fte", fte) or rows,
                 label="edit FTE, clinician position", merge_key=f"staffing.clinicians[{n}].fte")
    assert doc.undo_stack.count() == 2  # the add, and one step for the typing in the cell
    assert doc.plan.staffing.clinicians[n].fte == 1.5


def test_replace_empties_undo_and_names_the_new_plan(doc):
    doc.set("agency.name", "Old")
    replaced: list[int] = []
    doc.replaced.connect(lambda: replaced.append(1))
    doc.replace(ProgramPlan(), None)
    assert replaced and doc.undo_stack.count() == 0 and not doc.dirty
    assert doc.display_name() == "Untitled plan"
