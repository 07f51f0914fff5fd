"""One test per validation rule, each on a small broken copy of the synthetic dataset."""

from __future__ import annotations

import pytest

from geodata.dataset import load_dataset
from geodata.problems import DatasetError
from geodata.validate import is_http_url, validate_directory

CONTROL_HEADER = "id,site,start,end,holder,confidence,note\n"
SOURCES_HEADER = "id,title,author,publisher,date,url,archive_url,language,note\n"


def cite(*claims: str, source: str = "src-one") -> str:
    """Rows for citations.csv giving each claim a quoted source."""
    return "".join(f"{claim},{source},A quote supporting {claim}.\n" for claim in claims)


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
        CONTROL_HEADER.encode() + "c-x,alpha,2000,,gov,high,caf\xe9\n".encode("latin-1")
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
    directory = data_copy(append={"events.csv": 'e-bad,2000,,other,"unterminated,high,\n'})
    problems = only(problems_of(directory), "events.csv")
    assert any("broken CSV" in p.message or "fields" in p.message for p in problems)


def test_missing_column_is_named(data_copy):
    directory = data_copy(
        sources__csv="id,title,publisher,date,url,archive_url,language,note\nsrc-one,T,Example,2020,https://example.org/x,,,\n"
    )
    problems = only(problems_of(directory), "sources.csv", "author")
    assert "missing" in problems[0].message


def test_unknown_column_is_named(data_copy):
    directory = data_copy(actors__csv="id,label,colour,role,description,colur\ngov,Government,#1f77b4,holder,,\n")
    assert only(problems_of(directory), "actors.csv", "colur")


def test_missing_required_value(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,alpha,2000,,soviet,,high,\n", "citations.csv": cite("p-x")})
    (problem,) = only(problems_of(directory), "presence.csv", "role")
    assert "required" in problem.message and problem.row == 5


def test_bad_id_format(data_copy):
    directory = data_copy(append={"events.csv": "Bad_ID,2000,,other,Title,high,\n", "citations.csv": cite("Bad_ID")})
    assert "not a valid id" in only(problems_of(directory), "events.csv", "id")[0].message


def test_duplicate_id(data_copy):
    directory = data_copy(append={"events.csv": "e-treaty,2001,,other,Again,high,\n"})
    (problem,) = only(problems_of(directory), "events.csv", "id")
    assert "duplicate" in problem.message and "row 2" in problem.message


def test_duplicate_site_id_in_geojson(data_copy):
    directory = data_copy()
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace('"id": "bravo"', '"id": "alpha"'))
    (problem,) = only(problems_of(directory), "sites.geojson", "id")
    assert problem.row == 2 and "duplicate" in problem.message


def test_unknown_site_reference(data_copy):
    directory = data_copy(append={"control.csv": "c-x,nowhere,2000,,gov,high,\n", "citations.csv": cite("c-x")})
    assert "unknown site id 'nowhere'" in only(problems_of(directory), "control.csv", "site")[0].message


def test_unknown_actor_reference(data_copy):
    directory = data_copy(
        append={"presence.csv": "p-x,alpha,2000,2001,martians,Role,high,\n", "citations.csv": cite("p-x")}
    )
    assert "unknown actor" in only(problems_of(directory), "presence.csv", "operator")[0].message


def test_actor_in_the_wrong_role(data_copy):
    directory = data_copy(append={"control.csv": "c-x,alpha,1900,1950,russia,high,\n", "citations.csv": cite("c-x")})
    assert "not a holder" in only(problems_of(directory), "control.csv", "holder")[0].message


def test_unknown_source_reference(data_copy):
    directory = data_copy(
        append={"events.csv": "e-x,2000,,other,T,high,\n", "citations.csv": cite("e-x", source="src-ghost")}
    )
    assert "src-ghost" in only(problems_of(directory), "citations.csv", "source")[0].message


def test_claim_without_a_source(data_copy):
    directory = data_copy(append={"presence.csv": "p-x,bravo,2020,,russia,Role,low,\n"})
    (problem,) = only(problems_of(directory), "presence.csv", "id")
    assert "no citation" in problem.message and problem.row == 5


def test_unparseable_date(data_copy):
    directory = data_copy(
        append={"control.csv": "c-x,alpha,1900,spring 1950,gov,high,x\n", "citations.csv": cite("c-x")}
    )
    assert "not a date" in only(problems_of(directory), "control.csv", "end")[0].message


def test_end_before_start(data_copy):
    directory = data_copy(
        append={"presence.csv": "p-x,bravo,2020-05-01,2019,russia,Role,low,\n", "citations.csv": cite("p-x")}
    )
    assert "not after start" in only(problems_of(directory), "presence.csv", "end")[0].message


def test_overlapping_control_without_note_names_both_rows(data_copy):
    directory = data_copy(append={"control.csv": "c-x,alpha,1980,1990,rebels,low,\n", "citations.csv": cite("c-x")})
    problems = only(problems_of(directory), "control.csv", "note")
    assert {p.row for p in problems} == {2, 7}
    assert all("overlaps" in p.message for p in problems)


def test_overlapping_control_with_notes_is_allowed(data_copy):
    directory = data_copy(
        control__csv=CONTROL_HEADER
        + "c-a,alpha,1971,,gov,high,Most sources.\n"
        + "c-b,alpha,1980,1990,rebels,low,One report says rebels held it.\n"
        + "c-c,bravo,1971,,gov,high,\n",
        citations__csv="claim,source,quote\n"
        + cite("alpha", "bravo", "p-alpha-1", "p-alpha-2", "p-bravo-1", "e-treaty", "e-capture", "c-a", "c-b", "c-c"),
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
    directory = data_copy(append={"events.csv": "e-x,2000,,invasion,T,certain,\n", "citations.csv": cite("e-x")})
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
    directory = data_copy(append={"sources.csv": f"src-x,T,,Example,2020,{url},,,\n"})
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
            "events.csv": "e-x,20xx,,other,T,high,\n",
            "presence.csv": "p-x,ghost,2000,,soviet,R,high,\n",
            "sources.csv": "src-x,T,,Example,2020,javascript:alert(1),,,\n",
            "citations.csv": cite("e-x", "p-x"),
        }
    )
    files = {p.file for p in problems_of(directory)}
    assert files == {"events.csv", "presence.csv", "sources.csv"}


def test_load_raises_with_all_problems(data_copy):
    directory = data_copy(
        append={
            "events.csv": "e-x,20xx,,other,T,high,\ne-y,2000,,otherwise,T,high,\n",
            "citations.csv": cite("e-x", "e-y"),
        }
    )
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
    header = "id,site,system,range_km,start,end,confidence,note\n"
    rows = "s-a,alpha,S-400,400,2015-11-26,,high,\ns-b,ghost,X,far,2016,2015,sure,\ns-c,alpha,Y,5000,2016,,low,\n"
    problems = problems_of(data_copy(systems__csv=header + rows, append={"citations.csv": cite("s-a", "s-c")}))
    found = {(p.row, p.field) for p in problems if p.file == "systems.csv"}
    assert found == {(3, "site"), (3, "range_km"), (3, "end"), (3, "confidence"), (3, "id"), (4, "range_km")}


def test_valid_systems_load_with_numeric_ranges(data_copy):
    header = "id,site,system,range_km,start,end,confidence,note\n"
    systems = header + "s-a,alpha,S-400,400,2015-11-26,,high,\n"
    dataset = load_dataset(data_copy(systems__csv=systems, append={"citations.csv": cite("s-a")}))
    assert dataset.systems["range_km"].tolist() == [400.0]
    assert load_dataset(data_copy()).systems.empty


# The source policy (issue 10): one failing example per rule.


def test_control_gap_is_named_with_both_days(data_copy):
    control = (
        CONTROL_HEADER
        + "c-alpha-1,alpha,1971,1990,gov,high,\n"
        + "c-alpha-2,alpha,1995,,rebels,high,\n"
        + "c-bravo-1,bravo,1971,,gov,high,\n"
    )
    citations = "claim,source,quote\n" + cite(
        "alpha",
        "bravo",
        "p-alpha-1",
        "p-alpha-2",
        "p-bravo-1",
        "e-treaty",
        "e-capture",
        "c-alpha-1",
        "c-alpha-2",
        "c-bravo-1",
    )
    (problem,) = only(problems_of(data_copy(control__csv=control, citations__csv=citations)), "control.csv", "end")
    assert problem.row == 2 and "no holder from 1990 to 1995" in problem.message


def test_control_must_start_by_1971_and_stay_open(data_copy):
    control = CONTROL_HEADER + "c-alpha-1,alpha,1980,2000,gov,high,\n" + "c-bravo-1,bravo,1971,,gov,high,\n"
    citations = "claim,source,quote\n" + cite(
        "alpha", "bravo", "p-alpha-1", "p-alpha-2", "p-bravo-1", "e-treaty", "e-capture", "c-alpha-1", "c-bravo-1"
    )
    problems = only(problems_of(data_copy(control__csv=control, citations__csv=citations)), "control.csv")
    messages = " | ".join(p.message for p in problems)
    assert "no holder before 1980" in messages and "must be open-ended" in messages


def test_site_without_any_holder_is_named(data_copy):
    control = CONTROL_HEADER + "c-alpha-1,alpha,1971,,gov,high,\n"
    citations = "claim,source,quote\n" + cite(
        "alpha", "bravo", "p-alpha-1", "p-alpha-2", "p-bravo-1", "e-treaty", "e-capture", "c-alpha-1"
    )
    (problem,) = only(problems_of(data_copy(control__csv=control, citations__csv=citations)), "sites.geojson", "id")
    assert "bravo" in problem.message and "no control period" in problem.message


def test_unknown_holder_needs_a_note(data_copy):
    directory = data_copy(
        append={
            "actors.csv": "unknown,Unknown,#9e9e9e,holder,Sources silent.\n",
            "control.csv": "c-x,alpha,1980,1990,unknown,low,\n",
            "citations.csv": cite("c-x"),
        }
    )
    problems = only(problems_of(directory), "control.csv", "note")
    assert any("'unknown' holder period needs a note" in p.message for p in problems)


@pytest.mark.parametrize(("date", "accepted"), [("2001-02-03", False), ("2001", True), ("~2001-02-03", True)])
def test_undated_source_cannot_carry_a_day_alone(data_copy, date, accepted):
    directory = data_copy(
        append={
            "sources.csv": "src-undated,Undated page,,Example,undated,https://example.org/u,,,\n",
            "events.csv": f"e-x,{date},,other,T,medium,\n",
            "citations.csv": cite("e-x", source="src-undated"),
        }
    )
    problems = problems_of(directory)
    if accepted:
        assert problems == []
    else:
        (problem,) = only(problems, "events.csv", "date")
        assert "undated" in problem.message


def test_citation_without_a_quote(data_copy):
    directory = data_copy(append={"events.csv": "e-x,2001,,other,T,medium,\n", "citations.csv": "e-x,src-one,\n"})
    assert "required" in only(problems_of(directory), "citations.csv", "quote")[0].message


def test_quote_longer_than_the_limit(data_copy):
    quote = "word " * 70
    directory = data_copy(
        append={"events.csv": "e-x,2001,,other,T,medium,\n", "citations.csv": f"e-x,src-one,{quote}\n"}
    )
    assert "characters" in only(problems_of(directory), "citations.csv", "quote")[0].message


def test_citation_of_an_unknown_claim(data_copy):
    directory = data_copy(append={"citations.csv": cite("e-ghost")})
    assert "unknown claim id 'e-ghost'" in only(problems_of(directory), "citations.csv", "claim")[0].message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://wikimili.com/en/Khmeimim_Air_Base", "Wikipedia mirror"),
        ("https://www.piglix.com/w/Khmeimim", "Wikipedia mirror"),
        ("https://grokipedia.com/page/Tartus", "AI-written encyclopedia"),
        ("https://web.archive.org/web/2020/https://example.org/", "web archive"),
        ("https://en.m.wikipedia.org/wiki/Tartus", "canonical Wikipedia"),
        ("https://en.wikipedia.org/w/index.php?title=Tartus", "canonical Wikipedia"),
        ("https://wiki.example.org:8443/wiki/Tartus", "port"),
    ],
)
def test_banned_or_non_canonical_citation_url(data_copy, url, words):
    directory = data_copy(append={"sources.csv": f"src-x,T,,Example,2020,{url},,,\n"})
    assert words in only(problems_of(directory), "sources.csv", "url")[0].message


def test_mirror_is_allowed_as_the_archive_copy_beside_the_original(data_copy):
    row = "src-x,T,,Example,2020,https://en.wikipedia.org/wiki/Tartus,https://wikimili.com/en/Tartus,en,\n"
    permalink = "src-y,T,,Example,2020,https://en.wikipedia.org/w/index.php?title=Tartus&oldid=1,,en,\n"
    assert problems_of(data_copy(append={"sources.csv": row + permalink})) == []


def test_source_needs_publisher_date_and_a_tiered_publisher(data_copy):
    directory = data_copy(
        append={"sources.csv": "src-x,T,,,,https://example.org/x,,,\nsrc-y,T,,Nobody,2020,https://example.org/y,,,\n"}
    )
    problems = only(problems_of(directory), "sources.csv")
    found = {(p.row, p.field) for p in problems}
    assert {(4, "publisher"), (4, "date"), (5, "publisher")} <= found
    assert any("reliability tier" in p.message for p in problems if p.row == 5)


def test_publisher_tier_must_be_known(data_copy):
    directory = data_copy(append={"publishers.csv": "Blog,trustworthy,\n"})
    assert only(problems_of(directory), "publishers.csv", "tier")


def test_high_confidence_needs_official_or_two_publishers(data_copy):
    directory = data_copy(
        publishers__csv="publisher,tier,note\nExample,major-outlet,\nOther,wire,\n",
        append={
            "sources.csv": "src-three,Third,,Other,2020,https://example.org/three,,,\n",
            "events.csv": "e-one,2001,,other,One outlet,high,\ne-two,2001,,other,Two outlets,high,\n",
            "citations.csv": cite("e-one") + cite("e-two") + cite("e-two", source="src-three"),
        },
    )
    problems = [p for p in problems_of(directory) if p.field == "confidence"]
    rows = {(p.file, p.row) for p in problems}
    assert ("events.csv", 4) in rows and ("events.csv", 5) not in rows


def test_claim_ids_are_unique_across_files(data_copy):
    directory = data_copy(append={"events.csv": "alpha,2001,,other,Named like a site,medium,\n"})
    assert "also used in" in only(problems_of(directory), "events.csv", "id")[0].message


def test_site_needs_a_known_governorate_and_reported_claims_are_valid(data_copy):
    directory = data_copy(
        append={"presence.csv": "p-x,bravo,2020,2021,russia,Reported post,reported,\n", "citations.csv": cite("p-x")}
    )
    path = directory / "sites.geojson"
    path.write_text(path.read_text().replace('"governorate": "quneitra"', '"governorate": "golan"'))
    (problem,) = problems_of(directory)
    assert (problem.file, problem.field) == ("sites.geojson", "governorate")


def test_counts_are_checked_when_present(data_copy):
    counts = "id,date,scope,count,what,note\nn-a,2021-01,syria,83,Russian points,\nn-b,2021-13,mars,-4,X,\n"
    problems = problems_of(data_copy(counts__csv=counts, append={"citations.csv": cite("n-a", "n-b")}))
    found = {(p.row, p.field) for p in problems if p.file == "counts.csv"}
    assert found == {(3, "date"), (3, "scope"), (3, "count")}


def test_print_source_without_web_original_needs_the_copy_read(data_copy):
    print_source = "src-print,A 1983 magazine story,,Example,1983-05-23,,https://example.org/copy,en,\n"
    nothing = "src-none,No address at all,,Example,1983-05-23,,,en,\n"
    problems = only(problems_of(data_copy(append={"sources.csv": print_source + nothing})), "sources.csv", "url")
    assert [p.row for p in problems] == [5]


def test_a_relay_does_not_count_as_a_second_independent_source(data_copy):
    directory = data_copy(
        publishers__csv="publisher,tier,note\nExample,major-outlet,\nAFP,wire,\nAFP (via CNA),wire,\n",
        append={
            "sources.csv": "src-afp,A,,AFP,2020,https://example.org/afp,,,\nsrc-cna,B,,AFP (via CNA),2020,https://example.org/cna,,,\n",
            "events.csv": "e-relay,2001,,other,Relayed twice,high,\n",
            "citations.csv": cite("e-relay", source="src-afp") + cite("e-relay", source="src-cna"),
        },
    )
    problems = [p for p in problems_of(directory) if p.field == "confidence" and p.row == 4]
    assert problems and "relay" in problems[0].message


@pytest.mark.parametrize(
    ("relay", "original"),
    [
        ("AFP (via CNA)", "AFP"),
        ("Reuters (via Yahoo News)", "Reuters"),
        ("SOT Kurdistan (citing SOHR)", "Syrian Observatory for Human Rights"),
        ("Fact Jo (citing Reuters and SOHR)", "Reuters"),
        ("Haaretz (Reuters)", "Reuters"),
        ("Tabnak (TASS text)", "TASS"),
        ("The Syrian Observer", "Syrian Observer"),
        ("SMART News Agency", "Smart News Agency"),
    ],
)
def test_a_relay_is_its_original_publisher(relay, original):
    from geodata.evidence import original_publisher

    assert original_publisher(relay) == original_publisher(original)


def test_distinct_outlets_stay_distinct():
    from geodata.evidence import original_publisher

    assert original_publisher("Enab Baladi (English)") == original_publisher("Enab Baladi")
    assert original_publisher("Al-Masdar News") != original_publisher("Enab Baladi")
