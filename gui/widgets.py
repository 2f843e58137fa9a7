"""Small shared widgets: spinner, busy/error/empty states, banners and search fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import icons, theme
from gui.errors import ErrorInfo, describe, message_text
from gui.richtext import plain


class SpinnerClock(QObject):
    """One shared timer that drives every visible spinner; it ticks only while needed.

    Signals:
        ticked(float): the new spinner angle in degrees.
    """

    ticked = Signal(float)
    INTERVAL_MS = 80

    _instance: SpinnerClock | None = None

    def __init__(self) -> None:
        super().__init__()
        self.angle = 0.0
        self._users = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    @classmethod
    def instance(cls) -> SpinnerClock:
        """The app-wide clock."""
        if cls._instance is None:
            cls._instance = SpinnerClock()
        return cls._instance

    def acquire(self) -> None:
        """Start ticking for one more user."""
        self._users += 1
        if self._users == 1:
            self._timer.start()

    def release(self) -> None:
        """One user less; stop when nobody needs the clock."""
        self._users = max(0, self._users - 1)
        if self._users == 0:
            self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.angle = (self.angle + 30.0) % 360.0
        self.ticked.emit(self.angle)


class Spinner(QWidget):
    """An indeterminate busy indicator that animates only while visible."""

    def __init__(self, side: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side = side
        self._active = False
        self.setFixedSize(side, side)
        self.setAccessibleName(self.tr("Busy"))

    def sizeHint(self) -> QSize:
        """Override QWidget::sizeHint."""
        return QSize(self._side, self._side)

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: start following the clock."""
        if not self._active:
            self._active = True
            clock = SpinnerClock.instance()
            clock.ticked.connect(self._on_clock_ticked)
            clock.acquire()

    def hideEvent(self, event: QHideEvent) -> None:
        """Override QWidget::hideEvent: stop following the clock."""
        self._stop()

    def _stop(self) -> None:
        if self._active:
            self._active = False
            clock = SpinnerClock.instance()
            clock.ticked.disconnect(self._on_clock_ticked)
            clock.release()

    @Slot(float)
    def _on_clock_ticked(self, angle: float) -> None:
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent."""
        painter = QPainter(self)
        icons.draw_spinner(
            painter, self.rect(), SpinnerClock.instance().angle, theme.accent("blue")
        )


def heading(text: str, size_delta: int = 2, parent: QWidget | None = None) -> QLabel:
    """A bold label a little larger than body text (plain text: it shows names from Azure)."""
    label = plain(QLabel(text, parent))
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + size_delta)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(label: QLabel) -> QLabel:
    """Render a label in the palette's placeholder (secondary) colour."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class BusyPanel(QWidget):
    """A centred spinner with a sentence saying what is loading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        self.spinner = Spinner(20, self)
        self.label = plain(QLabel(self.tr("Loading…"), self))
        layout.addWidget(self.spinner)
        layout.addWidget(self.label)
        layout.addStretch(1)


class ErrorPanel(QFrame):
    """An error shown in place of content: headline, resource, advice, Retry and Details.

    Signals:
        retry_requested(): the user pressed Retry.
    """

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorPanel")
        self.info: ErrorInfo | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        row = QHBoxLayout()
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.pixmap("status-failed", 32, self.devicePixelRatioF()))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        texts = QVBoxLayout()
        self.headline = heading("", 1, self)
        self.headline.setWordWrap(True)
        self.resource = plain(QLabel(self))
        self.resource.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = plain(QLabel(self))
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.headline)
        texts.addWidget(self.resource)
        texts.addWidget(self.advice)
        buttons = QHBoxLayout()
        self.retry = QPushButton(icons.icon("refresh"), self.tr("&Retry"), self)
        self.retry.clicked.connect(self.retry_requested)
        self.details = QPushButton(self.tr("Show &details"), self)
        self.details.setCheckable(True)
        self.details.toggled.connect(self._on_details_toggled)
        self.copy = QPushButton(icons.icon("copy"), self.tr("&Copy"), self)
        self.copy.setToolTip(self.tr("Copy the error and its details"))
        self.copy.clicked.connect(self._on_copy_clicked)
        buttons.addWidget(self.retry)
        buttons.addWidget(self.details)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        self.detail_text = QPlainTextEdit(self)
        self.detail_text.setReadOnly(True)
        self.detail_text.setMaximumHeight(140)
        self.detail_text.hide()
        texts.addWidget(self.detail_text)
        row.addLayout(texts, 1)
        outer.addLayout(row)
        outer.addStretch(1)

    def show_error(self, exc: BaseException, action: str, *, can_retry: bool = True) -> None:
        """Fill the panel from an exception."""
        self.set_info(describe(exc, action), can_retry=can_retry)

    def set_info(self, info: ErrorInfo, *, can_retry: bool = True) -> None:
        """Fill the panel from a described error."""
        self.info = info
        self.headline.setText(info.headline)
        self.resource.setText(self.tr("On: {resource}").format(resource=info.resource))
        self.resource.setVisible(bool(info.resource))
        self.advice.setText(info.advice)
        self.detail_text.setPlainText(info.detail)
        self.details.setVisible(bool(info.detail))
        self.details.setChecked(False)
        self.retry.setVisible(can_retry)

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.detail_text.setVisible(shown)
        self.details.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self.info is not None:
            text = message_text(self.info)
            if self.info.detail:
                text += "\n\n" + self.info.detail
            QGuiApplication.clipboard().setText(text)


class StateStack(QStackedWidget):
    """Shows content, a busy panel, an error panel or an empty message, one at a time.

    Signals:
        retry_requested(): Retry was pressed on the error panel.
    """

    retry_requested = Signal()

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.busy = BusyPanel(self)
        self.error = ErrorPanel(self)
        self.empty = plain(QLabel(self))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        muted(self.empty)
        for page in (content, self.busy, self.error, self.empty):
            self.addWidget(page)
        self.error.retry_requested.connect(self.retry_requested)

    def show_content(self) -> None:
        """Show the content."""
        self.setCurrentWidget(self.content)

    def show_busy(self, text: str) -> None:
        """Show the spinner and ``text``."""
        self.busy.label.setText(text)
        self.setCurrentWidget(self.busy)

    def show_error(self, exc: BaseException, action: str) -> None:
        """Show an error in place of the content."""
        self.error.show_error(exc, action)
        self.setCurrentWidget(self.error)

    def show_empty(self, text: str) -> None:
        """Show a sentence instead of an empty table."""
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    @property
    def state(self) -> str:
        """'content', 'busy', 'error' or 'empty'."""
        return {
            id(self.content): "content",
            id(self.busy): "busy",
            id(self.error): "error",
            id(self.empty): "empty",
        }[id(self.currentWidget())]


class Banner(QFrame):
    """A coloured strip with an icon and a message (the diagnosis verdict, notices)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.spinner = Spinner(18, self)
        self.icon = QLabel(self)
        self.title = heading("", 1, self)
        self.text = plain(QLabel(self))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.spinner)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self.accent = "grey"
        self.spinner.hide()

    def set_message(
        self, accent: str, title: str, text: str, icon_name: str = "", busy: bool = False
    ) -> None:
        """Show ``title`` and ``text`` on a background tinted with ``accent``."""
        self.accent = accent
        self.title.setText(title)
        self.text.setText(text)
        self.spinner.setVisible(busy)
        self.icon.setVisible(bool(icon_name) and not busy)
        if icon_name:
            self.icon.setPixmap(icons.pixmap(icon_name, 20, self.devicePixelRatioF()))
        self.restyle()

    def restyle(self) -> None:
        """Re-tint for the active palette."""
        palette = self.palette()
        base = QGuiApplication.palette().base().color()
        tint = theme.tint(self.accent, 45)
        mixed = QColor(
            round(base.red() + (tint.red() - base.red()) * tint.alphaF()),
            round(base.green() + (tint.green() - base.green()) * tint.alphaF()),
            round(base.blue() + (tint.blue() - base.blue()) * tint.alphaF()),
        )
        palette.setColor(self.backgroundRole(), mixed)
        self.setPalette(palette)


class SearchEdit(QLineEdit):
    """A search field with a clear button; Escape clears it.

    Signals:
        text_settled(str): the text after typing paused (or at once on Enter).
    """

    text_settled = Signal(str)

    def __init__(
        self, placeholder: str, parent: QWidget | None = None, delay_ms: int = 150
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)
        self.returnPressed.connect(self._on_timer_timeout)

    @Slot(str)
    def _on_self_text_changed(self, text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        self.text_settled.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QLineEdit::keyPressEvent: Escape clears the search."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._on_timer_timeout()
            return
        super().keyPressEvent(event)


def shortcut_hint(text: str, sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    """A tooltip text with its keyboard shortcut, as admin tools show them."""
    seq = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    native = seq.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})" if native else text


def run_later(callback: Callable[[], None], parent: QObject | None = None) -> None:
    """Call ``callback`` on the next turn of the event loop."""
    QTimer.singleShot(0, parent, callback) if parent is not None else QTimer.singleShot(0, callback)
