"""The files of a shared plan's folder: append-only update logs and snapshots.

Every file has exactly one writer (one person on one device), so no two programs ever
write the same file and a file-sync client never has to merge one:

- ``<person>-<device>.updates`` — the update log. It starts with ``MAGIC`` and a
  format number (4 bytes, little-endian), then records. A record is its length
  (4 bytes), its CRC-32 (4 bytes) and its bytes. Record 0 is a JSON header (who wrote
  the log, on which device, with which program version); every later record is one
  pycrdt update. Appends are one ``write`` of one whole record, flushed and fsynced.
- ``<person>-<device>.snapshot`` — the same layout, written whole and atomically:
  the header, then one record holding the writer's whole CRDT state. A log is folded
  into its writer's snapshot when it grows (see :data:`COMPACT_RECORDS`).

Reading is forgiving of what file sync does to files: a last record cut short (copied
mid-write) is ignored until it is complete; a damaged record in the middle is skipped
and said; conflict copies (``alex-laptop (1).updates``) are read like any log (updates
are idempotent, so merging one twice changes nothing); a file of a newer format is
refused with one line naming it.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAGIC = b"CRSYNC\r\n"
FORMAT = 1
"""The log format this program writes and reads; a higher number is refused."""
_HEAD = struct.Struct("<I")
_REC = struct.Struct("<II")
PREAMBLE = len(MAGIC) + _HEAD.size
MAX_RECORD = 64 * 1024 * 1024
LOG_SUFFIX = ".updates"
SNAPSHOT_SUFFIX = ".snapshot"


class LogError(Exception):
    """A sync file that cannot be used; the message is one line naming the file."""


def encode_record(payload: bytes) -> bytes:
    return _REC.pack(len(payload), zlib.crc32(payload)) + payload


def preamble(fmt: int = FORMAT) -> bytes:
    return MAGIC + _HEAD.pack(fmt)


def header_record(header: dict[str, Any]) -> bytes:
    return encode_record(json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8"))


@dataclass
class LogState:
    """What has been read of one file so far (so a poll reads only what is new)."""

    path: Path
    offset: int = 0
    """Bytes read up to the end of the last complete record."""
    header: dict[str, Any] | None = None
    size: int = 0
    mtime_ns: int = 0
    records: int = 0
    damaged: int = 0
    torn: bool = False
    """The file ends in a record not (yet) complete."""
    refused: str = ""
    identity: bytes = field(default=b"")
    """The header bytes: a rewritten file (compaction) has a new header and is read again."""


def read_new(state: LogState) -> list[bytes]:
    """The update records added to ``state.path`` since the last call.

    Raises LogError (one line, naming the file) for a file of a newer format or not a
    sync file at all; OSError when it cannot be read.
    """
    path = state.path
    st = path.stat()
    if st.st_size == state.size and st.st_mtime_ns == state.mtime_ns and state.header is not None:
        return []
    with open(path, "rb") as fh:
        head = fh.read(PREAMBLE + _REC.size)
        if len(head) < PREAMBLE:
            if MAGIC.startswith(head[: len(MAGIC)]):
                state.torn = True
                return []  # being created: not even its preamble yet
            raise LogError(f"{path}: not a shared-plan file (it does not start as one)")
        if head[: len(MAGIC)] != MAGIC:
            raise LogError(f"{path}: not a shared-plan file (it does not start as one)")
        (fmt,) = _HEAD.unpack(head[len(MAGIC):PREAMBLE])
        if fmt > FORMAT:
            raise LogError(f"{path}: written by a newer version of coresponse (sync format {fmt}; this one "
                           f"reads {FORMAT}); update coresponse to merge it")
        if len(head) < PREAMBLE + _REC.size:
            state.torn = True
            return []
        hlen, hcrc = _REC.unpack_from(head, PREAMBLE)
        if hlen > MAX_RECORD:
            raise LogError(f"{path}: its header record is damaged")
        first = fh.read(hlen)
        if len(first) < hlen:
            state.torn = True
            return []
        ident_end = PREAMBLE + _REC.size + hlen
        if zlib.crc32(first) != hcrc:
            if st.st_size <= ident_end:
                state.torn = True  # may still be arriving
                return []
            raise LogError(f"{path}: its header record is damaged")
        if first != state.identity or st.st_size < state.offset:
            # a new file, or one rewritten whole (compacted): read it from the start
            state.identity = first
            try:
                state.header = json.loads(first.decode("utf-8"))
            except ValueError:
                raise LogError(f"{path}: its header record is not readable") from None
            state.offset = ident_end
            state.records = 0
            state.damaged = 0
        base = state.offset
        fh.seek(base)
        data = fh.read()
    out: list[bytes] = []
    pos = 0
    state.torn = False
    while pos < len(data):
        end, payload = _next(data, pos)
        if end is None:
            state.torn = True  # the last record is not complete yet: read it next time
            break
        if payload is None:
            if end >= len(data):
                state.torn = True  # a last record that fails its checksum may still be arriving
                break
            state.damaged += 1  # a damaged record with complete ones after it: skipped
        else:
            out.append(payload)
            state.records += 1
        pos = end
    state.offset = base + pos
    state.size = st.st_size
    state.mtime_ns = st.st_mtime_ns
    if state.torn:
        state.size = -1  # read again at the next poll even if the size does not change
    return out


def _next(data: bytes, pos: int) -> tuple[int | None, bytes | None]:
    """(end of the record at ``pos``, its payload): (None, None) when incomplete,
    (end, None) when complete but failing its checksum."""
    if pos + _REC.size > len(data):
        return None, None
    length, crc = _REC.unpack_from(data, pos)
    if length > MAX_RECORD:
        return len(data), None  # a length no record has: nothing after it can be found
    end = pos + _REC.size + length
    if end > len(data):
        return None, None
    payload = data[pos + _REC.size:end]
    if zlib.crc32(payload) != crc:
        return end, None
    return end, payload


def complete_length(path: Path) -> int:
    """Bytes of ``path`` up to the end of its last complete record (0: no preamble)."""
    data = path.read_bytes()
    if len(data) < PREAMBLE or data[: len(MAGIC)] != MAGIC:
        return 0
    pos = PREAMBLE
    while True:
        end, payload = _next(data, pos)
        if end is None or (payload is None and end >= len(data)):
            return pos
        pos = end


class LogWriter:
    """This device's own log: appends whole records, flushed and fsynced."""

    def __init__(self, path: Path, header: dict[str, Any]):
        self.path = path
        self.header = header
        self.records = 0
        if path.exists() and path.stat().st_size > 0:
            keep = complete_length(path)
            if keep < PREAMBLE + _REC.size:
                self._create()
            elif keep < path.stat().st_size:
                # The program died mid-append: cut the torn record so new ones follow a whole one.
                with open(path, "r+b") as fh:
                    fh.truncate(keep)
                    fh.flush()
                    os.fsync(fh.fileno())
            st = LogState(path)
            try:
                self.records = len(read_new(st))
            except LogError:
                self._create()
        else:
            self._create()
        self._fh = open(path, "ab")  # noqa: SIM115 (kept open for appends)

    def _create(self) -> None:
        from wizard.storage import atomic_write

        atomic_write(self.path, preamble() + header_record(self.header))
        _owner_only(self.path)
        self.records = 0

    def append(self, update: bytes) -> None:
        self._fh.write(encode_record(update))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.records += 1

    @property
    def size(self) -> int:
        return self._fh.tell()

    def restart(self) -> None:
        """Start the log again, empty (its records are in this device's snapshot now)."""
        self._fh.close()
        self._create()
        self._fh = open(self.path, "ab")  # noqa: SIM115

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


def write_snapshot(path: Path, header: dict[str, Any], state: bytes) -> None:
    from wizard.storage import atomic_write

    atomic_write(path, preamble() + header_record(header) + encode_record(state))
    _owner_only(path)


def _owner_only(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass  # a share that does not keep POSIX modes: access is whatever the share grants
