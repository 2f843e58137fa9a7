"""ARM timestamps: one parser for the whole app. A time without a zone is UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache

_FRACTION = re.compile(r"(\.\d{6})\d+")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=65536)
def parse_arm_time(text: str) -> datetime:
    """An ARM time (ISO 8601 / RFC 3339, any number of fraction digits) as aware UTC.

    ``2026-11-25T02:31:00`` is UTC, whatever the machine's time zone; ``Z`` and offsets are
    honoured. Raises ValueError for text that is not such a time, or that falls outside the
    years 1-9999 once converted to UTC.
    """
    cleaned = text.strip()
    if not _ISO.match(cleaned):
        raise ValueError(f"{text!r} is not an ISO 8601 time")
    cleaned = _FRACTION.sub(r"\1", cleaned.replace("Z", "+00:00").replace("z", "+00:00"))
    value = datetime.fromisoformat(cleaned)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(f"{text!r} is out of range once converted to UTC") from None
