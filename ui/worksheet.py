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
from ui.widgets import background
from wizard import storage

if TYPE_CHECKING:
    from ui.main_window import MainWindow

FILE_NAME = "co-response-worksheet.pdf"


def print_worksheet(window: MainWindow, path: Path | None = None) -> background.Job | None:
    """Ask where to save the worksheet, then render and write it in the background."""
    job = getattr(window, "_worksheet_job", None)
    if job is not None and not job.done:
        window.statusBar().showMessage(QCoreApplication.translate("ui.worksheet", "The worksheet is still being written."), 5000)
        return job
    if path is None:
        folder = window.doc.path.parent if window.doc.path else Path(
            str(window.settings.value("files/lastFolder", str(Path.home()))))
        path = dialogs.choose_pdf_path(window, str(folder / FILE_NAME), title=QCoreApplication.translate("ui.worksheet", "Save the blank worksheet"),
                                       kind=QCoreApplication.translate("ui.worksheet", "PDF worksheet"))
        if path is None:
            return None
    content = window.content

    def work() -> Path:
        from wizard.handouts import render_worksheet  # lazy: the Typst compiler loads on first use

        storage.atomic_write(path, render_worksheet(content))
        return path

    def done(p: Path) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("ui.worksheet", "Saved the blank worksheet to {0}").format(p), 10000)

    def failed(exc: BaseException, _tb: str) -> None:
        window.statusBar().clearMessage()
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        dialogs.show_error(window, QCoreApplication.translate("ui.worksheet", "Could not save the worksheet"), QCoreApplication.translate("ui.worksheet", "{0}: {1}\n\nNothing was written.").format(path, problem))

    window.statusBar().showMessage(QCoreApplication.translate("ui.worksheet", "Writing the blank worksheet to {0}…").format(path))
    window._worksheet_job = background.run(work, done, failed)
    return window._worksheet_job
