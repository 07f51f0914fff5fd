"""Check the data files against every rule, collecting all problems rather than stopping at the first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from geodata import schema
from geodata.dates import FuzzyDate, parse_day, parse_fuzzy_date
from geodata.evidence import check_evidence
from geodata.problems import Problem
from geodata.reading import RawFile, RawRow, read_sites, read_table

OPEN_END = "(open)"


def read_all(directory: Path) -> dict[str, RawFile]:
    """Read every data file of a directory, keyed by file name (optional files only when present)."""
    files = {spec.name: read_table(directory, spec) for spec in schema.TABLES}
    files[schema.SITES_FILE] = read_sites(directory)
    for optional in schema.OPTIONAL_TABLES:
        if (directory / optional.name).exists():
            files[optional.name] = read_table(directory, optional)
    return files


def read_version(directory: Path) -> tuple[str, list[Problem]]:
    """Read the one-line dataset version; an unreadable or malformed one is a problem."""
    path = directory / schema.VERSION_FILE
    if not path.is_file():
        return "", [Problem(schema.VERSION_FILE, None, None, "file is missing: write the dataset version, YYYY.MM.DD")]
    try:
        text = path.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        return "", [Problem(schema.VERSION_FILE, 1, None, "not UTF-8 text")]
    if not schema.VERSION_PATTERN.match(text):
        return "", [Problem(schema.VERSION_FILE, 1, None, f"'{text[:40]}' is not a version like 2026.11.28")]
    return text, []


def is_http_url(value: str) -> bool:
    """True for an absolute http(s) URL with a host and no whitespace; nothing else may become a link."""
    if any(ch.isspace() for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and "." in parts.netloc


class _Checker:
    """Accumulates problems while walking the rows of one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, row: RawRow, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, row.row, field, message))

    def required(self, row: RawRow, fields: Iterable[str]) -> None:
        for name in fields:
            if not row.values.get(name):
                self.add(row, name, "is empty; it is required")

    def ids(self, rows: list[RawRow]) -> None:
        seen: dict[str, int] = {}
        for row in rows:
            value = row.values.get("id", "")
            if not value:
                continue
            if not schema.ID_PATTERN.match(value):
                self.add(row, "id", f"'{value}' is not a valid id (lowercase letters, digits and single hyphens)")
            if value in seen:
                self.add(row, "id", f"duplicate id '{value}' (first used on row {seen[value]})")
            else:
                seen[value] = row.row

    def choice(self, row: RawRow, field: str, allowed: Iterable[str]) -> None:
        value = row.values.get(field, "")
        allowed = tuple(allowed)
        if value and value not in allowed:
            self.add(row, field, f"'{value}' is not one of: {', '.join(allowed)}")

    def reference(self, row: RawRow, field: str, known: set[str], what: str) -> None:
        value = row.values.get(field, "")
        if value and value not in known:
            self.add(row, field, f"unknown {what} id '{value}'")

    def claim(self, row: RawRow, spec: schema.TableSpec, site_ids: set[str]) -> None:
        """What every claim row needs: its required fields, a known site, a confidence (sources: evidence.py)."""
        self.required(row, spec.required)
        self.reference(row, "site", site_ids, "site")
        self.choice(row, "confidence", schema.CONFIDENCES)

    def period(self, row: RawRow) -> None:
        """Start and end parse, and the end (when given) comes after the start."""
        start, end = self.date(row, "start"), self.date(row, "end")
        if start and end and end.nominal <= start.nominal:
            self.add(row, "end", f"end {end.text} is not after start {start.text}")

    def date(self, row: RawRow, field: str) -> FuzzyDate | None:
        value = row.values.get(field, "")
        if not value:
            return None
        try:
            return parse_fuzzy_date(value)
        except ValueError as err:
            self.add(row, field, str(err))
            return None


def _ids(raw: RawFile) -> set[str]:
    return {row.values["id"] for row in raw.rows if row.values.get("id")}


def _actor_roles(raw: RawFile) -> dict[str, str]:
    return {row.values["id"]: row.values.get("role", "") for row in raw.rows if row.values.get("id")}


def url_problem(url: str) -> str | None:
    """Why a URL may not be a source's citation, or None: http(s), no mirror, Wikipedia canonical."""
    if not is_http_url(url):
        return f"'{url[:80]}' is not an http(s) URL"
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for banned, what in schema.BANNED_HOSTS.items():
        if host == banned or host.endswith("." + banned):
            return f"{host} is {what}: cite the original and put the copy you read in archive_url"
    if parts.port is not None:
        return f"'{url[:80]}' names a port: cite the canonical URL"
    if host.endswith("wikipedia.org"):
        canonical = host.count(".") == 2 and not host.startswith(("m.", "www."))
        permalink = parts.path == "/w/index.php" and "oldid=" in parts.query
        if not canonical or not (parts.path.startswith("/wiki/") or permalink):
            return (
                f"'{url[:80]}' is not a canonical Wikipedia URL: use https://<lang>.wikipedia.org/wiki/Title "
                "or a revision permalink (/w/index.php?title=…&oldid=…)"
            )
    return None


def _check_sources(raw: RawFile, publishers: set[str]) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    for row in raw.rows:
        check.required(row, schema.SOURCES.required)
        url, archive = row.values.get("url", ""), row.values.get("archive_url", "")
        problem = url_problem(url) if url else None
        if problem:
            check.add(row, "url", problem)
        if not url and not archive:
            check.add(
                row,
                "url",
                "is empty: give the original's URL (for a print source with no web original: the copy read, in "
                "archive_url)",
            )
        if archive and not is_http_url(archive):
            check.add(row, "archive_url", f"'{archive[:80]}' is not an http(s) URL")
        if row.values.get("date") != schema.UNDATED:
            check.date(row, "date")
        publisher = row.values.get("publisher", "")
        if publisher and publisher not in publishers:
            check.add(row, "publisher", f"publisher '{publisher[:60]}' has no reliability tier in publishers.csv")
    return check.problems


def _check_publishers(raw: RawFile) -> list[Problem]:
    check = _Checker(raw.name)
    seen: dict[str, int] = {}
    for row in raw.rows:
        check.required(row, schema.PUBLISHERS.required)
        check.choice(row, "tier", schema.TIERS)
        name = row.values.get("publisher", "")
        if name in seen:
            check.add(row, "publisher", f"duplicate publisher '{name[:60]}' (first on row {seen[name]})")
        seen.setdefault(name, row.row)
    return check.problems


def _check_actors(raw: RawFile) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    for row in raw.rows:
        check.required(row, schema.ACTORS.required)
        check.choice(row, "role", schema.ACTOR_ROLES)
        colour = row.values.get("colour", "")
        if colour and not schema.COLOUR_PATTERN.match(colour):
            check.add(row, "colour", f"'{colour}' is not a colour like #1f77b4")
    return check.problems


def _check_sites(raw: RawFile) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    min_lon, min_lat, max_lon, max_lat = schema.SYRIA_BOUNDS
    for row in raw.rows:
        check.required(row, schema.SITE_REQUIRED)
        check.choice(row, "kind", schema.SITE_KINDS)
        check.choice(row, "governorate", schema.GOVERNORATES)
        check.choice(row, "coord_precision", schema.COORD_PRECISIONS)
        outside = (
            row.lon is not None
            and row.lat is not None
            and not (min_lon <= row.lon <= max_lon and min_lat <= row.lat <= max_lat)
        )
        if outside:
            check.add(
                row,
                "geometry",
                f"({row.lat:.4f}, {row.lon:.4f}) lies outside Syria; check the order [longitude, latitude]",
            )
    return check.problems


def _check_periods(
    raw: RawFile,
    spec: schema.TableSpec,
    actor_field: str,
    site_ids: set[str],
    actor_roles: dict[str, str],
) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    for row in raw.rows:
        check.claim(row, spec, site_ids)
        actor = row.values.get(actor_field, "")
        wanted_role = "operator" if actor_field == "operator" else "holder"
        if actor and actor not in actor_roles:
            check.add(row, actor_field, f"unknown actor id '{actor}'")
        elif actor and actor_roles[actor] != wanted_role:
            check.add(row, actor_field, f"actor '{actor}' is a {actor_roles[actor]}, not a {wanted_role}")
        if actor == schema.UNKNOWN_HOLDER and not row.values.get("note"):
            check.add(row, "note", "an 'unknown' holder period needs a note saying why the sources are silent")
        check.period(row)
    return check.problems


def _nominal_span(row: RawRow) -> tuple[int, float] | None:
    try:
        start = parse_fuzzy_date(row.values["start"]).nominal.toordinal()
        end_text = row.values.get("end", "")
        end = parse_fuzzy_date(end_text).nominal.toordinal() if end_text else float("inf")
    except (ValueError, KeyError):
        return None
    return start, end


def _spans_by_site(raw: RawFile) -> dict[str, list[tuple[RawRow, tuple[int, float]]]]:
    """Each site's periods with their nominal [start, end) ordinals, sorted by span."""
    by_site: dict[str, list[tuple[RawRow, tuple[int, float]]]] = defaultdict(list)
    for row in raw.rows:
        span = _nominal_span(row)
        if span and row.values.get("site"):
            by_site[row.values["site"]].append((row, span))
    for periods in by_site.values():
        periods.sort(key=lambda item: item[1])
    return by_site


def _check_control_overlaps(raw: RawFile) -> list[Problem]:
    """Overlapping control periods of one site must each carry a note saying why (a contested claim)."""
    check = _Checker(raw.name)
    for periods in _spans_by_site(raw).values():
        for i, (row_a, (_, end_a)) in enumerate(periods):
            for row_b, (start_b, _) in periods[i + 1 :]:
                if start_b >= end_a:
                    break
                for row, other in ((row_a, row_b), (row_b, row_a)):
                    if not row.values.get("note"):
                        check.add(
                            row,
                            "note",
                            f"overlaps control period '{other.values.get('id')}' (row {other.row}) of site "
                            f"'{row.values.get('site')}'; add a note explaining the competing claims",
                        )
    return check.problems


def _check_control_coverage(raw: RawFile, sites: RawFile) -> list[Problem]:
    """Every site has a holder on every day from the timeline's start to an open end: no silent gap."""
    check = _Checker(raw.name)
    first_day = parse_fuzzy_date(schema.TIMELINE_START).nominal.toordinal()
    by_site = _spans_by_site(raw)
    site_problems = _Checker(sites.name)
    for site_row in sites.rows:
        site = site_row.values.get("id", "")
        periods = by_site.get(site, [])
        if not periods:
            site_problems.add(site_row, "id", f"site '{site}' has no control period: who held the ground?")
            continue
        first_row, (first_start, _) = periods[0]
        if first_start > first_day:
            check.add(
                first_row,
                "start",
                f"site '{site}' has no holder before {first_row.values['start']}: the holder timeline must start by "
                f"{schema.TIMELINE_START} (use holder '{schema.UNKNOWN_HOLDER}' with a note where sources are silent)",
            )
        covered_until: float = periods[0][1][1]
        last_row = first_row
        for row, (start, end) in periods[1:]:
            if start > covered_until:
                check.add(
                    last_row,
                    "end",
                    f"site '{site}' has no holder from {last_row.values.get('end')} to {row.values['start']} "
                    f"(next: '{row.values.get('id')}'); add a period (holder '{schema.UNKNOWN_HOLDER}' with a note "
                    "where sources are silent)",
                )
            if end >= covered_until:
                covered_until, last_row = end, row
        if covered_until != float("inf"):
            check.add(
                last_row,
                "end",
                f"site '{site}' has no holder after {last_row.values.get('end')}: the last control period must be "
                "open-ended",
            )
    return check.problems + site_problems.problems


def _check_counts(raw: RawFile) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    scopes = (schema.COUNT_SCOPE_ALL, *schema.GOVERNORATES)
    for row in raw.rows:
        check.required(row, schema.COUNTS.required)
        check.date(row, "date")
        check.choice(row, "scope", scopes)
        value = row.values.get("count", "")
        if value and not (value.isdigit() and int(value) > 0):
            check.add(row, "count", f"'{value}' is not a positive whole number")
    return check.problems


def _check_events(raw: RawFile, site_ids: set[str]) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    for row in raw.rows:
        check.claim(row, schema.EVENTS, site_ids)
        check.choice(row, "kind", schema.EVENT_KINDS)
        check.date(row, "date")
    return check.problems


def _check_systems(raw: RawFile, site_ids: set[str]) -> list[Problem]:
    check = _Checker(raw.name)
    check.ids(raw.rows)
    for row in raw.rows:
        check.claim(row, schema.SYSTEMS, site_ids)
        value = row.values.get("range_km", "")
        try:
            if value and not 0 < float(value) <= schema.MAX_RANGE_KM:
                check.add(row, "range_km", f"{value} is not between 0 and {schema.MAX_RANGE_KM} km")
        except ValueError:
            check.add(row, "range_km", f"'{value}' is not a number of kilometres")
        check.period(row)
    return check.problems


def _check_tour(raw: RawFile, site_ids: set[str], event_ids: set[str]) -> list[Problem]:
    check = _Checker(raw.name)
    seen: set[str] = set()
    for row in raw.rows:
        check.required(row, schema.TOUR.required)
        step = row.values.get("step", "")
        if step in seen:
            check.add(row, "step", f"duplicate step '{step}'")
        seen.add(step)
        check.reference(row, "site", site_ids, "site")
        check.reference(row, "event", event_ids, "event")
        value = row.values.get("date", "")
        if value:
            try:
                parse_day(value)
            except ValueError as err:
                check.add(row, "date", str(err))
    return check.problems


def validate_files(files: dict[str, RawFile]) -> list[Problem]:
    """Every problem with the files read by `read_all`: per file, then across files."""
    problems = [problem for raw in files.values() for problem in raw.problems]
    sources, actors = files[schema.SOURCES.name], files[schema.ACTORS.name]
    sites, control = files[schema.SITES_FILE], files[schema.CONTROL.name]
    publishers = {row.values["publisher"] for row in files[schema.PUBLISHERS.name].rows if row.values.get("publisher")}
    site_ids, actor_roles = _ids(sites), _actor_roles(actors)
    problems += _check_sources(sources, publishers)
    problems += _check_publishers(files[schema.PUBLISHERS.name])
    problems += _check_actors(actors)
    problems += _check_sites(sites)
    problems += _check_periods(files[schema.PRESENCE.name], schema.PRESENCE, "operator", site_ids, actor_roles)
    problems += _check_periods(control, schema.CONTROL, "holder", site_ids, actor_roles)
    problems += _check_control_overlaps(control)
    problems += _check_control_coverage(control, sites)
    problems += _check_events(files[schema.EVENTS.name], site_ids)
    if schema.TOUR.name in files:
        problems += _check_tour(files[schema.TOUR.name], site_ids, _ids(files[schema.EVENTS.name]))
    if schema.SYSTEMS.name in files:
        problems += _check_systems(files[schema.SYSTEMS.name], site_ids)
    if schema.COUNTS.name in files:
        problems += _check_counts(files[schema.COUNTS.name])
    problems += check_evidence(files)
    return problems


def validate_directory(directory: Path) -> list[Problem]:
    """Read and check a whole data directory; an empty list means the data is valid."""
    files = read_all(directory)
    _, version_problems = read_version(directory)
    return validate_files(files) + version_problems
