"""The start screen: open the demo tenant, a snapshot file, or sign in to Azure."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import icons, settings
from gui.widgets import BusyPanel, ErrorPanel, heading, muted


class StartPage(QWidget):
    """Three ways in, a busy state while the source opens, and its error in place.

    Signals:
        demo_requested(): open the built-in demo tenant.
        snapshot_requested(str): open this snapshot file.
        azure_requested(str): sign in to Azure (the tenant id, '' for the default).
    """

    demo_requested = Signal()
    snapshot_requested = Signal(str)
    azure_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        title_row = QHBoxLayout()
        logo = QLabel(card)
        logo.setPixmap(icons.pixmap("app", 48, self.devicePixelRatioF()))
        title_row.addWidget(logo)
        titles = QVBoxLayout()
        titles.addWidget(heading(self.tr("Backup Doctor for Azure"), 6, card))
        tagline = muted(
            QLabel(
                self.tr(
                    "Find out why a VM backup fails: the documented causes, checked one by one."
                ),
                card,
            )
        )
        tagline.setWordWrap(True)
        titles.addWidget(tagline)
        title_row.addLayout(titles, 1)
        inner.addLayout(title_row)
        inner.addSpacing(8)
        self._build_choices(card, inner)
        self.busy = BusyPanel(card)
        self.busy.hide()
        inner.addWidget(self.busy)
        self.error = ErrorPanel(card)
        self.error.retry.hide()
        self.error.hide()
        inner.addWidget(self.error)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.demo.clicked.connect(self.demo_requested)
        self.snapshot.clicked.connect(self.choose_snapshot)
        self.azure.clicked.connect(self._on_azure_clicked)
        self.tenant.returnPressed.connect(self._on_azure_clicked)

    def _build_choices(self, card: QFrame, inner: QVBoxLayout) -> None:
        self.demo = QCommandLinkButton(
            self.tr("&Demo tenant"),
            self.tr(
                "Explore Contoso, a built-in snapshot with a dozen failing backups. Nothing leaves this computer."
            ),
            card,
        )
        self.demo.setObjectName("openDemo")
        self.demo.setIcon(icons.icon("tenant"))
        self.snapshot = QCommandLinkButton(
            self.tr("Open &snapshot…"),
            self.tr("A snapshot file captured from a tenant, read offline."),
            card,
        )
        self.snapshot.setObjectName("openSnapshot")
        self.snapshot.setIcon(icons.icon("file"))
        self.azure = QCommandLinkButton(
            self.tr("&Azure"),
            self.tr(
                "Sign in with the Azure CLI, Visual Studio Code or environment variables (read-only)."
            ),
            card,
        )
        self.azure.setObjectName("openAzure")
        self.azure.setIcon(icons.icon("cloud"))
        self.tenant = QLineEdit(card)
        self.tenant.setObjectName("tenantId")
        self.tenant.setPlaceholderText(self.tr("Tenant ID or domain (optional)"))
        self.tenant.setText(str(settings.value(settings.TENANT_ID, "") or ""))
        tenant_form = QFormLayout()
        tenant_form.setContentsMargins(42, 0, 0, 0)
        tenant_label = QLabel(self.tr("&Tenant:"), card)
        tenant_label.setBuddy(self.tenant)
        tenant_form.addRow(tenant_label, self.tenant)
        for button in (self.demo, self.snapshot, self.azure):
            inner.addWidget(button)
        inner.addLayout(tenant_form)

    def set_busy(self, text: str) -> None:
        """Show that a source is being opened (buttons disabled)."""
        self.error.hide()
        self.busy.label.setText(text)
        self.busy.show()
        for button in (self.demo, self.snapshot, self.azure):
            button.setEnabled(False)

    def set_idle(self) -> None:
        """Back to choosing."""
        self.busy.hide()
        for button in (self.demo, self.snapshot, self.azure):
            button.setEnabled(True)
        self.demo.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: BaseException, action: str) -> None:
        """Show why opening failed, under the buttons."""
        self.set_idle()
        self.error.show_error(exc, action, can_retry=False)
        self.error.show()

    @Slot()
    def choose_snapshot(self) -> None:
        """Ask for a snapshot file (the button, Ctrl+O); emits ``snapshot_requested``."""
        start = str(settings.value(settings.LAST_SNAPSHOT_DIR, "") or "")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open snapshot"), start, self.tr("Snapshots (*.json);;All files (*)")
        )
        if path:
            from pathlib import Path

            settings.set_value(settings.LAST_SNAPSHOT_DIR, str(Path(path).parent))
            self.snapshot_requested.emit(path)

    @Slot()
    def _on_azure_clicked(self) -> None:
        tenant = self.tenant.text().strip()
        settings.set_value(settings.TENANT_ID, tenant)
        self.azure_requested.emit(tenant)
