"""The Agreement terms page, walked by keyboard and mouse: the term and notice fields, a
clause adopted, edited (kept verbatim) and omitted, an option chosen, an obligation
added, and the wording "as it will print" following the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from tests.ui.pagetools import cell, choose, named, open_step, pick_cell, type_cell
from wizard.plan import ClauseStatus, ObligationArea
from wizard.steps import Step


def editor_for(page, title):
    return next(e for e in page.editors if e.info.title == title)


def test_the_step_comes_after_governance_and_lists_every_clause(make_window):
    w = make_window("blank")
    page = open_step(w, Step.agreement)
    assert Step.agreement == Step.governance + 1
    assert [e.info.id for e in page.editors] == [c.id for c in w.content.clauses]
    assert page.title() == "Agreement terms"
    liability = editor_for(page, "Liability and indemnification")
    offered = [liability.option.itemText(i) for i in range(liability.option.count())]
    assert offered == ["Choose a wording…", "Each party answers for its own acts", "Each party indemnifies the others",
                       "As limited by state law"]
    assert liability.preview.text().startswith("Not decided, so not printed.")


def test_walk_the_page_by_keyboard_and_mouse(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.agreement)
    plan = lambda: w.doc.plan  # noqa: E731

    # the statute, typed; the notice period, typed into an empty ("—") spin box
    statute = named(page, "Interlocal-cooperation statute", QLineEdit)
    statute.setFocus()
    qtbot.keyClicks(statute, "RCW 39.34")
    assert plan().agreement.statute == "RCW 39.34"
    notice = named(page, "Termination notice", QSpinBox)
    notice.setFocus()
    notice.selectAll()
    qtbot.keyClicks(notice, "60")
    qtbot.keyClick(notice, Qt.Key.Key_Tab)
    assert plan().agreement.termination_notice_days == 60

    # adopt the termination clause with the keyboard: the preview fills in 60 days
    term = editor_for(page, "Termination and wind-down")
    term.decision.setFocus()
    qtbot.keyClick(term.decision, Qt.Key.Key_Down)  # Not decided → Adopt as written
    assert plan().agreement.choice("termination").status is ClauseStatus.adopted
    qtbot.waitUntil(lambda: "at least 60 days in advance" in term.preview.text())
    assert term.preview.text().startswith("As it will print:")
    assert "[not yet given: the days a party has to cure a breach]" in term.preview.text()

    # adopt the liability clause: the option shown is the one adopted; then choose another
    liability = editor_for(page, "Liability and indemnification")
    choose(liability.decision, "Adopt as written")
    assert plan().agreement.choice("liability").option == "own_acts"
    choose(liability.option, "As limited by state law")
    assert plan().agreement.choice("liability").option == "state_law"
    qtbot.waitUntil(lambda: "[not yet given: the state whose law governs]" in liability.preview.text())

    # edit a clause: the editor starts from the wording shown; our words are kept verbatim
    amendment = editor_for(page, "Amendment")
    assert not amendment.editor.isEnabled() and not amendment.editor.isVisibleTo(page)
    choose(amendment.decision, "Edit the wording")
    assert amendment.editor.isEnabled() and amendment.editor.isVisibleTo(page)
    assert plan().agreement.choice("amendment").text.startswith("This agreement may be amended only in writing")
    mine = "Amend {only} in writing <b>signed</b> by all & #every party."
    amendment.editor.setFocus()
    amendment.editor.selectAll()
    qtbot.keyClicks(amendment.editor, mine)
    page.flush()
    assert plan().agreement.choice("amendment").text == mine
    assert plan().agreement.choice("amendment").status is ClauseStatus.edited

    # omit one by mouse: click the combo, pick from its list
    counterparts = editor_for(page, "Counterparts and electronic signatures")
    counterparts.decision.showPopup()
    view = counterparts.decision.view()
    idx = view.model().index(3, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(idx).center())
    qtbot.waitUntil(lambda: plan().agreement.choice("counterparts") is not None
                    and plan().agreement.choice("counterparts").status is ClauseStatus.omitted)
    qtbot.waitUntil(lambda: counterparts.preview.text() == "Omitted: this clause is not printed.")

    # an obligation, with the Add button and the cells
    qtbot.mouseClick(page.obligations.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, page.obligations, 0, "party", "Riverside PD")
    pick_cell(qtbot, page.obligations, 0, "area", "Radios")
    duty = cell(qtbot, page.obligations, 0, "duty")
    qtbot.keyClicks(duty, "lend two radios")
    qtbot.keyClick(duty, Qt.Key.Key_Tab)
    ob = plan().agreement.obligations[0]
    assert (ob.party, ob.area, ob.duty) == ("Riverside PD", ObligationArea.radios, "lend two radios")
    qtbot.waitUntil(lambda: page.by_party.text() == "Riverside PD shall: Radios: lend two radios.")

    # what the page shows is what the charter section holds
    from wizard import agreement

    blocks = agreement.charter_sections(plan(), w.content)[0]["blocks"]
    clause_titles = [b["title"] for b in blocks if b["kind"] == "clause"]
    assert clause_titles == ["Termination and wind-down", "Amendment", "Liability and indemnification"]
    assert next(b for b in blocks if b.get("title") == "Amendment")["text"] == mine


def test_going_to_an_agreement_finding_focuses_its_clause(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.agreement)
    w.doc.edit("agreement.clauses", lambda cs: [c.model_copy(update={"status": None}) if c.clause == "insurance"
                                                else c for c in cs])
    assert page.focus_field("agreement.clauses")
    QApplication.processEvents()
    assert QApplication.focusWidget() is editor_for(page, "Insurance").decision


def test_a_preset_shows_its_adopted_wording_filled_in(make_window):
    w = make_window("mid-city")
    page = open_step(w, Step.agreement)
    authority = editor_for(page, "Legal authority")
    assert authority.preview.text().startswith("As it will print:")
    assert "Ohio Revised Code 9.482" in authority.preview.text()
    law = editor_for(page, "Governing law and venue")
    assert law.editor.isEnabled() and "Maple County Court of Common Pleas" in law.editor.toPlainText()
    assert [x for x in page.findChildren(QLabel) if x.objectName() == "sectionTitle"
            and x.text() == "What each party shall do"]
    assert isinstance(named(page, "Renewal", QComboBox), QComboBox)
    assert isinstance(named(page, "Liability and indemnification: our wording", QPlainTextEdit), QPlainTextEdit)


def test_the_term_is_given_in_months_or_as_an_end_date(make_window, qtbot):
    w = make_window("mid-city")
    page = open_step(w, Step.agreement)
    months = named(page, "Term in months", QSpinBox)
    end = named(page, "…or the term ends on")
    assert months.isEnabled() and not end.isEnabled()  # the preset gives 36 months
    months.setValue(months.minimum())  # "—": not given
    qtbot.waitUntil(lambda: end.isEnabled())
    assert w.doc.plan.agreement.term.months is None
    end.setDate(end.date().fromString("2029-12-31", "yyyy-MM-dd"))
    assert w.doc.plan.agreement.term.end.isoformat() == "2029-12-31"
    qtbot.waitUntil(lambda: not months.isEnabled())
