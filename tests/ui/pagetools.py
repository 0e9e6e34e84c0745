"""Small helpers for page tests: find a page's widgets the way a screen reader does."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow
from wizard.steps import Step


def open_step(w: MainWindow, step: Step):
    """Go to ``step`` in an active window (focus and key events need one)."""
    w.activateWindow()
    w.go_to(step)
    QApplication.processEvents()
    page = w.pages[step]
    page.ensure_built()
    return page


def named(parent: QWidget, name: str, cls: type = QWidget):
    """The one widget of ``cls`` under ``parent`` whose accessible name is ``name``."""
    hits = [x for x in parent.findChildren(cls) if x.accessibleName() == name]
    assert hits, f"no {cls.__name__} named {name!r}"
    assert len(hits) == 1, f"{len(hits)} widgets named {name!r}"
    return hits[0]


def cell(table, row: int, attr: str):
    """The editor widget of one RecordTable cell (the inner check box for bool cells)."""
    ci = [c.attr for c in table.columns].index(attr)
    w = table.table.cellWidget(row, ci)
    inner = w.property("check")
    return inner if isinstance(inner, QWidget) else w


def choose(combo, text: str) -> None:
    """Pick the item ``text`` of a combo box (a three-state yes/no, a status), as a user would."""
    idx = combo.findText(text)
    assert idx >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(idx)
