"""File ▸ Print Worksheet…: the blank worksheet from the window, off the UI thread."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from ui import dialogs
from wizard.content import default_content


def _action(w, text: str):
    return next(a for a in w.menuBar().actions()[0].menu().actions() if a.text() == text)


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_menu_saves_the_worksheet_without_blocking(window, qtbot, tmp_path, monkeypatch):
    w = window
    target = tmp_path / "breakout.pdf"
    asked = []

    def choose(parent, suggested, **kw):
        asked.append((suggested, kw))
        return target

    monkeypatch.setattr(dialogs, "choose_pdf_path", choose)
    infos = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, msg: infos.append((title, msg)))
    _action(w, "Print &Worksheet…").trigger()
    job = w.tool_result("worksheet")
    assert not job.done  # rendering runs in the background: the window keeps working
    QApplication.processEvents()
    assert w.isVisible()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert asked and asked[0][0].endswith("co-response-worksheet.pdf")
    assert asked[0][1]["title"] == "Save the blank worksheet"
    assert "breakout.pdf" in w.statusBar().currentMessage()
    # The status bar line is easy to miss: a message confirms where the file went (issue 14, item 12).
    assert infos == [("Worksheet saved", f"The blank worksheet was saved to\n{target}")]
    text = _text(target)
    content = default_content()
    assert all(content.step(s).title in text for s in content.steps)
    assert "Will the program operate during all patrol shifts?" in text
    assert content.catalogs.dispatch_indicators[0].label in text


def test_menu_works_before_any_plan_is_open(make_window, qtbot, tmp_path, monkeypatch):
    w = make_window(None)  # the start page
    target = tmp_path / "w.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *_a, **_k: target)
    monkeypatch.setattr(dialogs, "show_info", lambda *_a: None)
    job = w.print_worksheet()
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_writes_nothing_and_failures_are_reported(window, qtbot, tmp_path, monkeypatch):
    w = window
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda *_a, **_k: None)
    assert w.print_worksheet() is None
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: errors.append((title, msg)))
    job = w.print_worksheet(tmp_path / "no-such-folder" / "w.pdf")
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    assert errors and errors[0][0] == "Could not save the worksheet" and "no-such-folder" in errors[0][1]
