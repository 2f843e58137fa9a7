"""Each view on the demo tenant: content, filters, sorting, toggles and auto-refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core.diagnosis.engine import diagnose
from core.ids import norm_id
from core.model import RESTORE_POINT_LIMIT
from gui import settings
from gui.contents import ContentsView
from gui.jobs import DEFAULT_DAYS, JobsModel, JobsScope, JobsView
from gui.locks import LocksView
from gui.overview import OverviewView
from gui.restorepoints import RestorePointsView
from gui.tables import ItemRole
from gui.vmhealth import HealthView
from gui.workspace import Workspace
from tests.gui.conftest import find_vm

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from core.azure.gateway import Gateway


pytestmark = pytest.mark.gui


def shown(qtbot: QtBot, view: QWidget) -> QWidget:
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def prod_vault(gateway: Gateway) -> Any:
    sub = next(s for s in gateway.subscriptions() if s.display_name == "Contoso Production")
    return gateway.vaults(sub.subscription_id)[0]


def rows(view: Any) -> list[Any]:
    return [view.proxy.index(r, 0).data(ItemRole) for r in range(view.proxy.rowCount())]


# Jobs -------------------------------------------------------------------------------------


def test_jobs_default_to_seven_days_and_filter(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    vault = prod_vault(demo_gateway)
    view = JobsView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope(JobsScope("vault", vault.id, vault.name))
    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        shown(qtbot, view)
    assert view.range.currentData() == DEFAULT_DAYS
    all_jobs = rows(view)
    assert loaded.args[0] == len(all_jobs) > 0
    now = demo_gateway.now()
    assert all((now - j.start_time).days < DEFAULT_DAYS + 1 for j in all_jobs)
    starts = [j.start_time for j in all_jobs]
    assert starts == sorted(starts, reverse=True)  # newest first, like the portal

    view.status.setCurrentIndex(view.status.findData("Failed"))
    failed = rows(view)
    assert failed and all(j.status == "Failed" for j in failed)
    view.search.setText("UserErrorRpCollectionLimitReached")
    view.search.returnPressed.emit()
    assert rows(view) and all(
        j.error_name == "UserErrorRpCollectionLimitReached" for j in rows(view)
    )
    assert "of" in view.count.text()
    view.search.clear()
    view.search.returnPressed.emit()
    view.status.setCurrentIndex(0)
    view.operation.setCurrentIndex(view.operation.findData("Restore"))
    assert all(j.operation == "Restore" for j in rows(view))
    view.operation.setCurrentIndex(0)
    assert len(rows(view)) == len(all_jobs)

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.range.setCurrentIndex(view.range.findData(14))
    assert len(rows(view)) > len(all_jobs)
    wait_idle()


def test_jobs_sort_and_detail_pane(qtbot: QtBot, demo_gateway: Gateway, wait_idle) -> None:
    vault = prod_vault(demo_gateway)
    view = JobsView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope(JobsScope("vault", vault.id, vault.name))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    view.table.sortByColumn(JobsModel.COL_VM, Qt.SortOrder.AscendingOrder)
    names = [j.entity_name.lower() for j in rows(view)]
    assert names == sorted(names)
    view.table.sortByColumn(JobsModel.COL_DURATION, Qt.SortOrder.DescendingOrder)
    durations = [j.duration_s for j in rows(view) if j.duration_s is not None]
    assert durations == sorted(durations, reverse=True)
    view.table.sortByColumn(JobsModel.COL_ERROR, Qt.SortOrder.AscendingOrder)

    failed_row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data(ItemRole).failed
    )
    job = view.proxy.index(failed_row, 0).data(ItemRole)
    with qtbot.waitSignal(view.detail_loaded, timeout=10_000):
        view.table.selectRow(failed_row)
    detail = view.detail
    assert detail.code.text() == job.error_code
    assert detail.message.text() not in ("", "—")
    assert detail.tasks.rowCount() > 0
    assert detail.recommendations.text()
    assert detail.diagnose.isEnabled()
    with qtbot.waitSignal(view.diagnose_requested) as requested:
        detail.diagnose.click()
    assert requested.args[0].lower().endswith("/virtualmachines/" + job.entity_name.lower())
    wait_idle()


def test_in_progress_jobs_refresh_by_themselves(
    qtbot: QtBot, fresh_gateway: Gateway, wait_idle
) -> None:
    vm = find_vm(fresh_gateway, "vm-app-02")  # its backup is still running
    view = JobsView(Workspace(fresh_gateway, owns_gateway=False))
    view.timer.setInterval(50)
    view.set_scope(JobsScope("vm", vm.id, vm.name))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    assert any(j.in_progress for j in rows(view))
    assert view.timer.isActive()
    before = len(fresh_gateway.activity.items())
    with qtbot.waitSignal(view.refreshed_running, timeout=10_000) as refreshed:
        pass  # the timer fires on its own
    assert refreshed.args[0] >= 1
    reads = fresh_gateway.activity.items()[before:]
    assert any(
        a.operation == "job" for a in reads
    )  # read again from Azure: cached reads log nothing
    view.hide()
    assert not view.timer.isActive()
    wait_idle()


# Locks ------------------------------------------------------------------------------------


def test_locks_on_restore_point_groups_stand_out(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    sub = next(s for s in demo_gateway.subscriptions() if s.display_name == "Contoso Production")
    view = LocksView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope(sub.id, sub.display_name)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    by_name = {r.lock.name: r for r in rows(view)}
    assert {"do-not-delete", "vault-no-delete", "network-freeze", "data-protect"} <= set(by_name)
    assert by_name["do-not-delete"].blocks_restore_points
    assert by_name["do-not-delete"].restore_point_groups == ("rp-snapshots-weu-1",)
    assert not by_name["network-freeze"].blocks_restore_points
    assert by_name["do-not-delete"].relation == "inside"
    assert rows(view)[0].blocks_restore_points  # first in the list
    index = view.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert "restore point" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "1" in view.summary.text()
    wait_idle()


def test_a_vms_locks_tab_shows_the_lock_its_diagnosis_blames(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    # vm-sql-01's restore points live in the policy's own group rp-snapshots-weu-1: the
    # diagnosis blames the lock there, so the VM's Locks tab must list it too.
    vm = find_vm(demo_gateway, "vm-sql-01")
    blamed = {
        str(e).split()[1]
        for s in diagnose(demo_gateway, vm.id).steps
        if s.cause.id == "rp-lock"
        for e in s.finding.evidence
        if str(e).startswith("Lock ")
    }
    assert blamed == {"do-not-delete"}
    view = LocksView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope(vm.id, vm.name, resource=True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    blocking = {r.lock.name: r for r in rows(view) if r.blocks_restore_points}
    assert set(blocking) == blamed
    assert blocking["do-not-delete"].relation == "restore-points"
    assert blocking["do-not-delete"].restore_point_groups == ("rp-snapshots-weu-1",)
    assert "data-protect" in {r.lock.name for r in rows(view)}  # its own group's lock stays
    assert "cover restore point" in view.summary.text()
    wait_idle()


def test_subscription_lock_is_inherited_by_groups(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    sub = next(s for s in demo_gateway.subscriptions() if s.display_name == "Contoso Dev/Test")
    group = next(
        g
        for g in demo_gateway.resource_groups(sub.subscription_id)
        if g.name.startswith("AzureBackupRG")
    )
    view = LocksView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope(group.id, group.name)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    (row,) = rows(view)
    assert row.lock.name == "subscription-guard"
    assert row.relation == "inherited"
    assert row.blocks_restore_points
    wait_idle()


# Restore points ---------------------------------------------------------------------------


def test_restore_points_of_a_vm_against_the_limit(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    vm = find_vm(demo_gateway, "vm-sql-01")
    view = RestorePointsView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope("vm", vm.id, vm.name)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    (rpc,) = rows(view)
    assert rpc.count == RESTORE_POINT_LIMIT
    assert view.proxy.index(0, 3).data() == f"{RESTORE_POINT_LIMIT} / {RESTORE_POINT_LIMIT}"
    assert view.points.rowCount() == RESTORE_POINT_LIMIT  # the first collection is selected
    assert "18" in view.summary.text()
    assert view.proxy.index(0, 4).data() and view.proxy.index(0, 5).data()  # oldest, newest
    wait_idle()


def test_restore_points_of_a_resource_group(qtbot: QtBot, demo_gateway: Gateway, wait_idle) -> None:
    sub = next(s for s in demo_gateway.subscriptions() if s.display_name == "Contoso Production")
    group = next(
        g
        for g in demo_gateway.resource_groups(sub.subscription_id)
        if g.name == "AzureBackupRG_westeurope_1"
    )
    view = RestorePointsView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope("resource-group", group.id, group.name)
    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        shown(qtbot, view)
    assert loaded.args[0] >= 10
    assert all(c.resource_group.lower() == group.name.lower() for c in rows(view))
    counts = [c.count for c in rows(view)]
    assert counts == sorted(counts, reverse=True)  # fullest first
    view.table.selectRow(1)
    assert view.points.rowCount() == rows(view)[1].count
    wait_idle()


# Resource group contents ------------------------------------------------------------------


def test_hidden_types_need_the_toggle_which_is_remembered(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    sub = next(s for s in demo_gateway.subscriptions() if s.display_name == "Contoso Production")
    group = next(
        g
        for g in demo_gateway.resource_groups(sub.subscription_id)
        if g.name == "AzureBackupRG_westeurope_1"
    )
    view = ContentsView(Workspace(demo_gateway, owns_gateway=False))
    assert not view.show_hidden
    view.set_group(group.id, group.name)
    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        shown(qtbot, view)
    assert loaded.args[0] > 0
    assert view.proxy.rowCount() == 0  # only restore point collections live here
    assert "hidden" in view.count.text()
    with qtbot.waitSignal(view.show_hidden_changed):
        view.hidden_toggle.click()
    assert view.proxy.rowCount() == loaded.args[0]
    assert all(r.hidden for r in rows(view))
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert settings.flag(settings.SHOW_HIDDEN)
    again = ContentsView(Workspace(demo_gateway, owns_gateway=False))
    qtbot.addWidget(again)
    assert again.show_hidden
    wait_idle()


def test_ordinary_group_lists_visible_resources(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    sub = next(s for s in demo_gateway.subscriptions() if s.display_name == "Contoso Production")
    group = next(
        g for g in demo_gateway.resource_groups(sub.subscription_id) if g.name == "rg-data-prod"
    )
    view = ContentsView(Workspace(demo_gateway, owns_gateway=False))
    view.set_group(group.id, group.name)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    types = {r.type.lower() for r in rows(view)}
    assert "microsoft.compute/virtualmachines" in types
    view.search.setText("disk")
    view.search.returnPressed.emit()
    assert rows(view) and all("disk" in (r.name + r.type).lower() for r in rows(view))
    wait_idle()


# VM health ------------------------------------------------------------------------------


def test_vm_health_shows_agent_extensions_and_disks(
    qtbot: QtBot, demo_gateway: Gateway, wait_idle
) -> None:
    vm = find_vm(demo_gateway, "vm-dw-01")
    view = HealthView(Workspace(demo_gateway, owns_gateway=False))
    view.set_vm(vm.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    assert view.title.text() == "vm-dw-01"
    assert view.facts["power"].text() != "—"
    assert view.facts["agent_version"].text()
    assert view.facts["heartbeat"].text()
    assert view.facts["os"].text()
    sizes = [view.disks.row(r).size_gb for r in range(view.disks.rowCount())]
    assert max(s or 0 for s in sizes) > 4095  # the oversize disk of this scenario
    snapshot_rows = [r for r in view.extensions.rows() if r.snapshot]
    assert snapshot_rows and view.extensions.rows()[0].snapshot  # VMSnapshot first…
    assert view.extensions.data(
        view.extensions.index(0, 0), Qt.ItemDataRole.FontRole
    ).bold()  # …and highlighted
    assert view.handlers.rowCount() > 0
    wait_idle()


def test_vm_health_of_a_stopped_vm(qtbot: QtBot, demo_gateway: Gateway, wait_idle) -> None:
    vm = find_vm(demo_gateway, "vm-erp-01")  # shut down from inside the guest
    view = HealthView(Workspace(demo_gateway, owns_gateway=False))
    view.set_vm(vm.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown(qtbot, view)
    assert view.vm is not None
    assert "running" not in view.vm.power_state.lower()
    wait_idle()


# Overview --------------------------------------------------------------------------------


def test_overview_lists_failing_vms_first(qtbot: QtBot, demo_gateway: Gateway, wait_idle) -> None:
    tenant = demo_gateway.tenants()[0]
    view = OverviewView(Workspace(demo_gateway, owns_gateway=False))
    view.set_scope("tenant", tenant.tenant_id, tenant.display_name)
    with qtbot.waitSignal(view.loaded, timeout=10_000) as loaded:
        shown(qtbot, view)
    items = rows(view)
    assert loaded.args[0] == len(items) >= 16
    statuses = [i.last_backup_status.lower() for i in items]
    first_ok = statuses.index("completed")
    assert all(s in {"failed", "completedwithwarnings"} for s in statuses[:first_ok])
    with qtbot.waitSignal(view.vm_requested) as requested:
        view.table.activated.emit(view.proxy.index(0, 0))
    assert norm_id(requested.args[0].vm_id) == norm_id(items[0].vm_id)
    wait_idle()
