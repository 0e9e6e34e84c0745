"""Nothing shown belongs to the previous plan (issue 14, defect 1).

After File ▸ New (or Open) every page starts afresh: the Export page shows no
result or preview of the old plan, the coverage grid has no old selection, pages
are scrolled to the top and tables to their first column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui import dialogs
from ui.records import RecordTable
from wizard.steps import Step

RENDER_TIMEOUT = 60_000


@pytest.fixture
def exports(monkeypatch, tmp_path):
    paths: list[Path] = []

    def choose(_parent, suggested):
        paths.append(tmp_path / Path(suggested).name)
        return paths[-1]

    monkeypatch.setattr(dialogs, "choose_pdf_path", choose)
    monkeypatch.setattr(dialogs, "ask_export_draft", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "offer_open_export", lambda *_a, **_k: None)
    return paths


def visit(w, step: Step):
    w.go_to(step)
    page = w.pages[step]
    page.ensure_built()
    QApplication.processEvents()
    return page


def test_a_new_plan_shows_nothing_of_the_previous_one(make_window, qtbot, exports):
    w = make_window("mid-city")
    old_name = w.doc.plan.agency.name
    assert old_name

    page = visit(w, Step.export)
    page.draft_button.click()
    qtbot.waitUntil(lambda: not page.exporting(), timeout=RENDER_TIMEOUT)
    assert exports and exports[0].exists()
    assert exports[0].name in page.result.text() and page.done_row.isVisible()

    cov = visit(w, Step.coverage)
    cov.grid._anchor, cov.grid._cursor = (1, 3), (4, 20)  # a block selected by the user
    assert cov.grid.selection() != (range(0, 1), range(8, 9))

    scrolled = {}
    for step in (Step.funding, Step.staffing, Step.decisions):
        p = visit(w, step)
        bar = p.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        scrolled[step] = bar.value()
        for t in p.findChildren(RecordTable):
            t.table.horizontalScrollBar().setValue(t.table.horizontalScrollBar().maximum())
    assert any(scrolled.values())

    w.doc._set_dirty(False)  # File ▸ New without a question about saving
    w.new_plan("large-city")
    assert w.doc.plan.agency.name != old_name

    page = visit(w, Step.export)
    assert exports[0].name not in page.result.text() and not page.done_row.isVisible()
    assert "millbrook" not in page.result.text().lower()
    assert page.preview is None and page.last_path is None
    cov = visit(w, Step.coverage)
    assert cov.grid.selection() == (range(0, 1), range(8, 9))
    for step in scrolled:
        p = visit(w, step)
        assert p.scroll.verticalScrollBar().value() == 0, step
        for t in p.findChildren(RecordTable):
            assert t.table.horizontalScrollBar().value() == 0, (step, t.noun)

    # Exporting the new plan names the new plan's file.
    page = visit(w, Step.export)
    page.draft_button.click()
    qtbot.waitUntil(lambda: not page.exporting(), timeout=RENDER_TIMEOUT)
    assert exports[-1] != exports[0] and exports[-1].name in page.result.text()


def test_an_export_still_rendering_when_a_new_plan_starts_finishes_quietly(make_window, qtbot, exports):
    w = make_window("mid-city")
    page = visit(w, Step.export)
    page.draft_button.click()
    assert page.exporting()
    job = page.job
    w.doc._set_dirty(False)
    w.new_plan("rural-sheriff")
    qtbot.waitUntil(lambda: job.done, timeout=RENDER_TIMEOUT)
    QApplication.processEvents()
    assert exports[0].exists()
    fresh = visit(w, Step.export)
    assert fresh is not page and not fresh.done_row.isVisible()
