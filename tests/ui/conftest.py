"""Shared fixtures for window tests: isolated settings and recovery folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui import dialogs
from ui.main_window import MainWindow
from wizard.content import default_content


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Recovery files and settings go to the test's temp folder; no real dialog ever opens."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def no_dialog(*_a, **_k):
        raise AssertionError("a modal dialog opened that the test did not expect")

    for name in ("ask_unsaved", "choose_open_path", "choose_save_path", "choose_pdf_path", "show_error",
                 "show_info", "ask_yes_no", "ask_recover", "ask_drawn_signature", "confirm_typed_signature",
                 "ask_export_draft", "offer_open_export", "open_url", "choose_charter_to_sign", "choose_p12_path",
                 "choose_signed_pdf_path", "choose_calendar_path", "choose_workbook_path",
                 "choose_docx_path"):
        if hasattr(dialogs, name):
            monkeypatch.setattr(dialogs, name, no_dialog)
    yield
    from ui.document import recovery_dir

    for p in recovery_dir().glob("*"):
        p.unlink()


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _forget_changes(w: MainWindow) -> None:
    w.flush_edits()  # text waiting for its typing pause would otherwise re-dirty the plan
    w.doc._set_dirty(False)


@pytest.fixture
def make_window(qtbot, settings):
    def make(preset: str | None = "mid-city") -> MainWindow:
        w = MainWindow(default_content(), settings)
        # When the test ends, closing must not ask about unsaved changes.
        qtbot.addWidget(w, before_close_func=_forget_changes)
        w.resize(1280, 720)
        w.show()
        if preset is not None:
            w.new_plan(preset)
        return w

    return make


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window("mid-city")



@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """After pytest-qt has closed a test's windows (``deleteLater``), let any background job
    finish and deliver its result, then really delete them: a deferred delete posted
    outside a running event loop otherwise waits forever, so every window of every earlier
    test stayed alive on the worker and each application-wide change (the font every new
    window sets) went through all of their widgets — late tests timed out."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is None:
        return
    from ui.widgets import background

    background.render_pool().waitForDone(60_000)
    QCoreApplication.processEvents()  # the finished job's result, to a closed (not yet deleted) window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
