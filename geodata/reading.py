"""Read the data files as text, turning every unreadable file or row into a Problem, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from geodata.problems import Problem
from geodata.schema import MAX_FILE_BYTES, SITE_PROPERTIES, SITES_FILE, TableSpec


@dataclass(frozen=True)
class RawRow:
    """A row (CSV line or GeoJSON feature number) with its cells as stripped strings."""

    row: int
    values: dict[str, str]
    lon: float | None = None
    lat: float | None = None


@dataclass
class RawFile:
    """What could be read of one file, and what was wrong with it."""

    name: str
    rows: list[RawRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    readable: bool = True


def _read_text(path: Path, name: str, raw: RawFile) -> str | None:
    if not path.is_file():
        raw.problems.append(Problem(name, None, None, f"file is missing (expected at {path})"))
        return None
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raw.problems.append(
            Problem(name, None, None, f"file is {size / 1e6:.1f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB limit")
        )
        return None
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raw.problems.append(Problem(name, line, None, f"not UTF-8 text (byte {err.start}); save the file as UTF-8"))
        return None
    if not text.strip():
        raw.problems.append(Problem(name, None, None, "file is empty"))
        return None
    return text


def read_table(directory: Path, spec: TableSpec) -> RawFile:
    """Read a CSV file: check its header, give every row its line number, keep every row."""
    raw = RawFile(spec.name)
    text = _read_text(directory / spec.name, spec.name, raw)
    if text is None:
        raw.readable = False
        return raw
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [cell.strip() for cell in next(reader)]
        missing = [col for col in spec.columns if col not in header]
        unknown = [col for col in header if col not in spec.columns]
        for col in missing:
            raw.problems.append(Problem(spec.name, 1, col, "column is missing from the header"))
        for col in unknown:
            raw.problems.append(
                Problem(spec.name, 1, col or "(blank)", f"unknown column; expected {', '.join(spec.columns)}")
            )
        if len(set(header)) != len(header):
            raw.problems.append(Problem(spec.name, 1, None, "header names a column twice"))
        if missing or len(set(header)) != len(header):
            raw.readable = False
            return raw
        positions = [(col, header.index(col)) for col in spec.columns]
        width = len(header)
        for cells in reader:
            if not "".join(cells).strip():
                continue
            if len(cells) != width:
                raw.problems.append(
                    Problem(spec.name, reader.line_num, None, f"has {len(cells)} fields, the header has {width}")
                )
                continue
            raw.rows.append(RawRow(reader.line_num, {col: cells[i].strip() for col, i in positions}))
    except csv.Error as err:
        raw.problems.append(Problem(spec.name, reader.line_num, None, f"broken CSV ({err}); is the file truncated?"))
    return raw


def _coordinates(geometry: object) -> tuple[float, float] | str:
    if not isinstance(geometry, dict) or geometry.get("type") != "Point":
        return "geometry must be a GeoJSON Point"
    coords = geometry.get("coordinates")
    if (
        not isinstance(coords, list)
        or len(coords) != 2
        or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords)
        or not all(math.isfinite(c) for c in coords)
    ):
        return "Point coordinates must be [longitude, latitude] numbers"
    return float(coords[0]), float(coords[1])


def read_sites(directory: Path) -> RawFile:
    """Read the sites GeoJSON: one RawRow per feature, numbered from 1."""
    raw = RawFile(SITES_FILE)
    text = _read_text(directory / SITES_FILE, SITES_FILE, raw)
    if text is None:
        raw.readable = False
        return raw
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raw.problems.append(
            Problem(SITES_FILE, err.lineno, None, f"not valid JSON at line {err.lineno}, column {err.colno}: {err.msg}")
        )
        raw.readable = False
        return raw
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raw.problems.append(Problem(SITES_FILE, None, None, "must be a GeoJSON FeatureCollection"))
        raw.readable = False
        return raw
    features = document.get("features")
    if not isinstance(features, list):
        raw.problems.append(Problem(SITES_FILE, None, "features", "must be a list of features"))
        raw.readable = False
        return raw
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raw.problems.append(Problem(SITES_FILE, number, None, "is not a GeoJSON Feature"))
            continue
        properties = feature.get("properties")
        if not isinstance(properties, dict):
            raw.problems.append(Problem(SITES_FILE, number, "properties", "must be an object"))
            continue
        for key, value in properties.items():
            if key not in SITE_PROPERTIES:
                raw.problems.append(
                    Problem(SITES_FILE, number, key, f"unknown property; expected {', '.join(SITE_PROPERTIES)}")
                )
            elif value is not None and not isinstance(value, str):
                raw.problems.append(Problem(SITES_FILE, number, key, f"must be text, not {type(value).__name__}"))
        values = {
            key: properties[key].strip() if isinstance(properties.get(key), str) else "" for key in SITE_PROPERTIES
        }
        coords = _coordinates(feature.get("geometry"))
        if isinstance(coords, str):
            raw.problems.append(Problem(SITES_FILE, number, "geometry", coords))
            raw.rows.append(RawRow(number, values))
        else:
            raw.rows.append(RawRow(number, values, lon=coords[0], lat=coords[1]))
    return raw
