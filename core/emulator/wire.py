"""Request and response values passed between the emulator's router and its handlers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from core.emulator.paths import decode_path, segments


@dataclass(frozen=True)
class ArmRequest:
    """One ARM request: method, decoded path, lower-case segments and query (lower-case keys)."""

    method: str
    url: str
    path: str
    raw_path: str
    query: Mapping[str, str]
    raw_query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def parse(
        cls, method: str, url: str, headers: Mapping[str, str] | None = None, body: bytes = b""
    ) -> ArmRequest:
        """Split an absolute or relative URL; the path is percent-decoded (``%3B`` is ``;``)."""
        parts = urlsplit(url)
        pairs = tuple(parse_qsl(parts.query, keep_blank_values=True))
        query: dict[str, str] = {}
        for name, value in pairs:
            query.setdefault(name.lower(), value)
        return cls(
            method=method.upper(),
            url=url,
            path=decode_path(parts.path),
            raw_path=parts.path or "/",
            query=query,
            raw_query=pairs,
            headers=dict(headers or {}),
            body=body,
        )

    @property
    def key(self) -> str:
        """The case-insensitive path key (see ``paths.path_key``)."""
        return self.path.lower().rstrip("/") or "/"

    @property
    def segs(self) -> tuple[str, ...]:
        """Lower-case path segments."""
        return segments(self.key)

    @property
    def orig_segs(self) -> tuple[str, ...]:
        """Path segments in their original case."""
        return segments(self.path)


FAULT_HEADER = "x-emulator-fault"
"""A response header the transport turns into a raised exception instead of an answer.

Its value is ``read-timeout <seconds>``, ``connect-timeout`` or ``reset`` (see faults.py).
"""


@dataclass(frozen=True)
class ArmResponse:
    """An answer: status, body and extra headers.

    ``body`` is any JSON value (None for no body), or ``bytes`` sent as they are (a
    truncated or non-JSON answer; set ``Content-Type`` in ``headers``).
    """

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


def arm_error(status: int, code: str, message: str) -> ArmResponse:
    """An ARM error answer: ``{"error": {"code": ..., "message": ...}}``."""
    return ArmResponse(status, {"error": {"code": code, "message": message}})
