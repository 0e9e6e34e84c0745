"""Who is here: one small file per person and device in ``<plan>.sync/presence/``.

Each holds the person's name, organization, device, the step they are on and when
they were last seen; the window rewrites its own every :data:`HEARTBEAT_S` seconds and
when the step changes. A file not rewritten for :data:`STALE_S` seconds is stale: that
person is no longer shown (their program was closed, or their copy stopped syncing).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from wizard.storage import atomic_write

STALE_S = 120
HEARTBEAT_S = 30
FOLDER = "presence"


@dataclass(frozen=True)
class Presence:
    ident: str
    person: str
    organization: str
    device: str
    step: str
    """The title of the step they are on ('' when not known)."""
    last_seen: dt.datetime

    def sentence(self) -> str:
        who = self.person + (f" ({self.organization})" if self.organization else "")
        return f"{who} is on {self.step}" if self.step else f"{who} has the plan open"


def write(folder: Path, ident: str, person: str, organization: str, device: str, step: str,
          now: dt.datetime | None = None) -> None:
    d = folder / FOLDER
    d.mkdir(exist_ok=True, mode=0o700)
    when = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    body = {"person": person, "organization": organization, "device": device, "step": step, "last_seen": when}
    atomic_write(d / f"{ident}.json", json.dumps(body, ensure_ascii=False).encode("utf-8"))


def remove(folder: Path, ident: str) -> None:
    try:
        (folder / FOLDER / f"{ident}.json").unlink()
    except OSError:
        pass


def others(folder: Path, ident: str, now: dt.datetime | None = None) -> list[Presence]:
    """Everyone else seen in the last two minutes, by name."""
    now = now or dt.datetime.now(dt.UTC)
    out: list[Presence] = []
    try:
        files = sorted((folder / FOLDER).glob("*.json"))
    except OSError:
        return out
    for f in files:
        if f.stem == ident or f.stem.startswith(f"{ident} "):  # ours, or a sync client's copy of ours
            continue
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            seen = dt.datetime.fromisoformat(str(data["last_seen"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # half-synced or not ours: ignored until it reads whole
        if seen.tzinfo is None:
            seen = seen.replace(tzinfo=dt.UTC)
        if (now - seen).total_seconds() > STALE_S or not str(data.get("person") or "").strip():
            continue
        out.append(Presence(f.stem, str(data["person"]), str(data.get("organization") or ""),
                            str(data.get("device") or ""), str(data.get("step") or ""), seen))
    seen_people: dict[tuple[str, str], Presence] = {}
    for p in sorted(out, key=lambda p: p.last_seen, reverse=True):
        seen_people.setdefault((p.person, p.device), p)
    return sorted(seen_people.values(), key=lambda p: p.person.lower())
