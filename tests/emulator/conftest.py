"""Fixtures for the emulator tests: the test tenant behind a router and real SDK clients."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from core.azure.clients import ClientFactory
from core.emulator import ArmRouter, Snapshot, make_client_kwargs
from tests.emulator.tenant import SUB, snapshot_data

ClientMaker = Callable[..., Any]


def build_client(router: ArmRouter, kind: str, subscription_id: str | None = SUB) -> Any:
    """A real SDK client of ``kind`` (a core.azure.clients kind) wired to ``router`` in process."""
    kwargs = make_client_kwargs(router)
    credential = kwargs.pop("credential")
    factory = ClientFactory(credential, base_url=kwargs.pop("base_url"), client_kwargs=kwargs)
    return factory.get(kind, subscription_id or "")


@pytest.fixture(scope="module")
def router() -> ArmRouter:
    """The test tenant, two items a page so that every list follows nextLink."""
    return ArmRouter(Snapshot.from_dict(snapshot_data(), source="tenant.json"), page_size=2)


@pytest.fixture(scope="module")
def client(router: ArmRouter) -> ClientMaker:
    """``client(kind, subscription_id=SUB)`` builds a real SDK client against ``router``."""
    return lambda kind, subscription_id=SUB: build_client(router, kind, subscription_id)
