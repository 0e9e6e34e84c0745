"""No id or field path on any page of the window, for every preset and a blank plan:
the visible texts of labels, buttons, combo items, table cells and headers, list items,
group titles and placeholders, and every tooltip (shown or not)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from tests.textscan import leaks
from wizard import presets
from wizard.content import default_content
from wizard.steps import Step

NAMES = ["blank", *[p.name for p in presets.available(default_content()) if p.name != "blank"]]


def visible_texts(page: QWidget) -> list[str]:
    out: list[str] = []
    for w in page.findChildren(QWidget):
        if w.toolTip():
            out.append(w.toolTip())
        if not w.isVisibleTo(page):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())  # typed text is the user's own
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(w.count())]
        elif isinstance(w, QTableView):  # a record table's cells are its model's, not widgets
            m = w.model()
            for c in range(m.columnCount()):
                out.append(str(m.headerData(c, Qt.Orientation.Horizontal) or ""))
            for r in range(m.rowCount()):
                out.append(str(m.headerData(r, Qt.Orientation.Vertical) or ""))
                for c in range(m.columnCount()):
                    idx = m.index(r, c)
                    typed = hasattr(m, "column") and m.column(c).kind in ("text", "list")  # the user's own
                    if not typed:
                        out.append(str(idx.data() or ""))
                    out += [str(idx.data(Qt.ItemDataRole.ToolTipRole) or ""),
                            str(idx.data(Qt.ItemDataRole.AccessibleTextRole) or "") if not typed else ""]
        elif isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                it = stack.pop()
                out += [it.text(c) for c in range(w.columnCount())] + [it.toolTip(0)]
                stack += [it.child(i) for i in range(it.childCount())]
    return [t for t in out if t]


@pytest.mark.parametrize("name", NAMES)
def test_no_page_shows_an_id_or_a_path(make_window, name):
    w = make_window(name)
    bad: list[str] = []
    seen = 0
    for step in Step:
        w.go_to(step)
        QApplication.processEvents()
        page = w.pages[step]
        page.ensure_built()
        page.refresh()
        QApplication.processEvents()
        texts = visible_texts(page)
        seen += len(texts)
        user_text = {t for t in texts if t in _typed(w)}
        for t in texts:
            if t in user_text:
                continue
            found = leaks(t)
            if found:
                bad.append(f"{step.name}: {found} in {t[:140]!r}")
    assert seen > 200
    assert not bad, "\n".join(bad[:12])


def _typed(w) -> set[str]:
    """Everything the plan holds as text typed by a person (names, notes): shown as typed."""
    out: set[str] = set()

    def walk(v):
        if isinstance(v, str):
            out.add(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(w.doc.plan.model_dump(mode="json"))
    return out
