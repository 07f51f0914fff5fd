"""The legend: every colour (holder) and every symbol (site kind, activity, uncertainty) on the map."""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.html_parts import esc, swatch
from dashboard.sites_layer import (
    ACTIVE_OUTLINE,
    CHANGED_HALO,
    CONTESTED_OUTLINE,
    KIND_STYLES,
    RING_COLOUR,
    SELECTED_OUTLINE,
    SHAPE_VERTICES,
)
from geodata.schema import SITE_KIND_LABELS
from geodata.site_table import SiteTable
from geodata.timeline import UNKNOWN_HOLDER_COLOUR, UNKNOWN_HOLDER_LABEL


def _kind_symbol(kind: str) -> str:
    """The kind's map symbol as a small SVG: the same shape (vertices), stroke and dash as the map."""
    style = KIND_STYLES[kind]
    radius, weight = style["radius"] * 0.8, min(style["weight"], 3)
    half = round(radius * 1.35 + weight, 1)
    dash = f" stroke-dasharray='{style['dashArray']}'" if style["dashArray"] else ""
    paint = f"fill='#cccccc' stroke='{ACTIVE_OUTLINE}' stroke-width='{weight}'{dash}"
    vertices = SHAPE_VERTICES.get(style["shape"])
    if vertices:
        points = " ".join(f"{half + x * radius:.1f},{half + y * radius:.1f}" for x, y in vertices)
        mark = f"<polygon points='{points}' {paint}/>"
    else:
        mark = f"<circle cx='{half}' cy='{half}' r='{radius:.1f}' {paint}/>"
    size = 2 * half
    return (
        f"<svg class='ba-symbol' data-shape='{style['shape']}' width='{size}' height='{size}' "
        f"viewBox='0 0 {size} {size}' aria-hidden='true'>{mark}</svg>"
    )


def legend_holders(table: SiteTable) -> list[tuple[str, str]]:
    """(label, colour) of every holder but the last, "unknown", which the legend always ends with."""
    return list(zip(table.holder_labels[:-1], table.holder_colours[:-1], strict=True))


def legend_html(holders: Iterable[tuple[str, str]]) -> str:
    """Legend HTML for (label, colour) holder pairs."""
    holder_items = "".join(f"<li>{swatch(colour)} {esc(label)}</li>" for label, colour in holders)
    holder_items += f"<li>{swatch(UNKNOWN_HOLDER_COLOUR)} {esc(UNKNOWN_HOLDER_LABEL)}</li>"
    kind_items = "".join(f"<li>{_kind_symbol(kind)} {esc(label)}</li>" for kind, label in SITE_KIND_LABELS.items())
    state_items = (
        f"<li>{swatch('#0072B2')} filled, dark outline: Soviet/Russian presence that day</li>"
        f"<li>{swatch('#0072B2', hollow=True)} hollow: no presence that day</li>"
        f"<li><span class='ba-swatch' style='background:#0072B2;opacity:.45;border:2px solid {ACTIVE_OUTLINE}'></span>"
        " pale: the day falls inside an imprecise date, or the claim has low confidence</li>"
        f"<li><span class='ba-swatch' style='background:rgba(0,114,178,.2);border:2px dashed {ACTIVE_OUTLINE}'></span>"
        " faint, dashed: reported, unconfirmed (a single report no other source confirms)</li>"
        f"<li>{swatch(CONTESTED_OUTLINE, hollow=True)} pink outline: contested holder</li>"
        f"<li>{swatch(SELECTED_OUTLINE, hollow=True)} gold outline: selected site</li>"
        f"<li>{swatch(CHANGED_HALO, hollow=True, dash=True)} purple dashed ring: changed since the compared day</li>"
        f"<li>{swatch(RING_COLOUR, hollow=True, dash=True)} large crimson dashed circle: stated range of an "
        "air-defence system present that day (toggle in the sidebar)</li>"
    )
    return (
        "<div class='ba-legend' data-testid='ba-legend'>"
        f"<div><b>Colour: who held the ground</b><ul>{holder_items}</ul></div>"
        f"<div><b>Shape, size and outline: kind</b><ul>{kind_items}</ul></div>"
        f"<div><b>Fill: activity</b><ul>{state_items}</ul></div>"
        "</div>"
    )
