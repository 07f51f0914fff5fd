"""Write a synthetic dataset of N sites in the real data format (for benchmarks only, never shipped).

Sites lie inside Syria; each has 3–5 consecutive control periods and 1–2 presence periods with
realistic date precisions, one event, and cites shared sources. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import shutil
from pathlib import Path

from geodata.config import DEFAULT_DATA_DIR
from geodata.schema import GOVERNORATES, SITE_KINDS

FIRST, LAST = dt.date(1971, 1, 1).toordinal(), dt.date(2026, 6, 1).toordinal()
HOLDERS = ["syria-gov", "fsa", "isis", "sdf", "sna", "nusra", "rebels", "syria-transitional"]


def _date(rng: random.Random, ordinal: int) -> str:
    day = dt.date.fromordinal(ordinal)
    form = rng.choices(["day", "month", "year"], weights=[8, 2, 1])[0]
    return {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[form]


def _nominal(text: str) -> int:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()


def _boundaries(rng: random.Random, count: int) -> list[str]:
    """Strictly increasing dates whose nominal days are also strictly increasing."""
    texts: list[str] = []
    while len(texts) < count:
        ordinal = rng.randint(FIRST, LAST)
        text = _date(rng, ordinal)
        texts = sorted({*texts, text}, key=_nominal)
        nominals = [_nominal(t) for t in texts]
        if len(set(nominals)) != len(nominals):
            texts = [t for t in texts if t != text]
    return texts


def write_dataset(target: Path, n_sites: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(DEFAULT_DATA_DIR / "actors.csv", target / "actors.csv")
    (target / "VERSION").write_text("2026.11.28\n")
    n_sources = 100
    with open(target / "sources.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "title", "author", "publisher", "date", "url", "archive_url", "language", "note"])
        for i in range(n_sources):
            writer.writerow(
                [f"src-{i}", f"Synthetic source {i}", "", "Bench", "2020", f"https://example.org/s/{i}", "", "en", ""]
            )
    (target / "publishers.csv").write_text("publisher,tier,note\nBench,official,Synthetic.\n", encoding="utf-8")
    features, presence, control, events, citations = [], [], [], [], []

    def cite(claim: str) -> str:
        citations.append([claim, f"src-{rng.randrange(n_sources)}", f"Synthetic quote for {claim}."])
        return claim

    for i in range(n_sites):
        site = f"s{i:05d}"
        lon, lat = round(rng.uniform(35.9, 42.1), 4), round(rng.uniform(32.5, 37.1), 4)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {
                    "id": site, "name": f"Synthetic site {i}", "name_ru": f"Объект {i}", "name_ar": f"موقع {i}",
                    "aliases": f"Site {i}", "kind": rng.choice(SITE_KINDS), "description": "Synthetic.",
                    "governorate": rng.choice(list(GOVERNORATES)), "coord_precision": "exact",
                },
            }
        )  # fmt: skip
        cite(site)
        # Holder timelines are complete: the first period starts before the story, the last is open.
        bounds = ["1963", *_boundaries(rng, rng.randint(2, 4))]
        for j, start in enumerate(bounds):
            end = bounds[j + 1] if j + 1 < len(bounds) else ""
            holder = rng.choice(HOLDERS)
            control.append([cite(f"{site}-c{j}"), site, start, end, holder, rng.choice(["high", "medium", "low"]), ""])
        presence_bounds = _boundaries(rng, rng.choice([2, 4]))
        for j in range(0, len(presence_bounds), 2):
            operator = "ussr" if _nominal(presence_bounds[j]) < dt.date(1991, 12, 26).toordinal() else "russia"
            claim, role, confidence = cite(f"{site}-p{j}"), "Synthetic role", rng.choice(["high", "medium", "low"])
            start, stop = presence_bounds[j], presence_bounds[j + 1]
            presence.append([claim, site, start, stop, operator, role, confidence, ""])
        events.append(
            [cite(f"{site}-e"), _date(rng, rng.randint(FIRST, LAST)), site, "other", f"Event at site {i}", "medium", ""]
        )
    lines = ",\n".join(json.dumps(f, ensure_ascii=False) for f in features)
    (target / "sites.geojson").write_text(
        '{"type": "FeatureCollection", "features": [\n' + lines + "\n]}\n", encoding="utf-8"
    )
    tables = {
        "presence.csv": (["id", "site", "start", "end", "operator", "role", "confidence", "note"], presence),
        "control.csv": (["id", "site", "start", "end", "holder", "confidence", "note"], control),
        "events.csv": (["id", "date", "site", "kind", "title", "confidence", "note"], events),
        "citations.csv": (["claim", "source", "quote"], citations),
    }
    for name, (header, rows) in tables.items():
        with open(target / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(sorted(rows))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n_sites", type=int)
    parser.add_argument("target", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_dataset(args.target, args.n_sites, args.seed)
    print(f"wrote {args.n_sites} synthetic sites to {args.target}")


if __name__ == "__main__":
    main()
