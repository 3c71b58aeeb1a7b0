"""Command line for smart lists and value scores (no Qt):

lists FILE                              every list, its kind and how many clients it holds
list-create FILE NAME --filter JSON     save a smart list (the JSON of docs/segments-and-charts.md)
value-scores FILE [--client ID]         recompute every score; or explain one client's score
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, cli_actor, read_passphrase


def cmd_lists(args: argparse.Namespace) -> int:
    from app.smart_lists import SmartListService
    from db.office import open_office

    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as session:
            lists = SmartListService(session)
            infos = lists.lists()
            counts = lists.counts(dt.date.today())
    finally:
        office.close()
    if not infos:
        print("No lists yet.")
    for info in infos:
        count = counts.get(info.name)
        shown = "filter no longer usable" if count is None else f"{count} clients"
        print(f"{info.name}\t{info.kind}\t{shown}")
    return 0


def cmd_list_create(args: argparse.Namespace) -> int:
    from app.segments import SegmentError, count, parse
    from app.smart_lists import SmartListService
    from db.office import open_office

    try:
        definition = json.loads(args.filter)
    except json.JSONDecodeError:
        raise CliError("The --filter is not valid JSON; nothing was saved.") from None
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.transaction() as session:
            try:
                found = count(session, parse(definition), dt.date.today())
                SmartListService(session, cli_actor()).create_smart(args.name, definition)
            except SegmentError as exc:
                raise CliError(f"{exc} Nothing was saved.") from None
    finally:
        office.close()
    print(f"Saved the list {' '.join(args.name.split())!r}: {found} clients now.")
    return 0


def cmd_value_scores(args: argparse.Namespace) -> int:
    from app.value_score import ValueScoreService
    from db.office import open_office

    today = dt.date.today()
    if args.client is not None:
        office = open_office(Path(args.file), read_passphrase(args), read_only=True)
        try:
            with office.session() as session:
                try:
                    e = ValueScoreService(session).explain(args.client, today)
                except LookupError:
                    raise CliError(f"There is no client {args.client} in this office.") from None
        finally:
            office.close()
        print(f"Value score {e.score} of 100 (weighted mean of the recorded inputs)")
        for c in e.components:
            if c.points is None:
                print(f"  {c.key}: not recorded, left out (weight {c.weight})")
            else:
                print(f"  {c.key}: {c.value} of {c.full} -> {c.points} points x weight {c.weight}")
        return 0
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.transaction() as session:
            stored = ValueScoreService(session).refresh_all(today)
    finally:
        office.close()
    print(f"Recomputed the value scores of {stored} clients.")
    return 0


def register(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    p = add("lists", "show every smart and hand-picked list with its client count")
    p.add_argument("file", help="the office file")
    p.set_defaults(func=cmd_lists)
    p = add("list-create", "save a smart list from a JSON filter")
    p.add_argument("file", help="the office file")
    p.add_argument("name", help="the list's name")
    p.add_argument(
        "--filter",
        required=True,
        help='JSON, e.g. {"op": "and", "items": [{"dim": "tier", "values": ["hnw"]}]}',
    )
    p.set_defaults(func=cmd_list_create)
    p = add("value-scores", "recompute every client's value score, or explain one")
    p.add_argument("file", help="the office file")
    p.add_argument("--client", type=int, help="explain this client's score instead")
    p.set_defaults(func=cmd_value_scores)
