"""A database error must not carry the values it was given (names, ID numbers)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.office import Office

SECRET = "110101199003071233"


def test_failed_statement_hides_its_parameters(office: Office) -> None:
    with pytest.raises(IntegrityError) as info, office.transaction() as s:
        # client_id 999999 does not exist: the foreign key refuses the row
        s.execute(
            text(
                "INSERT INTO identity_document (client_id, doc_type, number) "
                "VALUES (:cid, 'prc_id', :number)"
            ),
            {"cid": 999_999, "number": SECRET},
        )
    assert "FOREIGN KEY" in str(info.value)
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)
