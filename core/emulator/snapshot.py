"""Snapshot format v1: load, validate and index a frozen copy of ARM for the emulator."""

from __future__ import annotations

import json
import os
import re
import stat
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from core.emulator.paths import path_key, segments
from core.errors import SnapshotError
from core.paths import resource
from core.timestamps import parse_arm_time

MAX_BYTES = 512 * 1024 * 1024
"""The largest snapshot file read (about 20,000 VMs with their history)."""

FORMAT = "backup-doctor-snapshot"
VERSION = 1
SCHEMA_PATH = resource("snapshot.schema.json")

JsonObject = dict[str, Any]

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")


def inferred_type(segs: tuple[str, ...]) -> str:
    """The resource type an id names (lower case), for objects stored without ``type``.

    Resource groups read at older api-versions come without it, although the id says it.
    """
    if len(segs) == 4 and segs[0] == "subscriptions" and segs[2] == "resourcegroups":
        return "microsoft.resources/resourcegroups"
    try:
        at = len(segs) - 1 - segs[::-1].index("providers")
    except ValueError:
        return ""
    rest = segs[at + 1 :]
    if len(rest) < 3:
        return ""
    return "/".join((rest[0], *rest[1::2][: (len(rest) - 1) // 2]))


@dataclass(frozen=True, slots=True)
class Entry:
    """One stored ARM object with its comparison key and lower-case path segments."""

    key: str
    segs: tuple[str, ...]
    obj: JsonObject

    @property
    def type(self) -> str:
        """The object's ``type`` in lower case; inferred from the id when the body has none."""
        given = self.obj.get("type")
        if isinstance(given, str) and given:
            return given.lower()
        return inferred_type(self.segs)


@dataclass(frozen=True, slots=True)
class RecordedResponse:
    """A recorded answer to one operation: method and path (any api-version) to status/body."""

    method: str
    path: str
    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """(METHOD, path key): what a request is matched on."""
        return self.method.upper(), path_key(self.path)


class ResourceStore:
    """ARM objects indexed by normalised id; safe to read (and write) from many threads.

    Stored objects are never changed in place: a write replaces the whole object, so a
    reader holding an object always sees a consistent version of it.
    """

    def __init__(self, objects: Iterable[JsonObject] = ()) -> None:
        self._lock = threading.RLock()
        self._items: dict[str, Entry] = {}
        self._implied: Counter[str] = Counter()
        self._by_parent: dict[tuple[tuple[str, ...], str], dict[str, Entry]] = {}
        self.version = 0
        for obj in objects:
            self.put(obj)

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def get(self, resource_id: str) -> JsonObject | None:
        """The stored object with this id (compared case-insensitively), or None."""
        entry = self.entry(path_key(resource_id))
        return entry.obj if entry else None

    def entry(self, key: str) -> Entry | None:
        """The entry with this path key, or None."""
        with self._lock:
            return self._items.get(key)

    def entries(self) -> list[Entry]:
        """All entries, in insertion order (a copy: safe to iterate while others write)."""
        with self._lock:
            return list(self._items.values())

    def children(self, parent: tuple[str, ...], token: str) -> list[Entry]:
        """Stored direct children of ``parent`` in collection ``token``, in insertion order."""
        with self._lock:
            return list(self._by_parent.get((parent, token), {}).values())

    def exists(self, key: str) -> bool:
        """True when ``key`` is stored or some stored object lies below it."""
        with self._lock:
            return key in self._items or self._implied[key] > 0

    def put(self, obj: JsonObject) -> JsonObject | None:
        """Insert or replace an object (by its ``id``); return the one it replaced."""
        key = path_key(str(obj["id"]))
        entry = Entry(key, segments(key), obj)
        with self._lock:
            old = self._items.get(key)
            self._items[key] = entry
            if len(entry.segs) >= 2:
                self._by_parent.setdefault((entry.segs[:-2], entry.segs[-2]), {})[key] = entry
            if old is None:
                self._imply(entry.segs, 1)
            self.version += 1
            return old.obj if old else None

    def delete(self, resource_id: str) -> JsonObject | None:
        """Remove an object; return it, or None when it was not stored."""
        key = path_key(resource_id)
        with self._lock:
            old = self._items.pop(key, None)
            if old is None:
                return None
            self._by_parent.get((old.segs[:-2], old.segs[-2]), {}).pop(key, None)
            self._imply(old.segs, -1)
            self.version += 1
            return old.obj

    def _imply(self, segs: tuple[str, ...], delta: int) -> None:
        for n in range(1, len(segs)):
            self._implied["/" + "/".join(segs[:n])] += delta


class Snapshot:
    """A loaded snapshot: tenants, subscriptions, resources (by id) and recorded responses."""

    def __init__(
        self,
        *,
        source: str,
        captured_at: datetime,
        tenants: list[JsonObject],
        subscriptions: list[JsonObject],
        resources: Iterable[JsonObject],
        responses: Iterable[RecordedResponse] = (),
        cloud: str = "AzureCloud",
        description: str = "",
    ) -> None:
        self.source = source
        self.captured_at = captured_at
        self.cloud = cloud
        self.description = description
        self.tenants = tenants
        self.subscriptions = subscriptions
        self.store = ResourceStore(resources)
        self.responses = list(responses)
        self._responses = {r.key: r for r in self.responses}

    @classmethod
    def from_dict(cls, data: Any, source: str = "<snapshot>") -> Snapshot:
        """Validate parsed JSON and build a snapshot; raise SnapshotError naming ``source``.

        The snapshot takes ownership of ``data``: do not change it afterwards.
        """
        _validate(data, source)
        return cls(
            source=source,
            captured_at=_parse_rfc3339(data["capturedAt"]),
            cloud=str(data.get("cloud") or "AzureCloud"),
            description=str(data.get("description", "")),
            tenants=list(data["tenants"]),
            subscriptions=list(data["subscriptions"]),
            resources=data["resources"],
            responses=[
                RecordedResponse(
                    method=r["method"].upper(),
                    path=r["path"],
                    status=r["status"],
                    body=r.get("body"),
                    headers=dict(r.get("headers") or {}),
                )
                for r in data.get("responses") or []
            ],
        )

    @property
    def warnings(self) -> list[str]:
        """What the file holds that the app will not show, one line each (empty: nothing).

        Resources of a subscription the file does not list are invisible: every read starts
        from the subscription list, as in Azure.
        """
        listed = {str(s.get("subscriptionId", "")).lower() for s in self.subscriptions}
        hidden: dict[str, int] = {}
        for entry in self.store.entries():
            segs = entry.segs
            if len(segs) >= 2 and segs[0] == "subscriptions" and segs[1] not in listed:
                hidden[segs[1]] = hidden.get(segs[1], 0) + 1
        return [
            f"{self.source}: {count} resource(s) of subscription {sub} are not shown: the "
            "file's 'subscriptions' does not list it"
            for sub, count in sorted(hidden.items())
        ]

    @property
    def resources(self) -> list[JsonObject]:
        """All stored ARM objects, in snapshot order."""
        return [e.obj for e in self.store.entries()]

    def get(self, resource_id: str) -> JsonObject | None:
        """The stored object with this id (case-insensitive), or None."""
        return self.store.get(resource_id)

    def subscription(self, subscription_id: str) -> JsonObject | None:
        """The subscription with this id (case-insensitive), or None."""
        wanted = subscription_id.lower()
        for sub in self.subscriptions:
            if str(sub.get("subscriptionId", "")).lower() == wanted:
                return sub
        return None

    def find_response(self, method: str, path: str) -> RecordedResponse | None:
        """The recorded response for this method and path (any query string), or None."""
        return self._responses.get((method.upper(), path_key(path)))

    def to_dict(self) -> JsonObject:
        """The snapshot as format v1 JSON data (current store contents)."""
        data: JsonObject = {
            "format": FORMAT,
            "version": VERSION,
            "capturedAt": self.captured_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cloud": self.cloud,
            "tenants": self.tenants,
            "subscriptions": self.subscriptions,
            "resources": self.resources,
        }
        if self.description:
            data["description"] = self.description
        if self.responses:
            data["responses"] = [
                {"method": r.method, "path": r.path, "status": r.status, "body": r.body}
                | ({"headers": dict(r.headers)} if r.headers else {})
                for r in self.responses
            ]
        return data


def load_snapshot(path: str | os.PathLike[str]) -> Snapshot:
    """Read, validate and index a snapshot file; raise SnapshotError with one clear message."""
    file = Path(path)
    name = file.name or str(path)
    if not str(path).strip():
        raise SnapshotError("no snapshot file given (the path is empty)")
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            raise SnapshotError(f"{name}: not a regular file (a folder, pipe or device)", str(file))
        if info.st_size > MAX_BYTES:
            raise SnapshotError(
                f"{name}: the file has {info.st_size:,} bytes; a snapshot may have at most "
                f"{MAX_BYTES:,}",
                str(file),
            )
        raw = file.read_bytes()
    except OSError as exc:
        raise SnapshotError(f"{name}: cannot read the file ({exc.strerror})", str(file)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SnapshotError(
            f"{name}: not UTF-8 text (bad byte at offset {exc.start})", str(file)
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(
            f"{name}: line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})", str(file)
        ) from exc
    except RecursionError:
        raise SnapshotError(f"{name}: the JSON is nested too deeply to read", str(file)) from None
    except ValueError as exc:  # e.g. an integer of more digits than Python converts
        raise SnapshotError(f"{name}: unreadable JSON ({exc})", str(file)) from exc
    try:
        return Snapshot.from_dict(data, source=name)
    except SnapshotError as exc:
        raise SnapshotError(exc.message, str(file)) from exc


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _where(path: Iterable[str | int]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "top level"


def _fail(source: str, where: str, problem: str) -> SnapshotError:
    return SnapshotError(f"{source}: {where}: {problem}")


def _validate(data: Any, source: str) -> None:
    if not isinstance(data, dict):
        kind = type(data).__name__.replace("dict", "object").replace("list", "array")
        raise _fail(source, "top level", f"expected a JSON object, found {kind}")
    if "format" not in data:
        raise _fail(source, "top level", "'format' is missing: not a Backup Doctor snapshot")
    if data["format"] != FORMAT:
        raise _fail(source, "format", f"expected {FORMAT!r}, found {data['format']!r}")
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise _fail(
            source, "version", f"the file is version {version}; this app reads version {VERSION}"
        )
    if "version" in data and version != VERSION:
        raise _fail(source, "version", f"expected {VERSION}, found {version!r}")
    if not _conforms(data):
        # Only a file that breaks a rule pays for the full validator, to word the problem.
        error = best_match(_validator().iter_errors(data))
        if error is not None:
            raise _fail(source, _where(error.absolute_path), error.message)
    try:
        _parse_rfc3339(data["capturedAt"])
    except ValueError as exc:
        raise _fail(source, "capturedAt", str(exc)) from exc
    _check_ids(data, source)


_SUBSCRIPTION_ID = re.compile(r"^/subscriptions/[^/]+$")
_METHOD = re.compile(r"^[A-Za-z]+$")
_PATH = re.compile(r"^/")


def _is_str(value: Any, min_length: int = 0) -> bool:
    return isinstance(value, str) and len(value) >= min_length


def _optional_str(obj: JsonObject, key: str, min_length: int = 0) -> bool:
    return key not in obj or _is_str(obj[key], min_length)


def _conforms(data: JsonObject) -> bool:
    """True when ``data`` surely meets resources/snapshot.schema.json: one plain pass.

    The same rules as the schema (required fields, their types, lengths and patterns, with
    the validator's own ``re.search``), read conservatively: whatever this pass is not sure
    of (a status of 200.0, a version of 1.0) returns False, and the schema validator
    decides. Keep it in step with the schema file (tests/emulator/test_snapshot.py).
    """
    required = ("format", "version", "capturedAt", "tenants", "subscriptions", "resources")
    if any(key not in data for key in required):
        return False
    if data["format"] != FORMAT or type(data["version"]) is not int or data["version"] != 1:
        return False
    if not _is_str(data["capturedAt"]) or not _optional_str(data, "description"):
        return False
    if not _optional_str(data, "cloud", 1):
        return False
    tenants, subs, resources = data["tenants"], data["subscriptions"], data["resources"]
    if not (isinstance(tenants, list) and isinstance(subs, list) and isinstance(resources, list)):
        return False
    for tenant in tenants:
        if not isinstance(tenant, dict) or not _is_str(tenant.get("tenantId"), 1):
            return False
        if not _optional_str(tenant, "displayName"):
            return False
    sub_id = _SUBSCRIPTION_ID.search
    for sub in subs:
        if not isinstance(sub, dict) or not _is_str(sub.get("subscriptionId"), 1):
            return False
        rid = sub.get("id")
        if not isinstance(rid, str) or not sub_id(rid):
            return False
        if not all(_optional_str(sub, key) for key in ("displayName", "tenantId", "state")):
            return False
    for res in resources:
        if type(res) is not dict:
            return False
        rid, name = res.get("id"), res.get("name")
        if type(rid) is not str or len(rid) < 2 or type(name) is not str:
            return False
        if "type" in res and type(res["type"]) is not str:
            return False
    return _responses_conform(data)


def _responses_conform(data: JsonObject) -> bool:
    if "responses" not in data:
        return True
    responses = data["responses"]
    if not isinstance(responses, list):
        return False
    method, path = _METHOD.search, _PATH.search
    for resp in responses:
        if not isinstance(resp, dict):
            return False
        verb, where, status = resp.get("method"), resp.get("path"), resp.get("status")
        if not isinstance(verb, str) or not method(verb):
            return False
        if not isinstance(where, str) or not path(where):
            return False
        if type(status) is not int or not 100 <= status <= 599:
            return False
        if "headers" in resp:
            headers = resp["headers"]
            if not isinstance(headers, dict):
                return False
            if not all(isinstance(v, str) for v in headers.values()):
                return False
    return True


def _check_ids(data: JsonObject, source: str) -> None:
    seen: dict[str, int] = {}
    for i, res in enumerate(data["resources"]):
        rid = res["id"]
        if not rid.startswith("/") or "?" in rid:
            raise _fail(
                source, f"resources[{i}].id", f"{rid!r} is not an ARM id (it must start with '/')"
            )
        segs = [p for p in rid.split("/") if p]
        if len(segs) < 2 or segs[0].lower() not in {"subscriptions", "providers"}:
            raise _fail(
                source,
                f"resources[{i}].id",
                f"{rid!r} is not an ARM id (e.g. /subscriptions/<id>/resourceGroups/<group>/…)",
            )
        key = path_key(rid)
        if key in seen:
            raise _fail(
                source,
                f"resources[{i}]",
                f"duplicate id {rid!r} (same as resources[{seen[key]}]; ids compare "
                "case-insensitively)",
            )
        seen[key] = i
    subs: dict[str, int] = {}
    for i, sub in enumerate(data["subscriptions"]):
        sid = str(sub["subscriptionId"]).lower()
        if sid in subs:
            raise _fail(
                source,
                f"subscriptions[{i}]",
                f"duplicate subscriptionId {sub['subscriptionId']!r} "
                f"(same as subscriptions[{subs[sid]}])",
            )
        subs[sid] = i


def _parse_rfc3339(text: str) -> datetime:
    """An RFC 3339 date-time as an aware UTC datetime; ValueError when it is not one."""
    if not _RFC3339.match(text):
        raise ValueError(f"{text!r} is not an RFC 3339 date-time (e.g. 2025-01-31T12:00:00Z)")
    try:
        return parse_arm_time(text.upper())
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date-time ({exc})") from exc
