"""The main window as a user meets it: start, navigate, save, open, recover, quit."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from factories import ready_plan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui import dialogs
from ui.document import RecoveryFile
from ui.main_window import MainWindow, page_classes
from wizard import storage
from wizard.steps import Step

ROOT = Path(__file__).resolve().parents[2]


def field(w: MainWindow, step: Step, name: str):
    page = w.pages[step]
    page.ensure_built()
    hits = [x for x in page.findChildren(QLineEdit) if x.accessibleName() == name]
    assert hits, f"no field named {name!r} on {step.name}"
    return hits[0]


def test_every_step_has_its_real_page(make_window):
    w = make_window(None)
    classes = page_classes()
    assert set(classes) == set(Step)
    for step in Step:
        assert type(w.pages[step]) is classes[step] and classes[step].step is step, step


def test_start_page_then_preset(make_window):
    w = make_window(None)
    assert w.stack.currentWidget() is w.start_page
    names = [w.start_page.presets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(w.start_page.presets.count())]
    assert names == ["blank", "rural-sheriff", "mid-city", "large-city", "fire-led", "county-shared"]
    w.start_page.presets.setCurrentRow(3)
    w.new_plan("large-city")
    assert w.stack.currentWidget() is w.workspace
    assert w.doc.plan.agency.sworn_officers == 1480
    assert w.wizard.currentId() == Step.agency
    assert "Cedar Harbor" in w.windowTitle()


def test_typing_writes_the_plan_and_marks_unsaved(window, qtbot):
    name = field(window, Step.agency, "Agency name")
    name.selectAll()
    qtbot.keyClicks(name, "Harbor City PD")
    assert window.doc.plan.agency.name == "Harbor City PD"
    assert window.isWindowModified()


def test_back_and_jumps_keep_answers(window, qtbot):
    name = field(window, Step.agency, "Agency name")
    name.clear()
    qtbot.keyClicks(name, "Keep Me PD")
    window.wizard.next()
    window.wizard.next()
    assert window.wizard.currentId() == Step.coverage
    window.go_to(Step.funding)
    window.go_to(Step.model)
    window.wizard.back()
    window.wizard.back()
    window.go_to(Step.agency)
    assert window.wizard.currentId() == Step.agency
    assert field(window, Step.agency, "Agency name").text() == "Keep Me PD"
    assert window.doc.plan.agency.name == "Keep Me PD"


def test_step_list_click_jumps_and_shows_states(window):
    window.step_list.setCurrentRow(Step.data)
    assert window.wizard.currentId() == Step.data
    window.update_findings()
    assert window.step_state(Step.agency) in ("complete", "in progress")
    window.new_plan  # noqa: B018


def test_invalid_value_is_kept_on_screen_and_explained(window, qtbot):
    page = window.pages[Step.agency]
    page.ensure_built()
    b = page.binder.bindings["agency.patrol.shifts_per_day"]
    b.widget.setValue(2)  # 2 × 8 h shifts do not cover the day
    assert b.pending and "cover only 16" in b.error.text()
    assert window.doc.plan.agency.patrol.shifts_per_day == 3
    length = page.binder.bindings["agency.patrol.shift_length_hours"]
    length.widget.setValue(12)  # now both together are valid
    assert window.doc.plan.agency.patrol.shifts_per_day == 2
    assert window.doc.plan.agency.patrol.shift_length_hours == 12
    assert not b.pending


def test_review_go_to_focuses_the_field(make_window, qtbot):
    w = make_window("blank")
    w.go_to(Step.review)
    page = w.pages[Step.review]
    assert page.go_buttons
    page.go_buttons[0].click()
    qtbot.waitUntil(lambda: w.focusWidget() is not None and w.focusWidget().accessibleName() == "Agency name")
    assert w.wizard.currentId() == Step.agency


def test_save_open_and_private_file(window, tmp_path, monkeypatch):
    target = tmp_path / "plan.coresponse.yaml"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_: target)
    assert window.save()
    assert not window.isWindowModified()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert storage.load_plan(target) == window.doc.plan
    assert "plan.coresponse.yaml" in window.windowTitle()


def test_failed_save_keeps_previous_file_and_says_so(window, tmp_path, monkeypatch):
    target = tmp_path / "plan.yaml"
    storage.save_plan(ready_plan(), target)
    before = target.read_bytes()
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: messages.append(msg))
    monkeypatch.setattr(os, "replace", lambda *_: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    window.doc.path = target
    assert not window.save()
    assert target.read_bytes() == before
    assert "No space left on device" in messages[0] and "previous file is unchanged" in messages[0]
    assert window.isWindowModified() or window.doc.dirty is False  # nothing was claimed saved


def test_unreadable_file_leaves_plan_untouched(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata: {schema_version: 2}\nagency: {sworn_officers: lots}\n")
    before = window.doc.plan.model_copy(deep=True)
    messages = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: messages.append(msg))
    assert not window.open_file(bad)
    assert window.doc.plan == before
    assert str(bad) in messages[0] and "Agency and partners › Sworn officers" in messages[0]


def test_unsaved_prompt_on_new_open_and_close(window, qtbot, tmp_path, monkeypatch):
    name = field(window, Step.agency, "Agency name")
    name.end(False)  # long values are shown from their start: type at the end
    qtbot.keyClicks(name, " edited")
    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _p, n: asked.append(n) or "cancel")
    window.new_plan("blank")
    assert window.doc.plan.agency.name.endswith(" edited")  # cancelled: nothing replaced
    other = tmp_path / "other.yaml"
    storage.save_plan(ready_plan(), other)
    assert not window.open_file(other)
    assert not window.close()
    assert len(asked) == 3
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _p, n: "discard")
    assert window.open_file(other)
    assert window.doc.plan.agency.name == "Riverton Police Department"


def test_autosave_and_recovery(make_window, qtbot, monkeypatch):
    w = make_window("rural-sheriff")
    name = field(w, Step.agency, "Agency name")
    name.selectAll()
    qtbot.keyClicks(name, "Recovered Sheriff")
    qtbot.waitUntil(lambda: w.doc.recovery_path.exists(), timeout=4000)
    assert storage.load_plan(w.doc.recovery_path).agency.name == "Recovered Sheriff"
    files = RecoveryFile.all()
    assert len(files) == 1 and files[0].title
    # A second window starting up (as after a crash) offers it.
    w2 = make_window(None)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, desc: "recover")
    w2.offer_recovery()
    assert w2.doc.plan.agency.name == "Recovered Sheriff"
    assert w2.doc.dirty


def test_clean_close_removes_recovery_file(window, qtbot, monkeypatch):
    qtbot.keyClicks(field(window, Step.agency, "Agency name"), "x")
    window.doc.flush_recovery()
    assert window.doc.recovery_path.exists()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: "discard")
    assert window.close()
    assert not window.doc.recovery_path.exists()


def test_zoom_changes_font_and_is_remembered(window, settings):
    from PySide6.QtWidgets import QApplication

    before = QApplication.font().pointSizeF()
    window.step_zoom(+1)
    assert QApplication.font().pointSizeF() > before
    assert float(settings.value("view/zoom")) > 1.0
    window.set_zoom(1.0)


def test_exit_after_start_smoke(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "ui.app", "--exit-after-start"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("preset", ["rural-sheriff", "large-city"])
def test_exit_after_start_with_a_file(tmp_path, preset):
    plan = tmp_path / "p.yaml"
    subprocess.run([sys.executable, "-m", "wizard.cli", "new", "--preset", preset, "-o", str(plan)], cwd=ROOT, check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "ui.app", "--exit-after-start", str(plan)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_autosave_failure_is_reported(window, qtbot, monkeypatch):
    from ui import document

    def fail(*_a, **_k):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(document.storage, "atomic_write", fail)
    qtbot.keyClicks(field(window, Step.agency, "Agency name"), "x")
    window.doc.flush_recovery()
    assert "Autosave failed" in window.statusBar().currentMessage()
    assert "Permission denied" in window.statusBar().currentMessage()
