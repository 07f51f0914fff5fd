"""Draw the sites: created once with the base map, restyled in the browser on every change of day.

The base map carries every site's static data (id, name, kind, position) and the holder palette,
and builds one circle marker per site. A day change sends only one small integer per site
(`SiteTable.state_codes`, see `map_component.update_script`), so the base map stays mounted,
the user's zoom and pan survive, and the payload stays small at 10,000 sites. Site text travels
base64-encoded (inert inside a script, untouched by streamlit-folium's variable renaming) and is
escaped in the browser before it is shown.
"""

from __future__ import annotations

import base64
import json
import math
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

from geodata.site_table import HOLDER_SHIFT, SiteTable

# Marker shape, radius, stroke weight and dash pattern per site kind: the "symbol" half of the legend.
KIND_STYLES: dict[str, dict[str, Any]] = {
    "naval-base": {"shape": "hexagon", "radius": 12, "weight": 4, "dashArray": None},
    "air-base": {"shape": "triangle", "radius": 10, "weight": 3, "dashArray": None},
    "sigint-station": {"shape": "star", "radius": 10, "weight": 2, "dashArray": None},
    "army-base": {"shape": "square", "radius": 9, "weight": 3, "dashArray": None},
    "military-police": {"shape": "circle", "radius": 7, "weight": 3, "dashArray": "1 4"},
    "observation-post": {"shape": "circle", "radius": 5, "weight": 2, "dashArray": None},
    "air-defence": {"shape": "triangle-down", "radius": 9, "weight": 3, "dashArray": "2 2"},
    "depot": {"shape": "diamond", "radius": 8, "weight": 2, "dashArray": "6 2"},
    "other": {"shape": "circle", "radius": 7, "weight": 2, "dashArray": None},
}


def _regular(corners: int, turn: float, scale: float = 1.0) -> list[tuple[float, float]]:
    return [
        (
            round(scale * math.cos(turn + k * 2 * math.pi / corners), 3),
            round(scale * math.sin(turn + k * 2 * math.pi / corners), 3),
        )
        for k in range(corners)
    ]


def _star() -> list[tuple[float, float]]:
    outer, inner = _regular(5, -math.pi / 2, 1.25), _regular(5, -math.pi / 2 + math.pi / 5, 0.55)
    return [point for pair in zip(outer, inner, strict=True) for point in pair]


# Vertices of each shape for a marker of radius 1 (y points down, as on screen): the map scales them
# by the marker's radius and the legend draws them, so both show the same symbol. Circles are arcs.
SHAPE_VERTICES: dict[str, list[tuple[float, float]]] = {
    "hexagon": _regular(6, math.pi / 6),
    "triangle": _regular(3, -math.pi / 2, 1.3),
    "triangle-down": _regular(3, math.pi / 2, 1.3),
    "square": _regular(4, math.pi / 4, 1.2),
    "diamond": _regular(4, 0, 1.3),
    "star": _star(),
}
ACTIVE_OUTLINE = "#1b1b1b"
CONTESTED_OUTLINE = "#e6007e"
SELECTED_OUTLINE = "#ffb000"
CHANGED_HALO = "#7b2cbf"
RING_COLOUR = "#c2185b"
# The page details the map's prediction listens to (the app draws them with these names; the browser
# test `test_page_details_the_prediction_relies_on` checks they are on the real page): the date
# slider, found by its label, whose `aria-valuetext` is the ISO day, and the change buttons' keys.
SLIDER_LABEL = "Date"
NEXT_BUTTON_KEY = "next_change"
PREV_BUTTON_KEY = "prev_change"
# Above this many sites Leaflet draws on a canvas: thousands of SVG paths make panning crawl.
CANVAS_THRESHOLD = 2000


def encode_json(data: Any) -> str:
    """Base64 of the UTF-8 JSON: inert inside a script, whatever the text says."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def static_payload(table: SiteTable) -> dict[str, Any]:
    """What the browser needs once per dataset: sites in table order, palette, styles."""
    return {
        "ids": table.ids,
        "names": table.names,
        "kinds": table.kinds,
        "lat": [round(v, 5) for v in table.lat.tolist()],
        "lon": [round(v, 5) for v in table.lon.tolist()],
        "holders": table.holder_labels,
        "colours": table.holder_colours,
        "kindStyles": KIND_STYLES,
        "shapes": SHAPE_VERTICES,
        "outline": {
            "active": ACTIVE_OUTLINE,
            "contested": CONTESTED_OUTLINE,
            "selected": SELECTED_OUTLINE,
            "changed": CHANGED_HALO,
        },
        "holderShift": HOLDER_SHIFT,
        "rings": [
            {"lat": round(float(table.lat[site]), 5), "lon": round(float(table.lon[site]), 5), "km": float(km)}
            for site, km in zip(
                table.timeline.systems.site.tolist(), table.timeline.systems.frame["range_km"], strict=True
            )
        ],
        "ringColour": RING_COLOUR,
        "canvas": len(table) > CANVAS_THRESHOLD,
    }


class SitesBase(MacroElement):
    """One circle marker per site, kept in `window.atlas`; `window.atlas.apply` restyles them."""

    _template = Template(
        r"""
{% macro script(this, kwargs) %}
(function (map) {
  var bytes = Uint8Array.from(atob("{{ this.payload }}"), function (c) { return c.charCodeAt(0); });
  var data = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  var esc = function (text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c];
    });
  };
  var renderer = data.canvas ? L.canvas({padding: 0.2}) : L.svg({padding: 0.2});
  // A circle marker drawn as its kind's shape (SVG; on the canvas used for very large data, circles).
  var ShapeMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var vertices = data.shapes[this.options.shape];
      if (!vertices || data.canvas || this._empty()) { return L.CircleMarker.prototype._updatePath.call(this); }
      var p = this._point, r = this._radius;
      this._renderer._setPath(this, "M" + vertices.map(function (v) {
        return (p.x + v[0] * r).toFixed(1) + "," + (p.y + v[1] * r).toFixed(1);
      }).join("L") + "Z");
    }
  });
  map.getContainer().setAttribute("aria-label",
    "Map of the sites on the chosen day; the Site list beside the map chooses a site by keyboard");
  var halos = L.layerGroup().addTo(map);
  var rings = L.layerGroup().addTo(map);
  var ringLayers = data.rings.map(function (ring) {
    return L.circle([ring.lat, ring.lon], {radius: ring.km * 1000, color: data.ringColour, weight: 1.5,
      dashArray: "6 6", fillOpacity: 0.03, interactive: false, className: "system-ring"});
  });
  var group = L.featureGroup().addTo(map);
  var markers = data.ids.map(function (id, i) {
    var marker = new ShapeMarker([data.lat[i], data.lon[i]], {
      renderer: renderer,
      shape: (data.kindStyles[data.kinds[i]] || data.kindStyles.other).shape,
      className: "site-marker site-" + String(id).replace(/[^a-z0-9-]/g, "")
    });
    marker.feature = {type: "Feature", geometry: {type: "Point", coordinates: [data.lon[i], data.lat[i]]},
                      properties: {id: id, name: data.names[i], kind: data.kinds[i]}};
    marker.bindTooltip(function () {
      var p = marker.feature.properties;
      return "<b>" + esc(p.name) + "</b><br>" + esc(p.holder) +
        (p.active ? "" : " · no Soviet/Russian presence") + (p.uncertain ? " · dates uncertain" : "") +
        (p.reported ? " · reported, unconfirmed" : p.lowConfidence ? " · low confidence" : "") +
        (p.contested ? " · contested" : "") +
        (p.changed ? " · changed" : "");
    }, {direction: "auto"});
    return marker;
  });
  // Labels: the main bases in use always, every other site once zoomed in (a label per site
  // at country scale would bury the map). Hidden sites lose their label with their marker.
  var labels = L.layerGroup().addTo(map);
  // A label is the name's head: no parenthesis, no second clause, no trailing "air base", at most
  // 26 characters; it sits on the side of the marker towards the map's centre, so it stays in view.
  var labelOf = markers.map(function (marker, i) {
    var name = String(data.names[i]).replace(/\s*\(.*$/, "").split(/\s+(?:and|with)\s+|,\s*/)[0]
      .replace(/\s+(military\s+)?(air\s*base|airport|airfield)$/i, "");
    if (name.length > 26) { name = name.slice(0, 25) + "\u2026"; }
    return L.tooltip({permanent: true, direction: "auto", offset: [0, 0], className: "site-label",
                      interactive: false}).setLatLng(marker.getLatLng()).setContent(esc(name));
  });
  // The main bases: naval and air bases in Soviet/Russian use that day.
  var major = function (i) {
    return (data.kinds[i] === "naval-base" || data.kinds[i] === "air-base") && markers[i].feature.properties.active;
  };
  var labelZoom = data.canvas ? 99 : 9;
  // Sites that fall on (almost) the same pixel are spread on a small ring, so each can be seen and
  // clicked; their true coordinates stay in the details. Skipped on the canvas path (large data).
  var home = markers.map(function (marker) { return marker.getLatLng(); });
  var spreadKey = null;
  var spread = function () {
    var shown = [];
    markers.forEach(function (marker, i) { if (group.hasLayer(marker)) { shown.push(i); } });
    // The spread positions depend only on the zoom and on which sites are shown, which most day
    // changes keep: then the markers stay where they are and nothing is computed.
    var key = map.getZoom() + "|" + shown.join(",");
    if (key === spreadKey) { return; }
    spreadKey = key;
    markers.forEach(function (marker, i) { marker.setLatLng(home[i]); });
    if (data.canvas) { return; }
    var points = shown.map(function (i) { return map.latLngToLayerPoint(home[i]); });
    var near = 12;  // px: closer than this, two circles hide each other
    var cellOf = function (p) { return Math.floor(p.x / near) + ":" + Math.floor(p.y / near); };
    // Push overlapping pairs apart a little at a time; identical points start in distinct
    // directions (by their order), so the result is the same on every draw. Only pairs in
    // neighbouring cells of a `near`-sized grid can overlap, so a round costs O(sites), not O(sites²).
    for (var round = 0; round < 30; round++) {
      var cells = {};
      points.forEach(function (p, k) { var c = cellOf(p); (cells[c] = cells[c] || []).push(k); });
      var moved = false;
      for (var a = 0; a < points.length; a++) {
        var cx = Math.floor(points[a].x / near), cy = Math.floor(points[a].y / near), candidates = [];
        for (var gx = cx - 1; gx <= cx + 1; gx++) {
          for (var gy = cy - 1; gy <= cy + 1; gy++) {
            (cells[gx + ":" + gy] || []).forEach(function (b) { if (b > a) { candidates.push(b); } });
          }
        }
        candidates.sort(function (x, y) { return x - y; });
        for (var j = 0; j < candidates.length; j++) {
          var b = candidates[j];
          var dx = points[b].x - points[a].x, dy = points[b].y - points[a].y, d = Math.sqrt(dx * dx + dy * dy);
          if (d >= near) { continue; }
          if (d < 0.01) { var t = 2.399963 * (b + a * 7); dx = Math.cos(t); dy = Math.sin(t); d = 1; }
          var push = (near - d) / 2 + 0.5;
          var ux = dx / d * push, uy = dy / d * push;
          points[a] = L.point(points[a].x - ux, points[a].y - uy);
          points[b] = L.point(points[b].x + ux, points[b].y + uy);
          moved = true;
        }
      }
      if (!moved) { break; }
    }
    shown.forEach(function (i, k) { markers[i].setLatLng(map.layerPointToLatLng(points[k])); });
  };
  // Each permanent label costs the browser a layout when it is placed: keep them few, and place
  // them again only when the labelled set or the zoom changes.
  var maxLabels = 80;
  var labelKey = null;
  var showLabels = function () {
    spread();
    var zoomedIn = map.getZoom() >= labelZoom, view = map.getBounds().pad(0.2), wanted = [], majors = [];
    markers.forEach(function (marker, i) {
      if (!group.hasLayer(marker)) { return; }
      if (zoomedIn) {
        if (view.contains(marker.getLatLng())) { wanted.push(i); }
      } else if (major(i)) { majors.push(i); }
    });
    // Zoomed in: the sites in view (a few hundred at most); at country scale: the main bases, unless
    // there are so many that labels would bury the map.
    wanted = zoomedIn ? wanted.slice(0, 3 * maxLabels) : majors.length <= maxLabels ? majors : [];
    var key = map.getZoom() + "|" + wanted.join(",");
    if (key === labelKey) { return; }
    labelKey = key;
    labels.clearLayers();
    wanted.forEach(function (i) { labels.addLayer(labelOf[i].setLatLng(markers[i].getLatLng())); });
  };
  map.on("zoomend moveend", showLabels);
  var styleOf = function (p, kind) {
    var k = data.kindStyles[kind] || data.kindStyles.other;
    var s = {radius: k.radius, weight: k.weight, dashArray: k.dashArray, color: p.colour,
             fillColor: p.colour, fillOpacity: 0.08, opacity: 0.9};
    if (p.active) { s.color = data.outline.active; s.fillOpacity = (p.uncertain || p.lowConfidence) ? 0.45 : 0.9; }
    if (p.active && p.reported) { s.fillOpacity = 0.2; s.dashArray = "2 3"; s.weight = k.weight + 1; }
    if (p.contested) { s.color = data.outline.contested; }
    if (p.selected) { s.color = data.outline.selected; s.weight = k.weight + 3; s.radius = k.radius + 3; }
    return s;
  };
  window.atlas = {
    markers: markers,
    group: group,
    // codes[i]: holder palette index << holderShift | reported 64 | low confidence 32 | changed 16 | active 8
    //           | uncertain 4 | contested 2 | visible 1
    apply: function (codes, selected, shownRings) {
      halos.clearLayers();
      rings.clearLayers();
      (shownRings || []).forEach(function (i) { if (ringLayers[i]) { rings.addLayer(ringLayers[i]); } });
      markers.forEach(function (marker, i) {
        var code = codes[i], holder = code >> data.holderShift, p = marker.feature.properties;
        p.holder = data.holders[holder]; p.colour = data.colours[holder];
        p.active = (code & 8) ? 1 : 0; p.uncertain = (code & 4) ? 1 : 0;
        p.contested = (code & 2) ? 1 : 0; p.selected = (i === selected) ? 1 : 0;
        p.changed = (code & 16) ? 1 : 0; p.lowConfidence = (code & 32) ? 1 : 0;
        p.reported = (code & 64) ? 1 : 0;
        var visible = (code & 1) === 1;
        if (visible) {
          marker.setStyle(styleOf(p, p.kind));
          if (marker.setRadius) { marker.setRadius(styleOf(p, p.kind).radius); }
          if (!group.hasLayer(marker)) { group.addLayer(marker); }
          // One tab stop for the whole map, not one per site: keyboard users choose a site in the
          // Site list beside the map, which does the same as a click.
          if (marker._path) {
            marker._path.setAttribute("tabindex", "-1");
            marker._path.setAttribute("focusable", "false");
          }
        } else if (group.hasLayer(marker)) {
          group.removeLayer(marker);
        }
      });
      var chosen = markers[selected];
      if (chosen && group.hasLayer(chosen)) { chosen.bringToFront(); }
      showLabels();  // spreads overlapping sites first: the halos go where the markers are drawn
      markers.forEach(function (marker) {
        var p = marker.feature.properties;
        if (!p.changed || !group.hasLayer(marker)) { return; }
        var k = data.kindStyles[p.kind] || data.kindStyles.other;
        halos.addLayer(L.circleMarker(marker.getLatLng(), {renderer: renderer, interactive: false, fill: false,
          radius: k.radius + 8, weight: 3, color: data.outline.changed, dashArray: "3 3", className: "site-halo"}));
      });
    }
  };

  // Prediction: restyle at once when the date slider moves or a change button is clicked, before
  // the server's answer (which then confirms it). See dashboard/prediction.py.
  var prediction = null;
  var epochDay = function (text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000) : null;
  };
  var showDay = function (day) {
    if (!prediction || day === null || day === prediction.shown) { return; }
    var k = interval(day);
    if (k < 0) { return; }
    prediction.shown = day;
    window.atlas.apply(prediction.codes[k], prediction.selected, prediction.rings[k]);
  };
  var interval = function (day) {
    var days = prediction.days, lo = 0, hi = days.length - 1, k = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (days[mid] <= day) { k = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return k;
  };
  // The day "Next change" (direction 1) or "Previous change" (-1) moves to from `current`, or null.
  var changeTarget = function (current, direction) {
    var list = prediction.changes, target = null;
    for (var i = 0; i < list.length; i++) {
      if (direction > 0 && list[i] > current) { target = list[i]; break; }
      if (direction < 0 && list[i] < current) { target = list[i]; }
    }
    return target === null ? null : Math.min(Math.max(target, prediction.first), prediction.last);
  };
  var step = function (direction) {
    var target = changeTarget(prediction.current, direction);
    if (target === null) { return; }
    prediction.current = target;
    showDay(target);
  };
  // For the tests that check the browser's answers against the server's at every breakpoint.
  // Also what the static atlas (dashboard/static_atlas.py) draws from: it hands its data to predict.
  window.atlas.predictedCodes = function (day) {
    var k = prediction ? interval(day) : -1;
    return k < 0 ? null : prediction.codes[k];
  };
  window.atlas.predictedRings = function (day) {
    var k = prediction ? interval(day) : -1;
    return k < 0 ? [] : prediction.rings[k];
  };
  window.atlas.changeTarget = function (current, direction) {
    return prediction ? changeTarget(current, direction) : null;
  };
  window.atlas.predict = function (payload, day, selected) {
    prediction = payload;
    if (prediction) {
      // Rebuild every interval's codes from the first one and the per-interval deltas.
      var codes = [prediction.firstCodes.slice()];
      prediction.deltas.forEach(function (delta) {
        var next = codes[codes.length - 1].slice();
        for (var j = 0; j < delta.length; j += 2) { next[delta[j]] = delta[j + 1]; }
        codes.push(next);
      });
      prediction.codes = codes;
      prediction.shown = day; prediction.current = day; prediction.selected = selected;
    }
  };
  {% if this.watch_streamlit %}
  try {
    var host = window.parent;
    if (host.__atlasCleanup) { host.__atlasCleanup(); }
    var observer = new host.MutationObserver(function (records) {
      records.forEach(function (record) {
        var el = record.target;
        if (el.type === "range" && el.getAttribute("aria-label") === {{ this.slider_label|tojson }}) {
          showDay(epochDay(el.getAttribute("aria-valuetext")));
        }
      });
    });
    observer.observe(host.document.body, {subtree: true, attributes: true, attributeFilter: ["aria-valuetext"]});
    var onClick = function (event) {
      var next = ".st-key-{{ this.next_key }}", previous = ".st-key-{{ this.prev_key }}";
      var selector = next + " button, " + previous + " button";
      var button = event.target.closest && event.target.closest(selector);
      if (!button || button.disabled || !prediction) { return; }
      step(button.closest(next) ? 1 : -1);
    };
    host.document.addEventListener("click", onClick, true);
    host.__atlasCleanup = function () {
      observer.disconnect();
      host.document.removeEventListener("click", onClick, true);
    };
  } catch (error) {
    // A page from another origin: no prediction, the server's answers alone move the map.
  }
  {% endif %}
})({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(self, table: SiteTable, watch_streamlit: bool = True) -> None:
        super().__init__()
        self._name = "SitesBase"
        self.payload = encode_json(static_payload(table))
        # In the dashboard the map listens to Streamlit's slider and buttons for its prediction; a
        # standalone page (the static atlas) drives `window.atlas` itself.
        self.watch_streamlit = watch_streamlit
        self.slider_label, self.next_key, self.prev_key = SLIDER_LABEL, NEXT_BUTTON_KEY, PREV_BUTTON_KEY
