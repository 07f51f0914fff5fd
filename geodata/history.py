"""The whole story of one site: its names, every presence and control period, and its events."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from geodata.dataset import Dataset
from geodata.schema import SITE_KIND_LABELS


def _periods(dataset: Dataset, frame: pd.DataFrame, actor_field: str) -> list[dict[str, Any]]:
    records = []
    for _, period in frame.iterrows():
        actor = period[actor_field]
        record = {
            "id": period["id"],
            "start": period["start"],
            "start_precision": period["start_precision"],
            "end": period["end"] or None,
            "end_precision": period["end_precision"],
            actor_field: actor,
            f"{actor_field}_label": dataset.actor_label(actor),
            "colour": dataset.actors.at[actor, "colour"],
            "confidence": period["confidence"],
            "note": period["note"],
            "sources": dataset.source_refs(period["source_ids"], claim=period["id"]),
        }
        if "role" in period:
            record["role"] = period["role"]
        records.append(record)
    return records


def site_events(dataset: Dataset, site_id: str | None = None) -> list[dict[str, Any]]:
    """Events in date order, all of them or those tied to one site."""
    events = dataset.events if site_id is None else dataset.events[dataset.events["site"] == site_id]
    return _event_records(dataset, events)


def _event_records(dataset: Dataset, events: pd.DataFrame) -> list[dict[str, Any]]:
    return [
        {
            "id": event["id"],
            "date": event["date"],
            "precision": event["precision"],
            "site": event["site"] or None,
            "kind": event["kind"],
            "title": event["title"],
            "confidence": event["confidence"],
            "note": event["note"],
            "sources": dataset.source_refs(event["source_ids"], claim=event["id"]),
        }
        for _, event in events.iterrows()
    ]


def site_history(dataset: Dataset, site_id: str) -> dict[str, Any]:
    """Everything recorded about a site, JSON-ready. Raises KeyError for an unknown id."""
    if site_id not in dataset.sites.index:
        raise KeyError(site_id)
    site = dataset.sites.loc[site_id]
    presence = dataset.presence[dataset.presence["site"] == site_id]
    control = dataset.control[dataset.control["site"] == site_id]
    return {
        "id": site_id,
        "name": site["name"],
        "name_ru": site["name_ru"],
        "name_ar": site["name_ar"],
        "aliases": [a.strip() for a in site["aliases"].split(";") if a.strip()],
        "kind": site["kind"],
        "kind_label": SITE_KIND_LABELS[site["kind"]],
        "description": site["description"],
        "lat": float(site["lat"]),
        "lon": float(site["lon"]),
        "coord_precision": site["coord_precision"],
        "coord_sources": dataset.source_refs(site["coord_source_ids"], claim=site_id),
        "governorate": site["governorate"],
        "presence": _periods(dataset, presence, "operator"),
        "control": _periods(dataset, control, "holder"),
        "events": site_events(dataset, site_id),
        "systems": [
            {
                "id": system["id"],
                "system": system["system"],
                "range_km": float(system["range_km"]),
                "start": system["start"],
                "start_precision": system["start_precision"],
                "end": system["end"] or None,
                "end_precision": system["end_precision"],
                "confidence": system["confidence"],
                "note": system["note"],
                "sources": dataset.source_refs(system["source_ids"], claim=system["id"]),
            }
            for _, system in dataset.systems[dataset.systems["site"] == site_id].iterrows()
        ],
    }


def events_around(dataset: Dataset, day: dt.date, before: int = 6, after: int = 3) -> dict[str, list[dict[str, Any]]]:
    """The latest `before` events on or before `day` (newest first) and the next `after` ones."""
    ordinal = day.toordinal()
    events = dataset.events
    past = events[events["day"] <= ordinal].tail(before).iloc[::-1]
    upcoming = events[events["day"] > ordinal].head(after)
    return {"past": _event_records(dataset, past), "upcoming": _event_records(dataset, upcoming)}
