"""Hypothesis strategies: valid plans with arbitrary text and numbers in their fields."""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st
from pydantic import ValidationError

from wizard import presets
from wizard.content import default_content
from wizard.plan import ProgramPlan

PRESETS = ("blank", "rural-sheriff", "mid-city", "large-city")
MARKUP = ["&", "<", ">", "<b>", "</para>", "&amp;", "'", '"', "\\", "${x}", "%s", "\n", "\t", "#", ": ", "- ", "*a",
          "&a", "!!python/object", "---", "...", "null", "yes", "0x1F", "1e9"]


def _walk(data: Any, path: tuple) -> list[tuple[tuple, Any]]:
    out = []
    if isinstance(data, dict):
        for k, v in data.items():
            out += _walk(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out += _walk(v, path + (i,))
    else:
        out.append((path, data))
    return out


def _set(data: Any, path: tuple, value: Any) -> None:
    for p in path[:-1]:
        data = data[p]
    data[path[-1]] = value


@cache
def base(name: str) -> tuple[dict, tuple[tuple, ...]]:
    """A preset's data and the paths of its free-text fields (any text is valid there)."""
    plan = presets.load(default_content(), name)
    data = plan.model_dump(mode="json")
    free = []
    for path, value in _walk(data, ()):
        if not isinstance(value, str) or path[:1] == ("metadata",) and path[1] != "program_name":
            continue
        trial = plan.model_dump(mode="json")
        _set(trial, path, "Free text: Smith & <Jones> 1")
        try:
            ProgramPlan.model_validate(trial)
        except ValidationError:
            continue
        if path[-1] in ("typed",):
            continue
        if path[:2] == ("agreement", "clauses") and path[-1] == "text" \
                and data["agreement"]["clauses"][path[2]]["status"] != "edited":
            continue  # kept in the plan, printed only while the clause is "edited" (else the library's words)
        free.append(path)
    return data, tuple(free)


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=80,
) | st.lists(st.sampled_from(MARKUP + ["Nguyễn", "Ωμέγα", "Жанна", "Łódź", "😀"]), max_size=6).map("".join)


@st.composite
def plans(draw, text=safe_text) -> ProgramPlan:
    name = draw(st.sampled_from(PRESETS))
    data, free = base(name)
    data = _deepcopy(data)
    if free:
        chosen = draw(st.lists(st.sampled_from(free), max_size=min(25, len(free)), unique=True))
        for path in chosen:
            _set(data, path, draw(text))
    try:
        return ProgramPlan.model_validate(data)
    except ValidationError:
        assume(False)
        raise


def _deepcopy(x: Any) -> Any:
    import copy

    return copy.deepcopy(x)
