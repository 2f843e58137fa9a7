"""The main window: start screen, tree to views, shortcuts, menus, memory, theme and language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from core.ids import norm_id
from gui import richtext, settings
from gui.mainwindow import MainWindow
from gui.nodes import NodeKind
from gui.resourcemenu import resource_menu
from gui.workspace import portal_url
from tests.gui.conftest import ROOT, find_vm

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


pytestmark = pytest.mark.gui


def tab_names(window: MainWindow) -> list[str]:
    tabs = window.detail.tabs
    return [
        next(n for n, v in window.views.items() if v is tabs.widget(i)) for i in range(tabs.count())
    ]


def select(qtbot: QtBot, window: MainWindow, predicate) -> object:
    node = next(n for n in window.navigator.model.nodes() if predicate(n))
    assert window.navigator.select_key(node.key)
    return node


def test_start_screen_opens_the_demo_tenant(qtbot: QtBot, wait_idle) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.start
    assert not window.commands.refresh.isEnabled()
    with qtbot.waitSignal(window.workspace_opened, timeout=20_000):
        window.start.demo.click()
    assert window.pages.currentWidget() is window.splitter
    assert window.workspace is not None and window.workspace.label == "Demo tenant"
    qtbot.waitUntil(
        lambda: any(n.kind is NodeKind.PROTECTED_VM for n in window.navigator.model.nodes()),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: window.workspace.tenant_id != "", timeout=5_000)
    wait_idle()
    gateway = window.workspace.gateway
    with qtbot.waitSignal(window.workspace_closed):
        window.commands.close.trigger()
    assert window.pages.currentWidget() is window.start
    assert gateway.pool._shutdown  # the window owned it and closed it


def test_a_failing_snapshot_shows_its_error_on_the_start_screen(
    qtbot: QtBot, tmp_path: Path, wait_idle
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    window.open_snapshot(str(bad))
    qtbot.waitUntil(window.start.error.isVisible, timeout=20_000)
    assert "broken.json" in window.start.error.headline.text()
    assert window.start.demo.isEnabled()
    wait_idle()


def test_clicking_a_failing_vm_diagnoses_it(qtbot: QtBot, window: MainWindow) -> None:
    model = window.navigator.model
    node = next(
        n
        for n in model.nodes()
        if n.kind is NodeKind.PROTECTED_VM and n.item.friendly_name == "vm-sql-01"
    )
    index = window.navigator.proxy.mapFromSource(model.index_for(node.key))
    rect = window.navigator.tree.visualRect(index)
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        qtbot.mouseClick(
            window.navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert tab_names(window) == ["diagnosis", "health", "jobs", "restore-points", "locks"]
    assert window.current_tab() == "diagnosis"
    assert window.detail.title.text() == "vm-sql-01"
    assert window.diagnosis.steps[0].status == "failed"


def test_each_node_kind_gets_its_views(qtbot: QtBot, window: MainWindow) -> None:
    select(qtbot, window, lambda n: n.kind is NodeKind.TENANT)
    assert tab_names(window) == ["overview"]
    select(qtbot, window, lambda n: n.kind is NodeKind.SUBSCRIPTION)
    assert tab_names(window) == ["overview", "restore-points", "locks"]
    select(qtbot, window, lambda n: n.kind is NodeKind.VAULT)
    assert tab_names(window) == ["jobs", "overview", "locks"]
    with qtbot.waitSignal(window.jobs.loaded, timeout=20_000):
        pass
    groups = next(n for n in window.navigator.model.nodes() if n.kind is NodeKind.GROUPS)
    window.navigator.tree.expand(
        window.navigator.proxy.mapFromSource(window.navigator.model.index_for(groups.key))
    )
    qtbot.waitUntil(
        lambda: any(n.kind is NodeKind.RESOURCE_GROUP for n in window.navigator.model.nodes()),
        timeout=20_000,
    )
    select(qtbot, window, lambda n: n.kind is NodeKind.RESOURCE_GROUP)
    assert tab_names(window) == ["contents", "restore-points", "locks"]
    with qtbot.waitSignal(window.contents.loaded, timeout=20_000):
        pass
    window.show_tab("locks")
    qtbot.waitUntil(lambda: window.locks.state.state != "busy", timeout=20_000)
    # the tab chosen for a kind is remembered when another node of that kind is opened
    select(qtbot, window, lambda n: n.kind is NodeKind.RESOURCE_GROUP and n is not window.current)
    assert window.current_tab() == "locks"
    qtbot.waitUntil(lambda: window.locks.state.state != "busy", timeout=20_000)


def test_refresh_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.navigator.tree.setFocus()
    for key, modifier in (
        (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),
    ):
        with qtbot.waitSignal(window.workspace.refreshed, timeout=10_000):
            qtbot.keyClick(window.navigator.tree, key, modifier)
        qtbot.waitUntil(
            lambda: not window.navigator.model.busy and bool(window.navigator.model.nodes()),
            timeout=20_000,
        )
    qtbot.waitUntil(
        lambda: any(n.kind is NodeKind.PROTECTED_VM for n in window.navigator.model.nodes()),
        timeout=20_000,
    )


def test_find_and_focus_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator.search
    select(qtbot, window, lambda n: n.kind is NodeKind.VAULT)
    with qtbot.waitSignal(window.jobs.loaded, timeout=20_000):
        pass
    window.jobs.table.setFocus()
    qtbot.keyClick(window.jobs.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.jobs.search  # the table's own search
    qtbot.keyClick(window.jobs.search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator.tree
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.activity.table
    qtbot.keyClick(window.activity.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.jobs.isAncestorOf(QApplication.focusWidget())


def test_diagnose_shortcut_and_keyboard_navigation(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        select(
            qtbot,
            window,
            lambda n: n.kind is NodeKind.PROTECTED_VM and n.item.friendly_name == "vm-dw-01",
        )
    tree = window.navigator.tree
    tree.setFocus()
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        qtbot.keyClick(tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    # arrow keys move through the tree and open the next VM
    with qtbot.waitSignal(window.diagnosis.finished, timeout=20_000):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.current is not None and window.current.item.friendly_name == "vm-erp-01"
    # Ctrl+Tab walks the views
    qtbot.keyClick(tree, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "health"
    qtbot.waitUntil(lambda: window.health.state.state != "busy", timeout=20_000)


def test_context_menu_and_copy(qtbot: QtBot, window: MainWindow) -> None:
    vault = select(qtbot, window, lambda n: n.kind is NodeKind.VAULT)
    tree = window.navigator.tree
    tree.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == vault.item.id
    menu = resource_menu(window, window.workspace, vault.item.id, vault.item.name)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts == ["Copy resource ID", "Copy name", "Open in Azure portal"]
    portal = menu.actions()[-1]
    tenant = window.workspace.tenant_id
    url = f"https://portal.azure.com/#@{tenant}/resource{vault.item.id}"
    assert portal.toolTip() == richtext.tooltip(url)  # the URL, shown as text
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == vault.item.name
    # the tree's own menu offers the same, plus extras
    index = tree.currentIndex()
    tree.customContextMenuRequested.emit(tree.visualRect(index).center())
    qtbot.waitUntil(
        lambda: any(m.isVisible() for m in window.findChildren(QMenu, "resourceMenu")),
        timeout=5_000,
    )
    for shown in window.findChildren(QMenu, "resourceMenu"):
        shown.close()
    with qtbot.waitSignal(window.jobs.loaded, timeout=20_000):
        pass


def test_portal_url_shape() -> None:
    rid = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1"
    assert portal_url("t1", rid) == "https://portal.azure.com/#@t1/resource" + rid


def test_geometry_and_splitters_are_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(760, 560)  # within the offscreen screen (800x600): restoreGeometry clamps to it
    window.splitter.setSizes([320, 400])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (760, 560)
    again.pages.setCurrentWidget(again.splitter)  # the tree side shows once a tenant is open
    assert again.splitter.sizes()[0] == sizes[0]
    assert settings.settings().contains(settings.GEOMETRY)


def test_dark_and_light_palettes(qtbot: QtBot) -> None:
    from gui import icons, theme
    from gui.theme import Theme, ThemeMode

    app = QApplication.instance()
    chooser = Theme(app, ThemeMode.SYSTEM)
    try:
        chooser.apply(ThemeMode.DARK)
        assert theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert icons.svg_text("vm").count(theme.foreground().name()) >= 1
        chooser.apply(ThemeMode.LIGHT)
        assert not theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        chooser.apply(ThemeMode.LIGHT)
        app.setPalette(app.style().standardPalette())
        app.styleHints().unsetColorScheme()


def test_turkish_chrome(qtbot: QtBot) -> None:
    from gui import i18n

    app = QApplication.instance()
    installed = i18n.install_translators(app, "tr")
    try:
        assert len(installed) == 2  # Qt's own catalogue and ours
        window = MainWindow()
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&Dosya", "&Görünüm", "&Git", "&Tanıla", "&Yardım"]
        assert window.jobs.model.headerData(0, Qt.Orientation.Horizontal) == "VM"
        assert window.jobs.model.headerData(2, Qt.Orientation.Horizontal) == "Durum"
        from gui import texts

        assert texts.status_name("failed") == "Başarısız"
        assert texts.job_status_name("InProgress") == "Sürüyor"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en_US"))


def test_every_gui_text_has_a_turkish_translation() -> None:
    import xml.etree.ElementTree as ET

    later = {
        "Cause",
        "Finding",
        "Fix",
        "CoreErrors",
    }  # core's texts: the full translation comes later
    root = ET.parse(ROOT / "i18n" / "backup_doctor_tr.ts").getroot()
    missing = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in root.findall("context")
        if ctx.findtext("name") not in later
        for msg in ctx.findall("message")
        if msg.find("translation").get("type") in ("unfinished",)
    ]
    assert missing == []


def _run(args: list[str], tmp_path: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path),
        XDG_CACHE_HOME=str(tmp_path),
    )
    return subprocess.run(
        [sys.executable, "-m", "gui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_screenshot_mode_writes_a_png_and_exits_0(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    result = _run(
        ["--demo", "--screenshot", str(png), "--vm", "vm-dw-01", "--lang", "tr", "--theme", "dark"],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_diagnose_command_runs_without_qt(tmp_path: Path, demo_gateway) -> None:
    code = (
        "import sys; from gui.main import main; rc = main(['diagnose', '--demo', '--vm', 'vm-dw-01', '--format', 'json']);"
        "print('QT-LOADED' if any(m.startswith('PySide6') for m in sys.modules) else 'QT-FREE', file=sys.stderr);"
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr  # problem found
    assert "QT-FREE" in result.stderr
    assert '"UserErrorUnsupportedDiskSize"' in result.stdout or "disk-size" in result.stdout
    vm = find_vm(demo_gateway, "vm-dw-01")
    assert norm_id(vm.id).split("/")[-1] == "vm-dw-01"


def test_unknown_vm_in_screenshot_mode_exits_1(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    wait_idle,
) -> None:
    # In process: the driver's own failure path (the subprocess smoke test above covers the
    # whole program once).
    from gui.app import Options
    from gui.screenshot import ScreenshotDriver

    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    options = Options(demo=True, screenshot=str(tmp_path / "x.png"), vm="no-such-vm")
    driver = ScreenshotDriver(window, options)
    driver.start()
    qtbot.waitUntil(lambda: bool(codes), timeout=20_000)
    assert codes == [1]
    assert "no-such-vm" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
    wait_idle()
    window.close_workspace()
    wait_idle()


def test_closing_a_source_mid_read_leaves_no_late_or_stale_error(
    qtbot: QtBot, demo_snapshot: Path, wait_idle
) -> None:
    from core.session import open_snapshot
    from gui.nodes import NodeKind
    from gui.workspace import Workspace
    from tests.gui.conftest import open_window

    def show_points(window: MainWindow) -> object:
        select(
            qtbot,
            window,
            lambda n: n.kind is NodeKind.PROTECTED_VM and n.item.friendly_name == "vm-sql-01",
        )
        view = window.views["restore-points"]
        window.detail.tabs.setCurrentWidget(view)
        return view

    slow = open_snapshot(demo_snapshot, latency=0.3)
    window = open_window(qtbot, slow)
    view = show_points(window)
    assert view._op is not None and view._op.running  # the read is under way
    window.close_workspace()
    slow.close()  # the late read now fails: its error must not show anywhere
    fast = open_snapshot(demo_snapshot)
    try:
        window.set_workspace(Workspace(fast, owns_gateway=False))
        qtbot.waitUntil(
            lambda: any(
                n.kind is NodeKind.PROTECTED_VM and n.item.friendly_name == "vm-sql-01"
                for n in window.navigator.model.nodes()
            ),
            timeout=20_000,
        )
        with qtbot.waitSignal(view.loaded, timeout=20_000) as loaded:
            assert show_points(window) is view
        assert loaded.args[0] >= 1
        assert view.state.currentWidget() is not view.state.error
        wait_idle()
    finally:
        fast.close()


def test_the_view_table_names_registered_views_and_tab_choices_follow_it() -> None:
    from gui.app import parse_args
    from gui.views import VIEWS, VIEWS_BY_SCOPE

    assert all(cls.name == name for name, cls in VIEWS.items())
    assert {n for names in VIEWS_BY_SCOPE.values() for n in names} == set(VIEWS)
    assert parse_args(["--tab", "restore-points"]).tab == "restore-points"


def test_views_are_built_when_first_needed(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.views == {}
    assert window.locks is window.views["locks"]
    assert window.locks.objectName() == "locksView"
