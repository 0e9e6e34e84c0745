"""Co-response program design: the domain, free of any user-interface code."""

from __future__ import annotations

__version__ = "0.1.0"
