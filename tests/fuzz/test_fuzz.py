"""Property-based tests: mutated ARM payloads never crash the converters, the gateway or the
checks, and a step never passes on evidence that could not be read."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.azure import convert
from core.diagnosis.engine import Verdict, diagnose
from core.diagnosis.findings import Status
from core.emulator import Snapshot
from core.errors import BackupDoctorError
from core.session import demo_path, gateway_for
from tests import arm

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path("/work/shared/fixtures/azure-rest-api-specs")
CORPUS = ROOT / "tests" / "corpus" / "snapshots"

ODD: list[Any] = [
    None,
    0,
    -1,
    2**63,
    1e308,
    True,
    "",
    "x" * 100_000,
    "UnknownEnumValue",
    "ＶＭ-ÄÖÜ-🙂-\u202e-\u0000",
    "İı",
    [],
    {},
    [None],
    {"value": None},
    "2025-13-45T99:99:99Z",
    "P-1D",
]
"""Values a field may hold in a hostile or just surprising answer."""


def _resources(data: Any) -> list[dict[str, Any]]:
    return [r for r in data.get("resources", []) if isinstance(r, dict)]


def _spec_bodies() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for file in sorted(SPECS.rglob("*.json")) if SPECS.is_dir() else []:
        try:
            example = json.loads(file.read_text("utf-8"))
        except ValueError:
            continue
        for response in (example.get("responses") or {}).values():
            body = response.get("body") if isinstance(response, dict) else None
            if isinstance(body, dict):
                found += [v for v in body.get("value", []) if isinstance(v, dict)] or [body]
    return found


def _payloads() -> list[dict[str, Any]]:
    items = _resources(json.loads(demo_path().read_text("utf-8")))
    for file in sorted(CORPUS.glob("*.json")):
        items += _resources(json.loads(file.read_text("utf-8")))
    return items + _spec_bodies()


PAYLOADS = _payloads()

CONVERTERS: list[tuple[str, Callable[[Any], Any]]] = [
    ("subscription", convert.subscription),
    ("resource_group", convert.resource_group),
    ("resource", convert.resource),
    ("vault", convert.vault),
    ("policy", convert.policy),
    ("protected_vm", convert.protected_vm),
    ("job", convert.job),
    ("virtual_machine", convert.virtual_machine),
    ("vm_extension", convert.vm_extension),
    ("lock", convert.lock),
    ("restore_point_collection", convert.restore_point_collection),
    ("security_rules", convert.security_rules),
    ("routes", convert.routes),
    ("key_vault", convert.key_vault),
    ("activity_event", convert.activity_event),
    ("service_principal", lambda d: convert.service_principal_object_id(d, "262044b1")),
]


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value (dict keys and list indexes), the root first."""
    found = [at]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*at, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value[:5]):
            found += _paths(inner, (*at, index))
    return found


def _mutate(data: Any, draw: Any, times: int) -> Any:
    """``data`` with ``times`` mutations: a field removed, replaced by an odd value, re-cased."""
    data = copy.deepcopy(data)
    for _ in range(times):
        places = [p for p in _paths(data) if p]
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = data
        for step in place[:-1]:
            parent = parent[step]
        last = place[-1]
        action = draw(st.sampled_from(["drop", "odd", "case", "type"]))
        current = parent[last]
        if action == "drop" and isinstance(parent, dict):
            del parent[last]
        elif action == "case" and isinstance(current, str):
            parent[last] = current.swapcase() if draw(st.booleans()) else current.upper()
        elif action == "type":
            parent[last] = (
                [copy.deepcopy(current)] if not isinstance(current, list) else {"0": current}
            )
        else:
            parent[last] = copy.deepcopy(draw(st.sampled_from(ODD)))
    return data


def _allowed(exc: BaseException) -> None:
    """Only core's own errors may escape, and they carry a message."""
    assert isinstance(exc, BackupDoctorError), f"{type(exc).__name__}: {exc}"
    assert exc.message.strip()


@settings(
    max_examples=900,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_converters_never_crash_on_mutated_payloads(data: st.DataObject) -> None:
    payload = data.draw(st.sampled_from(PAYLOADS))
    mutated = _mutate(payload, data.draw, data.draw(st.integers(1, 4)))
    _, fn = data.draw(st.sampled_from(CONVERTERS))
    try:
        fn(mutated)
    except (ValueError, TypeError, KeyError, AttributeError):
        # The gateway leaves such a list item out (logged) or fails that one read as a core
        # error ("Reading from Azure failed unexpectedly"): not a crash.
        pass
    except BaseException as exc:
        _allowed(exc)


# The diagnosis of a mutated snapshot ---------------------------------------------

BASE = arm.snapshot()
"""The one-VM test tenant (small, so that each example validates and diagnoses quickly)."""
VM_ID = arm.vm_id("vm1")
MUTABLE = [i for i, r in enumerate(BASE["resources"]) if isinstance(r.get("id"), str)]


def _snapshot_or_none(data: dict[str, Any]) -> Snapshot | None:
    try:
        return Snapshot.from_dict(data, "mutated.json")
    except BackupDoctorError as exc:
        _allowed(exc)
        return None


@pytest.mark.expect_log_warnings
@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.data())
def test_a_diagnosis_of_a_mutated_snapshot_never_crashes(data: st.DataObject) -> None:
    snapshot = copy.deepcopy(BASE)
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.sampled_from(MUTABLE))
        obj, original = snapshot["resources"][index], BASE["resources"][index]
        mutated = _mutate(obj, data.draw, data.draw(st.integers(1, 3)))
        if data.draw(st.booleans()) and isinstance(mutated, dict):
            mutated["id"], mutated["name"] = original["id"], original.get("name", "x")
        snapshot["resources"][index] = mutated
    loaded = _snapshot_or_none(snapshot)
    if loaded is None:
        return
    gateway = gateway_for(loaded)
    try:
        result = diagnose(gateway, VM_ID)
    except BaseException as exc:
        _allowed(exc)
        return
    finally:
        gateway.close()
    for step in result.steps:
        assert "a bug in Backup Doctor" not in str(step.finding.summary), step
    if result.unread:
        assert result.verdict is not Verdict.HEALTHY
        assert all(e.message for _, e in result.unread)
    if result.verdict is Verdict.HEALTHY:
        assert all(s.status is not Status.UNKNOWN for s in result.steps)


READERS = {
    "microsoft.compute/virtualmachines": "vm",
    "microsoft.compute/restorepointcollections": "restore_point_collection",
    "microsoft.keyvault/vaults": "key_vault",
}
SINGLE = [
    p
    for p in PAYLOADS
    if isinstance(p.get("id"), str)
    and str(p.get("type", "")).lower() in READERS
    and p["id"].lower().startswith("/subscriptions/")
]


@pytest.mark.expect_log_warnings
@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.data())
def test_the_gateway_reads_mutated_objects_without_crashing(data: st.DataObject) -> None:
    payload = data.draw(st.sampled_from(SINGLE))
    mutated = _mutate(payload, data.draw, data.draw(st.integers(1, 4)))
    if not isinstance(mutated, dict):
        return
    mutated["id"], mutated["name"] = payload["id"], str(payload.get("name") or "x")
    base = copy.deepcopy(BASE)
    base["resources"].append(mutated)
    loaded = _snapshot_or_none(base)
    if loaded is None:
        return
    gateway = gateway_for(loaded)
    try:
        getattr(gateway, READERS[str(payload["type"]).lower()])(payload["id"])
    except BaseException as exc:
        _allowed(exc)
    finally:
        gateway.close()
