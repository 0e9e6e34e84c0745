"""An upper bound on how tall a short charter table is, so the template measures only the
tables that might not fit.

charter.typ keeps a short table (at most ``short-table`` rows) on one page, and lets it break
between rows only when it is too tall for that (more than 0.8 of a page's text area), which
it finds out by laying the table out once more (``measure``) — for every short table, in
every layout pass. Most short tables are a few lines of text, nowhere near a page: this
bound says so without laying anything out, and the template then skips the measuring for
them (``fits``). Where the bound cannot be sure, the template measures as before, so the
decision is the same either way (tests/wizard/charter/test_tablefit.py lays out every short
table of several charters, and of made-up awkward ones, and checks that no table is taller
than its bound; the presets' charters came out byte for byte as before).

The bound overestimates on purpose, everywhere:

- every character as wide as in the wider of the regular and bold faces, plus 10 % (the
  italic faces are at most 3 % wider; kerning and ligatures only narrow a line);
- lines broken as Typst breaks ragged-right text (first fit: a line ends only when the next
  unbreakable piece does not fit after it), the pieces cut only where Unicode line breaking surely
  allows a break (after a space, unless closing punctuation follows or an opening bracket
  precedes it; after a hyphen between letters) — Typst may break in more places, which only
  fills lines better; a piece wider than its column is taken to be broken between characters
  on lines of its own;
- each line 1.4 em high (Typst's is 1.18 em: cap height plus the table's 0.45 em leading),
  every row with the loosest insets (5.5 pt) and the thickest rules.

The geometry is the template's (lib.typ's margins and table size, charter.typ's insets):
change them together.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from wizard.charter.metrics import widest

TEXT_W = 612.0 - 60.0 - 60.0
"""US Letter less lib.typ's side margins, in pt."""
ROOM = 792.0 - 68.0 - 62.0
"""US Letter less lib.typ's top and bottom margins: a page's text area, in pt."""
TALL = 0.8
"""charter.typ's rule: a short table taller than this share of ``ROOM`` may break between rows."""
SIZE = 9.0
"""lib.typ's ``table-size`` (and the caption's size)."""
INSET_X, INSET_Y = 5.0, 5.5
"""charter.typ's cell insets (the loosest spacing's vertical one)."""
LINE = 1.4 * SIZE
WIDE = 1.10
GLYPH = 2 * SIZE * WIDE
"""Wider than any character: a piece broken between characters fills each line but the last to
within this."""
CAPTION_EXTRA = 5.0 + 2.0 + 4.0 + 4.0
"""Above and below the caption, the figure's gap, and a margin."""
ROW_RULES = 0.6 + 0.25


_NO_BREAK_BEFORE = frozenset("Pe Pf Po".split())
"""Categories of a character no line starts with even after a space (Unicode line breaking:
closing brackets, "!", "?", ",", ".", ";", ":", "/" — and, to be safe, closing quotes)."""
_NO_BREAK_AFTER = frozenset("Ps Pi".split())
"""Categories after which no line ends even before a space (opening brackets and quotes)."""
_PARTS = re.compile(r"[^ ]*(?: +|$)")
"""A word and the spaces after it."""
_HYPHEN = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")
"""After a hyphen between letters: "crisis-|line", never "2023-|24"."""


def pieces(line: str) -> list[str]:
    """``line`` cut where a line may break: after a space, and after a hyphen between letters;
    a word is kept with the next one when a line could not break between them (the next begins
    with closing punctuation, or this one ends in an opening bracket or quote). Each piece
    keeps its trailing space, if it had one."""
    out: list[str] = []
    for part in _PARTS.findall(line):
        if not part:
            continue
        glued = out and (unicodedata.category(part[0]) in _NO_BREAK_BEFORE or part[0] in "'\"%"
                         or unicodedata.category(out[-1].rstrip(" ")[-1:] or " ") in _NO_BREAK_AFTER
                         or out[-1].rstrip(" ")[-1:] in ("'", '"', "\u00bf", "\u00a1"))
        bits = _HYPHEN.split(part)
        if glued:
            out[-1] += bits[0]
            out.extend(bits[1:])
        else:
            out.extend(bits)
    return out or [""]


def lines(text: str, width: float) -> int | None:
    """At most how many lines ``text`` takes in a column ``width`` pt wide (``None``: no bound).

    First fit, with each piece at its widest: no breaking of the pieces at their true (narrower)
    widths, which is what Typst lays out, can take more lines — first fit takes the fewest, and
    a breaking that fits the wider pieces fits the narrower ones."""
    count = 0
    space = widest(" ", SIZE) * WIDE
    for line in str(text).split("\n"):
        count += 1
        used = 0.0
        for p in pieces(line):
            bare = widest(p.rstrip(" "), SIZE) * WIDE
            full = bare + (len(p) - len(p.rstrip(" "))) * space
            if bare > width:  # set alone, broken between characters (or overflowing: fewer lines)
                if width <= GLYPH:
                    return None
                count += (1 if used else 0) + math.ceil(bare / (width - GLYPH)) - 1
                used = width
                continue
            if used and used + bare > width:
                count += 1
                used = 0.0
            used += full
    return count


def height_bound(table: Mapping[str, Any]) -> float | None:
    """At most how tall the table block is, in pt; ``None`` when that cannot be bounded."""
    header: Sequence[str] = table["header"]
    n = len(header)
    widths = list(table.get("widths") or [])
    shares = [w / sum(widths) for w in widths] if len(widths) == n and sum(widths) > 0 else [1 / n] * n
    columns = [s * TEXT_W - 2 * INSET_X for s in shares]
    bands = set(table.get("bands") or ())

    def row(cells: Sequence[str], banded: bool) -> float | None:
        if banded:
            found = [lines(cells[0], TEXT_W - 2 * INSET_X)]
        else:
            found = [lines(c, w) for c, w in zip(cells, columns, strict=False)]
        if any(f is None for f in found):
            return None
        return max([f for f in found if f is not None], default=1) * LINE + 2 * INSET_Y + ROW_RULES

    total = 0.0
    for i, cells in enumerate([header, *table["rows"]]):
        h = row(cells, i > 0 and (i - 1) in bands)
        if h is None:
            return None
        total += h
    caption = str(table.get("caption") or "")
    if caption:
        c = lines(caption, TEXT_W)
        if c is None:
            return None
        total += c * LINE + CAPTION_EXTRA
    return total


def surely_fits(table: Mapping[str, Any]) -> bool:
    """Whether the table is certainly no taller than charter.typ's limit for a short table."""
    h = height_bound(table)
    return h is not None and h <= TALL * ROOM
