"""Refresh the Chinese catalogue from ui/ and fill new entries from a JSON file.

    .venv/bin/python tools/i18n_fill.py my_strings.json

The JSON maps context -> {English source: Chinese translation}. Only entries that are
unfinished (or empty) are filled; finished translations are never overwritten. Runs under
an exclusive lock so parallel work on the catalogue never interleaves, then compiles the
.qm. Prints what is still unfinished, so nothing untranslated slips through.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "advisordesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent
LOCK = Path("/tmp/advisordesk-i18n.lock")


def _lupdate() -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS)],
        check=True,
        capture_output=True,
    )


def _fill(table: dict[str, dict[str, str]]) -> list[str]:
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = list(tr.iter("numerusform"))
            done = tr.get("type") != "unfinished" and all(
                (f.text or "").strip() for f in (forms or [tr])
            )
            if done:
                continue
            text = table.get(name, {}).get(source)
            if text is None:
                missing.append(f"{name}: {source}")
                continue
            if message.get("numerus") == "yes":
                for f in forms or [ET.SubElement(tr, "numerusform")]:
                    f.text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing


def main(argv: list[str]) -> int:
    table: dict[str, dict[str, str]] = {}
    for arg in argv:
        for context, entries in json.loads(Path(arg).read_text(encoding="utf-8")).items():
            table.setdefault(context, {}).update(entries)
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _lupdate()
        missing = _fill(table)
        # Drop entries whose source is gone, so the catalogue holds only live strings.
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-no-obsolete",
                *sorted(str(p) for p in (ROOT / "ui").rglob("*.py")),
                "-ts",
                str(TS),
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)],
            check=True,
            capture_output=True,
        )
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
