"""``coresponse-wizard [FILE]``: start the window.

Imports are kept to what the first page needs; reportlab, QtPdf and the charter
code load only when a charter is previewed or exported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ORG = "CoResponseWizard"
APP = "coresponse-wizard"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="coresponse-wizard", description=QCoreApplication.translate("ui.app", "Design a co-response program and sign its charter."))
    p.add_argument("file", nargs="?", help=QCoreApplication.translate("ui.app", "a plan (.yaml) or a charter (.pdf) to open"))
    p.add_argument("--content", metavar="DIR", help=QCoreApplication.translate("ui.app", "load a content pack from DIR"))
    p.add_argument("--lang", metavar="LANG",
                   help=QCoreApplication.translate("ui.app", "en (English) or es (Spanish) for this run; otherwise the language chosen in View ▸ Language (remembered), else English"))
    p.add_argument("--exit-after-start", action="store_true",
                   help=QCoreApplication.translate("ui.app", "show the window, wait for its first paint, exit 0 (smoke tests, benchmarks)"))
    p.add_argument("--preview", metavar="CHARTER.pdf",
                   help=QCoreApplication.translate("ui.app", "show a charter PDF in the preview window; with --exit-after-start, exit 0 once its pages are shown and 1 if they cannot be (checks QtPdf in an installed program)"))
    return p.parse_args(argv)


def _icon_path() -> str:
    from importlib import resources

    return str(resources.files("resources") / "icons" / "app.png")


def _preview(window, content, path: Path):
    """A preview window showing the PDF at ``path``; a ReadError if it cannot be read."""
    from ui.widgets.charter_preview import PreviewDialog
    from wizard import yamlio

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise yamlio.os_error(path, exc, "a PDF file") from None
    if not data.startswith(b"%PDF-"):
        raise yamlio.ReadError(path, "this is not a PDF file")
    dlg = PreviewDialog(content, window)
    dlg.setWindowTitle(QCoreApplication.translate("ui.app", "Charter preview — {0}").format(path.name))
    dlg.preview.show_pdf(data)
    dlg.show()
    return dlg


def _first_paint_then_quit(window, code=lambda: 0) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class _Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: QApplication.exit(code()))
                obj.removeEventFilter(self)
            return False

    f = _Painted(window)
    window.installEventFilter(f)
    QTimer.singleShot(10_000, lambda: QApplication.exit(code()))  # never hang a benchmark


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(_icon_path()))

    from PySide6.QtCore import QSettings

    from ui import i18n as ui_i18n
    from wizard.i18n import UnknownLanguage

    # the language first: content, option lists and page texts are made in it
    try:
        problems = ui_i18n.install(app, args.lang or ui_i18n.remembered(QSettings()) or "en")
    except UnknownLanguage as exc:
        print(f"coresponse-wizard: --lang: {exc}", file=sys.stderr)
        return 2
    for line in problems:
        print(f"coresponse-wizard: {line}", file=sys.stderr)
    from PySide6.QtCore import QCoreApplication

    app.setApplicationDisplayName(QCoreApplication.translate("App", "Co-Response Program Design Wizard"))

    from ui.content_pack import remembered_pack, startup_content
    from ui.main_window import MainWindow

    # --content DIR for this run, else the pack chosen in Tools ▸ Content Pack…, else the default.
    # A pack is validated now (its texts may be refused, and that is said at once); the
    # default content is validated by the window right after its first paint.
    content, pack_error = None, ""
    if args.content or remembered_pack(QSettings()):
        content, pack_error = startup_content(args.content, QSettings())
    window = MainWindow(content)
    window.show()
    if pack_error:
        from ui import dialogs

        print(f"coresponse-wizard: {pack_error}", file=sys.stderr)
        dialogs.show_error(window, QCoreApplication.translate("ui.app", "Content pack not loaded"), QCoreApplication.translate("ui.app", "{0}\n\nThe default content is used instead.").format(pack_error))
    if args.file:
        path = Path(args.file)
        if not window.open_file(path):
            window.show_start()
    elif not args.exit_after_start and not args.preview:
        window.offer_recovery()
    if args.preview:
        from wizard.yamlio import ReadError

        try:
            dlg = _preview(window, window.content, Path(args.preview))
        except ReadError as exc:
            print(f"coresponse-wizard: {exc}", file=sys.stderr)
            if args.exit_after_start:
                return 2
            from ui import dialogs

            dialogs.show_error(window, QCoreApplication.translate("ui.app", "Could not preview the charter"), str(exc))
        else:
            if args.exit_after_start:
                def shown() -> int:
                    pages = dlg.preview.page_count()
                    print(f"coresponse-wizard: preview of {args.preview}: {pages} pages", file=sys.stderr)
                    return 0 if pages > 0 else 1

                _first_paint_then_quit(dlg, shown)
                return app.exec()
    if args.exit_after_start:
        _first_paint_then_quit(window)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
