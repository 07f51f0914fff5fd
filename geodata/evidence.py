"""The source policy, checked: every claim cites a source with a verbatim quote, and its dates and
confidence are no more precise or certain than its sources allow (see data/README.md)."""

from __future__ import annotations

import re
from collections import defaultdict

from geodata import schema
from geodata.dates import parse_fuzzy_date
from geodata.problems import Problem
from geodata.reading import RawFile, RawRow

# The claim files, and the fields of each that hold dates.
CLAIM_DATE_FIELDS: dict[str, tuple[str, ...]] = {
    schema.SITES_FILE: (),
    schema.PRESENCE.name: ("start", "end"),
    schema.CONTROL.name: ("start", "end"),
    schema.EVENTS.name: ("date",),
    schema.SYSTEMS.name: ("start", "end"),
    schema.COUNTS.name: ("date",),
}


def _claims(files: dict[str, RawFile], problems: list[Problem]) -> dict[str, tuple[str, RawRow]]:
    """Every claim id with its file and row; an id used in two claim files is a problem."""
    claims: dict[str, tuple[str, RawRow]] = {}
    for name in CLAIM_DATE_FIELDS:
        if name not in files:
            continue
        for row in files[name].rows:
            claim = row.values.get("id", "")
            if not claim:
                continue
            if claim in claims and claims[claim][0] != name:
                other_file, other_row = claims[claim]
                problems.append(
                    Problem(
                        name,
                        row.row,
                        "id",
                        f"id '{claim}' is also used in {other_file} (row {other_row.row}); citations need unique ids",
                    )
                )
                continue
            claims.setdefault(claim, (name, row))
    return claims


_VIA = re.compile(r"\s*\((?:via|republished by)\b[^)]*\)\s*$", re.IGNORECASE)
_CITING = re.compile(r"\((?:citing|relaying|republishing|relayed from)\s+([^)]*)\)\s*$", re.IGNORECASE)
_BRACKETED = re.compile(r"\(([^)]*)\)\s*$")
# Agencies whose text outlets reprint with the agency in brackets: 'Haaretz (Reuters)' is Reuters.
_AGENCIES = {
    "afp",
    "reuters",
    "associated press",
    "ap",
    "tass",
    "sputnik",
    "xinhua",
    "anadolu agency",
    "dpa",
    "interfax",
    "sana",
    "sohr",
    "ntb",
}
_ALIASES = {"ap": "associated press", "sohr": "syrian observatory for human rights", "anadolu": "anadolu agency"}


def _normal(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip().casefold())
    name = re.sub(r"[^\w]+", " ", name).strip()
    return _ALIASES.get(name, name)


def original_publisher(name: str) -> str:
    """The publisher whose report a source carries, so relays do not count as independent:
    'AFP (via CNA)' is AFP, 'SOT Kurdistan (citing SOHR)' is SOHR, 'Haaretz (Reuters)' is Reuters,
    'The Syrian Observer' and 'Syrian Observer' are one publisher."""
    if _VIA.search(name):
        return _normal(_VIA.sub("", name))
    citing = _CITING.search(name)
    if citing:
        return _normal(re.split(r"\s+and\s+|,", citing.group(1))[0])
    bracketed = _BRACKETED.search(name)
    if bracketed:
        inner = _normal(re.split(r"[,;/]|\s+text$", bracketed.group(1))[0])
        if inner in _AGENCIES or inner in _ALIASES.values():
            return inner
        return _normal(name[: bracketed.start()])
    return _normal(name)


def _is_day_precise(text: str) -> bool:
    try:
        return bool(text) and parse_fuzzy_date(text).is_exact
    except ValueError:
        return False


def check_evidence(files: dict[str, RawFile]) -> list[Problem]:
    """Citations point at known claims and sources with a short quote; every claim is cited; an
    undated source alone cannot carry a day; `high` needs an official source or two publishers."""
    problems: list[Problem] = []
    claims = _claims(files, problems)
    sources = {row.values["id"]: row.values for row in files[schema.SOURCES.name].rows if row.values.get("id")}
    tiers = {row.values["publisher"]: row.values.get("tier", "") for row in files[schema.PUBLISHERS.name].rows}
    cited: dict[str, list[str]] = defaultdict(list)
    citations = files[schema.CITATIONS.name]
    for row in citations.rows:
        claim, source, quote = (row.values.get(k, "") for k in ("claim", "source", "quote"))

        def add(field: str, message: str, row: RawRow = row) -> None:
            problems.append(Problem(citations.name, row.row, field, message))

        for field in schema.CITATIONS.required:
            if not row.values.get(field):
                add(field, "is empty; it is required (every citation quotes its source)")
        if claim and claim not in claims:
            add("claim", f"unknown claim id '{claim}' (not a site, period, event, system or count)")
        if source and source not in sources:
            add("source", f"unknown source id '{source}'")
        if len(quote) > schema.MAX_QUOTE_CHARS:
            add("quote", f"is {len(quote)} characters; keep the supporting quote to {schema.MAX_QUOTE_CHARS}")
        if claim and source:
            if source in cited[claim]:
                add("source", f"source '{source}' is cited twice for claim '{claim}'")
            else:
                cited[claim].append(source)
    for claim, (name, row) in claims.items():

        def flag(field: str, message: str, name: str = name, row: RawRow = row) -> None:
            problems.append(Problem(name, row.row, field, message))

        known = [sources[s] for s in cited.get(claim, []) if s in sources]
        if not known:
            flag("id", f"claim '{claim}' has no citation in citations.csv: add a source and a verbatim quote")
            continue
        dated = [s for s in known if s.get("date") and s.get("date") != schema.UNDATED]
        for field in CLAIM_DATE_FIELDS[name]:
            if _is_day_precise(row.values.get(field, "")) and not dated:
                flag(field, f"day-precise date {row.values[field]} rests only on undated sources; cite a dated one")
        if row.values.get("confidence") == "high":
            official = any(tiers.get(s.get("publisher", "")) == "official" for s in known)
            publishers = {original_publisher(s.get("publisher", "")) for s in known}
            if not official and len(publishers) < 2:
                flag(
                    "confidence",
                    "'high' needs an official statement or two independent sources (different publishers; a relay "
                    "such as 'AFP (via CNA)' counts as its original)",
                )
    return problems
