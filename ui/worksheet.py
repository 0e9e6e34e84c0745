"""File ▸ Print Worksheet…: the blank workshop worksheet as a PDF, for paper breakouts.

The worksheet depends only on the content in use (a trainer's pack changes its
options and prompts), not on the open plan, so it works from the start page too. It
is rendered off the UI thread like the charter export, and written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import dialogs
from ui import settings_keys as keys
from ui.widgets import background
from wizard import storage

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import PlanContext

FILE_NAME = "co-response-worksheet.pdf"


def print_worksheet(parent: QWidget, ctx: PlanContext, path: Path | None = None,
                    running: background.Job | None = None) -> background.Job | None:
    """Ask where to save the worksheet, then render and write it in the background; when
    it is written, a message says where (``running``: the job of an earlier request)."""
    if running is not None and not running.done:
        ctx.status(QCoreApplication.translate("ui.worksheet", "The worksheet is still being written."), 5000)
        return running
    if path is None:
        folder = ctx.doc.path.parent if ctx.doc.path else Path(
            str(ctx.settings.value(keys.LAST_FOLDER, str(Path.home()))))
        path = dialogs.choose_pdf_path(parent, str(folder / FILE_NAME), title=QCoreApplication.translate("ui.worksheet", "Save the blank worksheet"),
                                       kind=QCoreApplication.translate("ui.worksheet", "PDF worksheet"))
        if path is None:
            return None
    content = ctx.content

    def work() -> Path:
        from wizard.handouts import render_worksheet  # lazy: the Typst compiler loads on first use

        storage.atomic_write(path, render_worksheet(content))
        return path

    def done(p: Path) -> None:
        ctx.status(QCoreApplication.translate("ui.worksheet", "Saved the blank worksheet to {0}").format(p), 10000)
        dialogs.show_info(parent, QCoreApplication.translate("ui.worksheet", "Worksheet saved"), QCoreApplication.translate("ui.worksheet", "The blank worksheet was saved to\n{0}").format(p))

    def failed(exc: BaseException, _tb: str) -> None:
        ctx.status("")
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        dialogs.show_error(parent, QCoreApplication.translate("ui.worksheet", "Could not save the worksheet"), QCoreApplication.translate("ui.worksheet", "{0}: {1}\n\nNothing was written.").format(path, problem))

    ctx.status(QCoreApplication.translate("ui.worksheet", "Writing the blank worksheet to {0}…").format(path))
    return background.run(work, done, failed)
