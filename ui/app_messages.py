"""Static user messages raised by app/ and db/, marked so the .ts can translate them.

app/ and db/ stay free of Qt, so they cannot call tr(); the UI passes their messages through
QCoreApplication.translate("AppMessages", message). Messages with values in them stay English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

MESSAGES = (
    QT_TRANSLATE_NOOP("AppMessages", "A snapshot cannot be dated in the future."),
    QT_TRANSLATE_NOOP("AppMessages", "Assets cannot be negative."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a channel from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a gender from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a marital status from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a status from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter a date as YYYY-MM-DD."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter a finite number."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter a number of years between 0 and 100."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter a number, for example 12 or 3.5."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the client's legal name."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the first line of the address."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the relative's name."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter yes or no."),
    QT_TRANSLATE_NOOP("AppMessages", "Income cannot be negative."),
    QT_TRANSLATE_NOOP("AppMessages", "Keep this under 500 characters."),
    QT_TRANSLATE_NOOP("AppMessages", "Liabilities cannot be negative."),
    QT_TRANSLATE_NOOP("AppMessages", "That identity document does not belong to this client."),
    QT_TRANSLATE_NOOP("AppMessages", "The Chinese name should be written in Chinese characters."),
    QT_TRANSLATE_NOOP("AppMessages", "The date of birth is before 1900."),
    QT_TRANSLATE_NOOP("AppMessages", "The date of birth is in the future."),
    QT_TRANSLATE_NOOP("AppMessages", "The last review cannot be in the future."),
    QT_TRANSLATE_NOOP("AppMessages", "'Client since' cannot be in the future."),
    QT_TRANSLATE_NOOP("AppMessages", "The legal name is too long (200 characters at most)."),
    QT_TRANSLATE_NOOP("AppMessages", "This custom field no longer exists."),
    QT_TRANSLATE_NOOP("AppMessages", "Unknown asset class."),
    QT_TRANSLATE_NOOP("AppMessages", "Use the two-letter country code, e.g. CN or US."),
    QT_TRANSLATE_NOOP(
        "AppMessages", "A currency code must be three letters, such as CNY, USD or HKD."
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages", "A passport number must be 6 to 9 letters or digits; check for typos."
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages", "An e-mail address must contain exactly one @ sign, as in name@example.com."
    ),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a currency."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter a phone number."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter an amount."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter an e-mail address."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the ID number."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the document number."),
    QT_TRANSLATE_NOOP("AppMessages", "Enter the passport number."),
    QT_TRANSLATE_NOOP("AppMessages", "The amount is not a valid number."),
    QT_TRANSLATE_NOOP(
        "AppMessages", "The amount is too large to be stored; check for extra digits."
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "The birth date inside the ID number is in the future; check characters 7 to 14.",
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "The document number must be 4 to 30 letters, digits or dashes; check for typos.",
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages", "The domain after the @ sign must include an ending such as .com or .cn."
    ),
    QT_TRANSLATE_NOOP("AppMessages", "The e-mail address is missing the domain after the @ sign."),
    QT_TRANSLATE_NOOP("AppMessages", "The e-mail address is missing the part before the @ sign."),
    QT_TRANSLATE_NOOP("AppMessages", "The e-mail address must not contain spaces."),
    QT_TRANSLATE_NOOP("AppMessages", "The first 17 characters of an ID number must all be digits."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "This currency is not supported; choose a listed currency such as CNY, USD or HKD.",
    ),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "This client was changed elsewhere since you opened it. Your edits are kept on screen; reload to see the other change, then apply yours again.",
    ),
    # consent (app/consent.py)
    QT_TRANSLATE_NOOP("AppMessages", "Choose a purpose from the list."),
    QT_TRANSLATE_NOOP(
        "AppMessages", "Name the third party (custodian, insurer …) this sharing is for."
    ),
    QT_TRANSLATE_NOOP("AppMessages", "Only sharing with third parties names a third party."),
    QT_TRANSLATE_NOOP(
        "AppMessages", "The third party's name is too long (200 characters at most)."
    ),
    QT_TRANSLATE_NOOP("AppMessages", "Choose how the consent was captured from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "A consent cannot take effect in the future; record it then."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose the channel the client used to withdraw."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose the privacy notice version the client was shown."),
    QT_TRANSLATE_NOOP("AppMessages", "That privacy notice does not exist."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "This notice's text no longer matches its fingerprint; it cannot be used until the office is restored from a backup.",
    ),
    QT_TRANSLATE_NOOP("AppMessages", "The expiry must be after the day the consent takes effect."),
    QT_TRANSLATE_NOOP("AppMessages", "The evidence must be a file of this client."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "An identity number can only be stored once the client has consented to the processing of sensitive personal information. Record that consent first, or leave the number out.",
    ),
    QT_TRANSLATE_NOOP("AppMessages", "The file needs a name."),
    QT_TRANSLATE_NOOP(
        "AppMessages",
        "Give the reason for the erasure (e.g. the client's request of DATE).",
    ),
    # app/households.py
    QT_TRANSLATE_NOOP("AppMessages", "Give the household a name, e.g. the Wang family."),
    QT_TRANSLATE_NOOP("AppMessages", "Give the household a name."),
    QT_TRANSLATE_NOOP("AppMessages", "A household needs at least one member."),
    QT_TRANSLATE_NOOP("AppMessages", "A client can be in a household only once."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a role from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "This client is already in the household."),
    QT_TRANSLATE_NOOP("AppMessages", "This client is not in the household."),
    QT_TRANSLATE_NOOP("AppMessages", "Choose a relationship from the list."),
    QT_TRANSLATE_NOOP("AppMessages", "A client cannot be linked to themselves."),
    QT_TRANSLATE_NOOP("AppMessages", "These clients are already linked this way."),
    QT_TRANSLATE_NOOP("AppMessages", "There is no such link between these clients."),
    # app/tasks.py, app/complaints.py
    QT_TRANSLATE_NOOP("AppMessages", "A task needs a title."),
    QT_TRANSLATE_NOOP("AppMessages", "Say what the complaint or request is about."),
    QT_TRANSLATE_NOOP("AppMessages", "No such client."),
)


def app_message(message: str) -> str:
    """A message from app/ or db/ in the user's language when the catalogue knows it."""
    return QCoreApplication.translate("AppMessages", message)
