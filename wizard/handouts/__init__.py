"""Workshop handouts typeset like the charter: the blank worksheet and the plan comparison.

Pure functions of content (and plans) to PDF bytes, on reportlab; never imports Qt.
"""

from __future__ import annotations

from wizard.handouts.comparison import compare_rows, render_comparison
from wizard.handouts.worksheet import render_worksheet

__all__ = ["compare_rows", "render_comparison", "render_worksheet"]
