"""ARM resource ids: parsing and case-insensitive comparison."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote


def norm_id(resource_id: str) -> str:
    """Return the canonical form of an ARM id for comparison (lower case, no trailing '/')."""
    return "/" + unquote(resource_id).strip().strip("/").lower()


@dataclass(frozen=True)
class ResourceId:
    """The parts of an ARM id that the app needs."""

    subscription_id: str
    resource_group: str | None
    provider: str | None
    types: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def group(self) -> str:
        """The resource group's name ('' for a subscription-level id)."""
        return self.resource_group or ""

    @property
    def name(self) -> str:
        """The last name segment (the resource's own name)."""
        return self.names[-1] if self.names else (self.resource_group or self.subscription_id)

    @property
    def type(self) -> str:
        """The full resource type, e.g. ``Microsoft.Compute/virtualMachines``."""
        if not self.provider:
            return "Microsoft.Resources/resourceGroups" if self.resource_group else ""
        return "/".join((self.provider, *self.types))

    @property
    def resource_group_id(self) -> str:
        """The id of the resource group that holds this resource."""
        return f"/subscriptions/{self.subscription_id}/resourceGroups/{self.resource_group}"

    @property
    def subscription_scope(self) -> str:
        """The id of the subscription."""
        return f"/subscriptions/{self.subscription_id}"


def parse_id(resource_id: str) -> ResourceId:
    """Split an ARM id into its parts; raise ValueError when it is not one."""
    parts = [p for p in unquote(resource_id).strip().split("/") if p]
    if len(parts) < 2 or parts[0].lower() != "subscriptions":
        raise ValueError(f"not an ARM resource id: {resource_id!r}")
    sub = parts[1]
    rest = parts[2:]
    rg: str | None = None
    if len(rest) >= 2 and rest[0].lower() == "resourcegroups":
        rg = rest[1]
        rest = rest[2:]
    provider: str | None = None
    types: list[str] = []
    names: list[str] = []
    if len(rest) >= 2 and rest[0].lower() == "providers":
        provider = rest[1]
        rest = rest[2:]
        while len(rest) >= 2:
            if rest[0].lower() == "providers":  # an extension resource such as a lock
                provider = rest[1]
                types, names = [], [*names]
                rest = rest[2:]
                continue
            types.append(rest[0])
            names.append(rest[1])
            rest = rest[2:]
    return ResourceId(sub, rg, provider, tuple(types), tuple(names))
