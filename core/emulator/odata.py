"""The small OData ``$filter`` subset ARM list operations accept: ``a eq 'x' and f()``."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Literal

from core import timestamps

_CLAUSE = re.compile(
    r"\s*(?:(?P<func>\w+)\(\s*(?:'(?P<arg>(?:[^']|'')*)')?\s*\)"
    r"|(?P<field>[\w/.]+)\s+(?P<op>\w+)\s+(?:'(?P<value>(?:[^']|'')*)'|(?P<bare>[^\s')]+)))\s*"
)
_AND = re.compile(r"and\b", re.IGNORECASE)
_FILTER_TIME = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?Z?$"
)

Kind = Literal["eq", "since", "until", "flag"]
Predicate = Callable[[Mapping[str, Any]], bool]


class FilterError(ValueError):
    """A ``$filter`` the emulator cannot apply (bad syntax, unknown field, bad time)."""


@dataclass(frozen=True)
class Field:
    """How a filter field applies: compare the value at ``path``, or bound a time, or a flag."""

    kind: Kind
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clause:
    """One ``field op 'value'`` or ``function('arg')`` term."""

    name: str
    op: str
    value: str


def parse_filter(text: str) -> list[Clause]:
    """Split an ``and``-joined filter into clauses; raise FilterError on anything else."""
    clauses: list[Clause] = []
    pos = 0
    while pos < len(text):
        m = _CLAUSE.match(text, pos)
        if not m:
            raise FilterError(f"cannot parse $filter at {text[pos:]!r}")
        if m["func"]:
            clauses.append(Clause(m["func"] + "()", "call", (m["arg"] or "").replace("''", "'")))
        else:
            value = m["value"] if m["value"] is not None else m["bare"]
            clauses.append(Clause(m["field"], m["op"].lower(), value.replace("''", "'")))
        pos = m.end()
        if pos < len(text):
            a = _AND.match(text, pos)
            if not a:
                raise FilterError(f"expected 'and' in $filter at {text[pos:]!r}")
            pos = a.end()
    return clauses


def compile_filter(text: str | None, spec: Mapping[str, Field]) -> tuple[Predicate, set[str]]:
    """A predicate for objects and the set of flag functions (e.g. ``atscope()``) present.

    ``spec`` maps lower-case field names to how they apply; other fields raise FilterError.
    """
    if not text or not text.strip():
        return (lambda _obj: True), set()
    tests: list[Predicate] = []
    flags: set[str] = set()
    for clause in parse_filter(text):
        field = spec.get(clause.name.lower())
        if field is None:
            known = ", ".join(sorted(spec)) or "none"
            raise FilterError(f"unsupported $filter field {clause.name!r} (supported: {known})")
        if field.kind == "flag":
            flags.add(clause.name.lower())
            continue
        if clause.op != "eq":
            raise FilterError(f"unsupported $filter operator {clause.op!r} (only 'eq')")
        tests.append(_test(field, clause.value))
    return (lambda obj: all(t(obj) for t in tests)), flags


def _test(field: Field, value: str) -> Predicate:
    if field.kind == "eq":
        wanted = value.lower()
        return lambda obj: str(lookup(obj, field.path) or "").lower() == wanted
    bound = parse_filter_time(value)

    def in_range(obj: Mapping[str, Any]) -> bool:
        raw = lookup(obj, field.path)
        if not isinstance(raw, str):
            return False
        when = _time_of(raw)
        if when is None:
            return False
        return when >= bound if field.kind == "since" else when <= bound

    return in_range


@lru_cache(maxsize=1 << 16)
def _time_of(raw: str) -> datetime | None:
    """``raw`` as a UTC time, or None; cached: every slice of a job listing reads the same
    start times again."""
    try:
        return parse_arm_time(raw)
    except ValueError:
        return None


def lookup(obj: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The value at a key path, keys compared case-insensitively; None when absent."""
    cur: Any = obj
    for key in path:
        if not isinstance(cur, Mapping):
            return None
        if key in cur:
            cur = cur[key]
            continue
        lower = key.lower()
        cur = next((v for k, v in cur.items() if str(k).lower() == lower), None)
    return cur


def parse_filter_time(text: str) -> datetime:
    """A filter time such as ``2025-01-01 12:00:00 AM`` (or ISO 8601) as UTC."""
    m = _FILTER_TIME.match(text.strip())
    if not m:
        try:
            return parse_arm_time(text)
        except ValueError:
            raise FilterError(
                f"bad time {text!r} in $filter (expected e.g. '2025-01-01 12:00:00 AM')"
            ) from None
    year, month, day, hour, minute = (int(g) for g in m.groups()[:5])
    second = int(m[6] or 0)
    meridiem = (m[7] or "").upper()
    if meridiem and not 0 <= hour <= 12:
        raise FilterError(f"bad hour in $filter time {text!r}")
    if meridiem == "AM" and hour == 12:
        hour = 0
    elif meridiem == "PM" and hour < 12:
        hour += 12
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError as exc:
        raise FilterError(f"bad time {text!r} in $filter ({exc})") from None


parse_arm_time = timestamps.parse_arm_time
"""An ARM time stamp as UTC (the app's one parser, :mod:`core.timestamps`)."""
