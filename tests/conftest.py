"""Shared fixtures: snapshots through the real SDK and the in-process ARM emulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from core.azure.gateway import Gateway
from core.diagnosis.engine import Diagnosis, diagnose
from core.emulator.snapshot import Snapshot
from core.session import gateway_for


@pytest.fixture
def gateway_of() -> Iterator[Callable[..., Gateway]]:
    """Build gateways on snapshot dicts; closes them after the test."""
    made: list[Gateway] = []

    def build(data: dict[str, Any], **kwargs: Any) -> Gateway:
        gateway = gateway_for(Snapshot.from_dict(data, "test-snapshot.json"), **kwargs)
        made.append(gateway)
        return gateway

    yield build
    for gateway in made:
        gateway.close()


@pytest.fixture
def diagnose_data(gateway_of: Callable[..., Gateway]) -> Callable[[dict[str, Any], str], Diagnosis]:
    """Diagnose one VM of a snapshot dict through the SDK and the emulator."""

    def run(data: dict[str, Any], vm_id: str) -> Diagnosis:
        return diagnose(gateway_of(data), vm_id)

    return run
