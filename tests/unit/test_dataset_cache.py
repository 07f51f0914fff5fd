"""The on-disk cache of validated datasets: a hit equals a fresh load, any edit misses, bad data is never stored."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from geodata import cache
from geodata.dataset import load_dataset
from geodata.problems import DatasetError
from tests.conftest import REPO


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV_VARIABLE, str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.exists() else []


def test_a_cached_load_equals_a_fresh_load(cache_folder: Path, data_copy: Callable[..., Path]) -> None:
    directory = data_copy()
    first = load_dataset(directory, cache=True)
    assert len(entries(cache_folder)) == 1
    hit = load_dataset(directory, cache=True)
    fresh = load_dataset(directory)
    assert hit.directory == directory and hit.version == fresh.version
    for name in ("sites", "presence", "control", "events", "sources", "actors", "citations", "publishers"):
        pd.testing.assert_frame_equal(getattr(hit, name), getattr(fresh, name), check_like=False)
    assert hit.quotes == fresh.quotes == first.quotes


def test_the_cache_hit_is_read_from_disk_under_the_content_key(
    cache_folder: Path, data_copy: Callable[..., Path]
) -> None:
    directory = data_copy()
    load_dataset(directory, cache=True)
    (entry,) = entries(cache_folder)
    assert entry.stem == cache.content_key(directory)
    assert cache.read(entry.stem).sites.index.tolist() == load_dataset(directory).sites.index.tolist()


def test_an_edited_file_misses_the_cache_and_is_read_afresh(cache_folder: Path, data_copy: Callable[..., Path]) -> None:
    directory = data_copy()
    load_dataset(directory, cache=True)
    sites_path = directory / "sites.geojson"
    document = json.loads(sites_path.read_text(encoding="utf-8"))
    document["features"][0]["properties"]["name"] = "Renamed after caching"
    sites_path.write_text(json.dumps(document), encoding="utf-8")
    reloaded = load_dataset(directory, cache=True)
    assert "Renamed after caching" in reloaded.sites["name"].tolist()
    assert len(entries(cache_folder)) == 2


def test_an_edit_that_breaks_the_data_is_reported_not_served_from_the_cache(
    cache_folder: Path, data_copy: Callable[..., Path]
) -> None:
    directory = data_copy()
    load_dataset(directory, cache=True)
    with open(directory / "presence.csv", "a", encoding="utf-8") as handle:
        handle.write("broken-row,nowhere,2020-13-40,,russia,x,high,\n")
    with pytest.raises(DatasetError) as raised:
        load_dataset(directory, cache=True)
    assert any(problem.file == "presence.csv" for problem in raised.value.problems)
    assert len(entries(cache_folder)) == 1


def test_a_corrupt_entry_is_a_miss_and_is_replaced(cache_folder: Path, data_copy: Callable[..., Path]) -> None:
    directory = data_copy()
    load_dataset(directory, cache=True)
    (entry,) = entries(cache_folder)
    entry.write_bytes(b"not a pickle")
    dataset = load_dataset(directory, cache=True)
    assert len(dataset.sites) == len(load_dataset(directory).sites)
    assert cache.read(entry.stem) is not None


def test_the_cache_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_copy: Callable[..., Path]
) -> None:
    monkeypatch.setenv(cache.ENV_VARIABLE, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    load_dataset(data_copy(), cache=True)
    assert cache.cache_dir() is None
    assert not (tmp_path / "xdg").exists()


def test_only_the_newest_entries_are_kept(cache_folder: Path, data_copy: Callable[..., Path]) -> None:
    for number in range(cache.KEEP_ENTRIES + 2):
        directory = data_copy()
        (directory / "VERSION").write_text(f"2026.01.01.{number + 1}\n", encoding="utf-8")
        load_dataset(directory, cache=True)
    assert len(entries(cache_folder)) == cache.KEEP_ENTRIES


def test_the_command_line_answers_the_same_from_the_cache(cache_folder: Path, data_copy: Callable[..., Path]) -> None:
    directory = data_copy()
    environment = {"PATH": "/usr/bin:/bin", cache.ENV_VARIABLE: str(cache_folder)}

    def state() -> list[dict[str, object]]:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "geodata",
                "state",
                "--date",
                "2013-01-01",
                "--format",
                "json",
                "--data",
                str(directory),
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=environment,
            check=True,
        )
        return json.loads(result.stdout)

    cold = state()
    assert len(entries(cache_folder)) == 1
    assert state() == cold
