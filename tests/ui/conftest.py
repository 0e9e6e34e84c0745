"""The main window, built with isolated settings and a temporary recovery folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.main_window import MainWindow
from wizard.content import default_content


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # recovery files go to a temp dir
    w = MainWindow(default_content(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.new_plan("mid-city")
    return w
