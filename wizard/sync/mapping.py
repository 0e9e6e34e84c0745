"""How a ProgramPlan lives in a pycrdt document: a designed mapping, not a generic one.

The document has one root map, ``plan``. Each plan model is a map of its fields, and
each field is stored by its *kind*, read off the plan model itself:

- ``map``: a section or sub-section (a model that is always there) — a nested map;
  two people editing different fields of it both keep their edits.
- ``text``: long prose (the plan's ``Text`` fields, up to 100,000 characters) —
  collaborative text: two people typing in the same rationale both keep their words.
- ``records``: a list of records (budget lines, funding sources, clinicians, decisions,
  signatories, spans of the week…) — an array of maps, each with a stable ``_id`` that
  exists only here (the plan file has none). Two people adding a line both keep theirs;
  deleting a row deletes that row by its id, never whatever now sits at its index.
- ``strings``: a list of short values (ids, names, model ids) — an array; two people
  adding an entry both keep it.
- ``scalar``: a single value (a name, a number, a yes/no, a date) — a map entry: the
  last writer wins, the same one in every copy (Yjs orders concurrent writes by
  client id).
- ``atomic``: a value that only makes sense whole (an optional sub-record such as a
  signature or the patrol pattern, a row of per-year amounts, imported call counts) —
  one map entry holding its JSON; last writer wins for the whole value.

Local edits are written as the *difference* between the plan before and after the
edit: only the fields that changed are touched, text is edited by the characters that
changed, list rows are matched to the rows they were, so concurrent edits interleave.
"""

from __future__ import annotations

import difflib
import functools
import json
import types
import typing
import uuid
from typing import Any

from pycrdt import Array, Map, Text
from pydantic import BaseModel

from wizard.plan import ProgramPlan

ROOT = "plan"
ID = "_id"
TEXT_MAX = 100_000
"""The max_length of the plan's ``Text`` type: prose of this size is collaborative text."""


def _args_without_none(t: Any) -> list[Any]:
    return [a for a in typing.get_args(t) if a is not type(None)]


def _unwrap(t: Any) -> Any:
    while typing.get_origin(t) is typing.Annotated:
        t = typing.get_args(t)[0]
    return t


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, BaseModel)


def _kind_of(info: Any) -> tuple[str, type[BaseModel] | None]:
    t = _unwrap(info.annotation)
    origin = typing.get_origin(t)
    if origin in (typing.Union, types.UnionType):
        inner = [_unwrap(a) for a in _args_without_none(t)]
        if any(_is_model(a) or typing.get_origin(a) in (list, dict) for a in inner):
            return "atomic", None
        return "scalar", None
    if _is_model(t):
        return "map", t
    if origin is list:
        item = _unwrap(typing.get_args(t)[0])
        if _is_model(item):
            return "records", item
        item_origin = typing.get_origin(item)
        if item_origin in (typing.Union, types.UnionType):
            item_args = [_unwrap(a) for a in _args_without_none(item)]
        else:
            item_args = [item]
        if all(isinstance(a, type) and issubclass(a, str) for a in item_args):
            return "strings", None
        return "atomic", None  # numbers per year, rows of counts: whole or nothing
    if origin is dict:
        return "atomic", None
    if t is str and any(getattr(m, "max_length", None) == TEXT_MAX for m in info.metadata):
        return "text", None
    return "scalar", None


@functools.cache
def schema(model: type[BaseModel]) -> dict[str, tuple[str, type[BaseModel] | None]]:
    """Field name → (kind, model of the nested map or of each record)."""
    return {name: _kind_of(info) for name, info in model.model_fields.items()}


def new_id() -> str:
    return uuid.uuid4().hex[:12]


# ---------------------------------------------------------------------------
# CRDT → plain data
# ---------------------------------------------------------------------------


def read_map(ymap: Map, model: type[BaseModel]) -> dict[str, Any]:
    """The plain data (as in the plan file) held in ``ymap``; fields it lacks are left
    out, so the plan model gives them their defaults."""
    out: dict[str, Any] = {}
    for name, (kind, sub) in schema(model).items():
        if name not in ymap:
            continue
        value = ymap[name]
        out[name] = _read(value, kind, sub)
    return out


def _read(value: Any, kind: str, sub: type[BaseModel] | None) -> Any:
    if kind == "map":
        return read_map(value, sub) if isinstance(value, Map) else value
    if kind == "text":
        return str(value) if isinstance(value, Text) else value
    if kind == "records":
        if not isinstance(value, Array):
            return value
        return [read_map(m, sub) if isinstance(m, Map) else m for m in value]
    if kind == "strings":
        return list(value) if isinstance(value, Array) else value
    if kind == "atomic":
        return json.loads(value) if isinstance(value, str) else value
    return _number(value)


def _number(value: Any) -> Any:
    # Yjs numbers are doubles: 3 comes back as 3.0. A whole double is given back as an
    # int so the plan file and the fingerprint never change because of the transport.
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def record_ids(ymap: Map, model: type[BaseModel], prefix: str = "") -> dict[str, str]:
    """Path of each record → its stable id (for messages and tests)."""
    out: dict[str, str] = {}
    for name, (kind, sub) in schema(model).items():
        value = ymap.get(name) if name in ymap else None
        path = f"{prefix}{name}"
        if kind == "map" and isinstance(value, Map):
            out.update(record_ids(value, sub, path + "."))
        elif kind == "records" and isinstance(value, Array):
            for i, m in enumerate(value):
                if isinstance(m, Map):
                    out[f"{path}[{i}]"] = m.get(ID, "")
                    out.update(record_ids(m, sub, f"{path}[{i}]."))
    return out


def read_plan_data(root: Map) -> dict[str, Any]:
    """The whole plan's data: one conversion of the document to Python, then the
    schema applied to it (much faster than walking the shared types one call at a time)."""
    doc = root.doc
    if doc is None:
        return from_py(root.to_py() or {}, ProgramPlan)
    with doc.transaction():  # one transaction for the whole walk (a third faster)
        return from_py(root.to_py() or {}, ProgramPlan)


def from_py(raw: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """:func:`read_map` for the output of ``Map.to_py()`` (text already a str)."""
    out: dict[str, Any] = {}
    for name, (kind, sub) in schema(model).items():
        if name not in raw:
            continue
        value = raw[name]
        if kind == "map":
            out[name] = from_py(value, sub) if isinstance(value, dict) else value
        elif kind == "records":
            out[name] = [from_py(v, sub) if isinstance(v, dict) else v for v in value] \
                if isinstance(value, list) else value
        elif kind == "atomic":
            out[name] = json.loads(value) if isinstance(value, str) else value
        elif kind == "strings":
            out[name] = list(value) if isinstance(value, list) else value
        elif kind == "text":
            out[name] = value
        else:
            out[name] = _number(value)
    return out


# ---------------------------------------------------------------------------
# plain data → CRDT (as the difference from what was there)
# ---------------------------------------------------------------------------


def same(a: Any, b: Any) -> bool:
    """Equal as plan data: 3 == 3.0, but True is not 1 and None is not 0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if (a is None) != (b is None):
        return False
    return type(a) is type(b) and a == b if not (_num(a) and _num(b)) else a == b


def _num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _prelim(value: Any, kind: str, sub: type[BaseModel] | None) -> Any:
    """A new CRDT value for plain ``value`` (records get fresh ids)."""
    if kind == "map":
        return _prelim_map(value or {}, sub)
    if kind == "text":
        return Text(value or "")
    if kind == "records":
        return Array([_prelim_map(v, sub) for v in (value or [])])
    if kind == "strings":
        return Array(list(value or []))
    if kind == "atomic":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _prelim_map(data: dict[str, Any], model: type[BaseModel] | None, record: bool = True) -> Map:
    assert model is not None
    entries: dict[str, Any] = {}
    for name, (kind, sub) in schema(model).items():
        if name in data:
            entries[name] = _prelim(data[name], kind, sub)
    if record:
        entries[ID] = new_id()
    return Map(entries)


def write_map(ymap: Map, new: dict[str, Any], old: dict[str, Any] | None, model: type[BaseModel]) -> None:
    """Make ``ymap`` hold ``new``, touching only fields where ``new`` differs from ``old``
    (the data as it was shown before the edit; None: compare with the map itself)."""
    for name, (kind, sub) in schema(model).items():
        if name not in new:
            continue
        value = new[name]
        if old is not None and name in old and same(old[name], value):
            continue
        current = ymap.get(name) if name in ymap else None
        if kind == "map":
            if isinstance(current, Map):
                below = old.get(name) if old else None
                write_map(current, value or {}, below if isinstance(below, dict) else None, sub)
            else:
                ymap[name] = _prelim_map(value or {}, sub, record=False)
        elif kind == "text":
            if isinstance(current, Text):
                write_text(current, value or "")
            else:
                ymap[name] = Text(value or "")
        elif kind == "records":
            if isinstance(current, Array):
                target = value or []
                if old is not None and isinstance(old.get(name), list):
                    there = [from_py(r, sub) if isinstance(r, dict) else {} for r in (current.to_py() or [])]
                    target = three_way(old[name], there, target)
                write_records(current, target, sub)
            else:
                ymap[name] = _prelim(value, kind, sub)
        elif kind == "strings":
            if isinstance(current, Array):
                target = list(value or [])
                if old is not None and isinstance(old.get(name), list):
                    target = three_way(old[name], list(current), target)
                write_strings(current, target)
            else:
                ymap[name] = _prelim(value, kind, sub)
        elif kind == "atomic":
            encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
            if current != encoded:
                ymap[name] = encoded
        elif current is None and name not in ymap or not same(_number(current), value):
            ymap[name] = value


def three_way(base: list[Any], there: list[Any], new: list[Any]) -> list[Any]:
    """The list ``there`` with the change from ``base`` to ``new`` applied to it.

    Normally ``base`` is ``there`` (the list shown is the list in the document) and the
    answer is ``new``. When the window shows an older list (a conflict holds it back),
    rows the document has and the window never showed are kept: only the rows the
    person really removed, changed or added are removed, changed or added."""
    if same(base, there):
        return new
    key = _row_key if any(isinstance(v, dict) for v in [*base, *there, *new]) else json.dumps
    # which row of ``there`` each row of ``base`` is
    where: dict[int, int] = {}
    for tag, i1, i2, j1, _j2 in difflib.SequenceMatcher(None, [key(v) for v in base], [key(v) for v in there],
                                                         autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                where[i1 + k] = j1 + k
    out: list[Any] = list(there)
    removed: set[int] = set()
    replaced: dict[int, Any] = {}
    after: dict[int, list[Any]] = {}  # rows added after there[i] (-1: at the start)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [key(v) for v in base], [key(v) for v in new],
                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        olds = list(range(i1, i2))
        news = new[j1:j2]
        for k, i in enumerate(olds):
            if i not in where:
                continue  # a row the document no longer has: nothing to remove or change
            if k < len(news) and tag == "replace":
                replaced[where[i]] = news[k]
            else:
                removed.add(where[i])
        extra = news[len(olds):] if tag == "replace" else news
        if extra:
            anchor = max((where[i] for i in range(i1) if i in where), default=-1)
            after.setdefault(anchor, []).extend(extra)
    result: list[Any] = list(after.get(-1, []))
    for j, row in enumerate(out):
        if j not in removed:
            result.append(replaced.get(j, row))
        result.extend(after.get(j, []))
    return result


def write_text(ytext: Text, new: str) -> None:
    """Edit ``ytext`` into ``new`` by the characters that differ (so concurrent typing
    elsewhere in the same text survives)."""
    old = str(ytext)
    if old == new:
        return
    # A keystroke changes one place: the common start and end are cut off first, so the
    # character diff runs on what changed, not on the whole text.
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    mid_old, mid_new = old[head:len(old) - tail], new[head:len(new) - tail]
    if not mid_old or not mid_new or len(mid_old) * len(mid_new) > 4_000_000:
        ops = [("replace", 0, len(mid_old), 0, len(mid_new))]  # a pure insertion, deletion or a rewrite
    else:
        ops = difflib.SequenceMatcher(None, mid_old, mid_new, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag == "equal":
            continue
        if i2 > i1:
            del ytext[head + i1:head + i2]
        if j2 > j1:
            ytext.insert(head + i1, mid_new[j1:j2])


def write_strings(yarray: Array, new: list[Any]) -> None:
    old = list(yarray)
    if same(old, new):
        return
    ops = difflib.SequenceMatcher(None, [json.dumps(v) for v in old], [json.dumps(v) for v in new],
                                  autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag in ("replace", "delete"):
            del yarray[i1:i2]
        if tag in ("replace", "insert"):
            for k, v in enumerate(new[j1:j2]):
                yarray.insert(i1 + k, v)


def _canon(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _canon(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_canon(x) for x in v]
    return _number(v)


def _row_key(data: dict[str, Any]) -> str:
    return json.dumps(_canon(data), sort_keys=True, default=str)


def _likeness(a: dict[str, Any], b: dict[str, Any]) -> int:
    return sum(1 for k in a.keys() & b.keys() if same(_canon(a[k]), _canon(b[k])))


def _pair(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (old row, new row) inside a changed block, in order, most alike first:
    [a, b] → [b'] pairs b with b' (a was removed), not a with b'."""
    pairs: list[tuple[int, int]] = []
    start = 0
    for j, row in enumerate(new):
        left = len(new) - j  # leave enough old rows for the new rows still to pair
        best, best_score = None, -1
        for i in range(start, len(old) - left + 1 if len(old) >= len(new) else len(old)):
            score = _likeness(old[i], row)
            if score > best_score:
                best, best_score = i, score
        if best is None or best_score <= 0:
            continue
        pairs.append((best, j))
        start = best + 1
    return pairs


def write_records(yarray: Array, new: list[dict[str, Any]], model: type[BaseModel]) -> None:
    """Match the rows there to the rows wanted: unchanged rows stay, an edited row is
    edited field by field (it keeps its id), only rows really removed are removed."""
    rows = [m for m in yarray]
    old = [from_py(r, model) if isinstance(r, dict) else {} for r in (yarray.to_py() or [])]
    if same(old, new):
        return
    ops = difflib.SequenceMatcher(None, [_row_key(r) for r in old], [_row_key(r) for r in new],
                                  autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in reversed(ops):
        if tag == "equal":
            continue
        pairs = _pair(old[i1:i2], new[j1:j2]) if tag == "replace" else []
        # Rebuild the block from its end: new rows not paired are inserted, old rows not
        # paired are removed, paired rows are edited in place (they keep their ids).
        kept = {i1 + i: j1 + j for i, j in pairs}
        for i in range(i2 - 1, i1 - 1, -1):
            if i not in kept:
                del yarray[i]
        # the kept rows now sit at i1, i1+1, … in order
        kept_order = sorted(kept.items())
        for n, (i, j) in enumerate(kept_order):
            m = rows[i]
            if isinstance(m, Map):
                write_map(m, new[j], old[i], model)
            else:
                del yarray[i1 + n]
                yarray.insert(i1 + n, _prelim_map(new[j], model))
        # insert new rows before the kept row that follows them in the new order
        pos = i1 + len(kept_order)
        paired_new = {j: n for n, (_i, j) in enumerate(kept_order)}
        for j in range(j2 - 1, j1 - 1, -1):
            if j in paired_new:
                pos = i1 + paired_new[j]
                continue
            yarray.insert(pos, _prelim_map(new[j], model))


def write_plan_data(root: Map, new: dict[str, Any], old: dict[str, Any] | None = None) -> None:
    write_map(root, new, old, ProgramPlan)
