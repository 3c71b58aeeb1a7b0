"""Importing clients: the card's validators per cell, all-or-nothing, skip-invalid, dry run,
re-import creating nothing twice, cancel leaving the office unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.client_import import ClientImporter, ImportCancelled, ImportOptions
from app.clients import ClientService
from app.import_mapping import MappingError, TemplateService, suggest_mapping
from app.import_read import read_source
from db.errors import ConflictError
from db.models import Client, ClientChange, FinancialSnapshot, IdentityDocument, Phone
from db.models_data import ImportBatch
from db.office import Office
from tests.app.import_files import (
    CHEN_ID,
    HEADER,
    LI_ID,
    ROWS,
    ZHANG_ID,
    bad_checksum,
    excel_gb18030_csv,
    folded_vcard,
    merged_header_xlsx,
)


def _count(office: Office, model=Client) -> int:  # type: ignore[no-untyped-def]
    with office.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _run(office: Office, path: Path, **options):  # type: ignore[no-untyped-def]
    table = read_source(path)
    mapping = options.pop("mapping", None) or suggest_mapping(table.headers)
    with office.transaction() as s:
        return ClientImporter(s, "importer").run(table, ImportOptions(mapping=mapping, **options))


def test_gb18030_csv_imports_with_the_cards_rules(office: Office, tmp_path: Path) -> None:
    before = _count(office)
    report = _run(office, excel_gb18030_csv(tmp_path / "a.csv"))
    assert report.committed and (report.created, report.invalid) == (3, 0), report.errors
    assert _count(office) == before + 3
    with office.session() as s:
        doc = s.scalar(select(IdentityDocument).where(IdentityDocument.number == ZHANG_ID))
        card = ClientService(s).load(doc.client_id)
        assert card.legal_name == card.chinese_name == "张伟"
        assert card.latin_name == "Zhang Wei"
        assert card.date_of_birth == dt.date(1975, 4, 2) and card.gender == "male"
        assert [p.number for p in card.phones] == ["+8613800138000"]
        assert card.snapshots[0].assets == {"deposits": 5_000_000_00}
        assert card.snapshots[0].currency == "CNY"
        # found by the list's search like any card
        from app.client_list import ClientListService, ListQuery

        hits = ClientListService(s).page(ListQuery(text="zhang"), 0, 10)
        assert doc.client_id in [h.id for h in hits]
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 1
        created = s.scalar(select(ClientChange).where(ClientChange.client_id == doc.client_id))
        assert created.field == "(created)" and created.actor == "importer"


def _messy_rows() -> list[list[str]]:
    rows = [list(r) for r in ROWS]
    rows.append(
        [
            "王芳",
            bad_checksum(CHEN_ID.replace("440305", "440306")),
            "13700002222",
            "wf@example.cn",
            "",
            "",
            "",
            "",
        ]
    )
    rows.append(["赵敏", "", "13700003333", "not-an-email", "", "", "", ""])
    rows.append(list(ROWS[0]))  # the same row twice (copy-paste in Excel)
    rows.append(["孙丽", "", "13700004444", "sun@example.cn", "2090-01-01", "女", "", ""])
    return rows


def test_errors_import_nothing_by_default(office: Office, tmp_path: Path) -> None:
    before = _count(office)
    report = _run(office, excel_gb18030_csv(tmp_path / "a.csv", _messy_rows()))
    assert not report.committed
    assert _count(office) == before  # all-or-nothing
    assert _count(office, ImportBatch) == 0
    by_row = {(e.row, e.column): e.message for e in report.errors}
    assert "check character" in by_row[(5, "身份证号")]
    assert (6, "电子邮箱") in by_row
    assert (8, "出生日期") in by_row and "future" in by_row[(8, "出生日期")]
    assert [r.action for r in report.rows] == [
        "create",
        "create",
        "create",
        "invalid",
        "invalid",
        "duplicate",
        "invalid",
    ]
    assert report.rows[5].reasons == ["Repeats row 2."]
    assert "Nothing was imported" in report.summary()
    # no error text carries the ID number itself
    assert not any(ZHANG_ID[:10] in e.message for e in report.errors)


def test_skip_invalid_imports_the_good_rows(office: Office, tmp_path: Path) -> None:
    before = _count(office)
    report = _run(office, excel_gb18030_csv(tmp_path / "a.csv", _messy_rows()), skip_invalid=True)
    assert report.committed
    assert (report.created, report.invalid, report.count("duplicate")) == (3, 3, 1)
    assert _count(office) == before + 3
    assert "Imported: 3 new" in report.summary()


def test_dry_run_writes_nothing(office: Office, tmp_path: Path) -> None:
    before = _count(office)
    report = _run(office, excel_gb18030_csv(tmp_path / "a.csv"), dry_run=True)
    assert report.dry_run and not report.committed and report.created == 3
    assert _count(office) == before
    assert report.summary().startswith("Dry run")


def test_reimport_creates_nothing_twice_and_updates_changes(office: Office, tmp_path: Path) -> None:
    path = excel_gb18030_csv(tmp_path / "a.csv")
    _run(office, path)
    clients, snaps = _count(office), _count(office, FinancialSnapshot)
    again = _run(office, path)
    assert (again.created, again.updated, again.count("unchanged")) == (0, 0, 3)
    assert (_count(office), _count(office, FinancialSnapshot)) == (clients, snaps)
    changed = [list(r) for r in ROWS]
    changed[1][2] = "13911112222"  # 李娜 has a new phone
    changed[2][4] = "1990-01-15"
    report = _run(office, excel_gb18030_csv(tmp_path / "b.csv", changed))
    assert (report.created, report.updated, report.count("unchanged")) == (0, 1, 2)
    assert _count(office) == clients
    with office.session() as s:
        cid = s.scalar(select(IdentityDocument.client_id).where(IdentityDocument.number == LI_ID))
        phones = s.scalars(select(Phone.e164).where(Phone.client_id == cid)).all()
        assert sorted(phones) == ["+8613911112222", "+8613912345678"]  # added, none dropped
        assert s.get(Client, cid).version == 2


def test_reimport_matches_on_a_chosen_key(office: Office, tmp_path: Path) -> None:
    rows = [[name, "", phone, email, "", "", "", ""] for name, _, phone, email, *_ in ROWS]
    path = excel_gb18030_csv(tmp_path / "a.csv", rows)
    first = _run(office, path, match_key="email")
    assert first.created == 3
    second = _run(office, path, match_key="email")
    assert second.created == 0 and second.count("unchanged") == 3


def test_xlsx_and_vcard_import(office: Office, tmp_path: Path) -> None:
    report = _run(office, merged_header_xlsx(tmp_path / "b.xlsx"))
    assert report.created == 2, report.errors
    with office.session() as s:
        cid = s.scalar(
            select(IdentityDocument.client_id).where(IdentityDocument.number == ZHANG_ID)
        )
        card = ClientService(s).load(cid)
        assert card.date_of_birth == dt.date(1975, 4, 2)  # from an Excel serial number
        assert card.client_since == dt.date(2020, 1, 1)
    report = _run(office, folded_vcard(tmp_path / "c.vcf"), match_key="phone")
    assert report.created == 2, report.errors
    with office.session() as s:
        cid = s.scalar(select(Phone.client_id).where(Phone.e164 == "+8613800138101"))
        card = ClientService(s).load(cid)
        assert len(card.phones) == 3 and card.emails[0].address == "wang.wei@example.cn"
    again = _run(office, folded_vcard(tmp_path / "c.vcf"), match_key="phone")
    assert again.created == 0


def test_mapping_problems_are_refused(office: Office, tmp_path: Path) -> None:
    path = excel_gb18030_csv(tmp_path / "a.csv")
    with pytest.raises(MappingError, match="legal name"):
        _run(office, path, mapping={"手机": "phone"})
    with pytest.raises(MappingError, match="unknown field"):
        _run(office, path, mapping={"姓名": "legal_name", "手机": "shoe_size"})
    with pytest.raises(MappingError, match="both map"):
        _run(office, path, mapping={"姓名": "legal_name", "备注": "legal_name"})


def test_cancel_leaves_the_office_unchanged(office: Office, tmp_path: Path) -> None:
    rows = [
        [f"客户{i}", "", f"1370000{i:04d}", f"c{i}@example.cn", "", "", "", ""] for i in range(2500)
    ]
    table = read_source(excel_gb18030_csv(tmp_path / "a.csv", rows))
    before = _count(office)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled), office.transaction() as s:
        ClientImporter(s).run(
            table, ImportOptions(mapping=suggest_mapping(table.headers)), cancelled=cancelled
        )
    assert _count(office) == before


def test_templates_save_and_conflict(office: Office) -> None:
    with office.transaction() as s:
        svc = TemplateService(s)
        version = svc.save("Old CRM", {"姓名": "legal_name"}, "id_number")
        svc.save("Old CRM", {"姓名": "legal_name", "手机": "phone"}, "phone", version)
        assert svc.get("Old CRM").match_key == "phone"
        with pytest.raises(ConflictError):
            svc.save("Old CRM", {}, "phone", version)
        with pytest.raises(LookupError, match="Old CRM"):
            svc.get("Nope")
        with pytest.raises(MappingError):
            svc.save(" ", {}, "phone")


def test_header_row_only(office: Office, tmp_path: Path) -> None:
    report = _run(office, excel_gb18030_csv(tmp_path / "a.csv", []))
    assert report.rows == [] and report.committed
    assert HEADER[0] == "姓名"


def test_households_custom_fields_and_snapshots(office: Office, tmp_path: Path) -> None:
    import csv
    import io

    from app.households import HouseholdService

    with office.transaction() as s:
        ClientService(s).define_custom_field(
            "risk_level", "Risk level", "风险等级", "choice", ["C1", "C2", "C3", "C4", "C5"]
        )
    buf = io.StringIO(newline="")
    out = csv.writer(buf)
    out.writerow(["姓名", "手机", "家庭", "家庭角色", "风险等级", "可投资资产", "币种", "资产日期"])
    out.writerow(
        ["王大明", "13700001001", "王大明家", "户主", "C4", "2,000,000", "USD", "2026-06-30"]
    )
    out.writerow(["李秀英", "13700001002", "王大明家", "配偶", "C3", "", "", ""])
    out.writerow(["赵六", "13700001003", "", "", "C9", "", "", ""])
    path = tmp_path / "families.csv"
    path.write_text(buf.getvalue(), encoding="utf-8-sig")
    with office.session() as s:
        custom = ClientService(s).custom_fields()
    mapping = suggest_mapping(read_source(path).headers, custom)
    assert mapping["风险等级"] == "custom.risk_level"
    report = _run(office, path, mapping=mapping, skip_invalid=True, match_key="phone")
    assert (report.created, report.invalid) == (2, 1)
    assert report.errors[0].column == "风险等级" and "Pick one of" in report.errors[0].message
    with office.session() as s:
        head = s.scalar(select(Phone.client_id).where(Phone.e164 == "+8613700001001"))
        card = ClientService(s).load(head)
        assert card.custom["risk_level"] == "C4"
        assert card.snapshots[0].currency == "USD" and card.snapshots[0].assets == {
            "deposits": 2_000_000_00
        }
        (household,) = HouseholdService(s).of_client(head)
        assert household.name == "王大明家"
        assert sorted(m.role for m in household.members) == ["head", "spouse"]
