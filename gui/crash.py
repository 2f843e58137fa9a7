"""The crash handler: an unhandled error is logged and shown with a copyable report."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from functools import cache
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
qt_log = logging.getLogger("gui.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user copies into a bug report: versions and the traceback."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        app_version = version("backup-doctor")
    except PackageNotFoundError:
        app_version = "?"
    lines = [
        f"Backup Doctor {app_version}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        *traceback.format_exception(kind, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class _Relay(QObject):
    """Brings an unhandled error from any thread to the GUI thread.

    Signals:
        raised(str, str): the error in one line, and the full report.
    """

    raised = Signal(str, str)


class CrashHandler:
    """Logs every unhandled error and shows one dialog at a time on the GUI thread."""

    def __init__(self, log_file: Path | None) -> None:
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.relay = _Relay()
        self.relay.raised.connect(self.show)

    def handle(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """sys.excepthook: log, then show (from any thread)."""
        log.error("Unhandled exception", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            return
        self.relay.raised.emit(f"{kind.__name__}: {exc}", report(kind, exc, tb))

    def show(self, headline: str, text: str) -> None:
        """The dialog: what happened, where the log is, the report to copy; the app goes on."""
        if self.box is not None and self.box.isVisible():
            return  # one at a time: the log has every one
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashBox")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Backup Doctor"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # an exception message is never markup
        box.setText(
            QCoreApplication.translate(
                "Crash", "Backup Doctor hit an unexpected error (a bug): {error}"
            ).format(error=headline)
        )
        where = (
            QCoreApplication.translate("Crash", "The details are in the log file {path}.").format(
                path=self.log_file
            )
            if self.log_file
            else QCoreApplication.translate("Crash", "The log file could not be written.")
        )
        still = QCoreApplication.translate(
            "Crash", "The app is still running: what it showed before stays correct."
        )
        copy_it = QCoreApplication.translate(
            "Crash", "Please copy the report below into your bug report."
        )
        box.setInformativeText(f"{still} {where} {copy_it}")
        box.setDetailedText(text)
        copy = box.addButton(
            QCoreApplication.translate("Crash", "&Copy report"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
        self.box = box
        box.open()


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's own warnings go to our log, not only to stderr."""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


@cache
def install(log_file: Path | None) -> CrashHandler:
    """Route unhandled errors (GUI and worker threads) and Qt's messages to the log and a dialog."""
    handler = CrashHandler(log_file)
    sys.excepthook = handler.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            handler.handle(args.exc_type, args.exc_value, args.exc_traceback)

    threading.excepthook = thread_hook
    qInstallMessageHandler(_qt_message)
    return handler
