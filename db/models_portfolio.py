"""Tables for products, accounts, holdings, transactions.

Kept apart from db/models.py so each area's tables read on their own; db/models.py imports
this module at its end, so Base.metadata (and the migration test) always sees them.
"""

from __future__ import annotations
