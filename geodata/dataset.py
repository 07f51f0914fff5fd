"""Load a validated data directory into GeoDataFrames and DataFrames."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geodata import cache as dataset_cache
from geodata import schema
from geodata.config import data_dir
from geodata.dates import parse_fuzzy_date
from geodata.problems import DatasetError
from geodata.reading import RawFile
from geodata.validate import read_all, read_version, validate_files

# Open ends sort after every real day; ordinals of real days stay far below it.
OPEN_END_DAY = dt.date.max.toordinal() + 1

PERIOD_DATE_COLUMNS = ("start_day", "end_day", "start_earliest", "start_latest", "end_earliest", "end_latest")


@dataclass(frozen=True)
class Dataset:
    """The whole validated dataset. Frames are indexed by id (sites, sources, actors) or sorted by start."""

    directory: Path
    version: str
    sites: gpd.GeoDataFrame
    presence: pd.DataFrame
    control: pd.DataFrame
    events: pd.DataFrame
    sources: pd.DataFrame
    actors: pd.DataFrame
    tour: pd.DataFrame
    systems: pd.DataFrame
    citations: pd.DataFrame
    publishers: pd.DataFrame
    counts: pd.DataFrame

    @cached_property
    def quotes(self) -> dict[tuple[str, str], str]:
        """(claim, source) → the supporting quote; built on first use, so the on-disk cache does not
        carry a second copy of citations.csv."""
        citations = self.citations
        return dict(zip(zip(citations["claim"], citations["source"], strict=True), citations["quote"], strict=True))

    def actor_label(self, actor_id: str | None) -> str | None:
        return None if actor_id is None else str(self.actors.at[actor_id, "label"])

    def source_refs(self, source_ids: list[str], claim: str | None = None) -> list[dict[str, str]]:
        """Resolve source ids to their bibliographic record in the order given: title, publisher, its
        tier, date, url, archive_url, language, and the quote supporting `claim` (when given)."""
        refs = []
        for source_id in source_ids:
            row = self.sources.loc[source_id]
            tier = (
                str(self.publishers.at[row["publisher"], "tier"]) if row["publisher"] in self.publishers.index else ""
            )
            quote = self.quotes.get((claim, source_id), "") if claim else ""
            refs.append(
                {
                    "id": source_id,
                    "title": row["title"],
                    "publisher": row["publisher"],
                    "tier": tier,
                    "tier_label": schema.TIERS.get(tier, ""),
                    "date": row["date"],
                    "url": row["url"],
                    "archive_url": row["archive_url"],
                    "language": row["language"],
                    "quote": quote,
                }
            )
        return refs


def _table(raw: RawFile, spec: schema.TableSpec) -> pd.DataFrame:
    frame = pd.DataFrame([row.values for row in raw.rows], columns=list(spec.columns), dtype=object)
    return frame.fillna("")


def _cited(citations: pd.DataFrame) -> dict[str, list[str]]:
    """Claim id → its source ids, in the order of citations.csv."""
    cited: dict[str, list[str]] = {}
    for claim, source in zip(citations["claim"], citations["source"], strict=True):
        cited.setdefault(claim, []).append(source)
    return cited


def _with_period_days(frame: pd.DataFrame, cited: dict[str, list[str]]) -> pd.DataFrame:
    """Add ordinal-day columns: nominal start/end and the windows of both dates (open end → OPEN_END_DAY)."""
    frame = frame.copy()
    starts = [parse_fuzzy_date(text) for text in frame["start"]]
    ends = [parse_fuzzy_date(text) if text else None for text in frame["end"]]
    frame["start_day"] = [d.nominal.toordinal() for d in starts]
    frame["start_earliest"] = [d.earliest.toordinal() for d in starts]
    frame["start_latest"] = [d.latest.toordinal() for d in starts]
    frame["start_precision"] = [d.precision for d in starts]
    frame["end_day"] = [d.nominal.toordinal() if d else OPEN_END_DAY for d in ends]
    frame["end_earliest"] = [d.earliest.toordinal() if d else OPEN_END_DAY for d in ends]
    frame["end_latest"] = [d.latest.toordinal() if d else OPEN_END_DAY for d in ends]
    frame["end_precision"] = [d.precision if d else "open" for d in ends]
    frame["source_ids"] = [cited.get(claim, []) for claim in frame["id"]]
    for column in PERIOD_DATE_COLUMNS:
        frame[column] = frame[column].astype("int64")
    return frame.sort_values(["site", "start_day", "id"], kind="stable").reset_index(drop=True)


def _events(frame: pd.DataFrame, cited: dict[str, list[str]]) -> pd.DataFrame:
    frame = frame.copy()
    dates = [parse_fuzzy_date(text) for text in frame["date"]]
    frame["day"] = pd.Series([d.nominal.toordinal() for d in dates], dtype="int64")
    frame["precision"] = [d.precision for d in dates]
    frame["source_ids"] = [cited.get(claim, []) for claim in frame["id"]]
    return frame.sort_values(["day", "id"], kind="stable").reset_index(drop=True)


def _optional(files: dict[str, RawFile], spec: schema.TableSpec) -> pd.DataFrame:
    if spec.name not in files:
        return pd.DataFrame(columns=list(spec.columns))
    return _table(files[spec.name], spec)


def _systems(files: dict[str, RawFile], cited: dict[str, list[str]]) -> pd.DataFrame:
    frame = _optional(files, schema.SYSTEMS)
    frame = (
        _with_period_days(frame, cited)
        if len(frame)
        else frame.assign(
            **{column: pd.Series(dtype="int64") for column in PERIOD_DATE_COLUMNS}, source_ids=pd.Series(dtype=object)
        )
    )
    return frame.assign(range_km=pd.to_numeric(frame["range_km"]).astype(float))


def _tour(files: dict[str, RawFile]) -> pd.DataFrame:
    return _optional(files, schema.TOUR).sort_values("step", kind="stable").reset_index(drop=True)


def _counts(files: dict[str, RawFile], cited: dict[str, list[str]]) -> pd.DataFrame:
    frame = _optional(files, schema.COUNTS)
    frame["day"] = pd.Series([parse_fuzzy_date(text).nominal.toordinal() for text in frame["date"]], dtype="int64")
    frame["count"] = pd.to_numeric(frame["count"]).astype("int64")
    frame["source_ids"] = [cited.get(claim, []) for claim in frame["id"]]
    return frame.sort_values(["day", "id"], kind="stable").reset_index(drop=True)


def _sites(directory: Path, cited: dict[str, list[str]]) -> gpd.GeoDataFrame:
    sites = gpd.read_file(directory / schema.SITES_FILE)
    for column in schema.SITE_PROPERTIES:
        if column not in sites.columns:
            sites[column] = ""
        sites[column] = sites[column].fillna("").astype(str).str.strip()
    sites = sites[[*schema.SITE_PROPERTIES, "geometry"]].set_crs("EPSG:4326", allow_override=True)
    sites["lon"] = sites.geometry.x.round(6)
    sites["lat"] = sites.geometry.y.round(6)
    sites["coord_source_ids"] = [cited.get(site, []) for site in sites["id"]]
    return sites.sort_values("id").set_index("id", drop=False)


def load_dataset(directory: str | Path | None = None, *, cache: bool = False) -> Dataset:
    """Read, validate and load a data directory (default: `data_dir()`).

    With `cache`, a dataset that validated before with the same bytes and the same code is taken
    from the on-disk cache (`geodata.cache`) instead of being read and validated again.

    Raises
    ------
    DatasetError
        With every problem found, when the data is not valid; nothing is loaded half-way.
    """
    directory = data_dir(directory)
    if not cache:
        return _read_and_validate(directory)
    key = dataset_cache.content_key(directory)
    cached = dataset_cache.read(key)
    if isinstance(cached, Dataset):
        return dataclasses.replace(cached, directory=directory)
    dataset = _read_and_validate(directory)
    dataset_cache.write(key, dataset)
    return dataset


def _read_and_validate(directory: Path) -> Dataset:
    files = read_all(directory)
    version, version_problems = read_version(directory)
    problems = validate_files(files) + version_problems
    if problems:
        raise DatasetError(problems)
    tables = {spec.name: _table(files[spec.name], spec) for spec in schema.TABLES}
    citations = tables[schema.CITATIONS.name]
    cited = _cited(citations)
    return Dataset(
        directory=directory,
        version=version,
        sites=_sites(directory, cited),
        presence=_with_period_days(tables[schema.PRESENCE.name], cited),
        control=_with_period_days(tables[schema.CONTROL.name], cited),
        events=_events(tables[schema.EVENTS.name], cited),
        sources=tables[schema.SOURCES.name].set_index("id", drop=False),
        actors=tables[schema.ACTORS.name].set_index("id", drop=False),
        tour=_tour(files),
        systems=_systems(files, cited),
        citations=citations,
        publishers=tables[schema.PUBLISHERS.name].set_index("publisher", drop=False),
        counts=_counts(files, cited),
    )
