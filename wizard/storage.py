"""Plan files: YAML that a person can read, written atomically, read defensively."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from wizard import __version__, labels, yamlio
from wizard.migrations import migrate
from wizard.plan import SCHEMA_VERSION, ProgramPlan
from wizard.yamlio import ReadError

PLAN_SUFFIX = ".coresponse.yaml"

HEADER = f"""\
# Co-response program plan (schema version {SCHEMA_VERSION}), written by coresponse {__version__}.
# Open it with `coresponse-wizard FILE`; check it with `coresponse check FILE`.
# This is a program document: never put a client's name or health information in it.
"""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style; long or multi-line text as literal blocks so it reads like prose.

    Emitted by libyaml where PyYAML has it (every wheel does), the pure-Python emitter
    otherwise: the same representers, so the same documents, about a fifth of the time
    (26 → 5 ms for the large-city plan, which every export writes into the charter). The
    two fold a long double-quoted string at different places; both read back the same."""


_ODD_BREAKS = ("\x85", "\u2028", "\u2029", "\r")


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if any(ch in value for ch in _ODD_BREAKS):
        style: str | None = '"'  # escaped, or YAML would read them as line breaks
    elif "\n" in value and _literal_safe(value):
        style = "|"
    else:
        style = None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _literal_safe(value: str) -> bool:
    # Literal blocks cannot carry trailing spaces on lines or most control characters.
    return all(
        ch == "\n" or ch == "\t" or (ch >= " " and ch not in "\x7f\x85\u2028\u2029\ufeff")
        for ch in value
    ) and not any(line.endswith((" ", "\t")) for line in value.split("\n")) and not value.startswith(" ")


_Dumper.add_representer(str, _str)


def _list(dumper: yaml.SafeDumper, value: list) -> yaml.SequenceNode:
    # A row of counts (coverage.call_demand: 24 hours) reads best on one line.
    flow = bool(value) and all(type(v) is int for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow or None)


_Dumper.add_representer(list, _list)


def plan_data(plan: ProgramPlan) -> dict[str, Any]:
    """Plain data in model field order (the file's stable key order)."""
    return plan.model_dump(mode="json")


def dumps(plan: ProgramPlan) -> str:
    body = yaml.dump(
        plan_data(plan),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=88,
    )
    return HEADER + body


def parse_plan(path: str | Path, raw: bytes) -> ProgramPlan:
    """Validate a plan file's bytes; ``path`` only names the file in messages."""
    doc = yamlio.parse(path, raw)
    return plan_from_document(doc)


def not_a_plan_message(data: dict) -> str:
    """Plain words for a YAML mapping that is not a plan file (no 'metadata' section)."""
    keys = [str(k) for k in list(data)[:4]]
    has = f" (its sections: {', '.join(repr(k) for k in keys)}{', ...' if len(data) > 4 else ''})" if keys else ""
    return f"this is not a co-response plan: it has no 'metadata' section{has}"


def plan_from_document(doc: yamlio.Document) -> ProgramPlan:
    data = doc.data
    if not isinstance(data, dict):
        kind = {"str": "a text", "list": "a list", "NoneType": "no data", "int": "a number",
                "float": "a number", "bool": "a yes/no value"}.get(type(data).__name__, "something else")
        raise ReadError(doc.path, f"a plan file is a mapping of sections, but this file holds {kind}", line=1)
    meta = data.get("metadata")
    if "metadata" not in data:
        if set(map(str, data)) & set(ProgramPlan.model_fields):  # a plan that lost its metadata
            raise ReadError(doc.path, "required section is missing (plan id, revision, format version)",
                            field="metadata", line=1, label=labels.place("metadata"))
        raise ReadError(doc.path, not_a_plan_message(data), line=1)
    if not isinstance(meta, dict):
        raise ReadError(doc.path, "the plan's 'metadata' section must be a mapping of fields (plan id, "
                        "revision, ...)", field="metadata", line=doc.line_of(("metadata",)),
                        label=labels.place("metadata"))
    version = meta.get("schema_version")
    if version is None:
        raise ReadError(doc.path, "required but missing (the plan-file format version, currently "
                        f"{SCHEMA_VERSION})", field="metadata.schema_version", line=doc.line_of(("metadata",)),
                        label=labels.place("metadata.schema_version"))
    if isinstance(version, bool) or not isinstance(version, int):
        raise ReadError(
            doc.path, f"must be a whole number (got {version!r})",
            field="metadata.schema_version", line=doc.line_of(("metadata", "schema_version")),
            label=labels.place("metadata.schema_version"),
        )
    if version > SCHEMA_VERSION:
        raise ReadError(
            doc.path,
            f"the file is schema version {version}, newer than this program understands "
            f"({SCHEMA_VERSION}); update coresponse to open it",
            field="metadata.schema_version", line=doc.line_of(("metadata", "schema_version")),
            label=labels.place("metadata.schema_version"),
        )
    if version < 1:
        raise ReadError(doc.path, f"schema version {version} does not exist", field="metadata.schema_version",
                        line=doc.line_of(("metadata", "schema_version")), label=labels.place("metadata.schema_version"))
    if version < SCHEMA_VERSION:
        try:
            data = migrate(data, version)
        except (ValueError, TypeError, AttributeError) as exc:
            raise ReadError(doc.path, f"could not migrate from schema version {version}: {exc}") from None
    try:
        return ProgramPlan.model_validate(data)
    except ValidationError as exc:
        raise yamlio.validation_error(doc, exc, place=labels.place) from None


def load_plan(path: str | Path) -> ProgramPlan:
    """Read a plan file or raise :class:`ReadError` (one line naming file and field)."""
    return parse_plan(path, yamlio.read_bytes(path))


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never half.

    A temporary file in the same folder (created 0600), flushed and fsynced, then
    ``os.replace``-d over the target; the folder is fsynced so the rename survives
    a power cut.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def save_plan(plan: ProgramPlan, path: str | Path) -> None:
    atomic_write(path, dumps(plan).encode("utf-8"))
