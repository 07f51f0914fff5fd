"""How to cite exactly what the user sees: a permalink and a formatted reference."""

from __future__ import annotations

import datetime as dt
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
