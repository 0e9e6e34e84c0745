"""The window's tools, each declared once in the manner of calibre's ``InterfaceAction``:
its text, its menu, its shortcut, whether it needs an open plan, and what it runs.

The main window turns every :class:`ToolAction` in :data:`TOOLS` into a menu action
(``window.action(name)``) and calls ``run(parent, ctx, *args)`` with its context; a
tool never sees the window. What a tool returns (a dialog kept open, a background job)
is kept by the window until the tool runs again (``window.tool_result(name)``).
Tool modules are imported when the tool runs, not when the menu is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import PlanContext


@dataclass(frozen=True)
class ToolAction:
    name: str
    """Its key: ``window.action(name)``, ``window.run_tool(name)``."""
    text: str
    """The menu text, with its mnemonic."""
    menu: str
    """The menu it goes in: "file", "launch kit" (File ▸ Launch Kit) or "tools"."""
    run: Callable[..., Any]
    """``run(parent, ctx, *args)``; what it returns is kept while it lasts."""
    shortcut: str | None = None
    needs_plan: bool = True
    """Refused (with a message saying so) on the start page."""
    refusal: str = ""
    """What the refusal says."""
    keeps_running: bool = False
    """The previous result is passed as ``running=`` (a job not finished yet)."""


def _compare(parent: QWidget, ctx: PlanContext, path=None):
    from ui.compare import compare_with

    return compare_with(parent, ctx, path)


def _worksheet(parent: QWidget, ctx: PlanContext, path=None, running=None):
    from ui.worksheet import print_worksheet

    return print_worksheet(parent, ctx, path, running=running)


def _calendar(parent: QWidget, ctx: PlanContext, path=None):
    from ui.launch_kit import export_calendar

    return export_calendar(parent, ctx.doc, ctx.content, path)


def _datasheet(parent: QWidget, ctx: PlanContext, path=None):
    from ui.launch_kit import export_datasheet

    return export_datasheet(parent, ctx.doc, ctx.content, path)


LAUNCH_KIT_REFUSAL = (QCoreApplication.translate("ui.actions", "Start or open a plan first: the calendar and the data workbook are made from the open plan."))

TOOLS: list[ToolAction] = [
    ToolAction("compare", QCoreApplication.translate("ui.actions", "&Compare With…"), "file", _compare,
               refusal=QCoreApplication.translate("ui.actions", "Start or open a plan first, then compare it with another.")),
    ToolAction("worksheet", QCoreApplication.translate("ui.actions", "Print &Worksheet…"), "file", _worksheet, needs_plan=False, keeps_running=True),
    ToolAction("calendar", QCoreApplication.translate("ui.actions", "Meeting &Calendar (.ics)…"), "launch kit", _calendar, refusal=LAUNCH_KIT_REFUSAL),
    ToolAction("datasheet", QCoreApplication.translate("ui.actions", "&Data Workbook (.xlsx)…"), "launch kit", _datasheet, refusal=LAUNCH_KIT_REFUSAL),
]
"""Another tool is one more entry here (the window builds its menus from this list)."""
