"""The stylesheet (resources/style.qss) filled in for the current zoom level."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.3)


def _template() -> str:
    return resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8")


def base_point_size() -> float:
    """The system's UI font size, never below 10 pt (readable at a distance).

    Remembered on the application the first time: zooming changes the app font, so a
    window opened later (another content pack) must not take the zoomed size as base.
    """
    app = QApplication.instance()
    cached = app.property("coresponseBasePt") if app is not None else None
    if cached:
        return float(cached)
    size = app.font().pointSizeF() if app is not None else 10.0
    base = max(10.0, size if size > 0 else 10.0)
    if app is not None:
        app.setProperty("coresponseBasePt", base)
    return base


def apply(app: QApplication, zoom: float, base: float) -> None:
    pt = base * zoom
    font = QFont(app.font())
    font.setPointSizeF(pt)
    app.setFont(font)
    sizes = {"base": f"{pt:.1f}", "h1": f"{pt * 1.5:.1f}", "h2": f"{pt * 1.2:.1f}", "small": f"{pt * 0.92:.1f}"}
    sizes["icons"] = str(resources.files("resources").joinpath("icons")).replace("\\", "/")
    qss = _template()
    for k, v in sizes.items():
        qss = qss.replace("{" + k + "}", v)
    app.setStyleSheet(qss)
