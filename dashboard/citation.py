"""How to cite exactly what the user sees: a permalink and a formatted reference."""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import urlencode, urlsplit, urlunsplit

from dashboard.url_state import ViewState, to_params

TITLE = "Bases Atlas: Soviet and Russian military facilities in Syria"


def permalink(app_url: str | None, view: ViewState) -> str:
    """The app's address with the view's query string (the address without one when unknown)."""
    base = app_url or "http://localhost:8501/"
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(to_params(view)), ""))


def citation(version: str, view: ViewState, site_name: str | None, link: str, accessed: dt.date) -> str:
    """A plain-text reference: title, dataset version, the view, the link, the access date."""
    what = f"view of {view.day.isoformat()}" + (f", {site_name}" if site_name else "")
    return f"{TITLE} (dataset version {version}), {what}. {link} (accessed {accessed.isoformat()})."


# Where a published static atlas lives is the publisher's choice; the snippet shows where to put it.
STATIC_ATLAS_PLACEHOLDER = "https://example.org/bases-atlas/"


def static_view_link(base_url: str, day: dt.date | None = None, site: str | None = None) -> str:
    """The static atlas's page with the view in its fragment (`#date=…&site=…`), as its script reads it."""
    params = {}
    if day is not None:
        params["date"] = day.isoformat()
    if site:
        params["site"] = site
    base = base_url if base_url.endswith("/") else base_url + "/"
    return base + "index.html" + (f"#{urlencode(params)}" if params else "")


def embed_snippet(base_url: str, day: dt.date | None = None, site: str | None = None, height_px: int = 620) -> str:
    """An `<iframe>` that shows the static atlas (at a view) inside an article or a course page."""
    src = html.escape(static_view_link(base_url, day, site), quote=True)
    return (
        f'<iframe src="{src}" title="{html.escape(TITLE, quote=True)}" width="100%" height="{int(height_px)}" '
        'style="border:0" loading="lazy"></iframe>'
    )
