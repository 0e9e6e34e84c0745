"""Every page rendered at 1280×720 (and at zoom 1.6) to PNG, for people to look at.

Set SCREENSHOT_DIR to keep the images; otherwise they go to the test's temp folder.
The test also fails when a page is wider than the window (something would be clipped).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from wizard.steps import Step


@pytest.mark.parametrize("preset, zoom", [("blank", 1.0), ("large-city", 1.0), ("mid-city", 1.6)])
def test_render_every_page(make_window, tmp_path, preset, zoom):
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    w = make_window(preset)
    w.set_zoom(zoom)
    try:
        for step in Step:
            w.go_to(step)
            QApplication.processEvents()
            page = w.pages[step]
            img = w.grab()
            assert not img.isNull()
            name = f"{preset}-z{zoom:g}-{step.value + 1:02d}-{step.name}"
            img.save(str(out / f"{name}.png"))
            bar = page.scroll.verticalScrollBar()
            if bar.maximum() > 0:
                bar.setValue(bar.maximum() // 2)
                QApplication.processEvents()
                w.grab().save(str(out / f"{name}-middle.png"))
                bar.setValue(0)
            viewport = page.scroll.viewport().width()
            assert page.body.width() <= viewport + 1, f"{step.name} is wider than the window at zoom {zoom}"
    finally:
        w.set_zoom(1.0)
