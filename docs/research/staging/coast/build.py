#!/usr/bin/env python3
"""Build the coast group's staging files (sites.jsonl, presence/control/events/systems/sources/publishers/citations CSV).
All quotes are copied verbatim from `search` excerpts (or the project seed file, where noted)."""

import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {}  # id -> dict
PUBLISHERS = {}  # name -> (tier, note)
SITES = []
PRESENCE, CONTROL, EVENTS, SYSTEMS = [], [], [], []
CITES = []  # (claim, source, quote)


def pub(name, tier, note=""):
    PUBLISHERS[name] = (tier, note)


def src(id, title, publisher, date, url, archive_url="", language="en", author="", note=""):
    assert id.startswith("coast-src-") or id.startswith("com-src-"), id
    SOURCES[id] = dict(
        id=id,
        title=title,
        author=author,
        publisher=publisher,
        date=date,
        url=url,
        archive_url=archive_url,
        language=language,
        note=note,
    )


def cite(claim, source, quote):
    CITES.append((claim, source, quote))


def site(id, lon, lat, name, name_ru, name_ar, aliases, kind, gov, desc, prec, cites):
    SITES.append(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "id": id,
                "name": name,
                "name_ru": name_ru,
                "name_ar": name_ar,
                "aliases": aliases,
                "kind": kind,
                "governorate": gov,
                "description": desc,
                "coord_precision": prec,
            },
        }
    )
    for s, q in cites:
        cite(id, s, q)


def prs(id, site_, start, end, op, role, conf, note, cites):
    PRESENCE.append(dict(id=id, site=site_, start=start, end=end, operator=op, role=role, confidence=conf, note=note))
    for s, q in cites:
        cite(id, s, q)


def ctl(id, site_, start, end, holder, conf, note, cites):
    CONTROL.append(dict(id=id, site=site_, start=start, end=end, holder=holder, confidence=conf, note=note))
    for s, q in cites:
        cite(id, s, q)


def evt(id, date, site_, kind, title, conf, note, cites):
    EVENTS.append(dict(id=id, date=date, site=site_, kind=kind, title=title, confidence=conf, note=note))
    for s, q in cites:
        cite(id, s, q)


def sysrow(id, site_, system, rng, start, end, conf, note, cites):
    SYSTEMS.append(
        dict(id=id, site=site_, system=system, range_km=rng, start=start, end=end, confidence=conf, note=note)
    )
    for s, q in cites:
        cite(id, s, q)


exec(open(os.path.join(HERE, "data.py"), encoding="utf-8").read())


def write_csv(name, fields, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    with open(os.path.join(HERE, "sites.jsonl"), "w", encoding="utf-8") as f:
        for s in SITES:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    write_csv("presence.csv", ["id", "site", "start", "end", "operator", "role", "confidence", "note"], PRESENCE)
    write_csv("control.csv", ["id", "site", "start", "end", "holder", "confidence", "note"], CONTROL)
    write_csv("events.csv", ["id", "date", "site", "kind", "title", "confidence", "note"], EVENTS)
    write_csv("systems.csv", ["id", "site", "system", "range_km", "start", "end", "confidence", "note"], SYSTEMS)
    write_csv(
        "sources.csv",
        ["id", "title", "author", "publisher", "date", "url", "archive_url", "language", "note"],
        list(SOURCES.values()),
    )
    write_csv(
        "publishers.csv",
        ["publisher", "tier", "note"],
        [dict(publisher=k, tier=v[0], note=v[1]) for k, v in sorted(PUBLISHERS.items())],
    )
    write_csv("citations.csv", ["claim", "source", "quote"], [dict(claim=c, source=s, quote=q) for c, s, q in CITES])
    # checks
    problems = []
    site_ids = {s["properties"]["id"] for s in SITES}
    claims = {r["id"] for r in PRESENCE + CONTROL + EVENTS + SYSTEMS} | site_ids
    cited = {c for c, _, _ in CITES}
    for c in claims - cited:
        problems.append(f"no citation for {c}")
    for c, s, q in CITES:
        if s not in SOURCES:
            problems.append(f"unknown source {s} (claim {c})")
        if c not in claims:
            problems.append(f"citation for unknown claim {c}")
        if len(q) > 300:
            problems.append(f"quote too long ({len(q)}) {c} {s}")
    for s in SOURCES.values():
        if s["publisher"] not in PUBLISHERS:
            problems.append(f"publisher without tier: {s['publisher']}")
    used = {s for _, s, _ in CITES}
    for s in SOURCES:
        if s not in used:
            problems.append(f"unused source {s}")
    for r in PRESENCE + CONTROL + EVENTS + SYSTEMS:
        if r.get("site") and r["site"] not in site_ids:
            problems.append(f"row {r['id']} site {r['site']} not in sites")
    ids = [r["id"] for r in PRESENCE + CONTROL + EVENTS + SYSTEMS]
    if len(ids) != len(set(ids)):
        problems.append("duplicate row ids")

    # control chains
    def key(d):
        return d.lstrip("~")

    for sid in site_ids:
        rows = sorted(
            [r for r in CONTROL if r["site"] == sid and "(overlapping row)" not in r["note"]],
            key=lambda r: key(r["start"]),
        )
        if not rows:
            problems.append(f"no control for {sid}")
            continue
        if key(rows[0]["start"]) > "1971-01-01":
            problems.append(f"control for {sid} starts late {rows[0]['start']}")
        for a, b in zip(rows, rows[1:]):
            if a["end"] != b["start"]:
                problems.append(f"control gap/overlap {sid}: {a['id']} end {a['end']} vs {b['id']} start {b['start']}")
        if rows[-1]["end"]:
            problems.append(f"control for {sid} not open-ended")
    for p in problems:
        print("PROBLEM:", p)
    print(
        f"sites {len(SITES)} presence {len(PRESENCE)} control {len(CONTROL)} events {len(EVENTS)} systems {len(SYSTEMS)} sources {len(SOURCES)} publishers {len(PUBLISHERS)} citations {len(CITES)}"
    )


if __name__ == "__main__":
    main()
