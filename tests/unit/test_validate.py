"""One test per validation rule, each on a small broken copy of the synthetic dataset."""

from __future__ import annotations

import pytest

from geodata.dataset import load_dataset
from geodata.problems import DatasetError
from geodata.validate import is_http_url, validate_directory

CONTROL_HEADER = "id,site,start,end,holder,confidence,sources,note\n"
PRESENCE_HEADER = "id,site,start,end,operator,role,confidence,sources,note\n"


def problems_of(directory):
    return validate_directory(directory)


def only(problems, file, field=None):
    found = [p for p in problems if p.file == file and (field is None or p.field == field)]
    assert found, f"expected a problem in {file} field {field}, got {[str(p) for p in problems]}"
    return found


def test_shipped_minimal_fixture_is_valid(minimal_dir):
    assert problems_of(minimal_dir) == []


def test_missing_file_is_named(data_copy):
    directory = data_copy()
    (directory / "events.csv").unlink()
    (problem,) = only(problems_of(directory), "events.csv")
    assert "missing" in problem.message and problem.row is None


def test_empty_file_is_reported(data_copy):
    (problem,) = only(problems_of(data_copy(sources__csv="")), "sources.csv")
    assert "empty" in problem.message


def test_non_utf8_file_names_file_and_line(data_copy):
    directory = data_copy()
    (directory / "control.csv").write_bytes(
        CONTROL_HEADER.encode() + "c-x,alpha,2000,,gov,high,src-one,caf\xe9\n".encode("latin-1")
    )
    (problem,) = only(problems_of(directory), "control.csv")
    assert "UTF-8" in problem.message and problem.row == 2


def test_truncated_geojson_is_a_clear_problem_not_a_traceback(data_copy):
    directory = data_copy()
    text = (directory / "sites.geojson").read_text()
    (directory / "sites.geojson").write_text(text[: len(text) // 2])
    (problem,) = only(problems_of(directory), "sites.geojson")
    assert "not valid JSON" in problem.message
    with pytest.raises(DatasetError):
        load_dataset(directory)


def test_truncated_csv_row_names_the_row(data_copy):
    directory = data_copy(append={"presence.csv": "p-cut,alpha,2000"})
    (problem,) = only(problems_of(directory), "presence.csv")
    assert problem.row == 5 and "fields" in problem.message


def test_unterminated_quote_is_reported(data_copy):
    directory = data_copy(append={"events.csv": 'e-bad,2000,,other,"unterminated,high,src-one,\n'})
    problems = only(problems_of(directory), "events.csv")
    assert any("broken CSV" in p.message or "fields" in p.message for p in problems)


def test_missing_column_is_named(data_copy):
    directory = data_copy(sources__csv="id,title,publisher,date,url,note\nsrc-one,T,P,2020,https://example.org/x,\n")
    problems = only(problems_of(directory), "sources.csv", "author")
    assert "missing" in problems[0].message


def test_unknown_column_is_named(data_copy):
    directory = data_copy(actors__csv="id,label,colour,role,description,colur\ngov,Government,#1f77b4,holder,,\n")
    assert only(problems_of(directory), "actors.csv", "colur")


def test_missing_required_value(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,alpha,2000,,soviet,,high,src-one,\n"})
    (problem,) = only(problems_of(directory), "presence.csv", "role")
    assert "required" in problem.message and problem.row == 5


def test_bad_id_format(data_copy):
    directory = data_copy(append={"events.csv": "Bad_ID,2000,,other,Title,high,src-one,\n"})
    assert "not a valid id" in only(problems_of(directory), "events.csv", "id")[0].message


def test_duplicate_id(data_copy):
    directory = data_copy(append={"events.csv": "e-treaty,2001,,other,Again,high,src-one,\n"})
    (problem,) = only(problems_of(directory), "events.csv", "id")
    assert "duplicate" in problem.message and "row 2" in problem.message


def test_duplicate_site_id_in_geojson(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace('"id": "bravo"', '"id": "alpha"'))
    (problem,) = only(problems_of(directory), "sites.geojson", "id")
    assert problem.row == 2 and "duplicate" in problem.message


def test_unknown_site_reference(data_copy):
    directory = data_copy(append={"control.csv": "c-x,nowhere,2000,,gov,high,src-one,\n"})
    assert "unknown site id 'nowhere'" in only(problems_of(directory), "control.csv", "site")[0].message


def test_unknown_actor_reference(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,alpha,2000,2001,martians,Role,high,src-one,\n"})
    assert "unknown actor" in only(problems_of(directory), "presence.csv", "operator")[0].message


def test_actor_in_the_wrong_role(data_copy):
    directory = data_copy(append={"control.csv": "c-x,alpha,1900,1950,russia,high,src-one,\n"})
    assert "not a holder" in only(problems_of(directory), "control.csv", "holder")[0].message


def test_unknown_source_reference(data_copy):
    directory = data_copy(append={"events.csv": "e-x,2000,,other,T,high,src-one;src-ghost,\n"})
    assert "src-ghost" in only(problems_of(directory), "events.csv", "sources")[0].message


def test_claim_without_a_source(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,bravo,2020,,russia,Role,low,,\n"})
    assert "required" in only(problems_of(directory), "presence.csv", "sources")[0].message


def test_unparseable_date(data_copy):
    directory = data_copy(append={"control.csv": "c-x,alpha,1900,spring 1950,gov,high,src-one,x\n"})
    assert "not a date" in only(problems_of(directory), "control.csv", "end")[0].message


def test_end_before_start(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,bravo,2020-05-01,2019,russia,Role,low,src-one,\n"})
    assert "not after start" in only(problems_of(directory), "presence.csv", "end")[0].message


def test_overlapping_control_without_note_names_both_rows(data_copy):
    directory = data_copy(append={"control.csv": "c-x,alpha,1980,1990,rebels,low,src-one,\n"})
    problems = only(problems_of(directory), "control.csv", "note")
    assert {p.row for p in problems} == {2, 7}
    assert all("overlaps" in p.message for p in problems)


def test_overlapping_control_with_notes_is_allowed(data_copy):
    directory = data_copy(
        control__csv=CONTROL_HEADER
        + "c-a,alpha,1971,,gov,high,src-one,Most sources.\n"
        + "c-b,alpha,1980,1990,rebels,low,src-one,One report says rebels held it.\n"
        + "c-c,bravo,2000,,gov,high,src-two,\n"
    )
    assert problems_of(directory) == []


def test_coordinates_outside_syria(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace("[35.9, 34.9]", "[34.9, 35.9]"))
    (problem,) = only(problems_of(directory), "sites.geojson", "geometry")
    assert "outside Syria" in problem.message and problem.row == 1


def test_non_point_geometry(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(
        path.read_text().replace(
            '"type": "Point", "coordinates": [36.2, 33.2]',
            '"type": "LineString", "coordinates": [[36.2, 33.2], [36.3, 33.3]]',
        )
    )
    assert "Point" in only(problems_of(directory), "sites.geojson", "geometry")[0].message


def test_property_of_the_wrong_type(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace('"aliases": ""', '"aliases": 7'))
    assert "must be text" in only(problems_of(directory), "sites.geojson", "aliases")[0].message


def test_bad_enum_values(data_copy):
    directory = data_copy(append={"events.csv": "e-x,2000,,invasion,T,certain,src-one,\n"})
    fields = {p.field for p in problems_of(directory) if p.file == "events.csv"}
    assert {"kind", "confidence"} <= fields


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.org/x",
        "example.org/x",
        "https://",
        "https://exa mple.org",
        "data:text/html;x",
    ],
)
def test_malformed_or_unsafe_url(data_copy, url):
    directory = data_copy(append={"sources.csv": f"src-x,T,,P,2020,{url},\n"})
    assert "not an http(s) URL" in only(problems_of(directory), "sources.csv", "url")[0].message


def test_is_http_url_accepts_normal_links():
    assert is_http_url("https://www.reuters.com/world/a-b?x=1#y")
    assert is_http_url("http://example.org/path")


def test_bad_colour(data_copy):
    directory = data_copy(append={"actors.csv": "nobody,Nobody,red,holder,\n"})
    assert only(problems_of(directory), "actors.csv", "colour")


def test_missing_or_malformed_version(data_copy):
    directory = data_copy(VERSION="v1\n")
    assert only(problems_of(directory), "VERSION")
    (directory / "VERSION").unlink()
    assert "missing" in only(problems_of(directory), "VERSION")[0].message


def test_oversized_file_is_refused_without_reading_it(data_copy, monkeypatch):
    import geodata.reading

    monkeypatch.setattr(geodata.reading, "MAX_FILE_BYTES", 100)
    directory = data_copy()
    problems = problems_of(directory)
    assert any("limit" in p.message and p.file == "sites.geojson" for p in problems)


def test_every_problem_is_collected_not_just_the_first(data_copy):
    directory = data_copy(
        append={
            "events.csv": "e-x,20xx,,other,T,high,src-one,\n",
            "presence.csv": "p-x,ghost,2000,,soviet,R,high,src-one,\n",
            "sources.csv": "src-x,T,,P,2020,javascript:alert(1),\n",
        }
    )
    files = {p.file for p in problems_of(directory)}
    assert files == {"events.csv", "presence.csv", "sources.csv"}


def test_load_raises_with_all_problems(data_copy):
    directory = data_copy(append={"events.csv": "e-x,20xx,,other,T,high,src-one,\ne-y,2000,,other,T,high,src-nope,\n"})
    with pytest.raises(DatasetError) as info:
        load_dataset(directory)
    assert len(info.value.problems) == 2
    assert all(str(p).startswith("events.csv, row ") for p in info.value.problems)


def test_tour_is_optional_but_checked_when_present(data_copy):
    tour = "step,date,site,event,title,text\n1,2014-10-05,bravo,e-capture,Capture,Text\n1,2014-13-01,ghost,e-none,,\n"
    problems = problems_of(data_copy(tour__csv=tour))
    fields = {p.field for p in problems if p.file == "tour.csv"}
    assert fields == {"step", "date", "site", "event", "title"}


def test_dataset_without_a_tour_is_valid_and_has_an_empty_tour(minimal_dir):
    assert not (minimal_dir / "tour.csv").exists()
    assert problems_of(minimal_dir) == []
    assert load_dataset(minimal_dir).tour.empty


def test_systems_are_optional_but_checked_when_present(data_copy):
    header = "id,site,system,range_km,start,end,confidence,sources,note\n"
    rows = (
        "s-a,alpha,S-400,400,2015-11-26,,high,src-one,\n"
        "s-b,ghost,X,far,2016,2015,sure,src-none,\n"
        "s-c,alpha,Y,5000,2016,,low,src-one,\n"
    )
    problems = problems_of(data_copy(systems__csv=header + rows))
    found = {(p.row, p.field) for p in problems if p.file == "systems.csv"}
    assert found == {(3, "site"), (3, "range_km"), (3, "end"), (3, "confidence"), (3, "sources"), (4, "range_km")}


def test_valid_systems_load_with_numeric_ranges(data_copy):
    header = "id,site,system,range_km,start,end,confidence,sources,note\n"
    dataset = load_dataset(data_copy(systems__csv=header + "s-a,alpha,S-400,400,2015-11-26,,high,src-one,\n"))
    assert dataset.systems["range_km"].tolist() == [400.0]
    assert load_dataset(data_copy()).systems.empty
