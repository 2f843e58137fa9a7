"""The background-operation helper: results, errors, progress, cancellation, lifetime."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.errors import PermissionDeniedError
from gui.ops import Op, Task

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


pytestmark = pytest.mark.gui


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, wait_idle) -> None:
    seen: dict[str, object] = {}

    def work(task: Task) -> int:
        seen["worker"] = QThread.currentThread()
        return 42

    op = Op(work, label="answer").on_success(
        lambda value: seen.update(value=value, thread=QThread.currentThread())
    )
    with qtbot.waitSignal(Op.tracker().busy_changed, check_params_cb=lambda busy: not busy):
        op.start()
    assert seen["value"] == 42
    assert seen["thread"] is QApplication.instance().thread()
    assert seen["worker"] is not QApplication.instance().thread()
    assert not op.running
    wait_idle()


def test_progress_is_delivered_in_order_before_the_result(qtbot: QtBot, wait_idle) -> None:
    events: list[object] = []

    def work(task: Task) -> str:
        for i in range(5):
            task.report(i)
        return "done"

    done = threading.Event()
    op = Op(work).on_progress(events.append).on_success(events.append).on_done(done.set)
    op.start()
    qtbot.waitUntil(done.is_set)
    assert events == [0, 1, 2, 3, 4, "done"]
    wait_idle()


def test_errors_reach_the_failure_callback(qtbot: QtBot, wait_idle) -> None:
    errors: list[BaseException] = []

    def work(task: Task) -> None:
        raise PermissionDeniedError(
            "You do not have permission to read this.", "HTTP 403", target="/x"
        )

    Op(work).on_failure(errors.append).start()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], PermissionDeniedError)
    wait_idle()


@pytest.mark.expect_log_warnings
def test_unhandled_errors_open_an_error_box(qtbot: QtBot, wait_idle) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(task: Task) -> None:
        raise PermissionDeniedError(
            "You do not have permission to read this.", "HTTP 403 AuthorizationFailed"
        )

    Op(work, parent=parent).start()
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "errorBox") is not None)
    box = parent.findChild(QMessageBox, "errorBox")
    assert "permission" in box.informativeText()
    assert "HTTP 403" in box.detailedText()
    box.close()
    wait_idle()


def test_cancel_drops_the_result_but_still_finishes(qtbot: QtBot, wait_idle) -> None:
    release = threading.Event()
    results: list[object] = []
    finished: list[bool] = []

    def work(task: Task) -> str:
        release.wait(5)
        return "late"

    op = Op(work).on_success(results.append).on_done(lambda: finished.append(True)).start()
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(finished))
    assert results == []
    assert op.cancelled
    wait_idle()


def test_callbacks_are_skipped_once_the_parent_is_gone(qtbot: QtBot, wait_idle) -> None:
    release = threading.Event()
    results: list[object] = []
    parent = QObject()
    op = Op(lambda task: release.wait(5), parent=parent).on_success(results.append).start()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    qtbot.waitUntil(lambda: not op.running)
    assert results == []
    wait_idle()


def _alive(obj: QObject) -> bool:
    from shiboken6 import Shiboken

    return Shiboken.isValid(obj)


def test_started_twice_is_an_error(qtbot: QtBot, wait_idle) -> None:
    op = Op(lambda task: None).start()
    with pytest.raises(RuntimeError):
        op.start()
    wait_idle()
