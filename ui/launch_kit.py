"""File ▸ Launch Kit: the meeting calendar (.ics) and the data workbook (.xlsx) of the open plan.

Both are made by :mod:`wizard.launch` exactly as `coresponse calendar` and
`coresponse datasheet` make them; they take well under a second, so they are written
on the UI thread (atomically). The calendar uses this computer's time zone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import settings_keys as keys

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.document import PlanDocument
    from wizard.content import Content


def _suggested(parent: QWidget, doc: PlanDocument, suffix: str, fallback: str) -> str:
    if doc.path is not None:
        stem = doc.path.name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".coresponse")
        return str(doc.path.with_name(stem + suffix))
    settings = getattr(parent, "settings", None)
    folder = Path(str(settings.value(keys.LAST_FOLDER, str(Path.home())))) if settings is not None else Path.home()
    return str(folder / fallback)


def _flush(parent: QWidget) -> None:
    flush = getattr(parent, "flush_edits", None)
    if callable(flush):
        flush()  # text still waiting for its typing pause goes into the plan first


def _write(parent: QWidget, what: str, path: Path, data: bytes) -> bool:
    from ui import dialogs
    from wizard import storage

    try:
        storage.atomic_write(path, data)
    except OSError as exc:
        problem = exc.strerror or str(exc) or type(exc).__name__
        dialogs.show_error(parent, QCoreApplication.translate("ui.launch_kit", "Could not save the {0}").format(what), QCoreApplication.translate("ui.launch_kit", "{0}: {1}\n\nNothing was written.").format(path, problem))
        return False
    return True


def _status(parent: QWidget, text: str) -> None:
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)


def export_calendar(parent: QWidget, doc: PlanDocument, content: Content, path: Path | None = None,
                    zone: str | None = None) -> Path | None:
    """Ask where to save the plan's meeting calendar and write it; the path, or None."""
    from ui import dialogs
    from wizard.launch import calendar

    _flush(parent)
    if path is None:
        path = dialogs.choose_calendar_path(parent, _suggested(parent, doc, ".ics", "co-response-calendar.ics"))
        if path is None:
            return None
    zone = zone or calendar.local_zone_name()
    result = calendar.build_calendar(doc.plan, zone)
    if not _write(parent, QCoreApplication.translate("ui.launch_kit", "meeting calendar"), path, result.ics):
        return None
    n = len(result.events)
    _status(parent, (QCoreApplication.translate("ui.launch_kit", "Saved the meeting calendar ({n} event, {zone}) to {path}") if n == 1
                     else QCoreApplication.translate("ui.launch_kit", "Saved the meeting calendar ({n} events, {zone}) to {path}")
                     ).format(n=n, zone=zone, path=path))
    text = (QCoreApplication.translate("ui.launch_kit", "{n} event in the time zone {zone}, saved to {path}.") if n == 1
            else QCoreApplication.translate("ui.launch_kit", "{n} events in the time zone {zone}, saved to {path}.")
            ).format(n=n, zone=zone, path=path)
    text += "\n\n" + QCoreApplication.translate(
        "ui.launch_kit", "Meetings start on a default day at 10:00 (each event says which); move them to the agreed time in your calendar.")
    if result.left_out:
        text += QCoreApplication.translate("ui.launch_kit", "\n\nLeft out:\n") + "\n".join(f"• {line}" for line in result.left_out)
    dialogs.show_info(parent, QCoreApplication.translate("ui.launch_kit", "Meeting calendar saved"), text)
    return path


def export_datasheet(parent: QWidget, doc: PlanDocument, content: Content, path: Path | None = None) -> Path | None:
    """Ask where to save the plan's data-collection workbook and write it; the path, or None."""
    from ui import dialogs
    from wizard.launch import datasheet
    from wizard.yamlio import ReadError

    _flush(parent)
    try:  # a content pack may carry its own datasheet.yaml: a bad one is said before asking for a file
        spec = datasheet.load_spec(None if content.source == "default" else content.source)
    except ReadError as exc:
        dialogs.show_error(parent, QCoreApplication.translate("ui.launch_kit", "Could not make the data workbook"), str(exc))
        return None
    if path is None:
        path = dialogs.choose_workbook_path(parent, _suggested(parent, doc, ".xlsx", "co-response-data.xlsx"))
        if path is None:
            return None
    data = datasheet.build_datasheet(doc.plan, content, spec)
    if not _write(parent, QCoreApplication.translate("ui.launch_kit", "data workbook"), path, data):
        return None
    _status(parent, QCoreApplication.translate("ui.launch_kit", "Saved the data-collection workbook to {0}").format(path))
    return path
