"""The state on a day as files a GIS user or a spreadsheet opens: GeoJSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyogrio

if TYPE_CHECKING:
    from geodata.dataset import Dataset

CSV_COLUMNS = (
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "coord_precision",
    "active",
    "operator_label",
    "presence",
    "presence_since",
    "holder_label",
    "holder_since",
    "contested",
    "confidence",
    "certain",
    "source_urls",
)


_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """Prefix text a spreadsheet would run as a formula with an apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    flat = {key: neutralise_formula(record.get(key)) for key in CSV_COLUMNS if key != "source_urls"}
    flat["source_urls"] = " ".join(source["url"] for source in record["sources"])
    return flat


_ITEM_ENCODER = json.JSONEncoder(ensure_ascii=False)


def state_geojson(records: list[dict[str, Any]], day: str, version: str) -> str:
    """A GeoJSON FeatureCollection of the sites' state, one Point feature per site."""
    features = []
    for record in records:
        properties = dict(record)
        del properties["lat"], properties["lon"]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [record["lon"], record["lat"]]},
                "properties": properties,
            }
        )
    head = {"type": "FeatureCollection", "name": f"bases-atlas-{day}", "dataset_version": version}
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ' + json_array_text(features) + "}\n"


def json_array_text(items: list[Any]) -> str:
    """A JSON array with one item per line: readable, diff-friendly, and written by json's C encoder
    (an indented dump runs the pure-Python encoder, about five times slower at 10,000 sites)."""
    if not items:
        return "[]"
    encode = _ITEM_ENCODER.encode  # one encoder: json.dumps(…, ensure_ascii=False) builds one per call
    return "[\n" + ",\n".join(encode(item) for item in items) + "\n]"


def state_csv(records: list[dict[str, Any]]) -> str:
    """A CSV table of the sites' state, sources as space-separated URLs."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow(_flat(record))
    return buffer.getvalue()


def dataset_geopackage(dataset: Dataset) -> bytes:
    """The whole dataset as one GeoPackage: a `sites` point layer and one table per other file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bases-atlas.gpkg"
        sites = dataset.sites.drop(columns=["coord_source_ids"]).reset_index(drop=True)
        sites.to_file(path, layer="sites", driver="GPKG")
        tables = {
            "presence": dataset.presence,
            "control": dataset.control,
            "events": dataset.events,
            "sources": dataset.sources,
            "publishers": dataset.publishers,
            "citations": dataset.citations,
            "actors": dataset.actors,
        }
        for layer, frame in tables.items():
            plain = frame.reset_index(drop=True).drop(columns=["source_ids"], errors="ignore")
            pyogrio.write_dataframe(plain, path, layer=layer, driver="GPKG", append=True)
        return path.read_bytes()
