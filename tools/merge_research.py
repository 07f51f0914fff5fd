"""Merge research groups' staging files (docs/research/SPEC format) into geodata/data/.

Usage: python tools/merge_research.py docs/research/staging/r5east [more group folders…]

Appends sites, periods, events, systems, counts and citations; a staged source whose URL (or id) the
data already holds is mapped onto the existing source (its citations follow it); new publishers are
added with their tier (an existing publisher keeps its tier; a disagreement is reported). Nothing
is overwritten. Prints what it did and every collision; run `python -m geodata validate` after.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "geodata" / "data"
ROW_FILES = ("presence.csv", "control.csv", "events.csv", "systems.csv", "counts.csv")
NEAR_KM = 1.0
MAX_QUOTE = 300


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def header_of(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def append_rows(path: Path, rows: list[dict[str, str]]) -> None:
    header = header_of(path)
    with open(path, "a", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore", lineterminator="\n")
        for row in rows:
            writer.writerow({key: (row.get(key) or "") for key in header})


def km(a: list[float], b: list[float]) -> float:
    lat = math.radians((a[1] + b[1]) / 2)
    return math.hypot((a[0] - b[0]) * 111.32 * math.cos(lat), (a[1] - b[1]) * 110.57)


def merge_group(group: Path, report: list[str]) -> None:
    sources = read_rows(DATA / "sources.csv")
    by_url = {s["url"]: s["id"] for s in sources if s["url"]}
    ids = {s["id"] for s in sources}
    source_map: dict[str, str] = {}
    new_sources = []
    for source in read_rows(group / "sources.csv"):
        if source["id"] in ids:
            source_map[source["id"]] = source["id"]
        elif source["url"] and source["url"] in by_url:
            source_map[source["id"]] = by_url[source["url"]]
            report.append(f"{group.name}: source {source['id']} is {by_url[source['url']]} (same URL)")
        else:
            source_map[source["id"]] = source["id"]
            new_sources.append(source)
            ids.add(source["id"])
            if source["url"]:
                by_url[source["url"]] = source["id"]
    append_rows(DATA / "sources.csv", new_sources)

    tiers = {p["publisher"]: p["tier"] for p in read_rows(DATA / "publishers.csv")}
    new_publishers = []
    for publisher in read_rows(group / "publishers.csv"):
        name = publisher["publisher"]
        if name in tiers:
            if tiers[name] != publisher["tier"]:
                kept = f"kept as {tiers[name]} (group said {publisher['tier']})"
                report.append(f"{group.name}: publisher {name!r} {kept}")
        else:
            tiers[name] = publisher["tier"]
            new_publishers.append(publisher)
    append_rows(DATA / "publishers.csv", new_publishers)

    collection = json.loads((DATA / "sites.geojson").read_text(encoding="utf-8"))
    existing = {f["properties"]["id"]: f for f in collection["features"]}
    added = 0
    sites_file = group / "sites.jsonl"
    for line in sites_file.read_text(encoding="utf-8").splitlines() if sites_file.is_file() else []:
        if not line.strip():
            continue
        feature = json.loads(line)
        site_id = feature["properties"]["id"]
        if site_id in existing:
            report.append(f"{group.name}: site {site_id} already exists; not added")
            continue
        for other_id, other in existing.items():
            distance = km(feature["geometry"]["coordinates"], other["geometry"]["coordinates"])
            if distance < NEAR_KM:
                report.append(f"{group.name}: site {site_id} is {distance:.2f} km from {other_id}")
        collection["features"].append(feature)
        existing[site_id] = feature
        added += 1
    (DATA / "sites.geojson").write_text(_geojson_text(collection), encoding="utf-8")

    counts = {}
    for name in ROW_FILES:
        rows = read_rows(group / name)
        if rows:
            append_rows(DATA / name, rows)
        counts[name] = len(rows)
    existing = read_rows(DATA / "citations.csv")
    seen = {(c["claim"], c["source"]): c for c in existing}
    citations: list[dict[str, str]] = []
    for citation in read_rows(group / "citations.csv"):
        citation = {**citation, "source": source_map.get(citation["source"], citation["source"])}
        key = (citation["claim"], citation["source"])
        if key not in seen:
            seen[key] = citation
            citations.append(citation)
            continue
        # One citation per claim and source: a second quote joins the first while it fits.
        first = seen[key]
        if citation["quote"] in first["quote"]:
            continue
        joined = f"{first['quote']} … {citation['quote']}"
        if len(joined) <= MAX_QUOTE and first in citations:
            first["quote"] = joined
        else:
            report.append(f"{group.name}: a further quote of {key[1]} for {key[0]} left out (too long or cited before)")
    append_rows(DATA / "citations.csv", citations)
    replace_unknown_holders(group, report)
    apply_edits(group, report)
    report.append(
        f"{group.name}: +{added} sites, "
        + ", ".join(f"+{n} {name[:-4]}" for name, n in counts.items() if n)
        + f", +{len(new_sources)} sources, +{len(new_publishers)} publishers, +{len(citations)} citations"
    )


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    header = header_of(path)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def replace_unknown_holders(group: Path, report: list[str]) -> None:
    """Drop each control row a group replaces, after checking its replacements span the same days.
    A refused replacement leaves the old row beside the new ones: the report names it, and the
    maintainer removes one side before validating."""
    replacements = read_rows(group / "replaces.csv")
    if not replacements:
        return
    control = read_rows(DATA / "control.csv")
    by_id = {row["id"]: row for row in control}
    dropped: set[str] = set()
    for line in replacements:
        old = by_id.get(line["old_id"])
        new = [by_id.get(new_id.strip()) for new_id in line["new_ids"].split(";") if new_id.strip()]
        refused = f"{group.name}: replacement of {line['old_id']} refused"
        if old is None or old["holder"] != "unknown" or not new or None in new:
            report.append(f"{refused} (unknown id, or not an unknown holder)")
        elif any(row["site"] != old["site"] for row in new):
            report.append(f"{refused} (another site)")
        elif old["start"] not in {row["start"] for row in new} or old["end"] not in {row["end"] for row in new}:
            report.append(f"{refused} (does not span {old['start']} to {old['end']})")
        else:
            dropped.add(old["id"])
    write_rows(DATA / "control.csv", [row for row in control if row["id"] not in dropped])
    citations = read_rows(DATA / "citations.csv")
    write_rows(DATA / "citations.csv", [row for row in citations if row["claim"] not in dropped])
    report.append(f"{group.name}: replaced {len(dropped)} unknown control rows")


def apply_edits(group: Path, report: list[str]) -> None:
    """Change single fields of existing rows; an edit whose `old` no longer matches is refused.
    Each data file is read and written once, however many of its rows the group edits."""
    edits_by_file: dict[str, list[dict[str, str]]] = {}
    for edit in read_rows(group / "edits.csv"):
        edits_by_file.setdefault(edit["file"], []).append(edit)
    applied = 0
    for name, edits in edits_by_file.items():
        rows = read_rows(DATA / name) if name in ROW_FILES else []
        by_id = {row["id"]: row for row in rows}
        changed = False
        for edit in edits:
            row = by_id.get(edit["id"])
            if row is None or row.get(edit["field"]) != edit["old"]:
                report.append(
                    f"{group.name}: edit of {name} {edit['id']}.{edit['field']} refused (no such row or value)"
                )
                continue
            row[edit["field"]] = edit["new"]
            changed = True
            applied += 1
        if changed:
            write_rows(DATA / name, rows)
    if applied:
        report.append(f"{group.name}: {applied} field edits")


def _geojson_text(collection: dict) -> str:
    """One feature per line, sorted by id, as the shipped file is written (diff-friendly)."""
    features = sorted(collection["features"], key=lambda f: f["properties"]["id"])
    lines = [json.dumps(f, ensure_ascii=False) for f in features]
    return '{"type": "FeatureCollection", "features": [\n' + ",\n".join(lines) + "\n]}\n"


def sort_by_first_column(path: Path) -> None:
    """Rows sorted by their first column (the id; the claim in citations.csv), stably: a claim's
    sources keep the order in which they were cited, which is the order the details show them."""
    with open(path, newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    rows.sort(key=lambda row: row[0])
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    report: list[str] = []
    for folder in argv:
        merge_group(Path(folder), report)
    for path in sorted(DATA.glob("*.csv")):
        if path.name != "tour.csv":  # the tour is in step order
            sort_by_first_column(path)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
