"""A shared plan: the plan file, its ``<plan>.sync/`` folder, and the merged CRDT state.

Opening one reads every snapshot and every update log in the folder into one pycrdt
document (order does not matter: updates commute and are idempotent), then settles
the merged data through the plan model. A local edit is written to the document as
the difference it makes (:mod:`wizard.sync.mapping`) and appended to this device's
log; :meth:`SharedPlan.poll` reads what the others appended since.
"""

from __future__ import annotations

import copy
import datetime as dt
import getpass
import hashlib
import os
import platform
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pycrdt import Doc, Map
from pydantic import ValidationError

from wizard import __version__, labels, signing, storage
from wizard.plan import SCHEMA_VERSION, ProgramPlan
from wizard.sync import log as synclog
from wizard.sync import mapping
from wizard.sync.log import LogError, LogState, LogWriter

SYNC_SUFFIX = ".sync"
COMPACT_RECORDS = 1000
"""A log is folded into its writer's snapshot past this many records (or COMPACT_BYTES)."""
COMPACT_BYTES = 1024 * 1024
README_NAME = "README.txt"
EMPTY_UPDATE = b"\x00\x00"
README_TEXT = """\
This folder holds the shared edits of the plan file beside it ({plan}).

Every person and device that edits the plan writes its own files here:
  NAME-DEVICE.updates    that device's edits, appended as they are typed
  NAME-DEVICE.snapshot   that device's whole merged state, written when its log grows
  presence/NAME-DEVICE.json   who has the plan open and on which step
Do not edit, rename or delete these files; the program merges them (copies made by a
sync client, such as "alex-laptop (1).updates", merge harmlessly). Deleting the folder
turns the plan back into a plain file holding what was last written to it.
The plan is a program document: never put a client's name or health information in it.
"""


class ShareError(Exception):
    """A plan that cannot be shared or opened as shared (one line naming the file)."""


class ReadOnlyShare(ShareError):  # noqa: N818 (reads as what it is)
    """The shared folder cannot be written by this person: the plan opens read-only."""


def sync_dir(plan_path: str | Path) -> Path:
    p = Path(plan_path)
    return p.with_name(p.name + SYNC_SUFFIX)


def is_shared(plan_path: str | Path) -> bool:
    return sync_dir(plan_path).is_dir()


def slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return s[:40] or "someone"


def default_person() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "someone"


def default_device() -> str:
    return platform.node() or "this-computer"


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_MARK = re.compile(rb"\n# Written from the shared plan in .*\(check ([0-9a-f]{16})\)[^\n]*\n$")


def plan_file_bytes(plan: ProgramPlan, folder_name: str) -> bytes:
    """The plan file as the shared plan writes it: the plan, then a last comment line
    carrying a check of everything above it (an edit outside the program breaks it)."""
    body = storage.dumps(plan).encode("utf-8")
    return body + (f"# Written from the shared plan in {folder_name}/ (check {_sha256(body)[:16]}); "
                   "open it with coresponse-wizard to edit it.\n").encode()


def written_by_share(data: bytes) -> bool:
    """True when ``data`` is a plan file exactly as a shared plan wrote it."""
    m = _MARK.search(data)
    return bool(m) and _sha256(data[: m.start() + 1]).startswith(m.group(1).decode())


# ---------------------------------------------------------------------------
# Settling merged data through the plan model
# ---------------------------------------------------------------------------


@dataclass
class Conflict:
    """Edits made apart that break a rule of the plan together. Both stay in the shared
    plan; the window shows the last values the rule accepted until someone decides."""

    field: str
    rule: str
    held: list[tuple[str, Any, Any]]
    """(path, the merged value kept in the shared plan, the value shown meanwhile)."""
    authors: list[str] = field(default_factory=list)

    def finding(self):  # -> wizard.checks.Finding
        from wizard.checks import Finding, Severity

        parts = []
        for path, merged, shown in self.held[:3]:
            parts.append(f"{labels.field_label(path)} is {_say(merged)} in the shared plan, "
                         f"shown as {_say(shown)} meanwhile")
        by = f" (edits by {', '.join(self.authors)})" if self.authors else ""
        return Finding(
            code="shared-edits-conflict",
            severity=Severity.warning,
            field=self.field,
            message=f"Two edits made apart{by} break a rule together: {_in_words(self.rule, self.field)}. "
                    "Both are kept; "
                    + "; ".join(parts) + ".",
            fix=f"Agree on the values and type them in {labels.field_label(self.field)}.",
        )


_FIELD_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?:\.[a-z][a-z0-9_]*)*\b")


def _in_words(rule: str, where: str) -> str:
    """A rule's message with the field names in it said as their labels."""

    def label(m: re.Match[str]) -> str:
        path = f"{where}.{m.group(0)}" if where else m.group(0)
        return labels.field_label(path).lower() if labels.has_label(path) else m.group(0).replace("_", " ")

    return _FIELD_NAME.sub(label, rule)


def _say(value: Any) -> str:
    if value is None:
        return "not known"
    if isinstance(value, str):
        return f"“{value}”" if value else "empty"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "a different set of answers"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _dotted(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _get(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return _MISSING
    return data


_MISSING = object()
_FORCED = object()
"""Stands in the data last shown for a field to write whatever it shows."""


def _put(data: dict, loc: tuple[Any, ...], value: Any) -> None:
    parent = _get(data, loc[:-1]) if len(loc) > 1 else data
    if not isinstance(parent, dict):
        return
    if value is _MISSING:
        parent.pop(loc[-1], None)
    else:
        parent[loc[-1]] = copy.deepcopy(value)


def _leaves(data: Any, loc: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(data, dict):
        out = []
        for k, v in data.items():
            out.extend(_leaves(v, (*loc, k)))
        return out
    return [(loc, data)]


def _dict_loc(data: Any, loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """The longest prefix of ``loc`` that names mappings (a list counts as one value)."""
    out: list[Any] = []
    for part in loc:
        if isinstance(part, int) or not isinstance(data, dict) or part not in data:
            break
        out.append(part)
        data = data[part]
        if isinstance(data, list):
            break
    return tuple(out)


def _first_error(exc: ValidationError) -> tuple[tuple[Any, ...], str]:
    err = exc.errors()[0]
    msg = str(err.get("msg", "")).removeprefix("Value error, ")
    return tuple(err.get("loc", ())), msg


def settle(data: dict[str, Any], ref: dict[str, Any]) -> tuple[ProgramPlan, list[Conflict]]:
    """The plan the merged ``data`` makes. Where edits together break a rule of the plan,
    the fewest values involved are shown as they were in ``ref`` (the last plan that
    passed) and a :class:`Conflict` says so; the merged values stay in the document."""
    try:
        return ProgramPlan.model_validate(data), []
    except ValidationError:
        pass
    work = copy.deepcopy(data)
    conflicts: list[Conflict] = []
    for _ in range(64):
        try:
            return ProgramPlan.model_validate(work), conflicts
        except ValidationError as exc:
            loc, msg = _first_error(exc)
        where = _dict_loc(work, loc)
        sub, ref_sub = _get(work, where), _get(ref, where)
        candidates = [where + p for p, v in _leaves(sub)
                      if not mapping.same(v, _get(ref_sub, p) if ref_sub is not _MISSING else _MISSING)]
        chosen: list[tuple[Any, ...]] = []
        for cand in candidates:
            trial = copy.deepcopy(work)
            _put(trial, cand, _get(ref, cand))
            try:
                ProgramPlan.model_validate(trial)
                chosen = [cand]
                break
            except ValidationError as exc2:
                if _first_error(exc2) != (loc, msg):
                    chosen = [cand]
                    break
        if not chosen:
            chosen = candidates or [where]
        held = []
        for cand in chosen:
            merged_value = _get(work, cand)
            shown = _get(ref, cand)
            _put(work, cand, shown)
            held.append((_dotted(cand), None if merged_value is _MISSING else merged_value,
                         None if shown is _MISSING else shown))
        conflicts.append(Conflict(field=_dotted(where) or _dotted(loc), rule=msg, held=held))
    raise ShareError("the shared plan's edits could not be settled into a valid plan")


# ---------------------------------------------------------------------------
# The shared plan
# ---------------------------------------------------------------------------


@dataclass
class Merge:
    """What one poll brought in."""

    updates: int = 0
    authors: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    """Dotted paths of the fields the others changed (leaves; lists count as one)."""
    voided: list[str] = field(default_factory=list)
    """One sentence per signature a newcomer's edit voided, naming whose edit it was."""


class SharedPlan:
    """One person on one device working on a shared plan."""

    def __init__(self, plan_path: str | Path, person: str = "", organization: str = "",
                 device: str = "", *, readonly: bool = False):
        self.plan_path = Path(plan_path)
        self.folder = sync_dir(self.plan_path)
        if not self.folder.is_dir():
            raise ShareError(f"{self.plan_path}: not a shared plan (there is no {self.folder.name} folder "
                             "beside it); share it with `coresponse share` or File ▸ Share…")
        self.person = person or default_person()
        self.organization = organization
        self.device = device or default_device()
        self.ident = f"{slug(self.person)}-{slug(self.device)}"
        self.doc = Doc()
        self.root = self.doc.get(mapping.ROOT, type=Map)
        self.states: dict[Path, LogState] = {}
        self.refused: dict[Path, str] = {}
        """Files that could not be merged, each with its one-line reason."""
        self.known_yaml: set[str] = set()
        self.writer: LogWriter | None = None
        self.readonly_reason = ""
        self.notices: list[str] = []
        self.conflicts: list[Conflict] = []
        self.last_author: dict[str, str] = {}
        self.unshared_edits = 0
        """Edits kept in this copy only (a read-only share)."""
        self._ref: dict[str, Any] = {}
        self.plan: ProgramPlan
        self._open(readonly)

    # --- opening ---------------------------------------------------------------

    def _header(self, kind: str) -> dict[str, Any]:
        return {"kind": kind, "format": synclog.FORMAT, "program": f"coresponse {__version__}",
                "person": self.person, "organization": self.organization, "device": self.device,
                "plan_file": self.plan_path.name, "created": _now_iso(),
                "generation": mapping.new_id()}

    def _open(self, readonly: bool) -> None:
        try:
            yaml_bytes = self.plan_path.read_bytes()
        except FileNotFoundError:
            yaml_bytes = b""
        yaml_plan: ProgramPlan | None = None
        if yaml_bytes:
            try:
                yaml_plan = storage.parse_plan(self.plan_path, yaml_bytes)
            except storage.ReadError as exc:
                self.notices.append(f"{exc} (the shared edits are merged without it)")
        self._read_all(initial=True)
        if not list(self.root.keys()):
            if yaml_plan is None:
                raise ShareError(f"{self.folder}: holds no readable snapshot and {self.plan_path.name} "
                                 "cannot be read; nothing to open")
            # The snapshot files have not arrived yet: start from the plan file itself.
            # (Edits on a document built here would not merge with the real one: read-only.)
            readonly = True
            self.readonly_reason = (f"{self.folder}: no snapshot has arrived yet (the folder is still "
                                    f"syncing?); {self.plan_path.name} is shown read-only — open it again "
                                    "once the folder has synced")
            with self.doc.transaction(origin="local"):
                mapping.write_plan_data(self.root, storage.plan_data(yaml_plan))
        self._ref = storage.plan_data(yaml_plan) if yaml_plan else storage.plan_data(ProgramPlan())
        self._settle()
        if (yaml_bytes and yaml_plan is not None and _sha256(yaml_bytes) not in self.known_yaml
                and not written_by_share(yaml_bytes)):
            differ = [p for p, v in _leaves(storage.plan_data(yaml_plan))
                      if p[:2] != ("metadata", "modified") and not mapping.same(v, _get(self.data, p))]
            if differ:
                names = ", ".join(labels.field_label(_dotted(p)) for p in differ[:3])
                self.notices.append(
                    f"{self.plan_path}: was changed outside the shared plan ({names}"
                    f"{', …' if len(differ) > 3 else ''}); the shared edits are shown. The file is kept "
                    f"as it is until the shared plan is next written, then copied into {self.folder.name}/"
                    "outside-edits/")
        if self.readonly_reason:
            return
        if readonly or not os.access(self.folder, os.W_OK):
            self.readonly_reason = (f"{self.folder}: read-only for you; the plan opens read-only (you see the "
                                    "others' edits, yours are not shared)")
            return
        self._log_path = self.folder / f"{self.ident}{synclog.LOG_SUFFIX}"

    def _ensure_writer(self) -> LogWriter:
        """This device's log, created with its first edit (opening a plan writes nothing)."""
        if self.writer is None:
            if self.readonly_reason:
                raise ReadOnlyShare(self.readonly_reason)
            try:
                self.writer = LogWriter(self._log_path, self._header("log"))
            except OSError as exc:
                self.readonly_reason = (f"{self.folder}: cannot be written ({exc.strerror or exc}); the plan is "
                                        "read-only here (you see the others' edits, yours are not shared)")
                raise ReadOnlyShare(self.readonly_reason) from None
        return self.writer

    def _files(self) -> list[Path]:
        try:
            names = sorted(self.folder.iterdir())
        except OSError as exc:
            raise ShareError(f"{self.folder}: cannot be read ({exc.strerror or exc})") from None
        return [p for p in names if p.suffix in (synclog.LOG_SUFFIX, synclog.SNAPSHOT_SUFFIX) and p.is_file()]

    def _read_all(self, initial: bool = False) -> Merge:
        """Apply every record not merged yet; returns what came from whom."""
        merge = Merge()
        before: dict[str, Any] | None = None  # read when the first new record arrives
        before_sigs = self._valid_signatures() if not initial else {}
        for path in self._files():
            state = self.states.get(path)
            if state is None:
                state = self.states[path] = LogState(path)
            try:
                records = synclog.read_new(state)
            except LogError as exc:
                self.refused[path] = str(exc)
                try:
                    st = path.stat()
                    state.size, state.mtime_ns = st.st_size, st.st_mtime_ns  # read again only if it changes
                except OSError:
                    pass
                continue
            except OSError as exc:
                if not initial:
                    continue  # mid-sync: read it next time
                self.refused[path] = f"{path}: cannot be read ({exc.strerror or exc})"
                continue
            self.refused.pop(path, None)
            header = state.header or {}
            if header.get("kind") == "snapshot" and header.get("yaml_sha256"):
                self.known_yaml.add(str(header["yaml_sha256"]))
            if not records:
                continue
            if not initial and before is None:
                before = mapping.read_plan_data(self.root)
            for rec in records:
                self.doc.apply_update(rec)
            who = str(header.get("person") or path.stem)
            if initial or before is None:
                merge.updates += len(records)
                continue
            now = mapping.read_plan_data(self.root)
            if mapping.same(now, before):
                continue  # nothing new (a conflict copy, records seen through another file)
            merge.updates += len(records)
            if who not in merge.authors:
                merge.authors.append(who)
            for p, v in _leaves(now):
                if not mapping.same(v, _get(before, p)):
                    dotted = _dotted(p)
                    self.last_author[dotted] = who
                    if dotted not in merge.changed:
                        merge.changed.append(dotted)
            self._settle()
            after_sigs = self._valid_signatures()
            for key, name in before_sigs.items():
                if key not in after_sigs:
                    what = ", ".join(labels.field_label(c) for c in merge.changed[:2]) or "the plan"
                    merge.voided.append(f"{who}'s edit ({what}) changed the plan after {name} signed: "
                                        "that signature is void")
            before, before_sigs = now, after_sigs
        return merge

    def _valid_signatures(self) -> dict[str, str]:
        try:
            return {f"{s.index}:{s.signatory.signature.signed_at}": s.label  # type: ignore[union-attr]
                    for s in signing.statuses(self.plan) if s.state is signing.SignatureState.valid}
        except AttributeError:
            return {}

    def _settle(self) -> None:
        merged = mapping.read_plan_data(self.root)
        version = (merged.get("metadata") or {}).get("schema_version")
        if isinstance(version, int) and version > SCHEMA_VERSION:
            raise ShareError(f"{self.folder}: the shared plan is schema version {version}, newer than this "
                             f"program understands ({SCHEMA_VERSION}); update coresponse to open it")
        plan, conflicts = settle(merged, self._ref)
        for c in conflicts:
            c.authors = sorted({self.last_author[p] for p, _m, _s in c.held if p in self.last_author})
        self.plan = plan
        self.conflicts = conflicts
        self.data = storage.plan_data(plan)
        if not conflicts:
            self._ref = self.data

    # --- what others did -------------------------------------------------------------

    def has_news(self) -> bool:
        """Whether any file of the folder changed since it was last read (a few stat calls)."""
        try:
            files = self._files()
        except ShareError:
            return False
        for path in files:
            state = self.states.get(path)
            if state is None:
                return True
            try:
                st = path.stat()
            except OSError:
                continue
            if st.st_size != state.size or st.st_mtime_ns != state.mtime_ns:
                return True
        return False

    def poll(self) -> Merge:
        """Merge what the others appended since the last poll (cheap when nothing did)."""
        return self._read_all()

    def findings(self) -> list:
        return [c.finding() for c in self.conflicts]

    def problems(self) -> list[str]:
        """One line each: files refused, notices, read-only."""
        out = list(self.refused.values()) + self.notices
        for path, state in self.states.items():
            if state.damaged:
                out.append(f"{path}: {state.damaged} damaged record{'s' if state.damaged != 1 else ''} skipped; "
                           "that device's later edits may wait until it next writes its snapshot")
        if self.readonly_reason:
            out.append(self.readonly_reason)
        return out

    # --- editing -------------------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return bool(self.readonly_reason)

    def keep_shown(self) -> bool:
        """Settle every conflict with the values this person is shown (written as their edit,
        like typing them): the other values are replaced in the shared plan."""
        held = [tuple(split_path(path)) for c in self.conflicts for path, _m, _s in c.held]
        if not held:
            return False
        return self.commit(self.plan, force=held)

    def commit(self, plan: ProgramPlan, *, keep_unshared: bool = False,
               force: list[tuple[Any, ...]] | None = None) -> bool:
        """Write what ``plan`` changed since the plan last shown as this device's update.

        Returns False when nothing changed. Raises ReadOnlyShare on a read-only share;
        with ``keep_unshared`` (the window) the edit is first kept in this copy of the
        document, so it stays on screen while the others' edits keep arriving.
        """
        new = storage.plan_data(plan)
        base = self.data
        if force:
            # Fields named outright (``set``, "keep what is shown") are written even where they
            # already show that value: the shared plan may hold another one under a conflict.
            base = copy.deepcopy(self.data)
            for loc in force:
                cut = tuple(_dict_loc(base, loc))
                if cut:
                    _put(base, cut, _FORCED)
        elif mapping.same(new, self.data):
            return False
        writer: LogWriter | None = None
        if not self.readonly:
            try:
                writer = self._ensure_writer()
            except ReadOnlyShare:
                writer = None
        if writer is None and not keep_unshared:
            raise ReadOnlyShare(self.readonly_reason)
        sv = self.doc.get_state()
        with self.doc.transaction(origin="local"):
            mapping.write_plan_data(self.root, new, base)
        update = self.doc.get_update(sv)
        changed = update != EMPTY_UPDATE  # (a deletion alone does not move the state vector)
        if changed and writer is None:
            # Read-only: the edit stays in this copy of the document (so the others' edits
            # merge around it) but is not shared; the caller is told.
            self.unshared_edits += 1
        elif changed and writer is not None:
            writer.append(update)
            for p, v in _leaves(new):
                if not mapping.same(v, _get(self.data, p)):
                    self.last_author[_dotted(p)] = self.person
        if self.conflicts:
            self._ref = new  # what this person now sees is a valid plan: conflicts are shown against it
            self._settle()  # the edit may resolve (or touch) a conflict: read the merged state again
        else:
            self.plan = ProgramPlan.model_validate(new)  # the document now holds exactly ``new``
            self.data = new
            self._ref = new
        if writer is None:
            raise ReadOnlyShare(self.readonly_reason)
        if writer.records >= COMPACT_RECORDS or writer.size >= COMPACT_BYTES:
            self.compact()
        return changed

    def set(self, path: str, value: Any) -> ProgramPlan:
        """Assign one field (a dotted path as in the plan file) and append the update."""
        plan = with_value(self.plan, path, value)
        self.commit(plan, force=[tuple(split_path(path))])
        return self.plan

    # --- compaction --------------------------------------------------------------------

    def compact(self, *, write_plan_file: bool = True) -> str:
        """Fold this device's log into its snapshot (the whole merged state) and start the
        log again; write the plan file from the merged plan. Returns what was done."""
        writer = self._ensure_writer()
        self._read_all()  # everything that has arrived goes into the snapshot too
        moved = ""
        sha = ""
        if write_plan_file:
            body = plan_file_bytes(self.plan, self.folder.name)
            sha = _sha256(body)
            moved = self._keep_outside_edit(sha)
            storage.atomic_write(self.plan_path, body)
            self.known_yaml.add(sha)
        header = self._header("snapshot")
        header["yaml_sha256"] = sha
        state = self.doc.get_update()
        synclog.write_snapshot(self.folder / f"{self.ident}{synclog.SNAPSHOT_SUFFIX}", header, state)
        folded = writer.records
        writer.restart()
        own = self.states.get(writer.path)
        if own is not None:
            read_new_quiet(own)
        said = f"folded {folded} update{'s' if folded != 1 else ''} into {self.ident}{synclog.SNAPSHOT_SUFFIX} " \
               f"({len(state):,} bytes: the whole merged state, enough to merge any copy however old)"
        return said + (f"; {moved}" if moved else "")

    def _keep_outside_edit(self, new_sha: str) -> str:
        try:
            current = self.plan_path.read_bytes()
        except FileNotFoundError:
            return ""
        sha = _sha256(current)
        if sha == new_sha or sha in self.known_yaml or written_by_share(current):
            return ""
        keep = self.folder / "outside-edits"
        keep.mkdir(exist_ok=True, mode=0o700)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = keep / f"{self.plan_path.stem}-{stamp}{self.plan_path.suffix}"
        storage.atomic_write(target, current)
        return f"the plan file had been changed outside the shared plan; that version is kept as {target}"

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def read_new_quiet(state: LogState) -> None:
    try:
        synclog.read_new(state)
    except (LogError, OSError):
        pass


# ---------------------------------------------------------------------------
# Sharing a plan, and setting one field of any plan
# ---------------------------------------------------------------------------


def share(plan_path: str | Path, person: str = "", organization: str = "", device: str = "") -> SharedPlan:
    """Turn a plan file into a shared plan (its ``.sync`` folder beside it)."""
    path = Path(plan_path)
    folder = sync_dir(path)
    if folder.is_dir():
        raise ShareError(f"{path}: is already shared (its folder {folder.name} exists)")
    plan = storage.load_plan(path)
    body = plan_file_bytes(plan, folder.name)
    folder.mkdir(mode=0o700)
    (folder / "presence").mkdir(mode=0o700, exist_ok=True)
    storage.atomic_write(folder / README_NAME, README_TEXT.format(plan=path.name).encode("utf-8"))
    doc = Doc()
    root = doc.get(mapping.ROOT, type=Map)
    with doc.transaction(origin="local"):
        mapping.write_plan_data(root, storage.plan_data(plan))
    who = person or default_person()
    dev = device or default_device()
    sp_header = {"kind": "snapshot", "format": synclog.FORMAT, "program": f"coresponse {__version__}",
                 "person": who, "organization": organization, "device": dev, "plan_file": path.name,
                 "created": _now_iso(), "yaml_sha256": _sha256(body)}
    storage.atomic_write(path, body)
    synclog.write_snapshot(folder / f"{slug(who)}-{slug(dev)}{synclog.SNAPSHOT_SUFFIX}", sp_header,
                           doc.get_update())
    return SharedPlan(path, who, organization, dev)  # writes nothing until its first edit


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    """'funding.budget_lines[0].salary' or 'funding.budget_lines.0.salary' → parts."""
    parts: list[str | int] = []
    for name, idx in _PART.findall(path):
        if idx:
            parts.append(int(idx))
        elif name.isdigit():
            parts.append(int(name))
        else:
            parts.append(name)
    return parts


class FieldError(ValueError):
    """A FIELD=VALUE the plan refuses; the message names the field."""


def with_value(plan: ProgramPlan, path: str, value: Any) -> ProgramPlan:
    """A copy of ``plan`` with ``path`` set to ``value``, validated by the whole plan model.

    A text ``value`` that reads as a number, a yes/no or nothing (from a command line)
    is tried as that first, then as the text itself.
    """
    parts = split_path(path)
    if not parts:
        raise FieldError("no field given")
    data = storage.plan_data(plan)
    parent: Any = data
    for i, part in enumerate(parts[:-1]):
        if isinstance(parent, list) and isinstance(part, int) and part >= len(parent):
            raise FieldError(f"{_dotted(tuple(parts[:i + 1]))}: there is no such row (the list has "
                             f"{len(parent)})")
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            raise FieldError(f"{_dotted(tuple(parts[:i + 1]))}: there is no such field in the plan") from None
    last = parts[-1]
    if isinstance(parent, dict) and last not in parent:
        raise FieldError(f"{path}: there is no such field in the plan")
    if isinstance(parent, list) and not (isinstance(last, int) and last < len(parent)):
        raise FieldError(f"{path}: there is no such row (the list has {len(parent)})")
    if not isinstance(parent, dict | list):
        raise FieldError(f"{path}: there is no such field in the plan")
    tries = [value]
    if isinstance(value, str):
        import yaml

        try:
            parsed = yaml.safe_load(value) if value.strip() else None
        except yaml.YAMLError:
            parsed = value
        if not isinstance(parsed, str):  # a number, a yes/no, a date, a list, or nothing
            tries = [parsed, value]
    first: ValidationError | None = None
    for v in tries:
        parent[last] = v
        try:
            return ProgramPlan.model_validate(data)
        except ValidationError as exc:
            first = first or exc
    assert first is not None
    loc, msg = _first_error(first)
    raise FieldError(f"{_dotted(loc) or path}: {msg}")
