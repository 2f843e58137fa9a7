"""The estate tree: lazy loading, busy and error states, search."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from gui.nodes import LoadState, NodeKind
from gui.treemodel import NavigatorModel
from gui.workspace import Workspace

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


pytestmark = pytest.mark.gui


def test_model_loads_lazily_and_passes_modeltester(
    qtbot: QtBot, qtmodeltester, demo_gateway, wait_idle
) -> None:
    workspace = Workspace(demo_gateway, owns_gateway=False)
    model = NavigatorModel(workspace)
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.node_loaded):
        model.load(model.root)
    tenants = model.root.children
    assert [t.kind for t in tenants] == [NodeKind.TENANT]
    with qtbot.waitSignal(model.node_loaded):
        model.load(tenants[0])
    subs = [n.item.display_name for n in tenants[0].children]
    assert subs == ["Contoso Dev/Test", "Contoso Production"]
    model.load_all()
    qtbot.waitUntil(lambda: not model.busy, timeout=20_000)
    wait_idle()
    kinds = {n.kind for n in model.nodes()}
    assert {NodeKind.VAULT, NodeKind.PROTECTED_VM, NodeKind.RESOURCE_GROUP, NodeKind.VM} <= kinds
    assert all(n.state is not LoadState.LOADING for n in model.nodes())
    qtmodeltester.check(model, force_py=True)


def test_search_filters_the_tree_and_loads_what_it_needs(qtbot: QtBot, window, wait_idle) -> None:
    from gui.treemodel import NodeRole

    panel = window.navigator
    qtbot.keyClicks(panel.search, "vm-fin")
    panel.search.returnPressed.emit()
    model = panel.model
    qtbot.waitUntil(lambda: not model.busy, timeout=20_000)
    wait_idle()
    visible: list[str] = []

    def walk(parent) -> None:
        for row in range(panel.proxy.rowCount(parent)):
            index = panel.proxy.index(row, 0, parent)
            node = index.data(NodeRole)
            visible.append(f"{node.kind}:{model.label(node)}")
            walk(index)

    walk(panel.tree.rootIndex())
    leaves = [v for v in visible if v.startswith(("protected-vm:", "vm:"))]
    assert leaves and all("vm-fin" in v for v in leaves)
    # the VM shows under its vault and under its resource group (loaded for the search)
    assert "protected-vm:vm-fin-01" in visible and "vm:vm-fin-01" in visible
    panel.search.clear()
    panel.search.returnPressed.emit()
    assert panel.proxy.rowCount() == model.rowCount()


def test_a_node_that_fails_shows_its_error_in_place(qtbot: QtBot, demo_snapshot, wait_idle) -> None:
    from core.emulator.snapshot import load_snapshot
    from core.emulator.wire import arm_error
    from core.session import gateway_for

    denied = {"on": True}

    def fault(request):
        if denied["on"] and "rsv-prod-weu/backupprotecteditems" in request.path.lower():
            return arm_error(403, "AuthorizationFailed", "The client does not have authorization.")
        return None

    gateway = gateway_for(load_snapshot(demo_snapshot), fault=fault, label="Faulty")
    try:
        window = MainWindowAt(qtbot, gateway)
        model = window.navigator.model
        qtbot.waitUntil(
            lambda: any(n.kind is NodeKind.ERROR for n in model.nodes()) and not model.busy,
            timeout=20_000,
        )
        error = next(n for n in model.nodes() if n.kind is NodeKind.ERROR)
        assert error.parent.item.name == "rsv-prod-weu"
        assert error.parent.state is LoadState.FAILED
        assert "permission" in model.label(error).lower()
        # the rest of the tree works: the other vault's VMs are there
        other = [n for n in model.nodes() if n.kind is NodeKind.PROTECTED_VM]
        assert {n.item.friendly_name for n in other} == {"vm-dev-01", "vm-test-02", "vm-legacy-01"}
        # selecting the error explains it, with Retry
        assert window.navigator.select_key(error.key)
        assert window.detail.body.currentWidget() is window.detail.error
        assert "rsv-prod-weu" in window.detail.title.text()
        denied["on"] = False
        with qtbot.waitSignal(model.node_loaded, timeout=20_000):
            window.detail.error.retry.click()
        assert error.parent.state is LoadState.LOADED
        assert len([n for n in model.nodes() if n.kind is NodeKind.PROTECTED_VM]) > 2
        wait_idle()
    finally:
        gateway.close()


def MainWindowAt(qtbot: QtBot, gateway):
    from gui.mainwindow import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_workspace(Workspace(gateway, owns_gateway=False))
    return window


def test_reveal_opens_the_path_to_a_vm(qtbot: QtBot, window, wait_idle) -> None:
    from tests.gui.conftest import find_vm

    vm = find_vm(window.workspace.gateway, "vm-jump-01")  # not protected: only under its group
    with qtbot.waitSignal(window.navigator.reveal_finished, timeout=20_000):
        window.open_vm(vm.id)
    node = window.navigator.current_node()
    assert node is not None and node.kind is NodeKind.VM and node.item.vm.name == "vm-jump-01"
    assert node.item.item is None  # shown as unprotected
    qtbot.waitUntil(lambda: window.diagnosis.diagnosis is not None, timeout=20_000)
    wait_idle()
