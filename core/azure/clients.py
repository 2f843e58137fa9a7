"""Lazily built Azure SDK management clients, one per kind and subscription."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import Any

from azure.core.credentials import TokenCredential

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

    def _build(self, kind: str, subscription_id: str) -> Any:
        if kind == "graph":
            from core.azure.graph import GraphClient

            graph_kwargs = {
                k: v for k, v in self._kwargs.items() if k == "transport" or k.startswith("retry_")
            }
            return GraphClient(self.credential, **graph_kwargs)
        module, name, takes_sub = _CLIENTS[kind]
        cls = getattr(importlib.import_module(module), name)
        kwargs = dict(self._kwargs)
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
