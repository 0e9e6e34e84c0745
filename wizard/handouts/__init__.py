"""Workshop handouts typeset like the charter: the blank worksheet and the plan comparison.

Pure functions of content (and plans) to facts, typeset by Typst templates in
resources/templates (see :mod:`wizard.typeset`); never imports Qt.
"""

from __future__ import annotations

from wizard.handouts.comparison import compare_rows, comparison_facts, render_comparison
from wizard.handouts.worksheet import render_worksheet, worksheet_facts

__all__ = ["compare_rows", "comparison_facts", "render_comparison", "render_worksheet", "worksheet_facts"]
