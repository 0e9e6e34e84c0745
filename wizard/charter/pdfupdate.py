"""Just enough PDF to append an incremental update to a file Typst wrote.

Typst writes a classic cross-reference table and plain (uncompressed) object syntax, so
the few objects the signature fields change — the catalog, the structure tree, the
document element, the pages that get a field, the information dictionary — are found
through the table and parsed on their own; nothing else of the file is read. Scalars
(numbers, strings, names) keep the bytes they were written with, so an object that is
written again says exactly what it said, plus what was added.

This replaces pypdf on the export path (pypdf and what it imports cost more than the
whole update). Files this does not understand — a cross-reference stream, an object
stream — raise :class:`PdfSyntaxError`; every PDF read from a user still goes through
pypdf (wizard.charter.reader).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


class PdfSyntaxError(ValueError):
    """The file is not the plain PDF this module reads."""


class Name(str):
    """A PDF name, without its slash (``Name("Type")`` is ``/Type``)."""


class Raw(bytes):
    """A scalar written out as it was read: a number, a string, true, false or null."""


class Ref:
    __slots__ = ("num", "gen")

    def __init__(self, num: int, gen: int = 0):
        self.num, self.gen = num, gen

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ref) and (self.num, self.gen) == (other.num, other.gen)

    def __hash__(self) -> int:
        return hash((self.num, self.gen))

    def __repr__(self) -> str:
        return f"Ref({self.num}, {self.gen})"


class Stream:
    """A stream object to write: its dictionary (``/Length`` is added) and its bytes."""

    def __init__(self, dictionary: dict[str, Any], data: bytes = b""):
        self.dictionary, self.data = dictionary, data


WHITE = b"\x00\t\n\x0c\r "
DELIM = b"()<>[]{}/%"
_TOKEN = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
_NAME_ESC = re.compile(rb"#([0-9A-Fa-f]{2})")


class _Parser:
    def __init__(self, data: bytes, pos: int):
        self.data, self.pos = data, pos

    def skip(self) -> None:
        d, n = self.data, len(self.data)
        while self.pos < n:
            c = d[self.pos]
            if c in WHITE:
                self.pos += 1
            elif c == 0x25:  # % comment to the end of the line
                while self.pos < n and d[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                return

    def word(self) -> bytes:
        self.skip()
        m = _TOKEN.match(self.data, self.pos)
        if not m:
            raise PdfSyntaxError(f"a token was expected at byte {self.pos}")
        self.pos = m.end()
        return m.group()

    def value(self) -> Any:
        self.skip()
        d, p = self.data, self.pos
        if p >= len(d):
            raise PdfSyntaxError("the file ends inside an object")
        c = d[p:p + 1]
        if c == b"/":
            m = _TOKEN.match(d, p + 1)
            self.pos = m.end() if m else p + 1
            raw = d[p + 1:self.pos]
            return Name(_NAME_ESC.sub(lambda g: bytes([int(g.group(1), 16)]), raw).decode("latin-1"))
        if d.startswith(b"<<", p):
            self.pos = p + 2
            out: dict[str, Any] = {}
            while True:
                self.skip()
                if d.startswith(b">>", self.pos):
                    self.pos += 2
                    return out
                key = self.value()
                if not isinstance(key, Name):
                    raise PdfSyntaxError(f"a dictionary key was expected at byte {self.pos}")
                out[key] = self.value()
        if c == b"[":
            self.pos = p + 1
            items: list[Any] = []
            while True:
                self.skip()
                if d.startswith(b"]", self.pos):
                    self.pos += 1
                    return items
                items.append(self.value())
        if c == b"(":
            depth, i = 0, p
            while i < len(d):
                ch = d[i]
                if ch == 0x5C:  # backslash: the next byte is escaped
                    i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        self.pos = i + 1
                        return Raw(d[p:i + 1])
                i += 1
            raise PdfSyntaxError(f"a string that starts at byte {p} does not end")
        if c == b"<":
            end = d.find(b">", p)
            if end < 0:
                raise PdfSyntaxError(f"a hex string that starts at byte {p} does not end")
            self.pos = end + 1
            return Raw(d[p:end + 1])
        tok = self.word()
        if re.fullmatch(rb"\d+", tok):  # perhaps the first of "num gen R"
            save = self.pos
            self.skip()
            m = _TOKEN.match(d, self.pos)
            if m and m.group().isdigit():
                after = m.end()
                self.pos = after
                self.skip()
                if d.startswith(b"R", self.pos) and (self.pos + 1 == len(d) or d[self.pos + 1] in WHITE + DELIM):
                    self.pos += 1
                    return Ref(int(tok), int(m.group()))
            self.pos = save
        return Raw(tok)


class Document:
    """A PDF's objects by number, read on demand through its cross-reference table."""

    def __init__(self, data: bytes):
        self.data = data
        self.offsets: dict[int, int] = {}
        self.startxref = startxref(data)
        self.trailer: dict[str, Any] = {}
        at: int | None = self.startxref
        seen: set[int] = set()
        while at is not None and at not in seen:
            seen.add(at)
            trailer = self._xref(at)
            for k, v in trailer.items():
                self.trailer.setdefault(k, v)
            prev = trailer.get("Prev")
            at = int(prev) if isinstance(prev, Raw) else None
        self._cache: dict[int, Any] = {}

    def _xref(self, at: int) -> dict[str, Any]:
        d = self.data
        if not d.startswith(b"xref", at):
            raise PdfSyntaxError("no classic cross-reference table (a cross-reference stream?)")
        p = _Parser(d, at + 4)
        while True:
            p.skip()
            if d.startswith(b"trailer", p.pos):
                p.pos += len(b"trailer")
                trailer = p.value()
                if not isinstance(trailer, dict):
                    raise PdfSyntaxError("the trailer is not a dictionary")
                return trailer
            first, count = int(p.word()), int(p.word())
            for n in range(first, first + count):
                offset, _gen, kind = p.word(), p.word(), p.word()
                if kind == b"n":
                    self.offsets.setdefault(n, int(offset))

    def get(self, ref: Any) -> Any:
        """The object ``ref`` points to (anything else is returned as it is)."""
        if not isinstance(ref, Ref):
            return ref
        if ref.num not in self._cache:
            at = self.offsets.get(ref.num)
            if at is None:
                raise PdfSyntaxError(f"object {ref.num} is not in the cross-reference table")
            p = _Parser(self.data, at)
            num, _gen, kw = p.word(), p.word(), p.word()
            if int(num) != ref.num or kw != b"obj":
                raise PdfSyntaxError(f"object {ref.num} is not where the cross-reference table says")
            self._cache[ref.num] = p.value()
        return self._cache[ref.num]

    def pages(self) -> list[Ref]:
        """The page objects, in order."""
        out: list[Ref] = []

        def walk(node: Any, depth: int) -> None:
            if depth > 64:
                raise PdfSyntaxError("the page tree is too deep")
            obj = self.get(node)
            if obj.get("Type") == "Pages":
                for kid in self.get(obj.get("Kids", [])):
                    walk(kid, depth + 1)
            else:
                out.append(node)

        walk(self.get(self.trailer["Root"])["Pages"], 0)
        return out


def startxref(pdf: bytes) -> int:
    at = pdf.rindex(b"startxref")
    return int(pdf[at + len(b"startxref"):].split()[0])


# --- writing --------------------------------------------------------------------------------------------------

_NAME_OK = re.compile(r"[!-~]")


def _name(n: str) -> bytes:
    return b"/" + "".join(c if _NAME_OK.fullmatch(c) and c not in "()<>[]{}/%#" else
                          "".join(f"#{b:02X}" for b in c.encode("utf-8")) for c in n).encode("latin-1")


def text(s: str) -> Raw:
    """A text string: plain ASCII as a literal string, anything else as UTF-16BE (with its
    byte order mark) in hex, both of which every reader decodes to ``s``."""
    if s.isascii():
        return Raw(b"(" + s.encode("ascii").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                   .replace(b")", b"\\)").replace(b"\r", b"\\r").replace(b"\n", b"\\n") + b")")
    return Raw(b"<FEFF" + s.encode("utf-16-be").hex().upper().encode("ascii") + b">")


def number(v: float) -> Raw:
    if isinstance(v, int) or float(v).is_integer():
        return Raw(str(int(v)).encode("ascii"))
    return Raw(f"{v:.4f}".rstrip("0").rstrip(".").encode("ascii"))


def serialize(obj: Any) -> bytes:
    return b"".join(_chunks(obj))


def _chunks(obj: Any) -> Iterator[bytes]:
    if isinstance(obj, Name):
        yield _name(obj)
    elif isinstance(obj, Raw):
        yield bytes(obj)
    elif isinstance(obj, Ref):
        yield f"{obj.num} {obj.gen} R".encode("ascii")
    elif isinstance(obj, dict):
        yield b"<<"
        for k, v in obj.items():
            yield _name(k)
            yield b" "
            yield from _chunks(v)
            yield b"\n"
        yield b">>"
    elif isinstance(obj, list):
        yield b"["
        for i, v in enumerate(obj):
            if i:
                yield b" "
            yield from _chunks(v)
        yield b"]"
    elif isinstance(obj, bool) or obj is None:
        yield b"null" if obj is None else (b"true" if obj else b"false")
    elif isinstance(obj, int | float):
        yield bytes(number(obj))
    elif isinstance(obj, Stream):
        yield from _chunks({**obj.dictionary, Name("Length"): len(obj.data)})
        yield b"\nstream\n" + obj.data + b"\nendstream"
    else:
        raise TypeError(f"cannot write {type(obj).__name__} into a PDF")


class Update:
    """The objects an incremental update writes: new ones and changed ones, by number."""

    def __init__(self, doc: Document):
        self.doc = doc
        size = doc.trailer.get("Size")
        self.next = int(size) if isinstance(size, Raw) else max(doc.offsets, default=0) + 1
        self.objects: dict[int, Any] = {}

    def add(self, obj: Any) -> Ref:
        ref = Ref(self.next)
        self.next += 1
        self.objects[ref.num] = obj
        return ref

    def dirty(self, ref: Ref) -> Any:
        """The object ``ref`` points to, recorded as changed (it is written again)."""
        obj = self.doc.get(ref)
        self.objects[ref.num] = obj
        return obj

    def part(self, holder: dict[str, Any], key: str) -> Any:
        """``holder[key]``, recorded as changed: on its own when it is an indirect object;
        otherwise it is part of ``holder``, which the caller has recorded already."""
        raw = holder[key]
        return self.dirty(raw) if isinstance(raw, Ref) else raw

    def write(self) -> bytes:
        original = self.doc.data
        out = [original if original.endswith(b"\n") else original + b"\n"]
        at = len(out[0])
        offsets: dict[int, int] = {}
        for num in sorted(self.objects):
            offsets[num] = at
            chunk = f"{num} 0 obj\n".encode() + serialize(self.objects[num]) + b"\nendobj\n"
            out.append(chunk)
            at += len(chunk)
        lines = [b"xref\n"]
        runs: list[list[int]] = []
        for n in sorted(offsets):
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            lines.append(f"{run[0]} {len(run)}\n".encode())
            lines.extend(f"{offsets[n]:010d} 00000 n \n".encode() for n in run)
        trailer: dict[str, Any] = {Name("Size"): self.next, Name("Root"): self.doc.trailer["Root"],
                                   Name("Prev"): self.doc.startxref}
        for key in ("Info", "ID"):
            if key in self.doc.trailer:
                trailer[Name(key)] = self.doc.trailer[key]
        lines.append(b"trailer\n" + serialize(trailer) + f"\nstartxref\n{at}\n%%EOF\n".encode())
        return b"".join(out + lines)
