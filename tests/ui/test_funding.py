"""The funding page: budget lines, sources, catalog facts and the live multi-year summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QPlainTextEdit, QSpinBox

from tests.ui.pagetools import (
    cell_text,
    click_cell,
    index,
    is_editable,
    named,
    open_step,
    pick_cell,
    type_cell,
)
from ui import dialogs
from ui.pages.funding import GAP_COLOR, GAP_ROW, TOTAL_ROW
from wizard import budget
from wizard.plan import BudgetCategory, FundingStatus
from wizard.steps import Step


def summary(page, row: int, col: int) -> str:
    return page.summary.item(row, col).text()


def test_live_budget_figures_follow_typing(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.funding)
    named(page, "Indirect rate", QDoubleSpinBox).setValue(10)
    assert w.doc.plan.funding.indirect_rate == pytest.approx(0.10)

    page.add_personnel.click()
    line = w.doc.plan.funding.budget_lines[0]
    assert line.category is BudgetCategory.personnel and line.salaried
    type_cell(qtbot, page.lines, 0, "salary", "72000")
    assert w.doc.plan.funding.budget_lines[0].salary == 72000
    # FY2027: 72,000 direct + 10 % indirect, nothing funded yet: the gap is the whole cost, in red.
    qtbot.waitUntil(lambda: summary(page, TOTAL_ROW, 0) == "$79,200")
    assert page.figures["cost"].text() == budget.money(79_200 * 3)
    assert summary(page, GAP_ROW, 0) == "$79,200"
    assert page.summary.item(GAP_ROW, 0).foreground().color().name() == GAP_COLOR
    assert "Secured funding leaves a gap of $237,600" in page.summary_note.text()

    type_cell(qtbot, page.lines, 0, "benefits_rate", "25")
    qtbot.waitUntil(lambda: summary(page, TOTAL_ROW, 0) == "$99,000")  # 72,000 × 1.25 × 1.1

    page.sources.add_button.click()
    for yi, amount in enumerate(("99000", "99000", "99000")):
        type_cell(qtbot, page.sources, 0, f"amounts[{yi}]", amount)
    assert w.doc.plan.funding.sources[0].amounts == [99000, 99000, 99000]
    # Its status is not recorded yet: pending money, not funding — the gap after secured stays.
    assert w.doc.plan.funding.sources[0].status is None
    qtbot.waitUntil(lambda: "(+$297,000 pending)" in page.figures["funded_caption"].text())
    assert summary(page, GAP_ROW, 0) == "$99,000"
    pick_cell(qtbot, page.sources, 0, "status", "Secured")
    qtbot.waitUntil(lambda: summary(page, GAP_ROW, 0) == "$0")
    assert page.summary.item(GAP_ROW, 0).foreground().color().name() != GAP_COLOR
    assert page.figures["gap"].text() == "$0"
    # The first source offered is JMHCP (time-limited, 20 % match): match and time-limited share are live.
    assert summary(page, 5, 0) == "$19,800"
    assert summary(page, 6, 3) == "100%"
    qtbot.waitUntil(lambda: page.cliff.isVisible())


def test_personnel_lines_show_their_yearly_cost_and_other_lines_take_amounts(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.funding)
    page.add_personnel.click()
    type_cell(qtbot, page.lines, 0, "salary", "50000")
    type_cell(qtbot, page.lines, 0, "annual_increase", "10")
    qtbot.waitUntil(lambda: cell_text(page.lines, 0, "amounts[1]") == "$55,000")
    assert not is_editable(page.lines, 0, "amounts[1]")  # computed from FTE × salary, not typed
    click_cell(qtbot, page.lines, 0, "amounts[1]", double=True)
    assert page.lines.table.indexWidget(index(page.lines, 0, "amounts[1]")) is None  # no editor opens
    assert w.doc.plan.funding.budget_lines[0].amounts == []

    page.lines.add_button.click()  # an "other" cost line
    assert not w.doc.plan.funding.budget_lines[1].salaried
    qtbot.waitUntil(lambda: not index(page.lines, 1, "benefits_rate").flags() & Qt.ItemFlag.ItemIsEnabled)
    assert is_editable(page.lines, 1, "amounts[0]")
    type_cell(qtbot, page.lines, 1, "amounts[0]", "22000")
    assert w.doc.plan.funding.budget_lines[1].amounts == [22000]

    # Typing an FTE on an empty other line makes it a personnel line at once (no "needs both" error).
    page.lines.add_button.click()
    type_cell(qtbot, page.lines, 2, "fte", "0.5")
    third = w.doc.plan.funding.budget_lines[2]
    assert third.salaried and third.fte == 0.5 and third.salary == 0
    assert not page.lines.error.isVisible()


def test_choosing_a_source_brings_catalog_defaults_and_facts(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.funding)
    page.sources.add_button.click()
    src = w.doc.plan.funding.sources[0]
    assert (src.source, src.time_limited, src.match_rate) == ("jmhcp_connect_protect", True, 0.2)
    qtbot.waitUntil(lambda: "$550,000" in page.source_facts.text())
    assert "36 months" in page.source_facts.text() and "40% in year 3" in page.source_facts.text()

    pick_cell(qtbot, page.sources, 0, "source", "City or county general fund")
    src = w.doc.plan.funding.sources[0]
    assert (src.time_limited, src.match_rate) == (False, 0.0)  # untouched: follow the catalog
    assert cell_text(page.sources, 0, "time_limited") == "No"
    qtbot.waitUntil(lambda: "most durable source" in page.source_facts.text())

    type_cell(qtbot, page.sources, 0, "match_rate", "25")
    assert w.doc.plan.funding.sources[0].match_rate == pytest.approx(0.25)
    pick_cell(qtbot, page.sources, 0, "source", "State co-responder or crisis grant")
    src = w.doc.plan.funding.sources[0]
    assert src.time_limited is True  # still the catalog default
    assert src.match_rate == pytest.approx(0.25)  # the user's own rate is kept

    type_cell(qtbot, page.sources, 0, "name", "State crisis grant")
    pick_cell(qtbot, page.sources, 0, "status", "Applied for")
    type_cell(qtbot, page.sources, 0, "match_source", "County in-kind")
    src = w.doc.plan.funding.sources[0]
    assert (src.name, src.status, src.match_source) == ("State crisis grant", FundingStatus.applied, "County in-kind")


def test_facts_follow_the_selected_source_and_match_changes_by_year(window, qtbot):
    page = open_step(window, Step.funding)
    click_cell(qtbot, page.sources, 1, "name")
    qtbot.waitUntil(lambda: "general fund" in page.source_facts.text())
    click_cell(qtbot, page.sources, 0, "name")
    qtbot.waitUntil(lambda: "JMHCP" in page.source_facts.text())
    fy3 = named(page, "Match rate FY2029", QDoubleSpinBox)
    assert fy3.value() == pytest.approx(40)
    fy3.setValue(30)
    assert window.doc.plan.funding.sources[0].match_rates == [0.2, 0.2, 0.3]
    page.same_match.click()
    assert window.doc.plan.funding.sources[0].match_rates == []
    qtbot.waitUntil(lambda: fy3.value() == pytest.approx(20))


def test_years_and_start_year_reshape_the_tables(window, qtbot, monkeypatch):
    page = open_step(window, Step.funding)
    named(page, "First fiscal year", QSpinBox).setValue(2028)
    qtbot.waitUntil(lambda: page.summary.horizontalHeaderItem(0).text() == "FY2028")
    labels = [c.label for c in page.sources.columns]
    assert labels[-3:] == ["FY2028", "FY2029", "FY2030"]
    assert page.sources.model.headerData(len(labels) - 1, Qt.Orientation.Horizontal) == "FY2030"

    years = page.years
    years.setValue(4)
    assert window.doc.plan.funding.years == 4
    qtbot.waitUntil(lambda: page.summary.columnCount() == 5)
    assert [c.label for c in page.lines.columns][-1] == "FY2031"

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, q: asked.append(q) or False)
    years.setValue(2)  # would drop FY2030 amounts: asked, refused, nothing changes
    assert asked and "FY2030" in asked[0]
    assert window.doc.plan.funding.years == 4 and years.value() == 4
    assert window.doc.plan.funding.sources[0].amounts == [185000, 185000, 180000]

    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *_a: True)
    years.setValue(2)
    f = window.doc.plan.funding
    assert f.years == 2 and f.sources[0].amounts == [185000, 185000]
    assert all(len(line.amounts) <= 2 for line in f.budget_lines)


def test_nothing_is_lost_on_next_and_back(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.funding)
    page.add_personnel.click()
    type_cell(qtbot, page.lines, 0, "description", "Clinician")
    type_cell(qtbot, page.lines, 0, "salary", "70000")
    box = named(page, "Sustainability plan", QPlainTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, "County levy from 2030.")
    w.wizard.next()
    w.wizard.back()
    qtbot.waitUntil(lambda: w.doc.plan.funding.sustainability_plan == "County levy from 2030.")
    line = w.doc.plan.funding.budget_lines[0]
    assert (line.description, line.salary) == ("Clinician", 70000)
    assert cell_text(page.lines, 0, "description") == "Clinician"


def test_go_to_a_source_amount_focuses_its_first_year(window, qtbot):
    window.go_to(Step.funding, "funding.sources[2].amounts")
    page = window.pages[Step.funding]
    qtbot.waitUntil(lambda: (ed := page.sources.table.indexWidget(index(page.sources, 2, "amounts[0]"))) is not None
                    and ed.hasFocus())


def test_the_sustainability_warning_clears_once_the_plan_is_written(make_window, qtbot):
    """Issue 14, item 12 (it stayed red after the plan was written)."""
    w = make_window("rural-sheriff")  # mostly time-limited grants
    page = open_step(w, Step.funding)
    w.doc.set("funding.sustainability_plan", "")
    qtbot.waitUntil(page.cliff.isVisible)
    assert "time-limited" in page.cliff.text()
    box = named(page, "Sustainability plan", QPlainTextEdit)
    box.setFocus()
    qtbot.keyClicks(box, "The county general fund takes over in year 3.")
    qtbot.waitUntil(lambda: not page.cliff.isVisible())
    assert w.doc.plan.funding.sustainability_plan == "The county general fund takes over in year 3."
