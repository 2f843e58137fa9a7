"""The app's persistent settings (QSettings) and their keys, in one place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

ORGANIZATION = "BackupDoctor"
APPLICATION = "Backup Doctor for Azure"

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTERS = "window/splitters"
SHOW_HIDDEN = "contents/showHiddenTypes"
LANGUAGE = "ui/language"
THEME = "ui/theme"
LAST_SNAPSHOT_DIR = "signin/lastSnapshotDir"
TENANT_ID = "signin/tenantId"


def settings() -> QSettings:
    """The user's settings (tests point QSettings at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def value(key: str, default: Any = None) -> Any:
    """Read one setting."""
    return settings().value(key, default)


def flag(key: str, default: bool = False) -> bool:
    """Read a boolean setting (QSettings stores booleans as text in INI files)."""
    raw = settings().value(key, default)
    if isinstance(raw, str):
        return raw.lower() in {"1", "true", "yes"}
    return bool(raw)


def set_value(key: str, data: Any) -> None:
    """Write one setting."""
    store = settings()
    store.setValue(key, data)
    store.sync()
