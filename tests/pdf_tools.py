"""Read PDFs back with poppler and qpdf. Missing tools fail the test with a clear message:
a PDF test that silently skips proves nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

INSTALL = "install poppler-utils and qpdf (apt-get install poppler-utils qpdf; `make test` does)"


def run(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed: {INSTALL}", pytrace=False)
    done = subprocess.run([tool, *args], capture_output=True, text=True, timeout=120)
    if done.returncode not in (0, 3 if tool == "qpdf" else 0):  # qpdf 3: warnings only
        pytest.fail(f"{tool} {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def pdf_text(path: Path) -> str:
    return run("pdftotext", "-enc", "UTF-8", str(path), "-")


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts rows: name, type and the emb/sub/uni columns."""
    lines = run("pdffonts", str(path)).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # name type [type…] encoding emb sub uni object-id generation
        out.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return out


def qpdf_check(path: Path) -> str:
    return run("qpdf", "--check", str(path))


def page_count(path: Path) -> int:
    for line in run("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError("pdfinfo printed no page count")
