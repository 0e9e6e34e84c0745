"""Workshop tools in the window: presentation mode, facilitator notes and timer, content
packs, File ▸ Compare with…"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from factories import ready_plan
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from ui import dialogs, style
from ui.main_window import MainWindow
from wizard import storage
from wizard.content import default_content, export_pack
from wizard.plan import ModelId
from wizard.steps import Step

DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+(\[\d+\])?(\.[a-z_]+)*\b")


@pytest.fixture(autouse=True)
def _no_workshop_dialogs(monkeypatch):
    # Windows of earlier tests are only deleteLater()-ed; delete them before these tests
    # zoom the whole application, so font changes do not reach half-deleted windows.
    import gc

    from PySide6.QtCore import QEvent

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()

    def no_dialog(*_a, **_k):
        raise AssertionError("a modal dialog opened that the test did not expect")

    for name in ("choose_compare_path", "choose_content_folder"):
        monkeypatch.setattr(dialogs, name, no_dialog)
    yield
    app = QApplication.instance()
    style.apply(app, 1.0, style.base_point_size())  # the app font is shared by every test


def state_of(w: MainWindow) -> dict:
    return {
        "full": w.isFullScreen(), "state": w.windowState(), "geometry": w.geometry(),
        "zoom": w.zoom, "font": QApplication.font().pointSizeF(),
        "menu": not w.menuBar().isHidden(), "status": not w.statusBar().isHidden(),
        "guidance": w.guidance_dock.isVisible(), "guidance_width": w.guidance_dock.width(),
        "steps": [w.step_list.item(i).text() for i in range(w.step_list.count())],
        "split": w.workspace.sizes(), "focus": w.focusWidget(),
    }


# --- presentation mode ----------------------------------------------------------------------


def test_presentation_enters_and_leaves_restoring_everything(window, qtbot, settings):
    w = window
    w.set_zoom(1.1)
    w.go_to(Step.coverage)
    qtbot.wait(20)
    before = state_of(w)
    assert before["menu"] and before["status"] and before["guidance"] and not before["full"]

    w.presentation_action.trigger()
    qtbot.waitUntil(lambda: w.isFullScreen())
    assert w.presentation.active and w.presentation_action.isChecked()
    assert w.menuBar().isHidden() and w.statusBar().isHidden()
    assert w.zoom == pytest.approx(1.4)
    assert QApplication.font().pointSizeF() == pytest.approx(style.base_point_size() * 1.4)
    assert w.guidance_dock.isVisible()
    assert [w.step_list.item(i).text() for i in range(3)] == ["1", "2", "3"]
    assert w.step_list.width() < before["split"][0]
    html = w.guidance.toHtml()
    prompt = w.content.step(Step.coverage).prompts[0]
    assert "Discuss" in html and prompt.split(",")[0] in w.guidance.toPlainText()
    # Its zoom is its own, remembered apart from the normal one.
    w.step_zoom(+1)
    assert float(settings.value("view/presentationZoom")) == pytest.approx(1.6)
    assert float(settings.value("view/zoom")) == pytest.approx(1.1)
    # Pages follow along while presenting.
    w.wizard.next()
    assert w.current_step() is Step.staffing
    assert w.content.step(Step.staffing).prompts[0][:30] in w.guidance.toPlainText()
    w.wizard.back()

    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not w.isFullScreen())
    assert not w.presentation.active and not w.presentation_action.isChecked()
    after = state_of(w)
    assert after == before
    assert "Why it matters" in w.guidance.toPlainText()

    # The presentation zoom was remembered; F11 enters and leaves with the menu bar hidden.
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: w.isFullScreen())
    assert w.zoom == pytest.approx(1.6)
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.isFullScreen())
    assert state_of(w) == before


def test_presentation_keeps_a_hidden_guidance_panel_hidden(window, qtbot):
    w = window
    w.guidance_dock.hide()
    qtbot.wait(20)  # let the layout settle
    before = state_of(w)
    w.presentation.enter()
    assert w.guidance_dock.isVisible()  # prominent while presenting
    w.guidance_dock.close()  # the presenter may close it …
    w.presentation.leave()
    qtbot.wait(20)
    assert state_of(w) == before  # … and leaving still restores exactly


def test_presentation_on_the_start_page_and_back_to_it(make_window, monkeypatch):
    w = make_window(None)
    before = state_of(w)
    w.presentation.enter()
    assert w.presentation.active and not w.guidance_dock.isVisible()
    w.new_plan("rural-sheriff")  # start a plan while presenting: guidance appears
    assert w.guidance_dock.isVisible()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: "discard")
    w.doc._set_dirty(False)
    w.show_start()
    w.presentation.leave()
    assert not w.guidance_dock.isVisible()
    assert w.menuBar().isVisible() and w.zoom == before["zoom"]


def test_presentation_from_maximized_and_closing_while_presenting(window, qtbot, settings):
    w = window
    w.showMaximized()
    qtbot.waitUntil(lambda: w.isMaximized())
    w.presentation.enter()
    qtbot.waitUntil(lambda: w.isFullScreen())
    w.presentation.leave()
    qtbot.waitUntil(lambda: w.isMaximized())
    w.showNormal()
    w.presentation.enter()
    w.doc._set_dirty(False)
    assert w.close()
    assert not w.presentation.active
    assert float(settings.value("view/zoom", 1.0)) == pytest.approx(1.0)


# --- facilitator notes -------------------------------------------------------------------------


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_facilitator_notes_follow_the_step(window, qtbot):
    w = window
    w.facilitator_action.trigger()
    f = w.facilitator
    assert f is not None and f.isVisible() and f.isWindow()
    assert f.parent() is w
    notes = w.content.step(Step.agency).facilitator_notes
    assert notes[0][:40] in f.notes.toPlainText()
    assert f"Step 1 of {len(Step)}" in f.step_label.text()  # every step, the agreement terms included
    w.go_to(Step.funding)
    assert f.step is Step.funding
    assert w.content.step(Step.funding).facilitator_notes[0][:40] in f.notes.toPlainText()
    assert w.content.step(Step.funding).title in f.step_label.text()
    # Closing the window unticks the menu entry; the shortcut brings it back.
    f.close()
    assert not w.facilitator_action.isChecked()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert w.facilitator.isVisible() and w.facilitator_action.isChecked()


def test_facilitator_keeps_normal_type_while_presenting(window):
    w = window
    w.show_facilitator(True)
    normal = f"{style.base_point_size() * 1.0:.1f}pt"
    assert normal in w.facilitator.styleSheet()
    w.presentation.enter()
    assert normal in w.facilitator.styleSheet()
    w.presentation.leave()


def test_step_timer_counts_down_turns_amber_then_red(window, settings):
    w = window
    w.show_facilitator(True)
    t = w.facilitator.timer
    clock = Clock()
    t._clock = clock
    t.minutes.setValue(1)
    assert settings.value("facilitator/minutes/agency") in (1, "1")
    assert t.display.text() == "01:00" and t.state() == "idle"
    t.start_button.click()
    assert t.running and t.start_button.text() == "&Pause"
    clock.now += 30
    t.update_display()
    assert t.display.text() == "00:30" and t.display.property("state") == "running"
    clock.now += 20  # 10 s left of 60: the last 20 % is amber
    t.update_display()
    assert t.display.text() == "00:10" and t.display.property("state") == "warning"
    clock.now += 11
    t.update_display()
    assert t.display.text() == "+00:01" and t.display.property("state") == "over"
    assert t.display.accessibleDescription() == "time is up"
    t.start_button.click()  # pause
    clock.now += 100
    t.update_display()
    assert t.display.text() == "+00:01" and t.start_button.text() == "&Resume"
    t.reset_button.click()
    assert t.display.text() == "01:00" and t.display.property("state") == "idle"
    # Each step has its own minutes; a new step resets the timer.
    t.start_button.click()
    clock.now += 5
    w.go_to(Step.model)
    assert t.minutes.value() == 15 and not t.running and t.display.text() == "15:00"
    w.go_to(Step.agency)
    assert t.minutes.value() == 1
    # Optionally the timer starts by itself on each new step.
    t.auto_start.setChecked(True)
    w.go_to(Step.model)
    assert t.running


def test_step_timer_ticks_with_a_real_qtimer(window, qtbot):
    window.show_facilitator(True)
    t = window.facilitator.timer
    t.start()
    qtbot.waitUntil(lambda: t.display.text() == "14:59", timeout=3000)
    t.pause()


# --- content packs ------------------------------------------------------------------------------


@pytest.fixture
def pack(tmp_path) -> Path:
    folder = tmp_path / "pack"
    export_pack(default_content(), folder)
    steps = folder / "steps.yaml"
    steps.write_text(steps.read_text(encoding="utf-8").replace("title: Coverage and dispatch",
                                                                "title: When we cover"), encoding="utf-8")
    return folder


def broken(folder: Path) -> Path:
    cat = folder / "catalogs.yaml"
    cat.write_text(cat.read_text(encoding="utf-8").replace("    time_limited: true", "    time_limited: often", 1),
                   encoding="utf-8")
    return cat


def adopt(qtbot, w: MainWindow) -> MainWindow:
    qtbot.addWidget(w, before_close_func=lambda x: x.doc._set_dirty(False))
    return w


def test_content_pack_setting_switches_keeping_the_plan(window, qtbot, settings, pack, monkeypatch):
    w = window
    w.doc.set("agency.sworn_officers", 153)  # unsaved edit
    w.go_to(Step.staffing)
    w.show_facilitator(True)
    plan = w.doc.plan.model_copy(deep=True)
    monkeypatch.setattr(dialogs, "choose_content_folder", lambda _p, _f="": pack)
    new = adopt(qtbot, w.choose_content_pack())
    assert new is not w and new.isVisible() and not w.isVisible()
    assert new.content.source == str(pack)
    assert settings.value("content/pack") == str(pack)
    assert new.step_list.item(int(Step.coverage)).text().endswith("When we cover")
    assert new.doc.plan == plan and new.doc.dirty
    assert new.current_step() is Step.staffing
    assert new.facilitator is not None and new.facilitator.isVisible()
    assert new.default_content_action.isEnabled()
    assert "pack" in new.status_content.text()
    # Use Default Content goes back, still with the same plan.
    back = adopt(qtbot, new.use_default_content())
    assert back.content.source == "default" and back.doc.plan == plan
    assert settings.value("content/pack") == ""
    assert not back.default_content_action.isEnabled()


def test_invalid_content_pack_shows_the_message_and_keeps_content(window, settings, pack, monkeypatch):
    bad = broken(pack)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: errors.append((title, msg)))
    monkeypatch.setattr(dialogs, "choose_content_folder", lambda _p, _f="": pack)
    assert window.choose_content_pack() is None
    assert len(errors) == 1
    title, msg = errors[0]
    first = msg.splitlines()[0]
    assert str(bad) in first and re.search(r"line \d+", first) and "field 'funding_sources[0].time_limited'" in first
    assert window.content.source == "default" and window.isVisible()
    assert settings.value("content/pack", "") == ""


def test_remembered_pack_is_used_at_start_and_a_broken_one_falls_back(settings, pack):
    from ui.content_pack import startup_content

    settings.setValue("content/pack", str(pack))
    content, error = startup_content(None, settings)
    assert content.source == str(pack) and error == ""
    content, error = startup_content(str(pack.parent / "missing"), settings)  # --content wins
    assert content.source == "default" and "missing" in error
    broken(pack)
    content, error = startup_content(None, settings)
    assert content.source == "default" and "catalogs.yaml" in error


def test_app_with_a_broken_pack_shows_the_message_and_uses_the_default(qtbot, pack, monkeypatch, capsys):
    from ui import app as app_module

    broken(pack)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, msg: shown.append((parent, msg)))
    qapp = QApplication.instance()
    names = (qapp.organizationName(), qapp.applicationName())
    try:
        assert app_module.main(["--content", str(pack), "--exit-after-start"]) == 0
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert len(shown) == 1
    parent, msg = shown[0]
    assert "catalogs.yaml, line" in msg and "default content is used" in msg
    assert parent.content.source == "default"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "catalogs.yaml" in err[0]
    parent.close()
    parent.deleteLater()


# --- compare with… ----------------------------------------------------------------------------------


def test_compare_with_shows_differences_by_section(window, qtbot, tmp_path, monkeypatch):
    w = window
    other = w.doc.plan.model_copy(deep=True)
    other.program_model.primary = ModelId.embedded
    other.program_model.complementary = []
    other.agency.sworn_officers = 200
    path = tmp_path / "group-b.coresponse.yaml"
    storage.save_plan(other, path)
    monkeypatch.setattr(dialogs, "choose_compare_path", lambda _p, _f="": path)
    act = next(a for a in w.menuBar().actions()[0].menu().actions() if a.text() == "&Compare With…")
    act.trigger()
    dlg = w.tool_result("compare")
    qtbot.waitUntil(dlg.isVisible)
    text = dlg.text.toPlainText()
    assert "Agency and partners" in text and "Program model" in text
    assert "Sworn officers: 152 → 200" in text
    assert "Primary model: Call-out in A, Embedded in B" in text
    assert text.index("Agency and partners") < text.index("Program model")
    assert not DOTTED.search(text), DOTTED.search(text)
    assert "group-b.coresponse.yaml" in dlg.who.text()
    assert "3 differences in 2 sections" in dlg.summary.text()
    dlg.text.anchorClicked.emit(QUrl(f"step:{int(Step.model)}"))
    assert w.current_step() is Step.model
    dlg.copy_button.click()
    assert "Primary model: Call-out in A, Embedded in B" in QApplication.clipboard().text()
    dlg.close()


def test_compare_with_the_same_plan_and_with_a_charter(window, qtbot, tmp_path):
    w = window
    path = tmp_path / "same.yaml"
    storage.save_plan(w.doc.plan, path)
    dlg = w.compare_with(path)
    assert dlg.result.same and "same" in dlg.summary.text()
    dlg.close()
    charter = pytest.importorskip("wizard.charter")
    plan = ready_plan()
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(charter.render_charter(plan, w.content))
    dlg = w.compare_with(pdf)
    assert not dlg.result.same and "c.pdf" in dlg.result.b_name
    dlg.close()


def test_compare_with_an_unreadable_file_says_why(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata: {schema_version: 2}\nagency: {sworn_officers: lots}\n")
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: errors.append(msg))
    assert window.compare_with(bad) is None
    assert len(errors) == 1 and str(bad) in errors[0] and "Agency and partners › Sworn officers" in errors[0]


def test_compare_needs_an_open_plan(make_window, monkeypatch):
    w = make_window(None)
    infos = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, msg: infos.append(msg))
    assert w.compare_with() is None and infos
