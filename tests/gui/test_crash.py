"""The crash handler: an unhandled error is logged and shown once, with a report to copy."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.logs import log_path, setup_logging
from gui.crash import CrashHandler

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def _boom_in_a_thread(handler: CrashHandler) -> None:
    def work() -> None:
        try:
            raise RuntimeError("worker blew up: Bearer eyJhbGciOiJIUzI1NiJ9.secret.part")
        except RuntimeError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


@pytest.mark.expect_log_warnings
def test_an_error_in_a_worker_thread_shows_one_dialog_with_a_copyable_report(
    qtbot: QtBot,
) -> None:
    log_file: Path | None = setup_logging()
    handler = CrashHandler(log_file)
    _boom_in_a_thread(handler)
    qtbot.waitUntil(lambda: handler.box is not None and handler.box.isVisible())
    box = handler.box
    assert isinstance(box, QMessageBox)
    assert "worker blew up" in box.text()
    assert str(log_file) in box.informativeText()
    assert "Traceback" in box.detailedText()
    copy = next(b for b in box.buttons() if "Copy" in b.text())
    copy.click()
    assert "RuntimeError" in QApplication.clipboard().text()
    _boom_in_a_thread(handler)  # while the box is open: logged, no second box
    qtbot.wait(50)
    assert (
        len(
            [
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "crashBox" and w.isVisible()
            ]
        )
        == 1
    )
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_path().read_text(encoding="utf-8")
    assert text.count("worker blew up") >= 2
    assert "eyJhbGciOiJIUzI1NiJ9" not in text and "Bearer ***" in text  # the log holds no token
    box.close()
