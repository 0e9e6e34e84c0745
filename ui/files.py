"""File handling of the main window: new, open, recover, save, recent files.

:class:`FileHandling` is mixed into the main window (it uses the window's document,
settings, status bar and ``start_with``); it imports nothing of ``ui.main_window``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import settings_keys as keys

if TYPE_CHECKING:
    from ui.recovery import RecoveryFile

# The presets, the plan file reader and the document load with the first plan: the start
# page is painted before any of them (and before the content is validated).

MAX_RECENT = 8


class FileHandling:
    """File ▸ New, Open, Recover, Save and Save As, and the recent-files list."""

    def recent_files(self) -> list[str]:
        value = self.settings.value(keys.RECENT_FILES, [])
        if isinstance(value, str):
            value = [value]
        return [p for p in (value or []) if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        files = [str(path.resolve())] + [p for p in self.recent_files() if p != str(path.resolve())]
        self.settings.setValue(keys.RECENT_FILES, files[:MAX_RECENT])

    def plan_on_screen(self) -> bool:
        return self.workspace_ready() and self.stack.currentWidget() is self.workspace

    def maybe_save(self) -> bool:
        """True when it is safe to replace the plan on screen."""
        from ui import dialogs

        self.flush_edits()
        if not self.doc.dirty:
            return True
        answer = dialogs.ask_unsaved(self, self.doc.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_plan(self, preset_name: str = "blank") -> None:
        from wizard import presets

        if self.plan_on_screen() and not self.maybe_save():
            return
        plan = presets.new_plan(self.content, preset_name)
        self.start_with(plan, None)

    def open_file(self, path: Path | None = None) -> bool:
        from ui import dialogs
        from wizard.yamlio import ReadError

        if self.plan_on_screen() and not self.maybe_save():
            return False
        if path is None:
            folder = str(self.doc.path.parent) if self.doc.path else ""
            path = dialogs.choose_open_path(self, folder)
            if path is None:
                return False
        try:
            plan = self.doc.load(path)
        except ReadError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.files", "Could not open the file"), str(exc))
            return False
        if path.suffix.lower() == ".pdf":
            # Shown exactly as it was signed; the first edit starts the next revision.
            self.start_with(plan, None, amend_on_edit=True)
            self.statusBar().showMessage(
                QCoreApplication.translate("ui.files", "Opened the plan inside {0}, revision {1}, as it was signed. The first change starts revision {2}.").format(path.name, plan.metadata.revision, plan.metadata.revision + 1), 15000)
        else:
            self.start_with(plan, path)
        self.add_recent(path)
        return True

    def recover_file(self, rf: RecoveryFile) -> bool:
        from ui import dialogs
        from wizard.yamlio import ReadError

        if self.plan_on_screen() and not self.maybe_save():
            return False
        try:
            plan = self.doc.load(rf.path)
        except ReadError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.files", "Could not recover"), str(exc))
            return False
        original = Path(rf.original) if rf.original else None
        self.start_with(plan, original, dirty=True)
        if rf.path != self.doc.recovery_path:
            rf.remove()
        self.doc.write_recovery()
        self.statusBar().showMessage(QCoreApplication.translate("ui.files", "Recovered unsaved work. Save it to keep it."), 15000)
        return True

    def offer_recovery(self) -> None:
        """At start-up: offer each recovery file left by a crash."""
        from ui import dialogs
        from ui.local_time import local_time
        from ui.recovery import RecoveryFile

        for rf in RecoveryFile.all():
            where = (QCoreApplication.translate("ui.files", "“{title}”, from {original}, autosaved {when}") if rf.original
                     else QCoreApplication.translate("ui.files", "“{title}”, never saved, autosaved {when}")
                     ).format(title=rf.title, original=rf.original, when=local_time(rf.saved_at))
            answer = dialogs.ask_recover(self, where)
            if answer == "recover":
                self.recover_file(rf)
                return
            if answer == "discard":
                rf.remove()
        self.start_page.refresh()

    def suggested_name(self, suffix: str) -> str:
        base = self.doc.plan.metadata.program_name or self.doc.plan.agency.name or "co-response-plan"
        slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower() or "co-response-plan"
        folder = self.doc.path.parent if self.doc.path else Path(
            self.settings.value(keys.LAST_FOLDER, str(Path.home())))
        return str(folder / f"{slug}{suffix}")

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        from ui import dialogs

        path = dialogs.choose_save_path(self, self.suggested_name(".coresponse.yaml"))
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from ui import dialogs

        self.flush_edits()
        try:
            self.doc.save(path)
        except OSError as exc:
            dialogs.show_error(self, QCoreApplication.translate("ui.files", "Could not save"),
                               QCoreApplication.translate("ui.files", "{0}: {1}. The previous file is unchanged; your work is still open and autosaved.").format(path, exc.strerror or exc))
            return False
        self.add_recent(path)
        self.settings.setValue(keys.LAST_FOLDER, str(path.parent))
        self.statusBar().showMessage(QCoreApplication.translate("ui.files", "Saved {0}").format(path), 5000)
        return True
