"""Fixtures for the emulator tests: the test tenant behind a router and real SDK clients."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from core.emulator import ArmRouter, Snapshot, make_client_kwargs
from tests.emulator.tenant import SUB, snapshot_data

_CLIENTS = {
    "subscriptions": ("azure.mgmt.resource.subscriptions", "SubscriptionClient"),
    "resources": ("azure.mgmt.resource.resources", "ResourceManagementClient"),
    "locks": ("azure.mgmt.resource.locks", "ManagementLockClient"),
    "vaults": ("azure.mgmt.recoveryservices", "RecoveryServicesClient"),
    "backup": ("azure.mgmt.recoveryservicesbackup", "RecoveryServicesBackupClient"),
    "compute": ("azure.mgmt.compute", "ComputeManagementClient"),
    "network": ("azure.mgmt.network", "NetworkManagementClient"),
    "keyvault": ("azure.mgmt.keyvault", "KeyVaultManagementClient"),
    "authorization": ("azure.mgmt.authorization", "AuthorizationManagementClient"),
}

ClientMaker = Callable[..., Any]


def build_client(router: ArmRouter, kind: str, subscription_id: str | None = SUB) -> Any:
    """A real SDK client of ``kind`` wired to ``router`` in process."""
    module, name = _CLIENTS[kind]
    cls = getattr(importlib.import_module(module), name)
    kwargs = make_client_kwargs(router)
    if kind == "subscriptions":
        return cls(**kwargs)
    return cls(subscription_id=subscription_id, **kwargs)


@pytest.fixture(scope="module")
def router() -> ArmRouter:
    """The test tenant, two items a page so that every list follows nextLink."""
    return ArmRouter(Snapshot.from_dict(snapshot_data(), source="tenant.json"), page_size=2)


@pytest.fixture(scope="module")
def client(router: ArmRouter) -> ClientMaker:
    """``client(kind, subscription_id=SUB)`` builds a real SDK client against ``router``."""
    return lambda kind, subscription_id=SUB: build_client(router, kind, subscription_id)
