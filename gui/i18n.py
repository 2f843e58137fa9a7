"""Translators: Qt's own catalogue plus ours, compiled from the .ts on first start if needed.

The .ts files in i18n/ are the source of truth. A frozen build ships compiled .qm files next
to them (``i18n/update.py --release``). A run from source compiles a missing or stale .qm
with PySide6's bundled lrelease into the user's cache folder, once per .ts content.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, QTranslator
from PySide6.QtWidgets import QApplication

from core.paths import app_root

log = logging.getLogger("gui.i18n")

CATALOG = "backup_doctor"
SUPPORTED = ("en", "tr")
SOURCE_LANGUAGE = "en"


def i18n_dir() -> Path:
    """The folder holding backup_doctor_<lang>.ts (and, in a build, .qm)."""
    return app_root() / "i18n"


def ts_path(lang: str) -> Path:
    """The translation source of a language."""
    return i18n_dir() / f"{CATALOG}_{lang}.ts"


def choose_language(requested: str | None, saved: str | None) -> str:
    """The language to use: --lang, else the setting, else the system's, else English."""
    for candidate in (requested, saved, QLocale.system().name()):
        if candidate:
            code = candidate.replace("-", "_").split("_")[0].lower()
            if code in SUPPORTED:
                return code
    return SOURCE_LANGUAGE


def lrelease_command() -> list[str] | None:
    """PySide6's bundled lrelease (or one on PATH)."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.exists():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_qm(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` with lrelease; False when lrelease is unavailable or fails."""
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found: cannot compile %s", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not qm.exists():
        log.warning("lrelease failed on %s: %s", ts, result.stderr.strip())
        return False
    return True


def cache_dir() -> Path:
    """Where compiled catalogues of a source run are kept."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "backup-doctor") / "i18n"


def qm_path(lang: str) -> Path | None:
    """A compiled catalogue for ``lang``: the shipped .qm, else a cached compile of the .ts."""
    ts = ts_path(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (getattr(sys, "frozen", False) or not ts.exists()):
        return shipped
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:12]
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    cached = cache_dir() / f"{CATALOG}_{lang}-{digest}.qm"
    if cached.exists() or compile_qm(ts, cached):
        return cached
    return None


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Install Qt's catalogue and ours for ``lang``; both are parented to the app."""
    locale = QLocale(lang)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = qm_path(lang)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load %s", ours)
    return installed
