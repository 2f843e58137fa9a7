"""ARM paths for the emulator: decoding, case-insensitive keys and segment helpers."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_SLASHES = re.compile(r"/{2,}")


def decode_path(path: str) -> str:
    """Percent-decode a URL path and collapse repeated slashes; keep the letter case."""
    decoded = _SLASHES.sub("/", unquote(path).strip())
    return "/" + decoded.strip("/")


def path_key(path_or_url: str) -> str:
    """The comparison key of an ARM id, path or URL: like ``core.ids.norm_id``, no query.

    A full URL loses its scheme and host; repeated slashes collapse (the SDK can send
    ``//subscriptions`` for a scope that starts with ``/``).
    """
    text = path_or_url.strip()
    if "://" in text:
        text = urlsplit(text).path
    text = text.split("?", 1)[0]
    return decode_path(text).lower().rstrip("/") or "/"


def segments(key: str) -> tuple[str, ...]:
    """The non-empty segments of a path key."""
    return tuple(s for s in key.split("/") if s)


def is_within(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    """True when ``inner`` is ``outer`` or lies below it."""
    return inner[: len(outer)] == outer


def join(segs: tuple[str, ...]) -> str:
    """The path of a segment tuple."""
    return "/" + "/".join(segs)
