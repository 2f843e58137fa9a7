"""Loading snapshot files: the valid case, and one clear message for each kind of mistake."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from core.emulator import Snapshot, load_snapshot
from core.emulator.snapshot import SCHEMA_PATH
from core.errors import SnapshotError
from tests.emulator.tenant import APP_RG, SUB, snapshot_data, vm


def write(tmp_path: Path, data: Any, name: str = "demo.json") -> Path:
    """Write ``data`` as JSON (or as is, when it is already text)."""
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, indent=2), encoding="utf-8")
    return path


def error_for(tmp_path: Path, data: Any) -> SnapshotError:
    """The SnapshotError that loading ``data`` from demo.json raises."""
    with pytest.raises(SnapshotError) as err:
        load_snapshot(write(tmp_path, data))
    assert "\n" not in err.value.message
    return err.value


def test_valid_snapshot_loads(tmp_path: Path) -> None:
    snap = load_snapshot(write(tmp_path, snapshot_data()))
    assert snap.source == "demo.json"
    assert snap.captured_at == datetime(2025, 3, 10, 12, tzinfo=UTC)
    assert snap.cloud == "AzureCloud"
    assert [t["displayName"] for t in snap.tenants] == ["Contoso"]
    assert len(snap.subscriptions) == 2
    assert len(snap.resources) == len(snapshot_data()["resources"])
    assert len(snap.responses) == 2
    assert snap.subscription(SUB.upper()) is not None
    vm1 = f"/SUBSCRIPTIONS/{SUB}/resourcegroups/{APP_RG.upper()}/providers/microsoft.compute/virtualmachines/VM1"
    assert snap.get(vm1) is not None
    nic = vm1.replace(
        "microsoft.compute/virtualmachines/VM1", "Microsoft.NETWORK/networkInterfaces/NIC-VM1"
    )
    recorded = snap.find_response(
        "post", f"https://x{nic}//effectiveNetworkSecurityGroups?api-version=1"
    )
    assert recorded is not None
    assert recorded.status == 200
    assert snap.find_response("GET", f"{nic}/effectiveNetworkSecurityGroups") is None


def test_optional_fields_and_unknown_fields(tmp_path: Path) -> None:
    data = snapshot_data()
    del data["cloud"]
    del data["responses"]
    data["capturedAt"] = "2025-03-10T14:00:00.5+02:00"
    data["futureField"] = {"anything": True}
    data["resources"][0]["unknownField"] = 1
    snap = load_snapshot(write(tmp_path, data))
    assert snap.cloud == "AzureCloud"
    assert snap.responses == []
    assert snap.captured_at == datetime(2025, 3, 10, 12, 0, 0, 500000, tzinfo=UTC)


def test_round_trip_through_to_dict() -> None:
    snap = Snapshot.from_dict(snapshot_data(), "a.json")
    again = Snapshot.from_dict(json.loads(json.dumps(snap.to_dict())), "b.json")
    assert again.resources == snap.resources
    assert again.captured_at == snap.captured_at
    assert again.responses == snap.responses


def test_schema_is_draft_2020_12() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["required"]) == {
        "format",
        "version",
        "capturedAt",
        "tenants",
        "subscriptions",
        "resources",
    }


def test_bad_json_names_line_and_column(tmp_path: Path) -> None:
    err = error_for(tmp_path, '{\n  "format": "backup-doctor-snapshot",\n  "version": 1,,\n}')
    assert err.message.startswith("demo.json: line 3, column 16: invalid JSON")
    assert str(tmp_path / "demo.json") in err.detail


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(SnapshotError, match=r"^missing\.json: cannot read the file"):
        load_snapshot(tmp_path / "missing.json")
    bad = tmp_path / "latin.json"
    bad.write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(SnapshotError, match=r"^latin\.json: not UTF-8 text"):
        load_snapshot(bad)


def _mutated(change: Any) -> dict[str, Any]:
    data = snapshot_data()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d.clear(),
            "demo.json: top level: 'format' is missing: not a Backup Doctor snapshot",
        ),
        (
            lambda d: d.update(format="other"),
            "demo.json: format: expected 'backup-doctor-snapshot', found 'other'",
        ),
        (
            lambda d: d.update(version=2),
            "demo.json: version: the file is version 2; this app reads version 1",
        ),
        (lambda d: d.update(version="1"), "demo.json: version: expected 1, found '1'"),
        (lambda d: d.pop("version"), "demo.json: top level: 'version' is a required property"),
        (
            lambda d: d.pop("capturedAt"),
            "demo.json: top level: 'capturedAt' is a required property",
        ),
        (lambda d: d.pop("resources"), "demo.json: top level: 'resources' is a required property"),
        (
            lambda d: d["resources"][12].pop("id"),
            "demo.json: resources[12]: 'id' is a required property",
        ),
        (
            lambda d: d["resources"][3].update(name=5),
            "demo.json: resources[3].name: 5 is not of type 'string'",
        ),
        (
            lambda d: d["resources"][4].pop("name"),
            "demo.json: resources[4]: 'name' is a required property",
        ),
        (lambda d: d.update(resources={}), "demo.json: resources: {} is not of type 'array'"),
        (
            lambda d: d["responses"][1].pop("status"),
            "demo.json: responses[1]: 'status' is a required property",
        ),
        (
            lambda d: d["responses"][0].update(method=None),
            "demo.json: responses[0].method: None is not of type 'string'",
        ),
        (
            lambda d: d["subscriptions"][1].pop("subscriptionId"),
            "demo.json: subscriptions[1]: 'subscriptionId' is a required property",
        ),
        (
            lambda d: d["tenants"][0].pop("tenantId"),
            "demo.json: tenants[0]: 'tenantId' is a required property",
        ),
    ],
)
def test_schema_problems_give_one_clear_message(tmp_path: Path, change: Any, message: str) -> None:
    assert error_for(tmp_path, _mutated(change)).message == message


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    assert (
        error_for(tmp_path, "[1, 2]").message
        == "demo.json: top level: expected a JSON object, found array"
    )


@pytest.mark.parametrize(
    "stamp", ["2025-03-10 12:00", "2025-03-10T12:00:00", "yesterday", "2025-02-30T00:00:00Z"]
)
def test_captured_at_must_be_rfc_3339(tmp_path: Path, stamp: str) -> None:
    message = error_for(tmp_path, _mutated(lambda d: d.update(capturedAt=stamp))).message
    assert message.startswith(f"demo.json: capturedAt: '{stamp}' is not")


def test_duplicate_ids_compare_case_insensitively(tmp_path: Path) -> None:
    data = snapshot_data()
    twin = vm("VM1")
    twin["id"] = twin["id"].upper()
    data["resources"].append(twin)
    n = len(data["resources"]) - 1
    message = error_for(tmp_path, data).message
    assert message.startswith(
        f"demo.json: resources[{n}]: duplicate id '{twin['id']}' (same as resources[3]"
    )


def test_duplicate_subscriptions(tmp_path: Path) -> None:
    data = _mutated(lambda d: d["subscriptions"].append(dict(d["subscriptions"][0])))
    assert error_for(tmp_path, data).message.startswith(
        "demo.json: subscriptions[2]: duplicate subscriptionId"
    )


def test_ids_must_be_arm_paths(tmp_path: Path) -> None:
    data = snapshot_data()
    data["resources"][0]["id"] = "https://management.azure.com" + data["resources"][0]["id"]
    assert error_for(tmp_path, data).message.startswith("demo.json: resources[0].id: 'https://")


def test_from_dict_names_its_source() -> None:
    with pytest.raises(SnapshotError, match=r"^inline: format: "):
        Snapshot.from_dict({"format": 1}, source="inline")


def test_store_reads_are_safe_while_another_thread_writes() -> None:
    snap = Snapshot.from_dict(snapshot_data(), "w.json")
    base = len(snap.resources)
    stop = threading.Event()
    errors: list[BaseException] = []

    def reader() -> None:
        try:
            while not stop.is_set():
                assert len(snap.store.entries()) >= base
                assert snap.store.exists(f"/subscriptions/{SUB}".lower())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for t in threads:
        t.start()
    for i in range(300):
        snap.store.put(vm(f"tmp-{i}"))
    for i in range(300):
        assert snap.store.delete(vm(f"tmp-{i}")["id"].upper()) is not None
    stop.set()
    for t in threads:
        t.join()
    assert not errors
    assert len(snap.resources) == base
    assert snap.store.delete("/subscriptions/none") is None
