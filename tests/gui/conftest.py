"""GUI test set-up: offscreen Qt, settings in a temporary folder, no stray background work."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from gui.ops import Op, pool

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from core.azure.gateway import Gateway

ROOT = Path(__file__).resolve().parents[2]
IDLE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def _collect_on_gui_thread(qapp: Any) -> Iterator[None]:
    """As the app does: the cyclic GC runs on the GUI thread only (see gui.collector).

    Without it a collection triggered by a worker thread can free a widget caught in a
    reference cycle there, and Qt crashes (seen once in CI as a segfault).
    """
    from gui.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    """Keep the developer's settings out: QSettings writes under tmp_path."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return


@pytest.fixture(autouse=True)
def _no_stray_work(qtbot: QtBot) -> Iterator[None]:
    """Fail a test that leaves background operations running (napari's dangling-pool check)."""
    yield
    leftover = Op.active()
    if leftover or pool().activeThreadCount():
        Op.cancel_all()
        pool().waitForDone(10_000)
        qtbot.waitUntil(lambda: not Op.active(), timeout=10_000)
        pytest.fail(f"test left background work running: {leftover}")


@pytest.fixture
def wait_idle(qtbot: QtBot) -> Callable[[], None]:
    """Wait (on signals, no sleeping) until no background operation runs."""

    def wait() -> None:
        qtbot.waitUntil(
            lambda: not Op.active() and not pool().activeThreadCount(), timeout=IDLE_TIMEOUT_MS
        )

    return wait


def _demo_snapshot(tmp_factory: pytest.TempPathFactory) -> tuple[Path, bool]:
    from core.session import demo_path

    path = demo_path()
    if path.exists():
        return path, True
    # Until resources/demo-tenant.json is committed, build it the way the tool does.
    out = tmp_factory.mktemp("demo") / "demo-tenant.json"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_demo_tenant.py"), "--output", str(out)],
        check=True,
        capture_output=True,
    )
    return out, False


@pytest.fixture(scope="session")
def demo_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo tenant snapshot file."""
    return _demo_snapshot(tmp_path_factory)[0]


@pytest.fixture(scope="session")
def demo_gateway(demo_snapshot: Path) -> Iterator[Gateway]:
    """One gateway on the demo tenant (real SDK, in-process emulator), shared by the tests."""
    from core.session import open_snapshot

    gateway = open_snapshot(demo_snapshot, label="Demo tenant")
    yield gateway
    gateway.close()


@pytest.fixture
def fresh_gateway(demo_snapshot: Path) -> Iterator[Gateway]:
    """A gateway of its own (empty cache, own activity log) for tests that count reads."""
    from core.session import open_snapshot

    gateway = open_snapshot(demo_snapshot, label="Demo tenant")
    yield gateway
    gateway.close()


def find_vm(gateway: Gateway, name: str) -> Any:
    """The demo VM called ``name``."""
    found = gateway.find_vms(name)
    assert len(found) == 1, name
    return found[0]


@pytest.fixture(autouse=True)
def _cache_in_tmp(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiled translations go to a temporary cache, not the developer's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))


def open_window(qtbot: QtBot, gateway: Gateway) -> Any:
    """A main window on ``gateway`` with its tree read down to the protected VMs."""
    from gui.mainwindow import MainWindow
    from gui.nodes import NodeKind
    from gui.workspace import Workspace

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_workspace(Workspace(gateway, owns_gateway=False))
    model = window.navigator.model
    qtbot.waitUntil(
        lambda: not model.busy and any(n.kind is NodeKind.PROTECTED_VM for n in model.nodes()),
        timeout=IDLE_TIMEOUT_MS,
    )
    return window


@pytest.fixture
def window(qtbot: QtBot, demo_gateway: Gateway, wait_idle: Callable[[], None]) -> Iterator[Any]:
    """The main window on the demo tenant, tree loaded; waits for idle at the end."""
    win = open_window(qtbot, demo_gateway)
    yield win
    wait_idle()
