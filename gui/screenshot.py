"""--screenshot: open the demo, select a VM, diagnose it, wait until idle, write a PNG, exit."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication

from gui import nodes
from gui.ops import Op, Task

if TYPE_CHECKING:
    from core.azure.gateway import Gateway
    from gui.app import Options
    from gui.mainwindow import MainWindow
    from gui.workspace import Workspace

SIZE = (1280, 800)
WATCHDOG_MS = 180_000
"""Give up (exit 2) if loading never settles."""


def _top(gateway: Gateway) -> list[str]:
    tenants = gateway.tenants()
    return [nodes.tenant_key(tenants[0].tenant_id if tenants else "")]


def vm_path(gateway: Gateway, vm_name: str) -> list[str]:
    """The tree keys down to a VM: under its vault when protected, else under its group.

    With no name, the first VM whose last backup failed (in tree order). Runs off the GUI thread.
    """
    from core.errors import InputError

    top = _top(gateway)
    for sub in gateway.subscriptions():
        for vault in gateway.vaults(sub.subscription_id):
            for item in gateway.protected_vms(vault.id):
                if vm_name:
                    wanted = item.friendly_name.lower() == vm_name.lower()
                else:
                    wanted = item.last_backup_status.lower() == "failed"
                if wanted:
                    return [
                        *nodes.vault_path(top, sub.subscription_id, vault.id),
                        nodes.item_key(item),
                    ]
    if vm_name:
        found = gateway.find_vms(vm_name)
        if found:
            vm = found[0]
            return nodes.group_vm_path(top, vm.subscription_id, vm.resource_group, vm.id)
        raise InputError(f"No VM named {vm_name!r} in this tenant.")
    raise InputError("No VM with a failed backup in this tenant; pass --vm NAME.")


def group_path(gateway: Gateway, name: str) -> list[str]:
    """The tree keys down to a resource group (case-insensitive name)."""
    from core.errors import InputError

    for sub in gateway.subscriptions():
        for group in gateway.resource_groups(sub.subscription_id):
            if group.name.lower() == name.lower():
                return nodes.group_path(_top(gateway), sub.subscription_id, group.name)
    raise InputError(f"No resource group named {name!r} in this tenant.")


def vault_path(gateway: Gateway, name: str) -> list[str]:
    """The tree keys down to a Recovery Services vault (case-insensitive name)."""
    from core.errors import InputError

    for sub in gateway.subscriptions():
        for vault in gateway.vaults(sub.subscription_id):
            if vault.name.lower() == name.lower():
                return nodes.vault_path(_top(gateway), sub.subscription_id, vault.id)
    raise InputError(f"No Recovery Services vault named {name!r} in this tenant.")


class ScreenshotDriver(QObject):
    """Drives the window through the loading steps by their signals, then saves the PNG.

    It selects a VM (``--vm``, default the first failing one) and waits for its diagnosis,
    or a resource group (``--group``) or a vault (``--vault``); ``--tab`` picks the view.
    """

    def __init__(self, window: MainWindow, options: Options) -> None:
        super().__init__(window)
        self.window = window
        self.options = options
        self._ready = False
        self._grabbing = False
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.setInterval(WATCHDOG_MS)
        self.watchdog.timeout.connect(self._on_watchdog_timeout)
        window.resize(*SIZE)
        if options.show_hidden:
            window.contents.set_show_hidden(True, remember=False)

    @property
    def wants_vm(self) -> bool:
        """True when the screenshot shows a VM (and so waits for its diagnosis)."""
        return not (self.options.group or self.options.vault)

    @Slot()
    def start(self) -> None:
        """Open the data source (call after the first paint)."""
        self.watchdog.start()
        self.window.workspace_opened.connect(self._on_window_workspace_opened)
        if self.options.snapshot:
            self.window.open_snapshot(self.options.snapshot)
        else:
            self.window.open_demo()
        op = self.window.open_op
        if op is not None:
            op.on_failure(lambda exc: self._fail(f"could not open the data source: {exc}"))

    @Slot(object)
    def _on_window_workspace_opened(self, workspace: Workspace) -> None:
        gateway = workspace.gateway
        options = self.options

        def find(task: Task) -> list[str]:
            if options.group:
                return group_path(gateway, options.group)
            if options.vault:
                return vault_path(gateway, options.vault)
            return vm_path(gateway, options.vm)

        navigator = self.window.navigator
        navigator.reveal_finished.connect(self._on_reveal_finished)
        navigator.reveal_failed.connect(
            lambda key: self._fail(f"could not reach {key} in the tree")
        )
        self.window.diagnosis.finished.connect(self._on_diagnosis_finished)
        self.window.diagnosis.failed.connect(lambda exc: self._fail(f"diagnosis failed: {exc}"))
        Op(find, parent=self, label="screenshot:find").on_success(navigator.reveal).on_failure(
            lambda exc: self._fail(str(getattr(exc, "message", exc)))
        ).start()

    @Slot(str)
    def _on_reveal_finished(self, key: str) -> None:
        if not self.wants_vm:
            self._show()
        elif self.window.diagnosis.diagnosis is not None:
            self._on_diagnosis_finished(self.window.diagnosis.diagnosis)

    @Slot(object)
    def _on_diagnosis_finished(self, diagnosis: object) -> None:
        if self.wants_vm:
            self._show()

    def _show(self) -> None:
        if self._ready:
            return
        self._ready = True
        if self.options.tab and not self.window.show_tab(self.options.tab):
            self._fail(f"this page has no {self.options.tab!r} view")
            return
        self._when_idle()

    def _when_idle(self) -> None:
        if Op.active():
            Op.tracker().busy_changed.connect(self._on_busy_changed)
            return
        if self.window.navigator.model.settling:  # a node load is queued for the next turn
            QTimer.singleShot(0, self._when_idle)
            return
        QTimer.singleShot(0, self._grab)

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        if not busy:
            Op.tracker().busy_changed.disconnect(self._on_busy_changed)
            self._when_idle()

    def _grab(self) -> None:
        if self._grabbing:
            return
        if Op.active() or self.window.navigator.model.settling:  # started meanwhile
            self._when_idle()
            return
        self._grabbing = True
        self.window.activity.flush()
        QApplication.processEvents()
        pixmap = self.window.grab()
        if not pixmap.save(self.options.screenshot, "PNG", 0):  # 0: smallest lossless file
            self._fail(f"could not write {self.options.screenshot}")
            return
        self.watchdog.stop()
        QApplication.exit(0)

    def _fail(self, message: str) -> None:
        print(f"backup-doctor: screenshot: {message}", file=sys.stderr)
        self.watchdog.stop()
        QApplication.exit(1)

    @Slot()
    def _on_watchdog_timeout(self) -> None:
        print("backup-doctor: screenshot: loading did not settle in time", file=sys.stderr)
        QApplication.exit(2)
