"""The table model alone (ui/table_model.py over ui/records.py), without a window: its shape,
the words and states of its cells, and edits through setData (the only test that calls it
directly; every page test drives the real table by mouse and keyboard)."""

from __future__ import annotations

import pytest
from factories import ready_plan
from PySide6.QtCore import Qt

from ui.binding import Binder
from ui.document import PlanDocument
from ui.records import Column, RecordTable
from ui.table_model import ERROR_ROLE, Look
from wizard import signing
from wizard.approx import Approx
from wizard.content import default_content
from wizard.plan import BudgetCategory, BudgetLine, ClinicianPosition, RecordSystem, ResponseTier

R = Qt.ItemDataRole


@pytest.fixture
def doc(qtbot) -> PlanDocument:
    return PlanDocument(default_content(), ready_plan())


def clinicians(doc: PlanDocument, qtbot) -> RecordTable:
    systems = [(None, "Not decided"), *((s, s.value.upper()) for s in RecordSystem)]
    table = RecordTable(Binder(doc), "staffing.clinicians", [
        Column("title", "Title"),
        Column("fte", "FTE", "float", decimals=2, optional=True),
        Column("agency_share", "Share here", "percent", minimum=0.01, decimals=0),
        Column("record_system", "Documents in", "combo", systems),
        Column("notes", "Notes", look=lambda row, v: Look(placeholder="Optional")),
    ], ClinicianPosition, noun="clinician")
    qtbot.addWidget(table)
    return table


def fingerprint(doc: PlanDocument) -> tuple[str, str]:
    return signing.fingerprint(doc.plan), doc.plan.model_dump_json()


def test_shape_follows_the_plan_list(doc, qtbot):
    t = clinicians(doc, qtbot)
    m = t.model
    assert m.rowCount() == len(doc.plan.staffing.clinicians) > 0
    assert m.columnCount() == 5
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Title", "FTE", "Share here", "Documents in", "Notes"]
    assert m.headerData(0, Qt.Orientation.Vertical) == "1"
    assert m.headerData(0, Qt.Orientation.Vertical, R.AccessibleTextRole) == "clinician 1"

    resets: list[int] = []
    m.modelReset.connect(lambda: resets.append(1))
    doc.edit("staffing.clinicians", lambda rows: rows + [ClinicianPosition(title="Night clinician")])
    assert resets and m.rowCount() == len(doc.plan.staffing.clinicians)
    assert m.index(m.rowCount() - 1, 0).data() == "Night clinician"

    # A change of a value, not of the shape: a repaint, no reset (cheap on a page switch).
    resets.clear()
    changed: list[int] = []
    m.dataChanged.connect(lambda *_a: changed.append(1))
    doc.set("staffing.clinicians[0].title", "Lead clinician")
    assert not resets and changed
    assert m.index(0, 0).data() == "Lead clinician"


def test_cells_show_words_not_ids_or_zeros(doc, qtbot):
    t = clinicians(doc, qtbot)
    m = t.model
    doc.set("staffing.clinicians[0].fte", None)
    doc.set("staffing.clinicians[0].agency_share", 0.5)
    doc.set("staffing.clinicians[0].record_system", RecordSystem.rms)
    doc.set("staffing.clinicians[0].notes", "")
    assert m.index(0, 1).data() == "—"  # not known is not 0
    assert m.index(0, 1).data(R.EditRole) is None
    assert m.index(0, 2).data() == "50 %"
    assert m.index(0, 3).data() == "RMS"
    assert m.value(0, 3) is RecordSystem.rms  # what the editor gets
    assert m.index(0, 4).data() == "Optional"  # the placeholder, shown grey
    assert m.index(0, 4).data(R.ForegroundRole) is not None
    assert m.index(0, 1).data(R.AccessibleTextRole) == "FTE of clinician 1: —"
    assert m.index(0, 2).data(R.AccessibleTextRole) == "Share here of clinician 1: 50 %"
    assert m.index(0, 1).data(R.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_set_data_accepted_goes_through_the_document_and_undoes(doc, qtbot):
    t = clinicians(doc, qtbot)
    m = t.model
    before = fingerprint(doc)
    assert m.setData(m.index(0, 1), 2.5)
    assert doc.plan.staffing.clinicians[0].fte == 2.5
    assert doc.undo_stack.undoText() == "edit FTE, clinician 1"
    assert m.index(0, 1).data() == "2.50"
    doc.undo_stack.undo()
    assert fingerprint(doc) == before
    assert m.index(0, 1).data() == t.model.index(0, 1).data()  # shows the plan again
    doc.undo_stack.redo()
    assert doc.plan.staffing.clinicians[0].fte == 2.5


def test_set_data_refused_keeps_the_typed_value_marked_with_the_reason(doc, qtbot):
    t = clinicians(doc, qtbot)
    m = t.model
    before = fingerprint(doc)
    idx = m.index(0, 1)
    assert not m.setData(idx, 500.0)  # more FTE than the model allows
    assert fingerprint(doc) == before  # the plan is unchanged
    assert idx.data(R.EditRole) == 500.0  # what the user typed is kept in the cell
    assert idx.data() == "500.00"
    reason = idx.data(ERROR_ROLE)
    assert reason.startswith("Clinician 1, FTE: ")
    assert idx.data(R.ToolTipRole) == reason
    assert idx.data(R.BackgroundRole) is not None  # marked
    assert t.error.text() == reason and not t.error.isHidden()

    assert m.setData(idx, 1.5)  # corrected: the mark and the message go
    assert doc.plan.staffing.clinicians[0].fte == 1.5
    assert idx.data(ERROR_ROLE) == ""
    assert t.error.isHidden()


def test_ticks_are_checkable_cells(doc, qtbot):
    doc.edit("program_model.response_tiers", lambda rows: [ResponseTier(name="Co-response")])
    t = RecordTable(Binder(doc), "program_model.response_tiers", [
        Column("name", "Tier"), Column("is_this_program", "This program", "bool")],
        ResponseTier, noun="tier")
    qtbot.addWidget(t)
    m = t.model
    idx = m.index(0, 1)
    assert m.flags(idx) & Qt.ItemFlag.ItemIsUserCheckable
    assert not m.flags(idx) & Qt.ItemFlag.ItemIsEditable  # no editor: the view toggles it
    was = doc.plan.program_model.response_tiers[0].is_this_program
    new = Qt.CheckState.Unchecked if was else Qt.CheckState.Checked
    assert m.setData(idx, new.value, R.CheckStateRole)
    assert doc.plan.program_model.response_tiers[0].is_this_program is (not was)
    assert idx.data(R.CheckStateRole) == new
    assert idx.data(R.AccessibleTextRole) == f"This program of tier 1: {'not ticked' if was else 'ticked'}"


def test_looks_make_cells_read_only_and_computed(doc, qtbot):
    doc.edit("funding.budget_lines", lambda rows: [BudgetLine(category=BudgetCategory.personnel, fte=1.0, salary=50_000),
                                                   BudgetLine(category=BudgetCategory.other, amounts=[Approx.about(9000)])])
    t = RecordTable(Binder(doc), "funding.budget_lines", [
        Column("category", "Category", "combo", [(c, c.value) for c in BudgetCategory]),
        Column("amounts[0]", "FY1", "money", optional=True,
               look=lambda line, _v: Look(text="$50,000", editable=False) if line.salaried else None),
        Column("description", "Description"),
    ], lambda: BudgetLine(category=BudgetCategory.other), noun="line")
    qtbot.addWidget(t)
    m = t.model
    assert m.index(0, 1).data() == "$50,000"
    assert not m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert m.index(1, 1).data() == "about $9,000"  # an estimate says so
    assert m.flags(m.index(1, 1)) & Qt.ItemFlag.ItemIsEditable


def test_adding_and_removing_rows_are_named_undo_steps(doc, qtbot):
    t = clinicians(doc, qtbot)
    before = fingerprint(doc)
    n = len(doc.plan.staffing.clinicians)
    t.add_row()
    assert len(doc.plan.staffing.clinicians) == n + 1 == t.model.rowCount()
    assert doc.undo_stack.undoText() == f"add clinician {n + 1}"
    t.table.setCurrentCell(0, 0)
    t.remove_current()
    assert doc.undo_stack.undoText() == "remove clinician 1"
    assert t.model.rowCount() == n
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert fingerprint(doc) == before
    assert t.model.rowCount() == n


def test_a_fixed_width_never_cuts_a_longer_title_word(doc, qtbot):
    """Widths are written for the English titles; a translation's longer word (Spanish
    'Prestaciones' for 'Benefits') widens its column instead of being cut in the header."""
    table = RecordTable(Binder(doc), "funding.budget_lines", [
        Column("description", "Description"),
        Column("benefits_rate", "Prestacionesdelpersonal", "percent", width=40, maximum=1),
        Column("annual_increase", "Aumento/año", "percent", width=30, maximum=0.25),
    ], BudgetLine, noun="budget line")
    qtbot.addWidget(table)
    table.resize(1200, 400)
    table.show()
    qtbot.waitExposed(table)
    table._apply_widths()
    for col in (1, 2):
        assert table.table.columnWidth(col) >= table._title_floor(table.columns[col])


def test_a_line_that_is_not_personnel_shows_no_benefits_rate(qtbot):
    """A benefits rate and a raise do not apply to a line that is not personnel: the cell is
    blank and read-only, not a 0.0 % the plan never said."""
    from ui.pages.funding import FundingPage

    line = BudgetLine(category=BudgetCategory.training, description="CIT", amounts=[5000.0])
    look = FundingPage._personnel_only(line, 0.0)
    assert look is not None and look.text == "" and not look.editable and not look.enabled
    assert FundingPage._personnel_only(BudgetLine(category=BudgetCategory.personnel, fte=1.0, salary=1.0), 0.28) is None
