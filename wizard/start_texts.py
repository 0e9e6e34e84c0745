"""What the window's start page says, read without validating the content.

The start page (the introduction, the blank plan and the sample agencies' titles and
descriptions) is the first thing painted; validating the content means building every
pydantic model of ``wizard.content`` and checking six files, which is done right after
that first paint. :func:`read_default` reads the two files the start page needs with
PyYAML alone (about a millisecond). :func:`of_content` gives the same texts from
validated content, and the window shows those once they are loaded: the wording is the
validated content's either way (tests/wizard/test_start_texts.py compares the two in
every language).

Only the shipped content is read this way. A trainer's content pack is validated before
the window shows (its texts may be refused, and its error is shown at start).

Imports nothing of ``wizard.content`` or pydantic: that is the point of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard import i18n
from wizard.i18n import N_

if TYPE_CHECKING:
    from wizard.content import Content

BLANK_NAME = "blank"
BLANK_FILE = "blank.yaml"
BLANK_TITLE = N_("Blank plan")
BLANK_DESCRIPTION = N_("An empty plan with only the four key decisions and the two required signatories.")


@dataclass(frozen=True)
class PresetText:
    name: str
    title: str
    description: str


@dataclass(frozen=True)
class StartTexts:
    introduction: str
    """The content's introduction (charter.yaml), stripped."""
    presets: tuple[PresetText, ...]
    """The blank plan first, then the content's sample agencies, in the content's order."""
    lang: str


class Unreadable(ValueError):
    """The files did not read as expected; the validated content says why."""


def blank(lang: str) -> PresetText:
    """The blank plan's title and description in ``lang``."""
    m = i18n.messages(lang) if lang != i18n.DEFAULT else {}
    return PresetText(BLANK_NAME, m.get(BLANK_TITLE, BLANK_TITLE), m.get(BLANK_DESCRIPTION, BLANK_DESCRIPTION))


def _load(name: str, lang: str) -> dict:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    _path, raw = i18n.content_bytes(name, lang)
    try:
        data = yaml.load(raw, Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        raise Unreadable(f"{name}: {exc}") from None
    if not isinstance(data, dict):
        raise Unreadable(f"{name}: not a mapping")
    return data


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise Unreadable(f"{what} is not text")
    return value


def read_default(lang: str | None = None) -> StartTexts:
    """The start page's texts of the shipped content in ``lang`` (default: the current
    language), from presets.yaml and charter.yaml alone; :class:`Unreadable` if those do not
    have the expected shape (then the caller validates the content, which names the problem)."""
    code = lang or i18n.language()
    listed = _load("presets.yaml", code).get("presets")
    if not isinstance(listed, list):
        raise Unreadable("presets.yaml: 'presets' is not a list")
    presets = [blank(code)]
    for i, p in enumerate(listed):
        if not isinstance(p, dict):
            raise Unreadable(f"presets.yaml: presets[{i}] is not a mapping")
        presets.append(PresetText(_text(p.get("name"), f"presets[{i}].name"), _text(p.get("title"), f"presets[{i}].title"),
                                  _text(p.get("description"), f"presets[{i}].description")))
    intro = _text(_load("charter.yaml", code).get("introduction"), "charter.yaml: introduction")
    return StartTexts(intro.strip(), tuple(presets), code)


def of_content(content: Content) -> StartTexts:
    """The start page's texts of validated ``content`` (the blank plan first, as
    ``wizard.presets.available`` lists them)."""
    listed = [PresetText(p.name, p.title, p.description) for p in content.presets]
    return StartTexts(content.charter.introduction.strip(), (blank(content.lang), *listed), content.lang)
