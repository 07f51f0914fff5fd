"""Small escaped-HTML builders shared by the panels: every data string passes through `esc`."""

from __future__ import annotations

import html
from typing import Any

from geodata.validate import is_http_url

# Beyond HTML: a line break would end Streamlit's Markdown HTML block and let the rest of the text be
# parsed as Markdown, and `$` starts Markdown math. Data text must reach the page literally.
_MARKDOWN_SAFE = str.maketrans({"\r": " ", "\n": " ", "$": "&#36;", "\\": "&#92;", "`": "&#96;"})


def esc(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute inside an `st.markdown` HTML block."""
    return html.escape("" if value is None else str(value), quote=True).translate(_MARKDOWN_SAFE)


def source_link(source: dict[str, Any]) -> str:
    """A source as a link that opens in a new tab; a non-http(s) URL is shown as text, never linked."""
    title = esc(source.get("title") or source.get("url"))
    meta = ", ".join(esc(source[k]) for k in ("publisher", "date") if source.get(k))
    url = str(source.get("url") or "")
    if is_http_url(url):
        link = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{title}</a>'
    else:
        link = f"{title} <em>(no valid link)</em>"
    return link + (f" <span class='ba-muted'>({meta})</span>" if meta else "")


def source_list(sources: list[dict[str, Any]]) -> str:
    if not sources:
        return "<span class='ba-muted'>no source</span>"
    return "<ul class='ba-sources'>" + "".join(f"<li>{source_link(s)}</li>" for s in sources) + "</ul>"


def swatch(colour: str, hollow: bool = False, dash: bool = False) -> str:
    """A small coloured circle like the map's markers, for legends and labels."""
    colour = esc(colour)
    fill = "transparent" if hollow else colour
    border = f"2px {'dashed' if dash else 'solid'} {colour}"
    return f"<span class='ba-swatch' style='background:{fill};border:{border}' aria-hidden='true'></span>"


def confidence_badge(confidence: str | None) -> str:
    if not confidence:
        return ""
    return f"<span class='ba-badge ba-conf-{esc(confidence)}'>{esc(confidence)} confidence</span>"
