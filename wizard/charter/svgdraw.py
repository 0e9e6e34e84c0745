"""reportlab graphics ``Drawing`` → SVG text, written directly.

reportlab's own ``renderSVG`` builds an XML DOM (``xml.dom.minidom``) node by node
and then serialises it; for the charter's charts that was two thirds of gathering the
facts. The charts use eight shapes (groups, rectangles, lines, polylines, polygons,
circles and strings), so they are written here as text in one pass, with the same
geometry reportlab's renderer gives them: y points up (one flip for the whole drawing,
one back for each string), a string's anchor applied by measuring it in its font (as
reportlab does, with the same widths: :mod:`wizard.charter.metrics`), dashes, line caps and joins, opacity. Fonts are named the way Typst
finds them (``font-family="DejaVu Sans"`` with weight and style). Anything else — a
shape the charts do not use — raises, rather than silently drawing less.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

FAMILY = "DejaVu Sans"
CAPS = {0: "butt", 1: "round", 2: "square"}
JOINS = {0: "miter", 1: "round", 2: "bevel"}


def num(v: float) -> str:
    """A coordinate: at most 4 decimals, no trailing zeros ("12", "3.5", "-0.125")."""
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _color(c: Any) -> tuple[str, float] | None:
    if c is None:
        return None
    r, g, b = c.rgb()
    return (f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}",
            float(getattr(c, "alpha", 1) if getattr(c, "alpha", None) is not None else 1))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _paint(shape: Any, *, fill: bool = True) -> str:
    """The fill and stroke attributes of ``shape``."""
    out = []
    fc = _color(getattr(shape, "fillColor", None)) if fill else None
    if fc is None:
        out.append('fill="none"')
    else:
        out.append(f'fill="{fc[0]}"')
        opacity = fc[1] * _opacity(shape, "fillOpacity")
        if opacity < 1:
            out.append(f'fill-opacity="{num(opacity)}"')
    sc = _color(getattr(shape, "strokeColor", None))
    width = getattr(shape, "strokeWidth", 1)
    if sc is None or not width:
        out.append('stroke="none"')
    else:
        out.append(f'stroke="{sc[0]}" stroke-width="{num(width)}"')
        opacity = sc[1] * _opacity(shape, "strokeOpacity")
        if opacity < 1:
            out.append(f'stroke-opacity="{num(opacity)}"')
        cap = CAPS.get(getattr(shape, "strokeLineCap", 0) or 0, "butt")
        if cap != "butt":
            out.append(f'stroke-linecap="{cap}"')
        join = JOINS.get(getattr(shape, "strokeLineJoin", 0) or 0, "miter")
        if join != "miter":
            out.append(f'stroke-linejoin="{join}"')
        dash = getattr(shape, "strokeDashArray", None)
        if dash:
            if isinstance(dash, tuple | list) and len(dash) == 2 and isinstance(dash[1], tuple | list):
                offset, dash = dash  # reportlab's (phase, [on, off, …])
                out.append(f'stroke-dashoffset="{num(offset)}"')
            out.append(f'stroke-dasharray="{" ".join(num(d) for d in dash)}"')
    return " ".join(out)


def _opacity(shape: Any, name: str) -> float:
    v = getattr(shape, name, None)
    return 1.0 if v is None else float(v)


def _points(pts: list[float]) -> str:
    return " ".join(f"{num(pts[i])},{num(pts[i + 1])}" for i in range(0, len(pts) - 1, 2))


def _nodes(node: Any, fonts: Mapping[str, tuple[str, str]]) -> Iterator[str]:
    from reportlab.graphics.shapes import Circle, Group, Line, Polygon, PolyLine, Rect, String

    if isinstance(node, Group):
        t = tuple(getattr(node, "transform", (1, 0, 0, 1, 0, 0)))
        plain = t == (1, 0, 0, 1, 0, 0)
        if not plain:
            yield f'<g transform="matrix({" ".join(num(v) for v in t)})">'
        for child in node.contents:
            yield from _nodes(child, fonts)
        if not plain:
            yield "</g>"
    elif isinstance(node, Rect):
        rx, ry = node.rx or 0, node.ry or 0
        corners = (f' rx="{num(rx)}" ry="{num(ry or rx)}"' if rx or ry else "")
        yield (f'<rect x="{num(node.x)}" y="{num(node.y)}" width="{num(node.width)}" '
               f'height="{num(node.height)}"{corners} {_paint(node)}/>')
    elif isinstance(node, Circle):
        yield f'<circle cx="{num(node.cx)}" cy="{num(node.cy)}" r="{num(node.r)}" {_paint(node)}/>'
    elif isinstance(node, Line):
        if node.strokeColor is not None:
            yield (f'<line x1="{num(node.x1)}" y1="{num(node.y1)}" x2="{num(node.x2)}" y2="{num(node.y2)}" '
                   f'{_paint(node, fill=False)}/>')
    elif isinstance(node, PolyLine):
        yield f'<polyline points="{_points(list(node.points))}" {_paint(node, fill=False)}/>'
    elif isinstance(node, Polygon):
        yield f'<polygon points="{_points(list(node.points))}" {_paint(node)}/>'
    elif isinstance(node, String):
        yield from _string(node, fonts)
    else:
        raise TypeError(f"svgdraw: no SVG for a {type(node).__name__} (the charts use groups and basic shapes)")


def _string(node: Any, fonts: Mapping[str, tuple[str, str]]) -> Iterator[str]:
    from wizard.charter.metrics import string_width

    fill = _color(node.fillColor)
    if fill is None or not node.text:
        return
    x = float(node.x)
    anchor = node.textAnchor or "start"
    if anchor in ("middle", "end"):  # measured in the drawing's font, as reportlab's renderer does
        width = string_width(node.text, node.fontName, node.fontSize)
        x -= width / 2 if anchor == "middle" else width
    elif anchor not in ("start", "inherited", "left"):
        raise ValueError(f"svgdraw: text anchor {anchor!r} is not drawn here")
    weight, style = fonts.get(node.fontName, ("normal", "normal"))
    opacity = f' fill-opacity="{num(fill[1])}"' if fill[1] < 1 else ""
    # flip the text back upright about its own baseline
    yield (f'<text transform="matrix(1 0 0 -1 {num(x)} {num(node.y)})" font-family="{FAMILY}" '
           f'font-weight="{weight}" font-style="{style}" font-size="{num(node.fontSize)}" '
           f'fill="{fill[0]}"{opacity}>{_escape(str(node.text))}</text>')


def drawing_to_svg(drawing: Any, fonts: Mapping[str, tuple[str, str]]) -> str:
    """``drawing`` as one SVG document, ``width`` × ``height`` points, y flipped so that
    reportlab's coordinates (origin bottom left) draw the right way up."""
    w, h = float(drawing.width), float(drawing.height)
    body = "".join(_nodes(drawing, fonts))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(w)}" height="{num(h)}" '
            f'viewBox="0 0 {num(w)} {num(h)}"><g transform="matrix(1 0 0 -1 0 {num(h)})">{body}</g></svg>')


# --- figures for the Typst templates ------------------------------------------------------------------------

RL_FONTS = {
    "DejaVuSans": ("normal", "normal"),
    "DejaVuSans-Bold": ("bold", "normal"),
    "DejaVuSans-Oblique": ("normal", "italic"),
    "DejaVuSans-BoldOblique": ("bold", "italic"),
}
"""reportlab's face names → the weight and style Typst finds the family's face by."""


def drawing_svg(drawing: Any) -> str:
    """A reportlab graphics ``Drawing`` as SVG text, its fonts named the way Typst finds
    them (``font-family="DejaVu Sans"`` plus weight and style, not reportlab's face names).

    Written here directly, not through reportlab's ``renderSVG`` and its XML DOM: a tenth
    of the time, and a polyline is a line, never a filled shape."""
    return drawing_to_svg(drawing, RL_FONTS)


def figure(drawing: Any, alt: str, *, caption: str = "") -> dict[str, Any]:
    """A chart for a template's facts: ``{"svg", "alt", "caption", "width", "height"}`` (sizes
    in pt). The alternative text is required: it is what a screen reader says instead of the picture."""
    if not alt.strip():
        raise ValueError("a figure needs alternative text that says what it shows")
    return {"svg": drawing_svg(drawing), "alt": alt, "caption": caption,
            "width": float(drawing.width), "height": float(drawing.height)}
