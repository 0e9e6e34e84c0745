"""The sign-off page: signatories, drawn and typed signatures, voiding by a later edit."""

from __future__ import annotations

import base64

import pytest
from factories import ready_plan
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.pagetools import cell, cell_text, index
from ui import dialogs
from ui.main_window import MainWindow
from ui.pages.signoff import SignoffPage
from ui.widgets.signature_pad import SignaturePad
from wizard import agreement, signing
from wizard.plan import SignatoryRole, SignatureMethod
from wizard.signing import SignatureState
from wizard.steps import Step


@pytest.fixture
def ready(make_window) -> MainWindow:
    w = make_window(None)
    w.start_with(ready_plan(), None)
    return w


def signoff(w: MainWindow) -> SignoffPage:
    w.go_to(Step.signoff)
    page = w.pages[Step.signoff]
    assert isinstance(page, SignoffPage) and page.isVisible()
    QApplication.processEvents()  # the page refreshes on the next event-loop turn after it shows
    return page


def state_cell(page: SignoffPage, row: int) -> str:
    return cell_text(page.table, row, "signature")


def draw(qtbot, canvas, points: list[tuple[int, int]]) -> None:
    """A stroke with the mouse: press, move through the points, release."""
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for p in points[1:]:
        qtbot.mouseMove(canvas, QPoint(*p))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def agree_typed(monkeypatch) -> list[tuple]:
    asked: list[tuple] = []

    def confirm(parent, who, typed, statement, fp_short):
        asked.append((who, typed, statement, fp_short))
        return True

    monkeypatch.setattr(dialogs, "confirm_typed_signature", confirm)
    return asked


def test_page_shows_statement_signatories_and_states(ready):
    page = signoff(ready)
    assert page.statement.text().startswith("By signing below")
    assert page.table.table.rowCount() == 2
    assert [state_cell(page, r) for r in range(2)] == ["○ Not signed"] * 2
    assert not page.void_banner.isVisible()
    fp = signing.short(signing.fingerprint(ready.doc.plan))
    assert fp in page.plan_id.text()
    assert "Chief Alex Morgan" in page.selected.text()


def test_type_sign_names_signer_and_fingerprint(ready, monkeypatch):
    page = signoff(ready)
    asked = agree_typed(monkeypatch)
    fp = signing.fingerprint(ready.doc.plan)
    changes: list[str] = []
    ready.doc.changed.connect(changes.append)
    page.select(1)
    page.type_button.click()
    who, typed, statement, fp_short = asked[0]
    assert "Dr. Sam Lee" in who and "Behavioral-health executive" in who
    assert typed == "/s/ Dr. Sam Lee" and fp_short == signing.short(fp)
    assert statement == agreement.approval_statement(ready.doc.plan, ready.content)
    assert "not itself a contract" in statement  # the factory's plan: a charter with a separate MOU
    sig = ready.doc.plan.signoff.signatories[1].signature
    assert sig is not None and sig.method is SignatureMethod.typed and sig.typed == "/s/ Dr. Sam Lee"
    assert sig.fingerprint == fp
    assert changes and ready.doc.dirty and ready.isWindowModified()
    assert state_cell(page, 1) == "✓ Signed"
    colour = index(page.table, 1, "signature").data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#1e6b40"  # colour and words
    assert state_cell(page, 0) == "○ Not signed"
    card = page.cards_grid.itemAt(1).widget()
    assert card.mark.text() == "/s/ Dr. Sam Lee"
    assert page.draw_button.text().startswith("Sign again")


def test_cancelled_typed_signature_changes_nothing(ready, monkeypatch):
    page = signoff(ready)
    monkeypatch.setattr(dialogs, "confirm_typed_signature", lambda *a: False)
    page.type_button.click()
    assert ready.doc.plan.signoff.signatories[0].signature is None
    assert not ready.doc.dirty


def test_draw_on_the_pad_and_sign(ready, qtbot, monkeypatch):
    page = signoff(ready)
    seen: dict = {}

    def draw_and_sign(parent, who, statement, fp_short):
        dlg = dialogs.SignatureDialog(parent, who, statement, fp_short)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        canvas = dlg.pad.canvas
        assert not dlg.sign_button.isEnabled()
        draw(qtbot, canvas, [(40, 90), (60, 60), (80, 100), (110, 50), (140, 95), (170, 70)])
        draw(qtbot, canvas, [(60, 110), (190, 105)])
        assert len(canvas.strokes) == 2 and len(canvas.strokes[0].points) == 6
        assert dlg.sign_button.isEnabled()
        seen["who"], seen["fp"], seen["size"] = who, fp_short, canvas.size()
        dlg.sign_button.click()
        assert dlg.result() == dlg.DialogCode.Accepted
        return dlg.signature_b64()

    monkeypatch.setattr(dialogs, "ask_drawn_signature", draw_and_sign)
    page.select(0)
    page.draw_button.click()
    assert "Chief Alex Morgan" in seen["who"]
    sig = ready.doc.plan.signoff.signatories[0].signature
    assert sig is not None and sig.method is SignatureMethod.drawn
    img = QImage.fromData(base64.b64decode(sig.image_png), "PNG")
    assert not img.isNull()
    # Cropped to the ink (about 150 × 60 logical px at 2×), not the whole pad.
    assert img.width() < seen["size"].width() * 2 and 200 < img.width() < 400
    assert img.pixelColor(0, 0).alpha() == 0  # transparent background
    assert state_cell(page, 0) == "✓ Signed"
    card = page.cards_grid.itemAt(0).widget()
    assert card.mark.pixmap() is not None and not card.mark.pixmap().isNull()  # thumbnail


def test_pad_clear_white_background_and_pen_input(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 220)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.to_png_b64() == "" and not pad.clear_button.isEnabled()
    draw(qtbot, pad.canvas, [(50, 50), (120, 90), (200, 60)])
    white = QImage.fromData(base64.b64decode(pad.to_png_b64("white")), "PNG")
    assert white.pixelColor(0, 0).name() == "#ffffff"
    assert pad.clear_button.isEnabled()
    pad.clear_button.click()
    assert pad.is_empty() and not pad.clear_button.isEnabled()

    # A pen: tablet events with pressure make a stroke of varying width.
    dev = QPointingDevice.primaryPointingDevice()
    for kind, (x, y), pressure in ((QTabletEvent.Type.TabletPress, (30, 40), 0.2),
                                   (QTabletEvent.Type.TabletMove, (90, 80), 0.6),
                                   (QTabletEvent.Type.TabletMove, (150, 50), 1.0),
                                   (QTabletEvent.Type.TabletRelease, (160, 52), 0.0)):
        ev = QTabletEvent(kind, dev, QPointF(x, y), QPointF(x, y), pressure, 0, 0, 0, 0, 0,
                          Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                          Qt.MouseButton.LeftButton if kind != QTabletEvent.Type.TabletRelease
                          else Qt.MouseButton.NoButton)
        QApplication.sendEvent(pad.canvas, ev)
        assert ev.isAccepted()
    stroke = pad.canvas.strokes[0]
    assert len(stroke.points) == 4 and stroke.widths[2] > stroke.widths[0]

    # A finger: touch events.
    touch = QTest.createTouchDevice()
    QTest.touchEvent(pad.canvas, touch).press(0, QPoint(40, 150)).commit()
    QTest.touchEvent(pad.canvas, touch).move(0, QPoint(120, 170)).commit()
    QTest.touchEvent(pad.canvas, touch).release(0, QPoint(200, 150)).commit()
    assert len(pad.canvas.strokes) == 2 and len(pad.canvas.strokes[1].points) >= 2


def test_an_edit_anywhere_voids_signatures_visibly(ready, qtbot, monkeypatch):
    page = signoff(ready)
    agree_typed(monkeypatch)
    for i in (0, 1):
        page.select(i)
        page.type_button.click()
    assert signing.fully_signed(ready.doc.plan)
    assert page.ok_banner.isVisible() and not page.void_banner.isVisible()

    ready.go_to(Step.agency)
    name = next(x for x in ready.pages[Step.agency].findChildren(QLineEdit) if x.accessibleName() == "Agency name")
    name.end(False)
    qtbot.keyClicks(name, " East")
    assert ready.doc.plan.agency.name == "Riverton Police Department East"
    # Announced where the edit was made, once the checks have run.
    qtbot.waitUntil(lambda: "must sign again" in ready.statusBar().currentMessage())
    assert "Chief Alex Morgan" in ready.statusBar().currentMessage()

    page = signoff(ready)
    assert page.void_banner.isVisible() and page.void_banner.objectName() == "bannerBad"
    text = page.void_banner.text()
    assert "VOID" in text and "Chief Alex Morgan" in text and "Dr. Sam Lee" in text
    assert [state_cell(page, r) for r in range(2)] == ["✗ VOID"] * 2
    assert not page.ok_banner.isVisible()
    assert [st.index for st in signing.must_resign(ready.doc.plan)] == [0, 1]
    assert "VOID" in page.cards_grid.itemAt(0).widget().state.text()

    # Signing again makes that signature valid; the banner then names only the other.
    page.select(0)
    page.type_button.click()
    assert state_cell(page, 0) == "✓ Signed"
    assert "Chief Alex Morgan" not in page.void_banner.text() and "Dr. Sam Lee" in page.void_banner.text()


def test_editing_a_signatory_on_this_page_voids_live(ready, qtbot, monkeypatch):
    page = signoff(ready)
    agree_typed(monkeypatch)
    page.select(0)
    page.type_button.click()
    title = cell(qtbot, page.table, 1, "title")
    assert title.accessibleName() == "Title of signatory 2"
    title.end(False)
    qtbot.keyClicks(title, " and CEO")
    qtbot.waitUntil(lambda: page.void_banner.isVisible())
    assert state_cell(page, 0) == "✗ VOID"
    assert "Chief Alex Morgan" in page.void_banner.text()
    assert page.table.table.currentRow() == 1  # editing a cell selects its row


def test_clear_signature(ready, monkeypatch):
    page = signoff(ready)
    agree_typed(monkeypatch)
    page.select(0)
    page.type_button.click()
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda *a: True)
    assert page.clear_button.isEnabled()
    page.clear_button.click()
    assert ready.doc.plan.signoff.signatories[0].signature is None
    assert state_cell(page, 0) == "○ Not signed"
    assert not page.clear_button.isEnabled()


def test_required_signatories_cannot_be_removed(ready, qtbot):
    page = signoff(ready)
    page.select(0)
    assert not page.table.remove_button.isEnabled()
    page.table.remove_current()
    assert len(ready.doc.plan.signoff.signatories) == 2
    page.table.add_button.click()
    rows = ready.doc.plan.signoff.signatories
    assert len(rows) == 3 and rows[2].role is SignatoryRole.other
    assert page.table.table.currentRow() == 2 and page.table.remove_button.isEnabled()
    page.table.remove_button.click()
    assert len(ready.doc.plan.signoff.signatories) == 2

    # A second police executive can go; the first cannot.
    page.table.add_button.click()
    role = cell(qtbot, page.table, 2, "role")
    role.setCurrentIndex(0)
    qtbot.keyClick(role, Qt.Key.Key_Return)
    assert ready.doc.plan.signoff.signatories[2].role is SignatoryRole.police_executive
    page.select(2)
    assert page.table.remove_button.isEnabled()
    page.select(0)
    assert not page.table.remove_button.isEnabled()


def test_missing_required_role_is_flagged(ready, qtbot):
    page = signoff(ready)
    role = cell(qtbot, page.table, 1, "role")
    role.setCurrentIndex(list(SignatoryRole).index(SignatoryRole.other))
    qtbot.keyClick(role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findings_banner.isVisible())
    assert "Behavioral-health executive" in page.findings_banner.text()
    # Adding a signatory now proposes the missing role.
    page.table.add_button.click()
    assert ready.doc.plan.signoff.signatories[2].role is SignatoryRole.bh_executive
    qtbot.waitUntil(lambda: not page.findings_banner.isVisible() or
                    "Behavioral-health executive' is missing" not in page.findings_banner.text())


def test_cannot_sign_without_a_name(ready):
    page = signoff(ready)
    page.table.add_button.click()
    page.select(2)
    assert not page.type_button.isEnabled() and not page.draw_button.isEnabled()
    assert "Enter the name" in page.selected.text()


def test_preview_before_signing(ready, qtbot):
    page = signoff(ready)
    page.preview_button.click()
    dlg = page.preview_dialog
    assert dlg is not None and dlg.isVisible()
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=30_000)
    from PySide6.QtPdfWidgets import QPdfView

    assert dlg.preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dlg.preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dlg.preview.rendered_fingerprint == signing.fingerprint(ready.doc.plan)
    dlg.close()


def test_statuses_match_domain(ready, monkeypatch):
    page = signoff(ready)
    agree_typed(monkeypatch)
    page.type_button.click()
    states = [st.state for st in signing.statuses(ready.doc.plan)]
    assert states == [SignatureState.valid, SignatureState.unsigned]


def test_step_list_shows_signoff_complete_only_when_fully_signed(ready, qtbot, monkeypatch):
    page = signoff(ready)
    assert ready.step_state(Step.signoff) == "in progress"
    agree_typed(monkeypatch)
    for i in (0, 1):
        page.select(i)
        page.type_button.click()
    qtbot.waitUntil(lambda: ready.step_state(Step.signoff) == "complete")
    ready.doc.set("agency.state", "Indiana")  # voids both signatures
    qtbot.waitUntil(lambda: ready.step_state(Step.signoff) == "in progress")


def test_a_typed_signature_means_typing_the_signatory_s_name(qtbot):
    """Issue 14, item 12: "Sign by typing…" signed with one click, nothing typed."""
    dlg = dialogs.TypedSignatureDialog(None, "Robin Hale, Police chief", "Robin Hale", "/s/ Robin Hale",
                                       "By signing below …", "ab12cd34")
    qtbot.addWidget(dlg)
    assert not dlg.sign_button.isEnabled()
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted  # Return with nothing typed does not sign
    qtbot.keyClicks(dlg.entry, "Robin")
    assert not dlg.sign_button.isEnabled() and "not “Robin Hale”" in dlg.hint.text()
    qtbot.keyClicks(dlg.entry, "  hale ")
    assert dlg.sign_button.isEnabled()  # case and spacing aside, it is the name
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted


def test_signing_buttons_stay_where_they_are(ready, monkeypatch):
    """Issue 14, defect 10: the buttons moved when the selected signatory's line wrapped
    differently or when their text changed to "Sign again…" after signing."""
    page = signoff(ready)
    agree_typed(monkeypatch)
    ready.doc.edit("signoff.signatories",
                   lambda rows: rows.__setitem__(1, rows[1].model_copy(update={
                       "name": "Dr. Samuel Whitaker-Okonkwo, Director of Crisis Services", "organization":
                       "Kittredge County Behavioral Health Authority, Crisis and Co-Response Division"})))
    QApplication.processEvents()

    def where() -> list:
        for _ in range(3):  # the page lays itself out again, a level (table, page) a pass
            QApplication.processEvents()
        return [b.mapTo(page, b.rect().topLeft()) for b in (page.draw_button, page.type_button, page.clear_button)]

    page.select(0)
    QApplication.processEvents()
    at = where()
    page.select(1)  # a much longer line about the selected signatory
    QApplication.processEvents()
    assert where() == at
    page.select(0)
    page.type_button.click()  # signed: the buttons now say "Sign again…"
    QApplication.processEvents()
    assert page.type_button.text().startswith("Sign again")
    assert where() == at
