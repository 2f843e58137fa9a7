"""The gateway's caches follow Azure: fresh after Refresh, and bounded while the clock moves."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from core import queries
from core.azure.gateway import Gateway
from tests import arm

Build = Callable[..., Gateway]
VM1 = arm.vm_id("vm1")


def test_an_index_after_refresh_shows_what_azure_says_now(gateway_of: Build) -> None:
    gateway = gateway_of(arm.snapshot())
    assert gateway.protected_vm_of(arm.vault_id(), VM1) is not None
    store = gateway.router.snapshot.store
    item = next(
        e.obj for e in store.entries() if e.obj["id"].endswith("VM;iaasvmcontainerv2;rg-app;vm1")
    )
    changed: dict[str, Any] = copy.deepcopy(item)
    changed["properties"]["protectionState"] = "ProtectionStopped"
    store.put(changed)
    gateway.refresh()
    found = gateway.protected_vm_of(arm.vault_id(), VM1)
    assert found is not None and found.protection_state == "ProtectionStopped"


def test_a_moving_clock_keeps_the_job_cache_bounded(gateway_of: Build) -> None:
    gateway = gateway_of(arm.snapshot())
    start = gateway.now()
    sizes = []
    for minute in range(12):
        gateway.now = lambda m=minute: start + timedelta(minutes=m)
        queries.vm_jobs(gateway, VM1)
        keys = [
            k
            for k in gateway._memo._futures
            if isinstance(k, tuple) and str(k[0]).startswith("jobs")
        ]
        sizes.append(len(keys))
    # The old windows' reads are dropped, not piled up: at most a late prefetch of the
    # previous window lingers until the clock moves again.
    assert max(sizes) <= 2 * sizes[0]
