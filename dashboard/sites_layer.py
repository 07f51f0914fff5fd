"""Draw the sites of one day as one Leaflet GeoJSON layer of circle markers, styled in the browser.

The layer's data travels base64-encoded, so no site text can reach the page as markup or be rewritten
by streamlit-folium's variable renaming; tooltips are escaped in the browser before display.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

# Marker radius, stroke weight and dash pattern per site kind: the "symbol" half of the legend.
KIND_STYLES: dict[str, dict[str, Any]] = {
    "naval-base": {"radius": 12, "weight": 4, "dashArray": None},
    "air-base": {"radius": 10, "weight": 3, "dashArray": None},
    "sigint-station": {"radius": 9, "weight": 3, "dashArray": "4 3"},
    "army-base": {"radius": 9, "weight": 3, "dashArray": "9 4"},
    "military-police": {"radius": 7, "weight": 3, "dashArray": "1 4"},
    "other": {"radius": 7, "weight": 2, "dashArray": None},
}
ACTIVE_OUTLINE = "#1b1b1b"
CONTESTED_OUTLINE = "#e6007e"
SELECTED_OUTLINE = "#ffb000"


def site_features(records: list[dict[str, Any]], selected: str | None = None) -> dict[str, Any]:
    """A compact GeoJSON FeatureCollection of the records: only what styling and the tooltip need."""
    features = []
    for record in records:
        properties: dict[str, Any] = {
            "id": record["id"],
            "name": record["name"],
            "kind": record["kind"],
            "holder": record["holder_label"],
            "colour": record["holder_colour"],
            "active": 1 if record["active"] else 0,
        }
        if not record["certain"]:
            properties["uncertain"] = 1
        if record["contested"]:
            properties["contested"] = 1
        if record["id"] == selected:
            properties["selected"] = 1
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [record["lon"], record["lat"]]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def encode_payload(collection: dict[str, Any]) -> str:
    """Base64 of the UTF-8 JSON: inert inside a script, whatever the text says."""
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class SitesLayer(MacroElement):
    """A Leaflet L.geoJSON of circle markers; style and escaped tooltip are computed in the browser."""

    _template = Template(
        """
{% macro script(this, kwargs) %}
window.feature_group = [];
var {{ this.get_name() }} = (function () {
  var bytes = Uint8Array.from(atob("{{ this.payload }}"), function (c) { return c.charCodeAt(0); });
  var data = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  var kinds = {{ this.kind_styles }};
  var esc = function (text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  };
  var styleOf = function (p) {
    var k = kinds[p.kind] || kinds.other;
    var s = {radius: k.radius, weight: k.weight, dashArray: k.dashArray, color: p.colour,
             fillColor: p.colour, fillOpacity: 0.08, opacity: 0.9,
             className: "site-marker site-" + String(p.id).replace(/[^a-z0-9-]/g, "")};
    if (p.active) { s.color = "{{ this.active_outline }}"; s.fillOpacity = p.uncertain ? 0.45 : 0.9; }
    if (p.contested) { s.color = "{{ this.contested_outline }}"; }
    if (p.selected) { s.color = "{{ this.selected_outline }}"; s.weight = k.weight + 3; s.radius = k.radius + 3; }
    return s;
  };
  return L.geoJSON(data, {
    pointToLayer: function (feature, latlng) { return L.circleMarker(latlng, styleOf(feature.properties)); },
    onEachFeature: function (feature, layer) {
      var p = feature.properties;
      layer.bindTooltip(
        "<b>" + esc(p.name) + "</b><br>" + esc(p.holder) +
        (p.active ? "" : " · no Soviet/Russian presence") + (p.uncertain ? " · dates uncertain" : "") +
        (p.contested ? " · contested" : ""), {direction: "top"});
    }
  });
})().addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, collection: dict[str, Any]) -> None:
        super().__init__()
        self._name = "SitesLayer"
        self.payload = encode_payload(collection)
        self.kind_styles = json.dumps(KIND_STYLES)
        self.active_outline = ACTIVE_OUTLINE
        self.contested_outline = CONTESTED_OUTLINE
        self.selected_outline = SELECTED_OUTLINE


def sites_feature_group(records: list[dict[str, Any]], selected: str | None = None) -> folium.FeatureGroup:
    """The changing part of the map: passed to st_folium's `feature_group_to_add` so the base map stays."""
    group = folium.FeatureGroup(name="Sites", control=False)
    SitesLayer(site_features(records, selected)).add_to(group)
    return group
