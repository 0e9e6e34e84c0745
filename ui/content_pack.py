"""Tools ▸ Content Pack…: load a trainer's content pack, remember it, go back to the default.

Content (guidance, catalogs, presets) shapes every page: its option lists, notes and
titles are built once. Rather than rebuild pages in place, switching content opens a
fresh main window with the new content that carries over the open plan, its file,
its unsaved state and the current step, and closes the old one. A pack that does not
load leaves everything as it was and says why, in the same one-line form as the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import settings_keys as keys

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ui.context import WindowHost
    from wizard.content import Content

_windows: list[WindowHost] = []
"""Windows opened here (Qt would delete a top-level window nobody refers to)."""


def remembered_pack(settings: QSettings) -> str:
    return str(settings.value(keys.CONTENT_PACK, "") or "")


def startup_content(cli_pack: str | None, settings: QSettings) -> tuple[Content, str]:
    """Content for the first window: ``--content DIR``, else the remembered pack, else
    the default; and the error ('' if none) when the pack could not be loaded."""
    from wizard.content import default_content, load_content
    from wizard.yamlio import ReadError

    pack = cli_pack or remembered_pack(settings)
    if not pack:
        return default_content(), ""
    try:
        return load_content(pack), ""
    except ReadError as exc:
        return default_content(), str(exc)


def choose_pack(window: WindowHost) -> WindowHost | None:
    """Ask for a pack folder and switch to it."""
    from ui import dialogs

    start = remembered_pack(window.settings) or str(Path.home())
    folder = dialogs.choose_content_folder(window, start)
    if folder is None:
        return None
    return use_pack(window, folder)


def use_pack(window: WindowHost, folder: Path | None) -> WindowHost | None:
    """Switch ``window`` to the pack in ``folder`` (None: the default content).

    Returns the window now showing the plan, or None when the pack did not load (the
    message is shown and the current content stays)."""
    from ui import dialogs
    from wizard.content import default_content, load_content
    from wizard.yamlio import ReadError

    try:
        content = load_content(folder) if folder is not None else default_content()
    except ReadError as exc:
        dialogs.show_error(window, QCoreApplication.translate("ui.content_pack", "Content pack not loaded"),
                           QCoreApplication.translate("ui.content_pack", "{0}\n\nThe current content ({1}) is kept.").format(exc, describe(window.content)))
        return None
    window.settings.setValue(keys.CONTENT_PACK, str(folder) if folder is not None else "")
    new = reopen(window, content)
    new.statusBar().showMessage(QCoreApplication.translate("ui.content_pack", "Now using {0}.").format(describe(content)), 10000)
    return new


def describe(content: Content) -> str:
    return QCoreApplication.translate("ui.content_pack", "the default content") if content.source == "default" else QCoreApplication.translate("ui.content_pack", "the content pack in {0}").format(content.source)


def reopen(window: WindowHost, content: Content) -> WindowHost:
    """A new main window with ``content`` holding the same plan, file, unsaved state,
    step, visited steps and facilitator window; the old window closes."""
    window.flush_edits()
    if window.presentation.active:
        window.presentation.leave()
    on_workspace = window.stack.currentWidget() is window.workspace
    doc = window.doc
    plan, path, dirty = doc.plan.model_copy(deep=True), doc.path, doc.dirty
    step, visited = window.current_step(), set(window.visited)
    notes_open = window.facilitator is not None and window.facilitator.isVisible()
    geometry, state = window.saveGeometry(), window.saveState()

    new = type(window)(content, window.settings)  # the window's own class: no import of it here
    _windows.append(new)
    new.destroyed.connect(lambda *_: _windows.remove(new) if new in _windows else None)
    new.restoreGeometry(geometry)
    new.show()
    # The old window lets go without asking: its plan lives on in the new one.
    doc._set_dirty(False)
    doc.discard_recovery()
    if window.facilitator is not None:
        window.facilitator.close()
    window.close()
    if window in _windows:
        _windows.remove(window)
    if on_workspace:
        new.start_with(plan, path, dirty=dirty)
        new.visited |= visited
        new.go_to(step)
        new.restoreState(state)
    if notes_open:
        new.show_facilitator(True)
    return new
