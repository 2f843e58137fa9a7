"""Fusion style with light and dark palettes that follow the OS, plus the status colours."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeMode(StrEnum):
    """The user's choice: follow the OS, or force light or dark."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


# Light and dark variants of the accent colours (also used to recolour the SVG icons).
ACCENTS: dict[str, tuple[str, str]] = {
    "green": ("#2e7d32", "#66bb6a"),
    "red": ("#c62828", "#ef5350"),
    "amber": ("#b26a00", "#ffb74d"),
    "blue": ("#1565c0", "#64b5f6"),
    "grey": ("#6b7883", "#9aa7b1"),
}

STATUS_ACCENT = {
    "passed": "green",
    "failed": "red",
    "warning": "amber",
    "unknown": "grey",
    "skipped": "grey",
    "pending": "grey",
    "running": "blue",
}

VERDICT_ACCENT = {"problem-found": "red", "healthy": "green", "inconclusive": "amber"}


class Theme(QObject):
    """Applies the palette for the chosen mode and re-applies it when the OS switches.

    Signals:
        changed(bool): the palette changed; the argument is True for dark.
    """

    changed = Signal(bool)

    def __init__(self, app: QApplication, mode: ThemeMode = ThemeMode.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self.mode = mode
        self.dark = False
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    def apply(self, mode: ThemeMode | None = None) -> None:
        """Set the palette for ``mode`` (default: the current mode)."""
        if mode is not None:
            self.mode = mode
        hints = self._app.styleHints()
        if self.mode is ThemeMode.DARK:
            hints.setColorScheme(Qt.ColorScheme.Dark)
        elif self.mode is ThemeMode.LIGHT:
            hints.setColorScheme(Qt.ColorScheme.Light)
        else:
            hints.unsetColorScheme()
        dark = self.mode is ThemeMode.DARK or (
            self.mode is ThemeMode.SYSTEM and hints.colorScheme() is Qt.ColorScheme.Dark
        )
        self.dark = dark
        set_dark(dark)
        self._app.setPalette(dark_palette() if dark else light_palette())
        self.changed.emit(dark)

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.mode is ThemeMode.SYSTEM and (scheme is Qt.ColorScheme.Dark) != self.dark:
            self.apply()


class _Active:
    """Which palette is active (module state shared by accents and icons)."""

    dark = False


def set_dark(dark: bool) -> None:
    """Record whether the dark palette is active (for accents and icons)."""
    _Active.dark = dark


def is_dark() -> bool:
    """True while the dark palette is active."""
    return _Active.dark


def accent(name: str) -> QColor:
    """An accent colour for the active palette (green, red, amber, blue, grey)."""
    light, dark = ACCENTS[name]
    return QColor(dark if _Active.dark else light)


def status_color(status: str) -> QColor:
    """The colour of a check status (passed, failed, warning…)."""
    return accent(STATUS_ACCENT.get(str(status), "grey"))


def tint(name: str, alpha: int = 40) -> QColor:
    """A translucent accent for row and banner backgrounds."""
    color = accent(name)
    color.setAlpha(alpha if not _Active.dark else alpha + 15)
    return color


def light_palette() -> QPalette:
    """Fusion's own light palette, with a clearer link colour."""
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b5cad"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#5b3a9e"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2b6cb0"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7883"))
    return palette


def dark_palette() -> QPalette:
    """A dark Fusion palette with enough contrast for text, links and disabled items."""
    palette = QPalette()
    roles = QPalette.ColorRole
    window, base, alt, text = (
        QColor("#26292e"),
        QColor("#1d1f23"),
        QColor("#2a2d33"),
        QColor("#e6e8eb"),
    )
    palette.setColor(roles.Window, window)
    palette.setColor(roles.WindowText, text)
    palette.setColor(roles.Base, base)
    palette.setColor(roles.AlternateBase, alt)
    palette.setColor(roles.ToolTipBase, QColor("#33373d"))
    palette.setColor(roles.ToolTipText, text)
    palette.setColor(roles.PlaceholderText, QColor("#8d959e"))
    palette.setColor(roles.Text, text)
    palette.setColor(roles.Button, QColor("#31353b"))
    palette.setColor(roles.ButtonText, text)
    palette.setColor(roles.BrightText, QColor("#ff6b6b"))
    palette.setColor(roles.Link, QColor("#7cb8ff"))
    palette.setColor(roles.LinkVisited, QColor("#b9a4ff"))
    palette.setColor(roles.Highlight, QColor("#2f6db5"))
    palette.setColor(roles.HighlightedText, QColor("#ffffff"))
    palette.setColor(roles.Light, QColor("#3b4047"))
    palette.setColor(roles.Midlight, QColor("#33373d"))
    palette.setColor(roles.Mid, QColor("#24272b"))
    palette.setColor(roles.Dark, QColor("#16181b"))
    palette.setColor(roles.Shadow, QColor("#0c0d0f"))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a828b"))
    palette.setColor(disabled, roles.Button, QColor("#2b2e33"))
    palette.setColor(disabled, roles.Highlight, QColor("#3a3f46"))
    return palette


def foreground() -> QColor:
    """The palette's text colour (for monochrome icons)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app.palette().color(QPalette.ColorRole.WindowText)
    return QColor("#e6e8eb" if _Active.dark else "#1f2328")
