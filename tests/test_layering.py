"""The core stays free of the GUI: app/ and db/ never import Qt or ui/, and the command
line (main.py demo/check/find) runs without loading Qt at all."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, ROOT, TEMPLATE_CLIENTS

FORBIDDEN = {"PySide6", "shiboken6", "pyqtgraph", "ui", "PyQt5", "PyQt6", "PySide2"}
CORE = ("app", "db")


def _module_of(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def forbidden_imports(path: Path) -> list[str]:
    """`file:line imports X` for every import of a forbidden package, including relative
    imports that climb out to ui/ and import_module("PySide6...") calls."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_of(path)
    if path.name != "__init__.py":
        package = package[:-1]
    found: list[str] = []

    def check(name: str, line: int) -> None:
        if name.split(".")[0] in FORBIDDEN:
            found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                check(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = ".".join([*base, *([node.module] if node.module else [])])
                check(target, node.lineno)
                if not node.module and not base:
                    for alias in node.names:
                        check(alias.name, node.lineno)
            elif node.module:
                check(node.module, node.lineno)
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    check(arg.value, node.lineno)
    return found


def core_files() -> list[Path]:
    files = sorted(p for pkg in CORE for p in (ROOT / pkg).rglob("*.py"))
    assert len(files) > 15, files  # the scan really sees the packages
    return files


def test_app_and_db_never_import_qt_or_ui() -> None:
    problems = [problem for path in core_files() for problem in forbidden_imports(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("from PySide6.QtCore import Qt\n", "app/x.py"),
        ("import shiboken6\n", "db/x.py"),
        ("def f():\n    import pyqtgraph as pg\n", "app/x.py"),
        ("from ui.main_window import MainWindow\n", "app/x.py"),
        ("import ui\n", "db/x.py"),
        ("from ..ui import widgets\n", "app/x.py"),
        ("import importlib\nimportlib.import_module('PySide6.QtGui')\n", "db/x.py"),
        ("try:\n    import PySide6\nexcept ImportError:\n    pass\n", "db/migrations/x.py"),
    ],
)
def test_the_scan_catches_each_form(tmp_path: Path, monkeypatch, source: str, where: str) -> None:
    import tests.test_layering as me

    path = tmp_path / where
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    monkeypatch.setattr(me, "ROOT", tmp_path)
    assert len(forbidden_imports(path)) == 1


@pytest.mark.parametrize(
    "source",
    ["import uuid\n", "from app.ui_text import x\n", "from . import uid\n", "import pyqtgraphx\n"],
)
def test_the_scan_has_no_false_alarms(tmp_path: Path, monkeypatch, source: str) -> None:
    import tests.test_layering as me

    path = tmp_path / "app" / "x.py"
    path.parent.mkdir(parents=True)
    path.write_text(source, encoding="utf-8")
    monkeypatch.setattr(me, "ROOT", tmp_path)
    assert forbidden_imports(path) == []


QT_MODULES = f"sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN)})"


def run_python(code: str, cwd: Path, env_extra: dict[str, str] | None = None) -> str:
    env = {**os.environ, **(env_extra or {})}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_every_core_module_loads_no_qt() -> None:
    # db/migrations/env.py only runs inside Alembic (migrations run in other tests).
    modules = [
        m for m in (".".join(_module_of(p)) for p in core_files()) if m != "db.migrations.env"
    ]
    out = run_python(
        f"""
        import importlib, sys
        for name in {modules!r}:
            importlib.import_module(name)
        print({QT_MODULES})
        """,
        ROOT,
    )
    assert out.strip() == "[]"


@pytest.mark.skipif(not (ROOT / "main.py").exists(), reason="main.py not written yet")
def test_main_and_its_cli_commands_do_not_import_qt(tmp_path: Path, template_office_bytes) -> None:
    office = tmp_path / "office.db"
    office.write_bytes(template_office_bytes)
    out = run_python(
        f"""
        import contextlib, io, json, sys
        sys.path.insert(0, {str(ROOT)!r})
        import main
        after_import = {QT_MODULES}
        results = {{}}
        for name, argv in [
            ("check", ["check", {str(office)!r}, "--json"]),
            ("find", ["find", {str(office)!r}, "template", "--json"]),
        ]:
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                code = main.main(argv)
            results[name] = [code, buf.getvalue()]
        print(json.dumps({{"after_import": after_import, "after_cli": {QT_MODULES},
                          "results": results}}))
        """,
        tmp_path,
        {"ADVISORDESK_PASSPHRASE": PASSPHRASE},
    )
    report = json.loads(out.strip().splitlines()[-1])
    assert report["after_import"] == []
    assert report["after_cli"] == []
    check_code, check_out = report["results"]["check"]
    assert check_code == 0
    assert json.loads(check_out)["counts"]["clients"] == TEMPLATE_CLIENTS
    find_code, find_out = report["results"]["find"]
    assert find_code == 0
    assert len(json.loads(find_out)) == TEMPLATE_CLIENTS
