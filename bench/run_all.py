"""`make bench`: every benchmark, printed as tables and written to bench/results.md.

Datasets: the shipped data, and synthetic datasets of 1,000 and 10,000 sites in the real format.
Ours (the dashboard) is measured beside the naive baseline (one folium.Marker per site, the whole
map re-rendered on each move); the ratio naive/ours is printed beside each figure.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench import browser, server
from bench.synthetic import write_dataset
from bench.timing import ms
from geodata.config import DEFAULT_DATA_DIR

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results.md"
RAW = REPO / "bench" / "results.json"
# (label, sites or None for the shipped data, our move iterations, naive move iterations); 3 moves each.
PLAN = [("shipped", None, 20, 7), ("1k", 1000, 20, 3), ("10k", 10_000, 20, 1)]


def ratio(naive: float, ours: float) -> str:
    if not (naive == naive and ours == ours) or ours <= 0:
        return "n/a"
    return f"{naive / ours:.1f}×"


def machine() -> str:
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False)
    return (
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"streamlit {version('streamlit')} · folium {version('folium')} · streamlit-folium "
        f"{version('streamlit-folium')} · geopandas {version('geopandas')} · {chromium.stdout.strip()}"
    )


def prediction_cell(row: dict[str, Any]) -> str:
    if not row["prediction_bytes"]:
        return "none (too large; the server answers)"
    return f"{ms(row['prediction_p50'])}, {row['prediction_bytes'] / 1000:.1f} kB"


def warm_cell(row: dict[str, Any]) -> str:
    return f"{row['first_map_warm_p50']:.2f} s" if "first_map_warm_p50" in row else "n/a"


def server_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| dataset | sites | periods | change points | load + validate | state at a day p50 / p95 "
        "| base map, once | browser prediction, once per filter | per-move update p50 / p95 | update size "
        "| naive map per move | naive/ours |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['label']} | {r['sites']} | {r['periods']} | {r['change_points']} | {ms(r['load_validate_p50'])} "
            f"| {ms(r['state_p50'])} / {ms(r['state_p95'])} | {ms(r['base_map_once_p50'])} "
            f"| {prediction_cell(r)} "
            f"| {ms(r['update_p50'])} / {ms(r['update_p95'])} | {r['update_bytes'] / 1000:.1f} kB "
            f"| {ms(r['naive_layer_p50'])} | {ratio(r['naive_layer_p50'], r['update_p50'])} |"
        )
    return lines


def browser_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| dataset | app | first map: server's first page / later p50 "
        "| slider → map p50 / p95 | Next → map p50 / p95 | samples | iframe remounts "
        "| JS heap after 1st move → last | moves |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        for kind in ("atlas", "naive"):
            b = r.get(kind)
            if not b:
                continue
            name = "ours" if kind == "atlas" else "naive baseline"
            lines.append(
                f"| {r['label']} ({r['sites']}) | {name} | {b['first_map']:.2f} s / {warm_cell(b)} "
                f"| {ms(b['slider_p50'])} / "
                f"{ms(b['slider_p95'])} | {ms(b['next_p50'])} / {ms(b['next_p95'])} | {b['samples']} "
                f"(+{b['misses']} missed) | {b['remounts']} | {b['heap_first_mb']:.1f} → {b['heap_last_mb']:.1f} MB "
                f"| {b['moves']} |"
            )
        if r.get("atlas") and r.get("naive"):
            a, n = r["atlas"], r["naive"]
            lines.append(
                f"| {r['label']} | naive/ours | {ratio(n['first_map'], a['first_map'])} | "
                f"{ratio(n['slider_p50'], a['slider_p50'])} | {ratio(n['next_p50'], a['next_p50'])} | | | | |"
            )
    return lines


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def targets_table(server_rows: list[dict[str, Any]], browser_rows: list[dict[str, Any]]) -> list[str]:
    """Each target of the performance issue beside the measured figure, judged from this run."""
    server = {r["label"]: r for r in server_rows}
    ours = {r["label"]: r["atlas"] for r in browser_rows if r.get("atlas")}
    lines = ["| target | measured | verdict |", "|---|---|---|"]

    def add(target: str, measured: str, ok: bool) -> None:
        lines.append(f"| {target} | {measured} | {_verdict(ok)} |")

    for label, limit in (("shipped", 0.100), ("1k", 0.250), ("10k", 1.0)):
        if label in ours:
            b = ours[label]
            worst = max(b["slider_p50"], b["next_p50"])
            add(
                f"{label}: slider or Next → map repainted, p50 ≤ {limit * 1000:.0f} ms",
                f"slider {ms(b['slider_p50'])}, Next {ms(b['next_p50'])}",
                worst <= limit,
            )
            add(f"{label}: no blank frame (iframe never re-mounted)", f"{b['remounts']} re-mounts", b["remounts"] == 0)
            ratio_heap = b["heap_last_mb"] / b["heap_first_mb"]
            add(
                f"{label}: JS heap after {b['moves']} moves ≤ 1.5 × after the first",
                f"{b['heap_first_mb']:.1f} → {b['heap_last_mb']:.1f} MB ({ratio_heap:.2f}×)",
                ratio_heap <= 1.5,
            )
    if "10k" in server:
        s = server["10k"]
        add(
            f"state at a day, {s['sites']} sites / {s['periods']} periods, ≤ 20 ms",
            f"p50 {ms(s['state_p50'])}, p95 {ms(s['state_p95'])}",
            s["state_p95"] <= 0.020,
        )
        add(
            "change points precomputed once per load",
            f"{ms(s['timeline_build_p50'])} per load for {s['change_points']} change points",
            True,
        )
    if "shipped" in ours:
        b = ours["shipped"]
        warm = b.get("first_map_warm_p50", float("nan"))
        add(
            "shipped: first map on page load ≤ 3 s (fresh browser, nothing cached; median of 5 loads)",
            f"{warm:.2f} s; the server's very first page after start: {b['first_map']:.2f} s",
            warm <= 3.0,
        )
    return lines


def render(data: dict[str, Any]) -> None:
    server_rows, browser_rows = data["server"], data["browser"]
    text = [
        "# Benchmark results",
        "",
        f"Generated by `make bench` on {data['started']} UTC. Machine: {data['machine']}.",
        "Server and headless browser run together on the same machine; network off the machine blocked.",
        "",
        "## Targets",
        "",
        *targets_table(server_rows, browser_rows),
        "",
        "## Server",
        "",
        *server_table(server_rows),
        "",
        "## Browser",
        "",
        *browser_table(browser_rows),
        "",
        RESULTS_NOTES.strip(),
        "",
    ]
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    load_section = previous[previous.find("## Load") :] if "## Load" in previous else ""
    RESULTS.write_text("\n".join(text) + ("\n" + load_section if load_section else ""), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(REPO)}")


def main() -> None:
    if "--render" in sys.argv:
        render(json.loads(RAW.read_text(encoding="utf-8")))
        return
    only = next((arg.split("=", 1)[1].split(",") for arg in sys.argv if arg.startswith("--only=")), None)
    started = dt.datetime.now(dt.UTC)
    server_rows, browser_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for label, n_sites, moves, naive_moves in PLAN:
            if only and label not in only:
                continue
            directory = DEFAULT_DATA_DIR if n_sites is None else write_dataset(Path(tmp) / label, n_sites)
            print(f"--- {label}: server", flush=True)
            server_rows.append(server.measure(directory, label, naive_repeats=3 if (n_sites or 0) < 5000 else 1))
            print("\n".join(server_table(server_rows[-1:])), flush=True)
            print(f"--- {label}: browser", flush=True)
            browser_rows.append(browser.measure(None if n_sites is None else directory, label, moves, naive_moves))
            print("\n".join(browser_table(browser_rows[-1:])), flush=True)
    if only and RAW.exists():  # keep the other datasets' rows from the last full run
        previous = json.loads(RAW.read_text(encoding="utf-8"))
        server_rows = [r for r in previous["server"] if r["label"] not in only] + server_rows
        browser_rows = [r for r in previous["browser"] if r["label"] not in only] + browser_rows
        order = [label for label, *_ in PLAN]
        server_rows.sort(key=lambda r: order.index(r["label"]))
        browser_rows.sort(key=lambda r: order.index(r["label"]))
    data = {
        "started": f"{started:%Y-%m-%d %H:%M}"
        + (f" (rows {', '.join(only)}; others from the last full run)" if only else ""),
        "machine": machine(),
        "server": server_rows,
        "browser": browser_rows,
    }
    RAW.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    render(data)


RESULTS_NOTES = (
    (REPO / "bench" / "NOTES.md").read_text(encoding="utf-8") if (REPO / "bench" / "NOTES.md").exists() else ""
)

if __name__ == "__main__":
    sys.exit(main())
