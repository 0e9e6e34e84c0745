"""Runs the real program in Spanish (ui.app.main --lang es) and reports what two pages show.

    python spanish_driver.py OUTDIR STEP [STEP...]

Starts the program as a user would (the translators are installed before any page module
is imported, as in ui/app.py), opens the mid-city sample, visits each step, saves a
screenshot OUTDIR/es-<step>.png (widget.grab().save) and prints one JSON object: for each
step the visible texts (labels, buttons, titles, placeholders, tooltips, accessible names,
guidance), plus the menu titles and the wizard's own buttons (Qt's qtbase translation).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402

GETTERS = ("text", "title", "windowTitle", "placeholderText", "toolTip", "accessibleName", "toPlainText",
           "currentText")


def visible_texts(root: QWidget) -> list[str]:
    from PySide6.QtGui import QTextDocument

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        for name in GETTERS:
            getter = getattr(w, name, None)
            if not callable(getter):
                continue
            try:
                value = getter()
            except TypeError:
                continue
            if isinstance(value, str) and value.strip():
                if "<" in value:
                    doc = QTextDocument()
                    doc.setHtml(value)
                    value = doc.toPlainText()
                out.append(value.replace("&", ""))
    return out


def work(out_dir: Path, steps: list[str]) -> None:
    from ui.main_window import MainWindow
    from wizard.steps import Step

    report: dict[str, object] = {}
    try:
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        win.resize(1280, 720)
        win.new_plan("mid-city")
        for name in steps:
            win.go_to(Step[name])
            QApplication.processEvents()
            path = out_dir / f"es-{name}.png"
            win.grab().save(str(path))
            report[name] = visible_texts(win)
        report["menus"] = [a.text().replace("&", "") for a in win.menuBar().actions()]
        report["language_menu"] = [a.text() for a in win.language_menu.actions() if a.text()]
        report["next_button"] = win.wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
        report["plan"] = _plan_strings(win.doc.plan)
        from wizard import i18n

        report["lang"] = i18n.language()
    except Exception as exc:  # report it: the test prints it
        report["error"] = f"{type(exc).__name__}: {exc}"
    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.doc._set_dirty(False)
    QApplication.exit(0)


def _plan_strings(plan) -> list[str]:
    from tests.english_check import strings_in

    return strings_in(plan)


def main() -> int:
    out_dir = Path(sys.argv[1])
    steps = sys.argv[2:]
    app = QApplication([sys.argv[0]])
    QTimer.singleShot(200, lambda: work(out_dir, steps))
    from ui import app as ui_app

    return ui_app.main(["--lang", "es"]) if app else 1


if __name__ == "__main__":
    sys.exit(main())
