"""Human error messages: what failed, on which resource, what to do; details one click away."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("gui.errors")


@dataclass(frozen=True)
class ErrorInfo:
    """An error ready to show: a headline, the resource, the advice and technical details."""

    headline: str
    resource: str
    advice: str
    detail: str


def _resource_label(target: str) -> str:
    if not target:
        return ""
    from core.ids import parse_id

    try:
        rid = parse_id(target)
    except ValueError:
        return target
    kind = rid.type.rsplit("/", 1)[-1] if rid.type else ""
    return f"{rid.name} ({kind})" if kind else rid.name


def describe(exc: BaseException, action: str = "") -> ErrorInfo:
    """Turn an exception into what the user reads; ``action`` says what was being done."""
    from core.errors import AzureError, BackupDoctorError

    headline = action or QCoreApplication.translate("Errors", "Something went wrong")
    if isinstance(exc, BackupDoctorError):
        target = exc.target if isinstance(exc, AzureError) else ""
        detail = exc.detail
        if target:
            detail = (
                f"{detail}\n{QCoreApplication.translate('Errors', 'Resource')}: {target}".strip()
            )
        return ErrorInfo(
            headline,
            _resource_label(target),
            QCoreApplication.translate("CoreErrors", exc.message),
            detail,
        )
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).strip()
    return ErrorInfo(
        headline,
        "",
        QCoreApplication.translate(
            "Errors",
            "This is a bug in Backup Doctor. Copy the details and report it; the rest of the "
            "app keeps working.",
        ),
        detail,
    )


def message_text(info: ErrorInfo) -> str:
    """The plain text of an error, for tooltips and the clipboard."""
    lines = [info.headline]
    if info.resource:
        lines.append(
            QCoreApplication.translate("Errors", "On: {resource}").format(resource=info.resource)
        )
    lines.append(info.advice)
    return "\n".join(lines)


def show_error(
    exc: BaseException, *, parent: QObject | None = None, action: str = ""
) -> QMessageBox:
    """Show an error in a window-modal box that does not block the event loop."""
    info = describe(exc, action)
    widget = parent if isinstance(parent, QWidget) else QApplication.activeWindow()
    box = QMessageBox(widget)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Backup Doctor"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the advice and resource may quote Azure
    box.setText(info.headline)
    informative = info.advice
    if info.resource:
        informative = (
            QCoreApplication.translate("Errors", "On: {resource}").format(resource=info.resource)
            + "\n\n"
            + informative
        )
    box.setInformativeText(informative)
    if info.detail:
        box.setDetailedText(info.detail)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setObjectName("errorBox")
    box.open()
    log.warning("%s: %s", info.headline, exc)
    return box
