"""What each data file must contain: its columns, which are required, and the allowed values."""

from __future__ import annotations

import re
from dataclasses import dataclass

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
VERSION_PATTERN = re.compile(r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")

SITE_KINDS = (
    "naval-base",
    "air-base",
    "sigint-station",
    "army-base",
    "military-police",
    "observation-post",
    "air-defence",
    "depot",
    "other",
)
SITE_KIND_LABELS = {
    "naval-base": "Naval base",
    "air-base": "Air base",
    "sigint-station": "Signals-intelligence station",
    "army-base": "Army base",
    "military-police": "Military-police base or post",
    "observation-post": "Observation post",
    "air-defence": "Air-defence site",
    "depot": "Depot or logistics site",
    "other": "Other",
}
GOVERNORATES = {
    "aleppo": "Aleppo",
    "damascus": "Damascus",
    "daraa": "Daraa",
    "deir-ez-zor": "Deir ez-Zor",
    "hama": "Hama",
    "hasakah": "Al-Hasakah",
    "homs": "Homs",
    "idlib": "Idlib",
    "latakia": "Latakia",
    "quneitra": "Quneitra",
    "raqqa": "Raqqa",
    "rif-dimashq": "Rif Dimashq",
    "suwayda": "As-Suwayda",
    "tartus": "Tartus",
}
COORD_PRECISIONS = ("exact", "approximate", "town", "region")
# `reported`: a single unconfirmed report, kept visible and drawn apart from sourced facts.
CONFIDENCES = ("high", "medium", "low", "reported")
CONFIDENCE_RANK = {"reported": -1, "low": 0, "medium": 1, "high": 2}
# Claims drawn faded (map, history strip, timeline chart): the weakest two levels.
FADED_CONFIDENCES = ("low", "reported")
CONFIDENCE_LABELS = {
    "high": "high confidence",
    "medium": "medium confidence",
    "low": "low confidence",
    "reported": "reported, unconfirmed",
}
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
    "sources.csv",
    ("id", "title", "author", "publisher", "date", "url", "archive_url", "language", "note"),
    ("id", "title", "publisher", "date"),
)
# A source's `date` is its publication date, or this word when the page shows none.
UNDATED = "undated"
PUBLISHERS = TableSpec("publishers.csv", ("publisher", "tier", "note"), ("publisher", "tier"))
# Reliability tiers of publishers, most authoritative first (documented in data/README.md).
TIERS = {
    "official": "official statement",
    "wire": "wire agency",
    "major-outlet": "major outlet",
    "regional-outlet": "regional outlet",
    "monitor": "monitor",
    "research": "research or analysis",
    "reference": "encyclopedia",
    "partisan-or-state": "partisan or state media",
}
# Links every claim (a site's location, a period, an event, a system, a count) to a source, with
# a short verbatim quote from the source that supports it.
CITATIONS = TableSpec("citations.csv", ("claim", "source", "quote"), ("claim", "source", "quote"))
MAX_QUOTE_CHARS = 300
# Hosts never cited: Wikipedia mirrors and copies, AI-written encyclopedias, content farms and
# web archives (an archive copy goes in `archive_url`, beside the original).
BANNED_HOSTS = {
    "askwikinow.com": "a Wikipedia mirror",
    "piglix.com": "a Wikipedia mirror",
    "explained.today": "a Wikipedia mirror",
    "wikimili.com": "a Wikipedia mirror",
    "owiki.org": "a Wikipedia mirror",
    "wikiwand.com": "a Wikipedia mirror",
    "wiki2.org": "a Wikipedia mirror",
    "wikizero.com": "a Wikipedia mirror",
    "alchetron.com": "a Wikipedia mirror",
    "everybodywiki.com": "a Wikipedia mirror",
    "infogalactic.com": "a Wikipedia fork",
    "dbpedia.org": "a Wikipedia extract",
    "wonilvalve.com": "a Wikipedia mirror",
    "richxsearch.com": "a Wikipedia mirror",
    "pwojczyn.com": "a Wikipedia mirror",
    "wiki.av1.space": "a Wikipedia mirror",
    "fastly.net": "a Wikipedia mirror",
    "grokipedia.com": "an AI-written encyclopedia",
    "ovalcircle.info": "a content farm",
    "onenewspage.com": "a content farm",
    "web.archive.org": "a web archive",
    "archive.ph": "a web archive",
    "archive.today": "a web archive",
    "archive.is": "a web archive",
}
ACTORS = TableSpec("actors.csv", ("id", "label", "colour", "role", "description"), ("id", "label", "colour", "role"))
PRESENCE = TableSpec(
    "presence.csv",
    ("id", "site", "start", "end", "operator", "role", "confidence", "note"),
    ("id", "site", "start", "operator", "role", "confidence"),
)
CONTROL = TableSpec(
    "control.csv",
    ("id", "site", "start", "end", "holder", "confidence", "note"),
    ("id", "site", "start", "holder", "confidence"),
)
EVENTS = TableSpec(
    "events.csv",
    ("id", "date", "site", "kind", "title", "confidence", "note"),
    ("id", "date", "kind", "title", "confidence"),
)
TABLES = (SOURCES, PUBLISHERS, CITATIONS, ACTORS, PRESENCE, CONTROL, EVENTS)
# Optional: air-defence and radar systems at a site, for range rings while they are present.
SYSTEMS = TableSpec(
    "systems.csv",
    ("id", "site", "system", "range_km", "start", "end", "confidence", "note"),
    ("id", "site", "system", "range_km", "start", "confidence"),
)
# Optional: open-source counts of Russian military points (all Syria or one governorate).
COUNTS = TableSpec(
    "counts.csv", ("id", "date", "scope", "count", "what", "note"), ("id", "date", "scope", "count", "what")
)
COUNT_SCOPE_ALL = "syria"
MAX_RANGE_KM = 1000
# Optional: a guided tour of key moments; each step points at a day, a site and a sourced event.
TOUR = TableSpec(
    "tour.csv", ("step", "date", "site", "event", "title", "text"), ("step", "date", "site", "event", "title")
)
OPTIONAL_TABLES = (SYSTEMS, COUNTS, TOUR)

SITES_FILE = "sites.geojson"
SITE_PROPERTIES = (
    "id",
    "name",
    "name_ru",
    "name_ar",
    "aliases",
    "kind",
    "governorate",
    "description",
    "coord_precision",
)
SITE_REQUIRED = ("id", "name", "kind", "governorate", "coord_precision")
VERSION_FILE = "VERSION"
# Every holder timeline runs without a gap from this day (or earlier) to an open end.
TIMELINE_START = "1971-01-01"
# Holder for spans the sources leave silent; its periods must say why in their note.
UNKNOWN_HOLDER = "unknown"
# Files a data folder may hold besides the tables: the one list behind reading, upload and docs.
TEXT_FILES = ("CHANGELOG.md", "README.md")


def data_file_names() -> tuple[str, ...]:
    """Every file name a data folder may hold, required and optional."""
    return (
        SITES_FILE,
        VERSION_FILE,
        *(spec.name for spec in TABLES),
        *(spec.name for spec in OPTIONAL_TABLES),
        *TEXT_FILES,
    )
