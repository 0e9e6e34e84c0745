"""Each paragraph breaks its lines once per width, not once per look.

reportlab breaks a paragraph into lines every time it is wrapped: a table asks its
cells several times while it measures rows, splits and draws, and ``multiBuild``
lays the whole charter out twice (contents and "page X of Y"). For the large sample
plan that is 6,900 line breakings for 1,100 paragraph-and-width pairs, about a third
of the render. :func:`install` memoizes :meth:`Paragraph.breakLines` per paragraph
and width. A paragraph's text and style do not change after it is made (splitting
makes new paragraphs), so the result is the same: the charters are byte-identical
(tests/wizard/charter/test_linebreaks.py).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph

_ORIGINAL = Paragraph.breakLines


def _breakLines(self: Paragraph, width: Any) -> Any:  # noqa: N802 (reportlab's name)
    key = tuple(width) if isinstance(width, list | tuple) else width
    memo = self.__dict__.get("_lines_by_width")
    if memo is None:
        memo = self.__dict__["_lines_by_width"] = {}
    lines = memo.get(key)
    if lines is None:
        lines = memo[key] = _ORIGINAL(self, width)
    return lines


def install() -> None:
    """Memoize line breaking (idempotent; applies to every reportlab Paragraph)."""
    Paragraph.breakLines = _breakLines  # type: ignore[method-assign]


def uninstall() -> None:
    Paragraph.breakLines = _ORIGINAL  # type: ignore[method-assign]
