"""The in-process transport, the router's hooks (latency, faults, log) and the HTTPS server."""

from __future__ import annotations

import io
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from azure.core.exceptions import HttpResponseError
from azure.core.pipeline.transport import HttpRequest as LegacyRequest
from azure.core.rest import HttpRequest, HttpResponse
from azure.mgmt.compute import ComputeManagementClient
from azure.mgmt.network import NetworkManagementClient

from core.emulator import (
    ArmRequest,
    ArmResponse,
    ArmRouter,
    EmulatorCredential,
    EmulatorTransport,
    Snapshot,
    arm_error,
    make_client_kwargs,
)
from core.emulator.transport import _body_bytes
from tests.emulator.conftest import build_client
from tests.emulator.loopback import serve
from tests.emulator.tenant import APP_RG, BACKUP_RG, SUB, VAULT, snapshot_data

VM1 = (
    f"/subscriptions/{SUB}/resourceGroups/{APP_RG}/providers/Microsoft.Compute/virtualMachines/vm1"
)


def fresh_router(**kwargs: Any) -> ArmRouter:
    """A router over a fresh copy of the test tenant."""
    return ArmRouter(Snapshot.from_dict(snapshot_data(), "t.json"), page_size=2, **kwargs)


def test_response_is_a_rest_response_with_legacy_body() -> None:
    transport = EmulatorTransport(fresh_router())
    resp = transport.send(HttpRequest("GET", f"https://management.azure.com{VM1}?api-version=x"))
    assert isinstance(resp, HttpResponse)
    assert resp.status_code == 200
    assert resp.reason == "OK"
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.body() == resp.content == resp.read()
    assert resp.json()["name"] == "vm1"
    assert b"".join(resp.iter_bytes()) == resp.content
    resp.raise_for_status()
    with resp:
        pass
    assert resp.is_closed


def test_legacy_request_and_error_status() -> None:
    transport = EmulatorTransport(fresh_router())
    resp = transport.send(LegacyRequest("GET", f"https://management.azure.com{VM1}x"))
    assert resp.status_code == 404
    assert resp.reason == "Not Found"
    with pytest.raises(HttpResponseError):
        resp.raise_for_status()


def test_request_bodies_of_every_shape() -> None:
    assert _body_bytes(HttpRequest("POST", "/x")) == b""
    assert _body_bytes(HttpRequest("POST", "/x", json={"a": 1})) == b'{"a": 1}'
    assert _body_bytes(HttpRequest("POST", "/x", content="txt")) == b"txt"
    assert _body_bytes(HttpRequest("POST", "/x", data={"grant": "x y"})) == b"grant=x+y"
    assert _body_bytes(HttpRequest("POST", "/x", content=io.BytesIO(b"stream"))) == b"stream"
    legacy = LegacyRequest("POST", "/x")
    legacy.set_bytes_body(b"raw")
    assert _body_bytes(legacy) == b"raw"


def test_paths_are_url_decoded_and_slashes_collapsed() -> None:
    router = fresh_router()
    container = f"iaasvmcontainer%3Biaasvmcontainerv2%3B{APP_RG}%3Bvm1"
    item = f"vm%3Biaasvmcontainerv2%3B{APP_RG}%3Bvm1"
    vault = f"/subscriptions/{SUB}/resourceGroups/{BACKUP_RG}/providers/Microsoft.RecoveryServices/vaults/{VAULT}"
    url = f"https://h{vault}/backupFabrics/Azure/protectionContainers/{container}/protectedItems/{item}"
    status, _, body = router.handle("GET", url)
    assert status == 200
    assert json.loads(body)["properties"]["friendlyName"] == "vm1"
    status, _, _ = router.handle("GET", f"https://h/{VM1.replace('/', '%2F')}?api-version=1")
    assert status == 200


def test_shared_transport_is_thread_safe() -> None:
    router = fresh_router()
    shared = ComputeManagementClient(subscription_id=SUB, **make_client_kwargs(router))

    def read(i: int) -> list[str]:
        """Odd calls share one client (one transport); even ones build their own."""
        compute = shared if i % 2 else build_client(router, "compute")
        return [v.name for v in compute.virtual_machines.list_all()]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(read, range(40)))
    assert all(r == ["vm1", "vm2", "vm3"] for r in results)
    assert len(router.requests()) == 80


def test_latency_goes_through_the_injected_sleep() -> None:
    router_sleeps: list[float] = []
    transport_sleeps: list[float] = []
    router = fresh_router(latency=0.25, sleep=router_sleeps.append)
    transport = EmulatorTransport(router, latency=0.5, sleep=transport_sleeps.append)
    kwargs = make_client_kwargs(router, transport=transport)
    ComputeManagementClient(subscription_id=SUB, **kwargs).virtual_machines.get(APP_RG, "vm1")
    assert router_sleeps == [0.25]
    assert transport_sleeps == [0.5]


def test_fault_hook_and_retries_that_do_not_wait() -> None:
    calls: list[str] = []

    def throttle_twice(req: ArmRequest) -> ArmResponse | None:
        calls.append(req.path)
        if len(calls) <= 2:
            return ArmResponse(
                429, {"error": {"code": "TooManyRequests", "message": "slow"}}, {"Retry-After": "7"}
            )
        return None

    router = fresh_router(fault=throttle_twice)
    kwargs = make_client_kwargs(router)
    vm = ComputeManagementClient(subscription_id=SUB, **kwargs).virtual_machines.get(APP_RG, "vm1")
    assert vm.name == "vm1"
    assert [r.status for r in router.requests()] == [429, 429, 200]
    assert kwargs["transport"].slept == pytest.approx(14)


def test_fault_hook_can_deny_and_emulator_errors_become_500() -> None:
    router = fresh_router(
        fault=lambda req: (
            arm_error(403, "AuthorizationFailed", "no") if "locks" in req.key else None
        )
    )
    with pytest.raises(HttpResponseError) as err:
        list(build_client(router, "locks").management_locks.list_at_subscription_level())
    assert err.value.status_code == 403

    def boom(req: ArmRequest) -> ArmResponse | None:
        raise RuntimeError("bug")

    status, _, body = fresh_router(fault=boom).handle("GET", "https://h/subscriptions")
    assert status == 500
    assert b"InternalServerError" in body


def test_writes_are_not_supported_yet_and_head_works() -> None:
    router = fresh_router()
    status, _, body = router.handle("PUT", f"https://h{VM1}?api-version=1", {}, b"{}")
    assert status == 405
    assert json.loads(body)["error"]["code"] == "MethodNotAllowed"
    assert router.handle("HEAD", f"https://h/subscriptions/{SUB}/resourcegroups/{APP_RG}")[0] == 204
    assert router.handle("HEAD", f"https://h/subscriptions/{SUB}/resourcegroups/nope")[2] == b""


def test_request_log_listener_and_clear() -> None:
    seen: list[int] = []
    router = fresh_router(listener=lambda rec: seen.append(rec.status))
    router.handle("GET", "https://h/tenants?api-version=1")
    assert seen == [200]
    [record] = router.requests()
    assert (record.method, record.path, record.query) == ("GET", "/tenants", "api-version=1")
    router.clear_requests()
    assert router.requests() == []


def test_credential_returns_a_fixed_token() -> None:
    cred = EmulatorCredential()
    token = cred.get_token("https://management.azure.com/.default")
    assert token.token == cred.get_token_info("x").token
    assert token.expires_on > 0


def test_real_sdk_over_loopback_https() -> None:
    with serve(Snapshot.from_dict(snapshot_data(), "s.json"), page_size=1) as info:
        assert info.base_url.startswith("https://127.0.0.1:")
        compute = ComputeManagementClient(subscription_id=SUB, **info.client_kwargs())
        assert [v.name for v in compute.virtual_machines.list_all()] == ["vm1", "vm2", "vm3"]
        network = NetworkManagementClient(subscription_id=SUB, **info.client_kwargs())
        poller = network.network_interfaces.begin_list_effective_network_security_groups(
            APP_RG, "nic-vm1"
        )
        assert poller.result().value[0].effective_security_rules[0].priority == 65001
        queries = [r.query for r in info.router.requests()]
        assert sum("skiptoken" in q for q in queries) == 2
