"""consent-report: the three consent reports from the command line, read-only, as tables
or JSON; bad input is one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from db.office import open_office
from tests.conftest import PASSPHRASE, TEMPLATE_CLIENTS, sha256
from tests.consent_report_data import ReportOffice, build_report_office


@pytest.fixture
def built(office_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReportOffice:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)
    office = open_office(office_path, PASSPHRASE)
    try:
        return build_report_office(office)
    finally:
        office.close()


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main.main(["consent-report", *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_reports_active_clients(
    office_path: Path, built: ReportOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(office_path)
    data = _json(capsys, str(office_path))
    assert set(data) == {"coverage", "missing_required", "withdrawals_by_month"}
    rows = {(r["purpose"], r["third_party"]): r for r in data["coverage"]}
    processing = rows[("pi_processing", None)]
    assert processing["total"] == 4
    assert processing["counts"] == {
        "granted": 2,
        "needs_reconsent": 0,
        "refused": 1,
        "withdrawn": 0,
        "expired": 0,
        "never_asked": 1,
    }
    assert rows[("sensitive_pi", None)]["counts"]["granted"] == 2
    assert rows[("marketing_sms", None)]["counts"]["withdrawn"] == 1
    # Delta's withdrawals do not count among active clients
    assert rows[("marketing_email", None)]["counts"]["withdrawn"] == 0
    missing = data["missing_required"]
    assert missing["clients_checked"] == 4
    assert missing["clients_missing"] == 3
    assert missing["by_purpose"] == {"pi_processing": 2, "sensitive_pi": 2}
    assert [(c["id"], c["missing"]) for c in missing["clients"]] == [
        (built.beta, ["sensitive_pi"]),
        (built.chen, ["pi_processing", "sensitive_pi"]),
        (built.echo, ["pi_processing"]),
    ]
    assert data["withdrawals_by_month"] == [
        {"month": "2026-03", "total": 1, "by_purpose": {"marketing_sms": 1}},
        {"month": "2026-04", "total": 2, "by_purpose": {"marketing_email": 1, "photos": 1}},
    ]
    assert sha256(office_path) == before  # opened read-only: the file is untouched


def test_json_all_clients_and_limit(
    office_path: Path, built: ReportOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, str(office_path), "--status", "all", "--missing-limit", "2")
    everyone = 5 + TEMPLATE_CLIENTS
    processing = next(r for r in data["coverage"] if r["purpose"] == "pi_processing")
    assert processing["total"] == everyone
    assert processing["counts"]["granted"] == 3
    assert processing["counts"]["never_asked"] == everyone - 4
    assert next(r for r in data["coverage"] if r["purpose"] == "photos")["counts"] == {
        "granted": 0,
        "needs_reconsent": 0,
        "refused": 0,
        "withdrawn": 1,
        "expired": 0,
        "never_asked": everyone - 1,
    }
    missing = data["missing_required"]
    assert missing["clients_checked"] == everyone
    assert missing["clients_missing"] == 4 + TEMPLATE_CLIENTS
    assert missing["by_purpose"] == {
        "pi_processing": 2 + TEMPLATE_CLIENTS,
        "sensitive_pi": 3 + TEMPLATE_CLIENTS,
    }
    assert len(missing["clients"]) == 2


def test_tables(office_path: Path, built: ReportOffice, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["consent-report", str(office_path), "--missing-limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "Consent coverage (4 active clients)" in out
    line = next(x for x in out.splitlines() if x.startswith("pi_processing"))
    # granted, needs_reconsent, refused, withdrawn, expired, never_asked: count and share
    assert line.split()[1:] == "2 50.0% 0 0.0% 1 25.0% 0 0.0% 0 0.0% 1 25.0%".split()
    assert (
        "Missing required consents: 3 of 4 active clients; pi_processing 2; sensitive_pi 2" in out
    )
    assert f"{built.beta}\tBeta Active\tLi Na\tsensitive_pi" in out
    assert "Echo Active" not in out
    assert "... and 2 more (--missing-limit)" in out
    assert "2026-04\t2\tmarketing_email 1, photos 1" in out


def _fails(capsys: pytest.CaptureFixture[str], argv: list[str], words: str) -> None:
    assert main.main(["consent-report", *argv]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err.count("\n") == 0 and err.startswith("advisordesk: "), err
    assert words in err
    assert captured.out == ""


def test_bad_input(
    office_path: Path,
    built: ReportOffice,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = sha256(office_path)
    _fails(capsys, [str(office_path), "--status", "dormant"], "use active or all")
    _fails(capsys, [str(office_path), "--missing-limit", "-1"], "0 or more")
    _fails(capsys, [str(tmp_path / "nowhere.db")], "")
    monkeypatch.setenv(main.PASSPHRASE_ENV, "not the passphrase")
    _fails(capsys, [str(office_path)], "")
    assert sha256(office_path) == before
