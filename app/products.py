"""The office's product catalogue: what can be held, bought or recommended.

Each product's risk rating R1..R5 is what suitability compares with the client's C1..C5
level, so it is validated here and checked again by the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.validation import FieldError, ValidationError, validate_currency
from db.errors import ConflictError
from db.models_portfolio import Product

PRODUCT_TYPES = (
    "money_market",
    "bond_fund",
    "equity_fund",
    "mixed_fund",
    "index_fund",
    "wealth_management",
    "structured_note",
    "private_equity",
    "trust",
    "insurance",
    "stock",
    "bond",
    "deposit",
    "other",
)
ASSET_CLASSES = ("cash", "fixed_income", "equity", "mixed", "alternative", "insurance")
LIQUIDITY = ("daily", "weekly", "monthly", "quarterly", "annual", "locked")


@dataclass(frozen=True)
class ProductData:
    """What an advisor or a CSV row gives for one product."""

    code: str
    name: str
    type: str
    currency: str
    risk_rating: int
    asset_class: str
    issuer: str | None = None
    liquidity: str = "daily"
    lockup_months: int | None = None
    active: bool = True


def product_errors(data: ProductData) -> list[FieldError]:
    """Every problem with `data`, one message per field (no values echoed)."""
    errors: list[FieldError] = []
    if not data.code.strip():
        errors.append(FieldError("code", "Enter a product code."))
    elif len(data.code.strip()) > 40:
        errors.append(FieldError("code", "A product code has at most 40 characters."))
    if not data.name.strip():
        errors.append(FieldError("name", "Enter a product name."))
    if data.type not in PRODUCT_TYPES:
        errors.append(FieldError("type", f"Choose a type: {', '.join(PRODUCT_TYPES)}."))
    message = validate_currency(data.currency)
    if message:
        errors.append(FieldError("currency", message))
    if not isinstance(data.risk_rating, int) or not 1 <= data.risk_rating <= 5:
        errors.append(FieldError("risk_rating", "A risk rating is R1 to R5."))
    if data.asset_class not in ASSET_CLASSES:
        errors.append(
            FieldError("asset_class", f"Choose an asset class: {', '.join(ASSET_CLASSES)}.")
        )
    if data.liquidity not in LIQUIDITY:
        errors.append(FieldError("liquidity", f"Choose a liquidity: {', '.join(LIQUIDITY)}."))
    if data.lockup_months is not None and data.lockup_months < 0:
        errors.append(FieldError("lockup_months", "A lock-up cannot be negative."))
    return errors


def product_row(data: ProductData) -> dict[str, object]:
    """Column values for a valid product (shared by the service and the bulk import)."""
    return {
        "code": data.code.strip(),
        "name": data.name.strip(),
        "type": data.type,
        "issuer": (data.issuer or "").strip() or None,
        "currency": data.currency.strip().upper(),
        "risk_rating": data.risk_rating,
        "asset_class": data.asset_class,
        "liquidity": data.liquidity,
        "lockup_months": data.lockup_months,
        "active": data.active,
    }


class ProductService:
    """Create, change and look up catalogue products; the caller owns the transaction."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def create(self, data: ProductData) -> Product:
        errors = product_errors(data)
        if not errors and self.by_code(data.code.strip()) is not None:
            errors.append(FieldError("code", "Another product already has this code."))
        if errors:
            raise ValidationError(errors)
        product = Product(**product_row(data))
        self.session.add(product)
        self.session.flush()
        return product

    def update(self, product_id: int, version: int, data: ProductData) -> Product:
        """Save changes made on a product loaded at `version`; ConflictError if stale."""
        product = self.session.get(Product, product_id)
        if product is None:
            raise LookupError("That product no longer exists.")
        if product.version != version:
            raise ConflictError("product", product_id)
        errors = product_errors(data)
        other = self.by_code(data.code.strip())
        if not errors and other is not None and other.id != product_id:
            errors.append(FieldError("code", "Another product already has this code."))
        if errors:
            raise ValidationError(errors)
        for key, value in product_row(data).items():
            setattr(product, key, value)
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise ConflictError("product", product_id) from exc
        return product

    def by_code(self, code: str) -> Product | None:
        return self.session.scalar(select(Product).where(Product.code == code))

    def catalogue(self, *, active_only: bool = True) -> list[Product]:
        query = select(Product).order_by(Product.risk_rating, Product.code)
        if active_only:
            query = query.where(Product.active.is_(True))
        return list(self.session.scalars(query))
