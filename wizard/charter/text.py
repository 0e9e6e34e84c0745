"""User text made safe for reportlab's Paragraph markup.

Everything a user typed goes through :func:`esc`: it is NFC-normalized (so a
Vietnamese name typed with combining marks uses the font's precomposed glyphs),
stripped of control characters and lone surrogates, XML-escaped (``Smith & <Jones>``
prints literally) and keeps its line breaks as ``<br/>``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

if TYPE_CHECKING:  # reportlab loads only when a Paragraph is made: clean() and truncate() need none
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x85")
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def clean(text: object) -> str:
    """Plain text a PDF can hold: normalized, no control characters, ``\\n`` breaks."""
    s = "" if text is None else str(text)
    s = _BREAKS.sub("\n", s)
    s = _CONTROL.sub("", s)
    s = s.replace("\t", "    ")
    return unicodedata.normalize("NFC", s)


def esc(text: object) -> str:
    """Paragraph markup for user text: escaped, newlines kept as ``<br/>``."""
    return escape(clean(text)).replace("\n", "<br/>")


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (never interpreted as markup)."""
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), style)


def markup(trusted: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup the program built (user parts already escaped)."""
    from reportlab.platypus import Paragraph

    return Paragraph(trusted, style)


def prose(text: object, style: ParagraphStyle) -> list[Flowable]:
    """Free prose as one Paragraph per blank-line-separated block, so long text
    breaks between paragraphs and flows across pages naturally."""
    from reportlab.platypus import Paragraph

    blocks = [b.strip("\n") for b in _BLANK_LINES.split(clean(text).strip())]
    return [Paragraph(escape(b).replace("\n", "<br/>"), style) for b in blocks if b.strip()]


def truncate(text: str, limit: int) -> str:
    s = clean(text).replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"
