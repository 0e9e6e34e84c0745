"""Number fields of approximate plan fields take "600+", "about 2400", "4-5" (wizard.approx)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox

from tests.ui.pagetools import enter, named, open_step
from wizard.approx import Approx
from wizard.steps import Step


def test_calls_a_year_take_an_estimate_and_show_it_in_words(window, qtbot):
    page = open_step(window, Step.agency)
    spin = named(page, "Annual calls for service", QAbstractSpinBox)
    enter(qtbot, spin, "about 52000")
    assert window.doc.plan.agency.annual_calls_for_service == Approx.about(52_000)
    assert spin.text() == "about 52,000"
    bh = named(page, "Behavioral-health calls a year (estimate)", QAbstractSpinBox)
    enter(qtbot, bh, "600+")
    assert window.doc.plan.agency.bh_calls_per_year == Approx.at_least(600)
    assert bh.text() == "at least 600"
    enter(qtbot, bh, "4800")  # an exact figure again
    assert window.doc.plan.agency.bh_calls_per_year == 4800
    assert not isinstance(window.doc.plan.agency.bh_calls_per_year, Approx)


def test_a_field_that_is_not_approximate_refuses_the_forms(window, qtbot):
    page = open_step(window, Step.agency)
    spin = named(page, "Square miles", QAbstractSpinBox)
    enter(qtbot, spin, "about 40")  # the letters are refused as they are typed; the digits stay
    assert "about" not in spin.text()
    assert window.doc.plan.agency.square_miles == 40 and not isinstance(window.doc.plan.agency.square_miles, Approx)


def test_a_funding_amount_takes_an_estimate_in_its_table_cell(window, qtbot):
    """mid-city's first funding source, year 1: 'about 250000' is kept as about $250,000."""
    page = open_step(window, Step.funding)
    from tests.ui.pagetools import cell, cell_text

    spin = cell(qtbot, page.sources, 0, "amounts[0]")
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "about 250000")
    qtbot.waitUntil(lambda: window.doc.plan.funding.sources[0].amounts[0] == Approx.about(250_000))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.doc.plan.funding.sources[0].amounts[0] == Approx.about(250_000)
    assert cell_text(page.sources, 0, "amounts[0]") == "about $250,000"  # the "$" not glued to the words
