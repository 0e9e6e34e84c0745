"""The export page: FINAL only when ready, DRAFT otherwise, rendered off the UI thread."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pypdf
import pytest
from factories import ready_plan
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWizard

import wizard.charter
import wizard.charter.isolated
from ui import dialogs
from ui.main_window import MainWindow
from ui.pages.export import ExportPage
from wizard import signing
from wizard.charter import extract_plan
from wizard.plan import SignatureMethod
from wizard.steps import Step

ROOT = Path(__file__).resolve().parents[2]
RENDER_TIMEOUT = 60_000


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)


@pytest.fixture
def signed(make_window) -> MainWindow:
    """The ready plan, signed by both executives (no findings, fully signed)."""
    w = make_window(None)
    plan = ready_plan()
    plan = signing.sign(plan, 0, method=SignatureMethod.typed)
    plan = signing.sign(plan, 1, method=SignatureMethod.typed)
    w.start_with(plan, None)
    return w


@pytest.fixture
def exports(monkeypatch, tmp_path):
    """Dialogs answered: the PDF path, 'export a draft?' yes, and nothing opened after."""
    log: dict[str, list] = {"offers": [], "opened": [], "draft_asked": [], "errors": []}
    state = {"path": tmp_path / "charter.pdf"}
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda parent, suggested: state["path"])
    monkeypatch.setattr(dialogs, "ask_export_draft", lambda parent, reasons: log["draft_asked"].append(reasons) or True)
    monkeypatch.setattr(dialogs, "offer_open_export",
                        lambda parent, path, final: log["offers"].append((path, final)) or state.get("open"))
    monkeypatch.setattr(dialogs, "open_url", lambda url: log["opened"].append(url) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, msg: log["errors"].append((title, msg)))
    log["state"] = [state]
    return log


def export_page(w: MainWindow) -> ExportPage:
    w.go_to(Step.export)
    page = w.pages[Step.export]
    assert isinstance(page, ExportPage)
    QApplication.processEvents()  # the page refreshes on the next event-loop turn after it shows
    return page


def wait_export(qtbot, page: ExportPage) -> None:
    qtbot.waitUntil(lambda: not page.exporting(), timeout=RENDER_TIMEOUT)


def test_blockers_mean_draft_only_and_finish_exports_a_draft(make_window, qtbot, exports, tmp_path):
    window = make_window("blank")
    page = export_page(window)
    assert page.status_banner.objectName() == "bannerBad"
    assert "not possible" in page.status_banner.text() and "blocker" in page.status_banner.text()
    assert not page.final_button.isEnabled() and page.draft_button.isEnabled()
    assert page.review_button.isVisible()
    window.wizard.button(QWizard.WizardButton.FinishButton).click()  # Finish = Export
    assert exports["draft_asked"] and any("blocker" in r for r in exports["draft_asked"][0])
    assert page.busy_row.isVisible() and page.progress.maximum() == 0  # indeterminate
    wait_export(qtbot, page)
    out = tmp_path / "charter.pdf"
    assert out.exists() and "DRAFT" in pdf_text(out)
    assert exports["offers"] == [(out, False)]
    assert page.done_row.isVisible() and str(out) in page.result.text()
    assert not page.busy_row.isVisible()
    assert not list(tmp_path.glob(".charter.pdf.*"))  # no temp file left by the atomic write


def test_unsigned_ready_plan_says_who_has_not_signed(make_window, exports):
    w = make_window(None)
    w.start_with(ready_plan(), None)
    page = export_page(w)
    text = page.status_banner.text()
    assert "Not signed yet: Chief Alex Morgan" in text and "Dr. Sam Lee" in text
    assert "blocker" not in text and not page.final_button.isEnabled()
    assert page.signoff_button.isVisible() and not page.review_button.isVisible()


def test_final_export_of_a_ready_signed_plan(signed, qtbot, exports, tmp_path):
    exports["state"][0]["open"] = "folder"
    page = export_page(signed)
    assert page.status_banner.objectName() == "bannerOk"
    assert page.final_button.isEnabled()
    page.final_button.click()
    assert not exports["draft_asked"]
    wait_export(qtbot, page)
    out = tmp_path / "charter.pdf"
    text = pdf_text(out)
    assert "DRAFT" not in text and "Riverton" in text
    plan = extract_plan(out)
    assert signing.fully_signed(plan)
    assert exports["offers"] == [(out, True)]
    assert exports["opened"] == [QUrl.fromLocalFile(str(tmp_path))]
    page.open_pdf_button.click()
    assert exports["opened"][-1] == QUrl.fromLocalFile(str(out))


def test_a_void_signature_turns_the_final_into_a_draft(signed, qtbot, exports, tmp_path):
    page = export_page(signed)
    signed.doc.set("agency.jurisdiction", "City of Riverton and Lake Township")
    qtbot.waitUntil(lambda: not page.final_button.isEnabled())
    assert "must sign again: Chief Alex Morgan" in page.status_banner.text()
    signed.export_charter()  # File ▸ Export Charter…
    assert exports["draft_asked"]
    wait_export(qtbot, page)
    assert "DRAFT" in pdf_text(tmp_path / "charter.pdf")


def test_export_runs_off_the_ui_thread_and_the_window_stays_responsive(signed, qtbot, exports, tmp_path,
                                                                        monkeypatch):
    """The click returns while the render is still held back, and the event loop keeps
    running: proven with an event the test controls, not with a clock."""
    real = wizard.charter.isolated.render_charter_isolated
    seen: dict = {}
    release = threading.Event()

    def held_render(plan, content, *, draft=False):
        seen["thread"] = threading.current_thread()
        seen["name"] = plan.agency.name
        assert release.wait(60), "the test never released the render"
        seen["finished"] = True
        return real(plan, content, draft=draft)

    monkeypatch.setattr(wizard.charter.isolated, "render_charter_isolated", held_render)
    page = export_page(signed)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.final_button.click()
    assert "finished" not in seen  # the click returned before the render could finish
    assert page.exporting() and not page.final_button.isEnabled()
    # An edit while exporting: the export uses the plan as it was when it started.
    signed.doc.set("agency.name", "Renamed While Exporting")
    scroll = page.scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    qtbot.waitUntil(lambda: "thread" in seen)
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # timers fire while the render is held
    assert "finished" not in seen and page.exporting()
    release.set()
    wait_export(qtbot, page)
    timer.stop()
    assert seen["thread"] is not threading.main_thread()
    assert seen["name"] == "Riverton Police Department"
    assert extract_plan(tmp_path / "charter.pdf").agency.name == "Riverton Police Department"


def test_export_error_names_the_file(signed, qtbot, exports, tmp_path):
    bad = tmp_path / "no-such-folder" / "charter.pdf"
    exports["state"][0]["path"] = bad
    page = export_page(signed)
    page.final_button.click()
    wait_export(qtbot, page)
    assert exports["errors"]
    title, msg = exports["errors"][0]
    assert str(bad) in msg and "No such file" in msg
    assert not bad.exists() and not exports["offers"]
    assert not page.busy_row.isVisible() and page.final_button.isEnabled()


def test_cancelling_the_path_exports_nothing(signed, exports, monkeypatch):
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda parent, suggested: None)
    page = export_page(signed)
    page.final_button.click()
    assert not page.exporting() and not page.busy_row.isVisible()


def test_in_app_preview(signed, qtbot, exports):
    page = export_page(signed)
    assert page.preview is None  # QtPdf is loaded only when asked for
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview.page_count() > 1, timeout=RENDER_TIMEOUT)
    from PySide6.QtPdfWidgets import QPdfView

    assert page.preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert page.preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert b"%PDF" in page.preview.pdf_bytes[:8]
    assert page.stale.text() == ""
    signed.doc.set("agency.state", "Indiana")
    qtbot.waitUntil(lambda: "changed since this preview" in page.stale.text())
    page.preview.zoom_in.click()
    assert page.preview.view.zoomMode() == QPdfView.ZoomMode.Custom


def test_pdf_and_charter_modules_load_lazily():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from PySide6.QtCore import QSettings\n"
        "from ui.main_window import MainWindow\n"
        "from wizard.content import default_content\n"
        "from wizard.steps import Step\n"
        "import tempfile\n"
        "d = tempfile.mkdtemp()\n"
        "w = MainWindow(default_content(), QSettings(d + '/s.ini', QSettings.Format.IniFormat))\n"
        "w.show(); w.new_plan('mid-city')\n"
        "w.go_to(Step.signoff); w.go_to(Step.export); app.processEvents()\n"
        "w.doc._set_dirty(False)\n"
        "print(sorted(m for m in ('PySide6.QtPdf', 'PySide6.QtPdfWidgets', 'reportlab', 'wizard.charter')"
        " if m in sys.modules))\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_word_copy_for_counsel_is_written_in_the_background(signed, qtbot, exports, tmp_path, monkeypatch):
    import docx

    asked: list[str] = []
    out = tmp_path / "review.docx"
    monkeypatch.setattr(dialogs, "choose_docx_path", lambda parent, suggested: asked.append(suggested) or out)
    page = export_page(signed)
    qtbot.mouseClick(page.word_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith("-charter-review.docx")
    wait_export(qtbot, page)
    qtbot.waitUntil(page.word_result.isVisible, timeout=RENDER_TIMEOUT)
    assert str(out) in page.word_result.text()
    d = docx.Document(str(out))
    assert "Review copy" in d.sections[0].footer.paragraphs[0].text
    assert any(p.text.endswith("Agreement terms") for p in d.paragraphs if p.style.name == "Heading 1")
    assert not exports["errors"] and not exports["offers"]  # no PDF was written or offered
