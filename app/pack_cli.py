"""The `pack` command: client review packs as PDF from the command line (registered in
main.py COMMAND_MODULES).

    pack FILE (--client ID [ID ...] | --meetings DATE | --list NAME) --out DIR_OR_PDF
         [--language zh|en] [--letter] [--watermark TEXT] [--footer-note TEXT]

An --out ending in .pdf is one merged PDF; anything else is an existing folder that gets
one PDF per client. Each pack printed is recorded on its client's timeline, so the office
is opened for writing. Never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, cli_actor, read_passphrase

AddCommand = Callable[[str, str], argparse.ArgumentParser]


def register(add: AddCommand) -> None:
    p = add("pack", "print client review packs (PDF): a selection, a list, or a day's meetings")
    p.add_argument("file")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", type=int, nargs="+", metavar="ID", help="client numbers")
    who.add_argument("--meetings", metavar="DATE", help="everyone meeting on YYYY-MM-DD")
    who.add_argument("--list", dest="list_name", metavar="NAME", help="a smart or static list")
    p.add_argument("--out", required=True, help="a folder (one PDF each) or FILE.pdf (merged)")
    p.add_argument("--language", choices=("zh", "en"), help="default: each client's own")
    p.add_argument("--letter", action="store_true", help="US Letter paper (default A4)")
    p.add_argument("--watermark", help='e.g. "DRAFT" or the advisor\'s name')
    p.add_argument("--footer-note", help="one line printed small on every page")
    p.set_defaults(func=cmd_pack)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"--meetings {text!r} is not a date; write it as YYYY-MM-DD.") from None


def cmd_pack(args: argparse.Namespace) -> int:
    from app.pack_batch import meeting_client_ids, run_batch, smart_list_client_ids
    from app.review_pack import PackError, PackOptions
    from db.office import open_office

    out = Path(args.out)
    merged = out.suffix.lower() == ".pdf"
    # the cheap checks before unlocking: no key derivation for a typo
    day = _day(args.meetings) if args.meetings else None
    if args.client and any(c < 1 for c in args.client):
        raise CliError("Client numbers are positive whole numbers.")
    if merged and not out.parent.is_dir():
        raise CliError(f"The folder {out.parent} does not exist; create it first.")
    if not merged and not out.is_dir():
        raise CliError(
            f"{out} is not an existing folder; create it, or give FILE.pdf for one merged PDF."
        )
    options = PackOptions(
        language=args.language,
        page_size="Letter" if args.letter else "A4",
        watermark=args.watermark,
        footer_note=args.footer_note,
    )
    try:
        options.checked()
    except PackError as exc:
        raise CliError(str(exc)) from None
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        with office.session() as s:
            if day is not None:
                ids = meeting_client_ids(s, day)
                if not ids:
                    raise CliError(f"Nobody has a meeting on {day.isoformat()}; no packs printed.")
            elif args.list_name is not None:
                ids = smart_list_client_ids(s, args.list_name)
                if not ids:
                    raise CliError(f"The list {args.list_name!r} is empty; no packs printed.")
            else:
                ids = list(args.client)

        def progress(done: int, total: int) -> None:
            print(f"\r{done:,}/{total:,} packs", end="", file=sys.stderr, flush=True)

        result = run_batch(
            office, ids, out, options, merged=merged, actor=cli_actor(), progress=progress
        )
        print(file=sys.stderr)
    except PackError as exc:
        raise CliError(str(exc)) from None
    finally:
        office.close()
    where = out.name if merged else f"{out} ({len(result.written):,} files)"
    print(f"Printed {result.packs:,} review packs to {where}; recorded on each timeline.")
    return 0
