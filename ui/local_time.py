"""Times as people read them: in the computer's own zone, with the zone named."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

NOT_RECORDED = QCoreApplication.translate("ui.local_time", "time not recorded")


def local_time(value: dt.datetime | str | None) -> str:
    """'2026-12-01 14:05 CET' for an aware time (converted to the local zone) or an ISO
    string; a naive time is taken as local already. Text that is not a time is shown as
    it is; nothing at all says so."""
    if value is None or value == "":
        return NOT_RECORDED
    if isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    else:
        when = value
    local = when.astimezone() if when.tzinfo is not None else when.astimezone()
    # astimezone() on a naive time assumes it is local: the same wall time, now with its zone.
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or local.strftime('%z')}"
