"""Shared plans: the plan file plus ``<plan>.sync/``, merged by a CRDT (pycrdt / Yrs).

No server and no socket: the agencies' shared folder (a network drive, OneDrive,
SharePoint, a Teams channel's files) is the transport. See :mod:`wizard.sync.shared`
for the folder, :mod:`wizard.sync.mapping` for how a plan lives in the CRDT,
:mod:`wizard.sync.log` for the files and :mod:`wizard.sync.presence` for who is here.
This package never imports Qt.
"""

from wizard.sync.log import LogError
from wizard.sync.shared import (
    FieldError,
    Merge,
    ReadOnlyShare,
    SharedPlan,
    ShareError,
    is_shared,
    share,
    sync_dir,
    with_value,
)

__all__ = ["FieldError", "LogError", "Merge", "ReadOnlyShare", "ShareError", "SharedPlan", "is_shared",
           "share", "sync_dir", "with_value"]
