"""Households and links between clients.

Kept apart from ClientService because a household belongs to several cards at once: its
changes are versioned on the household row, so two advisors editing the same family
get a conflict rather than a silent overwrite.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from app import access, audit
from app.cards import HOUSEHOLD_ROLES, LINK_KINDS, HouseholdData, HouseholdMemberData
from app.validation import FieldError, ValidationError
from db.errors import ConflictError
from db.models import Client, ClientLink, Household, HouseholdMember


class HouseholdService:
    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def _may(self, *client_ids: int) -> None:
        """Households change only for users who may change households and see each client."""
        access.require(self.session, access.HOUSEHOLDS)
        for client_id in client_ids:
            access.require(self.session, access.HOUSEHOLDS, client_id)

    def _require_clients(self, ids: list[int], field: str) -> None:
        found = set(self.session.scalars(select(Client.id).where(Client.id.in_(ids))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise ValidationError(
                [
                    FieldError(
                        field, f"Client {missing[0]} does not exist (it may have been removed)."
                    )
                ]
            )

    def _household(self, household_id: int, expected_version: int | None) -> Household:
        row = self.session.get(Household, household_id, options=[selectinload(Household.members)])
        if row is None:
            raise LookupError(f"Household {household_id} does not exist.")
        if expected_version is not None and row.version != expected_version:
            raise ConflictError("household", household_id)
        return row

    def _flush(self, household_id: int) -> None:
        try:
            self.session.flush()
        except StaleDataError:
            raise ConflictError("household", household_id) from None

    def create(self, name: str, members: list[tuple[int, str]]) -> int:
        self._may(*(cid for cid, _ in members))
        errors: list[FieldError] = []
        if not name.strip():
            errors.append(FieldError("name", "Give the household a name, e.g. the Wang family."))
        if not members:
            errors.append(FieldError("members", "A household needs at least one member."))
        ids = [cid for cid, _ in members]
        if len(set(ids)) != len(ids):
            errors.append(FieldError("members", "A client can be in a household only once."))
        for i, (_, role) in enumerate(members):
            if role not in HOUSEHOLD_ROLES:
                errors.append(FieldError(f"members.{i}.role", "Choose a role from the list."))
        if errors:
            raise ValidationError(errors)
        self._require_clients(ids, "members")
        row = Household(
            name=name.strip(),
            members=[HouseholdMember(client_id=cid, role=role) for cid, role in members],
        )
        self.session.add(row)
        self.session.flush()
        for cid, role in members:
            self._audit("created", cid, f"household {row.id}", role=role)
        return row.id

    def _audit(self, change: str, client_id: int, target: str, **detail: str) -> None:
        """The chain records which household or link changed and how, never its name."""
        audit.record(
            self.session, self.actor, "household", client_id, target, change=change, **detail
        )

    def add_member(
        self, household_id: int, client_id: int, role: str, expected_version: int | None = None
    ) -> int:
        self._may(client_id)
        if role not in HOUSEHOLD_ROLES:
            raise ValidationError([FieldError("role", "Choose a role from the list.")])
        row = self._household(household_id, expected_version)
        if any(m.client_id == client_id for m in row.members):
            raise ValidationError(
                [FieldError("client", "This client is already in the household.")]
            )
        self._require_clients([client_id], "client")
        row.members.append(HouseholdMember(client_id=client_id, role=role))
        self._touch(row)
        self._flush(household_id)
        self._audit("member_added", client_id, f"household {household_id}", role=role)
        return row.version

    def remove_member(
        self, household_id: int, client_id: int, expected_version: int | None = None
    ) -> int | None:
        """Returns the new version, or None when the last member left and the household went."""
        self._may(client_id)
        row = self._household(household_id, expected_version)
        keep = [m for m in row.members if m.client_id != client_id]
        if len(keep) == len(row.members):
            raise ValidationError([FieldError("client", "This client is not in the household.")])
        self._audit("member_removed", client_id, f"household {household_id}")
        if not keep:
            self.session.delete(row)
            self.session.flush()
            return None
        row.members = keep
        self._touch(row)
        self._flush(household_id)
        return row.version

    def rename(self, household_id: int, name: str, expected_version: int | None = None) -> int:
        if not name.strip():
            raise ValidationError([FieldError("name", "Give the household a name.")])
        row = self._household(household_id, expected_version)
        self._may(*(m.client_id for m in row.members))
        row.name = name.strip()
        self._flush(household_id)
        for member in row.members:
            self._audit("renamed", member.client_id, f"household {household_id}")
        return row.version

    def of_client(self, client_id: int) -> list[HouseholdData]:
        """The households `client_id` belongs to, with members and versions (for the card)."""
        rows = self.session.scalars(
            select(Household)
            .where(
                Household.id.in_(
                    select(HouseholdMember.household_id).where(
                        HouseholdMember.client_id == client_id
                    )
                )
            )
            .options(selectinload(Household.members))
            .order_by(Household.id)
        ).all()
        ids = {m.client_id for row in rows for m in row.members}
        names = dict(
            self.session.execute(
                select(Client.id, Client.legal_name).where(Client.id.in_(ids))
            ).all()  # a Result has .keys(): dict() would take it for a mapping
        )
        return [
            HouseholdData(
                row.id,
                row.name,
                [
                    HouseholdMemberData(m.client_id, names.get(m.client_id, "?"), m.role)
                    for m in row.members
                ],
                row.version,
            )
            for row in rows
        ]

    @staticmethod
    def _touch(row: Household) -> None:
        """Member rows are children: force an UPDATE of the household row so its version
        moves and a concurrent edit of the same family is caught."""
        flag_modified(row, "name")

    # ---- links between clients -------------------------------------------------------------
    def link(self, from_client_id: int, to_client_id: int, kind: str) -> int:
        self._may(from_client_id)
        errors: list[FieldError] = []
        if kind not in LINK_KINDS:
            errors.append(FieldError("kind", "Choose a relationship from the list."))
        if from_client_id == to_client_id:
            errors.append(FieldError("client", "A client cannot be linked to themselves."))
        if errors:
            raise ValidationError(errors)
        self._require_clients([from_client_id, to_client_id], "client")
        exists = self.session.scalar(
            select(ClientLink.id).where(
                ClientLink.from_client_id == from_client_id,
                ClientLink.to_client_id == to_client_id,
                ClientLink.kind == kind,
            )
        )
        if exists:
            raise ValidationError(
                [FieldError("client", "These clients are already linked this way.")]
            )
        row = ClientLink(from_client_id=from_client_id, to_client_id=to_client_id, kind=kind)
        self.session.add(row)
        self.session.flush()
        self._audit("linked", from_client_id, f"client {to_client_id}", kind=kind)
        return row.id

    def unlink(self, from_client_id: int, to_client_id: int, kind: str) -> None:
        self._may(from_client_id)
        result = self.session.execute(
            delete(ClientLink).where(
                ClientLink.from_client_id == from_client_id,
                ClientLink.to_client_id == to_client_id,
                ClientLink.kind == kind,
            )
        )
        if result.rowcount == 0:  # type: ignore[attr-defined]
            raise LookupError("There is no such link between these clients.")
        self._audit("unlinked", from_client_id, f"client {to_client_id}", kind=kind)
