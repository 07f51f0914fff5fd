"""The clicked site's whole story as HTML: names, status on the day, a history strip, periods, events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dashboard.feeds import event_list
from dashboard.html_parts import confidence_badge, esc, source_list, swatch
from geodata.dates import parse_fuzzy_date
from geodata.schema import FADED_CONFIDENCES

PRECISION_WORDS = {"day": "", "month": " (month)", "year": " (year)", "approximate": " (approx.)", "open": ""}


def _date_text(text: str | None, precision: str) -> str:
    return "today" if not text else esc(text) + PRECISION_WORDS.get(precision, "")


def _names(history: dict[str, Any]) -> str:
    parts = [f"<h3 class='ba-site-name'>{esc(history['name'])}</h3>"]
    other = []
    if history["name_ru"]:
        other.append(f"<span lang='ru'>{esc(history['name_ru'])}</span>")
    if history["name_ar"]:
        other.append(f"<span lang='ar' dir='rtl' class='ba-arabic'>{esc(history['name_ar'])}</span>")
    if other:
        parts.append("<div class='ba-other-names'>" + " · ".join(other) + "</div>")
    if history["aliases"]:
        parts.append(
            "<div class='ba-muted'>Also: " + ", ".join(f"<bdi>{esc(a)}</bdi>" for a in history["aliases"]) + "</div>"
        )
    return "".join(parts)


def _status(record: dict[str, Any], day: dt.date) -> str:
    lines = [f"<div class='ba-status'><b>On {day.isoformat()}:</b> "]
    if record["active"]:
        lines.append(
            f"{swatch(record['holder_colour'])} <b>active</b> — {esc(record['presence'])} "
            f"({esc(record['operator_label'])}, since {esc(record['presence_since'])})"
        )
    else:
        lines.append(f"{swatch(record['holder_colour'], hollow=True)} no Soviet/Russian presence recorded")
    lines.append(
        f"<br>Ground held by <b>{esc(record['holder_label'])}</b>"
        + (f" since {esc(record['holder_since'])}" if record["holder_since"] else "")
    )
    lines.append(" " + confidence_badge(record["confidence"]))
    if not record["certain"]:
        lines.append(" <span class='ba-badge ba-uncertain'>uncertain: this day lies within an imprecise date</span>")
    if record["contested"]:
        alternatives = "".join(
            f"<li>{esc(a['holder_label'])} ({esc(a['confidence'])} confidence): {esc(a['note'])}</li>"
            for a in record["alternatives"]
        )
        lines.append(f"<div class='ba-contested'><b>Contested.</b> Competing claims:<ul>{alternatives}</ul></div>")
    lines.append("</div>")
    return "".join(lines)


def _strip_row(label: str, periods: list[dict[str, Any]], actor_field: str, span: tuple[int, int]) -> str:
    start_ord, end_ord = span
    width = max(end_ord - start_ord, 1)
    segments = []
    for period in periods:
        start = parse_fuzzy_date(period["start"]).nominal.toordinal()
        end = parse_fuzzy_date(period["end"]).nominal.toordinal() if period["end"] else end_ord
        left = max(0.0, (start - start_ord) / width * 100)
        right = min(100.0, (end - start_ord) / width * 100)
        faded = period["confidence"] in FADED_CONFIDENCES or "approximate" in (
            period["start_precision"],
            period["end_precision"],
        )
        title = (
            f"{period.get(f'{actor_field}_label')}: {period.get('role') or ''} {period['start']} – "
            f"{period['end'] or 'today'} ({period['confidence']} confidence)"
        )
        segments.append(
            f"<div class='ba-seg{' ba-seg-faded' if faded else ''}' title='{esc(title)}' "
            f"style='left:{left:.3f}%;width:{max(right - left, 0.4):.3f}%;background:{esc(period['colour'])}'></div>"
        )
    return (
        f"<div class='ba-strip-row'><span class='ba-strip-label'>{esc(label)}</span>"
        f"<div class='ba-strip-track'>{''.join(segments)}</div></div>"
    )


def history_strip(history: dict[str, Any], day: dt.date, span: tuple[dt.date, dt.date]) -> str:
    """Presence and control as two bars over the data's whole span, with the chosen day marked."""
    start_ord, end_ord = span[0].toordinal(), span[1].toordinal()
    marker = (day.toordinal() - start_ord) / max(end_ord - start_ord, 1) * 100
    return (
        "<div class='ba-strip' role='img' aria-label='History strip'>"
        + _strip_row("Presence", history["presence"], "operator", (start_ord, end_ord))
        + _strip_row("Control", history["control"], "holder", (start_ord, end_ord))
        + f"<div class='ba-strip-day' style='left:calc(5.5em + (100% - 5.5em) * {marker / 100:.5f})' "
        f"title='{day.isoformat()}'></div>"
        + f"<div class='ba-strip-axis'><span>{span[0].year}</span><span>{span[1].year}</span></div>"
        + "</div>"
    )


def _period_items(periods: list[dict[str, Any]], actor_field: str) -> str:
    if not periods:
        return "<p class='ba-muted'>None recorded.</p>"
    items = []
    for period in periods:
        what = esc(period.get("role")) + " — " if period.get("role") else ""
        note = f"<div class='ba-note'>{esc(period['note'])}</div>" if period["note"] else ""
        items.append(
            f"<li>{swatch(period['colour'])} <b>{_date_text(period['start'], period['start_precision'])} → "
            f"{_date_text(period['end'], period['end_precision'])}</b>: {what}{esc(period[f'{actor_field}_label'])} "
            f"{confidence_badge(period['confidence'])}{note}{source_list(period['sources'])}</li>"
        )
    return "<ul class='ba-periods'>" + "".join(items) + "</ul>"


def _system_items(systems: list[dict[str, Any]]) -> str:
    if not systems:
        return ""
    items = "".join(
        f"<li><b>{_date_text(s['start'], s['start_precision'])} → {_date_text(s['end'], s['end_precision'])}</b>: "
        f"{esc(s['system'])}, range {s['range_km']:g} km {confidence_badge(s['confidence'])}"
        + (f"<div class='ba-note'>{esc(s['note'])}</div>" if s["note"] else "")
        + source_list(s["sources"])
        + "</li>"
        for s in systems
    )
    return f"<h4>Air-defence and radar systems</h4><ul class='ba-periods'>{items}</ul>"


def site_heading_html(history: dict[str, Any]) -> str:
    """Names, kind, location and description: what does not depend on the day."""
    coords = (
        f"{history['lat']:.4f}° N, {history['lon']:.4f}° E "
        f"<span class='ba-muted'>({esc(history['coord_precision'])} location)</span>"
    )
    return (
        _names(history)
        + f"<div>{esc(history['kind_label'])} · {coords}</div>"
        + (f"<p>{esc(history['description'])}</p>" if history["description"] else "")
    )


def site_story_html(history: dict[str, Any], day: dt.date, span: tuple[dt.date, dt.date]) -> str:
    """The history strip (the day marked), every period, system and event with its sources."""
    return (
        history_strip(history, day, span)
        + "<h4>Soviet / Russian presence</h4>"
        + _period_items(history["presence"], "operator")
        + "<h4>Who held the ground</h4>"
        + _period_items(history["control"], "holder")
        + _system_items(history["systems"])
        + "<h4>Events</h4>"
        + event_list(history["events"])
        + "<h4>Location sources</h4>"
        + source_list(history["coord_sources"])
    )


def details_html(history: dict[str, Any], record: dict[str, Any], day: dt.date, span: tuple[dt.date, dt.date]) -> str:
    """The details panel of one site on one day, every data string escaped."""
    return (
        "<div class='ba-details' data-testid='ba-details'>"
        + site_heading_html(history)
        + _status(record, day)
        + site_story_html(history, day, span)
        + "</div>"
    )
