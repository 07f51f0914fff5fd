"""Every kind of broken dataset gives the readable problems page, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP


def truncate_sites(directory: Path) -> None:
    text = (directory / "sites.geojson").read_text()
    (directory / "sites.geojson").write_text(text[: len(text) // 3])


def latin1_control(directory: Path) -> None:
    (directory / "control.csv").write_bytes(
        "id,site,start,end,holder,confidence,note\nc-x,alpha,2000,,gov,high,caf\xe9\n".encode("latin-1")
    )


def huge_events(directory: Path) -> None:
    row = "e-{n},2000,,other,A long title,high,{pad}\n"
    with open(directory / "events.csv", "a", encoding="utf-8") as handle:
        for n in range(52_000):
            handle.write(row.format(n=n, pad="x" * 1000))


def empty_sources(directory: Path) -> None:
    (directory / "sources.csv").write_text("")


def wrong_types(directory: Path) -> None:
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace('"coordinates": [35.9, 34.9]', '"coordinates": ["35.9", true]'))


def dangling_and_duplicate_ids(directory: Path) -> None:
    with open(directory / "presence.csv", "a", encoding="utf-8") as handle:
        handle.write("p-alpha-1,ghost,2000,,martians,Role,sure,\n")
    with open(directory / "citations.csv", "a", encoding="utf-8") as handle:
        handle.write("p-alpha-1,src-none,A quote.\n")


@pytest.mark.parametrize(
    ("breaker", "expected"),
    [
        (truncate_sites, "not valid JSON"),
        (latin1_control, "not UTF-8"),
        (huge_events, "limit"),
        (empty_sources, "empty"),
        (wrong_types, "[longitude, latitude] numbers"),
        (dangling_and_duplicate_ids, "duplicate id"),
    ],
)
def test_broken_data_shows_every_problem(monkeypatch, data_copy, breaker, expected):
    directory = data_copy()
    breaker(directory)
    monkeypatch.setenv("GEODATA_DIR", str(directory))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "failed validation" in at.error[0].value
    problems = at.dataframe[0].value
    assert any(expected in message for message in problems["message"]), list(problems["message"])
    assert set(problems.columns) == {"file", "row", "field", "message"}


def test_dangling_ids_are_all_listed(monkeypatch, data_copy):
    directory = data_copy()
    dangling_and_duplicate_ids(directory)
    monkeypatch.setenv("GEODATA_DIR", str(directory))
    at = AppTest.from_file(APP, default_timeout=60).run()
    fields = set(at.dataframe[0].value["field"])
    assert {"id", "site", "operator", "confidence", "source"} <= fields


def test_missing_directory_is_a_problem_not_a_crash(monkeypatch, tmp_path):
    monkeypatch.setenv("GEODATA_DIR", str(tmp_path / "nowhere"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "file is missing" in " ".join(at.dataframe[0].value["message"])
