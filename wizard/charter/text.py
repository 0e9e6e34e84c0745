"""User text made plain for a PDF.

Everything a user typed goes through :func:`clean`: it is NFC-normalized (so a
Vietnamese name typed with combining marks uses the font's precomposed glyphs),
stripped of control characters and lone surrogates, and its line breaks become
``\n``. The charter template prints it as text (never markup), so ``Smith & <Jones>``
or ``*bold* #set`` print literally.
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")


def clean(text: object) -> str:
    """Plain text a PDF can hold: normalized, no control characters, ``\\n`` breaks."""
    s = "" if text is None else str(text)
    s = _BREAKS.sub("\n", s)
    s = _CONTROL.sub("", s)
    s = s.replace("\t", "    ")
    return unicodedata.normalize("NFC", s)


def truncate(text: str, limit: int) -> str:
    s = clean(text).replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"
