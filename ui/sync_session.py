"""A shared plan open in the window: File ▸ Share…, merging, presence, and honest signatures.

The window knows nothing of the CRDT. A :class:`SyncSession` sits beside the open
:class:`~ui.document.PlanDocument`:

- every document edit (``changed``) is written to this device's log as its update
  (:meth:`wizard.sync.SharedPlan.commit`), so the plan on disk is always current;
- a ``QFileSystemWatcher`` on the ``.sync`` folder and its logs, with a polling timer
  for network drives and sync clients that do not report changes, merges the others'
  updates within about a second; only the fields that changed are reloaded, and the
  cursor of the person typing stays where it was (text waiting for its typing pause is
  committed first, so it is never overwritten);
- a presence file says who is here and on which step; the status bar says who else is;
- an update that voids a signature is said in the status bar, naming whose edit it was;
- edits that are valid apart but break a rule together become a finding (see
  :func:`findings`), never a crash or a lost value.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    # The window is seen through the protocol the window's other tools use (no import of
    # ui.main_window, which imports this module: no circle).
    from ui.context import WindowHost as MainWindow

POLL_MS = 700
"""Polling fallback: network drives and sync clients often send no change notice."""
WATCH_DELAY_MS = 60
"""A change notice arrives as the file is written: wait a moment for the whole record."""
HEARTBEAT_MS = 30_000
NAME_KEY, ORG_KEY, DEVICE_KEY = "sharing/name", "sharing/organization", "sharing/device"


# --- the window's hooks ---------------------------------------------------------------------


def add_share_action(window: MainWindow, menu) -> None:
    """File ▸ Share… (one line in the window's menu building)."""
    act = menu.addAction(QCoreApplication.translate("ui.sync_session", "S&hare…"))
    act.setStatusTip(QCoreApplication.translate("ui.sync_session", "Let several people edit this plan at once through a shared folder (no server)"))
    act.triggered.connect(lambda: share_current(window))
    window.share_action = act


def follow(window: MainWindow) -> None:
    """After the window shows a plan: stop sharing the previous one; if this plan file is
    shared, open it merged and start following the others' edits."""
    old: SyncSession | None = getattr(window, "sync_session", None)
    if old is not None:
        old.stop()
        window.sync_session = None
    path = window.doc.path
    # (wizard.sync.sync_dir's rule, without importing the CRDT for every plain plan)
    if path is not None and Path(path).with_name(Path(path).name + ".sync").is_dir():
        window.sync_session = SyncSession(window, Path(path))


def findings(window: MainWindow) -> list:
    """The shared plan's findings (edits that break a rule together), for the window's list."""
    session: SyncSession | None = getattr(window, "sync_session", None)
    return session.shared.findings() if session is not None and session.shared is not None else []


def identity(window: MainWindow) -> tuple[str, str, str]:
    from wizard.sync.shared import default_device, default_person

    s = window.settings
    return (str(s.value(NAME_KEY, "") or default_person()), str(s.value(ORG_KEY, "") or ""),
            str(s.value(DEVICE_KEY, "") or default_device()))


class ShareDialog(QDialog):
    """Who you are, as the others will see it, and what sharing does."""

    def __init__(self, parent: QWidget, name: str, organization: str, plan_name: str):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.sync_session", "Share this plan"))
        lay = QVBoxLayout(self)
        text = QLabel(
            QCoreApplication.translate("ui.sync_session", "Sharing makes a folder beside {0} where each person's edits are written. Put the plan and that folder in the agencies' shared folder (a network drive, OneDrive, SharePoint or a Teams channel's files); everyone who opens the plan there edits it at the same time. No server, no network connection from this program. Never put client information in a plan.").format(plan_name))
        text.setWordWrap(True)
        lay.addWidget(text)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName(QCoreApplication.translate("ui.sync_session", "Your name"))
        self.organization = QLineEdit(organization)
        self.organization.setAccessibleName(QCoreApplication.translate("ui.sync_session", "Your organization"))
        form.addRow(QCoreApplication.translate("ui.sync_session", "Your &name:"), self.name)
        form.addRow(QCoreApplication.translate("ui.sync_session", "Your &organization:"), self.organization)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ui.sync_session", "&Share"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def share_current(window: MainWindow, name: str | None = None, organization: str | None = None) -> bool:
    """File ▸ Share…: save the plan if it has no file yet, ask who is sharing, share it."""
    from ui import dialogs
    from wizard.sync import ShareError, is_shared, share

    if not window.workspace_ready() or window.stack.currentWidget() is not window.workspace:
        return False
    window.flush_edits()
    if window.doc.path is None or window.doc.dirty:
        if not window.save():
            return False
    path = Path(window.doc.path)  # type: ignore[arg-type]
    if is_shared(path):
        window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "{0} is already shared: everyone who opens it edits it together.").format(path.name),
                                       10000)
        return True
    if name is None:
        who, org, _dev = identity(window)
        dlg = ShareDialog(window, who, org, path.name)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        name, organization = dlg.name.text().strip(), dlg.organization.text().strip()
    window.settings.setValue(NAME_KEY, name or "")
    window.settings.setValue(ORG_KEY, organization or "")
    _who, _org, device = identity(window)
    try:
        share(path, name or "", organization or "", device).close()
    except (ShareError, OSError) as exc:
        dialogs.show_error(window, QCoreApplication.translate("ui.sync_session", "Could not share the plan"), str(exc))
        return False
    follow(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("ui.sync_session", "Shared: edits now go to {0}.sync beside the plan. Put both in the shared folder.").format(path.name), 15000)
    return True


# --- keeping the cursor where it was ----------------------------------------------------------


def _moved(pos: int, old: str, new: str) -> int:
    """Where a cursor at ``pos`` in ``old`` belongs in ``new`` (text inserted or deleted
    before it moves it; text after it does not)."""
    if old == new:
        return pos
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if i1 <= pos < i2 or (pos == i2 and tag == "equal" and pos == len(old)):
            return j1 + (pos - i1 if tag == "equal" else min(pos - i1, j2 - j1))
    return len(new)


class _CursorKeeper:
    def __init__(self) -> None:
        self.widget = QApplication.focusWidget()
        self.text = ""
        self.pos = self.anchor = 0
        if isinstance(self.widget, QLineEdit):
            self.text, self.pos = self.widget.text(), self.widget.cursorPosition()
        elif isinstance(self.widget, QPlainTextEdit):
            c = self.widget.textCursor()
            self.text, self.pos, self.anchor = self.widget.toPlainText(), c.position(), c.anchor()
        else:
            self.widget = None

    def restore(self) -> None:
        w = self.widget
        try:
            if isinstance(w, QLineEdit) and w.text() != self.text:
                w.setCursorPosition(_moved(self.pos, self.text, w.text()))
            elif isinstance(w, QPlainTextEdit) and w.toPlainText() != self.text:
                new = w.toPlainText()
                c = w.textCursor()
                c.setPosition(_moved(self.anchor, self.text, new))
                c.setPosition(_moved(self.pos, self.text, new), c.MoveMode.KeepAnchor)
                w.setTextCursor(c)
        except RuntimeError:
            pass  # the widget went away with its page


# --- the session -------------------------------------------------------------------------------


class SyncSession(QObject):
    """One shared plan followed by one window."""

    def __init__(self, window: MainWindow, path: Path):
        super().__init__(window)
        from wizard.sync import SharedPlan, ShareError

        self.window = window
        self.doc = window.doc
        self.path = path
        self.shared: SharedPlan | None = None
        self._applying = False
        self._plan_obj = None
        """The plan object this session shows; another one in the document means another plan."""
        self.voided: list[str] = []
        """Every 'whose edit voided which signature' said so far (newest last)."""
        self.presence_label = QLabel()
        self.presence_label.setAccessibleName(QCoreApplication.translate("ui.sync_session", "Who is here"))
        window.statusBar().addPermanentWidget(self.presence_label)
        self.keep_button = QPushButton(QCoreApplication.translate("ui.sync_session", "Keep what is shown"))
        self.keep_button.setAccessibleName(QCoreApplication.translate("ui.sync_session", "Keep what is shown"))
        self.keep_button.setToolTip(QCoreApplication.translate("ui.sync_session", "Edits made apart break a rule together (see the findings). Keep the values this window shows, as your edit; the others are replaced in the shared plan."))
        self.keep_button.clicked.connect(lambda: self._guard(self.keep_shown))
        self.keep_button.hide()
        window.statusBar().addPermanentWidget(self.keep_button)
        name, org, device = identity(window)
        try:
            self.shared = SharedPlan(path, name, org, device)
        except (ShareError, OSError) as exc:
            self.presence_label.setText(QCoreApplication.translate("ui.sync_session", "Not shared"))
            window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "{0}. The plan file opened on its own; edits are not shared.").format(exc), 0)
            return
        recovered = self.doc.dirty
        if recovered:
            self._keep_recovered()
        self._apply_plan(self.shared.plan, whole=True)
        self.doc.changed.connect(self._local_changed)
        self.doc.pathChanged.connect(self._path_changed)
        self.doc.replaced.connect(self._on_replaced)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._soon)
        self.watcher.fileChanged.connect(self._soon)
        self._watch()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(WATCH_DELAY_MS)
        self._delay.timeout.connect(self.poll)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.announce)
        self.heartbeat.start()
        window.wizard.currentIdChanged.connect(self._step_changed)
        window.installEventFilter(self)
        self.announce()
        problems = self.shared.problems()
        if problems:
            window.statusBar().showMessage(" · ".join(problems), 0)
        elif not recovered:
            window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "Shared plan: edits are merged with everyone's in {0}.sync").format(path.name), 8000)
        self._show_presence()

    # --- guards: nothing may escape into Qt --------------------------------------------------

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - an exception escaping a Qt slot corrupts PySide
            try:
                self.window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "Sharing: {0}: {1}").format(type(exc).__name__, exc), 0)
            except RuntimeError:
                pass

    # --- local edits ---------------------------------------------------------------------------

    def _replaced(self) -> bool:
        """True (and following stops) when the document now shows another plan: nothing of
        it may be written into this shared plan (the window starts a new session if needed)."""
        if self.shared is not None and self.doc.plan is not self._plan_obj:
            self.stop()
            return True
        return self.shared is None

    def _on_replaced(self) -> None:
        self._guard(self._replaced)

    def _local_changed(self, _path: str) -> None:
        if not self._applying:
            self._guard(self._commit)

    def _commit(self) -> None:
        from wizard.sync import ReadOnlyShare

        if self._replaced():
            return
        assert self.shared is not None
        try:
            self.shared.commit(self.doc.plan, keep_unshared=True)
        except ReadOnlyShare as exc:
            self.window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "{0}. Use File ▸ Save As… to keep your changes.").format(exc), 0)
            return
        except OSError as exc:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ui.sync_session", "{0}: your edit could not be written ({1}); it stays on screen and in the recovery file. Save As… keeps a copy.").format(self.shared.folder, exc.strerror or exc), 0)
            return
        self.doc._set_dirty(False)  # written to the shared folder already (the log is the save)
        self.doc.discard_recovery()
        self.keep_button.setVisible(bool(self.shared.conflicts))

    def _path_changed(self, path: str) -> None:
        self._guard(self._after_save, path)

    def _after_save(self, path: str) -> None:
        if self._replaced():
            return
        assert self.shared is not None
        if not path or Path(path).resolve() != self.path.resolve():
            self.stop()  # Save As… elsewhere: that copy is a plain plan
            self.window.sync_session = None
            return
        import hashlib

        self.shared.commit(self.doc.plan)  # the saved time
        self.shared.known_yaml.add(hashlib.sha256(self.path.read_bytes()).hexdigest())
        if not self.shared.readonly:
            self.shared.compact()

    def _keep_recovered(self) -> None:
        """Work recovered after a crash, for a shared plan: its edits were shared as they
        were typed; the recovered copy is kept beside the logs and said, never merged blind."""
        import datetime as dt

        from wizard import storage

        assert self.shared is not None
        keep = self.shared.folder / "outside-edits"
        try:
            keep.mkdir(exist_ok=True, mode=0o700)
            target = keep / f"recovered-{dt.datetime.now():%Y%m%d-%H%M%S}.coresponse.yaml"
            storage.save_plan(self.doc.plan, target)
        except OSError as exc:
            self.window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "The recovered work could not be kept: {0}").format(exc), 0)
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ui.sync_session", "Recovered work for a shared plan: the shared plan is shown (your edits were shared as you typed); the recovered copy is kept as {0}.").format(target), 0)

    # --- others' edits -------------------------------------------------------------------------

    def _soon(self, _path: str = "") -> None:
        self._delay.start()

    def _watch(self) -> None:
        assert self.shared is not None
        want = [str(self.shared.folder)] + [str(p) for p in self.shared.folder.glob("*.updates")] \
            + [str(p) for p in self.shared.folder.glob("*.snapshot")]
        have = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [p for p in want if p not in have]
        if missing:
            self.watcher.addPaths(missing)

    def poll(self) -> None:
        self._guard(self._poll)

    def _poll(self) -> None:
        if self._replaced():
            return
        assert self.shared is not None
        if not self.shared.has_news():
            self._show_presence()
            return
        self.window.flush_edits()  # typing waiting for its pause goes in first, never under
        merge = self.shared.poll()
        self._watch()
        self._show_presence()
        if not merge.updates or not merge.changed:
            return
        self._apply_plan(self.shared.plan, changed=merge.changed)
        if merge.voided:
            self.voided.extend(merge.voided)
            self.window.statusBar().showMessage(" ".join(merge.voided), 0)
        else:
            who = ", ".join(merge.authors)
            self.window.statusBar().showMessage((QCoreApplication.translate("ui.sync_session", "Merged {who}'s edit.") if merge.updates == 1
                                                 else QCoreApplication.translate("ui.sync_session", "Merged {who}'s edits.")).format(who=who), 4000)

    def _apply_plan(self, plan, *, changed: list[str] | None = None, whole: bool = False) -> None:
        """Show ``plan`` (the merged one) without it counting as a local edit."""
        from wizard import storage

        keeper = _CursorKeeper()
        self._applying = True
        try:
            if whole:
                self.doc.plan = self._plan_obj = plan.model_copy(deep=True)
                self.doc.replaced.emit()
                self.doc.changed.emit("")
            else:
                old = storage.plan_data(self.doc.plan)
                new = storage.plan_data(plan)
                for section in type(plan).model_fields:
                    if old.get(section) != new.get(section):
                        setattr(self.doc.plan, section, getattr(plan, section).model_copy(deep=True)
                                if section != "decisions" else [d.model_copy(deep=True) for d in plan.decisions])
                paths = changed or [""]
                for p in paths if len(paths) <= 40 else [""]:
                    self.doc.changed.emit(p)
            # clean: everything shown is in the shared folder (unless a read-only share kept edits here)
            self.doc._set_dirty(bool(self.shared is not None and self.shared.unshared_edits))
        finally:
            self._applying = False
        keeper.restore()

    # --- presence ------------------------------------------------------------------------------

    def _step_changed(self, _id: int) -> None:
        self._guard(self.announce)

    def announce(self) -> None:
        from wizard.sync import presence

        if self.shared is None or self.shared.readonly:
            return
        try:
            step = self.window.content.step(self.window.current_step()).title
        except (AttributeError, KeyError, ValueError):
            step = ""
        try:
            presence.write(self.shared.folder, self.shared.ident, self.shared.person, self.shared.organization,
                           self.shared.device, step)
        except OSError:
            pass  # presence is a courtesy; the edits themselves say when they cannot be written

    def others(self) -> list:
        from wizard.sync import presence

        return presence.others(self.shared.folder, self.shared.ident) if self.shared else []

    def keep_shown(self) -> None:
        """Settle the shared plan's conflicts with the values shown here."""
        if self.shared is None:
            return
        from wizard.sync import ReadOnlyShare

        try:
            self.shared.keep_shown()
        except ReadOnlyShare as exc:
            self.window.statusBar().showMessage(str(exc), 0)
            return
        self._show_presence()
        self.window.update_findings()
        self.window.statusBar().showMessage(QCoreApplication.translate("ui.sync_session", "Kept the values shown here; the shared plan holds them now."), 8000)

    def _show_presence(self) -> None:
        self.keep_button.setVisible(bool(self.shared is not None and self.shared.conflicts))
        people = self.others()
        ro = QCoreApplication.translate("ui.sync_session", " (read-only)") if self.shared is not None and self.shared.readonly else ""
        if not people:
            self.presence_label.setText(QCoreApplication.translate("ui.sync_session", "Shared{0}: no one else here").format(ro))
        else:
            self.presence_label.setText(QCoreApplication.translate("ui.sync_session", "Shared{0}: {1}").format(ro, " · ".join(p.sentence() for p in people)))

    # --- ending --------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if obj is self.window and event.type() == QEvent.Type.Close and event.isAccepted():
            QTimer.singleShot(0, self, self._closed_check)
        return False

    def _closed_check(self) -> None:
        if not self.window.isVisible():
            self._guard(self.stop)

    def stop(self) -> None:
        """Stop following: the last state goes into this device's snapshot and the plan file."""
        from wizard.sync import ShareError, presence

        if getattr(self, "_stopped", False):
            return
        self._stopped = True
        for t in ("timer", "heartbeat", "_delay"):
            timer = getattr(self, t, None)
            if timer is not None:
                timer.stop()
        try:
            self.doc.changed.disconnect(self._local_changed)
            self.doc.pathChanged.disconnect(self._path_changed)
            self.doc.replaced.disconnect(self._on_replaced)
            self.window.wizard.currentIdChanged.disconnect(self._step_changed)
        except (RuntimeError, TypeError):
            pass
        self.window.removeEventFilter(self)
        shared, self.shared = self.shared, None
        if shared is not None:
            if not shared.readonly:
                presence.remove(shared.folder, shared.ident)
                if shared.writer is not None and shared.writer.records:
                    try:
                        shared.compact()
                    except (OSError, ShareError):
                        pass  # the log holds every edit; the snapshot is an optimisation
            shared.close()
        for w in (self.presence_label, self.keep_button):
            try:
                self.window.statusBar().removeWidget(w)
                w.deleteLater()
            except RuntimeError:
                pass
