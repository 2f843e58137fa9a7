"""Run core calls off the GUI thread; deliver results, errors and progress back on it."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

log = logging.getLogger("gui.ops")

T = TypeVar("T")

MAX_THREADS = 16
"""Core calls wait on the network, not the CPU: run many at once."""


@cache
def pool() -> QThreadPool:
    """The thread pool every background operation runs on (not Qt's global one)."""
    threads = QThreadPool()
    threads.setObjectName("backup-doctor-ops")
    threads.setMaxThreadCount(MAX_THREADS)
    return threads


class Task:
    """What a background function receives: a cancellation flag and a progress reporter.

    The function runs on a worker thread: it may call core, never widgets.
    """

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def cancelled(self) -> bool:
        """True once the operation was cancelled; long functions should stop then."""
        return self._cancel.is_set()

    def report(self, value: object) -> None:
        """Send a progress value to the GUI thread (delivered in order, before the result)."""
        if not self._cancel.is_set():
            self._relay.progressed.emit(value)


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread.

    Signals:
        progressed(object): a value passed to ``Task.report``.
        succeeded(object): the function's return value.
        failed(object): the exception the function raised.
        finished(): always last, after success, failure or cancellation.
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self._op = op
        queued = Qt.ConnectionType.QueuedConnection
        self.progressed.connect(self._on_self_progressed, queued)
        self.succeeded.connect(self._on_self_succeeded, queued)
        self.failed.connect(self._on_self_failed, queued)
        self.finished.connect(self._on_self_finished, queued)

    @Slot(object)
    def _on_self_progressed(self, value: object) -> None:
        self._op._deliver_progress(value)

    @Slot(object)
    def _on_self_succeeded(self, value: object) -> None:
        self._op._deliver_success(value)

    @Slot(object)
    def _on_self_failed(self, exc: object) -> None:
        self._op._deliver_failure(exc)

    @Slot()
    def _on_self_finished(self) -> None:
        self._op._deliver_finished()


class _Runnable(QRunnable):
    """Calls the function on a pool thread and reports through the relay."""

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op

    def run(self) -> None:
        op = self._op
        relay = op._relay
        try:
            if not op.task.cancelled():
                result = op._fn(op.task)
                relay.succeeded.emit(result)
        except BaseException as exc:  # every error reaches the GUI thread, none is lost
            relay.failed.emit(exc)
        finally:
            relay.finished.emit()


class OpTracker(QObject):
    """Counts running operations for busy indicators and for waiting in tests.

    Signals:
        busy_changed(bool): True when the first operation starts, False when the last ends.
        count_changed(int): how many operations are running now.
    """

    busy_changed = Signal(bool)
    count_changed = Signal(int)


class Op(Generic[T]):
    """One background operation, in Anki's ``QueryOp`` style.

    ``Op(fn, parent=widget).on_success(cb).on_failure(cb).start()`` runs ``fn(task)`` on the
    ops pool. Callbacks run on the GUI thread, and only while ``parent`` still exists; a
    cancelled operation calls none of them except ``on_done``. Without a failure callback,
    errors go to ``gui.errors.show_error``. Running operations are kept referenced until
    they finish.
    """

    _running: ClassVar[set[Op[Any]]] = set()
    _tracker: ClassVar[OpTracker | None] = None

    def __init__(
        self, fn: Callable[[Task], T], *, parent: QObject | None = None, label: str = ""
    ) -> None:
        self._fn = fn
        self._parent = parent
        self.label = label or getattr(fn, "__name__", "operation")
        self._relay = _Relay(self)
        self.task = Task(self._relay)
        self._success: list[Callable[[T], None]] = []
        self._failure: list[Callable[[BaseException], None]] = []
        self._progress: list[Callable[[Any], None]] = []
        self._done: list[Callable[[], None]] = []
        self._started = False
        self._finished = False

    def __repr__(self) -> str:
        return f"<Op {self.label!r} running={self.running}>"

    # Building ----------------------------------------------------------------------------

    def on_success(self, callback: Callable[[T], None]) -> Op[T]:
        """Call ``callback(result)`` on the GUI thread when ``fn`` returns."""
        self._success.append(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Call ``callback(exc)`` on the GUI thread when ``fn`` raises."""
        self._failure.append(callback)
        return self

    def on_progress(self, callback: Callable[[Any], None]) -> Op[T]:
        """Call ``callback(value)`` on the GUI thread for each ``task.report(value)``."""
        self._progress.append(callback)
        return self

    def on_done(self, callback: Callable[[], None]) -> Op[T]:
        """Call ``callback()`` last, whatever the outcome (also after a cancel)."""
        self._done.append(callback)
        return self

    # Running ----------------------------------------------------------------------------

    def start(self) -> Op[T]:
        """Queue the operation on the ops pool."""
        if self._started:
            raise RuntimeError(f"{self!r} was already started")
        self._started = True
        Op._running.add(self)
        if len(Op._running) == 1:
            Op.tracker().busy_changed.emit(True)
        Op.tracker().count_changed.emit(len(Op._running))
        pool().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the function to stop and drop its result; ``on_done`` still runs."""
        self.task._cancel.set()

    @property
    def running(self) -> bool:
        """True from ``start()`` until the GUI thread has handled the end."""
        return self._started and not self._finished

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called."""
        return self.task.cancelled()

    # Delivery (GUI thread) ----------------------------------------------------------------

    def _alive(self) -> bool:
        if self.task.cancelled():
            return False
        return self._parent is None or Shiboken.isValid(self._parent)

    def _deliver_progress(self, value: object) -> None:
        if self._alive():
            for callback in self._progress:
                callback(value)

    def _deliver_success(self, value: Any) -> None:
        if self._alive():
            for callback in self._success:
                callback(value)

    def _deliver_failure(self, exc: object) -> None:
        if not self._alive():
            return
        assert isinstance(exc, BaseException)
        if self._failure:
            for callback in self._failure:
                callback(exc)
            return
        from gui.errors import show_error

        show_error(exc, parent=self._parent)

    def _deliver_finished(self) -> None:
        self._finished = True
        try:
            if self._parent is None or Shiboken.isValid(self._parent):
                for callback in self._done:
                    callback()
        finally:
            Op._running.discard(self)
            tracker = Op.tracker()
            tracker.count_changed.emit(len(Op._running))
            if not Op._running:
                tracker.busy_changed.emit(False)
            self._relay.deleteLater()

    # All operations ---------------------------------------------------------------------

    @classmethod
    def tracker(cls) -> OpTracker:
        """The object that signals when operations start and end."""
        if cls._tracker is None:
            cls._tracker = OpTracker()
        return cls._tracker

    @classmethod
    def active(cls) -> list[Op[Any]]:
        """The operations started and not yet finished."""
        return sorted(cls._running, key=lambda op: op.label)

    @classmethod
    def cancel_all(cls) -> None:
        """Cancel every running operation (closing the window, signing out)."""
        for op in list(cls._running):
            op.cancel()

    @classmethod
    def wait_all(cls, msecs: int = 5000) -> bool:
        """Block until the pool's threads are done (shutdown only); True if they were."""
        return pool().waitForDone(msecs)
