"""Lazily built Azure SDK management clients, one per kind and subscription."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from azure.core.credentials import TokenCredential

from core.azure.retry import BoundedRetryPolicy
from core.azure.shape import check_answer

if TYPE_CHECKING:
    from azure.mgmt.authorization import AuthorizationManagementClient
    from azure.mgmt.compute import ComputeManagementClient
    from azure.mgmt.keyvault import KeyVaultManagementClient
    from azure.mgmt.network import NetworkManagementClient
    from azure.mgmt.recoveryservices import RecoveryServicesClient
    from azure.mgmt.recoveryservicesbackup import RecoveryServicesBackupClient
    from azure.mgmt.resource.locks import ManagementLockClient
    from azure.mgmt.resource.resources import ResourceManagementClient
    from azure.mgmt.resource.subscriptions import SubscriptionClient

    from core.azure.graph import GraphClient

# kind -> (module, class, takes a subscription id)
_CLIENTS: dict[str, tuple[str, str, bool]] = {
    "subscriptions": ("azure.mgmt.resource.subscriptions", "SubscriptionClient", False),
    "resources": ("azure.mgmt.resource.resources", "ResourceManagementClient", True),
    "locks": ("azure.mgmt.resource.locks", "ManagementLockClient", True),
    "vaults": ("azure.mgmt.recoveryservices", "RecoveryServicesClient", True),
    "backup": ("azure.mgmt.recoveryservicesbackup", "RecoveryServicesBackupClient", True),
    "compute": ("azure.mgmt.compute", "ComputeManagementClient", True),
    "network": ("azure.mgmt.network", "NetworkManagementClient", True),
    "keyvault": ("azure.mgmt.keyvault", "KeyVaultManagementClient", True),
    "authorization": ("azure.mgmt.authorization", "AuthorizationManagementClient", True),
}


class ClientFactory:
    """Builds SDK clients on first use and keeps them; safe to call from many threads.

    ``client_kwargs`` go to every client: a transport for the emulator, retry and polling
    settings, proxies. SDK modules are imported only when a client is first needed.
    """

    def __init__(
        self,
        credential: TokenCredential,
        *,
        base_url: str | None = None,
        client_kwargs: dict[str, Any] | None = None,
    ) -> None:
        self.credential = credential
        self.base_url = base_url
        self._kwargs = dict(client_kwargs or {})
        self._clients: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def get(self, kind: str, subscription_id: str = "") -> Any:
        """Return the client of ``kind`` for ``subscription_id`` (built once)."""
        key = (kind, subscription_id)
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                client = self._build(kind, subscription_id)
                self._clients[key] = client
            return client

    # Typed accessors: the SDK packages ship type hints, so callers are checked too.

    def subscriptions(self) -> SubscriptionClient:
        """Tenants and subscriptions."""
        return cast("SubscriptionClient", self.get("subscriptions"))

    def resources(self, subscription_id: str) -> ResourceManagementClient:
        """Resource groups and resources."""
        return cast("ResourceManagementClient", self.get("resources", subscription_id))

    def locks(self, subscription_id: str) -> ManagementLockClient:
        """Management locks."""
        return cast("ManagementLockClient", self.get("locks", subscription_id))

    def vaults(self, subscription_id: str) -> RecoveryServicesClient:
        """Recovery Services vaults."""
        return cast("RecoveryServicesClient", self.get("vaults", subscription_id))

    def backup(self, subscription_id: str) -> RecoveryServicesBackupClient:
        """Backup items, policies and jobs."""
        return cast("RecoveryServicesBackupClient", self.get("backup", subscription_id))

    def compute(self, subscription_id: str) -> ComputeManagementClient:
        """VMs, extensions, restore point collections."""
        return cast("ComputeManagementClient", self.get("compute", subscription_id))

    def network(self, subscription_id: str) -> NetworkManagementClient:
        """Effective NSG rules and routes."""
        return cast("NetworkManagementClient", self.get("network", subscription_id))

    def keyvault(self, subscription_id: str) -> KeyVaultManagementClient:
        """Key vaults."""
        return cast("KeyVaultManagementClient", self.get("keyvault", subscription_id))

    def authorization(self, subscription_id: str) -> AuthorizationManagementClient:
        """Role assignments and permissions."""
        return cast("AuthorizationManagementClient", self.get("authorization", subscription_id))

    def graph(self) -> GraphClient:
        """Microsoft Graph (service principals)."""
        return cast("GraphClient", self.get("graph"))

    def _build(self, kind: str, subscription_id: str) -> Any:
        if kind == "graph":
            from core.azure.graph import GraphClient

            graph_kwargs = {
                k: v for k, v in self._kwargs.items() if k == "transport" or k.startswith("retry_")
            }
            return GraphClient(self.credential, **graph_kwargs)
        module, name, takes_sub = _CLIENTS[kind]
        cls = getattr(importlib.import_module(module), name)
        kwargs = {"raw_response_hook": check_answer, **self._kwargs}
        retry = {k: kwargs.pop(k) for k in list(kwargs) if k.startswith("retry_")}
        kwargs.setdefault("retry_policy", BoundedRetryPolicy(**retry))
        if self.base_url:
            kwargs["base_url"] = self.base_url
        if takes_sub:
            return cls(self.credential, subscription_id, **kwargs)
        return cls(self.credential, **kwargs)


def preload(cancelled: Callable[[], bool] = lambda: False) -> list[str]:
    """Import every SDK client module ahead of use; returns those imported.

    The management SDK modules are large: importing one on first use stalls the thread
    that needs it. A desktop app pays that cost in the background after its first paint.
    Stops early when ``cancelled()``.
    """
    done: list[str] = []
    for module, _, _ in _CLIENTS.values():
        if cancelled():
            break
        importlib.import_module(module)
        done.append(module)
    return done
