"""Safe YAML reading shared by plan files and content files.

``yaml.safe_load`` is safe against code execution but not against size: an alias
bomb ("billion laughs") or a 10,000-deep nesting can exhaust memory or the stack.
This loader refuses aliases outright (plan and content files never need them),
caps nesting depth, keeps dates as text (pydantic parses them and reports bad ones
with a field name) and records the line of every node so that a validation error
can say where in the file it is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from pydantic import ValidationError  # only named here: reading a file needs no pydantic

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64


class ReadError(Exception):
    """A file could not be read. ``str()`` is one sentence naming file and field."""

    def __init__(self, path: str | Path, message: str, *, field: str = "", line: int | None = None,
                 label: str = ""):
        self.path = str(path)
        self.field = field
        """The key path in the file ('staffing.clinicians[0].fte'), for programs (the window)."""
        self.label = label
        """The field in words ('Staffing › Clinician position 1 › FTE'): what a person reads."""
        self.line = line
        self.detail = message
        where = self.path
        if line is not None:
            where += f", line {line}"
        if label:
            where += f", {label}"
        elif field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases, without implicit timestamps, with a depth cap."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in this file", event.start_mark
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nesting is deeper than {MAX_DEPTH} levels",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


    def construct_mapping(self, node: Any, deep: bool = False) -> Any:  # type: ignore[override]
        # A hand-edited file with a key twice would silently lose the first value.
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key '{key_node.value}' appears twice in the same mapping",
                        key_node.start_mark,
                    )
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


# Dates stay strings: yaml would turn 2026-02-30 into an exception with no field name.
_Loader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


try:  # libyaml's scanner and parser, when PyYAML was built with them
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - pure-Python PyYAML
    _CParser = None

if _CParser is not None:

    class _FastLoader(yaml.composer.Composer, _CParser, yaml.constructor.SafeConstructor,
                      yaml.resolver.Resolver):
        """The same loader with libyaml scanning and parsing (several times faster).

        Only the events come from C: composing (aliases refused, depth capped) and
        constructing stay in Python, so the rules above apply unchanged, and libyaml's
        parser keeps its own stack (no recursion to overflow). When it finds a problem,
        :func:`parse` reads the text again with :class:`_Loader`, so every message is
        exactly the pure-Python one.
        """

        _depth = 0

        def __init__(self, stream: str):
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

        def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
            if self.check_event(yaml.AliasEvent) or self._depth >= MAX_DEPTH:
                raise _Refused
            self._depth += 1
            try:
                return yaml.composer.Composer.compose_node(self, parent, index)
            finally:
                self._depth -= 1

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:  # type: ignore[override]
            keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
            if len(keys) != len(set(keys)):
                raise _Refused
            return yaml.constructor.SafeConstructor.construct_mapping(self, node, deep=deep)

    _FastLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers


class _Refused(Exception):
    """The fast loader met something the careful one explains (alias, deep nesting)."""


def _line_map(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int]) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            out[path + (key,)] = key_node.start_mark.line + 1
            _line_map(value_node, path + (key,), out)
            # The key's own line is more useful than the value's for a mapping.
            out[path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _line_map(item, path + (i,), out)


class Document:
    """Parsed YAML data plus a path → line map for error messages."""

    def __init__(self, path: str | Path, data: Any, lines: dict[tuple[Any, ...], int]):
        self.path = str(path)
        self.data = data
        self.lines = lines

    def line_of(self, loc: tuple[Any, ...]) -> int | None:
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get(())


def decode(path: str | Path, raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise too_big(path, len(raw))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "the file is UTF-16 text; save it as UTF-8")
    if b"\x00" in raw:
        raise ReadError(path, "this is a binary file, not a YAML text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(
            path, f"the file is not UTF-8 text (byte {exc.start} cannot be decoded)"
        ) from None
    if not text.strip():
        raise ReadError(path, "the file is empty")
    return text


def parse(path: str | Path, raw: bytes) -> Document:
    """Parse bytes into a :class:`Document`, or raise :class:`ReadError`."""
    text = decode(path, raw)
    if _CParser is not None and not _ODD.search(text):
        try:
            doc = _parse(path, text, _FastLoader)
        except Exception:  # noqa: BLE001 - the careful reader below names the problem
            pass
        else:
            if isinstance(doc.data, dict):
                return doc
    return _parse(path, text, _Loader)


_ODD = re.compile("[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]|[|>][-+0-9]*#")
"""Tabs, carriage returns, control characters, Unicode line breaks and a comment
glued to a block scalar's header: libyaml and PyYAML disagree on a few of these, so
such files take the pure-Python path."""


def _parse(path: str | Path, text: str, loader_class: type) -> Document:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ReadError(path, "the file is empty")
        lines: dict[tuple[Any, ...], int] = {}
        _line_map(node, (), lines)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "not valid YAML"
        raise ReadError(path, f"not valid YAML: {problem}", line=line) from None
    except yaml.YAMLError as exc:
        raise ReadError(path, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise ReadError(path, f"nesting is deeper than {MAX_DEPTH} levels") from None
    finally:
        loader.dispose()
    return Document(path, data, lines)


def too_big(path: str | Path, size: int) -> ReadError:
    return ReadError(
        path, f"the file is {size / 1024 / 1024:.1f} MB; plan and content files "
        f"are at most {MAX_BYTES // 1024 // 1024} MB"
    )


def os_error(path: str | Path, exc: OSError, kind: str = "a file") -> ReadError:
    """The one-line ReadError for a file that could not be opened or read."""
    if isinstance(exc, IsADirectoryError):
        return ReadError(path, f"this is a folder, not {kind}")
    if isinstance(exc, FileNotFoundError):
        return ReadError(path, "no such file")
    if isinstance(exc, PermissionError):
        return ReadError(path, "permission denied")
    return ReadError(path, exc.strerror or str(exc))


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, refusing oversize files before reading them."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise too_big(p, size)
        return p.read_bytes()
    except OSError as exc:
        raise os_error(p, exc) from None


def read(path: str | Path) -> Document:
    return parse(path, read_bytes(path))


def loc_to_path(loc: tuple[Any, ...]) -> str:
    """('staffing', 'clinicians', 0, 'fte') → 'staffing.clinicians[0].fte'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def validation_error(doc: Document, exc: ValidationError, *, prefix: tuple[Any, ...] = (),
                     place: Any = None) -> ReadError:
    """The first pydantic error as a one-line :class:`ReadError`.

    ``place`` (a function of the key path) names the field in words, for files whose
    fields have labels (plan files: :func:`wizard.labels.place`); else the key path is given.
    """
    err = exc.errors(include_url=False)[0]
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    full = prefix + loc
    msg = err["msg"]
    label = ""
    if place is not None:
        if err["type"] == "extra_forbidden" and full:
            parent = loc_to_path(full[:-1])
            label = place(parent) if parent else "the top level of the file"
        elif full:
            label = place(loc_to_path(full))
    if err["type"] == "extra_forbidden":
        msg = "unknown key (not part of this file's format; check the spelling)"
        if label and full:
            msg = f"unknown key '{full[-1]}' (not part of this file's format; check the spelling)"
    elif err["type"] == "missing":
        msg = "required but missing"
    elif err["type"] in ("model_type", "dict_type", "model_attributes_type"):
        msg = "must be a mapping of fields (key: value)"
    elif msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    elif msg.startswith("Assertion failed, "):
        msg = msg[len("Assertion failed, "):]
    if "input" in err and err["type"] not in ("extra_forbidden", "missing"):
        shown = repr(err["input"])
        if len(shown) <= 60 and not isinstance(err["input"], (dict, list)):
            msg += f" (got {shown})"
    more = len(exc.errors()) - 1
    if more:
        msg += f"; {more} more problem{'s' if more > 1 else ''} after this one"
    return ReadError(doc.path, msg, field=loc_to_path(full), line=doc.line_of(full), label=label)
