"""Cold start: the window's first paint (menus, step list, start page in the chosen
language) comes before the content is validated and before any plan model exists; what
needs the content earlier gets it at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ui.main_window import MainWindow
from wizard import i18n, start_texts
from wizard.content import default_content

ROOT = Path(__file__).resolve().parents[2]

_DRIVER = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from ui import main_window as mw

HEAVY = ("wizard.content", "wizard.plan", "wizard.presets", "ui.document", "pydantic", "pydantic_core")
seen = {}


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, mw.MainWindow) and "paint" not in seen:
            page = obj.start_page
            seen["paint"] = sorted(m for m in HEAVY if m in sys.modules)
            seen["content_ready_at_paint"] = obj.content_ready()
            seen["menus"] = [a.text() for a in obj.menuBar().actions()]
            seen["presets_at_paint"] = [page.presets.item(i).text() for i in range(page.presets.count())]
            seen["intro_at_paint"] = page.intro.text()
        return False


watch = FirstPaint()
app.installEventFilter(watch)


def poll():
    wins = [w for w in app.topLevelWidgets() if isinstance(w, mw.MainWindow)]
    if wins and wins[0].workspace_ready():
        w = wins[0]
        from wizard import start_texts

        page = w.start_page
        seen["validated"] = [f"{p.title}\n{p.description}" for p in start_texts.of_content(w.content).presets]
        seen["intro_validated"] = w.content.charter.introduction.strip()
        seen["presets_after"] = [page.presets.item(i).text() for i in range(page.presets.count())]
        seen["start_page_shown"] = w.stack.currentWidget() is page
        app.quit()
    else:
        QTimer.singleShot(10, poll)


QTimer.singleShot(0, poll)
QTimer.singleShot(30_000, app.quit)
from ui.app import main

main(sys.argv[1:])
print(json.dumps(seen))
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_first_paint_comes_before_the_content_and_the_plan_models(tmp_path, lang):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-c", _DRIVER, "--lang", lang], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.strip().splitlines()[-1])
    assert seen["paint"] == [], f"imported before the first paint: {seen['paint']}"
    assert seen["content_ready_at_paint"] is False
    assert len(seen["menus"]) == 6  # File, Edit, Go, View, Tools, Help
    # the start page painted first already says what the validated content says
    assert seen["presets_at_paint"] == seen["validated"] == seen["presets_after"]
    assert seen["intro_at_paint"] == seen["intro_validated"]
    assert seen["start_page_shown"] is True
    blank = start_texts.blank(lang)
    assert seen["presets_at_paint"][0] == f"{blank.title}\n{blank.description}"
    if lang == "es":
        assert seen["menus"][0] == "&Archivo"
        assert blank.title != start_texts.BLANK_TITLE


def _forget(w: MainWindow) -> None:
    if w.workspace_ready():
        w.flush_edits()
        w.doc._set_dirty(False)


@pytest.fixture
def cold(qtbot, settings):
    def make() -> MainWindow:
        w = MainWindow(None, settings)
        qtbot.addWidget(w, before_close_func=_forget)
        w.resize(1280, 720)
        return w

    return make


def _row(page, name: str) -> int:
    names = [page.presets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.presets.count())]
    return names.index(name)


def test_a_preset_chosen_before_the_content_is_loaded_is_served(cold, qtbot):
    w = cold()
    w.show()  # shown, not yet painted: the content comes after the first paint
    assert not w.content_ready() and not w.workspace_ready()
    page = w.start_page
    page.presets.setCurrentRow(_row(page, "large-city"))
    page.presets.setFocus()
    qtbot.keyClick(page.presets, Qt.Key.Key_Return)  # activates the item, as a double-click does
    assert w.content_ready() and w.workspace_ready()
    assert w.stack.currentWidget() is w.workspace
    assert w.doc.plan.agency.sworn_officers == 1480
    qtbot.wait(50)  # the first paint's own follow-up runs too, and changes nothing
    assert w.stack.currentWidget() is w.workspace and w.doc.plan.agency.sworn_officers == 1480
    assert w.content is default_content()


def test_start_button_before_the_content_is_loaded(cold, qtbot):
    w = cold()
    w.show()
    page = w.start_page
    page.presets.setCurrentRow(_row(page, "rural-sheriff"))
    start = next(b for b in page.findChildren(QPushButton) if b.objectName() == "primary")
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.workspace
    assert w.doc.plan.agency.sworn_officers == 25


def test_the_content_loads_after_the_first_paint_and_the_texts_stay(cold, qtbot):
    w = cold()
    page = w.start_page
    before = [page.presets.item(i).text() for i in range(page.presets.count())]
    first_item = page.presets.item(0)
    w.show()
    qtbot.waitUntil(w.workspace_ready, timeout=20_000)
    assert w.content_ready()
    assert page.texts == start_texts.of_content(w.content)
    assert [page.presets.item(i).text() for i in range(page.presets.count())] == before
    assert page.presets.item(0) is first_item  # the same texts: the list was not rebuilt
    assert w.stack.currentWidget() is page


def test_spanish_start_page_before_the_content(cold, qtbot):
    i18n.set_language("es")
    w = cold()
    page = w.start_page
    assert not w.content_ready()
    assert page.presets.item(0).text().split("\n")[0] == start_texts.blank("es").title
    w.show()
    qtbot.waitUntil(w.workspace_ready, timeout=20_000)
    assert w.content.lang == "es"
    assert page.texts == start_texts.of_content(w.content)


def test_unreadable_start_texts_fall_back_to_the_validated_content(cold, monkeypatch):
    def unreadable(_lang=None):
        raise start_texts.Unreadable("presets.yaml: not a mapping")

    monkeypatch.setattr(start_texts, "read_default", unreadable)
    w = cold()
    assert w.content_ready()
    assert w.start_page.texts == start_texts.of_content(default_content())


def test_closed_before_the_content_loaded_loads_nothing(cold, qtbot):
    w = cold()
    w.show()
    w.close()
    qtbot.wait(50)
    assert not w.content_ready() and not w.workspace_ready()


def test_other_texts_keep_the_chosen_preset(cold):
    w = cold()
    page = w.start_page
    page.presets.setCurrentRow(_row(page, "mid-city"))
    texts = page.texts
    reworded = start_texts.StartTexts("Another introduction.",
                                      tuple(start_texts.PresetText(p.name, p.title + " (pack)", p.description)
                                            for p in texts.presets), texts.lang)
    page.show_texts(reworded)
    assert page.intro.text() == "Another introduction."
    assert page.presets.currentItem().data(Qt.ItemDataRole.UserRole) == "mid-city"
    assert page.presets.currentItem().text().split("\n")[0].endswith(" (pack)")
    page.show_texts(start_texts.StartTexts("Only blank.", texts.presets[:1], texts.lang))
    assert page.presets.currentRow() == 0 and page.presets.count() == 1
