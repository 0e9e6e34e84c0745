"""The Review page: blockers listed first; Go to shows the field and focuses it
(issue 14, defect 4)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from tests.ui.pagetools import open_step
from wizard import checks
from wizard.steps import Step


def review(w):
    page = open_step(w, Step.review)
    w.update_findings()
    QApplication.processEvents()
    page.refresh()
    return page


def test_blockers_are_listed_first(make_window):
    w = make_window("blank")
    page = review(w)
    findings = w.ctx.findings
    n_block = len(checks.blockers(findings))
    assert n_block and n_block < len(findings)
    names = [b.accessibleName() for b in page.go_buttons]
    blocker_names = {f"Go to: {f.message}" for f in checks.blockers(findings)}
    assert set(names[:n_block]) == blocker_names
    assert not set(names[n_block:]) & blocker_names


def test_go_to_scrolls_the_field_into_view_and_focuses_it(make_window, qtbot):
    w = make_window("blank")
    w.resize(1280, 720)
    page = review(w)
    scrolled = checked = 0
    for f in list(w.ctx.findings):
        page = review(w)
        go = next(b for b in page.go_buttons if b.accessibleName() == f"Go to: {f.message}")
        go.click()
        QApplication.processEvents()
        qtbot.wait(10)
        target_page = w.pages[f.step]
        assert w.current_step() is f.step
        focused = QApplication.focusWidget()
        if focused is None or not target_page.body.isAncestorOf(focused):
            assert f.field not in target_page.binder.bindings, f.code  # a bound field must get the focus
            continue  # a finding about the whole step, not one field
        vp = target_page.scroll.viewport()
        top_left = focused.mapTo(vp, focused.rect().topLeft())
        rect = QRect(top_left, focused.size())
        assert vp.rect().intersects(rect), (f.code, f.field, rect, vp.rect())
        checked += 1
        scrolled += target_page.scroll.verticalScrollBar().value() > 0
    assert checked >= 5 and scrolled >= 1
