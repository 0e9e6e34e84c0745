"""Number fields of approximate plan fields take the Spanish forms too ("alrededor de 52000",
"al menos 600", "entre 500 y 700"), whatever the window's language: typing is never refused
half-way through the words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox

from tests.ui.pagetools import enter, named, open_step
from wizard.approx import Approx
from wizard.steps import Step


@pytest.mark.parametrize("typed, value", [
    ("alrededor de 52000", Approx.about(52_000)),
    ("al menos 600", Approx.at_least(600)),
    ("mas de 600", Approx.at_least(600)),  # keyClicks types ASCII only; accents: see validate() below
    ("entre 500 y 700", Approx.between(500, 700)),
    ("menos de 900", Approx.at_most(900)),
])
def test_spanish_estimates_are_kept(window, qtbot, typed, value):
    page = open_step(window, Step.agency)
    bh = named(page, "Behavioral-health calls a year (estimate)", QAbstractSpinBox)
    enter(qtbot, bh, typed)
    assert window.doc.plan.agency.bh_calls_per_year == value


def test_half_typed_spanish_words_are_intermediate_not_refused(window):
    page = open_step(window, Step.agency)
    bh = named(page, "Behavioral-health calls a year (estimate)", QAbstractSpinBox)
    for half in ("al men", "alrededor d", "entre 500 y", "como máx", "más de 6", "mas de 6", "de 500 a"):
        assert bh.validate(half, len(half))[0] in (QValidator.State.Intermediate, QValidator.State.Acceptable), half
    assert bh.validate("hola", 4)[0] is QValidator.State.Invalid
