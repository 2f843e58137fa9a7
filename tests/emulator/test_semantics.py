"""Paging, $filter, $expand and case-insensitive ids, through the real SDK."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from azure.core.exceptions import HttpResponseError

from core.azure.gateway import job_filter_time
from core.emulator import ArmRouter, Snapshot
from core.emulator.odata import FilterError, parse_filter_time
from tests.emulator.conftest import ClientMaker, build_client
from tests.emulator.tenant import APP_RG, BACKUP_RG, RP_RG, SUB, VAULT, rg, snapshot_data, vm

IAAS = "backupManagementType eq 'AzureIaasVM'"


def job_names(client: ClientMaker, flt: str | None) -> list[str]:
    """Names of the vault's jobs that ``backup_jobs.list`` returns for this filter."""
    return [j.name for j in client("backup").backup_jobs.list(VAULT, BACKUP_RG, filter=flt)]


# Paging -----------------------------------------------------------------------------------


def test_sdk_follows_next_links_across_pages() -> None:
    data = snapshot_data()
    data["resources"] += [rg(f"rg-extra-{i:02}") for i in range(7)]
    router = ArmRouter(Snapshot.from_dict(data, "paging.json"), page_size=2)
    groups = list(build_client(router, "resources").resource_groups.list())
    assert len(groups) == 10
    pages = [r for r in router.requests() if r.path.endswith("/resourcegroups")]
    assert len(pages) == 5
    assert "$skiptoken=8" in pages[-1].query
    assert all(r.status == 200 for r in pages)


def test_next_link_keeps_the_filter(client: ClientMaker, router: ArmRouter) -> None:
    router.clear_requests()
    assert job_names(client, f"{IAAS} and status eq 'Failed'") == ["job-2", "job-3"]
    assert job_names(client, IAAS) == ["job-1", "job-2", "job-3", "job-4"]
    queries = [r.query for r in router.requests()]
    assert any("skiptoken" in q.lower() and "filter" in q.lower() for q in queries)


def test_bad_skip_token_is_a_400(router: ArmRouter) -> None:
    status, _, body = router.handle(
        "GET", f"https://x/subscriptions/{SUB}/resourcegroups?$skiptoken=zz"
    )
    assert status == 400
    assert b"InvalidSkipToken" in body


def test_page_size_one_and_large() -> None:
    for size in (1, 1000):
        router = ArmRouter(Snapshot.from_dict(snapshot_data(), "p.json"), page_size=size)
        vms = list(build_client(router, "compute").virtual_machines.list_all())
        assert [v.name for v in vms] == ["vm1", "vm2", "vm3"]


# Backup job filters -------------------------------------------------------------------------


def test_job_filter_by_status_operation_and_type(client: ClientMaker) -> None:
    assert job_names(client, None) == ["job-1", "job-2", "job-3", "job-4", "job-5"]
    assert job_names(client, "status eq 'Failed'") == ["job-2", "job-3", "job-5"]
    assert job_names(client, f"{IAAS} and status eq 'failed'") == ["job-2", "job-3"]
    assert job_names(client, "operation eq 'ConfigureBackup'") == ["job-4"]
    assert job_names(client, "backupManagementType eq 'AzureStorage'") == ["job-5"]


def test_job_filter_time_range_is_on_start_time(client: ClientMaker) -> None:
    flt = "startTime eq '2025-03-02 12:00:00 AM' and endTime eq '2025-03-03 11:59:59 PM'"
    assert job_names(client, flt) == ["job-2", "job-3"]
    assert job_names(client, "startTime eq '2025-03-04 00:00:00 AM'") == ["job-4", "job-5"]
    # job-1 started at 22:00:05.1234567: inside a range ending 22:00:06, not one ending 22:00:05
    assert job_names(client, "endTime eq '2025-03-01 10:00:06 PM'") == ["job-1"]
    assert job_names(client, "endTime eq '2025-03-01 10:00:05 PM'") == []
    assert job_names(client, "startTime eq '2025-03-05 10:00:00 AM'") == ["job-5"]


def test_job_filter_as_the_gateway_writes_it(client: ClientMaker) -> None:
    since = job_filter_time(datetime(2025, 3, 1, tzinfo=UTC))
    until = job_filter_time(datetime(2025, 3, 3, 23, 0, tzinfo=UTC))
    flt = f"{IAAS} and status eq 'Failed' and startTime eq '{since}' and endTime eq '{until}'"
    assert job_names(client, flt) == ["job-2", "job-3"]


def test_job_list_omits_extended_info_but_details_have_it(client: ClientMaker) -> None:
    listed = list(client("backup").backup_jobs.list(VAULT, BACKUP_RG))
    assert all(j.properties.extended_info is None for j in listed)
    assert client("backup").job_details.get(VAULT, BACKUP_RG, "job-1").properties.extended_info


def test_unsupported_filter_is_a_400(client: ClientMaker) -> None:
    for flt in ("colour eq 'red'", "status ne 'Failed'", "startTime eq 'yesterday'", "status eq"):
        with pytest.raises(HttpResponseError) as err:
            job_names(client, flt)
        assert err.value.status_code == 400
        assert err.value.error.code == "InvalidFilter"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-01-01 00:00:00 AM", datetime(2016, 1, 1, tzinfo=UTC)),
        ("2016-01-01 12:00:00 AM", datetime(2016, 1, 1, tzinfo=UTC)),
        ("2016-01-01 12:30:00 PM", datetime(2016, 1, 1, 12, 30, tzinfo=UTC)),
        ("2016-01-01 01:30:00 PM", datetime(2016, 1, 1, 13, 30, tzinfo=UTC)),
        ("2016-01-01 13:30:00", datetime(2016, 1, 1, 13, 30, tzinfo=UTC)),
        ("2016-01-01T13:30:00Z", datetime(2016, 1, 1, 13, 30, tzinfo=UTC)),
    ],
)
def test_filter_times(text: str, expected: datetime) -> None:
    assert parse_filter_time(text) == expected


def test_bad_filter_time() -> None:
    with pytest.raises(FilterError):
        parse_filter_time("2016-01-01 13:00:00 PM")


# $expand ------------------------------------------------------------------------------------


def test_expand_is_case_insensitive_and_comma_separated(router: ArmRouter) -> None:
    base = f"https://x/subscriptions/{SUB}/resourceGroups/{APP_RG}/providers/Microsoft.Compute/virtualMachines/vm1"
    for query in ("$expand=instanceview", "$EXPAND=userData,instanceView"):
        _, _, body = router.handle("GET", f"{base}?api-version=1&{query}")
        assert b'"instanceView"' in body
    _, _, body = router.handle("GET", f"{base}?api-version=1&$expand=userData")
    assert b'"instanceView"' not in body


def test_stored_object_is_not_changed_by_stripping(router: ArmRouter) -> None:
    vm1 = router.snapshot.get(
        f"/subscriptions/{SUB}/resourceGroups/{APP_RG}/providers/Microsoft.Compute/virtualMachines/vm1"
    )
    assert vm1 is not None
    assert "instanceView" in vm1["properties"]


# Case-insensitive ids -------------------------------------------------------------------------


def test_mixed_case_ids_in_snapshot_and_requests() -> None:
    data = snapshot_data()
    shouty = vm("vmShout")
    shouty["id"] = (
        shouty["id"].replace("/subscriptions/", "/SUBSCRIPTIONS/").replace("rg-App", "RG-APP")
    )
    shouty["id"] = shouty["id"].replace(
        "/providers/Microsoft.Compute/", "/PROVIDERS/microsoft.compute/"
    )
    data["resources"].append(shouty)
    router = ArmRouter(Snapshot.from_dict(data, "case.json"), page_size=2)
    compute = build_client(router, "compute")
    assert compute.virtual_machines.get("rg-app", "VMSHOUT").name == "vmShout"
    assert "vmShout" in [v.name for v in compute.virtual_machines.list("Rg-App")]
    assert "vmShout" in [v.name for v in compute.virtual_machines.list_all()]
    assert "vmShout" in [r.name for r in build_client(router, "resources").resources.list()]


def test_snapshot_lookup_is_case_insensitive(router: ArmRouter) -> None:
    rid = f"/SUBSCRIPTIONS/{SUB.upper()}/resourcegroups/{RP_RG.upper()}/"
    assert router.snapshot.get(rid) is not None
    assert router.snapshot.get(rid.replace("RG_", "RG-")) is None


def test_dropped_in_resource_shows_up_everywhere() -> None:
    data = snapshot_data()
    new_vm = vm("vm-new")
    data["resources"].append(new_vm)
    data["resources"].append(
        {
            "id": f"{new_vm['id']}/providers/Microsoft.Authorization/locks/new-lock",
            "name": "new-lock",
            "type": "Microsoft.Authorization/locks",
            "properties": {"level": "CanNotDelete"},
        }
    )
    router = ArmRouter(Snapshot.from_dict(data, "drop.json"), page_size=2)
    compute = build_client(router, "compute")
    assert "vm-new" in [v.name for v in compute.virtual_machines.list_all()]
    assert "vm-new" in [v.name for v in compute.virtual_machines.list(APP_RG)]
    assert "vm-new" in [
        r.name for r in build_client(router, "resources").resources.list_by_resource_group(APP_RG)
    ]
    locks = build_client(router, "locks").management_locks
    assert "new-lock" in [lk.name for lk in locks.list_at_subscription_level()]
    assert "new-lock" in [lk.name for lk in locks.list_at_resource_group_level(APP_RG)]
