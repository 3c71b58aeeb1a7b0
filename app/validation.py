"""Input validation and normalisation for AdvisorDesk.

This module is deliberately plain Python with no Qt imports so that the same rules are
applied by the UI (for instant feedback), by the service layer (which is the real gate
before anything reaches the encrypted database) and by tests, without starting a
``QApplication``.

Conventions shared by every function here:

* ``validate_*`` functions return ``None`` when the value is acceptable and otherwise a
  plain-English sentence that says what is wrong and what to do about it. They never raise
  for bad user input, so callers can collect several problems into one
  :class:`ValidationError` instead of showing them one at a time.
* Validators are lenient about purely cosmetic differences (surrounding or embedded
  spaces, full-width characters typed with a Chinese IME, lowercase letters) and the
  matching ``normalize_*`` function removes exactly those differences. Callers must store
  the normalised form; the invariant is that whenever ``validate_x(v)`` is ``None``,
  ``normalize_x(v)`` is the canonical valid value.
* Messages never echo identity numbers (or any part of them). They end up in dialogs,
  logs and exception tracebacks, which are far less protected than the SQLCipher
  database, so they refer to "the ID number" instead.
* Money is handled as integer minor units (fen, cents, ...). Binary floats cannot
  represent most decimal amounts exactly, so nothing in here ever converts to ``float``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType

import phonenumbers

__all__ = [
    "CURRENCY_EXPONENTS",
    "DOCUMENT_TYPES",
    "FieldError",
    "ValidationError",
    "currency_exponent",
    "format_money",
    "mask_identifier",
    "normalize_document_number",
    "normalize_email",
    "normalize_phone",
    "normalize_prc_id",
    "parse_money",
    "prc_id_checksum_char",
    "validate_currency",
    "validate_document",
    "validate_email",
    "validate_passport",
    "validate_prc_id",
]


# ---------------------------------------------------------------------------
# Error types
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field.

    ``field`` is a dotted path chosen by the caller (for example ``"documents.0.number"``)
    so that forms can put the message next to the right widget, even inside repeated
    sub-forms. Frozen so that errors can be shared and compared safely in tests.
    """

    field: str
    message: str


class ValidationError(Exception):
    """Raised by services when one or more fields are invalid.

    Carries every problem at once (``errors``) so the UI can highlight all offending
    fields in a single pass. ``str()`` lists ``field: message`` pairs; because the
    messages produced by this module never contain the offending values, the exception
    is safe to log or show in a traceback.
    """

    errors: list[FieldError]

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(self._summary())

    def _summary(self) -> str:
        if not self.errors:
            return "Validation failed."
        return "; ".join(f"{error.field}: {error.message}" for error in self.errors)

    def __str__(self) -> str:
        return self._summary()


# ---------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------

_ASCII_DIGITS = frozenset("0123456789")
_ASCII_DIGITS_RE = re.compile("[0-9]+")  # one C-level scan instead of a generator per character


def _is_ascii_digits(text: str) -> bool:
    """``str.isdigit`` also accepts e.g. Arabic-Indic or superscript digits; we must not."""
    return _ASCII_DIGITS_RE.fullmatch(text) is not None


def _compact(text: str) -> str:
    """NFKC-fold (full-width -> ASCII, as typed by Chinese IMEs) and drop all whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


# ---------------------------------------------------------------------------
# PRC resident identity card (GB 11643-1999)
# ---------------------------------------------------------------------------

# ISO 7064 MOD 11-2 weights are 2**(17 - i) mod 11 for positions i = 0..16.
_PRC_ID_WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
# Check character for each possible weighted sum modulo 11.
_PRC_ID_CHECK_CHARS = "10X98765432"
_PRC_ID_MIN_BIRTH_YEAR = 1900


def prc_id_checksum_char(first17: str) -> str:
    """Return the GB 11643-1999 check character for the first 17 digits of an ID number.

    The check character catches every single-digit typo and every swap of two adjacent
    digits, which is why it is worth verifying before an ID number is saved.

    Raises ``ValueError`` if ``first17`` is not exactly 17 ASCII digits (the message does
    not repeat the input).
    """
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError("The first 17 characters of an ID number must all be digits.")
    pairs = zip(first17, _PRC_ID_WEIGHTS, strict=True)
    total = sum(int(digit) * weight for digit, weight in pairs)
    return _PRC_ID_CHECK_CHARS[total % 11]


def normalize_prc_id(number: str) -> str:
    """Return the canonical stored form of a PRC ID number.

    Removes all whitespace (people often copy the number in groups), folds full-width
    characters to ASCII and upper-cases the trailing ``x`` so that duplicates can be
    detected by exact comparison.
    """
    return _compact(number).upper()


def validate_prc_id(number: str, date_of_birth: date | None = None) -> str | None:
    """Check an 18-character PRC resident ID number.

    Checks, in order: length, character set (17 digits then a digit or ``X``; lowercase
    ``x`` and spaces are tolerated because :func:`normalize_prc_id` fixes them), that the
    embedded birth date (characters 7-14, ``YYYYMMDD``) is a real calendar date between
    1900-01-01 and today, the MOD 11-2 check character, and finally, when
    ``date_of_birth`` is given, that it agrees with the embedded date. The date is
    checked before the checksum because a date problem gives the user a more specific
    hint about where the typo is.

    Returns ``None`` if valid, otherwise a message that never contains the number.
    """
    value = normalize_prc_id(number)
    if not value:
        return "Enter the ID number."
    if len(value) == 15 and _is_ascii_digits(value):
        return (
            "This looks like an old 15-digit ID number, which is no longer in use; "
            "enter the 18-character number from the current ID card."
        )
    if len(value) != 18:
        return (
            f"The ID number must be 18 characters long, but {len(value)} were entered; "
            "check for missing or extra characters."
        )
    if not _is_ascii_digits(value[:17]) or not (value[17] == "X" or value[17] in _ASCII_DIGITS):
        return (
            "The ID number may only contain digits, with an X allowed as the last "
            "character; check for mistyped letters."
        )

    year, month, day = int(value[6:10]), int(value[10:12]), int(value[12:14])
    try:
        embedded_birth = date(year, month, day)
    except ValueError:
        return (
            "The birth date inside the ID number (characters 7 to 14) is not a real "
            "date; check those digits."
        )
    if embedded_birth.year < _PRC_ID_MIN_BIRTH_YEAR:
        return (
            "The birth date inside the ID number is before 1900, which is not plausible; "
            "check characters 7 to 14."
        )
    if embedded_birth > date.today():
        return "The birth date inside the ID number is in the future; check characters 7 to 14."

    if prc_id_checksum_char(value[:17]) != value[17]:
        return (
            "The ID number's check character (the last one) does not match the other "
            "digits, so one of them is probably mistyped; compare it with the ID card."
        )

    if date_of_birth is not None and date_of_birth != embedded_birth:
        return (
            "The birth date inside the ID number does not match the date of birth entered; "
            "check both for typos."
        )
    return None


# ---------------------------------------------------------------------------
# Passports and other identity documents
# ---------------------------------------------------------------------------

DOCUMENT_TYPE_ORDER: tuple[str, ...] = (
    "prc_id",
    "passport",
    "hk_macau_permit",
    "taiwan_permit",
    "foreign_permanent_resident",
    "other",
)
DOCUMENT_TYPES: frozenset[str] = frozenset(DOCUMENT_TYPE_ORDER)

# Alpha-3 codes as printed in the passport MRZ, so either form can be passed in.
_ALPHA3_TO_ALPHA2: Mapping[str, str] = MappingProxyType(
    {"CHN": "CN", "HKG": "HK", "USA": "US", "GBR": "GB"}
)

_GENERIC_PASSPORT_RE = re.compile(r"[A-Z0-9]{6,9}")
# Country-specific formats; every pattern is matched with fullmatch.
_PASSPORT_RULES: Mapping[str, tuple[re.Pattern[str], str]] = MappingProxyType(
    {
        "CN": (
            re.compile(r"[EGDSP][0-9]{8}|E[A-Z][0-9]{7}"),
            "A Chinese passport number is E, G, D, S or P followed by 8 digits, or E, "
            "another letter and 7 digits (for example E12345678 or EA1234567).",
        ),
        "HK": (
            re.compile(r"[KH][0-9]{8}"),
            "A Hong Kong passport number is K or H followed by 8 digits.",
        ),
        "US": (
            re.compile(r"[0-9]{9}|[A-Z][0-9]{8}"),
            "A US passport number is 9 digits, or one letter followed by 8 digits.",
        ),
        "GB": (
            re.compile(r"[0-9]{9}"),
            "A UK passport number is 9 digits.",
        ),
    }
)

_HK_MACAU_PERMIT_RE = re.compile(r"C[A-Z0-9]{8}|[HM](?:[0-9]{8}|[0-9]{10})")
_GENERIC_DOCUMENT_RE = re.compile(r"[A-Za-z0-9-]{4,30}")


def _country_code(issuing_country: str | None) -> str | None:
    """Map an alpha-2 or alpha-3 country code (any case) to upper-case alpha-2."""
    if issuing_country is None:
        return None
    code = issuing_country.strip().upper()
    return _ALPHA3_TO_ALPHA2.get(code, code) or None


def normalize_document_number(doc_type: str, number: str) -> str:
    """Return the canonical stored form of a document number.

    PRC IDs use :func:`normalize_prc_id`; every other document number has whitespace
    removed, full-width characters folded and letters upper-cased, because document
    numbers are not case-sensitive and consistent storage makes duplicate detection work.
    """
    if doc_type == "prc_id":
        return normalize_prc_id(number)
    return _compact(number).upper()


def validate_passport(number: str, issuing_country: str | None) -> str | None:
    """Check a passport number, using the issuing country's format where we know it.

    Known formats: CN, HK, US, GB (alpha-2 or alpha-3 codes, any case). For every other
    country the generic ICAO 9303 constraint applies: the document number field holds at
    most 9 characters, and in practice at least 6, all letters or digits. Spaces and
    lowercase letters are tolerated because :func:`normalize_document_number` fixes them.
    """
    value = normalize_document_number("passport", number)
    if not value:
        return "Enter the passport number."
    rule = _PASSPORT_RULES.get(_country_code(issuing_country) or "")
    if rule is not None:
        pattern, explanation = rule
        if pattern.fullmatch(value):
            return None
        return f"The passport number does not have the expected format. {explanation}"
    if _GENERIC_PASSPORT_RE.fullmatch(value):
        return None
    return "A passport number must be 6 to 9 letters or digits; check for typos."


def validate_document(
    doc_type: str, number: str, issuing_country: str | None, date_of_birth: date | None
) -> str | None:
    """Validate an identity document number according to its type.

    ``date_of_birth`` is only used for ``prc_id`` (the only type that embeds it) and
    ``issuing_country`` only for ``passport``. Types without a stable public format
    (``taiwan_permit``, ``foreign_permanent_resident``, ``other``) get a loose sanity
    check of 4 to 30 letters, digits or dashes, which stops obvious garbage without
    rejecting legitimate numbers we cannot predict.
    """
    if doc_type not in DOCUMENT_TYPES:
        allowed = ", ".join(sorted(DOCUMENT_TYPES))
        return f"Unknown document type; choose one of: {allowed}."
    if doc_type == "prc_id":
        return validate_prc_id(number, date_of_birth)
    if doc_type == "passport":
        return validate_passport(number, issuing_country)

    value = normalize_document_number(doc_type, number)
    if not value:
        return "Enter the document number."
    if doc_type == "hk_macau_permit":
        if _HK_MACAU_PERMIT_RE.fullmatch(value):
            return None
        return (
            "A Hong Kong/Macau permit number is C followed by 8 letters or digits, or H or "
            "M followed by 8 or 10 digits; check for typos."
        )
    if _GENERIC_DOCUMENT_RE.fullmatch(value):
        return None
    return "The document number must be 4 to 30 letters, digits or dashes; check for typos."


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------


def normalize_phone(raw: str, default_region: str = "CN") -> str:
    """Parse a phone number and return it in E.164 form (e.g. ``+8613812345678``).

    E.164 is stored because it is unambiguous across regions, which matters in an office
    whose clients live in the mainland, Hong Kong and abroad. Numbers without a ``+``
    prefix are interpreted in ``default_region``. Raises ``ValueError`` with a
    user-facing message if the number cannot be parsed or is not a valid number
    according to libphonenumber's metadata.

    Results are memoised (a card is validated, matched and then stored, each asking for
    the same numbers) and the commonest input, 11 plain digits of a mainland mobile,
    skips libphonenumber's general parser; either way the number is checked against the
    same metadata and the answer is the same (tests/app/test_validation_phone_fast.py).
    """
    if not raw or not raw.strip():
        raise ValueError("Enter a phone number.")
    return _normalize_phone_memo(raw, default_region)


@lru_cache(maxsize=4096)
def _normalize_phone_memo(raw: str, default_region: str) -> str:
    # lru_cache keeps results only: an invalid number raises afresh on every call
    fast = _fast_cn_mobile(raw, default_region)
    return fast if fast is not None else _parse_phone(raw, default_region)


_CN_MOBILE_DIGITS = re.compile(r"1[3-9][0-9]{9}")
_CN_METADATA = phonenumbers.PhoneMetadata.metadata_for_region("CN")
# prefixes the general parser would strip or read as a carrier or international prefix
_CN_PARSER_PREFIXES = re.compile(
    f"(?:{_CN_METADATA.national_prefix_for_parsing})|(?:{_CN_METADATA.international_prefix})"
)


def _fast_cn_mobile(raw: str, default_region: str) -> str | None:
    """E.164 of a valid mainland mobile typed as 11 plain digits, or None to parse fully.

    For such input the general parser finds no country code, no prefix to strip and no
    extension, so the national number is the digits themselves; only the validity check
    against the metadata remains, and that is done here too."""
    if (
        default_region != "CN"
        or not _CN_MOBILE_DIGITS.fullmatch(raw)
        or _CN_PARSER_PREFIXES.match(raw)
    ):
        return None
    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(raw))
    return "+86" + raw if phonenumbers.is_valid_number(number) else None


def _parse_phone(raw: str, default_region: str) -> str:
    """libphonenumber's full parse, validity check and E.164 formatting."""
    if not raw or not raw.strip():
        raise ValueError("Enter a phone number.")
    try:
        parsed = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        raise ValueError(
            "The phone number could not be understood; enter digits only, with a leading + "
            "and country code for numbers outside the default region."
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(
            "The phone number is not valid; check the number of digits and, for numbers "
            "outside the default region, the country code."
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------------------
# E-mail addresses
# ---------------------------------------------------------------------------

# RFC 5322 "atext" plus dot; quoted local parts and comments are intentionally rejected,
# since no real client address uses them and most mail tools mishandle them.
_EMAIL_LOCAL_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-."
)
_ASCII_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_EMAIL_MAX_LENGTH = 254
_EMAIL_LOCAL_MAX_LENGTH = 64
_DOMAIN_LABEL_MAX_LENGTH = 63


def _is_domain_label_char(ch: str) -> bool:
    """ASCII letters/digits/hyphen, or any Unicode letter or mark (IDN labels)."""
    if ch in _ASCII_LABEL_CHARS:
        return True
    return not ch.isascii() and unicodedata.category(ch)[0] in ("L", "M")


def normalize_email(raw: str) -> str:
    """Return the canonical stored form of an e-mail address.

    Folds full-width characters (a Chinese IME often produces a full-width at sign),
    strips surrounding whitespace and lower-cases the domain, which is case-insensitive.
    The local part keeps its case because RFC 5321 allows servers to treat it as
    case-sensitive.
    """
    value = unicodedata.normalize("NFKC", raw).strip()
    local, sep, domain = value.rpartition("@")
    if not sep:
        return value
    return f"{local}@{domain.lower()}"


def validate_email(raw: str) -> str | None:
    """Practical e-mail address check, stricter than RFC 5322 where real mail systems are.

    Accepts ``local@domain`` where the local part is 1-64 characters of RFC 5322 atext
    with no leading, trailing or consecutive dots, and the domain has at least two
    dot-separated labels of letters, digits and hyphens (Unicode letters allowed for
    internationalised domains), none starting or ending with a hyphen, and a top-level
    domain of at least two letters (or an ``xn--`` punycode label). Total length is at
    most 254 characters, the limit imposed by SMTP paths.

    Most addresses are plain ASCII (name.surname@example.cn): those are accepted by one
    regular expression that admits only addresses every rule below accepts; anything
    else goes through the rules one by one (tests/app/test_validation_email_fast.py).
    """
    if len(raw) <= _EMAIL_MAX_LENGTH and _PLAIN_EMAIL.fullmatch(raw):
        if raw.index("@") <= _EMAIL_LOCAL_MAX_LENGTH:
            return None
    return _validate_email_fully(raw)


# A strict subset of what the rules accept: ASCII atext words joined by single dots,
# then labels of 1-63 letters, digits or inner hyphens, then a 2-63 letter ending.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+\-]+(?:\.[A-Za-z0-9_+\-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)


def _validate_email_fully(raw: str) -> str | None:
    value = normalize_email(raw)
    if not value:
        return "Enter an e-mail address."
    if len(value) > _EMAIL_MAX_LENGTH:
        return "The e-mail address is too long; it can have at most 254 characters."
    if any(ch.isspace() for ch in value):
        return "The e-mail address must not contain spaces."
    if value.count("@") != 1:
        return "An e-mail address must contain exactly one @ sign, as in name@example.com."
    local, domain = value.split("@")
    if not local:
        return "The e-mail address is missing the part before the @ sign."
    if len(local) > _EMAIL_LOCAL_MAX_LENGTH:
        return "The part before the @ sign can have at most 64 characters."
    if any(ch not in _EMAIL_LOCAL_CHARS for ch in local):
        return (
            "The part before the @ sign contains characters that are not allowed; use "
            "letters, digits and . _ - + only."
        )
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return (
            "The part before the @ sign must not start or end with a dot or contain two "
            "dots in a row."
        )
    if not domain:
        return "The e-mail address is missing the domain after the @ sign."
    labels = domain.split(".")
    if len(labels) < 2:
        return "The domain after the @ sign must include an ending such as .com or .cn."
    for label in labels:
        if not label:
            return "The domain after the @ sign must not contain empty parts or stray dots."
        if len(label) > _DOMAIN_LABEL_MAX_LENGTH:
            return "Each part of the domain can have at most 63 characters."
        if label.startswith("-") or label.endswith("-"):
            return "Parts of the domain must not start or end with a hyphen."
        if not all(_is_domain_label_char(ch) for ch in label):
            return "The domain may only contain letters, digits, hyphens and dots."
    tld = labels[-1]
    tld_ok = (len(tld) >= 2 and all(ch.isalpha() for ch in tld)) or (
        tld.lower().startswith("xn--") and len(tld) > 4
    )
    if not tld_ok:
        return "The domain must end with at least two letters, such as .com or .cn."
    return None


# ---------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------


def mask_identifier(number: str) -> str:
    """Mask an identity number for display in lists, logs and exports.

    Longer numbers keep the first 4 and last 4 characters (for an ID card this shows the
    region prefix and the end, enough to tell clients apart without revealing the birth
    date). Numbers of 8 characters or fewer keep only the last 2, and numbers of 9 to 14
    (passports, permits) the first 1 and last 2, since keeping 8 characters of a short
    number would reveal most of it; numbers of 1 or 2 characters are masked entirely. Whitespace is ignored so that grouping does not change what is
    revealed.
    """
    value = "".join(number.split())
    length = len(value)
    if length == 0:
        return ""
    if length <= 2:
        return "*" * length
    if length <= 8:
        return "*" * (length - 2) + value[-2:]
    if length <= 14:
        return value[:1] + "*" * (length - 3) + value[-2:]
    return value[:4] + "*" * (length - 8) + value[-4:]


# ---------------------------------------------------------------------------
# Currencies and money
# ---------------------------------------------------------------------------

# ISO 4217 minor-unit exponents for the currencies this office deals with.
# TWD is listed with 2 as in ISO 4217, even though cash prices are usually whole dollars.
CURRENCY_EXPONENTS: Mapping[str, int] = MappingProxyType(
    {
        "CNY": 2,
        "USD": 2,
        "HKD": 2,
        "EUR": 2,
        "GBP": 2,
        "JPY": 0,
        "SGD": 2,
        "AUD": 2,
        "CAD": 2,
        "CHF": 2,
        "NZD": 2,
        "MOP": 2,
        "TWD": 2,
        "KRW": 0,
        "THB": 2,
        "MYR": 2,
        "IDR": 2,
        "PHP": 2,
        "INR": 2,
        "VND": 0,
        "AED": 2,
        "SAR": 2,
        "QAR": 2,
        "SEK": 2,
        "NOK": 2,
        "DKK": 2,
        "ISK": 0,
        "CLP": 0,
        "ZAR": 2,
        "BRL": 2,
        "MXN": 2,
        "RUB": 2,
        "BHD": 3,
        "KWD": 3,
        "OMR": 3,
        "JOD": 3,
    }
)

# SQLite INTEGER columns are signed 64-bit; larger amounts would fail at insert time.
_MAX_MINOR_UNITS = 2**63 - 1

_MONEY_RE = re.compile(
    r"""
    (?P<sign>[+-])?
    (?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)   # plain digits or correct 3-digit grouping
    (?:\.(?P<frac>[0-9]+))?
    \s*
    (?P<suffix>万|萬|亿|億|[kKmM])?
    """,
    re.VERBOSE,
)
# Power of ten for each magnitude suffix (traditional forms for HK/Macau/Taiwan users).
_MONEY_SUFFIX_POWERS: Mapping[str, int] = MappingProxyType(
    {"万": 4, "萬": 4, "亿": 8, "億": 8, "k": 3, "K": 3, "m": 6, "M": 6}
)


def _normalize_currency(code: str) -> str:
    return code.strip().upper()


def validate_currency(code: str) -> str | None:
    """Check that ``code`` is an ISO 4217 currency code this application supports.

    Only currencies with a known minor-unit exponent are accepted, because amounts are
    stored as integers of minor units and the exponent is needed to interpret them.
    Case and surrounding spaces are tolerated.
    """
    value = _normalize_currency(code)
    if not value:
        return "Choose a currency."
    if value in CURRENCY_EXPONENTS:
        return None
    if len(value) != 3 or not value.isascii() or not value.isalpha():
        return "A currency code must be three letters, such as CNY, USD or HKD."
    return "This currency is not supported; choose a listed currency such as CNY, USD or HKD."


def currency_exponent(code: str) -> int:
    """Return the number of minor-unit digits for a currency (2 for CNY, 0 for JPY, ...).

    Raises ``ValueError`` for unsupported currencies rather than guessing 2, because a
    wrong exponent silently scales stored amounts by a factor of 100.
    """
    message = validate_currency(code)
    if message is not None:
        raise ValueError(message)
    return CURRENCY_EXPONENTS[_normalize_currency(code)]


def parse_money(text: str, currency: str) -> int:
    """Parse a user-entered amount into integer minor units of ``currency``.

    Accepts optional thousands separators (only in correct groups of three, so that a
    European-style decimal comma like ``1,5`` is rejected rather than read as 15), an
    optional decimal part, a leading ``-`` (the only way to enter a negative amount) or
    ``+``, and an optional magnitude suffix: ``万``/``萬`` (10^4), ``亿``/``億`` (10^8),
    ``k`` (10^3) or ``m`` (10^6). Full-width digits are folded to ASCII.

    The text goes through :class:`~decimal.Decimal` and integer arithmetic only, never
    ``float``, so the result is exact. Trailing zeros beyond the currency's precision are
    harmless (``"100.00"`` JPY is 100), but any non-zero digit below the minor unit raises
    ``ValueError`` instead of being rounded away silently.
    """
    exponent = currency_exponent(currency)
    code = _normalize_currency(currency)
    value = unicodedata.normalize("NFKC", text).strip()
    if not value:
        raise ValueError("Enter an amount.")
    match = _MONEY_RE.fullmatch(value)
    if match is None or not (match["int"] or match["frac"]):
        raise ValueError(
            "The amount is not a valid number; use digits with an optional decimal point, "
            "for example 1,234.56, 15万 or 2.5m."
        )
    integer_digits = (match["int"] or "0").replace(",", "")
    fraction_digits = match["frac"] or ""
    amount = Decimal(f"{integer_digits}.{fraction_digits or '0'}")
    suffix = match["suffix"]
    power = exponent + (_MONEY_SUFFIX_POWERS[suffix] if suffix else 0)

    # Shift by integer arithmetic on the Decimal's digits: Decimal arithmetic itself is
    # limited by the context precision (28 digits) and could round huge inputs.
    _, digits, decimal_exponent = amount.as_tuple()
    if not isinstance(decimal_exponent, int):  # pragma: no cover - regex admits no NaN/Inf
        raise ValueError("The amount is not a valid number.")
    coefficient = int("".join(map(str, digits)))
    shift = decimal_exponent + power
    if shift >= 0:
        minor = coefficient * 10**shift
    else:
        minor, remainder = divmod(coefficient, 10**-shift)
        if remainder:
            if exponent == 0:
                raise ValueError(
                    f"{code} amounts cannot have decimal places; enter a whole number."
                )
            raise ValueError(
                f"{code} amounts can have at most {exponent} decimal places; "
                "round the amount or check for typos."
            )
    if match["sign"] == "-":
        minor = -minor
    if abs(minor) > _MAX_MINOR_UNITS:
        raise ValueError("The amount is too large to be stored; check for extra digits.")
    return minor


def _is_chinese_locale(locale_name: str) -> bool:
    return locale_name.strip().lower().replace("-", "_").split("_")[0] == "zh"


def format_money(minor: int, currency: str, locale_name: str = "en") -> str:
    """Format integer minor units for display, e.g. ``CNY 1,234.56``.

    ``locale_name`` starting with ``zh`` (``zh``, ``zh_CN``, ``zh-Hans``...) uses the
    symbols Chinese readers expect for the two most common currencies (``¥1,234.56``,
    ``US$1,234.56``) and the ISO code otherwise, so HKD/MOP/TWD are never confused with
    each other. Any other locale uses the unambiguous ISO code. The minus sign comes
    first (``-CNY 1,234.56``, ``-¥1,234.56``), as in CLDR's patterns.

    Raises ``TypeError`` for non-integers (a float here would indicate precision already
    lost upstream) and ``ValueError`` for unsupported currencies.
    """
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError("Money amounts must be integer minor units, not floats or other types.")
    exponent = currency_exponent(currency)
    code = _normalize_currency(currency)
    sign = "-" if minor < 0 else ""
    major, fraction = divmod(abs(minor), 10**exponent)
    number = f"{major:,}"
    if exponent:
        number += "." + str(fraction).zfill(exponent)
    if _is_chinese_locale(locale_name):
        symbol = {"CNY": "¥", "USD": "US$"}.get(code)
        if symbol is not None:
            return f"{sign}{symbol}{number}"
    return f"{sign}{code} {number}"
