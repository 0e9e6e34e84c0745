"""Sample agencies to start from, plus the blank plan."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from wizard.content import Content, PresetInfo, preset_bytes
from wizard.start_texts import BLANK_DESCRIPTION, BLANK_FILE, BLANK_NAME, BLANK_TITLE

if TYPE_CHECKING:
    from wizard.plan import ProgramPlan

# The plan models load on first use: the start page lists the presets before any plan exists.

BLANK = PresetInfo(name=BLANK_NAME, file=BLANK_FILE, title=BLANK_TITLE, description=BLANK_DESCRIPTION)
"""The blank plan (its words are in wizard.start_texts, which the start page reads before the content loads)."""


def available(content: Content) -> list[PresetInfo]:
    if content.lang != "en":  # the blank plan's words in the content's language (same name, same object otherwise)
        return [_blank(content.lang), *content.presets]
    return [BLANK, *content.presets]


def _blank(lang: str) -> PresetInfo:
    from wizard import i18n

    m = i18n.messages(lang)
    return BLANK.model_copy(update={"title": m.get(BLANK.title, BLANK.title),
                                    "description": m.get(BLANK.description, BLANK.description)})


def find(content: Content, name: str) -> PresetInfo:
    for p in available(content):
        if p.name == name:
            return p
    names = ", ".join(p.name for p in available(content))
    raise KeyError(f"no preset named '{name}' (available: {names})")


def load(content: Content, name: str) -> ProgramPlan:
    """The preset's plan exactly as stored (for tests and the charter gallery)."""
    from wizard.plan import ProgramPlan
    from wizard.storage import parse_plan

    info = find(content, name)
    if info.name == BLANK.name:
        return ProgramPlan()
    path, raw = preset_bytes(info, None if content.source == "default" else content.source)
    return parse_plan(path, raw)


def new_plan(content: Content, name: str = "blank", now: dt.datetime | None = None) -> ProgramPlan:
    """A new plan started from a preset: fresh id, revision 1, timestamps now; the
    program's name, stage, launch date and history are the preset's (an operating
    preset's results and prose rely on them)."""
    from wizard.plan import Metadata

    plan = load(content, name)
    now = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    m = plan.metadata
    plan.metadata = Metadata(
        plan_id=str(uuid.uuid4()), revision=1, created=now, modified=now,
        program_name=m.program_name, stage=m.stage, launch_date=m.launch_date, history=m.history,
    )
    return plan
