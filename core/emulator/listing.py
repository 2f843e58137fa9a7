"""Shared ARM read semantics: existence errors, $expand shaping, filters and paging."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

from core.emulator.odata import Field, FilterError, compile_filter
from core.emulator.paths import join, path_key
from core.emulator.snapshot import Entry, JsonObject, Snapshot
from core.emulator.wire import ArmRequest, ArmResponse, arm_error

T = TypeVar("T")

NOT_FOUND_HELP = "For more details please go to https://aka.ms/ARMResourceNotFoundFix"

EXPANDABLE: Mapping[str, tuple[str, str]] = {
    "microsoft.compute/virtualmachines": ("instanceView", "instanceview"),
    "microsoft.compute/virtualmachines/extensions": ("instanceView", "instanceview"),
    "microsoft.compute/restorepointcollections": ("restorePoints", "restorepoints"),
    "microsoft.compute/restorepointcollections/restorepoints": ("instanceView", "instanceview"),
}
"""type -> (property ARM returns only with $expand, the $expand value that asks for it)."""

EMBEDDED: Mapping[tuple[str, str], str] = {
    ("microsoft.compute/restorepointcollections", "restorepoints"): "restorePoints",
}
"""(parent type, child collection) -> the parent property that also holds those children."""

LIST_OMITS: Mapping[str, str] = {
    "microsoft.recoveryservices/vaults/backupjobs": "extendedInfo",
}
"""type -> the property ARM leaves out of list results (present on GET only)."""

NOT_LISTED = frozenset(
    {
        "microsoft.authorization/locks",
        "microsoft.authorization/roleassignments",
        "microsoft.authorization/policyassignments",
        "microsoft.authorization/denyassignments",
        "microsoft.insights/diagnosticsettings",
        "microsoft.resources/deployments",
    }
)
"""Extension types that resource listings (``/resources``) never return."""

UNPAGED = frozenset({("virtualmachines", "extensions")})
"""(parent collection, child collection) pairs ARM answers in one ``value`` without paging."""

FILTERS: Mapping[str, Mapping[str, Field]] = {
    "backuppolicies": {
        "backupmanagementtype": Field("eq", ("properties", "backupManagementType")),
        "workloadtype": Field("eq", ("properties", "workLoadType")),
    },
    "backupprotecteditems": {
        "backupmanagementtype": Field("eq", ("properties", "backupManagementType")),
        "itemtype": Field("eq", ("properties", "workloadType")),
    },
    "backupjobs": {
        "backupmanagementtype": Field("eq", ("properties", "backupManagementType")),
        "operation": Field("eq", ("properties", "operation")),
        "status": Field("eq", ("properties", "status")),
        "jobid": Field("eq", ("name",)),
        "starttime": Field("since", ("properties", "startTime")),
        "endtime": Field("until", ("properties", "startTime")),
    },
    "resources": {
        "resourcetype": Field("eq", ("type",)),
        "name": Field("eq", ("name",)),
        "location": Field("eq", ("location",)),
    },
    "scoped": {
        "atscope()": Field("flag"),
        "principalid": Field("eq", ("properties", "principalId")),
    },
}
"""Collection -> the $filter fields it honours (others answer 400 like ARM)."""


@dataclass(frozen=True)
class Ctx:
    """What handlers need: the snapshot, the page size and the base of absolute links.

    ``lists`` keeps a listing's filtered, shaped items between its pages (keyed by the store
    version, the path and every query parameter but ``$skiptoken``), so reading page after
    page costs one filter pass, not one per page.
    """

    snapshot: Snapshot
    page_size: int
    base_url: str
    lists: dict[tuple[object, ...], list[JsonObject]] = field(default_factory=dict)
    lists_lock: threading.Lock = field(default_factory=threading.Lock)

    def listed(
        self, req: ArmRequest, build: Callable[[], list[JsonObject] | ArmResponse]
    ) -> list[JsonObject] | ArmResponse:
        """The items of ``req``'s listing, built once per store version and query."""
        query = tuple(sorted((k.lower(), v) for k, v in req.raw_query if k.lower() != "$skiptoken"))
        key = (self.snapshot.store.version, req.key, query)
        with self.lists_lock:
            found = self.lists.get(key)
        if found is not None:
            return found
        built = build()
        if isinstance(built, list):
            with self.lists_lock:
                if len(self.lists) >= LIST_CACHE:
                    self.lists.pop(next(iter(self.lists)))
                self.lists[key] = built
        return built


LIST_CACHE = 32
"""How many listings' items the emulator keeps between their pages."""


def resource_type(segs: tuple[str, ...]) -> str:
    """The lower-case ARM type of an id's segments (after its last ``providers``)."""
    idx = max((i for i, s in enumerate(segs[:-1]) if s == "providers"), default=-1)
    if idx < 0:
        return "microsoft.resources/resourcegroups" if len(segs) == 4 else ""
    return "/".join([segs[idx + 1], *segs[idx + 2 :: 2]])


def missing(ctx: Ctx, segs: tuple[str, ...], orig: tuple[str, ...]) -> ArmResponse | None:
    """The ARM 404 for the first level of ``segs`` that does not exist, or None."""
    store = ctx.snapshot.store
    for n in range(2, len(segs) + 1, 2):
        prefix = segs[:n]
        if prefix[-2] == "providers":
            continue
        key = join(prefix)
        if n == 2 and prefix[0] == "subscriptions":
            if ctx.snapshot.subscription(prefix[1]) is None and not store.exists(key):
                return not_found(orig[:n])
        elif not store.exists(key):
            return not_found(orig[:n])
    return None


def not_found(orig: tuple[str, ...]) -> ArmResponse:
    """The ARM 404 for the object at these (original-case) segments."""
    lower = [s.lower() for s in orig]
    if len(orig) == 2 and lower[0] == "subscriptions":
        message = f"The subscription '{orig[1]}' could not be found."
        return arm_error(404, "SubscriptionNotFound", message)
    if len(orig) == 4 and lower[2] == "resourcegroups":
        message = f"Resource group '{orig[3]}' could not be found."
        return arm_error(404, "ResourceGroupNotFound", message)
    return _resource_not_found(orig)


def _resource_not_found(orig: tuple[str, ...]) -> ArmResponse:
    lower = [s.lower() for s in orig]
    idx = max((i for i, s in enumerate(lower[:-1]) if s == "providers"), default=-1)
    what = "/".join(orig[idx + 1 :]) if idx >= 0 else "/".join(orig)
    where = f" under resource group '{orig[3]}'" if lower[2:3] == ["resourcegroups"] else ""
    return arm_error(
        404, "ResourceNotFound", f"The Resource '{what}'{where} was not found. {NOT_FOUND_HELP}"
    )


def children(ctx: Ctx, parent: tuple[str, ...], token: str) -> list[Entry]:
    """Stored direct children of ``parent`` in collection ``token``."""
    return ctx.snapshot.store.children(parent, token)


def expand_tokens(req: ArmRequest) -> set[str]:
    """The lower-case values of ``$expand`` (comma-separated)."""
    raw = req.query.get("$expand", "")
    return {t.strip().lower() for t in raw.split(",") if t.strip()}


def shape(ctx: Ctx, entry: Entry, req: ArmRequest, *, listed: bool) -> JsonObject:
    """The object as ARM returns it for this request: $expand-only parts, list omissions."""
    obj = entry.obj
    props = obj.get("properties")
    if not isinstance(props, dict):
        return obj
    rule = EXPANDABLE.get(entry.type)
    drop: str | None = None
    if rule and rule[1] not in expand_tokens(req):
        drop = rule[0]
    elif rule and (entry.type, rule[1]) in EMBEDDED:
        merged = _merge_children(ctx, entry, rule[1], props.get(rule[0]))
        if merged is not None:
            return {**obj, "properties": {**props, rule[0]: merged}}
    if listed and entry.type in LIST_OMITS and drop is None:
        drop = LIST_OMITS[entry.type]
    if drop is None or drop not in props:
        return obj
    return {**obj, "properties": {k: v for k, v in props.items() if k != drop}}


def _merge_children(ctx: Ctx, entry: Entry, token: str, embedded: Any) -> list[Any] | None:
    """Embedded children plus stored ones not already embedded; None when there are none."""
    stored = children(ctx, entry.segs, token)
    if not stored:
        return None
    items = list(embedded) if isinstance(embedded, list) else []
    have = {path_key(str(i.get("id", ""))) for i in items if isinstance(i, dict)}
    plain = ArmRequest.parse("GET", "/")
    items += [shape(ctx, e, plain, listed=True) for e in stored if e.key not in have]
    return items


def find_embedded(ctx: Ctx, segs: tuple[str, ...]) -> Any:
    """A child object kept inside its parent (e.g. a restore point in its collection)."""
    if len(segs) < 4:
        return None
    parent = ctx.snapshot.store.entry(join(segs[:-2]))
    if parent is None:
        return None
    prop = EMBEDDED.get((parent.type, segs[-2]))
    props = parent.obj.get("properties")
    if prop is None or not isinstance(props, dict):
        return None
    for item in props.get(prop) or []:
        if not isinstance(item, dict):
            continue
        if (
            path_key(str(item.get("id", "/"))) == join(segs)
            or str(item.get("name", "")).lower() == segs[-1]
        ):
            return item
    return None


def apply_filter(
    req: ArmRequest,
    spec_name: str,
    items: Iterable[T],
    obj: Callable[[T], JsonObject] | None = None,
) -> tuple[list[T], set[str]] | ArmResponse:
    """Items that pass ``$filter`` under FILTERS[spec_name], plus its flags; or a 400.

    ``obj`` gives the JSON object an item is judged by (default: the item itself).
    """
    try:
        predicate, flags = compile_filter(req.query.get("$filter"), FILTERS[spec_name])
    except FilterError as exc:
        return arm_error(400, "InvalidFilter", f"Invalid $filter: {exc}.")
    if obj is None:
        return [i for i in items if predicate(i)], flags  # type: ignore[arg-type]
    return [i for i in items if predicate(obj(i))], flags


def page(ctx: Ctx, req: ArmRequest, items: list[JsonObject], *, paged: bool = True) -> ArmResponse:
    """One page of a list answer, with an absolute ``nextLink`` while more remain."""
    top = req.query.get("$top", "")
    if top.isdigit():
        items = items[: int(top)]
    if not paged:
        return ArmResponse(200, {"value": items})
    token = req.query.get("$skiptoken", "0") or "0"
    if not token.isdigit():
        return arm_error(400, "InvalidSkipToken", f"The $skiptoken '{token}' is not valid.")
    start = int(token)
    end = start + max(1, ctx.page_size)
    body: JsonObject = {"value": items[start:end]}
    if end < len(items):
        body["nextLink"] = next_link(ctx, req, end)
    return ArmResponse(200, body)


def next_link(ctx: Ctx, req: ArmRequest, skip: int) -> str:
    """The absolute URL of the page that starts at item ``skip``."""
    pairs = [(k, v) for k, v in req.raw_query if k.lower() != "$skiptoken"]
    pairs.append(("$skiptoken", str(skip)))
    return f"{ctx.base_url.rstrip('/')}{req.raw_path}?{urlencode(pairs, quote_via=quote)}"
