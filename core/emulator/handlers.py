"""ARM operations the emulator answers from a snapshot, and the route table that picks one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.emulator.listing import (
    FILTERS,
    NOT_LISTED,
    UNPAGED,
    Ctx,
    apply_filter,
    children,
    find_embedded,
    missing,
    not_found,
    page,
    resource_type,
    shape,
)
from core.emulator.paths import is_within, join
from core.emulator.snapshot import Entry, JsonObject
from core.emulator.wire import ArmRequest, ArmResponse, arm_error

Handler = Callable[[Ctx, ArmRequest], ArmResponse]


@dataclass(frozen=True)
class Route:
    """A method and a full-match pattern on the lower-case decoded path, and its handler."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler


def _not_found(ctx: Ctx, req: ArmRequest, segs: tuple[str, ...]) -> ArmResponse:
    """The 404 for a missing object at ``segs`` (the first missing level decides the code)."""
    orig = req.orig_segs[: len(segs)]
    return missing(ctx, segs, orig) or not_found(orig)


def get_any(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET on an id returns the object; GET on a collection lists its direct children."""
    segs = req.segs
    if not segs:
        return arm_error(404, "NotFound", "No resource at '/'.")
    if len(segs) % 2 == 0:
        entry = ctx.snapshot.store.entry(req.key)
        if entry is None:
            embedded = find_embedded(ctx, segs)
            if embedded is None:
                return _not_found(ctx, req, segs)
            entry = Entry(req.key, segs, {"type": _type_name(req), **embedded})
        return ArmResponse(200, shape(ctx, entry, req, listed=False))
    parent, token = segs[:-1], segs[-1]
    error = missing(ctx, parent, req.orig_segs[:-1])
    if error is not None:
        return error

    items = ctx.listed(
        req,
        lambda: _shaped(
            ctx, req, children(ctx, parent, token), token if token in FILTERS else None
        ),
    )
    if isinstance(items, ArmResponse):
        return items
    return page(ctx, req, items, paged=(*parent[-2:-1], token) not in UNPAGED)


def _type_name(req: ArmRequest) -> str:
    """The ARM type of the request path, in the case the request used."""
    orig = req.orig_segs
    lower = resource_type(req.segs)
    start = len(orig) - 2 * lower.count("/") - 1
    parts = [orig[start], *orig[start + 1 :: 2]]
    return "/".join(parts)


def list_subscriptions(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET /subscriptions."""
    return page(ctx, req, list(ctx.snapshot.subscriptions))


def get_subscription(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET /subscriptions/{id}."""
    sub = ctx.snapshot.subscription(req.segs[1])
    return ArmResponse(200, sub) if sub is not None else not_found(req.orig_segs)


def list_tenants(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET /tenants (each tenant gets the ``id`` ARM gives it when the snapshot has none)."""
    items = [{"id": f"/tenants/{t['tenantId']}", **t} for t in ctx.snapshot.tenants]
    return page(ctx, req, items)


def _is_top_level(e: Entry) -> bool:
    segs = e.segs
    return (
        len(segs) == 8
        and segs[2] == "resourcegroups"
        and segs[4] == "providers"
        and f"{segs[5]}/{segs[6]}" not in NOT_LISTED
    )


def _shaped(
    ctx: Ctx, req: ArmRequest, entries: list[Entry], spec: str | None
) -> list[JsonObject] | ArmResponse:
    """The entries that pass ``$filter`` under FILTERS[spec] (if any), shaped as listed.

    The filter runs on the stored objects before shaping: shaping only drops or merges
    ``$expand``-only and list-omitted properties, which no filter field reads, so only the
    items returned are shaped.
    """
    if spec:
        filtered = apply_filter(req, spec, entries, obj=lambda e: e.obj)
        if isinstance(filtered, ArmResponse):
            return filtered
        entries = filtered[0]
    return [shape(ctx, e, req, listed=True) for e in entries]


def _listed(
    ctx: Ctx, req: ArmRequest, entries: Callable[[], list[Entry]], spec: str | None
) -> ArmResponse:
    """One page of the listing of ``entries()``, filtered and shaped once for all its pages."""
    items = ctx.listed(req, lambda: _shaped(ctx, req, entries(), spec))
    if isinstance(items, ArmResponse):
        return items
    return page(ctx, req, items)


def list_group_resources(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {resourceGroup}/resources: the group's top-level resources (no child resources)."""
    scope = req.segs[:4]
    error = missing(ctx, scope, req.orig_segs[:4])
    if error is not None:
        return error
    return _listed(
        ctx,
        req,
        lambda: [
            e for e in ctx.snapshot.store.entries() if _is_top_level(e) and e.segs[:4] == scope
        ],
        "resources",
    )


def list_subscription_resources(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {subscription}/resources: top-level resources of every resource group."""
    scope = req.segs[:2]
    error = missing(ctx, scope, req.orig_segs[:2])
    if error is not None:
        return error
    return _listed(
        ctx,
        req,
        lambda: [
            e for e in ctx.snapshot.store.entries() if _is_top_level(e) and e.segs[:2] == scope
        ],
        "resources",
    )


def list_type_in_subscription(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {subscription}/providers/{ns}/{type}: that type across the subscription."""
    scope, kind = req.segs[:2], req.segs[3:5]
    error = missing(ctx, scope, req.orig_segs[:2])
    if error is not None:
        return error

    def wanted(e: Entry) -> bool:
        s = e.segs
        if s[:2] != scope:
            return False
        if len(s) == 8 and s[2] == "resourcegroups" and s[4] == "providers":
            return s[5:7] == kind
        return len(s) == 6 and s[2] == "providers" and s[3:5] == kind

    return _listed(ctx, req, lambda: [e for e in ctx.snapshot.store.entries() if wanted(e)], None)


def _list_scoped(ctx: Ctx, req: ArmRequest, kind: str) -> ArmResponse:
    """Locks or role assignments that apply at a scope: at it, above it and below it.

    ``$filter=atScope()`` keeps those at the scope and above only.
    """
    scope = req.segs[:-3]
    error = missing(ctx, scope, req.orig_segs[:-3])
    if error is not None:
        return error
    tail = ("providers", "microsoft.authorization", kind)
    found: list[tuple[JsonObject, bool]] = []
    for e in ctx.snapshot.store.entries():
        if len(e.segs) >= 5 and e.segs[-4:-1] == tail:
            at = e.segs[:-4]
            if is_within(scope, at) or is_within(at, scope):
                found.append((shape(ctx, e, req, listed=True), is_within(scope, at)))
    filtered = apply_filter(req, "scoped", [obj for obj, _ in found])
    if isinstance(filtered, ArmResponse):
        return filtered
    items, flags = filtered
    if "atscope()" in flags:
        above = {id(obj) for obj, up in found if up}
        items = [obj for obj in items if id(obj) in above]
    return page(ctx, req, items)


def list_locks(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {scope}/providers/Microsoft.Authorization/locks."""
    return _list_scoped(ctx, req, "locks")


def list_role_assignments(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {scope}/providers/Microsoft.Authorization/roleAssignments."""
    return _list_scoped(ctx, req, "roleassignments")


def list_protected_items(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {vault}/backupProtectedItems: every protected item of every container."""
    vault = req.segs[:-1]
    error = missing(ctx, vault, req.orig_segs[:-1])
    if error is not None:
        return error

    def entries() -> list[Entry]:
        return [
            e
            for e in ctx.snapshot.store.entries()
            if len(e.segs) > len(vault)
            and e.segs[-2] == "protecteditems"
            and is_within(e.segs, vault)
        ]

    return _listed(ctx, req, entries, "backupprotecteditems")


def vm_instance_view(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """GET {vm}/instanceView: the VM's ``properties.instanceView``."""
    vm = req.segs[:-1]
    entry = ctx.snapshot.store.entry(join(vm))
    if entry is None:
        return _not_found(ctx, req, vm)
    props = entry.obj.get("properties")
    view = props.get("instanceView") if isinstance(props, dict) else None
    return ArmResponse(200, view if isinstance(view, dict) else {})


def effective_network(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """POST {nic}/effectiveNetworkSecurityGroups or /effectiveRouteTable without a recording."""
    nic = req.segs[:-1]
    if ctx.snapshot.store.entry(join(nic)) is None:
        return _not_found(ctx, req, nic)
    what = "routes" if req.segs[-1] == "effectiveroutetable" else "network security rules"
    return arm_error(
        400,
        "OperationNotAllowed",
        f"No effective {what} recorded in the snapshot for network interface "
        f"'{req.orig_segs[-2]}' (effective {what} exist only while its VM runs).",
    )


def not_recorded(ctx: Ctx, req: ArmRequest) -> ArmResponse:
    """An operation the emulator can only answer from ``responses`` (e.g. permissions)."""
    scope = req.segs[:-3]
    error = missing(ctx, scope, req.orig_segs[:-3])
    if error is not None:
        return error
    return arm_error(
        404, "NotFound", f"The snapshot has no recorded answer for {req.method} {req.path}."
    )


_SUB = r"/subscriptions/[^/]+"
_RG = _SUB + r"/resourcegroups/[^/]+"
_AUTH = r"(?:/.*)?/providers/microsoft\.authorization/"


def _route(method: str, pattern: str, handler: Handler) -> Route:
    return Route(method, re.compile(pattern), handler)


ROUTES: tuple[Route, ...] = (
    _route("GET", r"/subscriptions", list_subscriptions),
    _route("GET", r"/tenants", list_tenants),
    _route("GET", _SUB, get_subscription),
    _route("GET", _RG + r"/resources", list_group_resources),
    _route("GET", _SUB + r"/resources", list_subscription_resources),
    _route("GET", _AUTH + r"locks", list_locks),
    _route("GET", _AUTH + r"roleassignments", list_role_assignments),
    _route("GET", _AUTH + r"permissions", not_recorded),
    _route(
        "GET",
        _RG + r"/providers/microsoft\.recoveryservices/vaults/[^/]+/backupprotecteditems",
        list_protected_items,
    ),
    _route(
        "GET",
        _RG + r"/providers/microsoft\.compute/virtualmachines/[^/]+/instanceview",
        vm_instance_view,
    ),
    _route(
        "POST",
        _RG + r"/providers/microsoft\.network/networkinterfaces/[^/]+"
        r"/(?:effectivenetworksecuritygroups|effectiveroutetable)",
        effective_network,
    ),
    _route("GET", _SUB + r"/providers/[^/]+/[^/]+", list_type_in_subscription),
    _route("GET", r"/.*", get_any),
)
"""Tried in order; the first whose method and pattern match answers. Recorded responses
in the snapshot are consulted before this table."""


def find_route(req: ArmRequest) -> Route | None:
    """The first route for this request, or None."""
    for route in ROUTES:
        if route.method == req.method and route.pattern.fullmatch(req.key):
            return route
    return None


__all__ = ["ROUTES", "Ctx", "Handler", "JsonObject", "Route", "find_route"]
