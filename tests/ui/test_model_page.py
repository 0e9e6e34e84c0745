"""The model page: four model cards, primary and complementary choice, the live
recommendation with its reasons, the rationale and the response tiers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from tests.ui.pagetools import named, open_step, tick_cell, type_cell
from wizard.plan import Geography, ModelId
from wizard.steps import Step


def card_texts(card) -> str:
    return " ".join(x.text() for x in card.findChildren(QLabel))


def test_four_cards_show_the_content(make_window):
    w = make_window("blank")
    page = open_step(w, Step.model)
    assert list(page.cards) == list(ModelId)
    for info in w.content.models:
        card = page.cards[info.id]
        text = card_texts(card)
        assert info.name in text and info.summary in text
        for item in (*info.strengths, *info.tradeoffs, *info.fits_when):
            assert item.replace("'", "&#x27;") in text or item in text
        # Staffing implications on demand.
        assert card.implications.isHidden()
        card.more.click()
        assert not card.implications.isHidden() and card.implications.text() == info.staffing_implications


def test_primary_and_complementary_choice(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.model)
    cards = page.cards
    cards[ModelId.call_out].primary.click()
    assert w.doc.plan.program_model.primary is ModelId.call_out
    cards[ModelId.follow_up].complementary.click()
    cards[ModelId.embedded].complementary.click()
    assert w.doc.plan.program_model.complementary == [ModelId.embedded, ModelId.follow_up]
    qtbot.waitUntil(lambda: not cards[ModelId.call_out].complementary.isEnabled())

    # Making a complementary model primary takes it off the complementary list (the plan
    # refuses a model in both places) instead of failing.
    cards[ModelId.embedded].primary.click()
    pm = w.doc.plan.program_model
    assert pm.primary is ModelId.embedded and pm.complementary == [ModelId.follow_up]
    qtbot.waitUntil(lambda: not cards[ModelId.embedded].complementary.isChecked())
    assert not cards[ModelId.embedded].complementary.isEnabled()
    assert cards[ModelId.call_out].complementary.isEnabled()
    assert cards[ModelId.embedded].property("chosen") is True

    page.clear_button.click()
    assert w.doc.plan.program_model.primary is None and w.doc.plan.program_model.complementary == []
    qtbot.waitUntil(lambda: not any(c.primary.isChecked() for c in cards.values()))


def test_primary_can_be_chosen_with_the_keyboard(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.model)
    radio = page.cards[ModelId.follow_up].primary
    radio.setFocus()
    qtbot.waitUntil(radio.hasFocus)
    qtbot.keyClick(radio, Qt.Key.Key_Space)
    assert w.doc.plan.program_model.primary is ModelId.follow_up
    box = page.cards[ModelId.mobile_crisis].complementary
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert w.doc.plan.program_model.complementary == [ModelId.mobile_crisis]


def test_recommendation_is_live_and_can_be_applied(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.model)
    assert "Not enough" in page.rec_title.text()
    assert "behavioral-health calls" in page.rec_missing.text()
    assert page.profile_button.isVisible() and not page.apply_button.isEnabled()

    # The profile changes (as on the agency page): the panel follows at once.
    w.doc.set("agency.sworn_officers", 1200)
    w.doc.set("agency.bh_calls_per_year", 9000)
    w.doc.set("agency.geography", Geography.urban)
    qtbot.waitUntil(lambda: "Embedded" in page.rec_title.text())
    assert "9,000 behavioral-health calls a year" in page.rec_reasons.text()
    assert page.rec_missing.isHidden()
    assert page.cards[ModelId.embedded].badge.text() == "Recommended primary"
    assert page.cards[ModelId.follow_up].badge.text() == "Recommended complement"

    page.apply_button.click()
    pm = w.doc.plan.program_model
    assert pm.primary is ModelId.embedded and pm.complementary == [ModelId.follow_up]
    qtbot.waitUntil(lambda: "follows the recommendation" in page.rec_status.text())
    assert not page.apply_button.isEnabled()
    page.cards[ModelId.call_out].primary.click()
    qtbot.waitUntil(lambda: "differs" in page.rec_status.text())


def test_rationale_and_response_tiers(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.model)
    named(page, "Rationale", QPlainTextEdit).setPlainText("Dense city, many calls.")
    page.flush()
    assert w.doc.plan.program_model.rationale == "Dense city, many calls."

    page.tiers.add_button.click()
    page.tiers.add_button.click()
    type_cell(qtbot, page.tiers, 0, "name", "988 line")
    type_cell(qtbot, page.tiers, 0, "responder", "Crisis center")
    type_cell(qtbot, page.tiers, 1, "name", "Co-response")
    type_cell(qtbot, page.tiers, 1, "when", "Indicators and safety risk")
    tick_cell(qtbot, page.tiers, 1, "is_this_program")
    tiers = w.doc.plan.program_model.response_tiers
    assert [(t.name, t.is_this_program) for t in tiers] == [("988 line", False), ("Co-response", True)]
    assert tiers[0].responder == "Crisis center" and tiers[1].when == "Indicators and safety risk"


def test_choices_survive_back_and_next(make_window, qtbot):
    w = make_window("blank")
    page = open_step(w, Step.model)
    page.cards[ModelId.mobile_crisis].primary.click()
    page.cards[ModelId.follow_up].complementary.click()
    w.wizard.next()
    w.wizard.next()
    w.wizard.back()
    w.wizard.back()
    assert w.wizard.currentId() == Step.model
    qtbot.waitUntil(lambda: page.cards[ModelId.mobile_crisis].primary.isChecked())
    assert page.cards[ModelId.follow_up].complementary.isChecked()
    pm = w.doc.plan.program_model
    assert pm.primary is ModelId.mobile_crisis and pm.complementary == [ModelId.follow_up]


def test_go_to_finding_focuses_the_choice(make_window, qtbot):
    w = make_window("blank")
    w.activateWindow()
    w.go_to(Step.model, "program_model.primary")
    page = w.pages[Step.model]
    qtbot.waitUntil(lambda: page.cards[ModelId.embedded].primary.hasFocus())
