"""The decision log: four fixed key decisions, custom ones, and a detail form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit

from tests.ui.pagetools import named, open_step
from wizard.plan import KEY_DECISION_QUESTIONS, DecisionStatus, KeyDecision
from wizard.steps import Step


def test_key_decisions_are_listed_with_fixed_questions_and_cannot_be_removed(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.decisions)
    assert page.list.count() == 4
    for i, key in enumerate(KeyDecision):
        assert page.list.item(i).text().startswith(KEY_DECISION_QUESTIONS[key])
    page.list.setCurrentRow(0)
    assert page.question_label.isVisible() and not page.question.isVisible()  # fixed text
    assert not page.remove_button.isEnabled()

    before = list(w.doc.plan.decisions)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)  # the keyboard path is refused too
    assert w.doc.plan.decisions == before
    assert page.message.isVisible() and "cannot be removed" in page.message.text()
    page.remove_decision()
    assert len(w.doc.plan.decisions) == 4


def test_custom_decision_add_edit_remove(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.decisions)
    page.add_button.click()
    assert len(w.doc.plan.decisions) == 5 and page.list.currentRow() == 4
    assert page.question.isVisible() and page.question.hasFocus()
    assert page.remove_button.isEnabled()
    qtbot.keyClicks(page.question, "Who may request a follow-up visit?")
    page.status_buttons[DecisionStatus.deferred].click()
    assert w.doc.plan.decisions[4].status is DecisionStatus.deferred
    qtbot.waitUntil(lambda: w.doc.plan.decisions[4].question == "Who may request a follow-up visit?")
    qtbot.waitUntil(lambda: page.list.item(4).text().startswith("Who may request"))
    assert w.doc.plan.decisions[4].key is None

    page.remove_decision()
    assert len(w.doc.plan.decisions) == 4
    assert page.list.count() == 4 and page.list.currentRow() == 3


def test_status_owner_due_and_text_follow_the_selection(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.decisions)
    page.list.setCurrentRow(1)
    page.status_buttons[DecisionStatus.decided].click()
    page.decision.setFocus()
    qtbot.keyClicks(page.decision, "Twelve measures, quarterly reports.")
    owner = named(page, "Owner", QLineEdit)
    qtbot.keyClicks(owner, "Program coordinator")
    named(page, "Due date", QDateEdit).setDate(QDate(2027, 3, 1))
    # Switch at once: text still waiting for its typing pause goes to decision 2, not 3.
    page.list.setCurrentRow(2)
    d = w.doc.plan.decisions[1]
    assert (d.status, d.decision, d.owner, d.due) == (
        DecisionStatus.decided, "Twelve measures, quarterly reports.", "Program coordinator", dt.date(2027, 3, 1))
    assert w.doc.plan.decisions[2].decision == "" and owner.text() == ""
    assert page.status_buttons[DecisionStatus.open].isChecked()
    qtbot.waitUntil(lambda: page.counts[DecisionStatus.decided].text() == "1")
    assert page.counts[DecisionStatus.open].text() == "3"
    assert "Key decision 2 · Decided" in page.list.item(1).text()
    assert "Program coordinator" in page.list.item(1).toolTip()

    page.list.setCurrentRow(1)
    assert page.decision.toPlainText() == "Twelve measures, quarterly reports."
    assert owner.text() == "Program coordinator"

    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Revisit after year one.")
    w.wizard.next()  # nothing lost on Next/Back, even mid-typing
    w.wizard.back()
    qtbot.waitUntil(lambda: w.doc.plan.decisions[1].notes == "Revisit after year one.")
    assert page.notes.toPlainText() == "Revisit after year one."


def test_keyboard_only(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.decisions)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.current() == 1
    page.status_buttons[DecisionStatus.open].setFocus()
    qtbot.keyClick(page.status_buttons[DecisionStatus.open], Qt.Key.Key_Right)  # arrows move within the group
    assert w.doc.plan.decisions[1].status is DecisionStatus.decided
    for widget in (page.decision, page.owner, page.due, page.notes):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_preset_counts_and_go_to_focuses_the_field(window, qtbot):
    page = open_step(window, Step.decisions)
    assert page.counts[DecisionStatus.open].text() == "1"
    assert page.counts[DecisionStatus.decided].text() == "4"
    assert page.counts[DecisionStatus.deferred].text() == "1"
    window.go_to(Step.decisions, "decisions[4].owner")
    qtbot.waitUntil(lambda: page.owner.hasFocus())
    assert page.current() == 4 and page.owner.text() == "Lt. Carla Brennan"
    window.go_to(Step.decisions, "decisions[3].status")
    qtbot.waitUntil(lambda: page.status_buttons[DecisionStatus.open].hasFocus())
    assert page.current() == 3


def test_a_new_plan_reloads_the_form(window, qtbot):
    page = open_step(window, Step.decisions)
    page.list.setCurrentRow(5)
    window.doc._set_dirty(False)
    window.new_plan("blank")
    old, page = page, open_step(window, Step.decisions)
    assert page is not old  # a new plan gets a new page
    assert page.list.count() == 4
    assert page.current() <= 3
    assert page.owner.text() == ""


def test_the_form_does_not_move_while_the_decision_text_wraps(make_window, qtbot):
    """Issue 14, defect 10: as the decision text wrapped, the owner and due-date fields
    moved down and a click aimed at one landed on the other."""
    from PySide6.QtWidgets import QApplication

    w = make_window("blank")
    page = open_step(w, Step.decisions)
    page.list.setCurrentRow(1)
    box = page.decision
    box.setFocus()
    QApplication.processEvents()
    owner_at = page.owner.mapTo(page, page.owner.rect().topLeft())
    height = box.height()
    qtbot.keyClicks(box, "The partners agreed to share the dispatch data every month. " * 6)
    QApplication.processEvents()
    assert box.height() == height  # the box scrolls while it has the focus
    assert page.owner.mapTo(page, page.owner.rect().topLeft()) == owner_at
    page.owner.setFocus()
    qtbot.waitUntil(lambda: box.height() > height)  # it fits its text once the focus has left


def test_a_deferred_decision_with_an_owner_is_not_listed_as_without_one(make_window, qtbot):
    """Issue 14, item 12: "Deferred without an owner" stayed on Review after the owner was typed."""
    from PySide6.QtWidgets import QLabel

    w = make_window("mid-city")
    page = open_step(w, Step.decisions)
    page.list.setCurrentRow(1)
    page.status_buttons[DecisionStatus.deferred].click()
    page.owner.setFocus()
    page.owner.selectAll()
    qtbot.keyClick(page.owner, Qt.Key.Key_Delete)
    page.flush()
    review = open_step(w, Step.review)
    qtbot.waitUntil(lambda: any("Deferred without an owner" in lab.text()
                                for lab in review.findChildren(QLabel) if lab.isVisible()))
    page = open_step(w, Step.decisions)
    qtbot.keyClicks(page.owner, "Chief Hale")
    page.flush()
    review = open_step(w, Step.review)
    qtbot.wait(150)  # the checks re-run after a short pause
    assert not [lab.text() for lab in review.findChildren(QLabel)
                if lab.isVisible() and "Deferred without an owner" in lab.text()]
