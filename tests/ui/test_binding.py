"""ui/binding.py alone: form fields bound to plan fields through the one registry of field
kinds (ui/fields.py) that the table cells use too; limits from the plan model; a refused
value kept on screen with its reason; typing by keyboard."""

from __future__ import annotations

import pytest
from factories import ready_plan
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QWidget

from tests.ui.pagetools import type_into
from ui.binding import Binder, Form, KindBinding
from ui.document import PlanDocument
from ui.fields import KINDS, field_limits
from wizard.content import default_content
from wizard.plan import ProgramPlan, ProgramStage


@pytest.fixture
def form(qtbot):
    doc = PlanDocument(default_content(), ready_plan())
    holder = QWidget()
    qtbot.addWidget(holder)
    binder = Binder(doc, holder)
    f = Form(binder, QFormLayout(holder))
    holder.show()
    holder.activateWindow()
    f.holder = holder  # the fields' window lives as long as the test
    return f


def test_form_fields_use_the_registry_of_kinds(form):
    form.integer("agency.sworn_officers", "Sworn officers", optional=True)
    form.number("agency.square_miles", "Square miles", optional=True, decimals=0)
    form.percent("funding.indirect_rate", "Indirect rate")
    kinds = {p: b.spec.kind for p, b in form.binder.bindings.items() if isinstance(b, KindBinding)}
    assert kinds == {"agency.sworn_officers": "int", "agency.square_miles": "float", "funding.indirect_rate": "percent"}
    for b in form.binder.bindings.values():
        assert b.kind is KINDS[b.spec.kind]


def test_limits_come_from_the_plan_model_and_a_bigger_number_is_refused_in_words(form, qtbot):
    assert field_limits(ProgramPlan, "agency.square_miles") == (0, 1_000_000)
    spin = form.number("agency.square_miles", "Square miles", maximum=50_000_000, optional=True, decimals=0)
    doc = form.binder.doc
    type_into(qtbot, spin, "999999999999")
    b = form.binder.bindings["agency.square_miles"]
    assert "is more than this field allows: at most 1,000,000" in b.error.text()
    assert spin.value() == 999_999_999_999  # what was typed stays, marked
    assert spin.property("invalid") is True
    assert doc.plan.agency.square_miles == 999_999  # the last value typed that it took, as the message says
    type_into(qtbot, spin, "640")
    assert doc.plan.agency.square_miles == 640 and b.error.isHidden()


def test_an_optional_number_shows_a_dash_for_not_known(form, qtbot):
    spin = form.integer("agency.sworn_officers", "Sworn officers", optional=True)
    doc = form.binder.doc
    doc.set("agency.sworn_officers", None)
    assert spin.text() == "—"
    type_into(qtbot, spin, "140")
    assert doc.plan.agency.sworn_officers == 140
    doc.set("agency.sworn_officers", None)  # a change from elsewhere (undo) shows again
    assert spin.text() == "—"


def test_a_rate_is_typed_as_a_percent(form, qtbot):
    spin = form.percent("funding.indirect_rate", "Indirect rate")
    doc = form.binder.doc
    type_into(qtbot, spin, "12.5")
    assert doc.plan.funding.indirect_rate == pytest.approx(0.125)
    doc.set("funding.indirect_rate", 0.1)
    assert spin.text() == "10.0 %"


def test_combo_and_date_fields(form, qtbot):
    combo = form.combo("metadata.stage", "Stage", [(None, "Not decided yet"), *((s, s.value) for s in ProgramStage)])
    doc = form.binder.doc
    combo.setCurrentIndex(0)
    assert doc.plan.metadata.stage is None  # "not decided" is not a stage
    combo.setCurrentIndex(2)
    assert doc.plan.metadata.stage is list(ProgramStage)[1]
    date = form.date("funding.sources[0].end_date", "Ends")
    date.setFocus()
    date.lineEdit().selectAll()
    qtbot.keyClicks(date, "2031-06-30")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert date.date() == QDate(2031, 6, 30)
    assert str(doc.plan.funding.sources[0].end_date) == "2031-06-30"


def test_focus_finds_the_field_of_a_path(form):
    spin = form.integer("agency.sworn_officers", "Sworn officers", optional=True)
    assert form.binder.widget_for("agency.sworn_officers") is spin
    assert form.binder.focus("agency.sworn_officers")
    assert spin.hasFocus()
