"""`python -m geodata`: validate the data and ask it questions from the shell (JSON or a table)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from geodata.config import ENV_VAR, data_dir
from geodata.dataset import Dataset, load_dataset
from geodata.dates import parse_day
from geodata.export import json_array_text, state_csv, state_geojson
from geodata.history import site_history
from geodata.problems import DatasetError
from geodata.timeline import Timeline


def _day(text: str):  # noqa: ANN202 - argparse type
    try:
        return parse_day(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> str:
    cells = [[("" if row.get(c) is None else str(row.get(c))) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def _emit(data: Any, fmt: str, columns: Sequence[str]) -> None:
    if fmt == "json":
        print(json_array_text(data) if isinstance(data, list) else json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_table(data, columns))


def _load(args: argparse.Namespace) -> Dataset:
    """Questions about the data take a validated copy from the cache when the files are unchanged
    (`validate` itself always reads and validates)."""
    return load_dataset(data_dir(args.data), cache=True)


def cmd_validate(args: argparse.Namespace) -> int:
    directory = data_dir(args.data)
    try:
        dataset = load_dataset(directory)  # validates first; one read of the files
    except DatasetError as error:
        for problem in error.problems:  # sorted by DatasetError, file-level (row None) first
            print(problem)
        count = len(error.problems)
        print(f"{count} problem{'s' if count != 1 else ''} in {directory}", file=sys.stderr)
        return 1
    print(
        f"ok: {directory} is valid (version {dataset.version}): {len(dataset.sites)} sites, "
        f"{len(dataset.presence)} presence and {len(dataset.control)} control periods, "
        f"{len(dataset.events)} events, {len(dataset.sources)} sources, {len(dataset.actors)} actors"
    )
    return 0


def cmd_state(args: argparse.Namespace) -> int:
    records = Timeline(_load(args)).state_at(args.date).records()
    _emit(records, args.format, ("id", "name", "active", "presence", "holder_label", "confidence", "certain"))
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    transitions = Timeline(_load(args)).transitions(args.date_from, args.date_to)
    if args.format == "table":
        rows = [
            {
                "day": t["day"],
                "site": t["site"],
                "changes": ", ".join(t["changes"]),
                "before": t["before"]["holder_label"],
                "after": t["after"]["holder_label"],
            }
            for t in transitions
        ]
        _emit(rows, "table", ("day", "site", "changes", "before", "after"))
    else:
        _emit(transitions, "json", ())
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    dataset = _load(args)
    try:
        history = site_history(dataset, args.site)
    except KeyError:
        known = ", ".join(dataset.sites.index)
        print(f"unknown site id '{args.site}'; known ids: {known}", file=sys.stderr)
        return 2
    if args.format == "json":
        _emit(history, "json", ())
        return 0
    place = f"{history['lat']:.4f}, {history['lon']:.4f} [{history['coord_precision']}]"
    print(f"{history['name']} ({history['kind_label']}) — {place}")
    for kind, actor in (("presence", "operator"), ("control", "holder")):
        print(f"\n{kind.title()}:")
        rows = [
            {**p, "end": p["end"] or "(open)", "actor": p[f"{actor}_label"], "what": p.get("role", "")}
            for p in history[kind]
        ]
        print(_table(rows, ("start", "end", "actor", "what", "confidence")))
    print("\nEvents:")
    print(_table(history["events"], ("date", "kind", "title")))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    dataset = _load(args)
    records = Timeline(dataset).state_at(args.date).records()
    text = (
        state_geojson(records, args.date.isoformat(), dataset.version)
        if args.format == "geojson"
        else state_csv(records)
    )
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


def build_parser() -> argparse.ArgumentParser:
    data = argparse.ArgumentParser(add_help=False)
    data.add_argument("--data", metavar="DIR", help=f"data directory (default: ${ENV_VAR}, else the shipped data)")
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=("json", "table"), default="json", help="output format (default: json)")

    parser = argparse.ArgumentParser(prog="python -m geodata", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("validate", parents=[data], help="check the data; exit 1 listing every problem").set_defaults(
        handler=cmd_validate
    )
    state = commands.add_parser("state", parents=[data, fmt], help="the state of every site on a day")
    state.add_argument("--date", type=_day, required=True, metavar="YYYY-MM-DD")
    state.set_defaults(handler=cmd_state)
    changes = commands.add_parser("changes", parents=[data, fmt], help="every change between two days")
    changes.add_argument("--from", dest="date_from", type=_day, required=True, metavar="YYYY-MM-DD")
    changes.add_argument("--to", dest="date_to", type=_day, required=True, metavar="YYYY-MM-DD")
    changes.set_defaults(handler=cmd_changes)
    history = commands.add_parser("history", parents=[data, fmt], help="the whole history of one site")
    history.add_argument("site", metavar="SITE_ID")
    history.set_defaults(handler=cmd_history)
    export = commands.add_parser("export", parents=[data], help="the state on a day as GeoJSON or CSV")
    export.add_argument("--date", type=_day, required=True, metavar="YYYY-MM-DD")
    export.add_argument("--format", choices=("geojson", "csv"), default="geojson")
    export.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    export.set_defaults(handler=cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except DatasetError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        print(f"{err}; run 'python -m geodata validate' for the list", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: that is its choice, not an error worth a traceback.
        # Point stdout at /dev/null so the interpreter's final flush cannot raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
