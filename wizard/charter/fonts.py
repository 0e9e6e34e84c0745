"""The bundled DejaVu Sans family, registered once with reportlab.

DejaVu Sans covers Latin (including Vietnamese), Greek and Cyrillic, so names in
those scripts print with real glyphs. The files are read with ``importlib.resources``
so the charter renders from an installed wheel too.
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
BOLD_OBLIQUE = "DejaVuSans-BoldOblique"

_FILES = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
}
CHART_FACES = (FAMILY, BOLD)
"""The faces the charts (wizard.charter.graphics) set their labels in."""
_lock = threading.Lock()
_registered: set[str] = set()
_family = False


def register_fonts(faces: tuple[str, ...] = tuple(_FILES)) -> str:
    """Register ``faces`` of the family (idempotent; by default all four, with the bold and
    italic mappings platypus markup uses) and return the family's name for styles.

    Each face costs reportlab a full parse of its file (~8 ms), so the charts, which only
    measure strings, ask for :data:`CHART_FACES` alone."""
    global _family
    with _lock:
        fonts = resources.files("resources").joinpath("fonts")
        for name in faces:
            if name not in _registered:
                data = fonts.joinpath(_FILES[name]).read_bytes()
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
                _registered.add(name)
        if not _family and _registered >= set(_FILES):
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
            )
            # <b>/<i> inside Paragraph markup look the family up through these mappings.
            addMapping(FAMILY, 0, 0, FAMILY)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, OBLIQUE)
            addMapping(FAMILY, 1, 1, BOLD_OBLIQUE)
            _family = True
    return FAMILY
