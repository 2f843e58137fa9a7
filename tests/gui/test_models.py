"""Every item model passes pytest-qt's model tester; sorting and filtering behave."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from core.activity import Activity
from core.model import BackupJob, JobError
from gui.activity import ActivityModel
from gui.contents import ResourcesModel
from gui.jobs import JobsModel, TasksModel
from gui.locks import LocksModel, lock_rows
from gui.overview import ProtectedItemsModel
from gui.restorepoints import CollectionsModel, PointsModel
from gui.tables import IdRole, ItemRole, ObjectFilterProxy, SortRole
from gui.vmhealth import DisksModel, ExtensionsModel, HandlersModel, extension_rows
from tests.gui.conftest import find_vm

if TYPE_CHECKING:
    from core.azure.gateway import Gateway


pytestmark = pytest.mark.gui


def synthetic_jobs(count: int) -> list[BackupJob]:
    """``count`` jobs with varied names, statuses, times and error codes."""
    start = datetime(2026, 11, 1, tzinfo=UTC)
    statuses = ("Completed", "Failed", "InProgress", "CompletedWithWarnings")
    jobs = []
    for i in range(count):
        status = statuses[i % 4]
        errors = (JobError(f"Code{i % 7}", "message"),) if status == "Failed" else ()
        jobs.append(
            BackupJob(
                id=f"/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v/backupJobs/j{i}",
                vault_id="/subscriptions/s/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/v",
                entity_name=f"vm-{(i * 7919) % 500:03d}",
                operation="Backup" if i % 5 else "Restore",
                status=status,
                start_time=start + timedelta(minutes=(i * 37) % 40000),
                end_time=None,
                duration_s=float((i * 13) % 5000) if i % 9 else None,
                container_name=f"iaasvmcontainerv2;rg;vm-{(i * 7919) % 500:03d}",
                errors=errors,
            )
        )
    return jobs


def data_models(gateway: Gateway) -> list[tuple[Any, list[Any]]]:
    """Each table model with real demo rows."""
    sub = gateway.subscriptions()[-1]
    vault = gateway.vaults(sub.subscription_id)[0]
    jobs = gateway.jobs(vault.id)
    detailed = gateway.job(next(j for j in jobs if j.failed).id)
    vm = gateway.vm(find_vm(gateway, "vm-sql-01").id)
    rpcs = gateway.vm_restore_point_collections(vm.id)
    group = next(
        g
        for g in gateway.resource_groups(sub.subscription_id)
        if g.name.lower().startswith("azurebackuprg")
    )
    return [
        (JobsModel(), jobs),
        (TasksModel(), list(detailed.tasks)),
        (LocksModel(), lock_rows(gateway, sub.id, resource=False)),
        (CollectionsModel(), rpcs),
        (PointsModel(), list(rpcs[0].restore_points)),
        (ResourcesModel(), gateway.resources(group.id)),
        (ExtensionsModel(), extension_rows(vm, gateway.vm_extensions(vm.id))),
        (HandlersModel(), list(vm.extension_handlers)),
        (DisksModel(), list(vm.disks)),
        (ProtectedItemsModel(), gateway.protected_vms(vault.id)),
        (ActivityModel(), gateway.activity.items()[:50]),
    ]


MODEL_NAMES = [
    "JobsModel",
    "TasksModel",
    "LocksModel",
    "CollectionsModel",
    "PointsModel",
    "ResourcesModel",
    "ExtensionsModel",
    "HandlersModel",
    "DisksModel",
    "ProtectedItemsModel",
    "ActivityModel",
]


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_table_model_passes_the_model_tester(
    qtmodeltester, demo_gateway: Gateway, name: str
) -> None:
    model, rows = next((m, r) for m, r in data_models(demo_gateway) if type(m).__name__ == name)
    model.set_rows(rows)
    assert model.rowCount() == len(rows) > 0
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal)
        model.sort(column, Qt.SortOrder.DescendingOrder)  # the tester watches the layout change
        assert model.rowCount() == len(rows)


@pytest.mark.parametrize("name", ["JobsModel", "LocksModel", "ResourcesModel"])
def test_filter_proxy_passes_the_model_tester(
    qtmodeltester, demo_gateway: Gateway, name: str
) -> None:
    model, rows = next((m, r) for m, r in data_models(demo_gateway) if type(m).__name__ == name)
    model.set_rows(rows)
    proxy = ObjectFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text(str(proxy.index(0, 0).data()).lower())
    assert 0 < proxy.rowCount() <= len(rows)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_text("")
    assert proxy.rowCount() == len(rows)


def test_data_never_raises_on_a_bad_row() -> None:
    model = JobsModel()
    model.set_rows([object()])  # type: ignore[list-item]
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, SortRole, IdRole):
            model.data(model.index(0, column), role)  # no exception
    assert model.data(QModelIndex()) is None


@pytest.mark.parametrize("column", range(6))
def test_jobs_sort_by_each_column(column: int) -> None:
    model = JobsModel()
    model.set_rows(synthetic_jobs(500))
    model.sort(column, Qt.SortOrder.AscendingOrder)
    keys = [model.data(model.index(r, column), SortRole) for r in range(model.rowCount())]
    present = [k for k in keys if k not in (None, "")]
    assert present == sorted(present)
    assert all(k in (None, "") for k in keys[len(present) :])  # unknowns sort last
    model.sort(column, Qt.SortOrder.DescendingOrder)
    keys = [model.data(model.index(r, column), SortRole) for r in range(model.rowCount())]
    present = [k for k in keys if k not in (None, "")]
    assert present == sorted(present, reverse=True)


def test_sorting_keeps_the_selected_row(qtmodeltester) -> None:
    model = JobsModel()
    model.set_rows(synthetic_jobs(50))
    proxy = ObjectFilterProxy()
    proxy.setSourceModel(model)
    from PySide6.QtCore import QPersistentModelIndex

    tracked = QPersistentModelIndex(proxy.index(10, 0))
    job = tracked.data(ItemRole)
    proxy.sort(JobsModel.COL_START, Qt.SortOrder.DescendingOrder)
    assert tracked.isValid()
    assert tracked.data(ItemRole) is job


def test_proxy_filters_by_text_and_predicate() -> None:
    model = JobsModel()
    model.set_rows(synthetic_jobs(400))
    proxy = ObjectFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_predicate(lambda j: j.status == "Failed")
    assert proxy.rowCount() == 100
    proxy.set_text("code3")
    assert 0 < proxy.rowCount() < 100
    assert all(
        proxy.index(r, 0).data(ItemRole).error_code == "Code3" for r in range(proxy.rowCount())
    )
    proxy.set_predicate(None)
    proxy.set_text("")
    assert proxy.rowCount() == 400


def test_activity_rows_are_appended_and_capped() -> None:
    model = ActivityModel()
    now = datetime.now(UTC)
    model.append_rows(
        [Activity(now, 0.01, "vaults", f"/subscriptions/s/{i}", True) for i in range(30)], keep=20
    )
    assert model.rowCount() == 20
    assert model.row(0).target.endswith("/10")
