"""What a person reads must never hold an internal id or a plan field path.

Shared by the scans of the charter, the window's pages, the handouts, the command
line's messages and the findings.
"""

from __future__ import annotations

import re

ID_LIKE = re.compile(r"(?<![\w./\\-])[a-z][a-z0-9]*_[a-z0-9_]+\b(?![\w./\\-]*\.(?:ya?ml|pdf|csv|xlsx|ics)\b)")
"""A snake_case id: 'jmhcp_connect_protect', 'bh_calls_per_year' (file names aside)."""
SECTIONS = ("metadata|agency|program_model|coverage|staffing|governance|confidentiality|data|funding|"
            "decisions|signoff")
PATH_LIKE = re.compile(rf"\b(?:{SECTIONS})(?:\[\d+\])?\.[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)*\b(?!\.(?:ya?ml|pdf|csv|xlsx|ics)\b)"
                       r"(?![\w-]*\.(?:ya?ml|pdf|csv|xlsx|ics))")
"""A dotted plan path: 'funding.sources', 'decisions[4].status'."""
INDEXED = re.compile(r"\b[a-z_]+\[\d+\]")
"""An indexed list item: 'sources[0]'."""


def leaks(text: str) -> list[str]:
    """Ids and field paths found in ``text`` (empty when it is clean)."""
    found = ID_LIKE.findall(text) + PATH_LIKE.findall(text) + INDEXED.findall(text)
    return sorted(set(found))


def assert_clean(texts, where: str) -> None:
    """Fail naming the place and the first texts that hold an id or a path."""
    bad = [(t, leaks(t)) for t in texts if t and leaks(t)]
    assert not bad, f"{where}: " + " | ".join(f"{found} in {t[:160]!r}" for t, found in bad[:6])
