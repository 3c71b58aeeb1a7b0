"""suitability-report and the questionnaire commands: output, read-only, bad input as one
line on stderr with a non-zero exit and nothing changed."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

import main
from app.risk_questionnaire import QuestionnaireService
from app.suitability import SuitabilityService
from db.office import open_office
from tests.app.risk_helpers import DEFINITION, add_product, assess, client_ids
from tests.conftest import PASSPHRASE, sha256


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


@pytest.fixture
def recorded(office_path: Path, env: None) -> list[int]:
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.transaction() as s:
            a, b, _c = client_ids(s)
            assess(s, a, "C2", on=dt.date(2026, 1, 10))
            high = add_product(s, 4, code="EQ-GROWTH")
            low = add_product(s, 1, code="MMF")
            service = SuitabilityService(s, "Li Na")
            service.record(
                a, high, "purchase", "Long horizon", today=dt.date(2026, 2, 3), confirmed=True
            )
            service.record(a, low, "purchase", today=dt.date(2026, 2, 4))
            service.record(
                b,
                low,
                "recommendation",
                "Not assessed yet",
                today=dt.date(2026, 3, 9),
                confirmed=True,
            )
        return [a, b]
    finally:
        office.close()


def test_json_report_lists_the_periods_mismatches(
    office_path: Path, recorded: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(office_path)
    argv = ["suitability-report", str(office_path), "--from", "2026-02-01", "--to", "2026-02-28"]
    assert main.main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["from"], data["to"]) == ("2026-02-01", "2026-02-28")
    [row] = data["mismatches"]
    assert row["client_id"] == recorded[0]
    assert (row["product_code"], row["client_level"], row["product_rating"]) == (
        "EQ-GROWTH",
        "C2",
        "R4",
    )
    assert (row["reasons"], row["advisor_reason"], row["warning_confirmed"]) == (
        ["above_level"],
        "Long horizon",
        True,
    )
    assert sha256(office_path) == before  # read-only


def test_text_report(
    office_path: Path, recorded: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["suitability-report", str(office_path), "--from", "2026-01-01", "--to", "2026-12-31"]
    assert main.main(argv) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Suitability mismatches 2026-01-01 to 2026-12-31: 2"
    assert "EQ-GROWTH\tC2 < R4\tLi Na" in out
    assert "The client has no risk assessment" in out
    assert "Reason given: Not assessed yet" in out


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (["--from", "2026-13-01", "--to", "2026-12-31"], "--from '2026-13-01' is not a date"),
        (["--from", "2026-01-01", "--to", "yesterday"], "--to 'yesterday' is not a date"),
        (["--from", "2026-05-01", "--to", "2026-04-01"], "--to is before --from"),
    ],
)
def test_bad_dates_are_one_line(
    office_path: Path, env: None, capsys: pytest.CaptureFixture[str], dates: list[str], message: str
) -> None:
    assert main.main(["suitability-report", str(office_path), *dates]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_export_edit_publish_round_trip(
    office_path: Path, env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "questionnaire.json"
    assert main.main(["questionnaire-export", str(office_path), str(out)]) == 0
    assert "shipped default" in capsys.readouterr().out
    definition = json.loads(out.read_text(encoding="utf-8"))
    assert definition == DEFINITION
    # publishing it unchanged: version 1 is the default, so nothing new
    assert main.main(["questionnaire-publish", str(office_path), str(out)]) == 2
    assert "same as version 1" in capsys.readouterr().err
    edited = copy.deepcopy(definition)
    edited["bands"][4]["min"] = 43
    out.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    assert main.main(["questionnaire-publish", str(office_path), str(out)]) == 0
    assert "version 2" in capsys.readouterr().out
    office = open_office(office_path, PASSPHRASE)
    try:
        with office.session() as s:
            current = QuestionnaireService(s).current()
    finally:
        office.close()
    assert (current.version, current.definition["bands"][4]["min"]) == (2, 43)


def test_a_broken_definition_publishes_nothing(
    office_path: Path, env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    broken = copy.deepcopy(DEFINITION)
    broken["caps"][0]["max_level"] = "C9"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    before = sha256(office_path)
    assert main.main(["questionnaire-publish", str(office_path), str(bad)]) == 2
    assert "max_level from C1 to C5" in capsys.readouterr().err
    assert main.main(["questionnaire-publish", str(office_path), str(tmp_path / "no.json")]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert sha256(office_path) == before
    assert main.main(["questionnaire-export", str(office_path), str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_missing_office_is_one_line(
    env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["suitability-report", str(tmp_path / "nope.db"), "--from", "2026-01-01"]
    assert main.main([*argv, "--to", "2026-02-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("advisordesk: ") and err.count("\n") == 1
    assert not (tmp_path / "nope.db").exists()
