"""Run Python's cyclic garbage collector on the GUI thread only, on a timer.

Left to itself the collector runs in whichever thread happens to allocate, often a worker
reading from Azure. If it then frees a Qt object caught in a reference cycle (a widget and a
lambda connected to its signal), the C++ destructor runs on that worker thread and Qt
crashes. So automatic collection is off and a timer on the GUI thread collects instead,
generation by generation, with the same thresholds Python would use (the approach Anki and
Calibre take).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

THRESHOLDS = (5_000, 20, 100)
"""Young collections stay short (a few thousand objects); full ones become rare.

A full collection walks every tracked object holding the GIL, which the GUI thread then
waits for (40-80 ms measured during a diagnosis with Python's default (700, 10, 10)); the
long-lived SDK and snapshot objects are frozen out of its reach (``gc.freeze``) anyway.
"""


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects on the GUI thread every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.collect_due()

    def collect_due(self) -> None:
        """Collect each generation whose allocation count passed its threshold."""
        young, middle, old = gc.get_count()
        if young > THRESHOLDS[0]:
            generation = 0
            if middle > THRESHOLDS[1]:
                generation = 2 if old > THRESHOLDS[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        """Stop collecting here and give collection back to Python."""
        self.timer.stop()
        gc.enable()
