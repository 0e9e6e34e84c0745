"""Every key the application keeps in QSettings, declared once.

The window, the tools and the tests name a setting through these constants, never
through a literal string, so a key cannot be spelt two ways.
"""

from __future__ import annotations

ZOOM = "view/zoom"
"""The type size outside presentation mode (1.0 = the system's)."""
PRESENTATION_ZOOM = "view/presentationZoom"
"""The type size while presenting (remembered apart from the normal zoom)."""
GUIDANCE_HIDDEN = "view/guidanceHidden"
"""The guidance panel was closed when the window was last closed."""
GEOMETRY = "window/geometry"
RECENT_FILES = "recentFiles"
LAST_FOLDER = "files/lastFolder"
"""The folder of the last file saved (the next save dialog opens there)."""
CONTENT_PACK = "content/pack"
"""The content pack folder in use ('' = the built-in content)."""
FACILITATOR_AUTO_START = "facilitator/autoStart"
FACILITATOR_GEOMETRY = "facilitator/geometry"


def facilitator_minutes(step_name: str) -> str:
    """The facilitator's time box for one step."""
    return f"facilitator/minutes/{step_name}"
