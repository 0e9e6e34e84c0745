"""The whole wizard, as a planning session uses it: from a blank plan to a signed FINAL
charter, by keyboard and mouse on the real widgets, with no network at any point;
then the charter is reopened to amend it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from tests.ui.pagetools import named, type_into
from ui import dialogs
from ui.main_window import MainWindow
from wizard import checks, signing
from wizard.charter import extract_plan, verify
from wizard.steps import Step


@pytest.fixture
def no_network(monkeypatch):
    """Fail the test if anything tries to open a network connection."""
    opened: list[str] = []

    def refuse(*args, **_kwargs):
        opened.append(repr(args[:2]))
        raise AssertionError(f"network access attempted: {args[:2]!r}")

    real_socket = socket.socket

    class GuardedSocket(real_socket):
        def __init__(self, family=-1, type=-1, proto=-1, fileno=None):  # noqa: A002 (socket's names)
            if family in (socket.AF_INET, socket.AF_INET6):
                refuse("socket", family)
            super().__init__(family, type, proto, fileno)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield opened
    assert not opened


def page(w: MainWindow, step: Step) -> QWidget:
    assert w.wizard.currentId() == step, f"expected {step.name}, at {Step(w.wizard.currentId()).name}"
    return w.pages[step]


def next_step(qtbot, w: MainWindow) -> None:
    """Next, by keyboard: the window's Ctrl+PgDown shortcut."""
    before = w.wizard.currentId()
    w.activateWindow()
    qtbot.keyClick(w.wizard.currentPage(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    if w.wizard.currentId() == before:  # offscreen platforms may not route window shortcuts
        qtbot.mouseClick(w.wizard.button(w.wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert w.wizard.currentId() == before + 1


def click(qtbot, button: QAbstractButton) -> None:
    """Click where a person would: check boxes and radio buttons on their box, not mid-row."""
    pos = QPoint(8, button.height() // 2) if isinstance(button, (QCheckBox, QRadioButton)) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def spin(qtbot, box: QSpinBox, value: int) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, str(value))
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def table_cell(qtbot, view: QTableView, row: int, label: str) -> QWidget:
    """Double-click the cell under the column titled ``label``; its editor."""
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    idx = model.index(row, headers.index(label))
    view.scrollTo(idx)
    pos = view.visualRect(idx).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = view.indexWidget(idx)
    assert editor is not None, f"no editor for {label!r}"
    return editor


def drag(qtbot, grid, day: int, start: int, end: int) -> None:
    a = grid.cell_rect(day, start).center().toPoint()
    b = grid.cell_rect(day, end).center().toPoint()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=a)
    for x in range(a.x(), b.x() + 1, 6):
        qtbot.mouseMove(grid, QPoint(x, a.y()))
    qtbot.mouseMove(grid, b)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=b)


def test_blank_plan_to_signed_final_charter_and_amendment(make_window, qtbot, tmp_path, monkeypatch, no_network):
    w = make_window(None)
    # Start page: pick "Blank plan" and press Enter.
    presets = w.start_page.presets
    presets.setFocus()
    presets.setCurrentRow(0)
    qtbot.keyClick(presets, Qt.Key.Key_Return)
    assert w.stack.currentWidget() is w.workspace

    # 1. Agency
    p = page(w, Step.agency)
    type_into(qtbot, named(p, "Program name", QLineEdit), "Lakeview Co-Response Team")
    type_into(qtbot, named(p, "Agency name", QLineEdit), "Lakeview Police Department")
    named(p, "Agency type", QComboBox).setCurrentIndex(1)
    spin(qtbot, named(p, "Sworn officers", QSpinBox), 140)
    spin(qtbot, named(p, "Annual calls for service", QSpinBox), 60000)
    spin(qtbot, named(p, "Behavioral-health calls a year (estimate)", QSpinBox), 2400)
    click(qtbot, named(p, "Add partner", QAbstractButton))
    partners = named(p, "Partner table", QTableView)
    type_into(qtbot, table_cell(qtbot, partners, 0, "Organization"), "Lakeview Counseling Center")
    assert w.doc.plan.agency.partners[0].name == "Lakeview Counseling Center"
    next_step(qtbot, w)

    # 2. Model: the recommendation is live; choose call-out as primary by mouse.
    p = page(w, Step.model)
    click(qtbot, named(p, "Primary model: Call-out", QRadioButton))
    click(qtbot, named(p, "Complementary model: Follow-up", QCheckBox))
    type_into(qtbot, named(p, "Rationale", QPlainTextEdit), "Moderate volume over a mid-sized city.")
    assert w.doc.plan.program_model.primary.value == "call_out"
    next_step(qtbot, w)

    # 3. Coverage: paint Monday–Friday 10:00–18:00 by dragging on the weekly grid.
    p = page(w, Step.coverage)
    named(p, "Will the program operate during all patrol shifts?", QComboBox).setCurrentIndex(2)  # No
    grid = next(x for x in p.findChildren(QWidget) if x.accessibleName() == "Weekly clinician schedule")
    for day in range(5):
        drag(qtbot, grid, day, 10, 17)
    assert [(s.start, s.end) for s in w.doc.plan.coverage.schedule.mon] == [(10, 18)]
    assert sum(len(w.doc.plan.coverage.schedule.day(d)) for d in ("sat", "sun")) == 0
    indicators = named(p, "Behavioral-health indicators that send the team", QListWidget)
    first = indicators.item(0)
    qtbot.mouseClick(indicators.viewport(), Qt.MouseButton.LeftButton,
                     pos=indicators.visualItemRect(first).topLeft() + QPoint(10, 8))
    if not w.doc.plan.coverage.dispatch_indicators:  # the click selected; Space toggles the check
        qtbot.keyClick(indicators, Qt.Key.Key_Space)
    assert w.doc.plan.coverage.dispatch_indicators
    type_into(qtbot, named(p, "Scene-safety protocol", QPlainTextEdit), "Officers secure the scene first.")
    p.flush()
    next_step(qtbot, w)

    # 4. Staffing: live figures follow the schedule; add a clinician position.
    p = page(w, Step.staffing)
    need = [x for x in p.findChildren(QWidget) if x.accessibleName().startswith("Clinician FTE needed for the schedule:")]
    assert need and "1.2" in need[0].accessibleName()  # 40 h a week → 40 × 52.14 / 1,698 = 1.23 FTE
    for _ in range(2):
        click(qtbot, named(p, "Add clinician position", QAbstractButton))
    clinicians = named(p, "Clinician position table", QTableView)
    type_into(qtbot, table_cell(qtbot, clinicians, 0, "Employer"), "Lakeview Counseling Center")
    type_into(qtbot, table_cell(qtbot, clinicians, 1, "Employer"), "Lakeview Counseling Center")
    assert w.doc.plan.staffing.clinician_fte == 0.0  # a new position's FTE is not known until typed
    type_into(qtbot, table_cell(qtbot, clinicians, 0, "FTE"), "1")
    type_into(qtbot, table_cell(qtbot, clinicians, 1, "FTE"), "1")
    assert w.doc.plan.staffing.clinician_fte == 2.0
    trained = named(p, "Dispatch is (or will be by launch) trained to identify behavioral-health indicators", QComboBox)
    trained.setCurrentIndex(trained.findText("Yes"))
    assert w.doc.plan.staffing.dispatch.trained is True
    next_step(qtbot, w)

    # 5–10: pass through, answering one thing on each.
    p = page(w, Step.governance)
    held = named(p, "Clinical supervision is held", QComboBox)
    held.setCurrentIndex(held.findText("Yes"))
    assert w.doc.plan.governance.clinical_supervision.held is True
    next_step(qtbot, w)
    p = page(w, Step.agreement)
    decision = named(p, "Insurance: adopt, edit or omit", QComboBox)
    decision.setCurrentIndex(decision.findText("Adopt as written"))
    assert w.doc.plan.agreement.choice("insurance").status.value == "adopted"
    next_step(qtbot, w)
    p = page(w, Step.confidentiality)
    click(qtbot, named(p, "We confirm this plan holds no client health information", QCheckBox))
    next_step(qtbot, w)
    p = page(w, Step.data)
    type_into(qtbot, named(p, "Data owner", QLineEdit), "Lakeview PD crime analyst")
    next_step(qtbot, w)
    page(w, Step.funding)
    next_step(qtbot, w)
    page(w, Step.decisions)
    next_step(qtbot, w)

    # 11. Review: what still blocks is the sign-off (no signatory named yet); going Back
    # keeps every answer.
    page(w, Step.review)
    blocking = {f.step for f in checks.blockers(checks.run_checks(w.doc.plan, w.content))}
    assert blocking == {Step.signoff}, blocking
    w.wizard.back()
    w.wizard.back()
    w.go_to(Step.agency)
    assert named(w.pages[Step.agency], "Agency name", QLineEdit).text() == "Lakeview Police Department"
    w.go_to(Step.review)

    # 12. Sign-off: name both executives, then each signs by typing "/s/ Name".
    w.go_to(Step.signoff)
    p = page(w, Step.signoff)
    signatories = named(p, "Signatory table", QTableView)
    type_into(qtbot, table_cell(qtbot, signatories, 0, "Name"), "Chief Robin Hale")
    type_into(qtbot, table_cell(qtbot, signatories, 0, "Title"), "Chief of Police")
    type_into(qtbot, table_cell(qtbot, signatories, 1, "Name"), "Dr. Ana Ruiz")
    w.update_findings()
    assert not checks.blockers(w.ctx.findings), [f.message for f in checks.blockers(w.ctx.findings)]
    monkeypatch.setattr(dialogs, "confirm_typed_signature", lambda *_a, **_k: True)
    for i in range(2):
        p.select(i)
        click(qtbot, p.type_button)
    assert signing.fully_signed(w.doc.plan)

    # 13. Export a FINAL charter off the UI thread.
    out = tmp_path / "lakeview-charter.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *_a, **_k: out)
    offered: list[Path] = []
    monkeypatch.setattr(dialogs, "offer_open_export", lambda _p, path, final: offered.append((path, final)))
    monkeypatch.setattr(dialogs, "ask_export_draft", lambda *_a, **_k: pytest.fail("FINAL should be possible"))
    w.export_charter()
    qtbot.waitUntil(lambda: bool(offered), timeout=60_000)
    assert offered == [(out, True)]
    text = "".join(pg.extract_text() for pg in PdfReader(out).pages)
    assert "DRAFT" not in text
    assert "Lakeview Police Department" in text and "/s/ Chief Robin Hale" in text
    report = verify(out)
    assert report.intact

    # Reopen the charter: shown as it was signed; the first edit starts the next revision
    # and voids the signatures until they are renewed.
    w.doc._set_dirty(False)
    assert w.open_file(out)
    assert w.doc.plan.metadata.revision == 1 and not w.doc.dirty
    assert [s.state.value for s in signing.statuses(w.doc.plan)] == ["valid", "valid"]
    w.doc.set("agency.jurisdiction", w.doc.plan.agency.jurisdiction + " and Lake Township")
    assert w.doc.plan.metadata.revision == 2
    assert extract_plan(out).metadata.revision == 1
    assert [s.state.value for s in signing.statuses(w.doc.plan)] == ["void", "void"]
    QApplication.processEvents()
