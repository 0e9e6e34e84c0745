"""Opening a signed FINAL charter shows it exactly as it was signed (issue 14, defect 2).

Nothing on opening or on building and showing a page may touch the plan: the
fingerprint stays the signed one, every signature stays valid and the window is not
unsaved. Amendment is explicit: the first edit starts revision n+1.
"""

from __future__ import annotations

import pytest
from factories import ready_plan
from PySide6.QtWidgets import QApplication

from tests.wizard.charter.helpers import sign_all
from wizard import presets, signing
from wizard.charter import render_charter
from wizard.content import default_content
from wizard.steps import Step


@pytest.fixture(params=["mid-city", "large-city", "ready"])
def signed_charter(tmp_path, request):
    base = ready_plan() if request.param == "ready" else presets.new_plan(default_content(), request.param)
    plan = sign_all(base)
    assert plan.signoff.signatories and signing.statuses(plan)
    assert all(st.state is signing.SignatureState.valid for st in signing.statuses(plan)
               if st.signatory.name.strip())
    out = tmp_path / "signed-charter.pdf"
    out.write_bytes(render_charter(plan, default_content(), draft=False))
    return out, plan


def test_opening_a_signed_charter_and_visiting_every_page_changes_nothing(make_window, signed_charter, qtbot):
    path, plan = signed_charter
    fp = signing.fingerprint(plan)
    w = make_window(None)
    assert w.open_file(path)
    assert signing.fingerprint(w.doc.plan) == fp
    assert w.doc.plan.metadata.revision == plan.metadata.revision
    for step in Step:
        w.go_to(step)
        w.pages[step].ensure_built()
        QApplication.processEvents()
        qtbot.wait(5)
    w.flush_edits()
    qtbot.wait(100)  # findings re-run, live refreshes, text commit pauses
    QApplication.processEvents()
    assert signing.fingerprint(w.doc.plan) == fp
    assert not w.doc.dirty and not w.isWindowModified()
    states = [st.state for st in signing.statuses(w.doc.plan) if st.signatory.name.strip()]
    assert states and all(s is signing.SignatureState.valid for s in states)
    assert w.doc.plan.model_dump(exclude={"metadata"}) == plan.model_dump(exclude={"metadata"})


def test_the_first_edit_of_an_opened_charter_starts_the_next_revision(make_window, signed_charter, qtbot):
    path, plan = signed_charter
    w = make_window(None)
    assert w.open_file(path)
    assert not w.doc.dirty
    w.doc.set("agency.jurisdiction", "Somewhere else")
    assert w.doc.plan.metadata.revision == plan.metadata.revision + 1
    assert w.doc.dirty
    assert signing.must_resign(w.doc.plan)
    w.doc.set("agency.jurisdiction", "Somewhere else again")
    assert w.doc.plan.metadata.revision == plan.metadata.revision + 1  # once per opening, not per edit
