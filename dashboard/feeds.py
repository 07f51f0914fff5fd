"""Lists beside the map, as escaped HTML: events around the chosen day, and what changed."""

from __future__ import annotations

from typing import Any

from dashboard.html_parts import confidence_badge, esc, source_list


def event_list(events: list[dict[str, Any]], empty: str = "No events recorded.") -> str:
    if not events:
        return f"<p class='ba-muted'>{esc(empty)}</p>"
    return (
        "<ul class='ba-events'>"
        + "".join(
            f"<li><b>{esc(e['date'])}</b> [{esc(e['kind'])}] {esc(e['title'])} {confidence_badge(e['confidence'])}"
            + (f"<div class='ba-note'>{esc(e['note'])}</div>" if e["note"] else "")
            + source_list(e["sources"])
            + "</li>"
            for e in events
        )
        + "</ul>"
    )


def event_feed(around: dict[str, list[dict[str, Any]]], day: str) -> str:
    """Recent events up to the day (newest first), then the next few after it."""
    return (
        "<div class='ba-feed' data-testid='ba-events'>"
        f"<h4>Up to {esc(day)}</h4>"
        + event_list(around["past"], "No earlier events.")
        + "<h4>Next</h4>"
        + event_list(around["upcoming"], "No later events.")
        + "</div>"
    )


def changes_list(changes: list[dict[str, Any]], since: str, until: str) -> str:
    """Sites that opened, closed or changed hands between two days, one line each."""
    if not changes:
        return (
            f"<p class='ba-muted' data-testid='ba-changes'>Nothing changed between {esc(since)} and {esc(until)}.</p>"
        )
    items = []
    for change in changes:
        before, after = change["before"], change["after"]
        detail = ", ".join(esc(c) for c in change["changes"])
        holders = (
            f": {esc(before['holder_label'])} → {esc(after['holder_label'])}"
            if before["holder"] != after["holder"]
            else ""
        )
        items.append(f"<li><b>{esc(change['name'])}</b> — {detail}{holders}</li>")
    return (
        f"<div data-testid='ba-changes'><p>{len(changes)} site(s) changed between {esc(since)} and {esc(until)}:</p>"
        f"<ul>{''.join(items)}</ul></div>"
    )
