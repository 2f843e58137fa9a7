"""The detail views' contract, their registry, and which scope shows which views (a table)."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol

from gui.contents import ContentsView
from gui.diagnosis import DiagnosisView
from gui.jobs import JobsView
from gui.locks import LocksView
from gui.overview import OverviewView
from gui.restorepoints import RestorePointsView
from gui.scope import ScopeKind
from gui.vmhealth import HealthView

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from gui.scope import Scope
    from gui.workspace import Workspace


class View(Protocol):
    """A detail view: one tab of the detail area, built the first time a scope needs it.

    Views read their data in the background when shown (``gui.lazyview.LazyLoading``), never
    on the GUI thread, and only while a workspace is set.
    """

    name: ClassVar[str]
    """The stable key: ``--tab`` takes it, the remembered tab of a scope kind is stored by it."""
    workspace: Workspace | None

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        """Build the view (empty until ``show_scope``)."""

    def tab_title(self) -> str:
        """The tab's title (translated)."""
        ...

    def tab_icon(self) -> QIcon:
        """The tab's icon."""
        ...

    def show_scope(self, scope: Scope) -> None:
        """Show ``scope`` (read when shown; nothing is read again for the scope already shown)."""

    def refresh(self) -> None:
        """The source was read again: show fresh data now if visible, else when next shown."""

    def forget(self) -> None:
        """The source closed: drop what is under way; read again when next shown."""


VIEWS_BY_SCOPE: dict[ScopeKind, tuple[str, ...]] = {
    ScopeKind.TENANT: ("overview",),
    ScopeKind.SUBSCRIPTION: ("overview", "restore-points", "locks"),
    ScopeKind.VAULT: ("jobs", "overview", "locks"),
    ScopeKind.RESOURCE_GROUP: ("contents", "restore-points", "locks"),
    ScopeKind.VM: ("diagnosis", "health", "jobs", "restore-points", "locks"),
}
"""The tabs of each scope kind, in order; the first one opens unless another was chosen."""


_CLASSES: tuple[type[View], ...] = (
    DiagnosisView,
    HealthView,
    JobsView,
    RestorePointsView,
    LocksView,
    ContentsView,
    OverviewView,
)
VIEWS: dict[str, type[View]] = {cls.name: cls for cls in _CLASSES}
"""Every view by name: the registry (``--tab`` offers these names, in this order)."""
