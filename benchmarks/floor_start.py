"""The cold-start floor for ``benchmarks/run.py``: what any PySide6 + pydantic + PyYAML
program pays before its first paint. Imports the three, shows an empty QWizard,
waits for its first paint, exits 0 — the same way ``coresponse-wizard
--exit-after-start`` does.

"Imports pydantic" means pydantic ready to use: ``import pydantic`` alone loads its
lazy package and not ``BaseModel``, which any program that validates anything loads.
"""

from __future__ import annotations

import sys

import yaml  # noqa: F401
from pydantic import BaseModel, ValidationError  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard


class _Painted(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False


def main() -> int:
    app = QApplication([sys.argv[0]])
    wizard = QWizard()
    wizard.resize(1280, 800)
    watch = _Painted(wizard)
    wizard.installEventFilter(watch)
    wizard.show()
    QTimer.singleShot(10_000, app.quit)  # never hang a benchmark
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
