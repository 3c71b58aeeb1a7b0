"""Tests for app.validation (pure Python, no Qt needed)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.validation import (
    CURRENCY_EXPONENTS,
    FieldError,
    ValidationError,
    currency_exponent,
    format_money,
    mask_identifier,
    normalize_document_number,
    normalize_email,
    normalize_phone,
    normalize_prc_id,
    parse_money,
    prc_id_checksum_char,
    validate_currency,
    validate_document,
    validate_email,
    validate_passport,
    validate_prc_id,
)


def make_prc_id(region: str, birth: date, sequence: str) -> str:
    """Build a real, checksum-correct ID number from its parts."""
    first17 = f"{region}{birth:%Y%m%d}{sequence}"
    assert len(first17) == 17
    return first17 + prc_id_checksum_char(first17)


# ---------------------------------------------------------------------------
# Published / hand-verified PRC ID examples
# ---------------------------------------------------------------------------

# The GB 11643-1999 example (Beijing Chaoyang, born 1949-12-31).
# Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 applied to 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2:
#   7 + 9 + 0 + 5 + 0 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 0 + 0 + 4 = 167
#   167 mod 11 = 2 -> "10X98765432"[2] = "X"
GB_EXAMPLE = "11010519491231002X"

# Widely cited example (Guangdong Shantou, born 1880-01-01). Its checksum is correct:
# 4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1 ->
#   28 + 36 + 0 + 25 + 16 + 16 + 2 + 8 + 48 + 0 + 0 + 9 + 0 + 5 + 0 + 0 + 2 = 195
#   195 mod 11 = 8 -> "10X98765432"[8] = "4"
# but the birth year is before 1900, so our validator must reject it for the date only.
PRE_1900_EXAMPLE = "440524188001010014"

# Hand-computed (Beijing Dongcheng, born 1990-03-07, sequence 123):
# 1 1 0 1 0 1 1 9 9 0 0 3 0 7 1 2 3 ->
#   7 + 9 + 0 + 5 + 0 + 4 + 2 + 9 + 54 + 0 + 0 + 27 + 0 + 35 + 8 + 8 + 6 = 174
#   174 mod 11 = 9 -> "10X98765432"[9] = "3"
HAND_EXAMPLE = "110101199003071233"


def test_checksum_of_published_examples_matches_hand_computation() -> None:
    assert prc_id_checksum_char(GB_EXAMPLE[:17]) == "X"
    assert prc_id_checksum_char(PRE_1900_EXAMPLE[:17]) == "4"
    assert prc_id_checksum_char(HAND_EXAMPLE[:17]) == "3"


def test_checksum_matches_independent_power_of_two_definition() -> None:
    # ISO 7064 MOD 11-2: weight_i = 2**(17 - i) mod 11, check = (12 - sum mod 11) mod 11,
    # with value 10 written as "X". Independent of the lookup table used in the module.
    def reference(first17: str) -> str:
        total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(first17))
        value = (12 - total % 11) % 11
        return "X" if value == 10 else str(value)

    for n in range(0, 10**17, 7_919_993_333_333):
        first17 = f"{n:017d}"
        assert prc_id_checksum_char(first17) == reference(first17)


@pytest.mark.parametrize("bad", ["", "1234567890123456", "123456789012345678", "1101051949123100X"])
def test_checksum_rejects_non_17_digit_input(bad: str) -> None:
    with pytest.raises(ValueError):
        prc_id_checksum_char(bad)


def test_published_gb_example_is_valid() -> None:
    assert validate_prc_id(GB_EXAMPLE) is None
    assert validate_prc_id(GB_EXAMPLE, date(1949, 12, 31)) is None


def test_hand_computed_example_is_valid() -> None:
    assert validate_prc_id(HAND_EXAMPLE, date(1990, 3, 7)) is None


def test_checksum_correct_but_pre_1900_is_rejected() -> None:
    message = validate_prc_id(PRE_1900_EXAMPLE)
    assert message is not None
    assert "1900" in message


@pytest.mark.parametrize(
    ("region", "birth", "sequence"),
    [
        ("110105", date(1949, 12, 31), "002"),
        ("310104", date(1985, 6, 15), "123"),
        ("440305", date(2000, 2, 29), "456"),  # leap day
        ("810000", date(1990, 1, 1), "001"),  # HK resident residence permit prefix
        ("510107", date(1900, 1, 1), "999"),  # earliest accepted date
    ],
)
def test_generated_ids_are_valid(region: str, birth: date, sequence: str) -> None:
    number = make_prc_id(region, birth, sequence)
    assert validate_prc_id(number) is None
    assert validate_prc_id(number, birth) is None


def test_generated_id_born_today_is_valid() -> None:
    today = date.today()
    assert validate_prc_id(make_prc_id("110105", today, "001"), today) is None


def test_many_generated_ids_cover_every_check_char() -> None:
    seen: set[str] = set()
    for seq in range(200):
        number = make_prc_id("320102", date(1975, 8, 20), f"{seq:03d}")
        assert validate_prc_id(number) is None
        seen.add(number[-1])
    assert seen == set("0123456789X")


def test_lowercase_x_and_spaces_are_accepted_and_normalized() -> None:
    messy = " 110105 19491231 002x "
    assert validate_prc_id(messy) is None
    assert normalize_prc_id(messy) == GB_EXAMPLE
    assert normalize_prc_id("１１０１０５１９４９１２３１００２ｘ") == GB_EXAMPLE  # full-width


def _assert_rejected(number: str, dob: date | None = None) -> str:
    message = validate_prc_id(number, dob)
    assert message is not None
    assert number not in message
    assert normalize_prc_id(number) not in message or not normalize_prc_id(number)
    assert "ID number" in message or "date" in message
    return message


def test_wrong_checksum_is_rejected() -> None:
    wrong = HAND_EXAMPLE[:17] + "4"
    message = _assert_rejected(wrong)
    assert "check character" in message
    # Every single-digit typo is caught by the checksum or the date check.
    for pos in range(17):
        for digit in "0123456789":
            if digit != HAND_EXAMPLE[pos]:
                typo = HAND_EXAMPLE[:pos] + digit + HAND_EXAMPLE[pos + 1 :]
                assert validate_prc_id(typo) is not None


def test_swapped_adjacent_digits_are_rejected() -> None:
    swapped = GB_EXAMPLE[:15] + GB_EXAMPLE[16] + GB_EXAMPLE[15] + GB_EXAMPLE[17:]
    assert swapped != GB_EXAMPLE
    _assert_rejected(swapped)


@pytest.mark.parametrize("number", [GB_EXAMPLE[:-1], GB_EXAMPLE + "1", "1101051949"])
def test_wrong_length_is_rejected(number: str) -> None:
    assert "18 characters" in _assert_rejected(number)


def test_old_15_digit_id_gets_specific_message() -> None:
    assert "15-digit" in _assert_rejected("110105491231002")


def test_empty_id_is_rejected() -> None:
    assert validate_prc_id("") == "Enter the ID number."
    assert validate_prc_id("   ") == "Enter the ID number."


@pytest.mark.parametrize(
    "number",
    ["1101051949123100A2", "11010519491231002Y", "X10105194912310023", "11010519491231O02X"],
)
def test_letters_are_rejected(number: str) -> None:
    assert "digits" in _assert_rejected(number)


def test_non_ascii_digits_are_rejected() -> None:
    arabic_indic = "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"  # str.isdigit() is True for these
    assert validate_prc_id(arabic_indic) is not None


@pytest.mark.parametrize("birth", ["19900230", "19901301", "19900001", "19900100", "19010229"])
def test_impossible_birth_date_is_rejected(birth: str) -> None:
    first17 = f"110105{birth}123"
    number = first17 + prc_id_checksum_char(first17)  # checksum is fine; only the date is bad
    assert "not a real date" in _assert_rejected(number)


def test_future_birth_date_is_rejected() -> None:
    tomorrow = date.today() + timedelta(days=1)
    assert "future" in _assert_rejected(make_prc_id("110105", tomorrow, "123"))
    assert "future" in _assert_rejected(make_prc_id("110105", date(2099, 1, 1), "123"))


def test_birth_date_mismatch_is_rejected() -> None:
    message = _assert_rejected(GB_EXAMPLE, date(1949, 12, 30))
    assert "does not match" in message
    assert "1949" not in message  # not even the embedded date is echoed


# ---------------------------------------------------------------------------
# Passports and other documents
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("E12345678", "CN"),
        ("EA1234567", "CN"),
        ("G12345678", "cn"),
        ("e12345678", "CHN"),
        ("P12345678", "CN"),
        ("K12345678", "HK"),
        ("H12345678", "HKG"),
        ("123456789", "US"),
        ("A12345678", "US"),
        ("123456789", "GB"),
        ("C01X00T47", "DE"),
        ("AB123456", "FR"),
        ("123456", None),
        ("X1234 5678", None),
    ],
)
def test_valid_passports(number: str, country: str | None) -> None:
    assert validate_passport(number, country) is None


@pytest.mark.parametrize(
    ("number", "country"),
    [
        ("", "CN"),
        ("A12345678", "CN"),
        ("E7654321", "CN"),
        ("EA12345678", "CN"),
        ("E1234567A", "CN"),
        ("X12345678", "HK"),
        ("K1234567", "HK"),
        ("12345678", "US"),
        ("AB1234567", "US"),
        ("A12345678", "GB"),
        ("12345", "DE"),
        ("1234567890", None),
        ("AB-12345", None),
    ],
)
def test_invalid_passports(number: str, country: str | None) -> None:
    message = validate_passport(number, country)
    assert message is not None
    if number:
        assert number not in message


@pytest.mark.parametrize(
    ("doc_type", "number", "country", "dob"),
    [
        ("prc_id", GB_EXAMPLE, "CN", date(1949, 12, 31)),
        ("prc_id", "11010519491231002x", None, None),
        ("passport", "E12345678", "CN", None),
        ("hk_macau_permit", "C12345678", None, None),
        ("hk_macau_permit", "CA1234567", None, None),
        ("hk_macau_permit", "H12345678", None, None),
        ("hk_macau_permit", "M1234567890", None, None),
        ("taiwan_permit", "12345678", None, None),
        ("foreign_permanent_resident", "USA123456789012", None, None),
        ("other", "AB-1234", None, None),
        ("other", "A" * 30, None, None),
    ],
)
def test_valid_documents(doc_type: str, number: str, country: str | None, dob: date | None) -> None:
    assert validate_document(doc_type, number, country, dob) is None


@pytest.mark.parametrize(
    ("doc_type", "number", "country", "dob"),
    [
        ("prc_id", GB_EXAMPLE, "CN", date(1950, 1, 1)),
        ("prc_id", HAND_EXAMPLE[:17] + "0", None, None),
        ("passport", "A12345678", "CN", None),
        ("hk_macau_permit", "D12345678", None, None),
        ("hk_macau_permit", "H123456789", None, None),
        ("hk_macau_permit", "C1234567", None, None),
        ("taiwan_permit", "123", None, None),
        ("other", "A" * 31, None, None),
        ("other", "AB_1234", None, None),
        ("other", "", None, None),
        ("driving_licence", "12345678", None, None),
    ],
)
def test_invalid_documents(
    doc_type: str, number: str, country: str | None, dob: date | None
) -> None:
    message = validate_document(doc_type, number, country, dob)
    assert message is not None
    if number:
        assert number not in message


def test_unknown_document_type_message() -> None:
    message = validate_document("driving_licence", "12345678", None, None)
    assert message is not None
    assert message.startswith("Unknown document type")


@pytest.mark.parametrize(
    ("doc_type", "number"),
    [
        ("prc_id", " 110105 19491231 002x "),
        ("passport", " e1234 5678 "),
        ("hk_macau_permit", "c1234 5678"),
        ("other", "ab-12"),
    ],
)
def test_normalized_form_of_accepted_number_is_valid_and_stable(doc_type: str, number: str) -> None:
    # Invariant relied on by services: if the raw input validates, its normalized form
    # validates too and normalizing again changes nothing.
    assert validate_document(doc_type, number, "CN", None) is None
    normalized = normalize_document_number(doc_type, number)
    assert validate_document(doc_type, normalized, "CN", None) is None
    assert normalize_document_number(doc_type, normalized) == normalized


def test_normalize_document_number() -> None:
    assert normalize_document_number("prc_id", "110105 19491231 002x") == GB_EXAMPLE
    assert normalize_document_number("passport", " e1234 5678 ") == "E12345678"
    assert normalize_document_number("other", "ab-12") == "AB-12"


# ---------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("13812345678", "CN", "+8613812345678"),
        ("138 1234 5678", "CN", "+8613812345678"),
        ("+86 138-1234-5678", "CN", "+8613812345678"),
        ("+1 650 253 0000", "CN", "+16502530000"),
        ("(650) 253-0000", "US", "+16502530000"),
        ("+852 6123 4567", "CN", "+85261234567"),
        ("010 1234 5678", "CN", "+861012345678"),
    ],
)
def test_normalize_phone_valid(raw: str, region: str, expected: str) -> None:
    assert normalize_phone(raw, region) == expected


def test_normalize_phone_default_region_is_cn() -> None:
    assert normalize_phone("13812345678") == "+8613812345678"


@pytest.mark.parametrize("raw", ["12345", "", "   ", "not a number", "+86 138 1234 567", "+999 1"])
def test_normalize_phone_invalid_raises(raw: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        normalize_phone(raw)
    assert str(excinfo.value)
    if raw.strip():
        assert raw not in str(excinfo.value)


# ---------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "a@b.co",
        "john.doe@example.com",
        "first.last+tag@sub.example.com.cn",
        "o'brien_x-y@example.org",
        "user@example.xn--fiqs8s",
        "user@例子.中国",
        "user@bücher.de",
        " trimmed@example.com ",
        "wide＠example.com",  # full-width at sign from a Chinese IME
        "a" * 64 + "@example.com",
        "user@my-domain.io",
    ],
)
def test_valid_emails(email: str) -> None:
    assert validate_email(email) is None


@pytest.mark.parametrize(
    "email",
    [
        "",
        "a@@b.com",
        "a@b",
        ".a@b.com",
        "a.@b.com",
        "a..b@c.com",
        "ab.com",
        "@b.com",
        "a@",
        "a@b.c",
        "a@b.c0m",
        "a@b..com",
        "a@.b.com",
        "a@-b.com",
        "a@b-.com",
        "a b@c.com",
        "a@b_c.com",
        "a(b)@c.com",
        '"a"@b.com',
        "a" * 65 + "@example.com",
        "a@" + "b" * 64 + ".com",
        "a@" + ("b" * 60 + ".") * 5 + "com",  # over 254 characters
        "用户@example.com",
    ],
)
def test_invalid_emails(email: str) -> None:
    message = validate_email(email)
    assert message is not None
    assert message.endswith(".")


def test_normalize_email_lowercases_domain_only() -> None:
    assert normalize_email("  John.Doe@Example.COM ") == "John.Doe@example.com"
    assert normalize_email("wide＠Example.com") == "wide@example.com"


# ---------------------------------------------------------------------------
# Masking
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("110101199003071234", "1101**********1234"),
        (GB_EXAMPLE, "1101**********002X"),
        ("E1234567", "******67"),
        ("E12345678", "E******78"),
        ("P1234567890123", "P***********23"),
        ("123456789012345", "1234*******2345"),
        ("123", "*23"),
        ("12", "**"),
        ("7", "*"),
        ("", ""),
        ("1101 0119 9003 071234", "1101**********1234"),
    ],
)
def test_mask_identifier(number: str, expected: str) -> None:
    assert mask_identifier(number) == expected


def test_mask_identifier_hides_birth_date_of_prc_id() -> None:
    masked = mask_identifier(GB_EXAMPLE)
    assert "19491231" not in masked
    assert len(masked) == len(GB_EXAMPLE)


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------


def test_validation_error_lists_messages() -> None:
    errors = [
        FieldError("documents.0.number", "The ID number's check character does not match."),
        FieldError("email", "Enter an e-mail address."),
    ]
    exc = ValidationError(errors)
    assert exc.errors == errors
    assert str(exc) == (
        "documents.0.number: The ID number's check character does not match.; "
        "email: Enter an e-mail address."
    )
    assert str(ValidationError([])) == "Validation failed."


def test_validation_error_from_validator_has_no_sensitive_value() -> None:
    bad = HAND_EXAMPLE[:17] + "0"
    message = validate_prc_id(bad)
    assert message is not None
    exc = ValidationError([FieldError("documents.0.number", message)])
    assert bad not in str(exc)
    assert bad not in repr(exc)
    with pytest.raises(ValidationError) as excinfo:
        raise exc
    assert excinfo.value.errors[0].field == "documents.0.number"


def test_field_error_is_frozen() -> None:
    error = FieldError("email", "Enter an e-mail address.")
    with pytest.raises(AttributeError):
        error.field = "other"  # type: ignore[misc]
    assert error == FieldError("email", "Enter an e-mail address.")


# ---------------------------------------------------------------------------
# Currencies and money
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["CNY", "USD", "HKD", "EUR", "GBP", "JPY", "SGD", "MOP", "TWD", "KRW", "cny", " usd "]
)
def test_supported_currencies(code: str) -> None:
    assert validate_currency(code) is None


@pytest.mark.parametrize("code", ["", "XYZ", "US", "USDD", "12A", "人民币"])
def test_unsupported_currencies(code: str) -> None:
    assert validate_currency(code) is not None
    with pytest.raises(ValueError):
        currency_exponent(code)


@pytest.mark.parametrize(
    ("code", "exponent"), [("CNY", 2), ("USD", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3), ("kwd", 3)]
)
def test_currency_exponent(code: str, exponent: int) -> None:
    assert currency_exponent(code) == exponent


def test_every_listed_currency_is_a_three_letter_code() -> None:
    for code, exponent in CURRENCY_EXPONENTS.items():
        assert len(code) == 3 and code.isupper() and code.isalpha()
        assert exponent in (0, 2, 3)


@pytest.mark.parametrize(
    ("text", "currency", "expected"),
    [
        ("1,234.56", "CNY", 123456),
        ("1234.56", "CNY", 123456),
        ("1234.5", "CNY", 123450),
        ("1234", "CNY", 123400),
        ("0.01", "CNY", 1),
        (".5", "USD", 50),
        ("-1,234.56", "USD", -123456),
        ("+10", "USD", 1000),
        ("-0", "CNY", 0),
        ("1,234,567", "HKD", 123456700),
        ("15万", "CNY", 15_000_000),
        ("1.5万", "CNY", 1_500_000),
        ("1.23456万", "CNY", 1_234_560),
        ("1.234567万", "CNY", 1_234_567),
        ("3 亿", "CNY", 30_000_000_000),
        ("2.5亿", "CNY", 25_000_000_000),
        ("2萬", "HKD", 2_000_000),
        ("1億", "TWD", 10_000_000_000),
        ("-2万", "CNY", -2_000_000),
        ("12k", "USD", 1_200_000),
        ("2.5K", "USD", 250_000),
        ("1.5m", "USD", 150_000_000),
        ("3M", "EUR", 300_000_000),
        ("1,234", "JPY", 1234),
        ("1.5万", "JPY", 15_000),
        ("100.00", "JPY", 100),
        ("1.500", "CNY", 150),
        ("1.234", "BHD", 1234),
        ("１，２３４．５６", "CNY", 123456),  # full-width from a Chinese IME
        ("  42  ", "cny", 4200),
        ("0.1", "CNY", 10),  # float 0.1 is inexact; Decimal path gives exactly 10
        ("12345678901234567.89", "CNY", 1234567890123456789),  # beyond float precision
    ],
)
def test_parse_money(text: str, currency: str, expected: int) -> None:
    result = parse_money(text, currency)
    assert type(result) is int
    assert result == expected


def test_parse_money_is_exact_where_float_is_not() -> None:
    # float("1.15") * 100 == 114.99999999999999; a float-based parser would truncate to 114.
    assert parse_money("1.15", "CNY") == 115
    assert parse_money("4.35", "USD") == 435
    assert parse_money("0.29", "USD") == 29


@pytest.mark.parametrize(
    ("text", "currency", "fragment"),
    [
        ("1.234", "CNY", "at most 2 decimal places"),
        ("0.001", "USD", "at most 2 decimal places"),
        ("1.5", "JPY", "cannot have decimal places"),
        ("100.01", "KRW", "cannot have decimal places"),
        ("1.23456789万", "CNY", "at most 2 decimal places"),
        ("1.2345", "BHD", "at most 3 decimal places"),
    ],
)
def test_parse_money_too_many_decimals(text: str, currency: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_money(text, currency)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "1,5",
        "12,34.5",
        "1,2345",
        "1.2.3",
        "1e5",
        "NaN",
        "Infinity",
        "1234-",
        "(1234)",
        "--5",
        "- 5",
        "万",
        "5.",
        "¥100",
        "1.5 万元",
        "1kk",
    ],
)
def test_parse_money_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        parse_money(text, "CNY")


def test_parse_money_rejects_unknown_currency() -> None:
    with pytest.raises(ValueError, match="not supported"):
        parse_money("10", "XYZ")


def test_parse_money_rejects_amounts_beyond_int64() -> None:
    assert parse_money("92233720368547758.07", "CNY") == 2**63 - 1
    with pytest.raises(ValueError, match="too large"):
        parse_money("92233720368547758.08", "CNY")


@pytest.mark.parametrize(
    ("minor", "currency", "locale_name", "expected"),
    [
        (123456, "CNY", "en", "CNY 1,234.56"),
        (123456, "CNY", "zh", "¥1,234.56"),
        (123456, "CNY", "zh_CN", "¥1,234.56"),
        (123456, "USD", "zh", "US$1,234.56"),
        (123456, "USD", "en", "USD 1,234.56"),
        (123456, "HKD", "zh", "HKD 1,234.56"),
        (123456, "HKD", "en_US", "HKD 1,234.56"),
        (-123456, "CNY", "en", "-CNY 1,234.56"),
        (-123456, "CNY", "zh-Hans", "-¥1,234.56"),
        (5, "CNY", "en", "CNY 0.05"),
        (0, "USD", "en", "USD 0.00"),
        (-5, "USD", "en", "-USD 0.05"),
        (1234, "JPY", "en", "JPY 1,234"),
        (1234, "JPY", "zh", "JPY 1,234"),
        (1234567, "BHD", "en", "BHD 1,234.567"),
        (1_500_000_000, "CNY", "zh", "¥15,000,000.00"),
        (100, "cny", "en", "CNY 1.00"),
    ],
)
def test_format_money(minor: int, currency: str, locale_name: str, expected: str) -> None:
    assert format_money(minor, currency, locale_name) == expected


def test_format_money_default_locale_is_english() -> None:
    assert format_money(123456, "CNY") == "CNY 1,234.56"


@pytest.mark.parametrize("bad", [12.34, True, "1234"])
def test_format_money_rejects_non_int(bad: object) -> None:
    with pytest.raises(TypeError):
        format_money(bad, "CNY")  # type: ignore[arg-type]


def test_format_money_unknown_currency() -> None:
    with pytest.raises(ValueError):
        format_money(100, "XYZ")


@pytest.mark.parametrize("text", ["0.01", "1,234.56", "-98,765.43", "15万", "2.5亿"])
def test_parse_format_round_trip(text: str) -> None:
    minor = parse_money(text, "CNY")
    formatted = format_money(minor, "CNY")
    assert parse_money(formatted.replace("CNY ", ""), "CNY") == minor
