"""Command-line commands for risk profiling and suitability (registered in main.py).

    suitability-report FILE --from DATE --to DATE [--json]   mismatches recorded in a period
    questionnaire-export FILE OUT.json                       the questionnaire in force, to edit
    questionnaire-publish FILE DEFINITION.json               publish an edited version

Never imports Qt. Reports open the office read-only; publishing is one transaction.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from app.cli_support import CliError, cli_actor, read_passphrase

AddCommand = Callable[[str, str], argparse.ArgumentParser]


def register(add: AddCommand) -> None:
    p = add("suitability-report", "suitability mismatches recorded in a period")
    p.add_argument("file")
    p.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_suitability_report)
    p = add("questionnaire-export", "write the risk questionnaire in force as JSON, to edit")
    p.add_argument("file")
    p.add_argument("out")
    p.set_defaults(func=cmd_questionnaire_export)
    p = add("questionnaire-publish", "publish an edited risk questionnaire as a new version")
    p.add_argument("file")
    p.add_argument("definition")
    p.set_defaults(func=cmd_questionnaire_publish)


def _day(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option} {text!r} is not a date; write it as YYYY-MM-DD.") from None


def cmd_suitability_report(args: argparse.Namespace) -> int:
    from app.suitability import REASON_TEXT, SuitabilityError, mismatches
    from db.office import open_office

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if end < start:
        raise CliError("--to is before --from; swap the dates.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            try:
                rows = mismatches(s, start, end)
            except SuitabilityError as exc:
                raise CliError(str(exc)) from None
    finally:
        office.close()
    if args.json:
        out = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "mismatches": [
                {
                    "record_id": r.record_id,
                    "checked_on": r.checked_on.isoformat(),
                    "client_id": r.client_id,
                    "client": r.client_name,
                    "product_code": r.product_code,
                    "product": r.product_name,
                    "action": r.action,
                    "client_level": r.client_level,
                    "product_rating": f"R{r.product_rating}",
                    "reasons": list(r.reasons),
                    "advisor_reason": r.advisor_reason,
                    "warning_confirmed": r.warning_confirmed,
                    "signed_warning_attached": r.confirmation_attachment_id is not None,
                    "recorded_by": r.recorded_by,
                }
                for r in rows
            ],
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"Suitability mismatches {start.isoformat()} to {end.isoformat()}: {len(rows):,}")
    for r in rows:
        level = r.client_level or "--"
        print(
            f"{r.checked_on.isoformat()}\t{r.client_id}\t{r.client_name}\t{r.action}\t"
            f"{r.product_code}\t{level} < R{r.product_rating}\t{r.recorded_by}"
        )
        for code in r.reasons:
            print(f"\t- {REASON_TEXT.get(code, code)}")
        print(f"\t  Reason given: {r.advisor_reason or ''}")
        signed = "signed warning attached" if r.confirmation_attachment_id else "confirmed"
        print(f"\t  Client's acknowledgement: {signed if r.warning_confirmed else 'none'}")
    return 0


def cmd_questionnaire_export(args: argparse.Namespace) -> int:
    from app.risk_questionnaire import default_definition
    from db.atomic_file import write_atomically
    from db.models_risk import RiskQuestionnaire
    from db.office import open_office

    out = Path(args.out)
    if out.is_dir():
        raise CliError(f"{out.name} is a folder; give a file name such as questionnaire.json.")
    if not out.parent.is_dir():
        raise CliError(f"The folder for {out.name} does not exist.")
    office = open_office(Path(args.file), read_passphrase(args), read_only=True)
    try:
        with office.session() as s:
            from sqlalchemy import select

            row = s.scalar(
                select(RiskQuestionnaire).order_by(RiskQuestionnaire.version.desc()).limit(1)
            )
            definition, version = (
                (row.definition, row.version) if row else (default_definition(), 0)
            )
    finally:
        office.close()
    text = json.dumps(definition, ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(out, text, replace=True)
    except OSError as exc:
        raise CliError(f"The questionnaire could not be written ({exc.strerror}).") from None
    which = f"version {version}" if version else "the shipped default (not yet published)"
    print(f"Wrote {out.name}: {which}.")
    return 0


def cmd_questionnaire_publish(args: argparse.Namespace) -> int:
    from app.risk_questionnaire import QuestionnaireError, QuestionnaireService, load_definition
    from db.office import open_office

    try:
        definition = load_definition(Path(args.definition))
    except QuestionnaireError as exc:
        raise CliError(str(exc)) from None
    office = open_office(Path(args.file), read_passphrase(args))
    try:
        if office.read_only:
            raise CliError("The office is open read-only elsewhere; publish when it is free.")
        with office.transaction() as s:
            service = QuestionnaireService(s, cli_actor())
            service.current()  # the shipped default is version 1 if nothing was published
            try:
                published = service.publish(definition)
            except QuestionnaireError as exc:
                raise CliError(str(exc)) from None
    finally:
        office.close()
    print(f"Published questionnaire version {published.version}; new assessments use it.")
    return 0
