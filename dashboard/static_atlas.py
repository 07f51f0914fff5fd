"""The static atlas: one page and its data, drawn with the dashboard's own map, legend and details.

Everything a day needs is precomputed here (each interval's marker codes, as the dashboard's
prediction sends them) and every site's story is rendered to escaped HTML by the same functions as
the dashboard's details panel, so the page's script only picks, decodes and shows; it never builds
markup from data text.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
from typing import Any

from branca.element import Element

from dashboard.basemap import build_base_map
from dashboard.details_panel import site_heading_html, site_story_html
from dashboard.legend import legend_holders, legend_html
from dashboard.prediction import epoch_day, prediction_payload
from geodata import site_table
from geodata.dataset import Dataset
from geodata.history import site_history
from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline

DATA_SCRIPT = "atlas-data.js"
DATA_GLOBAL = "BASES_ATLAS_DATA_GZ"
STATIC_FOLDER = "static"
PAGE_SCRIPT = f"{STATIC_FOLDER}/publish/atlas-static.js"
PAGE_CSS = (f"{STATIC_FOLDER}/atlas.css", f"{STATIC_FOLDER}/publish/atlas-static.css")


class StaticAtlasError(ValueError):
    """The dataset cannot be published as a static atlas (said why)."""


def atlas_data(dataset: Dataset, today: dt.date) -> tuple[SiteTable, dict[str, Any]]:
    """The site table (for the map) and every answer the page needs, JSON-ready."""
    timeline = Timeline(dataset)
    table = SiteTable(timeline)
    first, last = timeline.story_span(today)
    payload = prediction_payload(
        timeline, table, SiteFilter(), None, lambda day: sorted(timeline.systems_at(day).tolist()), (first, last)
    )
    if payload is None:
        raise StaticAtlasError(
            f"{len(table)} sites × {len(timeline.breakpoints())} breakpoints is too large for a static atlas; "
            "serve the dashboard instead"
        )
    sites = []
    for site_id in table.ids:
        history = site_history(dataset, site_id)
        sites.append(
            {
                "id": site_id,
                "name": history["name"],
                "heading": site_heading_html(history),
                "story": site_story_html(history, first, (first, last)),
            }
        )
    data = {
        **payload,
        "version": dataset.version,
        "published": today.isoformat(),
        "sites": sites,
        "holders": table.holder_labels,
        "colours": table.holder_colours,
        "defaultDay": epoch_day(last),
        "holderShift": site_table.HOLDER_SHIFT,
        "bits": {
            name: getattr(site_table, name)
            for name in ("VISIBLE", "CONTESTED", "UNCERTAIN", "ACTIVE", "LOW_CONFIDENCE", "REPORTED")
        },
    }
    return table, data


def data_script(data: dict[str, Any]) -> str:
    """The data as one JSON document, gzip-compressed and base64-encoded, assigned to a global.

    A script, because a page opened from the file system may not fetch a file beside it; compressed,
    because every site's story with its sources and quotes is ~2 MB of text but ~0.3 MB gzipped (the
    page inflates it with the browser's DecompressionStream). Deterministic: no timestamp inside."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    packed = base64.b64encode(gzip.compress(text.encode("utf-8"), mtime=0)).decode("ascii")
    return f'window.{DATA_GLOBAL} = "{packed}";\n'


def read_data_script(text: str) -> dict[str, Any]:
    """The JSON document inside a data script (for tests and for anyone reusing the data)."""
    packed = text.split('"')[1]
    return json.loads(gzip.decompress(base64.b64decode(packed)).decode("utf-8"))


CONTROLS_HTML = """
<header class="sa-bar">
  <div class="sa-head">
    <h1 class="sa-title">Bases Atlas</h1>
    <span class="sa-tagline">Soviet and Russian military facilities in Syria, 1971 to today</span>
  </div>
  <div class="sa-dayline">
    <output id="sa-day" class="sa-day" aria-live="polite"></output>
    <span id="sa-summary" class="sa-summary"></span>
  </div>
  <div class="sa-controls">
    <button id="sa-prev" type="button">&#9664; Previous change</button>
    <button id="sa-play" type="button">&#9654; Play</button>
    <button id="sa-next" type="button">Next change &#9654;</button>
    <input id="sa-date" type="date" aria-label="Go to a date">
  </div>
  <input id="sa-slider" class="sa-slider" type="range" step="1" aria-label="Date">
</header>
<aside class="sa-side">
  <div id="sa-notice" class="sa-notice" role="status" hidden></div>
  <div class="sa-pickers">
    <label>Site <select id="sa-site"><option value="">Choose a site…</option></select></label>
    <label><input id="sa-rings" type="checkbox"> Air-defence ranges</label>
  </div>
  <div id="sa-details" class="ba-details" data-testid="sa-details">
    <p class="ba-muted">Click a site on the map, or choose one above, for its whole history with a source
    for every claim.</p>
  </div>
  <details class="sa-legend"><summary>Legend</summary>{legend}</details>
  <p class="sa-footer">Dataset version <span id="sa-version"></span>, published <span id="sa-published"></span>.
  Every claim carries its source; faint, dashed markers are single unconfirmed reports.</p>
</aside>
"""


def page_html(table: SiteTable) -> str:
    """The page: the dashboard's folium map (assets from the folder beside it), controls, details."""
    m = build_base_map(table, "100%", static_url=STATIC_FOLDER, in_streamlit=False)
    root = m.get_root()
    root.header.add_child(Element("<title>Bases Atlas: Soviet and Russian military facilities in Syria</title>"))
    for href in PAGE_CSS:
        root.header.add_child(Element(f'<link rel="stylesheet" href="{href}">'))
    # Deferred scripts run in order once the page (and the map's inline script) has been parsed.
    root.header.add_child(Element(f'<script defer src="{DATA_SCRIPT}"></script>'))
    root.header.add_child(Element(f'<script defer src="{PAGE_SCRIPT}"></script>'))
    root.html.add_child(Element(CONTROLS_HTML.replace("{legend}", legend_html(legend_holders(table)))))
    return root.render()
