"""Workshop handouts typeset like the charter: the blank worksheet and the plan comparison.

Pure functions of content (and plans) to facts, typeset by Typst templates in
resources/templates (see :mod:`wizard.typeset`); never imports Qt.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Loaded on first use (PEP 562): `coresponse compare` need not import the worksheet's
# modules, nor the worksheet the comparison's calculators.
_WHERE = {
    "compare_rows": "comparison", "comparison_facts": "comparison", "render_comparison": "comparison",
    "render_worksheet": "worksheet", "worksheet_facts": "worksheet",
}
__all__ = ["compare_rows", "comparison_facts", "render_comparison", "render_worksheet", "worksheet_facts"]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'wizard.handouts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"wizard.handouts.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from wizard.handouts.comparison import compare_rows, comparison_facts, render_comparison
    from wizard.handouts.worksheet import render_worksheet, worksheet_facts
