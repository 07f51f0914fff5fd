"""`python -m geodata` end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import MINIMAL, REPO


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "geodata", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_validate_shipped_data_passes_with_a_summary():
    result = run("validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:") and "sites" in result.stdout and len(result.stdout.splitlines()) == 1


def test_validate_broken_data_lists_every_problem_and_exits_1(data_copy):
    events = "e-x,20xx,,other,T,medium,\ne-y,2000,,other,T,medium,\n"
    citations = "e-x,src-one,A quote.\ne-y,src-nope,A quote.\n"
    directory = data_copy(append={"events.csv": events, "citations.csv": citations})
    result = run("validate", "--data", str(directory))
    assert result.returncode == 1
    assert "events.csv, row 4, field 'date'" in result.stdout
    assert "citations.csv, row 15, field 'source': unknown source id 'src-nope'" in result.stdout
    assert "Traceback" not in result.stderr


def test_geodata_dir_environment_variable_selects_the_data():
    result = run("state", "--date", "2013-01-01", env={"GEODATA_DIR": str(MINIMAL)})
    assert [r["id"] for r in json.loads(result.stdout)] == ["alpha", "bravo"]


def test_data_option_beats_the_environment(data_copy):
    result = run("state", "--date", "2013-01-01", "--data", str(MINIMAL), env={"GEODATA_DIR": "/nonexistent"})
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 2


def test_state_json_has_the_documented_fields():
    result = run("state", "--date", "2013-01-01", "--data", str(MINIMAL))
    alpha = json.loads(result.stdout)[0]
    for key in ("id", "name", "kind", "lat", "lon", "active", "holder", "presence", "confidence", "sources"):
        assert key in alpha
    assert alpha["holder"] == "gov" and alpha["holder_label"] == "Government"
    assert alpha["sources"] == [{"title": "First test source", "url": "https://example.org/one"}]


def test_state_table_is_readable():
    result = run("state", "--date", "2013-01-01", "--data", str(MINIMAL), "--format", "table")
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "active"] and lines[2].startswith("alpha")


def test_bad_date_is_a_usage_error_not_a_traceback():
    result = run("state", "--date", "2013-02-30", "--data", str(MINIMAL))
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr


def test_changes_between_two_days():
    result = run("changes", "--from", "2014-01-01", "--to", "2015-01-01", "--data", str(MINIMAL))
    (change,) = json.loads(result.stdout)
    assert change["day"] == "2014-10-05" and change["site"] == "bravo" and "holder changed" in change["changes"]


def test_history_json_and_table():
    history = json.loads(run("history", "bravo", "--data", str(MINIMAL)).stdout)
    assert [p["id"] for p in history["control"]] == ["c-bravo-1", "c-bravo-2", "c-bravo-4", "c-bravo-3"]
    assert history["events"][0]["title"] == "Rebels capture Bravo"
    table = run("history", "bravo", "--data", str(MINIMAL), "--format", "table").stdout
    assert "Bravo listening post" in table and "2014-10-05" in table


def test_history_of_unknown_site_names_the_known_ids():
    result = run("history", "nowhere", "--data", str(MINIMAL))
    assert result.returncode == 2 and "alpha, bravo" in result.stderr


def test_export_geojson_opens_as_features(tmp_path):
    import geopandas as gpd

    out = tmp_path / "state.geojson"
    result = run("export", "--date", "2013-01-01", "--format", "geojson", "--data", str(MINIMAL), "-o", str(out))
    assert result.returncode == 0
    frame = gpd.read_file(out)
    assert sorted(frame["id"]) == ["alpha", "bravo"]
    assert frame.geometry.geom_type.unique().tolist() == ["Point"]


def test_export_csv_neutralises_spreadsheet_formulas(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace("Alpha naval point", '=HYPERLINK(\\"http://evil\\")'))
    result = run("export", "--date", "2013-01-01", "--format", "csv", "--data", str(directory))
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["name"].startswith("'=")


@pytest.mark.parametrize("command", ["validate", "state", "changes", "history", "export"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0 and "--data" in result.stdout


def test_commands_on_broken_data_exit_1_with_problems(data_copy):
    directory = data_copy(append={"control.csv": "c-x,ghost,2000,,gov,high,\n"})
    result = run("state", "--date", "2013-01-01", "--data", str(directory))
    assert result.returncode == 1 and "unknown site id 'ghost'" in result.stderr and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback():
    """`python -m geodata state … | head` must end quietly when head closes the pipe."""
    command = [sys.executable, "-m", "geodata", "state", "--date", "2021-06-01", "--format", "json"]
    with subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        first = process.stdout.read(64)
        process.stdout.close()
        stderr = process.stderr.read().decode()
        returncode = process.wait(timeout=60)
    assert first.startswith(b"[")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert returncode == 0
