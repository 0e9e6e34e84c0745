"""Runs the real program (ui.app.main) and plays a user, for the crash-recovery test.

    python crash_driver.py type PLAN.yaml     types into Agency name, one character
                                              every 100 ms, printing each committed value
    python crash_driver.py recover            starts the program, answers "Recover" to
                                              the recovery question, prints the agency
                                              name it got back, and quits
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from ui import app, dialogs  # noqa: E402


def window():
    from ui.main_window import MainWindow

    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def type_forever() -> None:
    from PySide6.QtTest import QTest

    w = window()
    page = w.pages[0]
    page.ensure_built()
    field = next(x for x in page.findChildren(QLineEdit) if x.accessibleName() == "Agency name")
    field.setFocus()
    field.end(False)
    count = [0]

    def one() -> None:
        count[0] += 1
        QTest.keyClicks(field, "abcdefghij"[count[0] % 10])
        print(f"TYPED {w.doc.plan.agency.name}", flush=True)

    timer = QTimer(w)
    timer.timeout.connect(one)
    timer.start(100)


def report_and_quit() -> None:
    w = window()
    print(f"RECOVERED {w.doc.plan.agency.name}", flush=True)
    w.doc._set_dirty(False)
    QApplication.quit()


if __name__ == "__main__":
    mode = sys.argv[1]
    qapp = QApplication([sys.argv[0]])  # app.main() uses this instance
    if mode == "type":
        QTimer.singleShot(300, type_forever)
        sys.exit(app.main([sys.argv[2]]))
    else:
        dialogs.ask_recover = lambda *_a: "recover"
        QTimer.singleShot(300, report_and_quit)
        sys.exit(app.main([]))
