"""`lists`, `list-create` and `value-scores` on the command line, bad input included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main
from app.smart_lists import SmartListService
from db.office import open_office
from tests.conftest import PASSPHRASE, sha256

TEMPLATE_ONLY = {"op": "and", "items": [{"dim": "tier", "values": ["mass"]}]}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


def test_create_then_list(office_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["lists", str(office_path)]) == 0
    assert capsys.readouterr().out.strip() == "No lists yet."
    args = ["list-create", str(office_path), " Mass  book ", "--filter", json.dumps(TEMPLATE_ONLY)]
    assert main.main(args) == 0
    assert capsys.readouterr().out.strip() == "Saved the list 'Mass book': 3 clients now."
    assert main.main(["lists", str(office_path)]) == 0
    assert capsys.readouterr().out.strip() == "Mass book\tsmart\t3 clients"
    office = open_office(office_path, PASSPHRASE, read_only=True)
    try:
        with office.session() as s:
            assert SmartListService(s).client_ids("Mass book") == [1, 2, 3]
    finally:
        office.close()


@pytest.mark.parametrize(
    ("filter_text", "message"),
    [
        ("{not json", "The --filter is not valid JSON; nothing was saved."),
        (
            json.dumps({"op": "and", "items": [{"dim": "shoe", "values": ["42"]}]}),
            "Unknown filter dimension: 'shoe'. Nothing was saved.",
        ),
        (
            json.dumps({"op": "and", "items": [{"dim": "custom", "field": "x", "values": ["1"]}]}),
            "There is no custom field 'x'. Nothing was saved.",
        ),
    ],
)
def test_bad_filters_are_one_line_and_change_nothing(
    office_path: Path, capsys: pytest.CaptureFixture[str], filter_text: str, message: str
) -> None:
    before = sha256(office_path)
    assert main.main(["list-create", str(office_path), "Bad", "--filter", filter_text]) != 0
    err = capsys.readouterr().err.strip()
    assert err.endswith(message) and "\n" not in err
    assert sha256(office_path) == before


def test_value_scores_refresh_and_explain(
    office_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main.main(["value-scores", str(office_path)]) == 0
    assert capsys.readouterr().out.strip() == "Recomputed the value scores of 3 clients."
    assert main.main(["value-scores", str(office_path), "--client", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Value score 0 of 100")
    assert "aum: not recorded, left out (weight 30)" in out
    assert "contact: 0 of 12 -> 0 points x weight 15" in out
    assert main.main(["value-scores", str(office_path), "--client", "99"]) != 0
    assert capsys.readouterr().err.strip().endswith("There is no client 99 in this office.")
