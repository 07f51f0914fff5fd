"""What each data file must contain: its columns, which are required, and the allowed values."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
VERSION_PATTERN = re.compile(r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")

SITE_KINDS = ("naval-base", "air-base", "sigint-station", "army-base", "military-police", "other")
SITE_KIND_LABELS = {
    "naval-base": "Naval base",
    "air-base": "Air base",
    "sigint-station": "Signals-intelligence station",
    "army-base": "Army base",
    "military-police": "Military-police base",
    "other": "Other",
}
COORD_PRECISIONS = ("exact", "approximate", "town")
CONFIDENCES = ("high", "medium", "low")
CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}
EVENT_KINDS = ("agreement", "treaty", "deployment", "capture", "withdrawal", "attack", "announcement", "other")
ACTOR_ROLES = ("holder", "operator")

# Syria's extent (lon 35.7–42.4, lat 32.3–37.3) with half a degree of margin.
SYRIA_BOUNDS = (35.2, 31.8, 42.9, 37.8)  # min lon, min lat, max lon, max lat

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class TableSpec:
    """A CSV file: its columns in order and those that may not be empty."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]


SOURCES = TableSpec(
    "sources.csv", ("id", "title", "author", "publisher", "date", "url", "note"), ("id", "title", "url")
)
ACTORS = TableSpec("actors.csv", ("id", "label", "colour", "role", "description"), ("id", "label", "colour", "role"))
PRESENCE = TableSpec(
    "presence.csv",
    ("id", "site", "start", "end", "operator", "role", "confidence", "sources", "note"),
    ("id", "site", "start", "operator", "role", "confidence", "sources"),
)
CONTROL = TableSpec(
    "control.csv",
    ("id", "site", "start", "end", "holder", "confidence", "sources", "note"),
    ("id", "site", "start", "holder", "confidence", "sources"),
)
EVENTS = TableSpec(
    "events.csv",
    ("id", "date", "site", "kind", "title", "confidence", "sources", "note"),
    ("id", "date", "kind", "title", "confidence", "sources"),
)
TABLES = (SOURCES, ACTORS, PRESENCE, CONTROL, EVENTS)
# Optional: air-defence and radar systems at a site, for range rings while they are present.
SYSTEMS = TableSpec(
    "systems.csv",
    ("id", "site", "system", "range_km", "start", "end", "confidence", "sources", "note"),
    ("id", "site", "system", "range_km", "start", "confidence", "sources"),
)
MAX_RANGE_KM = 1000
# Optional: a guided tour of key moments; each step points at a day, a site and a sourced event.
TOUR = TableSpec(
    "tour.csv", ("step", "date", "site", "event", "title", "text"), ("step", "date", "site", "event", "title")
)

SITES_FILE = "sites.geojson"
SITE_PROPERTIES = (
    "id",
    "name",
    "name_ru",
    "name_ar",
    "aliases",
    "kind",
    "description",
    "coord_precision",
    "coord_sources",
)
SITE_REQUIRED = ("id", "name", "kind", "coord_precision", "coord_sources")
VERSION_FILE = "VERSION"


def split_list(value: str) -> list[str]:
    """Split a `;`-separated list cell into its non-empty, stripped items."""
    return [item.strip() for item in value.split(";") if item.strip()]
