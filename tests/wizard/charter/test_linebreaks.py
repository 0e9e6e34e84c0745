"""Memoized line breaking changes nothing: the same plan gives the same PDF bytes with
and without it (rendering is deterministic), for every sample plan, final and draft."""

from __future__ import annotations

import pytest

from wizard import presets
from wizard.charter import linebreaks, render_charter
from wizard.content import default_content

CONTENT = default_content()
NAMES = [p.name for p in presets.available(CONTENT) if p.name != "blank"]  # blank: new id each load


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("draft", [False, True])
def test_same_bytes_with_and_without_memo(name, draft):
    plan = presets.load(CONTENT, name)
    with_memo = render_charter(plan, CONTENT, draft=draft)
    linebreaks.uninstall()
    try:
        without = render_charter(plan, CONTENT, draft=draft)
    finally:
        linebreaks.install()
    assert with_memo == without
