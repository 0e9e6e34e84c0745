"""The window's renders run in a child process (wizard/charter/isolated.py): the same bytes as
a render here, the language passed on, the plan's own errors raised as here, and a render
that still happens when the child cannot."""

from __future__ import annotations

import pytest

from wizard import i18n, presets
from wizard.charter import isolated, render_charter
from wizard.content import default_content, load_content


def test_the_child_renders_the_same_bytes() -> None:
    content = default_content()
    plan = presets.load(content, "rural-sheriff")
    assert isolated.render_charter_isolated(plan, content, draft=True) == render_charter(plan, content, draft=True)


def test_the_child_speaks_the_window_language() -> None:
    content = load_content(None, "es")
    plan = presets.load(content, "mid-city")
    i18n.set_language("es")
    try:
        assert isolated.render_charter_isolated(plan, content) == render_charter(plan, content)
    finally:
        i18n.set_language("en")


def test_a_child_that_cannot_start_leaves_the_render_here(monkeypatch) -> None:
    def broken():
        raise OSError("no processes left")

    monkeypatch.setattr(isolated, "_pool", broken)
    content = default_content()
    plan = presets.load(content, "rural-sheriff")
    assert isolated.render_charter_isolated(plan, content) == render_charter(plan, content)


def test_children_are_replaced_so_their_memory_goes_with_them() -> None:
    content = default_content()
    plan = presets.load(content, "rural-sheriff")
    pids = set()
    for i in range(isolated.RENDERS_PER_CHILD + 1):
        plan.agency.name = f"Agency {i}"
        isolated.render_charter_isolated(plan, content, draft=True)
        pids |= {p.pid for p in isolated._pool()._processes.values()}
    assert len(pids) >= 2


@pytest.fixture(autouse=True, scope="module")
def _close_pool():
    yield
    isolated._discard_pool()
