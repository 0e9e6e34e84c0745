"""Is this Spanish page still speaking English? A word-list heuristic for the Spanish tests.

A page's text is cut into sentences (lines, and . ; : ? ! · between them); a sentence is
flagged as English when at least two of its words, and at least half of them, are common
English words that are not also Spanish words. Proper names, statute titles and document
titles (the content's ``sources`` and ``citation`` texts) and whatever the plan's authors
typed are passed in as ``allowed`` and taken out of the text first: they are not the
program's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ENGLISH = frozenset("""
the and of to is are for with on in at by this that these those be been being will would should could must can
may might who what when where why how not yet each every an or it its from as has have had do does did our your
we you they their there them which about after before than more less one two three was were if all any only also
into out up so such other his her she him my me were none yes open decided deferred missing needed planned
secured signed required draft page hours week weeks year years day days month months shift shifts call calls
clinician clinicians officer officers agency team teams funding staffing review decision decisions coverage
dispatch patrol program's plan's people person known unknown still set given chosen yet until since between
without within under over per while because through again here then them same own both either neither never
always often sometimes usually first last next new old see list tick write source status owner due
yes notes held led participants guidance discuss blockers blocker findings finding meets starter guide back
help add remove choose name role title signature sign again budget cost costs gap direct indirect match ends
share weekly monthly daily clinical supervision joint case what why this is it matters warning warnings
suggestion suggestions ready step steps file save open export charter preview sworn officers served
population calls shift length hours partners partner employs employer licenses qualifications required
""".split())
"""Common English words that are not also Spanish words ('a', 'no', 'plan', 'total'... are left out)."""

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
_CUT = re.compile(r"[\n.;:?!·•|]+")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def english_sentences(text: str, allowed: Iterable[str] = (), min_words: int = 2) -> list[str]:
    """The sentences of ``text`` that read as English (after removing ``allowed`` texts);
    ``min_words=1`` also flags one-word labels ('Notes'), for a window's short texts."""
    body = _norm(text)
    for a in sorted({_norm(x) for x in allowed if x and len(_norm(x)) > 2}, key=len, reverse=True):
        body = body.replace(a, " ")
    flagged = []
    for sentence in _CUT.split(body):
        words = [w.lower().strip("'’-") for w in _WORD.findall(sentence)]
        if len(words) < min_words:
            continue
        hits = sum(1 for w in words if w in ENGLISH)
        if hits >= min(2, len(words)) and hits >= min_words and hits * 2 >= len(words):
            flagged.append(sentence.strip())
    return flagged


def strings_in(obj: object) -> list[str]:
    """Every string held anywhere in a pydantic model, dict or list (what a plan's authors typed)."""
    from pydantic import BaseModel

    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            out.extend(strings_in(getattr(obj, name)))
    elif isinstance(obj, dict):
        for v in obj.values():
            out.extend(strings_in(v))
    elif isinstance(obj, list | tuple):
        for v in obj:
            out.extend(strings_in(v))
    return out


def proper_names(content) -> list[str]:
    """Titles of documents, laws and programs the content cites (kept as published)."""
    names: list[str] = []
    for g in content.steps.values():
        names.extend(g.sources)
    cats = content.catalogs
    for field in type(cats).model_fields:
        for o in getattr(cats, field):
            names.extend(x for x in (getattr(o, "source", ""), getattr(o, "citation", "")) if x)
    return names
