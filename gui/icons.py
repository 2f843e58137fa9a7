"""Vector icons from resources/icons, recoloured for the active palette and any DPI."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.paths import resource
from gui import theme

FOREGROUND_TOKEN = "#424a53"
"""The stroke colour the monochrome icons are drawn in; replaced by the palette's text colour."""


@cache
def _source(name: str) -> str:
    return resource("icons", f"{name}.svg").read_text(encoding="utf-8")


def svg_text(name: str, *, disabled: bool = False, foreground: QColor | None = None) -> str:
    """The SVG of ``name`` with its colours mapped to the active palette."""
    text = _source(name)
    fg = foreground or theme.foreground()
    if disabled:
        fg = QColor(fg)
        fg.setAlphaF(0.45)
    text = text.replace(FOREGROUND_TOKEN, fg.name())
    if theme.is_dark():
        for light, dark in theme.ACCENTS.values():
            text = text.replace(light, dark)
    if disabled:
        text = text.replace("<svg ", '<svg opacity="0.45" ', 1)
    return text


@cache
def _renderer(name: str, disabled: bool, dark: bool, fg: str) -> QSvgRenderer:
    del dark  # part of the cache key only
    return QSvgRenderer(
        QByteArray(svg_text(name, disabled=disabled, foreground=QColor(fg)).encode())
    )


class SvgIconEngine(QIconEngine):
    """Renders one SVG at whatever size and device pixel ratio is asked, in theme colours."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _renderer_for(self, mode: QIcon.Mode) -> QSvgRenderer:
        disabled = mode is QIcon.Mode.Disabled
        return _renderer(self.name, disabled, theme.is_dark(), theme.foreground().name())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Override QIconEngine::paint."""
        self._renderer_for(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Override QIconEngine::pixmap."""
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Override QIconEngine::scaledPixmap: crisp at fractional scale factors."""
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer_for(mode).render(painter, QRectF(pixmap.rect()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        """Override QIconEngine::actualSize: square icons fill what is asked."""
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        """Override QIconEngine::clone."""
        return SvgIconEngine(self.name)

    def key(self) -> str:
        """Override QIconEngine::key."""
        return "backup-doctor-svg"

    def iconName(self) -> str:
        """Override QIconEngine::iconName."""
        return self.name


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon ``name`` (a file in resources/icons without .svg), cached."""
    found = _icons.get(name)
    if found is None:
        found = QIcon(SvgIconEngine(name))
        _icons[name] = found
    return found


def pixmap(name: str, side: int, dpr: float = 1.0) -> QPixmap:
    """A pixmap of ``name`` at ``side`` logical pixels for a device pixel ratio."""
    return icon(name).pixmap(QSize(side, side), dpr)


def forget_colours() -> None:
    """Drop rendered colours after a palette change (icons re-render on next paint)."""
    _renderer.cache_clear()


_STATUS_ICONS = {
    "passed",
    "failed",
    "warning",
    "unknown",
    "skipped",
    "pending",
    "running",
    "cancelled",
}


def job_status_icon(status: str) -> QIcon:
    """The icon of a backup job or last-backup status."""
    key = status.replace(" ", "").lower()
    if key in {"completed", "success", "succeeded", "healthy", "passed"}:
        return icon("status-passed")
    if key in {"failed", "error"}:
        return icon("status-failed")
    if key in {"completedwithwarnings", "warning", "actionrequired"}:
        return icon("status-warning")
    if key in {"inprogress", "cancelling", "running"}:
        return icon("status-running")
    if key in {"cancelled", "canceled"}:
        return icon("status-cancelled")
    return icon("status-unknown")


def draw_spinner(painter: QPainter, rect: QRect, angle: float, color: QColor) -> None:
    """Draw a busy spinner (a 270° arc rotated by ``angle`` degrees) into ``rect``."""
    side = min(rect.width(), rect.height())
    pen_width = max(1.5, side / 8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = painter.pen()
    pen.setColor(color)
    pen.setWidthF(pen_width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen_width / 2 + 1
    box = QRectF(0, 0, side - 2 * inset, side - 2 * inset)
    box.moveCenter(QRectF(rect).center())
    painter.drawArc(box, int(-angle * 16), 270 * 16)
    painter.restore()


def spinner_pixmap(side: int, angle: float, dpr: float = 1.0) -> QPixmap:
    """One frame of the spinner as a pixmap."""
    pix = QPixmap(QSize(round(side * dpr), round(side * dpr)))
    pix.fill(Qt.GlobalColor.transparent)
    pix.setDevicePixelRatio(dpr)
    painter = QPainter(pix)
    draw_spinner(painter, QRect(QPoint(0, 0), QSize(side, side)), angle, theme.accent("blue"))
    painter.end()
    return pix
