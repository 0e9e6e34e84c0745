"""The open plan: one ProgramPlan, its file, its unsaved state and its recovery file.

Pages never keep answers of their own: they call :meth:`PlanDocument.set` (or
:meth:`PlanDocument.edit` for list edits) as the user types, and listen to
:attr:`PlanDocument.changed` to refresh what they show. Every change restarts a
2-second timer that writes a recovery file under ``QStandardPaths.AppDataLocation``;
a clean close removes it, so a file found there at start-up means a crash.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui.recovery import RecoveryFile, recovery_dir

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.plan import ProgramPlan


def __getattr__(name: str) -> Any:
    # The plan models and storage load with the first plan, not with the start page
    # (RecoveryFile is all it needs); ``ui.document.storage`` still works.
    if name == "storage":
        from wizard import storage

        return storage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


AUTOSAVE_MS = 2000
_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    """'staffing.clinicians[0].fte' → ['staffing', 'clinicians', 0, 'fte']."""
    return [name if name else int(idx) for name, idx in _PART.findall(path)]


def resolve(root: Any, parts: list[str | int]) -> Any:
    obj = root
    for p in parts:
        obj = obj[p] if isinstance(p, int) else getattr(obj, p)
    return obj


def describe_edit(path: str) -> str:
    """What an edit of ``path`` is called in Edit ▸ Undo: 'edit agency name',
    'edit FTE, budget line 4', 'edit coverage grid'."""
    from wizard.labels import field_label

    parts = split_path(path)
    last_index = max((i for i, p in enumerate(parts) if isinstance(p, int)), default=-1)
    if last_index < 0:
        return QCoreApplication.translate("ui.document", "edit {field}").format(field=_lower_first(field_label(path)))
    row_path = path[: path.rindex("[")]  # the last index is the last bracket
    row = QCoreApplication.translate("ui.document", "{row} {n}").format(row=_lower_first(field_label(row_path)),
                                                                          n=int(parts[last_index]) + 1)
    if last_index == len(parts) - 1:
        return QCoreApplication.translate("ui.document", "edit {row}").format(row=row)
    return QCoreApplication.translate("ui.document", "edit {field}, {row}").format(field=field_label(path), row=row)


def _lower_first(text: str) -> str:
    """'Agency name' → 'agency name'; 'FTE' and 'CIT officers' keep their capitals."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


class _Edit(QUndoCommand):
    """One change of the plan: the value at ``path`` before and after, and the plan's
    revision state (an edit of an opened charter starts the next revision; undoing it
    shows the charter as signed again). Typing in one field merges into one step."""

    MERGE_ID = 1

    def __init__(self, doc: PlanDocument, path: str, old: Any, new: Any,
                 before: tuple, after: tuple, text: str, merge: bool, key: str):
        super().__init__(text)
        self.doc, self.path, self.old, self.new = doc, path, old, new
        self.before, self.after = before, after
        self.merge = merge
        self.key = key
        """Edits merge only with the same key (a field's path; a table cell's row and column)."""
        self._done = True  # pushed after the edit was made: the first redo() has nothing to do

    def id(self) -> int:  # noqa: A003 (Qt name)
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt name)
        if not isinstance(other, _Edit) or not other.merge or other.path != self.path or other.key != self.key:
            return False
        self.new, self.after = other.new, other.after
        if self.new == self.old and self.after == self.before:
            self.setObsolete(True)  # typed back to what it was: nothing left to undo
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.doc._replay(self.path, self.new, self.after)

    def undo(self) -> None:
        self.doc._replay(self.path, self.old, self.before)


class PlanDocument(QObject):
    """The single source of truth the window edits."""

    changed = Signal(str)
    """A field changed; the argument is its dotted path ('' after a whole-plan change)."""
    replaced = Signal()
    """A different plan was loaded (new, open, recover)."""
    dirtyChanged = Signal(bool)
    pathChanged = Signal(str)
    autosaveFailed = Signal(str)
    """The recovery file could not be written (the message names it and the reason)."""
    amended = Signal(int)
    """The first edit of an opened charter started this revision (its signatures are void)."""

    def __init__(self, content: Content, plan: ProgramPlan | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.content = content
        from wizard.plan import ProgramPlan

        self.plan = plan or ProgramPlan()
        self.path: Path | None = None
        self._dirty = False
        self.recovery_path = recovery_dir() / f"{self.plan.metadata.plan_id}.coresponse.yaml"
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        self.autosave_error: str = ""
        self._signed_fp: str | None = None
        """While an opened charter is untouched: its fingerprint (amendment starts on the first edit)."""
        self.undo_stack = QUndoStack(self)
        """Every change of this plan, named, for Edit ▸ Undo / Redo (emptied when another plan comes)."""
        self._replaying = False
        self._dirty_base = False
        """Unsaved even at the undo stack's clean point (recovered work never saved)."""
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # --- state -------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, value: bool) -> None:
        if value != self._dirty:
            self._dirty = value
            self.dirtyChanged.emit(value)

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return (self.plan.metadata.program_name or self.plan.agency.name or QCoreApplication.translate("ui.document", "Untitled plan"))

    # --- editing -------------------------------------------------------------

    def get(self, path: str) -> Any:
        return resolve(self.plan, split_path(path))

    def set(self, path: str, value: Any, *, label: str | None = None, merge: bool = True,
            merge_key: str | None = None) -> None:
        """Assign one field; raises ValidationError and leaves the plan unchanged if the
        value is refused by the field, its model, or a rule of its enclosing section.

        The change goes on the undo stack, named ``label`` (default: 'edit <field>');
        with ``merge``, a run of edits of the same path (and ``merge_key``, e.g. one cell of
        a table) is one step: typing in a field."""
        old = copy.deepcopy(self.get(path))
        before = self._revision_state()
        if not self._assign(path, value):
            return
        if self._replaying:
            return
        self.undo_stack.push(_Edit(self, path, old, copy.deepcopy(self.get(path)), before,
                                   self._revision_state(), label or describe_edit(path), merge,
                                   merge_key or path))

    def _assign(self, path: str, value: Any) -> bool:
        """Validate and assign; False when the value was already there."""
        parts = split_path(path)
        chain: list[Any] = [self.plan]
        for p in parts[:-1]:
            chain.append(chain[-1][p] if isinstance(p, int) else getattr(chain[-1], p))
        parent = chain[-1]
        last = parts[-1]
        if isinstance(last, int):
            items = list(parent)
            if items[last] == value:
                return False
            items[last] = value
            return self._assign(path[: path.rindex("[")], items)
        old = getattr(parent, last)
        if old == value:
            return False
        try:
            setattr(parent, last, value)  # validate_assignment
            # Rules that span levels (e.g. CIT officers ≤ sworn officers) live on the
            # section; assignment deep inside it does not run them, so check here.
            section = chain[1] if len(chain) > 2 else None
            if isinstance(section, BaseModel):
                type(section).model_validate(section.model_dump())
        except ValidationError:
            parent.__dict__[last] = old  # pydantic may have stored the refused value
            raise
        self._touch(path)
        return True

    # --- undo ------------------------------------------------------------------

    def _revision_state(self) -> tuple:
        meta = self.plan.metadata
        return (meta.revision, meta.modified, self._signed_fp)

    def _replay(self, path: str, value: Any, state: tuple) -> None:
        """Undo or redo: put ``value`` back at ``path`` and the revision state with it."""
        revision, modified, signed_fp = state
        self._replaying = True
        self._signed_fp = None  # an undo never starts an amendment itself
        try:
            self._assign(path, copy.deepcopy(value))
        finally:
            self._replaying = False
        meta = self.plan.metadata
        restored = (meta.revision, meta.modified) != (revision, modified)
        meta.__dict__["revision"], meta.__dict__["modified"] = revision, modified
        self._signed_fp = signed_fp
        if restored:
            self.changed.emit("metadata")
        self._set_dirty(not self.undo_stack.isClean() or self._dirty_base)

    def _clean_changed(self, clean: bool) -> None:
        self._set_dirty(not clean or self._dirty_base)

    def edit(self, path: str, fn: Callable[[Any], Any], *, label: str | None = None,
             merge_key: str | None = None) -> None:
        """Apply ``fn`` to a deep copy of the value at ``path`` and assign the result.

        ``fn`` may mutate its argument in place (returning None) or return a new value.
        For lists of models the whole list is validated again, so a bad row never
        reaches the plan. The change is one undo step, named ``label`` (default: 'edit
        <field>'); it merges with the step before only when both give the same ``merge_key``
        (typing in one table cell).
        """
        current = copy.deepcopy(self.get(path))
        result = fn(current)
        new = current if result is None else result
        if isinstance(new, list):
            new = [m.model_copy() if isinstance(m, BaseModel) else m for m in new]
        self.set(path, new, label=label, merge=merge_key is not None, merge_key=merge_key)

    def replace(self, plan: ProgramPlan, path: Path | None, *, dirty: bool = False,
                amend_on_edit: bool = False) -> None:
        """Show another plan. With ``amend_on_edit`` (a charter opened as it was signed) the
        first edit that changes the fingerprint starts the next revision."""
        self._autosave.stop()
        self._signed_fp = None
        if amend_on_edit:
            from wizard import signing

            self._signed_fp = signing.fingerprint(plan)
        self.discard_recovery()
        self.undo_stack.clear()  # nothing of the previous plan can be undone into this one
        self._dirty_base = dirty
        self.plan = plan
        self.path = path
        self.recovery_path = recovery_dir() / f"{plan.metadata.plan_id}.coresponse.yaml"
        self.pathChanged.emit(str(path or ""))
        self.replaced.emit()
        self.changed.emit("")
        self._dirty = not dirty  # force the signal
        self._set_dirty(dirty)
        if dirty:
            self._autosave.start()

    @property
    def amendment_pending(self) -> bool:
        """True while an opened charter is shown as signed (no edit yet)."""
        return self._signed_fp is not None

    def _amend_if_first_edit(self) -> bool:
        from wizard import signing

        if signing.fingerprint(self.plan) == self._signed_fp:
            return False  # a signature added, or nothing of substance: still the signed revision
        self._signed_fp = None
        meta = self.plan.metadata
        meta.revision = meta.revision + 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        if now >= meta.created:
            meta.modified = now
        return True

    def _touch(self, path: str) -> None:
        amended = self._signed_fp is not None and self._amend_if_first_edit()
        self._set_dirty(True)
        if not self._autosave.isActive():  # at most ~2 s after the first unsaved change,
            self._autosave.start()         # even while someone keeps typing
        self.changed.emit(path)
        if amended:
            self.changed.emit("metadata")
            self.amended.emit(self.plan.metadata.revision)

    # --- files ---------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Write the plan atomically; raises OSError with the file untouched on failure."""
        target = Path(path or self.path or "")
        if not str(target):
            raise ValueError("no file name")
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        meta = self.plan.metadata
        old_modified = meta.modified
        if now > meta.created:
            meta.modified = now
        from wizard import storage

        try:
            storage.save_plan(self.plan, target)
        except BaseException:
            meta.modified = old_modified
            raise
        self.path = target
        self.pathChanged.emit(str(target))
        self._dirty_base = False
        self.undo_stack.setClean()
        self._set_dirty(False)
        self.discard_recovery()

    def load(self, path: Path) -> ProgramPlan:
        """Read a plan (.yaml) or a charter's embedded plan (.pdf) without opening it."""
        if path.suffix.lower() == ".pdf":
            from wizard.charter import extract_plan  # lazy: reportlab/pypdf are slow to import

            return extract_plan(path)
        from wizard import storage

        return storage.load_plan(path)

    # --- recovery --------------------------------------------------------------

    def write_recovery(self) -> None:
        """Write the recovery file now (the autosave timer calls this)."""
        if not self._dirty:
            return
        from wizard import storage

        try:
            storage.atomic_write(self.recovery_path, storage.dumps(self.plan).encode("utf-8"))
            meta = {
                "original": str(self.path or ""),
                "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "title": self.display_name(),
                "pid": os.getpid(),
            }
            storage.atomic_write(self.recovery_path.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
            self.autosave_error = ""
        except OSError as exc:
            self.autosave_error = QCoreApplication.translate("ui.document", "Autosave failed: {0}: {1}").format(self.recovery_path, exc.strerror or exc)
            self.autosaveFailed.emit(self.autosave_error)

    def flush_recovery(self) -> None:
        if self._autosave.isActive():
            self._autosave.stop()
            self.write_recovery()

    def discard_recovery(self) -> None:
        self._autosave.stop()
        RecoveryFile(self.recovery_path).remove()


__all__ = ["PlanDocument", "RecoveryFile", "ValidationError", "recovery_dir", "resolve", "split_path"]
