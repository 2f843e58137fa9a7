"""Open a gateway on the demo tenant, a snapshot file, or live Azure."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.activity import ActivityLog
from core.azure.clients import ClientFactory
from core.azure.gateway import Gateway
from core.errors import AuthError
from core.i18n import QT_TRANSLATE_NOOP
from core.paths import DEMO_SNAPSHOT, resource

if TYPE_CHECKING:
    from core.emulator.router import FaultHook
    from core.emulator.snapshot import Snapshot


SIGN_IN_SETUP = QT_TRANSLATE_NOOP(
    "CoreErrors",
    "Could not set up Azure sign-in. Sign in with 'az login' or set the AZURE_* environment variables, then try again.",
)


LIVE_CLIENT_KWARGS = {
    "retry_total": 3,
    "retry_backoff_factor": 0.8,
    "retry_backoff_max": 30,
    "connection_timeout": 10,
    "read_timeout": 30,
}
"""Live reads: three retries at most, no wait over 30 s, and no read waits longer than 30 s."""


def demo_path() -> Path:
    """The built-in demo tenant snapshot."""
    return resource(DEMO_SNAPSHOT)


def gateway_for(
    snapshot: Snapshot,
    *,
    latency: float = 0.0,
    activity: ActivityLog | None = None,
    label: str = "",
    fault: FaultHook | None = None,
    page_size: int = 100,
) -> Gateway:
    """A gateway whose SDK clients talk to the in-process ARM emulator serving ``snapshot``.

    ``latency`` adds that many seconds to every request (benchmarks, GUI stall tests);
    ``fault`` may replace any answer (fault tests); ``page_size`` sets list paging.
    """
    from core.emulator.router import ArmRouter
    from core.emulator.transport import make_client_kwargs

    router = ArmRouter(snapshot, page_size, fault=fault)
    kwargs = make_client_kwargs(router, latency=latency)
    credential = kwargs.pop("credential")
    clients = ClientFactory(credential, base_url=kwargs.pop("base_url"), client_kwargs=kwargs)
    gateway = Gateway(
        clients, now=lambda: snapshot.captured_at, activity=activity, label=label or "Snapshot"
    )
    gateway.router = router
    return gateway


def open_snapshot(
    path: str | os.PathLike[str],
    *,
    latency: float = 0.0,
    activity: ActivityLog | None = None,
    label: str = "",
) -> Gateway:
    """A gateway on the snapshot file at ``path``, served by the in-process ARM emulator."""
    from core.emulator.snapshot import load_snapshot

    snapshot = load_snapshot(path)
    return gateway_for(snapshot, latency=latency, activity=activity, label=label or Path(path).name)


def open_demo(*, latency: float = 0.0, activity: ActivityLog | None = None) -> Gateway:
    """A gateway on the built-in demo tenant (Contoso, synthetic)."""
    return open_snapshot(demo_path(), latency=latency, activity=activity, label="Demo tenant")


def open_live(
    *,
    subscriptions: Sequence[str] = (),
    tenant_id: str | None = None,
    activity: ActivityLog | None = None,
) -> Gateway:
    """A gateway on live Azure, signed in with DefaultAzureCredential.

    The sign-in issue brings interactive, device-code, CLI and service-principal flows.
    """
    try:
        from azure.identity import DefaultAzureCredential

        tenant = (
            {
                f"{kind}_tenant_id": tenant_id
                for kind in ("shared_cache", "visual_studio_code", "workload_identity", "broker")
            }
            if tenant_id
            else {}
        )
        # A desktop tool signs in as a person or a service principal; probing the
        # managed-identity endpoint from a workstation only adds a network time-out.
        credential = DefaultAzureCredential(
            additionally_allowed_tenants=["*"], exclude_managed_identity_credential=True, **tenant
        )
    except Exception as exc:  # azure-identity raises plain exceptions on misconfiguration
        raise AuthError(SIGN_IN_SETUP, str(exc)) from exc
    clients = ClientFactory(credential, client_kwargs=LIVE_CLIENT_KWARGS)
    gateway = Gateway(clients, activity=activity, label="Azure")
    if subscriptions:
        gateway.only_subscriptions = {s.lower() for s in subscriptions}
    return gateway
