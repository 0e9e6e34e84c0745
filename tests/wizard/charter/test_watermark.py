"""The diagonal DRAFT watermark: asked for, blockers, missing or void required signatures."""

from __future__ import annotations

import pytest
from factories import ready_plan

from wizard import checks
from wizard.charter import charter_status
from wizard.charter import render_result as render
from wizard.content import default_content
from wizard.plan import Signatory, SignatoryRole

from .helpers import flat, page_texts, sign_all, watermarked_pages


@pytest.fixture(scope="module")
def content():
    return default_content()


def test_ready_and_signed_charter_is_final_without_watermark(content):
    plan = sign_all(ready_plan())
    assert not checks.blockers(checks.run_checks(plan, content))
    result = render(plan, content)
    assert result.status.final and result.status.label == "FINAL"
    assert not any(watermarked_pages(result.pdf))
    texts = page_texts(result.pdf)
    assert all("DRAFT" not in t for t in texts)
    assert all("FINAL" in t for t in texts)


def test_draft_flag_watermarks_every_page(content):
    result = render(sign_all(ready_plan()), content, draft=True)
    assert all(watermarked_pages(result.pdf))
    assert "exported as a draft" in flat(page_texts(result.pdf)[0]).lower()


def test_missing_signature_watermarks(content):
    plan = ready_plan()
    plan = sign_all(plan)
    plan.signoff.signatories[1].signature = None
    result = render(plan, content)
    assert all(watermarked_pages(result.pdf))
    assert "a required signature is missing or void" in flat(page_texts(result.pdf)[0]).lower()


def test_missing_required_role_watermarks(content):
    plan = ready_plan()
    plan.signoff.signatories = [plan.signoff.signatories[0]]
    plan = sign_all(plan)
    assert all(watermarked_pages(render(plan, content).pdf))


def test_void_signature_watermarks_and_says_must_re_sign(content):
    plan = sign_all(ready_plan())
    plan.staffing.training_plan += " Amended after signing."
    result = render(plan, content)
    assert all(watermarked_pages(result.pdf))
    assert "signature void — must re-sign" in flat(" ".join(page_texts(result.pdf)))


def test_blocker_watermarks_even_when_signed(content):
    plan = ready_plan()
    plan.coverage.safety_protocol = ""
    plan = sign_all(plan)
    status = charter_status(plan, content)
    assert not status.final and any("blocker" in r for r in status.reasons)
    assert all(watermarked_pages(render(plan, content).pdf))


def test_optional_unsigned_signatory_does_not_watermark(content):
    plan = sign_all(ready_plan())
    plan.signoff.signatories.append(Signatory(role=SignatoryRole.program_coordinator, name="Pat Doe"))
    plan = sign_all(plan)  # re-sign: adding a signatory changed the fingerprint
    plan.signoff.signatories[2].signature = None
    result = render(plan, content)
    assert result.status.final
    assert not any(watermarked_pages(result.pdf))
