"""The step pages' navigation (ui/plan_wizard.py): Back, Next, jumps from the step list,
the buttons shown, the keyboard on the new page, pages built hidden, one page shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard

from ui.plan_wizard import PlanWizard
from wizard.steps import Step

B = QWizard.WizardButton


def _shown(w) -> list[Step]:
    return [Step(i) for i in w.wizard.pageIds() if w.wizard.page(i).isVisibleTo(w.wizard)]


def test_next_back_and_jumps_keep_a_history_like_a_browser(window):
    wiz = window.wizard
    assert wiz.currentId() == Step.agency and wiz.visitedIds() == [Step.agency]
    wiz.next()
    wiz.next()
    assert wiz.currentId() == Step.coverage
    window.go_to(Step.funding)  # a step not visited yet: forward, Back comes back here
    assert wiz.visitedIds() == [Step.agency, Step.model, Step.coverage, Step.funding]
    wiz.back()
    assert wiz.currentId() == Step.coverage
    window.go_to(Step.agency)  # a step in the history: back along it
    assert wiz.visitedIds() == [Step.agency]
    wiz.back()  # nothing before the first page
    assert wiz.currentId() == Step.agency
    assert window.step_list.currentRow() == Step.agency


def test_exactly_the_current_page_is_shown_with_its_title(window):
    for step in (Step.model, Step.export, Step.staffing, Step.agency):
        window.go_to(step)
        QApplication.processEvents()
        assert _shown(window) == [step]
        assert window.page_title.text() == window.content.step(step).title
        assert window.wizard.currentPage() is window.pages[step]


def test_buttons_as_qwizard_showed_them(window):
    wiz = window.wizard
    visible = {which: wiz.button(which).isVisibleTo(window) for which in B if which in
               (B.HelpButton, B.BackButton, B.NextButton, B.FinishButton)}
    assert visible == {B.HelpButton: True, B.BackButton: False, B.NextButton: True, B.FinishButton: False}
    assert wiz.button(B.NextButton).isDefault()  # styled as the default button
    window.go_to(Step.export)
    assert wiz.button(B.BackButton).isVisibleTo(window)
    assert not wiz.button(B.NextButton).isVisibleTo(window)
    finish = wiz.button(B.FinishButton)
    assert finish.isVisibleTo(window) and finish.isDefault()
    assert finish.text().replace("&", "") == "Export charter…"
    assert wiz.buttonText(B.NextButton) == "&Next >"


def test_the_buttons_drive_the_pages(window, qtbot):
    wiz = window.wizard
    seen: list[int] = []
    wiz.currentIdChanged.connect(seen.append)
    wiz.button(B.NextButton).click()
    wiz.button(B.NextButton).click()
    wiz.button(B.BackButton).click()
    assert seen == [Step.model, Step.coverage, Step.model]
    with qtbot.waitSignal(wiz.helpRequested, timeout=1000):
        wiz.button(B.HelpButton).click()
    window.go_to(Step.export)
    wiz.finishRequested.disconnect()  # the test asks only that Export is requested, not for an export
    with qtbot.waitSignal(wiz.finishRequested, timeout=1000):
        wiz.button(B.FinishButton).click()


def test_the_keyboard_goes_to_the_new_page(window):
    # As QWizard did going forward (its first focusable child: the page's scroll area, so
    # Page Down scrolls it), and now also going back or jumping (the focus stayed behind).
    window.activateWindow()
    for step in (Step.model, Step.agency, Step.funding, Step.export):
        window.go_to(step)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        assert focus is not None and window.pages[step].isAncestorOf(focus), (step, focus)


def test_a_page_first_shown_by_the_stack_is_built_with_its_fields_visible(make_window):
    # The first page given to the stack is shown at once; built while shown, its fields
    # would stay hidden (Qt shows a new child of a visible widget only when asked).
    w = make_window(None)
    w.new_plan("blank")
    page = w.pages[Step.agency]
    fields = [x for x in page.findChildren(QLineEdit) if x.accessibleName() == "Program name"]
    assert fields and fields[0].isVisibleTo(page)


def test_a_new_plan_replaces_a_shown_page_in_place(window):
    window.go_to(Step.coverage)
    old = window.pages[Step.coverage]
    window.new_plan("large-city")
    assert window.wizard.currentId() == Step.agency and _shown(window) == [Step.agency]
    window.go_to(Step.coverage)
    assert window.pages[Step.coverage] is not old
    assert _shown(window) == [Step.coverage]


def test_a_bare_wizard_without_pages():
    wiz = PlanWizard()
    try:
        wiz.restart()
        wiz.next()
        wiz.back()
        assert wiz.currentId() == -1 and wiz.currentPage() is None
        assert not wiz.button(B.FinishButton).isVisibleTo(wiz)
        pages = [QWidget(), QWidget()]
        for i, p in enumerate(pages):
            wiz.setPage(i, p)
        wiz.restart()
        assert wiz.currentId() == 0
        wiz.next()  # plain widgets have no nextId: the last page, nowhere to go
        assert wiz.currentId() == 0
        wiz.go_to(1)
        assert wiz.currentId() == 1 and wiz.visitedIds() == [0, 1]
        wiz.removePage(1)
        assert wiz.pageIds() == [0]
    finally:
        wiz.deleteLater()
