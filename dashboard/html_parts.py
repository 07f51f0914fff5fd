"""Small escaped-HTML builders shared by the panels: every data string passes through `esc`."""

from __future__ import annotations

import html
from typing import Any

from geodata.coverage import coverage_line
from geodata.schema import CONFIDENCE_LABELS, COUNT_SCOPE_ALL
from geodata.validate import is_http_url

# Beyond HTML: a line break would end Streamlit's Markdown HTML block and let the rest of the text be
# parsed as Markdown, and `$` starts Markdown math. Data text must reach the page literally.
_MARKDOWN_SAFE = str.maketrans({"\r": " ", "\n": " ", "$": "&#36;", "\\": "&#92;", "`": "&#96;"})


def esc(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute inside an `st.markdown` HTML block."""
    return html.escape("" if value is None else str(value), quote=True).translate(_MARKDOWN_SAFE)


def _link(url: str, text: str) -> str:
    """An http(s) link that opens in a new tab; anything else stays text, never a link."""
    if is_http_url(url):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return f"{text} <em>(no valid link)</em>"


def source_link(source: dict[str, Any]) -> str:
    """A source: its linked title, publisher with reliability tier, date, archived copy and the quote
    that supports the claim, every part escaped."""
    title = esc(source.get("title") or source.get("url"))
    meta = []
    if source.get("publisher"):
        tier = source.get("tier_label")
        meta.append(esc(source["publisher"]) + (f" <span class='ba-tier'>[{esc(tier)}]</span>" if tier else ""))
    if source.get("date"):
        meta.append(esc(source["date"]))
    url = str(source.get("url") or "")
    parts = [_link(url, title) if url else f"{title} <em>(print)</em>"]
    if meta:
        parts.append(f" <span class='ba-muted'>({', '.join(meta)})</span>")
    archive = str(source.get("archive_url") or "")
    if archive:
        parts.append(" · " + _link(archive, "copy read"))
    if source.get("quote"):
        parts.append(f"<q class='ba-quote'>{esc(source['quote'])}</q>")
    return "".join(parts)


SOURCES_SHOWN = 2


def source_list(sources: list[dict[str, Any]]) -> str:
    """The sources of a claim: the first few open, the rest folded (long histories stay short)."""
    if not sources:
        return "<span class='ba-muted'>no source</span>"
    items = [f"<li>{source_link(s)}</li>" for s in sources]
    shown = "<ul class='ba-sources'>" + "".join(items[:SOURCES_SHOWN]) + "</ul>"
    if len(items) <= SOURCES_SHOWN:
        return shown
    more = len(items) - SOURCES_SHOWN
    return (
        shown + f"<details class='ba-more-sources'><summary>{more} more source{'s' if more != 1 else ''}</summary>"
        "<ul class='ba-sources'>" + "".join(items[SOURCES_SHOWN:]) + "</ul></details>"
    )


def swatch(colour: str, hollow: bool = False, dash: bool = False) -> str:
    """A small coloured circle like the map's markers, for legends and labels."""
    colour = esc(colour)
    fill = "transparent" if hollow else colour
    border = f"2px {'dashed' if dash else 'solid'} {colour}"
    return f"<span class='ba-swatch' style='background:{fill};border:{border}' aria-hidden='true'></span>"


def confidence_badge(confidence: str | None) -> str:
    if not confidence:
        return ""
    label = CONFIDENCE_LABELS.get(confidence, f"{confidence} confidence")
    return f"<span class='ba-badge ba-conf-{esc(confidence)}'>{esc(label)}</span>"


def _coverage_item(item: dict[str, Any]) -> str:
    links = " ".join(_link(str(s.get("url") or s.get("archive_url") or ""), "[source]") for s in item["sources"])
    return f"<div>{esc(coverage_line(item))} {links}</div>"


def coverage_html(items: list[dict[str, Any]]) -> str:
    """'Mapped N of ~M points …' for the day: the whole-country count first, the governorates folded."""
    if not items:
        return ""
    country = [i for i in items if i["scope"] == COUNT_SCOPE_ALL]
    regions = [i for i in items if i["scope"] != COUNT_SCOPE_ALL]
    parts = [_coverage_item(i) for i in country]
    if regions:
        parts.append(
            f"<details><summary>By governorate ({len(regions)} count{'s' if len(regions) != 1 else ''})</summary>"
            + "".join(_coverage_item(i) for i in regions)
            + "</details>"
        )
    return f"<div class='ba-coverage' data-testid='ba-coverage'>{''.join(parts)}</div>"
