"""Two windows on one shared plan, as two people in two offices use it: each sees the
other's edit and where the other is, nobody's cursor jumps, and no network is used."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.pagetools import open_step
from tests.ui.test_walkthrough import no_network  # noqa: F401 (the fixture: no socket may open)
from ui import sync_session
from ui.main_window import MainWindow
from wizard import signing, storage
from wizard.content import default_content
from wizard.enums import SignatureMethod
from wizard.steps import Step
from wizard.sync import SharedPlan

WAIT_MS = 8000  # a second is the aim; the wait is generous for a loaded machine


def _window(qtbot, tmp_path, who: str, org: str, device: str) -> MainWindow:
    s = QSettings(str(tmp_path / f"{device}.ini"), QSettings.Format.IniFormat)
    s.setValue(sync_session.NAME_KEY, who)
    s.setValue(sync_session.ORG_KEY, org)
    s.setValue(sync_session.DEVICE_KEY, device)
    w = MainWindow(default_content(), s)
    qtbot.addWidget(w, before_close_func=lambda w: (w.flush_edits(), w.doc._set_dirty(False)))
    w.resize(1280, 720)
    w.show()
    return w


@pytest.fixture
def two_windows(qtbot, tmp_path):
    path = tmp_path / "mid-city.coresponse.yaml"
    alex = _window(qtbot, tmp_path, "Alex Kim", "Mid City PD", "alex-laptop")
    alex.new_plan("mid-city")
    alex.doc.save(path)
    assert sync_session.share_current(alex, "Alex Kim", "Mid City PD")
    assert alex.sync_session is not None and (tmp_path / "mid-city.coresponse.yaml.sync").is_dir()
    whitaker = _window(qtbot, tmp_path, "Dr. Whitaker", "Harbor BH", "desk")
    assert whitaker.open_file(path)
    assert whitaker.sync_session is not None
    return alex, whitaker


def field(w: MainWindow, step: Step, path: str):
    page = open_step(w, step)
    return page.binder.bindings[path].widget


def test_two_windows_see_each_others_edits_and_presence(qtbot, two_windows, no_network):  # noqa: F811
    alex, whitaker = two_windows
    # Alex types the agency's name
    name = field(alex, Step.agency, "agency.name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Mid City Police Department")
    qtbot.waitUntil(lambda: whitaker.doc.plan.agency.name == "Mid City Police Department", timeout=WAIT_MS)
    shown = field(whitaker, Step.agency, "agency.name")
    qtbot.waitUntil(lambda: shown.text() == "Mid City Police Department", timeout=WAIT_MS)
    assert not alex.doc.dirty  # the edit is in the shared folder already
    # Dr. Whitaker moves to Staffing: Alex's window says so
    open_step(whitaker, Step.staffing)
    staffing = whitaker.content.step(Step.staffing).title
    label = alex.sync_session.presence_label
    qtbot.waitUntil(lambda: f"Dr. Whitaker (Harbor BH) is on {staffing}" in label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Alex Kim (Mid City PD) is on" in whitaker.sync_session.presence_label.text(),
                    timeout=WAIT_MS)
    # Dr. Whitaker is typing in the training plan when Alex's edit of another field arrives
    training = field(whitaker, Step.staffing, "staffing.training_plan")
    training.setFocus()
    training.selectAll()
    qtbot.keyClicks(training, "Forty hours of CIT")
    cursor = training.textCursor()
    cursor.setPosition(5)
    training.setTextCursor(cursor)
    alex.doc.set("agency.state", "OH")
    qtbot.waitUntil(lambda: whitaker.doc.plan.agency.state == "OH", timeout=WAIT_MS)
    assert training.toPlainText() == "Forty hours of CIT" and training.textCursor().position() == 5
    assert training.hasFocus()
    qtbot.waitUntil(lambda: alex.doc.plan.staffing.training_plan == "Forty hours of CIT", timeout=WAIT_MS)
    # Alex adds words at the start of the same text while Dr. Whitaker's cursor is in it:
    # both keep their words and the cursor stays before the same character
    alex.doc.set("staffing.training_plan", "By June: Forty hours of CIT")
    qtbot.waitUntil(lambda: training.toPlainText() == "By June: Forty hours of CIT", timeout=WAIT_MS)
    assert training.textCursor().position() == 5 + len("By June: ")
    qtbot.keyClicks(training, "+")
    qtbot.waitUntil(lambda: alex.doc.plan.staffing.training_plan == "By June: Forty+ hours of CIT",
                    timeout=WAIT_MS)


def test_an_update_that_voids_a_signature_says_whose_edit(qtbot, two_windows, tmp_path):
    alex, whitaker = two_windows
    alex.doc.set("signoff.signatories[0].name", "Chief Dana Reyes")
    qtbot.waitUntil(lambda: whitaker.doc.plan.signoff.signatories[0].name == "Chief Dana Reyes", timeout=WAIT_MS)
    signed = signing.sign(alex.doc.plan, 0, method=SignatureMethod.typed)
    alex.doc.set("signoff", signed.signoff)
    qtbot.waitUntil(lambda: whitaker.doc.plan.signoff.signatories[0].signature is not None, timeout=WAIT_MS)
    assert signing.statuses(whitaker.doc.plan)[0].state is signing.SignatureState.valid
    whitaker.doc.set("staffing.training_plan", "Sixteen hours")
    qtbot.waitUntil(lambda: alex.doc.plan.staffing.training_plan == "Sixteen hours", timeout=WAIT_MS)
    assert signing.statuses(alex.doc.plan)[0].state is signing.SignatureState.void
    (said,) = alex.sync_session.voided
    assert said.startswith("Dr. Whitaker's edit") and "Chief Dana Reyes" in said
    assert said in alex.statusBar().currentMessage()


def test_edits_that_break_a_rule_together_become_a_finding_in_both_windows(qtbot, two_windows):
    alex, whitaker = two_windows
    alex.doc.set("agency.bh_calls_per_year", None)
    alex.doc.set("agency.annual_calls_for_service", 1000)
    qtbot.waitUntil(lambda: whitaker.doc.plan.agency.annual_calls_for_service == 1000, timeout=WAIT_MS)
    # both windows stop following for a moment (offline), each makes an edit valid on its own
    for w in (alex, whitaker):
        w.sync_session.timer.stop()
        w.sync_session.watcher.blockSignals(True)
    alex.doc.set("agency.bh_calls_per_year", 900)
    whitaker.doc.set("agency.annual_calls_for_service", 500)
    for w in (alex, whitaker):
        w.sync_session.watcher.blockSignals(False)
        w.sync_session.poll()
        w.update_findings()
        codes = [f.code for f in w.ctx.findings]
        assert "shared-edits-conflict" in codes
        ProgramPlan = type(w.doc.plan)
        ProgramPlan.model_validate(storage.plan_data(w.doc.plan))
    # the shared plan itself holds both values
    reader = SharedPlan(alex.doc.path, "Sam Ortiz", device="tablet", readonly=True)
    assert reader.root["agency"]["bh_calls_per_year"] == 900 and reader.root["agency"]["annual_calls_for_service"] == 500
    # Alex keeps what his window shows: the conflict is settled everywhere
    button = alex.sync_session.keep_button
    assert button.isVisibleTo(alex) and whitaker.sync_session.keep_button.isVisibleTo(whitaker)
    shown = (alex.doc.plan.agency.bh_calls_per_year, alex.doc.plan.agency.annual_calls_for_service)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "shared-edits-conflict" not in [f.code for f in alex.ctx.findings] and not button.isVisibleTo(alex)
    qtbot.waitUntil(lambda: not whitaker.sync_session.shared.conflicts, timeout=WAIT_MS)
    assert (whitaker.doc.plan.agency.bh_calls_per_year, whitaker.doc.plan.agency.annual_calls_for_service) == shown


def test_closing_a_window_writes_the_plan_file_and_leaves(qtbot, two_windows):
    alex, whitaker = two_windows
    alex.doc.set("agency.name", "Closing time PD")
    folder = alex.sync_session.shared.folder
    ident = alex.sync_session.shared.ident
    alex.close()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: alex.sync_session is None or alex.sync_session.shared is None, timeout=WAIT_MS)
    assert storage.load_plan(whitaker.doc.path).agency.name == "Closing time PD"
    assert not (folder / "presence" / f"{ident}.json").exists()


def test_a_plain_plan_is_not_followed_and_save_as_elsewhere_stops_sharing(qtbot, two_windows, tmp_path,
                                                                         monkeypatch):
    from ui import dialogs

    alex, _ = two_windows
    other = tmp_path / "copy.coresponse.yaml"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_a, **_k: other)
    assert alex.save_as()
    assert alex.sync_session is None
    alex.doc.set("agency.name", "Only in the copy")
    assert storage.load_plan(other).agency.name != "Only in the copy"  # a plain plan: saved when saved
    assert alex.doc.dirty


def test_a_read_only_share_opens_read_only_and_keeps_what_is_typed(qtbot, tmp_path, monkeypatch):
    import os

    from wizard.sync import shared

    path = tmp_path / "mid-city.coresponse.yaml"
    alex = _window(qtbot, tmp_path, "Alex Kim", "Mid City PD", "alex-laptop")
    alex.new_plan("mid-city")
    alex.doc.save(path)
    assert sync_session.share_current(alex, "Alex Kim", "Mid City PD")
    folder = alex.sync_session.shared.folder
    real = os.access
    monkeypatch.setattr(shared.os, "access", lambda p, mode: False if str(p) == str(folder) and mode == os.W_OK
                        else real(p, mode))
    reader = _window(qtbot, tmp_path, "Sam Ortiz", "City Manager", "tablet")
    assert reader.open_file(path)
    session = reader.sync_session
    assert session.shared.readonly and "read-only" in session.presence_label.text()
    assert "read-only" in reader.statusBar().currentMessage() and str(folder) in reader.statusBar().currentMessage()
    name = field(reader, Step.agency, "agency.name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Typed while read-only")
    assert reader.doc.plan.agency.name == "Typed while read-only" and name.text() == "Typed while read-only"
    assert reader.doc.dirty  # kept on screen and in the recovery file; Save As… keeps it
    assert "Save As" in reader.statusBar().currentMessage()
    assert not list(folder.glob("sam-ortiz-*"))
    # the others' edits still arrive
    alex.doc.set("agency.state", "OH")
    qtbot.waitUntil(lambda: reader.doc.plan.agency.state == "OH", timeout=WAIT_MS)
    assert reader.doc.plan.agency.name == "Typed while read-only" and name.text() == "Typed while read-only"
    assert reader.doc.dirty


def test_file_share_asks_who_is_sharing_and_remembers(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "mid-city.coresponse.yaml"
    w = _window(qtbot, tmp_path, "", "", "alex-laptop")
    w.new_plan("mid-city")
    w.doc.save(path)

    def answer(dlg):
        dlg.name.setText("Alex Kim")
        dlg.organization.setText("Mid City PD")
        return sync_session.QDialog.DialogCode.Accepted

    monkeypatch.setattr(sync_session.ShareDialog, "exec", answer)
    w.share_action.trigger()
    assert w.sync_session is not None and w.sync_session.shared.person == "Alex Kim"
    assert w.settings.value(sync_session.NAME_KEY) == "Alex Kim"
    assert (tmp_path / "mid-city.coresponse.yaml.sync" / "alex-kim-alex-laptop.snapshot").is_file()
    assert "Shared" in w.statusBar().currentMessage()


def test_recovered_work_for_a_shared_plan_is_kept_and_said(qtbot, two_windows):
    alex, whitaker = two_windows
    alex.doc.set("agency.name", "Shared name")
    recovered = storage.load_plan(alex.doc.path)
    recovered.agency.name = "Only in the recovery file"
    whitaker.start_with(recovered, alex.doc.path, dirty=True)  # what recover_file does
    assert whitaker.doc.plan.agency.name == "Shared name"
    kept = list((alex.sync_session.shared.folder / "outside-edits").glob("recovered-*.coresponse.yaml"))
    assert len(kept) == 1 and storage.load_plan(kept[0]).agency.name == "Only in the recovery file"
    assert str(kept[0]) in whitaker.statusBar().currentMessage()
    alex.sync_session.poll()
    assert alex.doc.plan.agency.name == "Shared name"  # nothing of the recovered copy was shared


def test_opening_another_plan_never_writes_it_into_the_shared_one(qtbot, two_windows, tmp_path):
    alex, whitaker = two_windows
    other = tmp_path / "other.coresponse.yaml"
    plan = storage.load_plan(alex.doc.path)
    plan.agency.name = "A different agency"
    storage.save_plan(plan, other)
    assert whitaker.open_file(other)
    assert whitaker.sync_session is None and whitaker.doc.plan.agency.name == "A different agency"
    whitaker.doc.set("agency.state", "TX")
    alex.sync_session.poll()
    assert alex.doc.plan.agency.name != "A different agency" and alex.doc.plan.agency.state != "TX"
    reader = SharedPlan(alex.doc.path, "Sam Ortiz", device="tablet", readonly=True)
    assert reader.plan.agency.name != "A different agency"
