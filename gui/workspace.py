"""The open data source (a core gateway) and what every view shares about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from gui.ops import Op, Task

if TYPE_CHECKING:
    from core.azure.gateway import Gateway

PORTAL = "https://portal.azure.com/"


def portal_url(tenant: str, resource_id: str) -> str:
    """The tenant-aware Azure portal deep link of a resource."""
    tenant_part = f"@{tenant}" if tenant else ""
    return f"{PORTAL}#{tenant_part}/resource{resource_id}"


class Workspace(QObject):
    """Holds the gateway the views read through, and the tenant for portal links.

    Signals:
        refreshed(): the gateway forgot its cached reads; views should read again.
        tenant_changed(str): the tenant id used in portal links is known.
    """

    refreshed = Signal()
    tenant_changed = Signal(str)

    def __init__(
        self, gateway: Gateway, *, owns_gateway: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.owns_gateway = owns_gateway
        self.tenant_id = ""

    @property
    def label(self) -> str:
        """What the data comes from: 'Demo tenant', a snapshot file name or 'Azure'."""
        return self.gateway.label

    def set_tenant(self, tenant_id: str) -> None:
        """Remember the tenant id for portal links."""
        if tenant_id != self.tenant_id:
            self.tenant_id = tenant_id
            self.tenant_changed.emit(tenant_id)

    def portal_url(self, resource_id: str) -> str:
        """The portal deep link of a resource in this tenant."""
        return portal_url(self.tenant_id, resource_id)

    def refresh(self) -> Op[None]:
        """Forget cached reads off the GUI thread, then tell the views to read again."""

        def forget(task: Task) -> None:
            self.gateway.refresh()

        return (
            Op(forget, parent=self, label="refresh")
            .on_success(lambda _: self.refreshed.emit())
            .start()
        )

    def close(self) -> None:
        """Stop the gateway's threads when this workspace owns it."""
        if self.owns_gateway:
            self.gateway.close()
