"""The export path does its work once: one Typst compile for a charter (the template
settles table row spacing itself), and the imports a plain export does not need stay out."""

from __future__ import annotations

import pytest

from wizard import presets, typeset
from wizard.charter import render_result as render
from wizard.charter.render import stranded, table_rows
from wizard.content import default_content


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.mark.parametrize("name", ["mid-city", "large-city"])
def test_stranded_rows_are_settled_inside_one_compile(content, name, monkeypatch):
    """These presets each have a table whose last row would stand alone on a page with the
    normal spacing (mid-city: tighter rows fix it; large-city: tighter is not enough, looser is)."""
    calls = []
    real = typeset.typeset_with_warnings

    def counted(*args, **kw):
        kw["labels"] = [*kw.get("labels", ()), "tbl-at"]
        result = real(*args, **kw)
        calls.append(result)
        return result

    monkeypatch.setattr(typeset, "typeset_with_warnings", counted)
    result = render(presets.load(content, name), content)
    assert len(calls) == 1
    found = calls[0].found
    assert not calls[0].warnings, calls[0].warnings  # the layout passes converged
    rows = table_rows(found["tbl-rows"])
    assert stranded(rows) == []
    assert len(rows) == len(found["tbl-at"]) > 50
    changed = {m["spacing"] for m in found["tbl-at"]} - {"normal"}
    assert changed == ({"tight"} if name == "mid-city" else {"loose"})
    assert result.pages > 12


def test_stranded_rule():
    rows = [{"table": "a", "page": p} for p in (3, 3, 3, 4)] + [{"table": "b", "page": p} for p in (4, 4, 5, 5)]
    assert stranded(rows) == ["a"]
    assert stranded([{"table": "a", "page": p} for p in (3, 4)]) == []  # two rows: not a long table
