"""Implausible huge values get a visible warning instead of a silent cap; a YAML
file that is not a plan says so (issue 14, defect 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox

from tests.ui.pagetools import named, open_step
from ui import dialogs
from ui.fields import field_limits
from wizard.plan import ProgramPlan
from wizard.steps import Step


def test_field_limits_come_from_the_plan_model():
    assert field_limits(ProgramPlan, "agency.square_miles") == (0, 1_000_000)
    assert field_limits(ProgramPlan, "staffing.clinicians[0].fte") == (0, 50)
    assert field_limits(ProgramPlan, "agency.name") == (None, None)


def test_a_huge_number_is_refused_out_loud_and_kept_on_screen(window, qtbot):
    page = open_step(window, Step.agency)
    spin = named(page, "Square miles", QAbstractSpinBox)
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "999999999999")
    assert spin.value() == 999_999_999_999  # what the user typed, not 999,999
    # The plan never takes the refused value (while typing it held the last plausible prefix).
    assert window.doc.plan.agency.square_miles <= 1_000_000
    binding = page.binder.bindings["agency.square_miles"]
    assert binding.error.isVisibleTo(page)
    assert "at most 1,000,000" in binding.error.text() and "999,999,999,999" in binding.error.text()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "52")
    assert window.doc.plan.agency.square_miles == 52 and not binding.error.isVisibleTo(page)


def test_opening_a_yaml_file_that_is_not_a_plan(window, tmp_path, monkeypatch):
    other = tmp_path / "settings.yaml"
    other.write_text("theme: dark\nfont_size: 12\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, msg: shown.append(msg))
    assert not window.open_file(other)
    assert len(shown) == 1 and str(other) in shown[0]
    assert "is not a co-response plan: it has no 'metadata' section" in shown[0]
