"""The cyclic garbage collector runs on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading
from typing import TYPE_CHECKING

import pytest

from gui.collector import THRESHOLDS, GuiThreadCollector

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def test_collections_happen_only_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    collector = GuiThreadCollector(interval_ms=10)
    gc.callbacks.append(record)
    try:
        assert not gc.isenabled()

        kept: list[list[int]] = []

        def churn() -> None:  # a worker allocating many container objects (kept alive)
            kept.extend([i] for i in range(THRESHOLDS[0] * 3))

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(threads), timeout=5_000)
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(record)
        collector.timer.stop()
