"""Marketing lists leave out exactly the clients without valid consent for the channel,
and say how many and why; the call-list command writes them as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import main
from app.client_list import ListQuery
from app.consent import ConsentService
from app.marketing import EXCLUSION_REASONS, marketing_list
from db.office import Office, open_office
from tests.app.consent_helpers import at, new_client, publish_notices
from tests.conftest import PASSPHRASE, TEMPLATE_CLIENTS


def build_known_sets(office: Office) -> dict[str, int]:
    """One client per situation for marketing by email (and phone for a few)."""
    with office.transaction() as s:
        ids = publish_notices(s)
        svc = ConsentService(s)
        c = {
            name: new_client(s, f"Mkt {name}")
            for name in (
                "granted",
                "renewed",
                "never",
                "withdrawn",
                "expired",
                "refused",
                "stale",
                "no_email",
                "phone_only",
                "other_channel",
            )
        }
        m1 = {
            "notice_id": ids["m1"],
            "capture_method": "signed_paper",
            "effective_at": at(2021, 3, 1),
        }
        m2 = {
            "notice_id": ids["m2"],
            "capture_method": "e_signature",
            "effective_at": at(2024, 3, 1),
        }
        svc.grant(c["granted"], "marketing_email", **m2)
        svc.grant(c["renewed"], "marketing_email", **m1)
        svc.grant(c["renewed"], "marketing_email", **m2)
        svc.grant(c["withdrawn"], "marketing_email", **m2)
        svc.withdraw(
            c["withdrawn"], "marketing_email", channel="email", effective_at=at(2024, 9, 1)
        )
        svc.grant(c["expired"], "marketing_email", expires_on=at(2025, 1, 1).date(), **m2)
        svc.refuse(c["refused"], "marketing_email", **m2)
        svc.grant(c["stale"], "marketing_email", **m1)  # v2 requires consent again
        svc.grant(c["phone_only"], "marketing_phone", **m2)
        svc.grant(c["other_channel"], "marketing_sms", **m2)
        svc.grant(
            c["other_channel"], "pi_processing", notice_id=ids["p2"], capture_method="in_person"
        )
    # a client who consented but has no email address
    with office.transaction() as s:
        c["no_email_granted"] = new_client(s, "Mkt no email granted", email="")
        ConsentService(s).grant(
            c["no_email_granted"],
            "marketing_email",
            notice_id=ids["m2"],
            capture_method="in_person",
        )
    return c


def test_the_email_list_holds_exactly_the_consenting_clients(office: Office) -> None:
    c = build_known_sets(office)
    with office.session() as s:
        result = marketing_list(s, ListQuery(), "email")
    assert set(result.included_ids) == {c["granted"], c["renewed"]}
    assert result.excluded == {
        "never_asked": TEMPLATE_CLIENTS + 4,  # never, no_email, phone_only, other_channel
        "withdrawn": 1,
        "expired": 1,
        "refused": 1,
        "needs_reconsent": 1,
        "no_contact": 1,
    }
    assert list(result.excluded) == list(EXCLUSION_REASONS)
    assert result.left_out == TEMPLATE_CLIENTS + 9
    rows = {r.id: r for r in result.rows}
    assert rows[c["granted"]].contact == "mkt.granted@example.com"
    assert rows[c["granted"]].name == "Mkt granted"
    assert result.summary() == (
        "2 clients on the email list; 12 left out: 7 never asked, 1 withdrew consent, "
        "1 consent expired, 1 refused, 1 must consent again to the new notice, "
        "1 consented but have no contact for this channel."
    )


def test_lists_follow_the_list_query_and_its_order(office: Office) -> None:
    c = build_known_sets(office)
    with office.session() as s:
        renewed = marketing_list(s, ListQuery(text="renewed"), "email")
        assert renewed.included_ids == [c["renewed"]]
        assert renewed.left_out == 0
        withdrawn = marketing_list(s, ListQuery(text="withdrawn"), "email")
        assert withdrawn.included_ids == [] and withdrawn.excluded["withdrawn"] == 1
        assert withdrawn.left_out == 1
        by_name = marketing_list(s, ListQuery(sort="name", descending=True), "email")
        assert by_name.included_ids == [c["renewed"], c["granted"]]
        phone = marketing_list(s, ListQuery(), "phone")
        assert phone.included_ids == [c["phone_only"]]
        assert phone.rows[0].contact == "+8613900000000"
        sms = marketing_list(s, ListQuery(), "sms")
        assert sms.included_ids == [c["other_channel"]]
        with pytest.raises(ValueError, match="Unknown marketing channel"):
            marketing_list(s, ListQuery(), "fax")


def test_each_channel_has_its_contact(office: Office) -> None:
    with office.transaction() as s:
        ids = publish_notices(s)
        svc = ConsentService(s)
        wx = new_client(s, "Mkt WeChat", wechat="wx_mkt_1")
        landline = new_client(s, "Mkt Landline", phone="+86 10 6512 3456", label="home")
        post = new_client(s, "Mkt Post")
        for cid, purposes in (
            (wx, ["marketing_wechat", "marketing_post"]),
            (landline, ["marketing_sms", "marketing_phone"]),
            (post, ["marketing_post", "marketing_wechat"]),
        ):
            for purpose in purposes:
                svc.grant(cid, purpose, notice_id=ids["m2"], capture_method="in_person")
    with office.session() as s:
        wechat = marketing_list(s, ListQuery(), "wechat")
        assert [(r.id, r.contact) for r in wechat.rows] == [(wx, "wx_mkt_1")]
        assert wechat.excluded["no_contact"] == 1  # post consented, has no WeChat
        sms = marketing_list(s, ListQuery(), "sms")
        assert sms.rows == [] and sms.excluded["no_contact"] == 1  # a landline takes no SMS
        assert [r.contact for r in marketing_list(s, ListQuery(), "phone").rows] == [
            "+861065123456"
        ]
        letters = marketing_list(s, ListQuery(), "post")
        assert {r.contact for r in letters.rows} == {"1 Jianguo Road, Beijing, 100000"}


def test_a_withdrawal_leaves_the_next_list_at_once(office: Office) -> None:
    c = build_known_sets(office)
    with office.transaction() as s:
        ConsentService(s).withdraw(c["granted"], "marketing_email", channel="phone")
    with office.session() as s:
        result = marketing_list(s, ListQuery(), "email")
    assert result.included_ids == [c["renewed"]]
    assert result.excluded["withdrawn"] == 2


# ---- the call-list command -----------------------------------------------------------------


@pytest.fixture
def listed_office(office_path: Path) -> tuple[Path, dict[str, int]]:
    opened = open_office(office_path, PASSPHRASE)
    try:
        c = build_known_sets(opened)
    finally:
        opened.close()
    return office_path, c


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(main.PASSPHRASE_ENV, PASSPHRASE)


def test_call_list_writes_a_csv_with_bom_and_says_who_was_left_out(
    listed_office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, c = listed_office
    out = tmp_path / "email-list.csv"
    assert main.main(["call-list", str(path), "--channel", "email", "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["id", "name", "email"]
    assert sorted(rows[1:]) == sorted(
        [
            [str(c["granted"]), "Mkt granted", "mkt.granted@example.com"],
            [str(c["renewed"]), "Mkt renewed", "mkt.renewed@example.com"],
        ]
    )
    captured = capsys.readouterr()
    assert "12 left out: 7 never asked, 1 withdrew consent" in captured.out
    assert captured.err == ""
    assert not list(tmp_path.glob("*.partial"))


def test_call_list_prints_csv_and_the_summary_apart(
    listed_office: tuple[Path, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, c = listed_office
    assert main.main(["call-list", str(path), "--channel", "phone", "--search", "phone_only"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "id,name,phone",
        f"{c['phone_only']},Mkt phone_only,+8613900000000",
    ]
    assert captured.err.strip() == "1 client on the phone list; none left out."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--channel", "fax"], "Unknown channel 'fax'"),
        (["--channel", "FAX"], "Unknown channel"),
    ],
)
def test_call_list_bad_channel_is_one_line_and_non_zero(
    listed_office: tuple[Path, dict[str, int]],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    path, _ = listed_office
    assert main.main(["call-list", str(path), *args]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_call_list_missing_office_and_bad_targets(
    listed_office: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = listed_office
    cases = [
        (
            ["call-list", str(tmp_path / "nope.db"), "--channel", "sms"],
            "No office file named nope.db",
        ),
        (
            ["call-list", str(path), "--channel", "sms", "--out", str(tmp_path / "no" / "x.csv")],
            "folder",
        ),
    ]
    existing = tmp_path / "exists.csv"
    existing.write_text("keep me", encoding="utf-8")
    cases.append(
        (["call-list", str(path), "--channel", "sms", "--out", str(existing)], "already exists")
    )
    for argv, message in cases:
        assert main.main(argv) == 2
        captured = capsys.readouterr()
        assert captured.err.count("\n") == 1 and message in captured.err, argv
        assert captured.out == ""
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_call_list_wrong_passphrase_is_one_line(
    listed_office: tuple[Path, dict[str, int]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = listed_office
    monkeypatch.setenv(main.PASSPHRASE_ENV, "not the passphrase")
    assert main.main(["call-list", str(path), "--channel", "email"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "passphrase does not open" in err
