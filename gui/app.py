"""Start the GUI: options, QApplication, style, translators, the window, then the data source."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from gui import settings
from gui.collector import GuiThreadCollector
from gui.ops import Op, Task
from gui.theme import Theme, ThemeMode

if TYPE_CHECKING:
    from gui.mainwindow import MainWindow

EXIT_WAIT_MS = 10_000
"""How long quitting waits for background reads to notice they were cancelled."""

SWITCH_INTERVAL = 0.002
"""Seconds between GIL hand-overs: short, so the GUI thread waits little behind many readers."""


@dataclass(frozen=True)
class Options:
    """The GUI's command-line options."""

    demo: bool = False
    snapshot: str = ""
    screenshot: str = ""
    vm: str = ""
    group: str = ""
    vault: str = ""
    tab: str = ""
    show_hidden: bool = False
    lang: str = ""
    theme: str = ""


def parse_args(argv: Sequence[str]) -> Options:
    """Parse the GUI options (``backup-doctor diagnose`` is handled before Qt is imported)."""
    parser = argparse.ArgumentParser(
        prog="backup-doctor",
        description="Find out why an Azure VM backup fails. Without options, shows the start screen. "
        "'backup-doctor diagnose --help' runs the command line instead.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true", help="open the built-in demo tenant")
    source.add_argument("--snapshot", metavar="FILE", default="", help="open a snapshot file")
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        default="",
        help="write a PNG of the window once loaded, then exit",
    )
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--vm",
        metavar="NAME",
        default="",
        help="with --screenshot: the VM to show (default: the first failing one)",
    )
    target.add_argument(
        "--group", metavar="NAME", default="", help="with --screenshot: a resource group to show"
    )
    target.add_argument(
        "--vault", metavar="NAME", default="", help="with --screenshot: a vault to show"
    )
    parser.add_argument(
        "--show-hidden",
        action="store_true",
        help='with --screenshot: turn on "Show hidden types"',
    )
    from gui.views import VIEWS

    parser.add_argument(
        "--tab",
        default="",
        choices=("", *VIEWS),
        help="with --screenshot: the view to show",
    )
    parser.add_argument("--lang", choices=("en", "tr"), default="", help="user interface language")
    parser.add_argument(
        "--theme", choices=("system", "light", "dark"), default="", help="colour theme"
    )
    args = parser.parse_args(list(argv))
    return Options(
        demo=args.demo or (bool(args.screenshot) and not args.snapshot),
        snapshot=args.snapshot,
        screenshot=args.screenshot,
        vm=args.vm,
        group=args.group,
        vault=args.vault,
        tab=args.tab,
        show_hidden=args.show_hidden,
        lang=args.lang,
        theme=args.theme,
    )


def create_application(
    options: Options, argv0: str = "backup-doctor"
) -> tuple[QApplication, Theme]:
    """The QApplication with our names, Fusion and the palette, and the translators."""
    from gui import i18n

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    app = QApplication.instance() or QApplication([argv0])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(settings.APPLICATION)
    app.setDesktopFileName("backup-doctor")
    lang = i18n.choose_language(options.lang, str(settings.value(settings.LANGUAGE, "") or ""))
    i18n.install_translators(app, lang)
    mode = ThemeMode(options.theme or str(settings.value(settings.THEME, ThemeMode.SYSTEM.value)))
    theme = Theme(app, mode)
    theme.apply()
    return app, theme


def settle_garbage_collector() -> None:
    """Move every object alive now out of the cyclic collector's reach (``gc.freeze``).

    The SDK modules and the snapshot make a few hundred thousand long-lived objects; each
    full collection would walk them all while holding the GIL (20-130 ms, a visible stall).
    Called after start-up work, when what exists is what the session keeps. Collection
    itself runs on the GUI thread (``gui.collector``).
    """
    gc.freeze()


def warm_up(parent: QObject | None = None) -> Op[list[str]]:
    """Import the Azure SDK client modules in the background (after the first paint).

    Paying the import cost while the user reads the first screen keeps the first tree load
    and the first diagnosis from stalling on it.
    """

    def load(task: Task) -> list[str]:
        from core.azure.clients import preload

        try:
            done = preload(task.cancelled)
            if not task.cancelled():
                import core.diagnosis.engine  # noqa: F401 - the checks and evidence collection

                done.append("core.diagnosis.engine")
        finally:
            settle_garbage_collector()
        return done

    return Op(load, parent=parent, label="warm-up").on_failure(lambda exc: None).start()


def schedule_warm_up(window: MainWindow, *, opens_at_once: bool) -> None:
    """Start the warm-up when it competes least with what the user waits for.

    On the start screen: right after the first paint, while the user chooses. When the app
    opens a source at once (``--demo``, ``--snapshot``): once the tree's first reads are done,
    so that it does not slow them, and before the user has picked a VM.
    """
    if not opens_at_once:
        window.first_painted.connect(lambda: warm_up(window))
        return
    model = window.navigator.model

    def on_busy_changed(busy: bool) -> None:
        if not busy and window.workspace is not None:
            model.busy_changed.disconnect(on_busy_changed)
            warm_up(window)

    model.busy_changed.connect(on_busy_changed)


def run(argv: Sequence[str]) -> int:
    """Run the GUI until the window closes; returns the exit code."""
    options = parse_args(argv)
    sys.setswitchinterval(SWITCH_INTERVAL)
    from core.logs import setup_logging

    log_file = setup_logging()
    app, theme = create_application(options)
    GuiThreadCollector(app)  # also turns automatic (any-thread) collection off
    from gui import crash
    from gui.mainwindow import MainWindow

    crash.install(log_file)
    window = MainWindow(theme, remember=not options.screenshot)
    if not options.screenshot:  # a screenshot loads everything at once anyway
        schedule_warm_up(window, opens_at_once=options.demo or bool(options.snapshot))
    if options.screenshot:
        from gui.screenshot import ScreenshotDriver

        driver = ScreenshotDriver(window, options)
        window.first_painted.connect(driver.start)
    elif options.snapshot:
        window.first_painted.connect(lambda: window.open_snapshot(options.snapshot))
    elif options.demo:
        window.first_painted.connect(window.open_demo)
    window.show()
    code = app.exec()
    if window.isVisible():  # --screenshot quits without closing the window
        window.close()
    Op.cancel_all()
    if not Op.wait_all(EXIT_WAIT_MS):
        # A read is stuck in the network: leave without running Python's finalizers, which
        # would tear Qt down under the worker thread's feet.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    # Destroy the widgets now: left to interpreter shutdown, Qt would call Python overrides
    # (hideEvent) while Python is half torn down.
    Shiboken.delete(window)
    return code


def reads_still_running() -> bool:
    """True when a non-daemon worker thread (a read in flight) is still alive."""
    main = threading.main_thread()
    return any(t.is_alive() and not t.daemon and t is not main for t in threading.enumerate())


def leave(code: int) -> int:
    """End the process after the GUI closed, without waiting for reads still in flight.

    The gateway's worker threads would be joined at interpreter exit: a read stuck in the
    network must not keep a closed app alive. Settings and logs are written first.
    """
    if reads_still_running():
        settings.settings().sync()
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
