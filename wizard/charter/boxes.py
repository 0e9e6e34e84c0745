"""Where each signatory's digital-signature stamp goes on the charter.

Apart from the flowables so that reading a charter (``reader``, ``embed``) does not
import reportlab, which takes a large share of opening a charter in the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SignatureBox:
    """Where the digital-signature stamp for one signatory goes.

    ``rect`` is (x1, y1, x2, y2) in PDF points from the page's lower-left corner;
    ``page_index`` counts from 0. ``field_name`` is a stable name for the empty
    signature field a later step creates there.
    """

    index: int
    role: str
    name: str
    field_name: str
    page_index: int
    rect: tuple[float, float, float, float]

    def as_dict(self) -> dict[str, Any]:
        return {"index": self.index, "role": self.role, "name": self.name, "field_name": self.field_name,
                "page_index": self.page_index, "rect": [round(v, 2) for v in self.rect]}
